import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { deactivatePerson, endSessionsOfPerson, grantRole, invitePerson, listFoundationTeams, listPeople, listWorkingGroups, reactivatePerson, revokeRole } from "../components/admin/services.server";
import { nl } from "../../shared/i18n/nl";
import { AdminSelect, AdminTextField, RoleOptions, ScopeOptions } from "../components/admin/Fields";
import { AdminErrorSummary, AdminStatus, FormMessage, IntentFields, useSubmitting, type FieldMap } from "../components/admin/FormFeedback";
import { runAdminAction, scopeFrom, text, unknownIntent } from "../components/admin/form.server";
import { personStatus, roleLabel } from "../components/admin/labels";
import { filterPeople, isFiltered, personStates, readPeopleFilter, type PeopleFilter } from "../components/admin/people-filter";
import { errorFor, formLevelError, isFor, type AdminOutcome } from "../components/admin/outcome";
import { AppLink } from "../components/ui/AppLink";
import { requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromService } from "../lib/service.server";
import {
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  PrimaryActionButton,
  Select,
  SelectOption,
  SecondaryActionButton,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from "@utrecht/component-library-react";

export const loader = async ({ context: { ctx }, request }: LoaderFunctionArgs) => {
  const actor = requireSignedIn(ctx, request);
  const [people, groups, foundations] = await fromService(Promise.all([listPeople(ctx), listWorkingGroups(ctx), listFoundationTeams(ctx)]));
  const filter = readPeopleFilter(new URL(request.url).searchParams);
  return {
    people: filterPeople(people, filter),
    total: people.length,
    filter,
    groups: groups.map(({ id, name }) => ({ id, name })),
    foundations: foundations.map(({ id, name }) => ({ id, name })),
    selfId: actor.userId,
    showOutbox: !ctx.production,
  };
};

/** One small form per action; `intent` says which. The services check who may do what. */
export const action = async ({ context: { ctx }, request }: ActionFunctionArgs) => {
  requireSignedIn(ctx, request);
  const form = await request.formData();
  const intent = text(form, "intent");
  const userId = text(form, "target");
  const name = text(form, "personName");
  const t = nl.admin.people;
  switch (intent) {
    case "invite": {
      const values = { email: text(form, "email"), name: text(form, "name"), role: text(form, "role"), scope: text(form, "scope") };
      const roles = [{ role: values.role, ...scopeFrom(values.scope) }];
      return runAdminAction(invitePerson(ctx, { email: values.email, name: values.name, roles }), {
        intent,
        values,
        conflictField: "email",
        messageField: "scope",
        success: () => t.invited(values.email.trim().toLowerCase()),
      });
    }
    case "deactivate":
      return runAdminAction(deactivatePerson(ctx, { userId }), {
        intent,
        target: userId,
        success: ({ openReviews }) => (openReviews.length > 0 ? `${t.deactivated(name)} ${t.deactivatedReviewer(name, openReviews)}` : t.deactivated(name)),
      });
    case "reactivate":
      return runAdminAction(reactivatePerson(ctx, { userId }), { intent, target: userId, success: () => t.reactivated(name) });
    case "endSessions":
      return runAdminAction(endSessionsOfPerson(ctx, { userId }), { intent, target: userId, success: ({ ended }) => t.sessionsEnded(name, ended) });
    case "grantRole": {
      const values = { role: text(form, "role"), scope: text(form, "scope") };
      return runAdminAction(grantRole(ctx, { userId, role: values.role, ...scopeFrom(values.scope) }), {
        intent,
        target: userId,
        values,
        messageField: "scope",
        success: ({ assignmentId }) => (assignmentId ? t.roleGranted(name) : t.roleAlreadyHeld(name)),
      });
    }
    case "revokeRole":
      return runAdminAction(revokeRole(ctx, { userId, assignmentId: text(form, "assignmentId") }), {
        intent,
        target: userId,
        success: () => t.roleRevoked(name),
      });
    default:
      return unknownIntent();
  }
};

export const meta: MetaFunction = () => [{ title: `${nl.admin.people.title} - ${nl.admin.title} - ${nl.app.name}` }];

export const handle: RouteHandle = {
  breadcrumb: () => ({ label: nl.admin.people.title, to: "/beheer/mensen" }),
};

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;
type Person = LoaderData["people"][number];

const t = nl.admin.people;
const scopePaths = ["scope", "groupId", "foundationId"];

/** The fields of the form the outcome answers, for the links in the error summary. */
function fieldsFor(outcome: AdminOutcome | undefined): FieldMap {
  if (!outcome) return {};
  if (outcome.intent === "invite") {
    const scope = { label: t.scope, id: "uitnodigen-scope" };
    return {
      email: { label: t.email, id: "uitnodigen-email" },
      name: { label: t.name, id: "uitnodigen-name" },
      "roles.0.role": { label: t.role, id: "uitnodigen-role" },
      "roles.0.groupId": scope,
      "roles.0.foundationId": scope,
      scope,
    };
  }
  if (outcome.intent === "grantRole") {
    const scope = { label: t.scope, id: `scope-${outcome.target}` };
    return { role: { label: t.role, id: `rol-${outcome.target}` }, groupId: scope, foundationId: scope, scope };
  }
  return {};
}

export default function PeoplePage() {
  const { people, total, filter, groups, foundations, selfId, showOutbox } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  return (
    <>
      <Heading1>{t.title}</Heading1>
      <Paragraph appearance="lead" className="rw-lead">
        {t.intro}
      </Paragraph>
      <AdminErrorSummary outcome={outcome} fields={fieldsFor(outcome)} />
      <AdminStatus outcome={outcome}>
        {outcome?.ok && outcome.intent === "invite" && showOutbox && (
          <Paragraph>
            {t.outboxHint} <AppLink to="/dev/outbox">{t.outboxLink}</AppLink>.
          </Paragraph>
        )}
      </AdminStatus>

      <section className="rw-section" aria-labelledby="uitnodigen-titel">
        <Heading2 id="uitnodigen-titel">{t.inviteTitle}</Heading2>
        <Paragraph>{t.inviteIntro}</Paragraph>
        <InviteForm outcome={outcome} groups={groups} foundations={foundations} />
      </section>

      <section className="rw-section" aria-labelledby="mensen-titel">
        <Heading2 id="mensen-titel">{t.listTitle}</Heading2>
        <PeopleFilterForm filter={filter} />
        <Paragraph className="rw-muted" role="status">
          {isFiltered(filter) ? t.countFiltered(people.length, total) : t.count(total)}
        </Paragraph>
        {people.length === 0 ? (
          <Paragraph>{t.noMatch}</Paragraph>
        ) : (
          <TableContainer>
            <Table className="rw-table">
              <TableCaption className="rw-visually-hidden">{t.caption}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t.name}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.email}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.organisation}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.roles}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.status}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.sessions}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.actions}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {people.map((person) => (
                  <PersonRow key={person.id} person={person} self={person.id === selfId} outcome={outcome} groups={groups} foundations={foundations} />
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </section>
    </>
  );
}

/** Search and narrow the list (a GET form: the URL holds the filter). */
function PeopleFilterForm({ filter }: { filter: PeopleFilter }) {
  const navigation = useNavigation();
  const busy = navigation.state === "loading" && navigation.location.pathname === "/beheer/mensen";
  return (
    <Form method="get" className="rw-filter" aria-label={t.filterLabel}>
      <div>
        <FormLabel htmlFor="mensen-zoek">{t.filterQuery}</FormLabel>
        <Textbox id="mensen-zoek" name="zoek" type="search" defaultValue={filter.query} key={filter.query} autoComplete="off" />
      </div>
      <div>
        <FormLabel htmlFor="mensen-rol">{t.filterRole}</FormLabel>
        <Select id="mensen-rol" name="rol" defaultValue={filter.role} key={filter.role}>
          <SelectOption value="">{t.filterAllRoles}</SelectOption>
          <RoleOptions placeholder={false} />
        </Select>
      </div>
      <div>
        <FormLabel htmlFor="mensen-status">{t.filterStatus}</FormLabel>
        <Select id="mensen-status" name="status" defaultValue={filter.status} key={filter.status}>
          <SelectOption value="">{t.filterAllStates}</SelectOption>
          {personStates.map((state) => (
            <SelectOption key={state} value={state}>
              {t.states[state]}
            </SelectOption>
          ))}
        </Select>
      </div>
      <PrimaryActionButton type="submit" busy={busy}>
        {t.filterApply}
      </PrimaryActionButton>
      {isFiltered(filter) && (
        <Link to="/beheer/mensen" className="utrecht-link utrecht-link--html-a">
          {t.filterReset}
        </Link>
      )}
    </Form>
  );
}

type Scopes = Pick<LoaderData, "groups" | "foundations">;

function InviteForm({ outcome, groups, foundations }: { outcome: AdminOutcome | undefined } & Scopes) {
  const formRef = useRef<HTMLFormElement>(null);
  const busy = useSubmitting("invite");
  const mine = isFor(outcome, "invite") ? outcome : undefined;
  const values = mine && !mine.ok ? mine.values : {};
  useEffect(() => {
    if (mine?.ok) formRef.current?.reset();
  }, [mine]);
  const error = (...paths: string[]) => errorFor(outcome, "invite", "", ...paths);
  return (
    <Form method="post" noValidate className="rw-form" ref={formRef}>
      <IntentFields intent="invite" />
      <AdminTextField id="uitnodigen-email" name="email" type="email" label={t.email} autoComplete="off" required defaultValue={values.email} error={error("email")} />
      <AdminTextField
        id="uitnodigen-name"
        name="name"
        label={`${t.name} ${nl.admin.optionalSuffix}`}
        autoComplete="off"
        defaultValue={values.name}
        error={error("name")}
      />
      <AdminSelect id="uitnodigen-role" name="role" label={t.role} required defaultValue={values.role ?? ""} error={error("roles.0.role", "roles.0")}>
        <RoleOptions />
      </AdminSelect>
      <AdminSelect
        id="uitnodigen-scope"
        name="scope"
        label={t.scope}
        description={t.scopeHint}
        defaultValue={values.scope ?? ""}
        error={error("scope", "roles.0.groupId", "roles.0.foundationId")}
      >
        <ScopeOptions groups={groups} foundations={foundations} />
      </AdminSelect>
      <div>
        <PrimaryActionButton type="submit" busy={busy}>
          {t.inviteButton}
        </PrimaryActionButton>
      </div>
    </Form>
  );
}

function PersonRow({ person, self, outcome, groups, foundations }: { person: Person; self: boolean; outcome: AdminOutcome | undefined } & Scopes) {
  const displayName = person.name || person.email;
  const hidden = <span className="rw-visually-hidden">{t.ofPerson(displayName)}</span>;
  const rowError = formLevelError(outcome, outcome?.intent ?? "", person.id, ["role", ...scopePaths]);
  return (
    <TableRow>
      <TableHeaderCell scope="row">
        {displayName}
        {self && ` ${nl.admin.you}`}
      </TableHeaderCell>
      <TableCell className="rw-break-anywhere">{person.email}</TableCell>
      <TableCell>{person.organisation}</TableCell>
      <TableCell>
        {person.roles.length === 0 ? (
          <span className="rw-muted">{t.noRoles}</span>
        ) : (
          <ul className="rw-plain-list">
            {person.roles.map((role) => {
              const label = roleLabel(role.role, role.groupName ?? role.foundationName);
              return (
                <li key={role.id}>
                  <Form method="post" className="rw-filter">
                    <IntentFields intent="revokeRole" target={person.id} />
                    <input type="hidden" name="assignmentId" value={role.id} />
                    <input type="hidden" name="personName" value={displayName} />
                    <span>{label}</span>
                    {!(self && role.role === "programme_office") && (
                      <SecondaryActionButton type="submit">
                        {t.removeRole}
                        <span className="rw-visually-hidden">
                          {" "}
                          {label}
                          {t.ofPerson(displayName)}
                        </span>
                      </SecondaryActionButton>
                    )}
                  </Form>
                </li>
              );
            })}
          </ul>
        )}
      </TableCell>
      <TableCell>{personStatus(person)}</TableCell>
      <TableCell>{person.sessionCount ?? 0}</TableCell>
      <TableCell>
        <FormMessage id={`fout-${person.id}`} message={rowError} />
        {!self && (
          <Form method="post" className="rw-filter">
            <IntentFields intent={person.active ? "deactivate" : "reactivate"} target={person.id} />
            <input type="hidden" name="personName" value={displayName} />
            <SecondaryActionButton type="submit">
              {person.active ? t.deactivate : t.reactivate}
              {hidden}
            </SecondaryActionButton>
          </Form>
        )}
        {(person.sessionCount ?? 0) > 0 && (
          <Form method="post" className="rw-filter">
            <IntentFields intent="endSessions" target={person.id} />
            <input type="hidden" name="personName" value={displayName} />
            <SecondaryActionButton type="submit">
              {t.endSessions}
              {hidden}
            </SecondaryActionButton>
          </Form>
        )}
        {person.active && <GrantRoleForm person={person} displayName={displayName} outcome={outcome} groups={groups} foundations={foundations} />}
      </TableCell>
    </TableRow>
  );
}

/** "Rol geven" folded open under the row's buttons, so each row stays short; open again after a refusal. */
function GrantRoleForm({ person, displayName, outcome, groups, foundations }: { person: Person; displayName: string; outcome: AdminOutcome | undefined } & Scopes) {
  const busy = useSubmitting("grantRole", person.id);
  const mine = isFor(outcome, "grantRole", person.id) && !outcome.ok ? outcome : undefined;
  const error = (...paths: string[]) => errorFor(outcome, "grantRole", person.id, ...paths);
  return (
    <details className="rw-grant-role" open={mine ? true : undefined}>
      <summary>
        {t.grantRoleOpen}
        <span className="rw-visually-hidden">{t.forPerson(displayName)}</span>
      </summary>
      <Form method="post" className="rw-filter">
        <IntentFields intent="grantRole" target={person.id} />
        <input type="hidden" name="personName" value={displayName} />
        <AdminSelect id={`rol-${person.id}`} name="role" label={t.roleFor(displayName)} hideLabel defaultValue={mine?.values.role ?? ""} error={error("role")}>
          <RoleOptions />
        </AdminSelect>
        <AdminSelect
          id={`scope-${person.id}`}
          name="scope"
          label={t.scopeFor(displayName)}
          hideLabel
          defaultValue={mine?.values.scope ?? ""}
          error={error(...scopePaths)}
        >
          <ScopeOptions groups={groups} foundations={foundations} />
        </AdminSelect>
        <SecondaryActionButton type="submit" busy={busy}>
          {t.grantRole}
          {<span className="rw-visually-hidden">{t.ofPerson(displayName)}</span>}
        </SecondaryActionButton>
      </Form>
    </details>
  );
}
