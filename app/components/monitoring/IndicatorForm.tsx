import { Form } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { indicatorDirections, indicatorKinds } from "../../../shared/domain/monitoring";
import { formatQuarter, type Quarter } from "../../../shared/domain/quarter";
import { nl } from "../../../shared/i18n/nl";
import { AdminSelect, AdminTextarea, AdminTextField, ScopeOptions } from "../admin/Fields";
import { IntentFields, useSubmitting, type FieldMap } from "../admin/FormFeedback";
import { errorFor, isFor, type AdminOutcome } from "../admin/outcome";
import { Heading2, Paragraph, PrimaryActionButton, SelectOption } from "@utrecht/component-library-react";

const t = nl.monitoring.add;

type FieldName = "name" | "kind" | "description" | "unit" | "direction" | "target" | "targetQuarter" | "source" | "workingGroupId";

/** Field ids per form: the add form has one set, each indicator's change form its own. */
function idsFor(target: string): Record<FieldName, string> {
  // Not "indicator-<slug>": that is an indicator's heading (and the Overzicht's link to it).
  const prefix = target ? `wijzig-${target}` : "nieuwe-indicator";
  return {
    name: `${prefix}-naam`,
    kind: `${prefix}-soort`,
    description: `${prefix}-uitleg`,
    unit: `${prefix}-eenheid`,
    direction: `${prefix}-richting`,
    target: `${prefix}-doel`,
    targetQuarter: `${prefix}-doelkwartaal`,
    source: `${prefix}-bron`,
    workingGroupId: `${prefix}-wie`,
  };
}

const labels: Record<FieldName, string> = {
  name: t.name,
  kind: t.kind,
  description: t.description,
  unit: t.unit,
  direction: t.direction,
  target: t.target,
  targetQuarter: t.targetQuarter,
  source: t.source,
  workingGroupId: t.reporter,
};

/** The fields of the add or change form that was refused, for the error summary's links. */
export function indicatorFormFields(outcome: AdminOutcome | undefined): FieldMap {
  if (outcome?.intent !== "addIndicator" && outcome?.intent !== "updateIndicator") return {};
  const ids = idsFor(outcome.target);
  return Object.fromEntries((Object.keys(ids) as FieldName[]).map((path) => [path, { label: labels[path], id: ids[path] }]));
}

export type Reporters = { groups: Array<{ id: string; name: string }>; foundations: Array<{ id: string; name: string }> };

/** What an indicator's change form starts from. */
export interface IndicatorDraft {
  id: string;
  version: number;
  kind: string;
  name: string;
  description: string;
  unit: string;
  direction: string;
  target: number | null;
  target_quarter: string | null;
  source: string;
  working_group_id: string | null;
  foundation_id: string | null;
}

/** The projectbureau's form for a new indicator, at the end of the dashboard. */
export function AddIndicatorForm({ outcome, reporters }: { outcome: AdminOutcome | undefined; reporters: Reporters }) {
  return (
    <section className="rw-section" aria-labelledby="indicator-toevoegen">
      <Heading2 id="indicator-toevoegen">{t.title}</Heading2>
      <Paragraph>{t.intro}</Paragraph>
      <IndicatorFields intent="addIndicator" target="" outcome={outcome} reporters={reporters} button={t.button} />
    </section>
  );
}

/** The projectbureau's change of one indicator, folded under it. */
export function ChangeIndicatorForm({ indicator, outcome, reporters }: { indicator: IndicatorDraft; outcome: AdminOutcome | undefined; reporters: Reporters }) {
  const refused = outcome && !outcome.ok && isFor(outcome, "updateIndicator", indicator.id);
  return (
    <details className="rw-admin-edit" open={refused ? true : undefined}>
      <summary>
        {t.change}
        <span className="rw-visually-hidden"> {indicator.name}</span>
      </summary>
      <IndicatorFields intent="updateIndicator" target={indicator.id} outcome={outcome} reporters={reporters} button={t.save} start={indicator} />
    </details>
  );
}

const formatNumber = (value: number | null) => (value === null ? "" : String(value).replace(".", ","));
const reporterOf = (draft: IndicatorDraft) => (draft.working_group_id ? `group:${draft.working_group_id}` : draft.foundation_id ? `foundation:${draft.foundation_id}` : "");

function IndicatorFields(props: { intent: string; target: string; outcome: AdminOutcome | undefined; reporters: Reporters; button: string; start?: IndicatorDraft }) {
  const { intent, target, outcome, reporters, button, start } = props;
  const formRef = useRef<HTMLFormElement>(null);
  const busy = useSubmitting(intent, target);
  const refused = outcome && !outcome.ok && isFor(outcome, intent, target) ? outcome : undefined;
  const ids = idsFor(target);
  const initial: Record<string, string> = start
    ? {
        name: start.name,
        kind: start.kind,
        description: start.description,
        unit: start.unit,
        direction: start.direction,
        targetValue: formatNumber(start.target),
        targetQuarter: start.target_quarter ? formatQuarter(start.target_quarter as Quarter) : "",
        source: start.source,
        reporter: reporterOf(start),
      }
    : { kind: "output", direction: "up" };
  const value = (name: string) => refused?.values[name] ?? initial[name] ?? "";
  const error = (...paths: string[]) => errorFor(outcome, intent, target, ...paths);
  useEffect(() => {
    if (!start && outcome?.ok && isFor(outcome, intent, target)) formRef.current?.reset();
  }, [outcome, intent, target, start]);
  return (
    // Keyed on the version: a saved or newer indicator shows in the fields (what was refused stays).
    <Form method="post" noValidate className="rw-stack rw-form-narrow" ref={formRef} key={start ? `${start.id}-${start.version}` : "new"}>
      <IntentFields intent={intent} target={target} />
      {start && <input type="hidden" name="version" value={start.version} />}
      <AdminTextField id={ids.name} name="name" label={t.name} autoComplete="off" required defaultValue={value("name")} error={error("name")} />
      <AdminSelect id={ids.kind} name="kind" label={t.kind} defaultValue={value("kind")} error={error("kind")}>
        {indicatorKinds.map((kind) => (
          <SelectOption key={kind} value={kind}>
            {nl.monitoring.kinds[kind]}
          </SelectOption>
        ))}
      </AdminSelect>
      <AdminTextarea id={ids.description} name="description" label={t.description} description={t.descriptionHint} rows={3} defaultValue={value("description")} error={error("description")} />
      <AdminTextField id={ids.unit} name="unit" label={t.unit} description={t.unitHint} autoComplete="off" defaultValue={value("unit")} error={error("unit")} />
      <AdminSelect id={ids.direction} name="direction" label={t.direction} defaultValue={value("direction")} error={error("direction")}>
        {indicatorDirections.map((direction) => (
          <SelectOption key={direction} value={direction}>
            {nl.monitoring.direction[direction]}
          </SelectOption>
        ))}
      </AdminSelect>
      {/* "targetValue", not "target": every form's hidden "target" names the row it belongs to. */}
      <AdminTextField id={ids.target} name="targetValue" label={t.target} description={t.targetHint} autoComplete="off" defaultValue={value("targetValue")} error={error("target")} />
      <AdminTextField
        id={ids.targetQuarter}
        name="targetQuarter"
        label={t.targetQuarter}
        description={t.targetQuarterHint}
        autoComplete="off"
        defaultValue={value("targetQuarter")}
        error={error("targetQuarter")}
      />
      <AdminTextField id={ids.source} name="source" label={t.source} autoComplete="off" defaultValue={value("source")} error={error("source")} />
      <AdminSelect id={ids.workingGroupId} name="reporter" label={t.reporter} description={t.reporterHint} defaultValue={value("reporter")} error={error("workingGroupId", "foundationId")}>
        <ScopeOptions groups={reporters.groups} foundations={reporters.foundations} noneLabel={nl.monitoring.everyone} />
      </AdminSelect>
      <div>
        <PrimaryActionButton type="submit" busy={busy}>
          {button}
          {start && <span className="rw-visually-hidden"> {start.name}</span>}
        </PrimaryActionButton>
      </div>
    </Form>
  );
}
