import { redirect } from "@remix-run/node";
import type { ServiceContext } from "../../../server/request-context";
import { nl } from "../../../shared/i18n/nl";
import { fromFormService, fromService } from "../../lib/service.server";
import type { ChipStatus } from "./status-chips";
import {
  diffVersions,
  freezeVersion,
  getBoard,
  getItemBadges,
  getLiveDocument,
  getMatrix,
  getVersion,
  getWorkplan,
  listVersions,
  openFoundationAgenda,
  openGroupAgenda,
  stateToDocument,
} from "./services.server";
import { ownerPath } from "../../../shared/owner-paths";
import { renderDocumentText } from "../../../shared/agenda/render-text";

export type AgendaOwnerKind = "werkgroep" | "fundament";

/** What the editor page needs: the agenda, the person's access and caret identity, and the chips' statuses. */
export async function loadAgendaPage(ctx: ServiceContext, owner: AgendaOwnerKind, slug: string) {
  const [opened, chips] = await Promise.all([openAgendaOf(ctx, owner, slug), loadChipStatuses(ctx, owner, slug)]);
  return { ...toPageData(opened), ...chips };
}

/**
 * The current status of every card or werkagenda item a status chip may point at, and the
 * live topic that announces their changes. A werkgroep's agenda links its own cards; a
 * fundament's werkagenda links its items and the cards of all werkgroepen that wait for it.
 */
export async function loadChipStatuses(ctx: ServiceContext, owner: AgendaOwnerKind, slug: string) {
  const statuses: Record<string, ChipStatus> = {};
  // The own items' dependency badges ride along: the same live topic announces their changes.
  const badges = fromService(getItemBadges(ctx, { ownerKind: owner, slug })).then((result) => result.badges);
  if (owner === "werkgroep") {
    const [board, dependencies] = await Promise.all([fromService(getBoard(ctx, { slug })), badges]);
    for (const card of board.cards) statuses[card.id] = { kind: "card", status: card.status, dependencies: dependencies[card.id] };
    return { statuses, live: { topic: "board" as const, id: board.group.id } };
  }
  const [workplan, matrix, dependencies] = await Promise.all([
    fromService(getWorkplan(ctx, { slug })),
    fromService(getMatrix(ctx, { foundation: slug })),
    badges,
  ]);
  for (const card of matrix.selection ?? []) statuses[card.id] = { kind: "card", status: card.status };
  for (const item of workplan.items) statuses[item.id] = { kind: "workplanItem", status: item.status, dependencies: dependencies[item.id] };
  return { statuses, live: { topic: "workplan" as const, id: workplan.foundation.id } };
}

function toPageData({ agenda, access, me }: Awaited<ReturnType<typeof openGroupAgenda>>) {
  return {
    agenda: { id: agenda.id, kind: agenda.kind, reviewState: agenda.reviewState, owner: agenda.owner },
    access,
    // Exactly the identity the server sets for this person: the socket refuses any other.
    me: { id: me.id, name: me.name, color: me.color },
  };
}

function openAgendaOf(ctx: ServiceContext, owner: AgendaOwnerKind, slug: string) {
  return fromService(owner === "werkgroep" ? openGroupAgenda(ctx, slug) : openFoundationAgenda(ctx, slug));
}

/** A positive whole number from the query string, or null. */
function numberParam(url: URL, name: string): number | null {
  const value = url.searchParams.get(name);
  return value && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null;
}

/**
 * The versions page: the list (newest first), whether the person may freeze one, and, from the
 * query string, one version opened read-only (?versie=3) or a comparison (?van=2&tot=3 or
 * tot=live). A version that does not exist is a 404 with the Dutch message of the service.
 */
export async function loadVersionsPage(ctx: ServiceContext, owner: AgendaOwnerKind, slug: string, request: Request) {
  const url = new URL(request.url);
  const [{ agenda }, chips] = await Promise.all([openAgendaOf(ctx, owner, slug), loadChipStatuses(ctx, owner, slug)]);
  const list = await fromService(listVersions(ctx, { agendaId: agenda.id }));
  const opened = numberParam(url, "versie");
  const from = numberParam(url, "van");
  const toParam = url.searchParams.get("tot");
  const to = toParam === "live" ? ("live" as const) : numberParam(url, "tot");
  const frozen = numberParam(url, "vastgelegd");

  const version = opened ? (await fromService(getVersion(ctx, { agendaId: agenda.id, number: opened }))).version : null;
  const diff = from && to ? await fromService(diffVersions(ctx, { agendaId: agenda.id, from, to })) : null;
  const frozenVersion = frozen ? list.versions.find((v) => v.number === frozen) : undefined;
  return {
    agenda: { id: agenda.id, kind: agenda.kind, reviewState: agenda.reviewState, owner: agenda.owner },
    versions: list.versions,
    canFreeze: list.abilities["version.freeze"],
    opened: version
      ? {
          number: version.number,
          name: version.name,
          reason: version.reason,
          createdAt: version.createdAt,
          authorName: version.authorName,
          text: version.text,
          // The frozen document as the editor's JSON, so the browser shows it formatted.
          document: stateToDocument(Buffer.from(version.state, "base64")),
          // Its Yjs state, so the browser can anchor comments on a selection of it.
          state: version.state,
        }
      : null,
    diff: diff
      ? { from: diff.from, to: diff.to, chunks: diff.chunks, insertedWords: diff.insertedWords, deletedWords: diff.deletedWords }
      : null,
    frozenMessage: frozenVersion ? nl.versions.frozen(frozenVersion.number, frozenVersion.name) : null,
    // Chips in an opened version show the linked card's status as it is now.
    statuses: chips.statuses,
    now: Date.now(),
  };
}

/**
 * The page to print or save as PDF: the text as it is now, or one version (?versie=3), with
 * the chips' statuses of now. An unknown version is a 404 with the service's message.
 */
export async function loadPrintPage(ctx: ServiceContext, owner: AgendaOwnerKind, slug: string, request: Request) {
  const number = numberParam(new URL(request.url), "versie");
  const [{ agenda }, chips] = await Promise.all([openAgendaOf(ctx, owner, slug), loadChipStatuses(ctx, owner, slug)]);
  const printed = number
    ? await fromService(getVersion(ctx, { agendaId: agenda.id, number })).then(({ version }) => ({
        document: stateToDocument(Buffer.from(version.state, "base64")),
        text: version.text,
        version: { number: version.number, name: version.name, createdAt: version.createdAt },
      }))
    : await fromService(getLiveDocument(ctx, { agendaId: agenda.id })).then(({ document, readAt }) => ({
        document,
        text: renderDocumentText(document),
        version: null,
        readAt,
      }));
  return {
    agenda: { kind: agenda.kind, reviewState: agenda.reviewState, owner: agenda.owner },
    document: printed.document,
    text: printed.text,
    version: printed.version,
    moment: printed.version?.createdAt ?? ("readAt" in printed ? printed.readAt : new Date()),
    statuses: chips.statuses,
  };
}

/** The form "Versie vastleggen": freezes the live text and shows the list with the new version. */
export async function freezeVersionFromForm(ctx: ServiceContext, owner: AgendaOwnerKind, slug: string, form: FormData) {
  const { agenda } = await openAgendaOf(ctx, owner, slug);
  const name = form.get("name");
  const outcome = await fromFormService(freezeVersion(ctx, { agendaId: agenda.id, name: typeof name === "string" ? name : "" }));
  if (!("ok" in outcome) || !outcome.ok) return outcome;
  const base = ownerPath({ kind: owner, slug }, "/agenda/versies");
  return redirect(`${base}?vastgelegd=${outcome.value.number}`);
}
