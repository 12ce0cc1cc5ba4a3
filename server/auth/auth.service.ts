import { NotFoundError, ValidationError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import { acceptInvitationInput, loginInput, newPasswordInput, passwordResetRequestInput, sessionIdInput } from "../../shared/schemas/auth";
import { announceAccessChange } from "../events/access-changed";
import { recordAudit } from "../audit/audit";
import type { ServiceContext } from "../request-context";
import { parseInput } from "../validate";
import * as repo from "./auth.repository";
import { requireActor, requirePermission } from "./authorize";
import { findPasswordProblem, hashPassword, verifyAgainstDummy, verifyPassword } from "./password.server";
import { clearLimit, countFailure, loginKeys, requireUnderLimit, resetKeys } from "./rate-limit";
import { createSession, invalidateSession } from "./session.service";
import { issueToken, parseToken, secretMatches } from "./tokens";

export const invitationValidityMs = 7 * 24 * 60 * 60 * 1000;
export const passwordResetValidityMs = 60 * 60 * 1000;

/**
 * Signs a person in: a new session every time (the presented one, if any, ends). An unknown
 * e-mail, a wrong password and a deactivated account all get the same answer; failures
 * count against the account and the IP address.
 */
export async function login(ctx: ServiceContext, input: unknown) {
  const { email, password } = parseInput(loginInput, input);
  const now = ctx.now();
  const keys = loginKeys(email, ctx.client.ip);
  await requireUnderLimit(ctx.db, keys, now);
  const user = await repo.findUserByEmail(ctx.db, email);
  const valid =
    user?.password_hash && user.active && user.region_id === ctx.regionId
      ? await verifyPassword(user.password_hash, password)
      : await verifyAgainstDummy(password);
  if (!user || !valid) {
    await countFailure(ctx.db, keys, now);
    await recordAudit(ctx.db, {
      regionId: ctx.regionId,
      actorId: null,
      action: "login.failed",
      subjectType: "user",
      subjectId: user?.id ?? null,
      data: { email, ip: ctx.client.ip },
    });
    throw new ValidationError(nl.auth.loginFailed);
  }
  return ctx.db.transaction().execute(async (trx) => {
    if (ctx.sessionId) await invalidateSession(trx, ctx.sessionId);
    const session = await createSession(trx, user.id, ctx.client, now);
    await clearLimit(trx, keys[0]!.key);
    await recordAudit(trx, { regionId: user.region_id, actorId: user.id, action: "login.succeeded", subjectType: "user", subjectId: user.id, data: { ip: ctx.client.ip } });
    return session;
  });
}

/** Ends the current session. */
export async function logout(ctx: ServiceContext) {
  if (!ctx.sessionId) return;
  await invalidateSession(ctx.db, ctx.sessionId);
  await recordAudit(ctx.db, { regionId: ctx.regionId, actorId: ctx.actor?.userId ?? null, action: "logout", subjectType: "session", subjectId: null });
  announceAccessChange(ctx, { sessionId: ctx.sessionId });
}

/** The signed-in person's active sessions, the current one marked. */
export async function listMySessions(ctx: ServiceContext) {
  const actor = requirePermission(ctx, "self.manage");
  const sessions = await repo.listSessionsOfUser(ctx.db, actor.userId, ctx.now());
  return sessions.map(({ id, ...session }) => ({ ...session, id, current: id === ctx.sessionId }));
}

/** Ends one of the person's own sessions (a session of someone else is a 404, not a 403). */
export async function endMySession(ctx: ServiceContext, input: unknown) {
  const actor = requirePermission(ctx, "self.manage");
  const { sessionId } = parseInput(sessionIdInput, input);
  if ((await repo.deleteSessionOfUser(ctx.db, actor.userId, sessionId)) === 0) throw new NotFoundError(nl.auth.sessionNotFound);
  await recordAudit(ctx.db, { regionId: ctx.regionId, actorId: actor.userId, action: "session.ended", subjectType: "session", subjectId: null });
  announceAccessChange(ctx, { sessionId });
  return { ended: 1 };
}

/** Ends every session of the person except the one making the request. */
export async function endMyOtherSessions(ctx: ServiceContext) {
  const actor = requirePermission(ctx, "self.manage");
  return ctx.db.transaction().execute(async (trx) => {
    const ended = await repo.deleteSessionsOfUser(trx, actor.userId, ctx.sessionId ?? undefined);
    await recordAudit(trx, { regionId: ctx.regionId, actorId: actor.userId, action: "session.ended", subjectType: "session", subjectId: null, data: { ended, others: true } });
    return { ended };
  }).finally(() => announceAccessChange(ctx, { userId: actor.userId }));
}

/** Sends a one-hour reset link when the address is known; the answer never tells which. */
export async function requestPasswordReset(ctx: ServiceContext, input: unknown) {
  const { email } = parseInput(passwordResetRequestInput, input);
  const now = ctx.now();
  // Every request counts, known address or not: a reset link is as good as a password. The
  // counters are separate from the login ones, so nobody can lock an account by asking.
  const keys = resetKeys(email, ctx.client.ip);
  await requireUnderLimit(ctx.db, keys, now);
  await countFailure(ctx.db, keys, now);
  const user = await repo.findUserByEmail(ctx.db, email);
  if (!user || !user.active || !user.password_hash || user.region_id !== ctx.regionId) return;
  await ctx.db.transaction().execute(async (trx) => {
    await repo.expireOpenTokens(trx, user.id, "password_reset", now);
    const { id, token, secretHash } = issueToken();
    await repo.insertOneTimeToken(trx, { id, secretHash, purpose: "password_reset", userId: user.id, createdBy: null, expiresAt: new Date(now.getTime() + passwordResetValidityMs) });
    await ctx.mailer.send(trx, { to: user.email, subject: nl.auth.resetSubject, body: nl.auth.resetBody(`${ctx.publicUrl}/wachtwoord-herstellen/${token}`) });
    await recordAudit(trx, { regionId: user.region_id, actorId: null, action: "password_reset.requested", subjectType: "user", subjectId: user.id });
  });
}

/** Whether a reset or invitation link still works, and for whom (shown on the form). */
export async function inspectOneTimeLink(ctx: ServiceContext, token: string, purpose: "invitation" | "password_reset") {
  const found = await findUsableToken(ctx, token, purpose);
  if (!found) return null;
  const user = await repo.findUserById(ctx.db, found.userId);
  return user ? { email: user.email, name: user.name, organisation: user.organisation } : null;
}

async function findUsableToken(ctx: ServiceContext, token: string, purpose: "invitation" | "password_reset") {
  const parsed = parseToken(token);
  if (!parsed) return null;
  const row = await repo.findOneTimeToken(ctx.db, parsed.id, purpose);
  if (!row || row.usedAt || row.expiresAt <= ctx.now() || !secretMatches(parsed.secret, row.secretHash)) return null;
  return row;
}

/** Sets a new password from a reset link; the link works once, and all sessions end. */
export async function resetPassword(ctx: ServiceContext, token: string, input: unknown) {
  const { password } = parseInput(newPasswordInput, input);
  const found = await findUsableToken(ctx, token, "password_reset");
  if (!found) throw new ValidationError(nl.auth.linkInvalid);
  const user = await repo.findUserById(ctx.db, found.userId);
  if (!user?.active) throw new ValidationError(nl.auth.linkInvalid);
  requireGoodPassword(password, user.email);
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.claimOneTimeToken(trx, found.id, ctx.now()))) throw new ValidationError(nl.auth.linkInvalid);
    await repo.setPasswordHash(trx, user.id, passwordHash);
    await repo.deleteSessionsOfUser(trx, user.id);
    await clearLimit(trx, loginKeys(user.email, "")[0]!.key);
    await recordAudit(trx, { regionId: user.region_id, actorId: user.id, action: "password_reset.completed", subjectType: "user", subjectId: user.id });
  });
  announceAccessChange(ctx, { userId: user.id });
}

/** Completes an invitation: name, organisation and password; then the person is signed in. */
export async function acceptInvitation(ctx: ServiceContext, token: string, input: unknown) {
  const { name, organisation, password } = parseInput(acceptInvitationInput, input);
  const found = await findUsableToken(ctx, token, "invitation");
  if (!found) throw new ValidationError(nl.auth.linkInvalid);
  const user = await repo.findUserById(ctx.db, found.userId);
  if (!user?.active) throw new ValidationError(nl.auth.linkInvalid);
  requireGoodPassword(password, user.email);
  const passwordHash = await hashPassword(password);
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.claimOneTimeToken(trx, found.id, ctx.now()))) throw new ValidationError(nl.auth.linkInvalid);
    // Like a login: whatever session the browser had ends, the new person gets a fresh one.
    if (ctx.sessionId) await invalidateSession(trx, ctx.sessionId);
    await repo.setPasswordHash(trx, user.id, passwordHash);
    await repo.setProfile(trx, user.id, { name, organisation });
    await recordAudit(trx, { regionId: user.region_id, actorId: user.id, action: "invitation.accepted", subjectType: "user", subjectId: user.id });
    return createSession(trx, user.id, ctx.client, ctx.now());
  });
}

function requireGoodPassword(password: string, email: string) {
  const problem = findPasswordProblem(password, { email });
  if (problem) throw new ValidationError(problem, [{ path: "password", message: problem }]);
}

/** Who is signed in, for the header; null for visitors. */
export async function getCurrentUser(ctx: ServiceContext) {
  if (!ctx.actor) return null;
  const actor = requireActor(ctx);
  const user = await repo.findUserById(ctx.db, actor.userId);
  return user ? { id: user.id, name: user.name || user.email, email: user.email } : null;
}
