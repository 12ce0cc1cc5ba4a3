import {
  declineDependencyInput,
  dependencyIdInput,
  dependencyInboxInput,
  itemDependenciesInput,
  linkTargetsInput,
  proposeDependencyInput,
} from "../../shared/schemas/dependencies";
import { publicProcedure, router } from "../trpc/init";
import * as dependencies from "./dependencies.service";

// Proposing and answering dependencies over tRPC (dependencies.*): one line per procedure.

export const dependenciesRouter = router({
  /** { fromId, toId, kind, agreedDate?, note? } -> the new link, voorgesteld. */
  propose: publicProcedure.input(proposeDependencyInput).mutation(({ ctx, input }) => dependencies.proposeDependency(ctx, input)),
  /** { id } -> bevestigd (the other side, or the programme office as facilitator). */
  confirm: publicProcedure.input(dependencyIdInput).mutation(({ ctx, input }) => dependencies.confirmDependency(ctx, input)),
  /** { id, reason } -> afgewezen with the reason. */
  decline: publicProcedure.input(declineDependencyInput).mutation(({ ctx, input }) => dependencies.declineDependency(ctx, input)),
  /** { id } -> vervallen (the proposing side ends its link). */
  withdraw: publicProcedure.input(dependencyIdInput).mutation(({ ctx, input }) => dependencies.withdrawDependency(ctx, input)),
  /** { ownerKind, slug } -> incoming, outgoing and waitingForAnswer of one werkgroep or fundament. */
  inbox: publicProcedure.input(dependencyInboxInput).query(({ ctx, input }) => dependencies.listInbox(ctx, input)),
  /** { itemId } -> the incoming and outgoing links of one card or werkagenda item. */
  item: publicProcedure.input(itemDependenciesInput).query(({ ctx, input }) => dependencies.listItemDependencies(ctx, input)),
  /** The Overzicht: per own werkgroep or fundament (every one for the programme office) the proposals waiting for an answer. */
  myInbox: publicProcedure.query(({ ctx }) => dependencies.listMyInbox(ctx)),
  /** { fromId, query? } -> the items a new link from fromId may point to, grouped by owner. */
  linkTargets: publicProcedure.input(linkTargetsInput).query(({ ctx, input }) => dependencies.listLinkTargets(ctx, input)),
});
