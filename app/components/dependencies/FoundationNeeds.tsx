import { FormLabel, Paragraph, Textarea } from "@utrecht/component-library-react";
import { useFetcher } from "@remix-run/react";
import { nl } from "../../../shared/i18n/nl";
import { isOutcomeFor, type BoardOutcome } from "../board/outcome";
import { TextFormFooter } from "../board/TextFormFooter";
import { AppLink } from "../ui/AppLink";
import { TimeAgo } from "../ui/TimeAgo";

const t = nl.dependencyInbox.foundationNeeds;

export interface FoundationNeedData {
  foundationId: string;
  name: string;
  required: boolean;
  justification: { reason: string; recordedAt: string; recordedByName: string | null } | null;
}

export interface FoundationNeedsData {
  needs: FoundationNeedData[];
  canJustify: boolean;
  /** Step 2 of the request flow on the werkgroep's tab, with this card chosen. */
  requestUrl: string;
}

/**
 * The submission's dependency check, where it can be settled: per fundament a focus card names,
 * whether it requires something from that fundament's werkagenda, else the reason it needs
 * nothing, or the two ways to settle it (ask for a link, or write down why none is needed).
 */
export function FoundationNeeds({ cardId, data, now }: { cardId: string; data: FoundationNeedsData; now: number }) {
  if (data.needs.length === 0) return null;
  return (
    <div className="rw-foundation-needs">
      <p className="rw-field__label">{t.title}</p>
      <ul className="rw-dep-panel-list">
        {data.needs.map((need) => (
          <li key={need.foundationId}>
            <strong>{need.name}</strong>: <NeedState need={need} now={now} />
            {!need.required && data.canJustify && <JustifyForm cardId={cardId} need={need} />}
            {!need.required && !need.justification && data.canJustify && (
              <Paragraph>
                <AppLink to={data.requestUrl}>{t.request}</AppLink>
              </Paragraph>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function NeedState({ need, now }: { need: FoundationNeedData; now: number }) {
  if (need.required) return <span className="rw-dep-chip">{t.required}</span>;
  if (!need.justification) return <span className="rw-dep-risk-text">{t.open}</span>;
  return (
    <>
      {t.notNeeded} <q>{need.justification.reason}</q>{" "}
      <span className="rw-muted">
        ({need.justification.recordedByName ?? t.someone}, <TimeAgo moment={need.justification.recordedAt} now={now} />)
      </span>
    </>
  );
}

/** Writes down (or rewrites) why no link is needed; a rewrite hides behind "Reden wijzigen". */
function JustifyForm({ cardId, need }: { cardId: string; need: FoundationNeedData }) {
  const fetcher = useFetcher<BoardOutcome>();
  const outcome = isOutcomeFor(fetcher.data, "justify", cardId, need.foundationId) ? fetcher.data : undefined;
  const id = `reden-${cardId}-${need.foundationId}`;
  const refused = outcome && !outcome.ok ? outcome : undefined;
  const form = (
    <fetcher.Form method="post" className="rw-field-form">
      <input type="hidden" name="intent" value="justify" />
      <input type="hidden" name="cardId" value={cardId} />
      <input type="hidden" name="foundationId" value={need.foundationId} />
      <div className="rw-field">
        <FormLabel htmlFor={id}>{t.reasonLabel(need.name)}</FormLabel>
        <Textarea
          id={id}
          name="reason"
          rows={2}
          required
          defaultValue={need.justification?.reason ?? ""}
          invalid={Boolean(refused)}
          aria-describedby={refused ? `${id}-fout` : undefined}
        />
      </div>
      <TextFormFooter fieldId={id} outcome={outcome} busy={fetcher.state !== "idle"} label={t.save} done={t.saved} />
    </fetcher.Form>
  );
  if (!need.justification) return form;
  return (
    <details className="rw-foundation-needs__change">
      <summary>{t.change}</summary>
      {form}
    </details>
  );
}
