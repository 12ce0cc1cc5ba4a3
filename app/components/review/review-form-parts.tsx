import { Form, useNavigation } from "@remix-run/react";
import { Button, Heading4, Paragraph } from "@utrecht/component-library-react";
import { useEffect, useRef, type ReactNode } from "react";
import { nl } from "../../../shared/i18n/nl";
import { AppLink } from "../ui/AppLink";
import type { FormProblem, Problem, ReviewPageData } from "./review-page-data";

// The pieces the forms on the review page are built from: one step's form with its refusal
// said at once, a submit button that shows progress, and the list of check problems.

const t = nl.reviewUi;

/** The problems of the submission checks, each with a link to where it is fixed. */
export function ProblemList({ problems, data }: { problems: Problem[]; data: ReviewPageData }) {
  const owner = data.agenda.owner;
  const fixAt =
    owner.kind === "werkgroep"
      ? { to: `/werkgroepen/${owner.slug}/bord`, label: t.openBoard }
      : { to: `/fundamenten/${owner.slug}/werkagenda`, label: t.openWorkplan };
  return (
    <ul className="rw-review-problems">
      {problems.map((problem, index) => (
        <li key={index}>
          {problem.message}{" "}
          {owner.kind === "werkgroep" && problem.subject?.kind === "card" ? (
            <AppLink to={`${fixAt.to}?kaart=${problem.subject.id}`}>{t.openCard(problem.subject.title)}</AppLink>
          ) : (
            <AppLink to={fixAt.to}>{fixAt.label}</AppLink>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A refusal of one form: said at once (role="alert"), each field problem next to its message. */
export function FormAlert({ problem }: { problem: FormProblem | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem) ref.current?.focus();
  }, [problem]);
  if (!problem) return null;
  const extra = problem.issues.filter((issue) => issue.message !== problem.message);
  return (
    <div ref={ref} role="alert" tabIndex={-1} className="rw-error-summary">
      <Paragraph>{problem.message}</Paragraph>
      {extra.length > 0 && (
        <ul>
          {extra.map((issue, index) => (
            <li key={index}>{issue.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function issueAt(problem: FormProblem | undefined, path: string) {
  return problem?.issues.find((issue) => issue.path === path)?.message;
}

export function StepForm({
  intent,
  title,
  intro,
  children,
  problem,
}: {
  intent: string;
  title: string;
  intro?: string;
  children: ReactNode;
  problem: FormProblem | undefined;
}) {
  const id = `stap-${intent}`;
  return (
    <Form method="post" className="rw-form rw-review-step" aria-labelledby={id}>
      <Heading4 id={id}>{title}</Heading4>
      {intro && <Paragraph>{intro}</Paragraph>}
      <FormAlert problem={problem?.intent === intent ? problem : undefined} />
      <input type="hidden" name="intent" value={intent} />
      {children}
    </Form>
  );
}

export function SubmitButton({
  intent,
  children,
  appearance = "primary-action-button",
}: {
  intent: string;
  children: ReactNode;
  appearance?: "primary-action-button" | "secondary-action-button";
}) {
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") === intent;
  return (
    <div>
      <Button type="submit" appearance={appearance} busy={busy} name="intent" value={intent}>
        {children}
      </Button>
    </div>
  );
}
