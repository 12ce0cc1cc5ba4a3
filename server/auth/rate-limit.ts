import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { RateLimitedError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import * as repo from "./auth.repository";

// Failure counters live in PostgreSQL (PGlite on the embedded default), so the app needs no
// extra server and several instances share them.

export const authLimits = { windowMs: 15 * 60 * 1000, perAccount: 10, perIp: 30 };

export interface LimitKey {
  key: string;
  max: number;
}

export function loginKeys(email: string, ip: string): LimitKey[] {
  return [
    { key: `auth:account:${email.trim().toLowerCase()}`, max: authLimits.perAccount },
    { key: `auth:ip:${ip}`, max: authLimits.perIp },
  ];
}

export function resetKeys(email: string, ip: string): LimitKey[] {
  return [
    { key: `reset:account:${email.trim().toLowerCase()}`, max: authLimits.perAccount },
    { key: `reset:ip:${ip}`, max: authLimits.perIp },
  ];
}

/** Throws 429 with the seconds until the window ends when any key has used up its attempts. */
export async function requireUnderLimit(db: Kysely<Database>, keys: LimitKey[], now: Date) {
  for (const { key, max } of keys) {
    const row = await repo.findRateLimit(db, key);
    if (!row) continue;
    const endsAt = row.window_started_at.getTime() + authLimits.windowMs;
    if (endsAt > now.getTime() && row.failures >= max) {
      const seconds = Math.ceil((endsAt - now.getTime()) / 1000);
      throw new RateLimitedError(nl.auth.rateLimited(Math.ceil(seconds / 60)), seconds);
    }
  }
}

export async function countFailure(db: Kysely<Database>, keys: LimitKey[], now: Date) {
  const windowStartedBefore = new Date(now.getTime() - authLimits.windowMs);
  for (const { key } of keys) await repo.registerFailure(db, key, now, windowStartedBefore);
}

export async function clearLimit(db: Kysely<Database>, key: string) {
  await repo.clearRateLimit(db, key);
}
