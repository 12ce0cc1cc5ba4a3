import { Link, useActionData, useFetcher } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState, type DragEvent, type KeyboardEvent, type MouseEvent } from "react";
import { cardStatuses, type CardStatus } from "../../../shared/domain/card-rules";
import { nl } from "../../../shared/i18n/nl";
import { FormLabel, Heading2, Paragraph, SecondaryActionButton, Select, SelectOption } from "@utrecht/component-library-react";
import { cardAbove, describeScale, groupIntoLanes, locate, namesOf, placeCard, showQuarterRange, statusLabel, stepMove, type BoardCard, type CardOptions, type Lanes } from "./model";
import { isOutcomeFor, type BoardOutcome } from "./outcome";
import { DependencyBadges } from "../dependencies/DependencyBadges";
import type { BadgeData } from "../dependencies/dependency-view";

const t = nl.board;

type ArrowKey = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight";
const arrowKeys: readonly string[] = ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"];

interface BoardProps {
  cards: BoardCard[];
  options: CardOptions;
  canEdit: boolean;
  boardUrl: string;
  openCardId: string | null;
  /** Tells the page that a move is under way, so live updates wait until it is done. */
  onBusyChange: (busy: boolean) => void;
  /** Dependency badges per card id (links in and out, risk with the reason). */
  badges?: Record<string, BadgeData>;
}

/** Where the card is, as a screen reader says it: lane, and place n of m. */
function whereIs(lanes: Lanes, cardId: string) {
  const at = locate(lanes, cardId);
  if (!at) return null;
  return { lane: statusLabel(at.status), position: at.index + 1, total: lanes[at.status].length, status: at.status };
}

/**
 * The board: five lanes of cards. A card moves by mouse (drag and drop), by keyboard
 * ("Verplaatsen", then arrows, Enter or Space to drop, Escape to cancel; every step is
 * announced) or, without JavaScript, with its "Verplaats naar" form. A drop posts
 * intent=move; a refused move shows the reason and puts the card back.
 */
export function Board({ cards, options, canEdit, boardUrl, openCardId, onBusyChange, badges }: BoardProps) {
  const fetcher = useFetcher<BoardOutcome>({ key: "board-move" });
  const [arrangement, setArrangement] = useState<Lanes | null>(null);
  const [picked, setPicked] = useState<{ cardId: string; origin: Lanes } | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  // The dragged card as the lanes' drag events see it: dragover can fire before React has
  // re-rendered after dragstart (a busy machine), and a lane that skips preventDefault then
  // refuses the drop.
  const draggingRef = useRef<string | null>(null);
  const [dropTarget, setDropTarget] = useState<{ status: CardStatus; index: number } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [moveError, setMoveError] = useState<string | null>(null);
  const [hydrated, setHydrated] = useState(false);
  const pending = useRef<{ cardId: string } | null>(null);
  const moveButtons = useRef(new Map<string, HTMLButtonElement>());
  const keyHandledAt = useRef(0);
  const handled = useRef<unknown>(null);
  // A refusal after a plain form post (no JavaScript) arrives as the page's action data.
  const posted = useActionData<BoardOutcome>();
  const postedError = isOutcomeFor(posted, "move", posted?.cardId) && !posted.ok ? posted.message : null;
  const shownError = moveError ?? (fetcher.data ? null : postedError);

  const lanes = arrangement ?? groupIntoLanes(cards);
  const titleOf = (cardId: string) => cards.find((c) => c.id === cardId)?.title ?? "";

  useEffect(() => setHydrated(true), []);
  useEffect(() => onBusyChange(Boolean(picked || dragging || fetcher.state !== "idle")), [picked, dragging, fetcher.state, onBusyChange]);

  // The server answered (and, after a success, the board's data is already reloaded): show
  // the lanes as the server has them, so a refused card is back where it was.
  useEffect(() => {
    if (fetcher.state !== "idle") return;
    if (pending.current) {
      pending.current = null;
      setArrangement(null);
    }
    const outcome = fetcher.data;
    if (!outcome || outcome === handled.current || !isOutcomeFor(outcome, "move", outcome.cardId)) return;
    handled.current = outcome;
    if (!outcome.ok) {
      setMoveError(outcome.message);
      moveButtons.current.get(outcome.cardId)?.focus();
    }
  }, [fetcher.state, fetcher.data]);

  // Keep focus on the card being moved: moving it to another lane re-creates its elements.
  useEffect(() => {
    if (!picked) return;
    const button = moveButtons.current.get(picked.cardId);
    if (button && document.activeElement !== button) button.focus();
  }, [picked, arrangement]);

  const submitMove = useCallback(
    (cardId: string, next: Lanes, origin: Lanes) => {
      const now = locate(next, cardId);
      const before = locate(origin, cardId);
      if (!now || !before) return;
      if (now.status === before.status && cardAbove(next, cardId) === cardAbove(origin, cardId)) {
        setArrangement(null);
        return;
      }
      setMoveError(null);
      setArrangement(next);
      pending.current = { cardId };
      fetcher.submit({ intent: "move", cardId, status: now.status, afterCardId: cardAbove(next, cardId) ?? "" }, { method: "post", action: boardUrl });
    },
    [fetcher, boardUrl],
  );

  const pickUp = (cardId: string) => {
    setMoveError(null);
    setPicked({ cardId, origin: lanes });
    setArrangement(lanes);
    setAnnouncement(t.pickedUp(titleOf(cardId)));
  };
  const drop = () => {
    if (!picked) return;
    const where = whereIs(lanes, picked.cardId);
    if (where) setAnnouncement(t.dropped(titleOf(picked.cardId), where.lane, where.position, where.total));
    submitMove(picked.cardId, lanes, picked.origin);
    setPicked(null);
  };
  const cancel = () => {
    if (!picked) return;
    const where = whereIs(picked.origin, picked.cardId);
    if (where) setAnnouncement(t.cancelled(titleOf(picked.cardId), where.lane, where.position, where.total));
    setArrangement(null);
    setPicked(null);
  };

  const onMoveKeyDown = (cardId: string) => (event: KeyboardEvent<HTMLButtonElement>) => {
    const isPicked = picked?.cardId === cardId;
    if (!isPicked) {
      if (event.key === " " || event.key === "Enter") {
        event.preventDefault();
        keyHandledAt.current = Date.now();
        pickUp(cardId);
      }
      return;
    }
    if (arrowKeys.includes(event.key)) {
      event.preventDefault();
      const next = stepMove(lanes, cardId, event.key as ArrowKey);
      setArrangement(next);
      const where = whereIs(next, cardId);
      if (where) setAnnouncement(t.movedTo(titleOf(cardId), where.lane, where.position, where.total));
    } else if (event.key === " " || event.key === "Enter") {
      event.preventDefault();
      keyHandledAt.current = Date.now();
      drop();
    } else if (event.key === "Escape") {
      event.preventDefault();
      cancel();
    } else if (event.key === "Tab") {
      cancel();
    }
  };
  const onMoveKeyUp = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === " ") event.preventDefault();
  };
  // A click from a mouse or a screen reader (no key events) picks up or drops too.
  const onMoveClick = (cardId: string) => (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    if (Date.now() - keyHandledAt.current < 500) return;
    if (picked?.cardId === cardId) drop();
    else if (picked) cancel();
    else pickUp(cardId);
  };

  // Mouse: HTML5 drag and drop. The board only shows where the card will land; it moves on drop.
  const onDragStart = (cardId: string) => (event: DragEvent<HTMLLIElement>) => {
    event.dataTransfer.setData("text/plain", cardId);
    event.dataTransfer.effectAllowed = "move";
    setMoveError(null);
    draggingRef.current = cardId;
    setDragging(cardId);
  };
  const onDragEnd = () => {
    draggingRef.current = null;
    setDragging(null);
    setDropTarget(null);
  };
  const targetIndex = (status: CardStatus, event: DragEvent<HTMLElement>) => {
    const items = Array.from(event.currentTarget.querySelectorAll<HTMLElement>("[data-card-id]"));
    const index = items.findIndex((item) => {
      const box = item.getBoundingClientRect();
      return event.clientY < box.top + box.height / 2;
    });
    return index < 0 ? lanes[status].length : index;
  };
  const onLaneDragOver = (status: CardStatus) => (event: DragEvent<HTMLElement>) => {
    if (!draggingRef.current) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    const index = targetIndex(status, event);
    if (dropTarget?.status !== status || dropTarget.index !== index) setDropTarget({ status, index });
  };
  const onLaneDrop = (status: CardStatus) => (event: DragEvent<HTMLElement>) => {
    const cardId = draggingRef.current ?? event.dataTransfer.getData("text/plain");
    if (!cardId) return;
    event.preventDefault();
    let index = targetIndex(status, event);
    const from = locate(lanes, cardId);
    if (from && from.status === status && from.index < index) index -= 1;
    const next = placeCard(lanes, cardId, status, index);
    const where = whereIs(next, cardId);
    if (where) setAnnouncement(t.dropped(titleOf(cardId), where.lane, where.position, where.total));
    submitMove(cardId, next, lanes);
    draggingRef.current = null;
    setDragging(null);
    setDropTarget(null);
  };

  return (
    <>
      <p id="verplaats-uitleg" className="rw-visually-hidden">
        {t.moveInstructions}
      </p>
      <div aria-live="assertive" aria-atomic="true" className="rw-visually-hidden" data-testid="board-announcer">
        {announcement}
      </div>
      <div role="alert" className={shownError ? "rw-board-alert" : undefined}>
        {shownError && (
          <Paragraph>
            <strong>{t.moveRefused}</strong> {shownError}
          </Paragraph>
        )}
      </div>
      <ol className="rw-lanes" aria-label={t.lanesLabel} data-hydrated={hydrated ? "true" : undefined}>
        {cardStatuses.map((status) => {
          const laneCards = lanes[status];
          const headingId = `kolom-${status}`;
          return (
            <li key={status} className="rw-lanes__item">
              <section
                aria-labelledby={headingId}
                className={["rw-lane", dropTarget?.status === status ? "rw-lane--drop" : ""].filter(Boolean).join(" ")}
                onDragOver={canEdit ? onLaneDragOver(status) : undefined}
                onDrop={canEdit ? onLaneDrop(status) : undefined}
              >
                <Heading2 id={headingId} className="rw-lane__title">
                  {statusLabel(status)} <span className="rw-lane__count">({laneCards.length})</span>
                </Heading2>
                {laneCards.length === 0 ? (
                  <p className={["rw-lane__empty", dropTarget?.status === status ? "rw-drop-marker" : ""].filter(Boolean).join(" ")}>{t.emptyLane}</p>
                ) : (
                  <ol className="rw-lane__cards">
                    {laneCards.map((card, index) => (
                      <BoardCardItem
                        key={card.id}
                        card={card}
                        badge={badges?.[card.id]}
                        options={options}
                        canEdit={canEdit}
                        hydrated={hydrated}
                        boardUrl={boardUrl}
                        isOpen={openCardId === card.id}
                        isPicked={picked?.cardId === card.id}
                        isDragging={dragging === card.id}
                        dropBefore={dropTarget?.status === status && dropTarget.index === index}
                        dropAfter={dropTarget?.status === status && dropTarget.index === laneCards.length && index === laneCards.length - 1}
                        moveButtonRef={(element) => {
                          if (element) moveButtons.current.set(card.id, element);
                          else moveButtons.current.delete(card.id);
                        }}
                        onMoveKeyDown={onMoveKeyDown(card.id)}
                        onMoveKeyUp={onMoveKeyUp}
                        onMoveClick={onMoveClick(card.id)}
                        onDragStart={onDragStart(card.id)}
                        onDragEnd={onDragEnd}
                      />
                    ))}
                  </ol>
                )}
              </section>
            </li>
          );
        })}
      </ol>
    </>
  );
}

interface CardItemProps {
  card: BoardCard;
  badge: BadgeData | undefined;
  options: CardOptions;
  canEdit: boolean;
  hydrated: boolean;
  boardUrl: string;
  isOpen: boolean;
  isPicked: boolean;
  isDragging: boolean;
  dropBefore: boolean;
  dropAfter: boolean;
  moveButtonRef: (element: HTMLButtonElement | null) => void;
  onMoveKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  onMoveKeyUp: (event: KeyboardEvent<HTMLButtonElement>) => void;
  onMoveClick: (event: MouseEvent<HTMLButtonElement>) => void;
  onDragStart: (event: DragEvent<HTMLLIElement>) => void;
  onDragEnd: () => void;
}

function BoardCardItem(props: CardItemProps) {
  const { card, options, canEdit, hydrated, boardUrl, isOpen, isPicked, isDragging } = props;
  const scale = describeScale(card.scale, options);
  const quarters = showQuarterRange(card.startQuarter, card.endQuarter);
  const blocks = namesOf(card.buildingBlockIds, options.buildingBlocks);
  const className = [
    "rw-board-card",
    card.focus ? "rw-board-card--focus" : "",
    isOpen ? "rw-board-card--open" : "",
    isPicked ? "rw-board-card--picked" : "",
    isDragging ? "rw-board-card--dragging" : "",
    props.dropBefore ? "rw-drop-before" : "",
    props.dropAfter ? "rw-drop-after" : "",
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <li className={className} data-card-id={card.id} draggable={canEdit && hydrated} onDragStart={props.onDragStart} onDragEnd={props.onDragEnd}>
      <h3 className="rw-board-card__title">
        <Link id={`kaart-${card.id}-link`} to={`${boardUrl}?kaart=${card.id}`} preventScrollReset className="utrecht-link utrecht-link--html-a" aria-current={isOpen ? "true" : undefined}>
          {card.title}
        </Link>
      </h3>
      {card.focus && <p className="rw-chip rw-chip--focus">{t.focusMark}</p>}
      <DependencyBadges badge={props.badge} />
      <dl className="rw-board-card__meta">
        <div>
          <dt>{t.scaleLabel}</dt>
          <dd>{scale ?? t.noScale}</dd>
        </div>
        <div>
          <dt>{t.quartersLabel}</dt>
          <dd>{quarters ?? t.noQuarters}</dd>
        </div>
        <div>
          <dt>{t.buildingBlocks}</dt>
          <dd>{blocks.length > 0 ? blocks.join(", ") : t.noneValue}</dd>
        </div>
      </dl>
      {canEdit && (
        <div className="rw-board-card__actions">
          {hydrated && (
            <button
              type="button"
              ref={props.moveButtonRef}
              className="utrecht-button utrecht-button--subtle rw-move-button"
              aria-describedby="verplaats-uitleg"
              aria-pressed={isPicked}
              onKeyDown={props.onMoveKeyDown}
              onKeyUp={props.onMoveKeyUp}
              onClick={props.onMoveClick}
            >
              {t.moveButton}
              <span className="rw-visually-hidden"> {card.title}</span>
            </button>
          )}
          <MoveForm card={card} boardUrl={boardUrl} />
        </div>
      )}
    </li>
  );
}

/** Without JavaScript (or instead of dragging): pick a lane and send; the card goes to the end of it. */
function MoveForm({ card, boardUrl }: { card: BoardCard; boardUrl: string }) {
  // The board's move fetcher: its answer (a refusal) shows in the board's alert.
  const fetcher = useFetcher<BoardOutcome>({ key: "board-move" });
  const id = `kaart-${card.id}-naar`;
  return (
    <details className="rw-move-form">
      <summary>
        {t.moveToSummary}
        <span className="rw-visually-hidden"> {card.title}</span>
      </summary>
      <fetcher.Form method="post" action={boardUrl} className="rw-move-form__form">
        <input type="hidden" name="intent" value="move" />
        <input type="hidden" name="cardId" value={card.id} />
        <input type="hidden" name="position" value="end" />
        <FormLabel htmlFor={id}>{t.moveToLabel}</FormLabel>
        <Select id={id} name="status" defaultValue={card.status}>
          {cardStatuses.map((status) => (
            <SelectOption key={status} value={status}>
              {statusLabel(status)}
            </SelectOption>
          ))}
        </Select>
        <SecondaryActionButton type="submit">{t.moveSubmit}</SecondaryActionButton>
      </fetcher.Form>
    </details>
  );
}
