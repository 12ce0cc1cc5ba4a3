import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { Actor } from "../../shared/permissions";
import * as repo from "./auth.repository";
import { issueToken, parseToken, secretMatches } from "./tokens";

/**
 * Session lifetime (docs/decisions/004-sessions-per-lucia-guide.md):
 * - sliding: a session ends after 7 days without use; each use pushes that back, written at
 *   most once an hour so reads stay reads;
 * - absolute: whatever the use, a session ends 30 days after login.
 */
export const sessionPolicy = {
  idleMs: 7 * 24 * 60 * 60 * 1000,
  absoluteMs: 30 * 24 * 60 * 60 * 1000,
  renewIntervalMs: 60 * 60 * 1000,
};

export interface ValidSession {
  sessionId: string;
  expiresAt: Date;
  /** True when this request pushed the expiry back, so the cookie must be sent again. */
  renewed: boolean;
  user: { id: string; email: string; name: string };
  actor: Actor;
}

/** Starts a new session for the person and returns the token for the cookie. */
export async function createSession(
  db: Kysely<Database>,
  userId: string,
  client: { ip: string; userAgent: string },
  now: Date,
) {
  const { id, token, secretHash } = issueToken();
  const absoluteExpiresAt = new Date(now.getTime() + sessionPolicy.absoluteMs);
  const expiresAt = new Date(Math.min(now.getTime() + sessionPolicy.idleMs, absoluteExpiresAt.getTime()));
  await repo.insertSession(db, { id, secretHash, userId, now, expiresAt, absoluteExpiresAt, userAgent: client.userAgent, ip: client.ip });
  return { token, sessionId: id, expiresAt };
}

/**
 * The session behind a cookie token, or null when the token is malformed, unknown, has the
 * wrong secret, has expired, or belongs to a deactivated person. Expired sessions are deleted.
 */
export async function validateSessionToken(db: Kysely<Database>, token: string | undefined, now: Date): Promise<ValidSession | null> {
  const parsed = parseToken(token);
  if (!parsed) return null;
  const row = await repo.findSessionWithUser(db, parsed.id);
  if (!row) return null;
  if (!secretMatches(parsed.secret, row.secretHash)) return null;
  if (now >= row.expiresAt || now >= row.absoluteExpiresAt || !row.active) {
    await repo.deleteSession(db, row.id);
    return null;
  }
  let expiresAt = row.expiresAt;
  let renewed = false;
  if (now.getTime() - row.lastUsedAt.getTime() >= sessionPolicy.renewIntervalMs) {
    expiresAt = new Date(Math.min(now.getTime() + sessionPolicy.idleMs, row.absoluteExpiresAt.getTime()));
    await repo.extendSession(db, row.id, expiresAt, now);
    renewed = true;
  }
  return {
    sessionId: row.id,
    expiresAt,
    renewed,
    user: { id: row.userId, email: row.email, name: row.name },
    actor: { userId: row.userId, regionId: row.regionId, grants: row.grants },
  };
}

export async function invalidateSession(db: Kysely<Database>, sessionId: string) {
  await repo.deleteSession(db, sessionId);
}

/**
 * The current actor behind a session that was validated earlier (a long-lived socket): null
 * when the session has ended, expired or its person was deactivated; roles as they are now.
 */
export async function reloadSessionActor(db: Kysely<Database>, sessionId: string, now: Date): Promise<Actor | null> {
  const row = await repo.findSessionWithUser(db, sessionId);
  if (!row || !row.active || now >= row.expiresAt || now >= row.absoluteExpiresAt) return null;
  return { userId: row.userId, regionId: row.regionId, grants: row.grants };
}
