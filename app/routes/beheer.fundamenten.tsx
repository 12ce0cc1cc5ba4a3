import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { grantRole, listFoundationTeams, listPeople, revokeRole } from "../components/admin/services.server";
import { nl } from "../../shared/i18n/nl";
import { AdminSelect, PersonOptions, RoleOptions } from "../components/admin/Fields";
import { AdminErrorSummary, AdminStatus, FormMessage, IntentFields, useSubmitting, type FieldMap } from "../components/admin/FormFeedback";
import { runAdminAction, text, unknownIntent } from "../components/admin/form.server";
import { roleLabel } from "../components/admin/labels";
import { errorFor, formLevelError, isFor, type AdminOutcome } from "../components/admin/outcome";
import { requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromService } from "../lib/service.server";
import {
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
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
  const [foundations, people] = await fromService(Promise.all([listFoundationTeams(ctx), listPeople(ctx)]));
  return { foundations, people: people.map(({ id, name, email, active }) => ({ id, name, email, active })) };
};

const foundationRoles = ["foundation_member", "foundation_lead"] as const;

export const action = async ({ context: { ctx }, request }: ActionFunctionArgs) => {
  requireSignedIn(ctx, request);
  const form = await request.formData();
  const intent = text(form, "intent");
  const t = nl.admin.foundations;
  switch (intent) {
    case "addToTeam": {
      const values = { userId: text(form, "userId"), role: text(form, "role") };
      const foundationId = text(form, "target");
      return runAdminAction(grantRole(ctx, { ...values, foundationId }), {
        intent,
        target: foundationId,
        values,
        messageField: "role",
        success: ({ assignmentId }) => (assignmentId ? t.added(roleLabel(values.role as (typeof foundationRoles)[number])) : t.alreadyInTeam),
      });
    }
    case "removeFromTeam": {
      const userId = text(form, "userId");
      return runAdminAction(revokeRole(ctx, { userId, assignmentId: text(form, "assignmentId") }), {
        intent,
        target: text(form, "target"),
        success: () => t.removed(text(form, "personName")),
      });
    }
    default:
      return unknownIntent();
  }
};

export const meta: MetaFunction = () => [{ title: `${nl.admin.foundations.title} - ${nl.admin.title} - ${nl.app.name}` }];

export const handle: RouteHandle = {
  breadcrumb: () => ({ label: nl.admin.foundations.title, to: "/beheer/fundamenten" }),
};

const t = nl.admin.foundations;

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

function fieldsFor(outcome: AdminOutcome | undefined): FieldMap {
  if (outcome?.intent !== "addToTeam") return {};
  const role = { label: t.role, id: `rol-${outcome.target}` };
  return { userId: { label: t.person, id: `persoon-${outcome.target}` }, role, foundationId: role };
}

export default function FoundationsAdminPage() {
  const { foundations, people } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  return (
    <>
      <Heading1>{t.title}</Heading1>
      <Paragraph appearance="lead" className="rw-lead">
        {t.intro}
      </Paragraph>
      <AdminErrorSummary outcome={outcome} fields={fieldsFor(outcome)} />
      <AdminStatus outcome={outcome} />
      {foundations.map((foundation) => (
        <FoundationTeam key={foundation.id} foundation={foundation} people={people} outcome={outcome} />
      ))}
    </>
  );
}

function FoundationTeam({
  foundation,
  people,
  outcome,
}: {
  foundation: LoaderData["foundations"][number];
  people: LoaderData["people"];
  outcome: AdminOutcome | undefined;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const busy = useSubmitting("addToTeam", foundation.id);
  const values = outcome && !outcome.ok && isFor(outcome, "addToTeam", foundation.id) ? outcome.values : {};
  const error = (path: string) => errorFor(outcome, "addToTeam", foundation.id, path);
  const leads = foundation.team.filter((member) => member.role === "foundation_lead");
  const headingId = `fundament-${foundation.slug}`;
  const addId = `toevoegen-${foundation.slug}`;
  useEffect(() => {
    if (outcome?.ok && isFor(outcome, "addToTeam", foundation.id)) formRef.current?.reset();
  }, [outcome, foundation.id]);
  return (
    <section className="rw-section" aria-labelledby={headingId}>
      <Heading2 id={headingId}>{foundation.name}</Heading2>
      <div className="rw-stack">
        <Paragraph>
          <strong>{t.lead}:</strong> {leads.length > 0 ? leads.map((lead) => lead.name || lead.email).join(", ") : <span className="rw-muted">{t.noLead}</span>}
        </Paragraph>
        {foundation.team.length === 0 ? (
          <Paragraph>{t.noTeam}</Paragraph>
        ) : (
          <TableContainer>
            <Table className="rw-table">
              <TableCaption className="rw-visually-hidden">{t.teamCaption(foundation.name)}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t.person}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.email}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.role}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.action}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {foundation.team.map((member) => {
                  const name = member.name || member.email;
                  return (
                    <TableRow key={member.assignmentId}>
                      <TableHeaderCell scope="row">{name}</TableHeaderCell>
                      <TableCell>{member.email}</TableCell>
                      <TableCell>{roleLabel(member.role)}</TableCell>
                      <TableCell>
                        <FormMessage
                          id={`fout-${member.assignmentId}`}
                          message={formLevelError(outcome, "removeFromTeam", `${foundation.id}:${member.assignmentId}`, [])}
                        />
                        <Form method="post">
                          <IntentFields intent="removeFromTeam" target={`${foundation.id}:${member.assignmentId}`} />
                          <input type="hidden" name="userId" value={member.userId} />
                          <input type="hidden" name="assignmentId" value={member.assignmentId} />
                          <input type="hidden" name="personName" value={name} />
                          <SecondaryActionButton type="submit">
                            {t.remove}
                            <span className="rw-visually-hidden">
                              {t.removeFrom(name)} ({roleLabel(member.role, foundation.name)})
                            </span>
                          </SecondaryActionButton>
                        </Form>
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </TableContainer>
        )}
        <Heading3 id={addId}>{t.addTitle(foundation.name)}</Heading3>
        <Form method="post" noValidate className="rw-filter" ref={formRef} aria-labelledby={addId}>
          <IntentFields intent="addToTeam" target={foundation.id} />
          <AdminSelect
            id={`persoon-${foundation.id}`}
            name="userId"
            label={t.person}
            required
            defaultValue={values.userId ?? ""}
            error={error("userId")}
          >
            <PersonOptions people={people} />
          </AdminSelect>
          <AdminSelect
            id={`rol-${foundation.id}`}
            name="role"
            label={t.role}
            required
            defaultValue={values.role ?? "foundation_member"}
            error={error("role") ?? error("foundationId")}
          >
            <RoleOptions only={foundationRoles} placeholder={false} />
          </AdminSelect>
          <div>
            <PrimaryActionButton type="submit" busy={busy}>
              {t.addButton}
              <span className="rw-visually-hidden"> {foundation.name}</span>
            </PrimaryActionButton>
          </div>
        </Form>
      </div>
    </section>
  );
}
