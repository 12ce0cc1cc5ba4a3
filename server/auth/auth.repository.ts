import { sql, type Kysely } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Database, RoleName, TokenPurpose } from "../../db/schema";
import type { RoleGrant } from "../../shared/permissions";

// All SQL for people, sessions, one-time tokens and login rate limits.

type Db = Kysely<Database>;

export async function findUserByEmail(db: Db, email: string) {
  return db
    .selectFrom("app_user")
    .where(sql`lower(email)`, "=", email.trim().toLowerCase())
    .selectAll()
    .executeTakeFirst();
}

export async function findUserById(db: Db, id: string) {
  return db.selectFrom("app_user").where("id", "=", id).selectAll().executeTakeFirst();
}

/** One role assignment (a role_assignment row) as a policy grant. */
export function toGrant(role: RoleName, groupId: string | null, foundationId: string | null): RoleGrant {
  if (role === "group_lead" || role === "group_member") return { role, groupId: groupId! };
  if (role === "foundation_lead" || role === "foundation_member") return { role, foundationId: foundationId! };
  return { role };
}

export async function insertSession(
  db: Db,
  session: { id: string; secretHash: Uint8Array; userId: string; now: Date; expiresAt: Date; absoluteExpiresAt: Date; userAgent: string; ip: string },
) {
  await db
    .insertInto("session")
    .values({
      id: session.id,
      secret_hash: session.secretHash,
      user_id: session.userId,
      created_at: session.now,
      last_used_at: session.now,
      expires_at: session.expiresAt,
      absolute_expires_at: session.absoluteExpiresAt,
      user_agent: session.userAgent.slice(0, 300),
      ip: session.ip.slice(0, 64),
    })
    .execute();
}

/**
 * A session with its person and the person's roles as they are now, in one statement: every
 * request asks this first.
 */
export async function findSessionWithUser(db: Db, id: string) {
  const row = await db
    .selectFrom("session as s")
    .innerJoin("app_user as u", "u.id", "s.user_id")
    .where("s.id", "=", id)
    .select((eb) => [
      "s.id",
      "s.secret_hash as secretHash",
      "s.expires_at as expiresAt",
      "s.absolute_expires_at as absoluteExpiresAt",
      "s.last_used_at as lastUsedAt",
      "u.id as userId",
      "u.region_id as regionId",
      "u.email",
      "u.name",
      "u.active",
      jsonArrayFrom(eb.selectFrom("role_assignment as r").whereRef("r.user_id", "=", "u.id").select(["r.role", "r.working_group_id", "r.foundation_id"])).as("roles"),
    ])
    .executeTakeFirst();
  if (!row) return undefined;
  const { roles, ...session } = row;
  return { ...session, grants: roles.map((r) => toGrant(r.role, r.working_group_id, r.foundation_id)) };
}

export async function extendSession(db: Db, id: string, expiresAt: Date, now: Date) {
  await db.updateTable("session").set({ expires_at: expiresAt, last_used_at: now }).where("id", "=", id).execute();
}

export async function deleteSession(db: Db, id: string) {
  await db.deleteFrom("session").where("id", "=", id).execute();
}

export async function deleteSessionOfUser(db: Db, userId: string, sessionId: string) {
  const result = await db.deleteFrom("session").where("id", "=", sessionId).where("user_id", "=", userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteSessionsOfUser(db: Db, userId: string, exceptSessionId?: string) {
  let query = db.deleteFrom("session").where("user_id", "=", userId);
  if (exceptSessionId) query = query.where("id", "!=", exceptSessionId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function listSessionsOfUser(db: Db, userId: string, now: Date) {
  return db
    .selectFrom("session")
    .where("user_id", "=", userId)
    .where("expires_at", ">", now)
    .select(["id", "created_at as createdAt", "last_used_at as lastUsedAt", "expires_at as expiresAt", "user_agent as userAgent", "ip"])
    .orderBy("last_used_at", "desc")
    .execute();
}

export async function insertOneTimeToken(
  db: Db,
  token: { id: string; secretHash: Uint8Array; purpose: TokenPurpose; userId: string; createdBy: string | null; expiresAt: Date },
) {
  await db
    .insertInto("one_time_token")
    .values({
      id: token.id,
      secret_hash: token.secretHash,
      purpose: token.purpose,
      user_id: token.userId,
      created_by: token.createdBy,
      expires_at: token.expiresAt,
    })
    .execute();
}

export async function findOneTimeToken(db: Db, id: string, purpose: TokenPurpose) {
  return db
    .selectFrom("one_time_token")
    .where("id", "=", id)
    .where("purpose", "=", purpose)
    .select(["id", "secret_hash as secretHash", "user_id as userId", "expires_at as expiresAt", "used_at as usedAt"])
    .executeTakeFirst();
}

/** Marks a token used; false when someone else used it first (single use under concurrency). */
export async function claimOneTimeToken(db: Db, id: string, now: Date) {
  const result = await db
    .updateTable("one_time_token")
    .set({ used_at: now })
    .where("id", "=", id)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Older unused links of the same kind stop working when a new one is sent. */
export async function expireOpenTokens(db: Db, userId: string, purpose: TokenPurpose, now: Date) {
  await db
    .updateTable("one_time_token")
    .set({ expires_at: now })
    .where("user_id", "=", userId)
    .where("purpose", "=", purpose)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .execute();
}

export async function setPasswordHash(db: Db, userId: string, passwordHash: string) {
  await db.updateTable("app_user").set({ password_hash: passwordHash }).where("id", "=", userId).execute();
}

export async function setProfile(db: Db, userId: string, profile: { name: string; organisation: string }) {
  await db.updateTable("app_user").set(profile).where("id", "=", userId).execute();
}

export async function findRateLimit(db: Db, key: string) {
  return db.selectFrom("rate_limit").where("key", "=", key).selectAll().executeTakeFirst();
}

/** Counts one failure in the key's window, starting a new window when the old one ended. */
export async function registerFailure(db: Db, key: string, now: Date, windowStartedBefore: Date) {
  await db
    .insertInto("rate_limit")
    .values({ key, failures: 1, window_started_at: now })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        failures: sql`case when rate_limit.window_started_at < cast(${windowStartedBefore} as timestamptz) then 1 else rate_limit.failures + 1 end`,
        window_started_at: sql`case when rate_limit.window_started_at < cast(${windowStartedBefore} as timestamptz) then cast(${now} as timestamptz) else rate_limit.window_started_at end`,
      }),
    )
    .execute();
}

export async function clearRateLimit(db: Db, key: string) {
  await db.deleteFrom("rate_limit").where("key", "=", key).execute();
}
