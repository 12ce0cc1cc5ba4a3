import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { nl } from "../../shared/i18n/nl";
import { AdminTextarea, AdminTextField } from "../components/admin/Fields";
import { AdminErrorSummary, AdminStatus, FormMessage, IntentFields, useSubmitting, type FieldMap } from "../components/admin/FormFeedback";
import { runAdminAction, text, unknownIntent } from "../components/admin/form.server";
import { errorFor, formLevelError, isFor, type AdminOutcome } from "../components/admin/outcome";
import { addCriterion, listCriteriaSets, setCriteriaSetActive, updateCriterion } from "../components/admin/services.server";
import { requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromService } from "../lib/service.server";
import { Heading1, Heading2, Heading3, Paragraph, PrimaryActionButton, SecondaryActionButton } from "@utrecht/component-library-react";

// Beheer > Beoordelingscriteria: the criteria sets the expert team rates agendas against
// (data per region, DOMAIN "frameworks, criteria sets and financing streams are data"). Everyone
// who may enter /beheer reads them; only the projectbureau (review.configure) sees the forms,
// and the services refuse everyone else whatever they send.

export const loader = async ({ context: { ctx }, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  return fromService(listCriteriaSets(ctx));
};

export const action = async ({ context: { ctx }, request }: ActionFunctionArgs) => {
  requireSignedIn(ctx, request);
  const form = await request.formData();
  const intent = text(form, "intent");
  const target = text(form, "target");
  switch (intent) {
    case "switchSet": {
      const active = text(form, "active") === "true";
      const name = text(form, "setName");
      return runAdminAction(setCriteriaSetActive(ctx, { criteriaSetId: target, active }), {
        intent,
        target,
        success: () => (active ? t.switchedOn(name) : t.switchedOff(name)),
      });
    }
    case "reword": {
      const values = { title: text(form, "title"), description: text(form, "description") };
      const previous = { title: text(form, "previousTitle"), description: text(form, "previousDescription") };
      return runAdminAction(updateCriterion(ctx, { criterionId: target, ...values, previous }), {
        intent,
        target,
        values,
        conflictField: "title",
        success: ({ title }) => t.saved(title),
      });
    }
    case "addCriterion": {
      const values = { title: text(form, "title"), description: text(form, "description") };
      return runAdminAction(addCriterion(ctx, { criteriaSetId: target, ...values }), {
        intent,
        target,
        values,
        success: ({ title }) => t.added(title, text(form, "setName")),
      });
    }
    default:
      return unknownIntent();
  }
};

/**
 * A refused action leaves the page's data alone, except "someone else changed it" (409): then
 * the page reads the criteria again, so the person sees the newer text and their next save
 * starts from it.
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) => actionStatus === 409 || defaultShouldRevalidate;

export const meta: MetaFunction = () => [{ title: `${nl.admin.criteria.title} - ${nl.admin.title} - ${nl.app.name}` }];

export const handle: RouteHandle = {
  breadcrumb: () => ({ label: nl.admin.criteria.title, to: "/beheer/criteria" }),
};

const t = nl.admin.criteria;

type CriteriaSet = ReturnType<typeof useLoaderData<typeof loader>>["sets"][number];
type Criterion = CriteriaSet["criteria"][number];

const fieldIds = (intent: string, target: string) => ({ title: `${intent}-${target}-naam`, description: `${intent}-${target}-uitleg` });

/** The fields of the form that was refused, for the summary's links. */
function fieldsFor(outcome: AdminOutcome | undefined): FieldMap {
  if (!outcome || (outcome.intent !== "reword" && outcome.intent !== "addCriterion")) return {};
  const ids = fieldIds(outcome.intent, outcome.target);
  return { title: { label: t.titleLabel, id: ids.title }, description: { label: t.descriptionLabel, id: ids.description } };
}

export default function CriteriaAdminPage() {
  const { sets, abilities } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const canConfigure = abilities["review.configure"];
  return (
    <>
      <Heading1>{t.title}</Heading1>
      <Paragraph appearance="lead" className="rw-lead">
        {t.intro}
      </Paragraph>
      {!canConfigure && <Paragraph>{t.readOnly}</Paragraph>}
      <AdminErrorSummary outcome={outcome} fields={fieldsFor(outcome)} />
      <AdminStatus outcome={outcome} />
      {sets.map((set) => (
        <CriteriaSetSection key={set.id} set={set} canConfigure={canConfigure} outcome={outcome} />
      ))}
    </>
  );
}

function CriteriaSetSection({ set, canConfigure, outcome }: { set: CriteriaSet; canConfigure: boolean; outcome: AdminOutcome | undefined }) {
  const headingId = `set-${set.slug}`;
  const switching = useSubmitting("switchSet", set.id);
  const switchRefused = formLevelError(outcome, "switchSet", set.id, []);
  return (
    <section className="rw-section" aria-labelledby={headingId}>
      <Heading2 id={headingId}>
        {set.name} <span className="rw-tag">{set.active ? t.on : t.off}</span>
      </Heading2>
      <div className="rw-stack">
        {set.description && <Paragraph>{set.description}</Paragraph>}
        <Paragraph>{set.active ? t.onExplained : t.offExplained}</Paragraph>
        {canConfigure && (
          <Form method="post">
            <IntentFields intent="switchSet" target={set.id} />
            <input type="hidden" name="active" value={set.active ? "false" : "true"} />
            <input type="hidden" name="setName" value={set.name} />
            <FormMessage id={`fout-${set.id}`} message={switchRefused} />
            <SecondaryActionButton type="submit" busy={switching} aria-describedby={switchRefused ? `fout-${set.id}` : undefined}>
              {set.active ? t.switchOff : t.switchOn}
            </SecondaryActionButton>
          </Form>
        )}
        {set.criteria.length === 0 ? (
          <Paragraph>{t.noCriteria}</Paragraph>
        ) : (
          <ol className="rw-criteria-list" aria-label={t.criteriaOf(set.name)}>
            {set.criteria.map((criterion) => (
              <li key={criterion.id}>
                <Heading3>{criterion.title}</Heading3>
                {criterion.description && <Paragraph>{criterion.description}</Paragraph>}
                {canConfigure && <RewordForm criterion={criterion} outcome={outcome} />}
              </li>
            ))}
          </ol>
        )}
        {canConfigure && <AddCriterionForm set={set} outcome={outcome} />}
      </div>
    </section>
  );
}

/**
 * Rewording in a fold under the criterion. It sends the text it started from: when someone
 * else saved meanwhile, the page shows their text above and keeps what this person typed.
 */
function RewordForm({ criterion, outcome }: { criterion: Criterion; outcome: AdminOutcome | undefined }) {
  const refused = outcome && !outcome.ok && isFor(outcome, "reword", criterion.id) ? outcome : undefined;
  const busy = useSubmitting("reword", criterion.id);
  const ids = fieldIds("reword", criterion.id);
  const error = (path: string) => errorFor(outcome, "reword", criterion.id, path);
  return (
    <details className="rw-admin-edit" open={refused ? true : undefined}>
      <summary>
        {t.edit}
        <span className="rw-visually-hidden"> {t.editOf(criterion.title)}</span>
      </summary>
      {/* Keyed on the text, so a saved or newer text shows in the fields. */}
      <Form method="post" noValidate className="rw-stack" key={`${criterion.title}\n${criterion.description}`}>
        <IntentFields intent="reword" target={criterion.id} />
        <input type="hidden" name="previousTitle" value={criterion.title} />
        <input type="hidden" name="previousDescription" value={criterion.description} />
        <Paragraph className="rw-muted">{t.rewordHint}</Paragraph>
        <AdminTextField id={ids.title} name="title" label={t.titleLabel} autoComplete="off" required defaultValue={refused?.values.title ?? criterion.title} error={error("title")} />
        <AdminTextarea id={ids.description} name="description" label={t.descriptionLabel} rows={3} defaultValue={refused?.values.description ?? criterion.description} error={error("description")} />
        <div>
          <PrimaryActionButton type="submit" busy={busy}>
            {t.save}
            <span className="rw-visually-hidden"> {t.editOf(criterion.title)}</span>
          </PrimaryActionButton>
        </div>
      </Form>
    </details>
  );
}

function AddCriterionForm({ set, outcome }: { set: CriteriaSet; outcome: AdminOutcome | undefined }) {
  const formRef = useRef<HTMLFormElement>(null);
  const busy = useSubmitting("addCriterion", set.id);
  const refused = outcome && !outcome.ok && isFor(outcome, "addCriterion", set.id) ? outcome : undefined;
  const ids = fieldIds("addCriterion", set.id);
  const error = (path: string) => errorFor(outcome, "addCriterion", set.id, path);
  const headingId = `toevoegen-${set.slug}`;
  useEffect(() => {
    if (outcome?.ok && isFor(outcome, "addCriterion", set.id)) formRef.current?.reset();
  }, [outcome, set.id]);
  return (
    <>
      <Heading3 id={headingId}>{t.addTitle(set.name)}</Heading3>
      <Form method="post" noValidate className="rw-stack" ref={formRef} aria-labelledby={headingId}>
        <IntentFields intent="addCriterion" target={set.id} />
        <input type="hidden" name="setName" value={set.name} />
        <AdminTextField id={ids.title} name="title" label={t.titleLabel} autoComplete="off" required defaultValue={refused?.values.title ?? ""} error={error("title")} />
        <AdminTextarea
          id={ids.description}
          name="description"
          label={t.descriptionLabel}
          description={t.descriptionHint}
          rows={3}
          defaultValue={refused?.values.description ?? ""}
          error={error("description")}
        />
        <div>
          <PrimaryActionButton type="submit" busy={busy}>
            {t.addButton}
            <span className="rw-visually-hidden"> {set.name}</span>
          </PrimaryActionButton>
        </div>
      </Form>
    </>
  );
}
