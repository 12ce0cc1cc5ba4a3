import type { AuditAction } from "../../../server/audit/audit";
import { nl } from "../../../shared/i18n/nl";
import { stateOf, type PersonState } from "./people-filter";
import type { roleNames } from "../../../shared/schemas/people";

type RoleName = (typeof roleNames)[number];

/** "Werkgroeplid (Gezond ouder worden)", or just "Meelezer" for a role in the whole region. */
export function roleLabel(role: RoleName, scopeName?: string | null): string {
  const label = nl.people.roles[role];
  return scopeName ? `${label} (${scopeName})` : label;
}

const statusWords: Record<PersonState, string> = {
  actief: nl.admin.people.statusActive,
  "uitnodiging-open": nl.admin.people.statusInvited,
  uitgeschakeld: nl.admin.people.statusDeactivated,
};

/** actief / uitgeschakeld / uitnodiging open (the person has not chosen a password yet). */
export function personStatus(person: { active: boolean; hasPassword: boolean }): string {
  return statusWords[stateOf(person)];
}

const actionLabels: Record<AuditAction, string> = nl.admin.audit.actions;

/** The Dutch label of an audit action code; an unknown (newer) code shows as itself. */
export function auditActionLabel(action: string): string {
  return (actionLabels as Record<string, string>)[action] ?? action;
}

export interface NameLookup {
  people: Map<string, string>;
  groups: Map<string, string>;
  foundations: Map<string, string>;
}

/** Who or what an audit event is about, by name where we know it. */
export function auditSubject(
  event: { subjectType: string; subjectId: string | null; subjectName?: string | null; agendaKind?: string | null; dependencyTo?: string | null },
  names: NameLookup,
): string {
  const t = nl.admin.audit;
  if (!event.subjectId) return "";
  if (event.subjectType === "user") return names.people.get(event.subjectId) ?? t.removedPerson;
  if (event.subjectType === "working_group") return names.groups.get(event.subjectId) ?? "";
  if (event.subjectType === "foundation") return names.foundations.get(event.subjectId) ?? "";
  if (!event.subjectName) return "";
  if (event.subjectType === "agenda" || event.subjectType === "agenda_thread") return t.agendaOf(nl.reviewUi.kind[event.agendaKind ?? ""] ?? t.agenda, event.subjectName);
  if (event.subjectType === "dependency") return t.dependencyBetween(event.subjectName, event.dependencyTo ?? "");
  return event.subjectName;
}

function str(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** The event's details in words: the role given, the e-mail tried, how many sessions ended. */
export function auditDetails(action: string, data: unknown, names: NameLookup): string {
  const d = (data && typeof data === "object" ? data : {}) as Record<string, unknown>;
  const t = nl.admin.audit;
  switch (action) {
    case "role.granted":
    case "role.revoked": {
      const role = str(d.role) as RoleName | undefined;
      if (!role || !(role in nl.people.roles)) return "";
      const groupId = str(d.groupId);
      const foundationId = str(d.foundationId);
      const scope = (groupId && names.groups.get(groupId)) || (foundationId && names.foundations.get(foundationId)) || undefined;
      return roleLabel(role, scope);
    }
    case "login.failed":
    case "login.succeeded":
      return [str(d.email) && t.withEmail(str(d.email)!), str(d.ip) && t.fromIp(str(d.ip)!)].filter(Boolean).join(", ");
    case "invitation.sent":
      return str(d.email) ?? "";
    case "sessions.ended_by_admin":
      return typeof d.ended === "number" ? t.sessionCount(d.ended) : "";
    case "working_group.created":
    case "working_group.updated":
      return str(d.name) ? t.groupName(str(d.name)!) : "";
    case "thread.created":
    case "thread.replied":
    case "thread.resolved":
    case "thread.reopened":
      return str(d.quote) ? t.aboutPassage(str(d.quote)!) : "";
    case "criteria_set.updated":
      return typeof d.active === "boolean" ? t.setSwitched(d.active) : "";
    case "criterion.updated":
      return criterionChange(d);
    case "criterion.created":
      return str(d.set) ? t.inSet(str(d.set)!) : "";
    case "indicator.created":
    case "indicator.updated":
      return str(d.name) ? t.indicatorName(str(d.name)!) : "";
    default:
      return "";
  }
}

/** What a rewording changed: the old name, or only the explanation. */
function criterionChange(d: Record<string, unknown>): string {
  const from = d.from as { title?: unknown } | undefined;
  const to = d.to as { title?: unknown } | undefined;
  const before = str(from?.title);
  if (before && before !== str(to?.title)) return nl.admin.audit.criterionWas(before);
  return from ? nl.admin.audit.criterionExplained : "";
}
