import { Form } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { indicatorDirections, indicatorKinds } from "../../../shared/domain/monitoring";
import { nl } from "../../../shared/i18n/nl";
import { AdminSelect, AdminTextarea, AdminTextField, ScopeOptions } from "../admin/Fields";
import { IntentFields, useSubmitting, type FieldMap } from "../admin/FormFeedback";
import { errorFor, isFor, type AdminOutcome } from "../admin/outcome";
import { Heading2, Paragraph, PrimaryActionButton, SelectOption } from "@utrecht/component-library-react";

const t = nl.monitoring.add;

const ids = {
  name: "indicator-naam",
  kind: "indicator-soort",
  description: "indicator-uitleg",
  unit: "indicator-eenheid",
  direction: "indicator-richting",
  target: "indicator-doel",
  targetQuarter: "indicator-doelkwartaal",
  source: "indicator-bron",
  workingGroupId: "indicator-wie",
};

/** The fields of the add form, for the error summary's links. */
export function addIndicatorFields(outcome: AdminOutcome | undefined): FieldMap {
  if (outcome?.intent !== "addIndicator") return {};
  const labels: Record<keyof typeof ids, string> = {
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
  return Object.fromEntries(Object.entries(ids).map(([path, id]) => [path, { label: labels[path as keyof typeof ids], id }]));
}

/** The projectbureau's form for a new indicator, at the end of the dashboard. */
export function AddIndicatorForm({ outcome, reporters }: { outcome: AdminOutcome | undefined; reporters: { groups: Array<{ id: string; name: string }>; foundations: Array<{ id: string; name: string }> } }) {
  const formRef = useRef<HTMLFormElement>(null);
  const busy = useSubmitting("addIndicator");
  const refused = outcome && !outcome.ok && isFor(outcome, "addIndicator") ? outcome : undefined;
  const value = (name: string, fallback = "") => refused?.values[name] ?? fallback;
  const error = (...paths: string[]) => errorFor(outcome, "addIndicator", "", ...paths);
  useEffect(() => {
    if (outcome?.ok && isFor(outcome, "addIndicator")) formRef.current?.reset();
  }, [outcome]);
  return (
    <section className="rw-section" aria-labelledby="indicator-toevoegen">
      <Heading2 id="indicator-toevoegen">{t.title}</Heading2>
      <Paragraph>{t.intro}</Paragraph>
      <Form method="post" noValidate className="rw-stack rw-form-narrow" ref={formRef}>
        <IntentFields intent="addIndicator" />
        <AdminTextField id={ids.name} name="name" label={t.name} autoComplete="off" required defaultValue={value("name")} error={error("name")} />
        <AdminSelect id={ids.kind} name="kind" label={t.kind} defaultValue={value("kind", "output")} error={error("kind")}>
          {indicatorKinds.map((kind) => (
            <SelectOption key={kind} value={kind}>
              {nl.monitoring.kinds[kind]}
            </SelectOption>
          ))}
        </AdminSelect>
        <AdminTextarea id={ids.description} name="description" label={t.description} description={t.descriptionHint} rows={3} defaultValue={value("description")} error={error("description")} />
        <AdminTextField id={ids.unit} name="unit" label={t.unit} description={t.unitHint} autoComplete="off" defaultValue={value("unit")} error={error("unit")} />
        <AdminSelect id={ids.direction} name="direction" label={t.direction} defaultValue={value("direction", "up")} error={error("direction")}>
          {indicatorDirections.map((direction) => (
            <SelectOption key={direction} value={direction}>
              {nl.monitoring.direction[direction]}
            </SelectOption>
          ))}
        </AdminSelect>
        <AdminTextField id={ids.target} name="target" label={t.target} description={t.targetHint} autoComplete="off" defaultValue={value("target")} error={error("target")} />
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
            {t.button}
          </PrimaryActionButton>
        </div>
      </Form>
    </section>
  );
}
