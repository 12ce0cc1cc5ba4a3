import { Form } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { formatValue } from "../../../shared/domain/monitoring";
import { formatQuarter, type Quarter } from "../../../shared/domain/quarter";
import { nl } from "../../../shared/i18n/nl";
import { AdminTextarea, AdminTextField } from "../admin/Fields";
import { IntentFields, useSubmitting, type FieldMap } from "../admin/FormFeedback";
import { errorFor, isFor, type AdminOutcome } from "../admin/outcome";
import type { IndicatorView } from "./IndicatorCard";
import { Paragraph, PrimaryActionButton } from "@utrecht/component-library-react";

// The two forms under an indicator: a new measurement, and a correction of a quarter's value.
// Both work without JavaScript (a plain POST to the page). A correction's form belongs to the
// quarter, not to the value: when someone else corrected first, the page reloads and the form
// of that quarter shows their value, the refusal and what this person typed.

const t = nl.monitoring;

const recordIds = (indicatorId: string) => ({
  quarter: `meting-${indicatorId}-kwartaal`,
  value: `meting-${indicatorId}-waarde`,
  story: `meting-${indicatorId}-verhaal`,
  source: `meting-${indicatorId}-bron`,
});

export const correctionTarget = (indicatorId: string, quarter: string) => `${indicatorId}:${quarter}`;

const correctionIds = (target: string) => ({ value: `correctie-${target}-waarde`.replace(":", "-"), story: `correctie-${target}-verhaal`.replace(":", "-") });

/** Whether the outcome answers a correction of one of this indicator's values (its table then stays open). */
export function isCorrectionOf(outcome: AdminOutcome | undefined, indicatorId: string): boolean {
  return Boolean(outcome && outcome.intent === "correct" && outcome.target.startsWith(`${indicatorId}:`));
}

/** The fields of the form that was refused, for the error summary's links. */
export function monitoringFieldsFor(outcome: AdminOutcome | undefined): FieldMap {
  if (!outcome) return {};
  if (outcome.intent === "record") {
    const ids = recordIds(outcome.target);
    return {
      quarter: { label: t.record.quarter, id: ids.quarter },
      value: { label: t.record.value, id: ids.value },
      story: { label: t.record.story, id: ids.story },
      source: { label: t.record.sourceLabel, id: ids.source },
    };
  }
  if (outcome.intent === "correct") {
    const ids = correctionIds(outcome.target);
    return { value: { label: t.correct.value, id: ids.value }, story: { label: t.correct.story, id: ids.story } };
  }
  return {};
}

/** A short visible note under the form that just saved (the page's live region announces it). */
function SavedNote({ outcome, intent, target }: { outcome: AdminOutcome | undefined; intent: string; target: string }) {
  if (!outcome?.ok || !isFor(outcome, intent, target)) return null;
  return <Paragraph className="rw-success">{outcome.message}</Paragraph>;
}

export function RecordForm({ indicator, outcome, suggestedQuarter }: { indicator: IndicatorView; outcome: AdminOutcome | undefined; suggestedQuarter: Quarter }) {
  const formRef = useRef<HTMLFormElement>(null);
  const busy = useSubmitting("record", indicator.id);
  const refused = outcome && !outcome.ok && isFor(outcome, "record", indicator.id) ? outcome : undefined;
  const ids = recordIds(indicator.id);
  const error = (path: string) => errorFor(outcome, "record", indicator.id, path);
  useEffect(() => {
    if (outcome?.ok && isFor(outcome, "record", indicator.id)) formRef.current?.reset();
  }, [outcome, indicator.id]);
  return (
    <details className="rw-admin-edit" open={refused ? true : undefined}>
      <summary>
        {t.record.summary}
        <span className="rw-visually-hidden"> {t.record.summaryOf(indicator.name)}</span>
      </summary>
      <Form method="post" noValidate className="rw-stack" ref={formRef}>
        <IntentFields intent="record" target={indicator.id} />
        <AdminTextField
          id={ids.quarter}
          name="quarter"
          label={t.record.quarter}
          description={t.record.quarterHint}
          autoComplete="off"
          required
          defaultValue={refused?.values.quarter ?? formatQuarter(suggestedQuarter)}
          error={error("quarter")}
        />
        <AdminTextField id={ids.value} name="value" label={t.record.value} description={t.record.valueHint(indicator.unit)} autoComplete="off" defaultValue={refused?.values.value ?? ""} error={error("value")} />
        <AdminTextarea id={ids.story} name="story" label={t.record.story} description={t.record.storyHint} rows={3} defaultValue={refused?.values.story ?? ""} error={error("story")} />
        <AdminTextField id={ids.source} name="source" label={t.record.sourceLabel} description={t.record.sourceHint} autoComplete="off" defaultValue={refused?.values.source ?? ""} error={error("source")} />
        <div>
          <PrimaryActionButton type="submit" busy={busy}>
            {t.record.button}
            <span className="rw-visually-hidden"> {t.record.summaryOf(indicator.name)}</span>
          </PrimaryActionButton>
        </div>
        <SavedNote outcome={outcome} intent="record" target={indicator.id} />
      </Form>
    </details>
  );
}

export function CorrectionForm({ indicator, measurement, outcome }: { indicator: IndicatorView; measurement: { id: string; quarter: string; value: number | null }; outcome: AdminOutcome | undefined }) {
  const target = correctionTarget(indicator.id, measurement.quarter);
  const busy = useSubmitting("correct", target);
  const refused = outcome && !outcome.ok && isFor(outcome, "correct", target) ? outcome : undefined;
  const ids = correctionIds(target);
  const error = (path: string) => errorFor(outcome, "correct", target, path);
  const quarter = formatQuarter(measurement.quarter as Quarter);
  return (
    <details className="rw-admin-edit" open={refused ? true : undefined}>
      <summary>
        {t.correct.summary}
        <span className="rw-visually-hidden"> {t.correct.summaryOf(quarter)}</span>
      </summary>
      {/* Keyed on the value it replaces, so a newer correction starts the form afresh. */}
      <Form method="post" noValidate className="rw-stack" key={measurement.id}>
        <IntentFields intent="correct" target={target} />
        <input type="hidden" name="measurementId" value={measurement.id} />
        <AdminTextField
          id={ids.value}
          name="value"
          label={t.correct.value}
          description={measurement.value === null ? undefined : `${t.columns.value}: ${formatValue(measurement.value, indicator.unit)}`}
          autoComplete="off"
          required
          defaultValue={refused?.values.value ?? ""}
          error={error("value")}
        />
        <AdminTextarea id={ids.story} name="story" label={t.correct.story} rows={2} defaultValue={refused?.values.story ?? ""} error={error("story")} />
        <div>
          <PrimaryActionButton type="submit" busy={busy}>
            {t.correct.button}
            <span className="rw-visually-hidden"> {t.correct.summaryOf(quarter)}</span>
          </PrimaryActionButton>
        </div>
        <SavedNote outcome={outcome} intent="correct" target={target} />
      </Form>
    </details>
  );
}
