import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { getWorkingGroup, grantRole, listGroupLinkOptions, listPeople, revokeRole, updateWorkingGroup } from "../components/admin/services.server";
import { LinkChoices } from "../components/admin/LinkChoices";
import { nl } from "../../shared/i18n/nl";
import { AdminSelect, AdminTextarea, AdminTextField, PersonOptions, RoleOptions } from "../components/admin/Fields";
import { AdminErrorSummary, AdminStatus, FormMessage, IntentFields, useSubmitting, type FieldMap } from "../components/admin/FormFeedback";
import { runAdminAction, text, texts, unknownIntent } from "../components/admin/form.server";
import { roleLabel } from "../components/admin/labels";
import { errorFor, formLevelError, isFor, type AdminOutcome } from "../components/admin/outcome";
import { requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromService } from "../lib/service.server";
import {
  Heading1,
  Heading2,
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

export const loader = async ({ context: { ctx }, params, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  const [werkgroep, people, options] = await fromService(
    Promise.all([getWorkingGroup(ctx, { slug: params.slug }), listPeople(ctx), listGroupLinkOptions(ctx)]),
  );
  return { ...werkgroep, options, people: people.map(({ id, name, email, active }) => ({ id, name, email, active })) };
};

const groupRoles = ["group_member", "group_lead"] as const;

export const action = async ({ context: { ctx }, request }: ActionFunctionArgs) => {
  requireSignedIn(ctx, request);
  const form = await request.formData();
  const intent = text(form, "intent");
  const t = nl.admin.groups;
  switch (intent) {
    case "updateGroup": {
      const values = { name: text(form, "name"), description: text(form, "description") };
      // The form always sends every list of checkboxes, so what is unticked is unlinked.
      const links = { buildingBlockIds: texts(form, "buildingBlockIds"), themeIds: texts(form, "themeIds"), targetGroupIds: texts(form, "targetGroupIds") };
      return runAdminAction(updateWorkingGroup(ctx, { groupId: text(form, "target"), ...values, ...links }), {
        intent,
        target: text(form, "target"),
        values,
        success: () => t.saved,
      });
    }
    case "addMember": {
      const values = { userId: text(form, "userId"), role: text(form, "role") };
      const groupId = text(form, "target");
      return runAdminAction(grantRole(ctx, { ...values, groupId }), {
        intent,
        target: groupId,
        values,
        messageField: "role",
        success: ({ assignmentId }) => (assignmentId ? t.added(roleLabel(values.role as (typeof groupRoles)[number])) : t.alreadyMember),
      });
    }
    case "removeMember": {
      const userId = text(form, "target");
      return runAdminAction(revokeRole(ctx, { userId, assignmentId: text(form, "assignmentId") }), {
        intent,
        target: userId,
        success: () => t.removed(text(form, "personName")),
      });
    }
    default:
      return unknownIntent();
  }
};

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.group.name ?? nl.admin.groups.title} - ${nl.admin.title} - ${nl.app.name}` },
];

export const handle: RouteHandle = {
  breadcrumb: ({ data, params }) => {
    const group = (data as { group?: { name: string } } | undefined)?.group;
    return group ? { label: group.name, to: `/beheer/werkgroepen/${params.slug ?? ""}` } : null;
  },
};

const t = nl.admin.groups;

function fieldsFor(outcome: AdminOutcome | undefined): FieldMap {
  if (outcome?.intent === "updateGroup") {
    return { name: { label: t.name, id: "werkgroep-name" }, description: { label: t.description, id: "werkgroep-description" } };
  }
  if (outcome?.intent === "addMember") {
    return { userId: { label: t.person, id: "lid-persoon" }, role: { label: t.role, id: "lid-rol" }, groupId: { label: t.role, id: "lid-rol" } };
  }
  return {};
}

export default function WorkingGroupAdminPage() {
  const { group, buildingBlocks, themes, targetGroups, members, people, options } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const addRef = useRef<HTMLFormElement>(null);
  const saving = useSubmitting("updateGroup", group.id);
  const adding = useSubmitting("addMember", group.id);
  const editValues = outcome && !outcome.ok && isFor(outcome, "updateGroup", group.id) ? outcome.values : undefined;
  const addValues = outcome && !outcome.ok && isFor(outcome, "addMember", group.id) ? outcome.values : {};
  const error = (intent: string, path: string) => errorFor(outcome, intent, group.id, path);
  useEffect(() => {
    if (outcome?.ok && outcome.intent === "addMember") addRef.current?.reset();
  }, [outcome]);
  return (
    <>
      <Heading1>{group.name}</Heading1>
      {group.description && (
        <Paragraph appearance="lead" className="rw-lead">
          {group.description}
        </Paragraph>
      )}
      <AdminErrorSummary outcome={outcome} fields={fieldsFor(outcome)} />
      <AdminStatus outcome={outcome} />

      <section className="rw-section" aria-labelledby="leden-titel">
        <Heading2 id="leden-titel">{t.membersTitle}</Heading2>
        {members.length === 0 ? (
          <Paragraph>{t.noMembers}</Paragraph>
        ) : (
          <TableContainer>
            <Table className="rw-table">
              <TableCaption className="rw-visually-hidden">{t.membersCaption(group.name)}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t.person}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.email}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.organisation}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.role}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.action}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {members.map((member) => {
                  const name = member.name || member.email;
                  return (
                    <TableRow key={member.assignmentId}>
                      <TableHeaderCell scope="row">
                        {name}
                        {!member.active && ` ${t.inactive}`}
                      </TableHeaderCell>
                      <TableCell>{member.email}</TableCell>
                      <TableCell>{member.organisation}</TableCell>
                      <TableCell>{roleLabel(member.role)}</TableCell>
                      <TableCell>
                        <FormMessage id={`fout-${member.assignmentId}`} message={formLevelError(outcome, "removeMember", member.userId, [])} />
                        <Form method="post">
                          <IntentFields intent="removeMember" target={member.userId} />
                          <input type="hidden" name="assignmentId" value={member.assignmentId} />
                          <input type="hidden" name="personName" value={name} />
                          <SecondaryActionButton type="submit">
                            {t.remove}
                            <span className="rw-visually-hidden">
                              {t.removeFrom(name)} ({roleLabel(member.role)})
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

        <Heading2 id="lid-toevoegen" className="rw-section">
          {t.addTitle}
        </Heading2>
        <Form method="post" noValidate className="rw-form" ref={addRef} aria-labelledby="lid-toevoegen">
          <IntentFields intent="addMember" target={group.id} />
          <AdminSelect id="lid-persoon" name="userId" label={t.person} required defaultValue={addValues.userId ?? ""} error={error("addMember", "userId")}>
            <PersonOptions people={people} />
          </AdminSelect>
          <AdminSelect
            id="lid-rol"
            name="role"
            label={t.role}
            required
            defaultValue={addValues.role ?? "group_member"}
            error={error("addMember", "role") ?? error("addMember", "groupId")}
          >
            <RoleOptions only={groupRoles} placeholder={false} />
          </AdminSelect>
          <div>
            <PrimaryActionButton type="submit" busy={adding}>
              {t.addButton}
            </PrimaryActionButton>
          </div>
        </Form>
      </section>

      <section className="rw-section" aria-labelledby="werkgroep-bewerken">
        <Heading2 id="werkgroep-bewerken">{t.editTitle}</Heading2>
        <Form method="post" noValidate className="rw-form">
          <IntentFields intent="updateGroup" target={group.id} />
          <AdminTextField
            id="werkgroep-name"
            name="name"
            label={t.name}
            autoComplete="off"
            required
            defaultValue={editValues?.name ?? group.name}
            error={error("updateGroup", "name")}
          />
          <AdminTextarea
            id="werkgroep-description"
            name="description"
            label={`${t.description} ${nl.admin.optionalSuffix}`}
            defaultValue={editValues?.description ?? group.description}
            error={error("updateGroup", "description")}
          />
          <LinkChoices legend={t.buildingBlocks} name="buildingBlockIds" options={options.buildingBlocks} checked={buildingBlocks.map((b) => b.id)} />
          <LinkChoices legend={t.themes} name="themeIds" options={options.themes} checked={themes.map((theme) => theme.id)} />
          <LinkChoices legend={t.targetGroups} name="targetGroupIds" options={options.targetGroups} checked={targetGroups.map((group) => group.id)} />
          <div>
            <PrimaryActionButton type="submit" busy={saving}>
              {t.saveButton}
            </PrimaryActionButton>
          </div>
        </Form>
      </section>

      <section className="rw-section" aria-labelledby="koppelingen">
        <Heading2 id="koppelingen">{t.links}</Heading2>
        <Paragraph>
          <strong>{t.buildingBlocks}:</strong> {buildingBlocks.length > 0 ? buildingBlocks.map((b) => b.name).join(", ") : t.noLinks}
        </Paragraph>
        <Paragraph>
          <strong>{t.themes}:</strong> {themes.length > 0 ? themes.map((theme) => theme.name).join(", ") : t.noLinks}
        </Paragraph>
        <Paragraph>
          <strong>{t.targetGroups}:</strong> {targetGroups.length > 0 ? targetGroups.map((group) => group.name).join(", ") : t.noLinks}
        </Paragraph>
      </section>
    </>
  );
}
