import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { indicatorKinds } from "../../shared/domain/monitoring";
import { formatQuarter, type Quarter } from "../../shared/domain/quarter";
import { nl } from "../../shared/i18n/nl";
import { AdminErrorSummary, AdminStatus } from "../components/admin/FormFeedback";
import { runAdminAction, scopeFrom, text, unknownIntent } from "../components/admin/form.server";
import { AddIndicatorForm, indicatorFormFields } from "../components/monitoring/IndicatorForm";
import { IndicatorCard } from "../components/monitoring/IndicatorCard";
import { monitoringFieldsFor } from "../components/monitoring/MeasurementForms";
import { CsvDownload } from "../components/ui/CsvDownload";
import type { RouteHandle } from "../lib/breadcrumbs";
import { addIndicator, correctMeasurement, getMonitoring, recordMeasurement, updateIndicator } from "../lib/services.server";
import { fromService } from "../lib/service.server";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";

// Monitoring (Regioplan chapter 7): public, so residents and professionals read the same
// dashboard. Those who report an indicator record measurements here; the projectbureau adds
// indicators. Every form posts to this page and works without JavaScript.

export const loader = ({ context }: LoaderFunctionArgs) => fromService(getMonitoring(context.ctx));

export const action = async ({ context: { ctx }, request }: ActionFunctionArgs) => {
  const form = await request.formData();
  const intent = text(form, "intent");
  const target = text(form, "target");
  const fields = (...names: string[]) => Object.fromEntries(names.map((name) => [name, text(form, name)]));
  switch (intent) {
    case "record": {
      const values = fields("quarter", "value", "story", "source");
      return runAdminAction(recordMeasurement(ctx, { indicatorId: target, ...values }), { intent, target, values, success: (m) => t.record.saved(quarterLabel(m.quarter)) });
    }
    case "correct": {
      const values = fields("value", "story");
      return runAdminAction(correctMeasurement(ctx, { measurementId: text(form, "measurementId"), ...values }), {
        intent,
        target,
        values,
        conflictField: "value",
        success: (m) => t.correct.saved(quarterLabel(m.quarter)),
      });
    }
    case "addIndicator":
    case "updateIndicator": {
      const values = fields("name", "kind", "description", "unit", "direction", "targetValue", "targetQuarter", "source", "reporter");
      const { groupId, foundationId } = scopeFrom(values.reporter!);
      const { reporter: _reporter, targetValue, ...rest } = values;
      const input = { ...rest, target: targetValue, workingGroupId: groupId ?? null, foundationId: foundationId ?? null };
      const name = values.name!.trim();
      if (intent === "addIndicator") return runAdminAction(addIndicator(ctx, input), { intent, values, success: () => t.add.added(name) });
      return runAdminAction(updateIndicator(ctx, { ...input, indicatorId: target, version: text(form, "version") }), {
        intent,
        target,
        values,
        messageField: "name",
        conflictField: "name",
        success: () => t.add.saved(name),
      });
    }
    default:
      return unknownIntent();
  }
};

/** After "someone else was first" (409: a correction, a change of an indicator) the page reads the data again, so the newer one shows. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) => actionStatus === 409 || defaultShouldRevalidate;

export const meta: MetaFunction = () => [{ title: `${nl.monitoring.title} - ${nl.app.name}` }];

export const handle: RouteHandle = {
  breadcrumb: () => ({ label: nl.monitoring.title, to: "/regioplan/monitoring" }),
};

const t = nl.monitoring;

const quarterLabel = (stored: string) => formatQuarter(stored as Quarter);

export default function MonitoringPage() {
  const { indicators, workspace, abilities, reporters, suggestedQuarter } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  return (
    <>
      <Heading1>{t.title}</Heading1>
      <Paragraph appearance="lead" className="rw-lead">
        {t.intro}
      </Paragraph>
      <CsvDownload href="/regioplan/monitoring.csv" hint={t.csvHint} />
      <AdminErrorSummary outcome={outcome} fields={{ ...monitoringFieldsFor(outcome), ...indicatorFormFields(outcome) }} />
      <AdminStatus outcome={outcome} />

      <section className="rw-section" aria-labelledby="werkplaats">
        <Heading2 id="werkplaats">{t.workspaceTitle}</Heading2>
        <Paragraph className="rw-muted">{t.workspaceExplained}</Paragraph>
        <ul className="rw-grid rw-key-figures">
          <li className="rw-card">{t.adoptedAgendas(workspace.adoptedAgendas, workspace.groups)}</li>
          <li className="rw-card">{t.doneItems(workspace.doneItems, workspace.items)}</li>
          <li className="rw-card">{t.focusCards(workspace.focusCards)}</li>
          <li className="rw-card">{t.risks(workspace.atRisk)}</li>
        </ul>
      </section>

      {indicatorKinds.map((kind) => {
        const own = indicators.filter((indicator) => indicator.kind === kind);
        return (
          <section key={kind} className="rw-section" aria-labelledby={`soort-${kind}`}>
            <Heading2 id={`soort-${kind}`}>{t.kinds[kind]}</Heading2>
            <Paragraph className="rw-muted">{t.kindsExplained[kind]}</Paragraph>
            {own.length === 0 ? (
              <Paragraph>{t.noIndicators}</Paragraph>
            ) : (
              <div className="rw-indicators">
                {own.map((indicator) => (
                  <IndicatorCard key={indicator.id} indicator={indicator} outcome={outcome} suggestedQuarter={suggestedQuarter} reporters={abilities["monitoring.configure"] ? reporters : undefined} />
                ))}
              </div>
            )}
          </section>
        );
      })}

      {abilities["monitoring.configure"] && <AddIndicatorForm outcome={outcome} reporters={reporters} />}
    </>
  );
}
