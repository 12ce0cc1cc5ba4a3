import { useActionData, useFetcher } from "@remix-run/react";
import { nl } from "../../../shared/i18n/nl";
import { Heading2, Paragraph, SecondaryActionButton } from "@utrecht/component-library-react";
import { statusLabel, type BoardCard } from "./model";
import { isOutcomeFor, type BoardOutcome } from "./outcome";

const t = nl.board;

/** "Gearchiveerd": cards taken off the board, each with "Terugzetten". */
export function ArchivedCards({ cards, canEdit, boardUrl }: { cards: BoardCard[]; canEdit: boolean; boardUrl: string }) {
  return (
    <section aria-labelledby="gearchiveerd" className="rw-section rw-archived">
      <Heading2 id="gearchiveerd">
        {t.archivedTitle} <span className="rw-lane__count">({cards.length})</span>
      </Heading2>
      {cards.length === 0 ? (
        <Paragraph>{t.noArchived}</Paragraph>
      ) : (
        <ul className="rw-archived__list">
          {cards.map((card) => (
            <ArchivedCard key={card.id} card={card} canEdit={canEdit} boardUrl={boardUrl} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ArchivedCard({ card, canEdit, boardUrl }: { card: BoardCard; canEdit: boolean; boardUrl: string }) {
  // One shared fetcher, so the board page can announce "teruggezet" after the item is gone.
  const fetcher = useFetcher<BoardOutcome>({ key: "restore-card" });
  const posted = useActionData<BoardOutcome>();
  const outcome = isOutcomeFor(fetcher.data, "restore", card.id) ? fetcher.data : isOutcomeFor(posted, "restore", card.id) ? posted : undefined;
  return (
    <li className="rw-archived__item">
      <span>
        <strong>{card.title}</strong> <span className="rw-muted">({statusLabel(card.status)})</span>
      </span>
      {canEdit && (
        <fetcher.Form method="post" action={boardUrl} className="rw-inline-form">
          <input type="hidden" name="intent" value="restore" />
          <input type="hidden" name="cardId" value={card.id} />
          <SecondaryActionButton type="submit" busy={fetcher.state !== "idle" && fetcher.formData?.get("cardId") === card.id}>
            {t.restoreButton}
            <span className="rw-visually-hidden"> {card.title}</span>
          </SecondaryActionButton>
        </fetcher.Form>
      )}
      {outcome && !outcome.ok && <Paragraph className="rw-field-error">{outcome.message}</Paragraph>}
    </li>
  );
}
