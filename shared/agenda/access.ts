import { can, type Actor } from "../permissions";

export interface AgendaRef {
  regionId: string;
  groupId: string | null;
  foundationId: string | null;
  reviewState: string;
}

export type AgendaAccess = "write" | "read" | "none";

/**
 * What a person may do with an agenda's text, from the one policy: the werkgroep (or the
 * fundament's team) and the programme office write; everyone else signed in reads; nobody
 * writes once the coalition has adopted the agenda (Vastgesteld). Pages, tRPC and the
 * collaboration socket all ask this.
 */
export function agendaAccess(actor: Actor | null, agenda: AgendaRef): AgendaAccess {
  const resource = {
    regionId: agenda.regionId,
    ...(agenda.groupId ? { groupId: agenda.groupId } : {}),
    ...(agenda.foundationId ? { foundationId: agenda.foundationId } : {}),
  };
  if (!can(actor, "workspace.read", resource)) return "none";
  if (agenda.reviewState === "vastgesteld") return "read";
  const editAction = agenda.groupId ? "group.edit" : "foundation.edit";
  return can(actor, editAction, resource) ? "write" : "read";
}
