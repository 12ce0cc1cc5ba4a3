import { useNavigation } from "@remix-run/react";
import { useEffect, useRef, type ReactNode } from "react";
import { nl } from "../../../shared/i18n/nl";
import type { AdminOutcome } from "./outcome";
import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";

/** Where a field of the form that was sent lives: its label (for the summary) and its id (for the link). */
export type FieldMap = Record<string, { label: string; id: string }>;

/**
 * The summary at the top of the page after a refusal: role="alert", each field problem links
 * to its field. It gets focus after a client-side submit; without JavaScript the page
 * reloads with the summary near the top.
 */
export function AdminErrorSummary({ outcome, fields }: { outcome: AdminOutcome | undefined; fields: FieldMap }) {
  const ref = useRef<HTMLDivElement>(null);
  const refused = outcome && !outcome.ok ? outcome : undefined;
  useEffect(() => {
    if (refused) ref.current?.focus();
  }, [refused]);
  if (!refused) return null;
  const linked = refused.issues.filter((issue) => Object.hasOwn(fields, issue.path));
  return (
    <div ref={ref} role="alert" tabIndex={-1} className="rw-error-summary" aria-labelledby="beheer-fout-titel">
      <Heading2 id="beheer-fout-titel">{nl.admin.errorSummaryTitle}</Heading2>
      {linked.length > 0 ? (
        <UnorderedList>
          {linked.map((issue) => (
            <UnorderedListItem key={issue.path}>
              <a className="utrecht-link utrecht-link--html-a" href={`#${fields[issue.path]!.id}`}>
                {fields[issue.path]!.label}: {issue.message}
              </a>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : (
        <Paragraph>{refused.message}</Paragraph>
      )}
    </div>
  );
}

/**
 * A live region that is always in the page, so screen readers announce the short message
 * that appears in it after a successful action.
 */
export function AdminStatus({ outcome, children }: { outcome: AdminOutcome | undefined; children?: ReactNode }) {
  const done = outcome?.ok ? outcome : undefined;
  return (
    <div role="status" aria-live="polite">
      {done && (
        <div className="rw-success">
          <Paragraph>{done.message}</Paragraph>
          {children}
        </div>
      )}
    </div>
  );
}

/** A refusal that belongs to a whole small form (a row's button), shown right next to it. */
export function FormMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <Paragraph id={id} className="rw-field-error">
      {message}
    </Paragraph>
  );
}

/** True while this form (intent + target) is being sent, to mark its button busy. */
export function useSubmitting(intent: string, target = ""): boolean {
  const navigation = useNavigation();
  const form = navigation.formData;
  return navigation.state === "submitting" && form?.get("intent") === intent && (form.get("target") ?? "") === target;
}

/** The hidden fields every /beheer form sends: which action, and for which row or block. */
export function IntentFields({ intent, target = "" }: { intent: string; target?: string }) {
  return (
    <>
      <input type="hidden" name="intent" value={intent} />
      {target && <input type="hidden" name="target" value={target} />}
    </>
  );
}
