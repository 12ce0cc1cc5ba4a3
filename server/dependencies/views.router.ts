import { cardWarningsInput, itemBadgesInput, justifyFocusLinkInput, regionGraphInput, setUrgencyOrderInput } from "../../shared/schemas/dependency-views";
import { publicProcedure, router } from "../trpc/init";
import * as views from "./views.service";

// The dependency views over tRPC (dependencyViews.*): one line per procedure over the services.

export const dependencyViewsRouter = router({
  /** { groupSlug?, foundationSlug?, kind?, state? } -> nodes (owner, focus, status, quarters, atRisk, riskText) and links (kind, state, atRisk). */
  graph: publicProcedure.input(regionGraphInput).query(({ ctx, input }) => views.getRegionGraph(ctx, input)),
  /** The computed urgency ranking of the fundamenten, the coalition's decided order and its history. */
  urgency: publicProcedure.query(({ ctx }) => views.getFoundationUrgency(ctx)),
  /** { foundationIds, note? } -> the coalition's new decided order (every fundament once). */
  setUrgencyOrder: publicProcedure.input(setUrgencyOrderInput).mutation(({ ctx, input }) => views.setUrgencyOrder(ctx, input)),
  /** Werkgroepen x fundamenten: how many cards need each fundament, and from when. */
  needsMatrix: publicProcedure.query(({ ctx }) => views.getNeedsMatrix(ctx)),
  /** { cardId, foundationId, reason } -> why the focus card needs no vereist link to the fundament. */
  justifyFocusLink: publicProcedure.input(justifyFocusLinkInput).mutation(({ ctx, input }) => views.justifyFocusLink(ctx, input)),
  /** { ownerKind, slug } -> per card or werkagenda item of that board: incoming, outgoing, atRisk, riskText. */
  badges: publicProcedure.input(itemBadgesInput).query(({ ctx, input }) => views.getItemBadges(ctx, input)),
  /** { cardId } -> the card's dependency warnings as the submission check gives them. */
  cardFoundationNeeds: publicProcedure.input(cardWarningsInput).query(({ ctx, input }) => views.getCardFoundationNeeds(ctx, input)),
  cardWarnings: publicProcedure.input(cardWarningsInput).query(({ ctx, input }) => views.getCardDependencyWarnings(ctx, input)),
});
