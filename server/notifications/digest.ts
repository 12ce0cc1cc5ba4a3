import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { Database } from "../../db/schema";
import { nl } from "../../shared/i18n/nl";
import type { Mailer } from "../mail/mailer.server";
import * as repo from "./notifications.repository";
import { describeNotification } from "./notifications.service";

// The daily e-mail digest (issue 7, point 6): one e-mail per person with their unread
// notifications that no e-mail told about yet, through the same mail path as invitations
// (the outbox when there is no SMTP). Sent once per region and day, even with several
// instances: the run holds a PostgreSQL advisory lock and claims (region, day) in digest_run.

/** The advisory lock key of the digest (any constant; the same on every instance). */
export const digestLockKey = 7_060_001;

export interface DigestDeps {
  db: Kysely<Database>;
  mailer: Mailer;
  /** The app's own address, for the link in the e-mail. */
  publicUrl: string;
  now?: () => Date;
}

/**
 * Sends the digest of one region for one day (YYYY-MM-DD, local date). Returns how many
 * e-mails went out; 0 when the day was already claimed by an earlier or parallel run.
 */
export async function sendDailyDigest(deps: DigestDeps, options: { regionId: string; day: string }): Promise<{ claimed: boolean; sent: number }> {
  const now = deps.now ?? (() => new Date());
  return deps.db.transaction().execute(async (trx) => {
    await repo.lockDigest(trx, digestLockKey);
    if (!(await repo.claimDigestDay(trx, options.regionId, options.day))) return { claimed: false, sent: 0 };
    const pending = await repo.listDigestPending(trx, options.regionId);
    const byPerson = new Map<string, typeof pending>();
    for (const row of pending) {
      const list = byPerson.get(row.userId);
      if (list) list.push(row);
      else byPerson.set(row.userId, [row]);
    }
    const m = nl.notifications;
    for (const rows of byPerson.values()) {
      const person = rows[0]!;
      const body = [
        m.digestGreeting(person.name || person.email),
        "",
        m.digestIntro,
        "",
        ...rows.map((row) => `- ${describeNotification(row.kind, row.data)}`),
        "",
        m.digestLink(`${deps.publicUrl}/meldingen`),
        "",
        m.digestFooter,
      ].join("\n");
      await deps.mailer.send(trx, { to: person.email, subject: m.digestSubject(rows.length), body });
    }
    await repo.markEmailed(trx, pending.map((row) => row.id), now());
    await repo.recordDigestSent(trx, options.regionId, options.day, byPerson.size);
    return { claimed: true, sent: byPerson.size };
  });
}

const amsterdam = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  hourCycle: "h23",
});

/** The local date (YYYY-MM-DD) and hour in Europe/Amsterdam at this moment. */
export function amsterdamDayAndHour(moment: Date): { day: string; hour: number } {
  const parts = Object.fromEntries(amsterdam.formatToParts(moment).map((part) => [part.type, part.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}

/** The local hour after which the day's digest goes out. */
export const digestHour = 7;

export interface DigestScheduler {
  /** Stops checking and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Checks every 10 minutes whether it is past 07:00 in
 * Amsterdam; then runs the day's digest. The claim in digest_run makes every later check
 * of that day, on any instance, send nothing.
 */
export function startDigestScheduler(
  deps: DigestDeps & { regionId: string; log: Logger; intervalMs?: number; firstCheckMs?: number },
): DigestScheduler {
  const now = deps.now ?? (() => new Date());
  let running: Promise<void> | null = null;
  let stopped = false;
  let doneDay: string | null = null;
  const check = () => {
    if (stopped || running) return;
    const { day, hour } = amsterdamDayAndHour(now());
    if (hour < digestHour || day === doneDay) return;
    running = sendDailyDigest(deps, { regionId: deps.regionId, day })
      .then((result) => {
        doneDay = day;
        if (result.claimed) deps.log.info({ day, sent: result.sent }, "Sent the daily notification digest");
      })
      .catch((error: unknown) => deps.log.error({ err: error, day }, "The daily notification digest failed"))
      .finally(() => {
        running = null;
      });
  };
  const interval = setInterval(check, deps.intervalMs ?? 10 * 60_000);
  interval.unref();
  // The first check comes after one interval unless asked sooner: a server that just
  // started (a deploy, an e2e run) does not mail at once.
  const first = deps.firstCheckMs === undefined ? null : setTimeout(check, deps.firstCheckMs);
  first?.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(interval);
      if (first) clearTimeout(first);
      await running;
    },
  };
}
