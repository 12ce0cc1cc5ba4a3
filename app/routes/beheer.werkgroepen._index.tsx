import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { createWorkingGroup, listGroupLinkOptions, listWorkingGroups } from "../components/admin/services.server";
import { nl } from "../../shared/i18n/nl";
import { AdminTextarea, AdminTextField } from "../components/admin/Fields";
import { LinkChoices } from "../components/admin/LinkChoices";
import { AdminErrorSummary, AdminStatus, IntentFields, useSubmitting } from "../components/admin/FormFeedback";
import { runAdminAction, text, unknownIntent } from "../components/admin/form.server";
import { errorFor, isFor } from "../components/admin/outcome";
import { AppLink } from "../components/ui/AppLink";
import { requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromService } from "../lib/service.server";
import {
  Heading1,
  Heading2,
  Paragraph,
  PrimaryActionButton,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";

export const loader = async ({ context: { ctx }, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  const [groups, options] = await Promise.all([fromService(listWorkingGroups(ctx)), fromService(listGroupLinkOptions(ctx))]);
  return { groups, options };
};

/** A new werkgroep with its bouwstenen and thema's. */
export const action = async ({ context: { ctx }, request }: ActionFunctionArgs) => {
  requireSignedIn(ctx, request);
  const form = await request.formData();
  const intent = text(form, "intent");
  if (intent !== "createGroup") return unknownIntent();
  const values = { name: text(form, "name"), description: text(form, "description") };
  const links = {
    buildingBlockIds: form.getAll("buildingBlockIds").map(String),
    themeIds: form.getAll("themeIds").map(String),
    targetGroupIds: form.getAll("targetGroupIds").map(String),
  };
  return runAdminAction(createWorkingGroup(ctx, { ...values, ...links }), {
    intent,
    values,
    conflictField: "name",
    success: () => nl.admin.groups.created(values.name.trim()),
    made: (group) => ({ slug: group.slug, name: values.name.trim() }),
  });
};

export const meta: MetaFunction = () => [{ title: `${nl.admin.groups.title} - ${nl.admin.title} - ${nl.app.name}` }];

/** The layout route beheer.werkgroepen.tsx already shows "Werkgroepen" in the breadcrumb. */
export const handle: RouteHandle = { breadcrumb: () => null };

const t = nl.admin.groups;

export default function WorkingGroupsPage() {
  const { groups, options } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const formRef = useRef<HTMLFormElement>(null);
  const busy = useSubmitting("createGroup");
  const values = outcome && !outcome.ok && isFor(outcome, "createGroup") ? outcome.values : {};
  const error = (path: string) => errorFor(outcome, "createGroup", "", path);
  const created = outcome?.ok ? outcome.made : undefined;
  useEffect(() => {
    if (outcome?.ok) formRef.current?.reset();
  }, [outcome]);
  return (
    <>
      <Heading1>{t.title}</Heading1>
      <Paragraph appearance="lead" className="rw-lead">
        {t.intro}
      </Paragraph>
      <AdminErrorSummary
        outcome={outcome}
        fields={{ name: { label: t.name, id: "werkgroep-name" }, description: { label: t.description, id: "werkgroep-description" } }}
      />
      <AdminStatus outcome={outcome}>
        {created?.slug && (
          <Paragraph>
            <AppLink to={`/beheer/werkgroepen/${created.slug}`}>{t.openGroup(created.name ?? "")}</AppLink>
          </Paragraph>
        )}
      </AdminStatus>

      {groups.length === 0 ? (
        <Paragraph>{t.none}</Paragraph>
      ) : (
        <TableContainer>
          <Table className="rw-table">
            <TableCaption className="rw-visually-hidden">{t.caption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t.name}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.leads}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.members}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {groups.map((group) => (
                <TableRow key={group.id}>
                  <TableHeaderCell scope="row">
                    <AppLink to={`/beheer/werkgroepen/${group.slug}`}>{group.name}</AppLink>
                    {group.description && <Paragraph className="rw-muted">{group.description}</Paragraph>}
                  </TableHeaderCell>
                  <TableCell>{group.leadNames && group.leadNames.length > 0 ? group.leadNames.join(", ") : <span className="rw-muted">{t.noLeads}</span>}</TableCell>
                  <TableCell>{group.memberCount ?? 0}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}

      <section className="rw-section" aria-labelledby="nieuwe-werkgroep">
        <Heading2 id="nieuwe-werkgroep">{t.newTitle}</Heading2>
        <Paragraph>{t.newIntro}</Paragraph>
        <Form method="post" noValidate className="rw-form" ref={formRef}>
          <IntentFields intent="createGroup" />
          <AdminTextField id="werkgroep-name" name="name" label={t.name} autoComplete="off" required defaultValue={values.name} error={error("name")} />
          <AdminTextarea
            id="werkgroep-description"
            name="description"
            label={`${t.description} ${nl.admin.optionalSuffix}`}
            defaultValue={values.description}
            error={error("description")}
          />
          <LinkChoices legend={nl.plan.buildingBlocks} name="buildingBlockIds" options={options.buildingBlocks} />
          <LinkChoices legend={nl.plan.themes} name="themeIds" options={options.themes} />
          <LinkChoices legend={nl.plan.targetGroups} name="targetGroupIds" options={options.targetGroups} />
          <div>
            <PrimaryActionButton type="submit" busy={busy}>
              {t.createButton}
            </PrimaryActionButton>
          </div>
        </Form>
      </section>
    </>
  );
}

