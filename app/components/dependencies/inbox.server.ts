import { data, redirect } from "@remix-run/node";
import type { ServiceContext } from "../../../server/request-context";
import { isAppError, type FieldIssue } from "../../../shared/errors";
import { nl } from "../../../shared/i18n/nl";
import { can } from "../../../shared/permissions";
import { fromService } from "../../lib/service.server";
import {
  confirmDependency,
  declineDependency,
  getBoard,
  getCardFoundationNeeds,
  getItemBadges,
  getRegionGraph,
  getWorkplan,
  listInbox,
  listItemDependencies,
  listLinkTargets,
  listMyInbox,
  proposeDependency,
  withdrawDependency,
} from "./inbox-services.server";
import { dependencyTabPath } from "./dependency-view";

// Loaders and the form action of a werkgroep's or fundament's Afhankelijkheden tab, the badges
// of its board, the card panel's dependencies and the Overzicht's inbox. Each calls services
// only; refusals a person can fix come back to the form that sent them.

type OwnerKind = "werkgroep" | "fundament";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const intents = ["propose", "confirm", "decline", "withdraw"] as const;
type Intent = (typeof intents)[number];


/** The owner's own cards or werkagenda items (not archived), with its id for the policy check. */
async function loadOwnItems(ctx: ServiceContext, kind: OwnerKind, slug: string) {
  if (kind === "werkgroep") {
    const board = await fromService(getBoard(ctx, { slug }));
    return { ownerId: board.group.id, items: board.cards.map((c) => ({ id: c.id, title: c.title })) };
  }
  const workplan = await fromService(getWorkplan(ctx, { slug }));
  return { ownerId: workplan.foundation.id, items: workplan.items.map((i) => ({ id: i.id, title: i.title })) };
}

/**
 * The tab: incoming and outgoing links (proposals waiting for this side's answer first), the
 * own items at risk with their reason, and the request flow: ?van=<own item> shows step 2 with
 * the items it may point to (narrowed by ?zoek=).
 */
export async function loadDependencyTab(ctx: ServiceContext, kind: OwnerKind, slug: string, request: Request) {
  const url = new URL(request.url);
  const [inbox, own, badges] = await Promise.all([
    fromService(listInbox(ctx, { ownerKind: kind, slug })),
    loadOwnItems(ctx, kind, slug),
    fromService(getItemBadges(ctx, { ownerKind: kind, slug })),
  ]);
  const canPropose = can(ctx.actor, "dependency.propose", { regionId: ctx.regionId, ...(kind === "werkgroep" ? { groupId: own.ownerId } : { foundationId: own.ownerId }) });
  const fromId = url.searchParams.get("van") ?? "";
  const query = (url.searchParams.get("zoek") ?? "").trim().slice(0, 200);
  const chosen = canPropose && uuidPattern.test(fromId) ? own.items.find((item) => item.id === fromId) : undefined;
  const targets = chosen ? await fromService(listLinkTargets(ctx, { fromId: chosen.id, query: query || undefined })) : null;
  const waiting = inbox.incoming.filter((v) => v.state === "voorgesteld" && v.abilities.answer);
  const done = url.searchParams.get("gedaan");
  return {
    owner: { kind, slug: inbox.owner.slug, name: inbox.owner.name, id: own.ownerId },
    waiting,
    incoming: inbox.incoming.filter((v) => !waiting.includes(v)),
    outgoing: inbox.outgoing,
    atRisk: own.items
      .filter((item) => badges.badges[item.id]?.atRisk)
      .map((item) => ({ id: item.id, title: item.title, riskText: badges.badges[item.id]?.riskText ?? null })),
    request: {
      canPropose,
      items: own.items,
      query,
      from: chosen ?? null,
      groups: targets?.groups ?? [],
    },
    done: done && (intents as readonly string[]).includes(done) ? done : null,
  };
}

/** What a refused form gets back: which form (intent, target), the message, field problems and what was sent. */
export interface DependencyFormProblem {
  ok: false;
  intent: Intent;
  target: string;
  message: string;
  issues: FieldIssue[];
  values: Record<string, string>;
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/**
 * intent = propose | confirm | decline | withdraw, each one service call; then the tab again
 * with a message (?gedaan=...). Validation problems, conflicts (a duplicate) and steps the
 * link's state no longer allows come back to the form, with what was sent; 403 and 404 are
 * error pages.
 */
export async function dependencyTabAction(ctx: ServiceContext, kind: OwnerKind, slug: string, form: FormData) {
  const intent = text(form, "intent") as Intent;
  if (!(intents as readonly string[]).includes(intent)) throw data({ message: nl.errors.internal }, { status: 400 });
  const id = text(form, "id");
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && key !== "intent") values[key] = value;
  const target = intent === "propose" ? text(form, "fromId") : id;
  const step = () => {
    switch (intent) {
      case "propose":
        return proposeDependency(ctx, {
          fromId: text(form, "fromId"),
          toId: text(form, "toId"),
          kind: text(form, "kind") || undefined,
          agreedDate: text(form, "agreedDate"),
          note: text(form, "note"),
        });
      case "confirm":
        return confirmDependency(ctx, { id });
      case "decline":
        return declineDependency(ctx, { id, reason: text(form, "reason") });
      case "withdraw":
        return withdrawDependency(ctx, { id });
    }
  };
  try {
    await step();
  } catch (error) {
    if (isAppError(error) && (error.code === "VALIDATION" || error.code === "CONFLICT" || error.code === "INVALID_TRANSITION")) {
      const issues = (error as { issues?: FieldIssue[] }).issues ?? [];
      const status = error.code === "VALIDATION" ? 400 : 409;
      return data<DependencyFormProblem>({ ok: false, intent, target, message: error.message, issues, values }, { status });
    }
    return fromService(Promise.reject(error));
  }
  return redirect(`${dependencyTabPath(kind, slug)}?gedaan=${intent}`);
}

/** A board's badges: per card or werkagenda item the links in and out and its risk. */
export async function loadBadges(ctx: ServiceContext, kind: OwnerKind, slug: string) {
  return (await fromService(getItemBadges(ctx, { ownerKind: kind, slug }))).badges;
}

/** The card panel's dependencies: the links in and out of one card. */
export async function loadItemDependencies(ctx: ServiceContext, itemId: string) {
  const { incoming, outgoing } = await fromService(listItemDependencies(ctx, { itemId }));
  return { incoming, outgoing };
}

/** A card's fundamenten as the submission check sees them, with the recorded reasons (dates as ISO text). */
export async function loadFoundationNeeds(ctx: ServiceContext, cardId: string) {
  const { needs, canJustify } = await fromService(getCardFoundationNeeds(ctx, { cardId }));
  return {
    canJustify,
    needs: needs.map((need) => ({
      ...need,
      justification: need.justification ? { ...need.justification, recordedAt: new Date(need.justification.recordedAt).toISOString() } : null,
    })),
  };
}

/**
 * The Overzicht: the proposals waiting for the person's answer (per own werkgroep or fundament;
 * the programme office sees every side that has something waiting) and the own items at risk
 * with their reason.
 */
export async function loadMyDependencies(ctx: ServiceContext) {
  const inbox = await fromService(listMyInbox(ctx));
  const own = inbox.sections.filter((section) => section.member);
  const risks = await Promise.all(
    own.map(async (section) => {
      const graph = await fromService(
        getRegionGraph(ctx, section.owner.kind === "werkgroep" ? { groupSlug: section.owner.slug } : { foundationSlug: section.owner.slug }),
      );
      return graph.nodes
        .filter((node) => node.atRisk && node.owner.kind === section.owner.kind && node.owner.slug === section.owner.slug)
        .map((node) => ({ id: node.id, type: node.type, title: node.title, riskText: node.riskText, owner: section.owner }));
    }),
  );
  return {
    sections: inbox.sections.filter((section) => section.member || section.waiting.length > 0),
    waitingForAnswer: inbox.waitingForAnswer,
    atRisk: risks.flat(),
  };
}

export type MyDependencies = Awaited<ReturnType<typeof loadMyDependencies>>;
export type DependencyTabData = Awaited<ReturnType<typeof loadDependencyTab>>;
