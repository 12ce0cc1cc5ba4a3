import { Paragraph, SecondaryActionButton } from "@utrecht/component-library-react";
import type { BoardOutcome } from "./outcome";

/**
 * The end of a one-textarea form in the card panel (a comment, a reason): the refusal next to
 * the field (its id is `<fieldId>-fout`, for aria-describedby), the button, and "saved" said
 * to screen readers once the answer is in.
 */
export function TextFormFooter({ fieldId, outcome, busy, label, done }: { fieldId: string; outcome: BoardOutcome | undefined; busy: boolean; label: string; done: string }) {
  return (
    <>
      {outcome && !outcome.ok && (
        <Paragraph id={`${fieldId}-fout`} className="rw-field-error">
          {outcome.message}
        </Paragraph>
      )}
      <div className="rw-field-form__actions">
        <SecondaryActionButton type="submit" busy={busy}>
          {label}
        </SecondaryActionButton>
        <span role="status" className="rw-saved">
          {outcome?.ok && !busy ? done : ""}
        </span>
      </div>
    </>
  );
}
