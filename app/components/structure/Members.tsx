import { Form } from "@remix-run/react";
import { useEffect, useRef } from "react";
import {
  Heading2,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { nl } from "../../../shared/i18n/nl";
import type { roleNames } from "../../../shared/schemas/people";
import { AdminSelect } from "../admin/Fields";
import { FormMessage, IntentFields, useSubmitting } from "../admin/FormFeedback";
import { errorFor, formLevelError, isFor, type AdminOutcome } from "../admin/outcome";
import { roleLabel } from "../admin/labels";

// The people of a werkgroep or a fundament's team (name, organisation, role) and, for who may
// manage them, a remove button per member and a form to add someone. Plain forms: they work
// without JavaScript; the route's action answers with an AdminOutcome.

export interface Member {
  assignmentId: string;
  userId: string;
  name: string;
  organisation: string;
  role: (typeof roleNames)[number];
  active: boolean;
}

const t = nl.structure.members;

/** The members table; `canRemove` says per member whether this viewer gets a remove button. */
export function MemberTable({
  caption,
  members,
  canRemove,
  removeWho,
  outcome,
}: {
  caption: string;
  members: Member[];
  canRemove: (member: Member) => boolean;
  removeWho: (name: string) => string;
  outcome: AdminOutcome | undefined;
}) {
  const withActions = members.some(canRemove);
  return (
    <div className="rw-st-scroll rw-st-scroll--plain" role="region" aria-labelledby="leden-tabel" tabIndex={0}>
      <Table className="rw-table">
        <TableCaption id="leden-tabel" className="rw-visually-hidden">
          {caption}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.person}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.organisation}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.role}</TableHeaderCell>
            {withActions && <TableHeaderCell scope="col">{t.action}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {members.map((member) => (
            <TableRow key={member.assignmentId}>
              <TableHeaderCell scope="row">
                {member.name}
                {!member.active && ` ${t.inactive}`}
              </TableHeaderCell>
              <TableCell>{member.organisation || <span className="rw-muted">{t.noOrganisation}</span>}</TableCell>
              <TableCell>{roleLabel(member.role)}</TableCell>
              {withActions && (
                <TableCell>
                  {canRemove(member) && (
                    <>
                      <FormMessage id={`fout-${member.assignmentId}`} message={formLevelError(outcome, "removeMember", member.assignmentId, [])} />
                      <Form method="post">
                        <IntentFields intent="removeMember" target={member.assignmentId} />
                        <input type="hidden" name="userId" value={member.userId} />
                        <input type="hidden" name="personName" value={member.name} />
                        <SecondaryActionButton type="submit">
                          {t.remove}
                          <span className="rw-visually-hidden">{removeWho(member.name)}</span>
                        </SecondaryActionButton>
                      </Form>
                    </>
                  )}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** "Iemand toevoegen": one select of the people who are not in yet, and a button. */
export function AddMemberForm({
  intro,
  candidates,
  noCandidates,
  buttonLabel,
  outcome,
}: {
  intro: string;
  candidates: Array<{ id: string; name: string; organisation: string }>;
  noCandidates: string;
  buttonLabel: string;
  outcome: AdminOutcome | undefined;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const busy = useSubmitting("addMember");
  const values = outcome && !outcome.ok && isFor(outcome, "addMember") ? outcome.values : {};
  useEffect(() => {
    if (outcome?.ok && outcome.intent === "addMember") formRef.current?.reset();
  }, [outcome]);
  return (
    <section className="rw-section" aria-labelledby="lid-toevoegen">
      <Heading2 id="lid-toevoegen">{t.addTitle}</Heading2>
      {candidates.length === 0 ? (
        <Paragraph>{noCandidates}</Paragraph>
      ) : (
        <>
          <Paragraph>{intro}</Paragraph>
          <Form method="post" noValidate className="rw-form" ref={formRef} aria-labelledby="lid-toevoegen">
            <IntentFields intent="addMember" />
            <AdminSelect id="lid-persoon" name="userId" label={t.candidate} required defaultValue={values.userId ?? ""} error={errorFor(outcome, "addMember", "", "userId")}>
              <SelectOption value="">{t.choosePerson}</SelectOption>
              {candidates.map((person) => (
                <SelectOption key={person.id} value={person.id}>
                  {person.organisation ? `${person.name} (${person.organisation})` : person.name}
                </SelectOption>
              ))}
            </AdminSelect>
            <div>
              <PrimaryActionButton type="submit" busy={busy}>
                {buttonLabel}
              </PrimaryActionButton>
            </div>
          </Form>
        </>
      )}
    </section>
  );
}

/** The error summary's link targets for the add form. */
export const addMemberFields = { userId: { label: t.candidate, id: "lid-persoon" } };
