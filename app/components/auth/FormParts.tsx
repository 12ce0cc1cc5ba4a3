import { useEffect, useRef } from "react";
import { nl } from "../../../shared/i18n/nl";
import type { FieldIssue } from "../../../shared/errors";
import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";

/** What a form action sends back when the service refused the input (see form.server.ts). */
export interface FormProblem {
  ok: false;
  message: string;
  issues: FieldIssue[];
}

/** The first message the service gave for one field, if any. */
export function fieldError(problem: FormProblem | undefined, field: string): string | undefined {
  return problem?.issues.find((issue) => issue.path === field)?.message;
}

/**
 * The summary above a form: role="alert" so screen readers read it at once, each field
 * problem links to its field. Gets focus after a client-side submit; without JavaScript the
 * page reloads with the summary near the top.
 */
export function ErrorSummary({ problem, fields }: { problem: FormProblem | undefined; fields: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem) ref.current?.focus();
  }, [problem]);
  if (!problem) return null;
  const fieldIssues = problem.issues.filter((issue) => Object.hasOwn(fields, issue.path));
  return (
    <div ref={ref} role="alert" tabIndex={-1} className="rw-error-summary" aria-labelledby="foutmelding-titel">
      <Heading2 id="foutmelding-titel">{nl.auth.errorSummaryTitle}</Heading2>
      {fieldIssues.length > 0 ? (
        <UnorderedList>
          {fieldIssues.map((issue) => (
            <UnorderedListItem key={issue.path}>
              <a className="utrecht-link utrecht-link--html-a" href={`#${issue.path}`}>
                {fields[issue.path]}: {issue.message}
              </a>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : (
        <Paragraph>{problem.message}</Paragraph>
      )}
    </div>
  );
}

export interface TextFieldProps {
  name: string;
  label: string;
  autoComplete: string;
  type?: "text" | "email" | "password";
  defaultValue?: string;
  description?: string;
  error?: string;
  /** A password field empties itself whenever this changes (each refused submit), also after a client-side submit. */
  clearOn?: unknown;
}

/** One labelled text input with its hint and its error message, linked for screen readers. */
export function TextField({ name, label, autoComplete, type = "text", defaultValue, description, error, clearOn }: TextFieldProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (type === "password" && clearOn && inputRef.current) inputRef.current.value = "";
  }, [type, clearOn]);
  const hintId = description ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={name}>{label}</FormLabel>}
      description={description ? <FormFieldDescription id={hintId}>{description}</FormFieldDescription> : undefined}
      errorMessage={
        error ? (
          <FormFieldErrorMessage id={errorId} className="rw-field-error">
            {error}
          </FormFieldErrorMessage>
        ) : undefined
      }
      input={
        <Textbox
          ref={inputRef}
          id={name}
          name={name}
          type={type}
          autoComplete={autoComplete}
          defaultValue={type === "password" ? undefined : defaultValue}
          required
          invalid={Boolean(error)}
          aria-describedby={describedBy}
          spellCheck={type === "text" ? undefined : false}
          autoCapitalize={type === "email" ? "none" : undefined}
        />
      }
    />
  );
}
