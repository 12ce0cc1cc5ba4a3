import type { ServiceContext } from "../request-context";
import { publishAfterCommit } from "./publish";

/**
 * Who may do what just changed (a role granted or revoked, a person deactivated, a session
 * ended, an agenda's state changed): long-lived connections (the co-editing socket) check
 * their access again at once, on every instance. Call after the transaction commits.
 */
export const ACCESS_TOPIC = "collab:access";

export type AccessScope = { userId: string } | { sessionId: string } | { agendaId: string };

export function announceAccessChange(ctx: ServiceContext, scope: AccessScope) {
  const [type, id] = "userId" in scope ? ["user", scope.userId] : "sessionId" in scope ? ["session", scope.sessionId] : ["agenda", scope.agendaId];
  publishAfterCommit(ctx, { topic: ACCESS_TOPIC, type, id });
}
