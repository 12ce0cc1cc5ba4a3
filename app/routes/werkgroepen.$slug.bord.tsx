import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useFetcher, useLoaderData, useLocation, useSearchParams } from "@remix-run/react";
import { useCallback, useEffect, useRef } from "react";
import { ValidationError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import { badRequest, findScaleProblem, readEdit, runBoardAction, text, texts } from "../components/board/action.server";
import { ArchivedCards } from "../components/board/ArchivedCards";
import { Board } from "../components/board/Board";
import { CardPanel } from "../components/board/CardPanel";
import type { CardDependenciesData } from "../components/dependencies/CardDependencies";
import { lastEditorOf } from "../components/board/history";
import { groupIntoLanes, toBoardCard } from "../components/board/model";
import { NewCard } from "../components/board/NewCard";
import { isOutcomeFor, type BoardOutcome } from "../components/board/outcome";
import {
  addCardComment,
  archiveCard,
  createCard,
  getBoard,
  getCardHistory,
  listArchivedCards,
  listCardComments,
  listCardOptions,
  moveCard,
  restoreCard,
  updateCard,
} from "../components/board/services.server";
import { dependencyTabPath } from "../components/dependencies/dependency-view";
import { loadBadges, loadFoundationNeeds, loadItemDependencies } from "../components/dependencies/inbox.server";
import { justifyFocusLink } from "../components/dependencies/inbox-services.server";
import { requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";
import { useLiveBoard } from "../lib/live-board";
import { fromService } from "../lib/service.server";
import { AppLink } from "../components/ui/AppLink";
import { Paragraph } from "@utrecht/component-library-react";

const t = nl.board;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The board, the plan's names for ids, archived cards and, with ?kaart=<id>, that card's panel. */
/** The panel's comments and history when no card is open. */
const noPanel: [Awaited<ReturnType<typeof listCardComments>>, Awaited<ReturnType<typeof getCardHistory>>] = [[], []];

export const loader = async ({ context: { ctx }, params, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  const url = new URL(request.url);
  const board = await fromService(getBoard(ctx, { slug: params.slug }));
  const cards = board.cards.map(toBoardCard);
  const cardId = url.searchParams.get("kaart");
  const card = cardId ? cards.find((c) => c.id === cardId) : undefined;
  // Independent reads side by side: on a PostgreSQL server they overlap.
  const [[options, archived], [comments, history], [badges, dependencies, foundationNeeds]] = await Promise.all([
    fromService(Promise.all([listCardOptions(ctx), listArchivedCards(ctx, board.group)])),
    card ? fromService(Promise.all([listCardComments(ctx, { cardId: card.id }), getCardHistory(ctx, { cardId: card.id })])) : noPanel,
    Promise.all([loadBadges(ctx, "werkgroep", board.group.slug), card ? loadItemDependencies(ctx, card.id) : null, card ? loadFoundationNeeds(ctx, card.id) : null]),
  ]);
  const archivedId = url.searchParams.get("gearchiveerd");
  return {
    group: { id: board.group.id, slug: board.group.slug, name: board.group.name },
    cards,
    archived: archived.map(toBoardCard),
    focusCount: board.focusCount,
    abilities: board.abilities,
    options,
    panel: cardId
      ? {
          cardId,
          card: card ?? null,
          comments,
          history: history.map((e) => ({ id: e.id, action: e.action, data: e.data as unknown, createdAt: e.createdAt, actorName: e.actorName })),
          confirmArchive: url.searchParams.get("archiveren") === "ja",
          dependencies:
            dependencies && foundationNeeds && card
              ? {
                  ...dependencies,
                  riskText: badges[card.id]?.riskText ?? null,
                  tabUrl: dependencyTabPath("werkgroep", board.group.slug),
                  foundationNeeds: { ...foundationNeeds, requestUrl: `${dependencyTabPath("werkgroep", board.group.slug)}?van=${card.id}` },
                }
              : undefined,
        }
      : null,
    archivedNotice: archivedId ? (archived.find((c) => c.id === archivedId)?.title ?? null) : null,
    badges,
    now: Date.now(),
  };
};

/**
 * intent = create | move | update | archive | restore | comment | justify. Each calls one service;
 * the answer is a BoardOutcome the form that sent it shows (refusals with status 4xx, so
 * Remix does not reload the data after them).
 */
export const action = async ({ context: { ctx }, params, request }: ActionFunctionArgs) => {
  requireSignedIn(ctx, request);
  const slug = params.slug ?? "";
  const form = await request.formData();
  const intent = text(form, "intent");
  const cardId = text(form, "cardId");
  if (cardId && !uuidPattern.test(cardId)) badRequest();
  switch (intent) {
    case "create": {
      const field = text(form, "field") === "catalogue" ? "catalogue" : "new";
      const { group } = await fromService(getBoard(ctx, { slug }));
      if (field === "catalogue" && !text(form, "originId")) {
        return runBoardAction(Promise.reject(new ValidationError(t.chooseCatalogueFirst)), { intent, field }, () => "");
      }
      const input =
        field === "catalogue"
          ? { groupId: group.id, originId: text(form, "originId") }
          : { groupId: group.id, title: text(form, "title"), buildingBlockIds: texts(form, "buildingBlockIds") };
      return runBoardAction(createCard(ctx, input), { intent, field }, (card) => t.created(card.title));
    }
    case "move": {
      const status = text(form, "status");
      let afterCardId: string | null = text(form, "afterCardId") || null;
      if (!form.has("afterCardId")) {
        // The plain "Verplaats naar" form: to the end of that lane.
        const { cards } = await fromService(getBoard(ctx, { slug }));
        const lane = groupIntoLanes(cards.map(toBoardCard).filter((c) => c.id !== cardId));
        afterCardId = (status in lane ? lane[status as keyof typeof lane].at(-1)?.id : null) ?? null;
      }
      return runBoardAction(moveCard(ctx, { cardId, status, afterCardId }), { intent, cardId }, () => t.moved);
    }
    case "update": {
      const { field, edits, base } = readEdit(form);
      // The schema would only say "invalid" here; the card rules say what to choose.
      const scaleProblem = field === "scale" ? findScaleProblem(edits.scale) : null;
      return runBoardAction(
        scaleProblem ? Promise.reject(new ValidationError(scaleProblem, [{ path: "scale", message: scaleProblem }])) : updateCard(ctx, { cardId, edits, base }),
        { intent, cardId, field, edits, base },
        () => t.saved,
        async (conflicts) => lastEditorOf(conflicts[0]!.field, await getCardHistory(ctx, { cardId })),
      );
    }
    case "archive": {
      const outcome = await runBoardAction(archiveCard(ctx, { cardId }), { intent, cardId }, () => t.archivedDone);
      if ("ok" in outcome && outcome.ok) return redirect(`/werkgroepen/${encodeURIComponent(slug)}/bord?gearchiveerd=${cardId}`);
      return outcome;
    }
    case "restore":
      return runBoardAction(restoreCard(ctx, { cardId }), { intent, cardId }, (card) => t.restored(card.title));
    case "comment":
      return runBoardAction(addCardComment(ctx, { cardId, body: text(form, "body") }), { intent, cardId }, () => t.commented);
    case "justify": {
      const foundationId = text(form, "foundationId");
      return runBoardAction(justifyFocusLink(ctx, { cardId, foundationId, reason: text(form, "reason") }), { intent, cardId, field: foundationId }, () => nl.dependencyInbox.foundationNeeds.saved);
    }
    default:
      return badRequest();
  }
};

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const parts = [data?.panel?.card?.title, t.tabs.board, data?.group.name, nl.app.name].filter(Boolean);
  return [{ title: parts.join(" - ") }];
};

export const handle: RouteHandle = {
  // Regio > Werkgroepen > werkgroep > Bord > the open card (UX.md: "Regio > Werkgroep > Oplossingsrichting").
  breadcrumb: ({ data, params }) => {
    const board = { label: t.tabs.board, to: `/werkgroepen/${params.slug ?? ""}/bord` };
    const card = (data as { panel?: { card?: { id: string; title: string } | null } | null } | undefined)?.panel?.card;
    return card ? [board, { label: card.title, to: `${board.to}?kaart=${card.id}` }] : board;
  },
};

export default function BoardPage() {
  const { group, cards, archived, focusCount, abilities, options, panel, archivedNotice, now, badges } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const boardUrl = `/werkgroepen/${group.slug}/bord`;
  const canEdit = abilities["group.edit"];
  const restore = useFetcher<BoardOutcome>({ key: "restore-card" });
  const restored = isOutcomeFor(restore.data, "restore", restore.data?.cardId) && restore.data.ok ? restore.data.message : null;

  // Live updates wait while a card is being moved.
  const moving = useRef(false);
  const onBusyChange = useCallback((busy: boolean) => {
    moving.current = busy;
  }, []);
  useLiveBoard("board", group.id, { isBusy: () => moving.current });

  // Back on the board after the panel closes: focus returns to the card that was open.
  const openCardId = searchParams.get("kaart");
  const previousOpen = useRef<string | null>(openCardId);
  useEffect(() => {
    const previous = previousOpen.current;
    previousOpen.current = openCardId;
    if (previous && !openCardId) document.getElementById(`kaart-${previous}-link`)?.focus();
  }, [openCardId]);

  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (archivedNotice) notice.current?.focus();
  }, [archivedNotice, location.key]);

  return (
    <>
      <div role="status" ref={notice} tabIndex={-1} className={archivedNotice || restored ? "rw-success" : undefined}>
        {archivedNotice && <Paragraph>{t.archivedNotice(archivedNotice)}</Paragraph>}
        {!archivedNotice && restored && <Paragraph>{restored}</Paragraph>}
      </div>
      {cards.length === 0 && <Paragraph className="rw-lead">{t.emptyBoard}</Paragraph>}
      {canEdit && <NewCard options={options} />}
      <div className={["rw-board-layout", panel ? "rw-board-layout--panel" : ""].filter(Boolean).join(" ")}>
        <div className="rw-board-layout__board">
          <Paragraph className="rw-muted">{canEdit ? t.boardIntro : t.boardIntroReadOnly}</Paragraph>
          <Board cards={cards} options={options} canEdit={canEdit} boardUrl={boardUrl} openCardId={openCardId} onBusyChange={onBusyChange} badges={badges} />
        </div>
        {panel &&
          (panel.card ? (
            <CardPanel
              key={panel.card.id}
              card={panel.card}
              comments={panel.comments}
              history={panel.history}
              options={options}
              focusCount={focusCount}
              canEdit={canEdit}
              canComment={abilities["comment.write"]}
              boardUrl={boardUrl}
              confirmArchive={panel.confirmArchive}
              now={now}
              dependencies={panel.dependencies as CardDependenciesData | undefined}
            />
          ) : (
            <section className="rw-panel" aria-labelledby="kaart-weg" tabIndex={-1}>
              <h2 id="kaart-weg" className="utrecht-heading-2">
                {t.cardGoneTitle}
              </h2>
              <Paragraph>{nl.boards.cardNotFound}</Paragraph>
              <AppLink to={boardUrl} preventScrollReset>
                {t.close}
              </AppLink>
            </section>
          ))}
      </div>
      <ArchivedCards cards={archived} canEdit={canEdit} boardUrl={boardUrl} />
    </>
  );
}
