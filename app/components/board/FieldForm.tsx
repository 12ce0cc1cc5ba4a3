import { Link, useActionData, useFetcher, useLocation } from "@remix-run/react";
import { Fragment, useEffect, useId, useState, type ReactNode } from "react";
import { nl } from "../../../shared/i18n/nl";
import { Heading3, Paragraph, SecondaryActionButton } from "@utrecht/component-library-react";
import { describeValue, fieldLabel } from "./history";
import type { CardOptions } from "./model";
import { isOutcomeFor, type BoardOutcome } from "./outcome";

export interface FieldRenderProps {
  /** The value the inputs start from: the stored one, or the one shown when editing started. */
  value: unknown;
  /** Ids of the error text, for aria-describedby on the inputs. */
  describedBy: string | undefined;
  invalid: boolean;
}

interface FieldFormProps {
  cardId: string;
  /** The field the form edits ("quarters" edits startQuarter and endQuarter together). */
  field: string;
  /** The stored value; sent back as `base` so the service can merge or report a conflict. */
  value: unknown;
  options: CardOptions;
  className?: string;
  submitLabel?: string;
  /** Replaces the "Opslaan" button (the focus toggle has its own). */
  submit?: (busy: boolean) => ReactNode;
  children: (props: FieldRenderProps) => ReactNode;
}

/**
 * One field of a card as its own small form: it posts intent=update with the field, its new
 * value and `base`. While the person edits, the inputs keep what they typed even when the
 * page's data reloads (someone else's change) - the save then merges or shows a conflict.
 * Works without JavaScript as a plain POST; with it, through a fetcher.
 */
export function FieldForm({ cardId, field, value, options, className, submitLabel, submit, children }: FieldFormProps) {
  const fetcher = useFetcher<BoardOutcome>();
  const actionData = useActionData<BoardOutcome>();
  const location = useLocation();
  const id = useId();
  const errorId = `${id}-fout`;
  const storedKey = JSON.stringify(value ?? null);
  // What the inputs started from when the person began to edit (null: follow the stored value).
  const [frozen, setFrozen] = useState<{ key: string; value: unknown } | null>(null);
  const [dismissed, setDismissed] = useState<unknown>(null);
  const shown = frozen ?? { key: storedKey, value };

  const fromFetcher = fetcher.data && isOutcomeFor(fetcher.data, "update", cardId, field) ? fetcher.data : undefined;
  const fromPost = isOutcomeFor(actionData, "update", cardId, field) ? actionData : undefined;
  const outcome = fromFetcher ?? (fetcher.state === "idle" && !fetcher.data ? fromPost : undefined);
  const visible = outcome && outcome !== dismissed ? outcome : undefined;
  const busy = fetcher.state !== "idle";

  useEffect(() => {
    if (fetcher.state === "idle" && fetcher.data?.ok) setFrozen(null);
  }, [fetcher.state, fetcher.data]);

  const startEditing = () => {
    if (!frozen) setFrozen({ key: storedKey, value });
    if (visible?.ok) setDismissed(visible);
  };
  const refused = visible && !visible.ok ? visible : undefined;
  const conflict = refused?.conflicts ? refused : undefined;

  return (
    <>
      <fetcher.Form method="post" className={["rw-field-form", className].filter(Boolean).join(" ")} onChange={startEditing} onInput={startEditing}>
        <input type="hidden" name="intent" value="update" />
        <input type="hidden" name="cardId" value={cardId} />
        <input type="hidden" name="field" value={field} />
        <input type="hidden" name="base" value={JSON.stringify(shown.value ?? null)} />
        <Fragment key={shown.key}>{children({ value: shown.value, describedBy: refused ? errorId : undefined, invalid: Boolean(refused) })}</Fragment>
        {refused && !conflict && (
          <Paragraph id={errorId} className="rw-field-error">
            {refused.message}
          </Paragraph>
        )}
        <div className="rw-field-form__actions">
          {submit ? (
            submit(busy)
          ) : (
            <SecondaryActionButton type="submit" busy={busy} aria-describedby={refused ? errorId : undefined}>
              {submitLabel ?? nl.board.save}
            </SecondaryActionButton>
          )}
          <span role="status" className="rw-saved">
            {busy ? nl.board.saving : visible?.ok ? nl.board.saved : ""}
          </span>
        </div>
      </fetcher.Form>
      {conflict && (
        <div className="rw-conflict" role="alert" aria-labelledby={`${id}-conflict`}>
          <Heading3 id={`${id}-conflict`}>{nl.board.conflictTitle}</Heading3>
          <Paragraph id={errorId}>{conflict.message}</Paragraph>
          {(conflict.conflicts ?? []).map((c) => (
            <dl key={c.field} className="rw-conflict__versions">
              {(conflict.conflicts ?? []).length > 1 && <p className="rw-conflict__field">{fieldLabel(c.field)}</p>}
              <div>
                <dt>{nl.board.yourVersion}</dt>
                <dd>{describeValue(c.field, c.yours, options)}</dd>
              </div>
              <div>
                <dt>{nl.board.theirVersion(conflict.theirName ?? nl.board.someoneElse)}</dt>
                <dd>{describeValue(c.field, c.theirs, options)}</dd>
              </div>
            </dl>
          ))}
          <div className="rw-conflict__actions">
            {conflict.edits && (conflict.conflicts ?? []).length > 0 && (
              <fetcher.Form method="post">
                <input type="hidden" name="intent" value="update" />
                <input type="hidden" name="cardId" value={cardId} />
                <input type="hidden" name="field" value={field} />
                <input type="hidden" name="editsJson" value={JSON.stringify(conflict.edits)} />
                <input
                  type="hidden"
                  name="baseJson"
                  value={JSON.stringify({ ...conflict.base, ...Object.fromEntries((conflict.conflicts ?? []).map((c) => [c.field, c.theirs])) })}
                />
                <SecondaryActionButton type="submit">{nl.board.keepMine}</SecondaryActionButton>
              </fetcher.Form>
            )}
            <Link
              className="utrecht-button utrecht-button--secondary-action rw-button-link"
              to={location.pathname + location.search}
              preventScrollReset
              onClick={() => {
                setFrozen(null);
                setDismissed(conflict);
              }}
            >
              {nl.board.takeTheirs}
            </Link>
          </div>
        </div>
      )}
    </>
  );
}
