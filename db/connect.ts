import { mkdir } from "node:fs/promises";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { Kysely, sql } from "kysely";
import { PostgresJSDialect } from "kysely-postgres-js";
import postgres from "postgres";
import { PGliteDialect } from "./pglite-dialect";
import type { Database } from "./schema";

export type DatabaseKind = "embedded" | "postgres";

export interface AppDatabase {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Where the data lives, safe to print (no password). */
  location: string;
  close(): Promise<void>;
}

/** A configuration problem the operator must fix; its message is safe to print as is. */
export class DatabaseConfigError extends Error {
  override name = "DatabaseConfigError";
}

export interface OpenDatabaseOptions {
  /** A postgres:// URL; without it the embedded PGlite database is used. */
  databaseUrl?: string;
  /** PGlite's data directory (default ./.data), or "memory://" for a throwaway database. */
  dataDir?: string;
  /** An already opened PGlite instance (tests clone these from a template). */
  pglite?: PGlite;
}

/**
 * PostgreSQL's 128 MB of shared buffers are sized for a server of its own. The embedded
 * database holds one region (a few MB) inside the app's process, where every resident
 * megabyte counts: on a host that reclaims cold memory (as the bench machine does every
 * 500 ms) a bigger process is paused longer, and co-editing feels that (docs/decisions/012).
 */
export const EMBEDDED_POSTGRES_CONF = ["shared_buffers=16MB"];

/** A PGlite instance with the embedded database's settings (app, tests and bench alike). */
export function createEmbeddedPostgres(options: Omit<PGliteOptions, "postgresqlconf"> = {}): PGlite {
  return new PGlite({ ...options, postgresqlconf: EMBEDDED_POSTGRES_CONF });
}

/** Opens PostgreSQL when a URL is given, else the embedded PGlite database. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<AppDatabase> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openEmbedded(options);
}

async function openPostgres(databaseUrl: string): Promise<AppDatabase> {
  const url = parseDatabaseUrl(databaseUrl);
  const location = redactDatabaseUrl(url);
  const client = postgres(databaseUrl, {
    max: 10,
    connect_timeout: 5,
    onnotice: () => {},
    connection: { application_name: "regioplan-werkplaats" },
  });
  try {
    await client`select 1`;
  } catch (error) {
    await client.end({ timeout: 1 }).catch(() => {});
    throw new DatabaseConfigError(
      `Cannot connect to PostgreSQL at ${location}: ${describeConnectError(error, url)}`,
    );
  }
  const db = new Kysely<Database>({ dialect: new PostgresJSDialect({ postgres: client }) });
  return {
    db,
    kind: "postgres",
    location,
    close: () => db.destroy(),
  };
}

async function openEmbedded(options: OpenDatabaseOptions): Promise<AppDatabase> {
  const dataDir = options.dataDir ?? "./.data";
  let pglite = options.pglite;
  if (!pglite) {
    if (!dataDir.startsWith("memory://")) await mkdir(dataDir, { recursive: true });
    pglite = createEmbeddedPostgres({ dataDir });
  }
  await pglite.waitReady;
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  const instance = pglite;
  return {
    db,
    kind: "embedded",
    location: options.pglite ? "embedded (in memory)" : `embedded (${dataDir})`,
    async close() {
      await db.destroy();
      if (instance.closed) return;
      // PGlite may fail to reopen a data directory that was not checkpointed and closed.
      await sql`checkpoint`.execute(db).catch(() => {});
      await instance.close();
    },
  };
}

/** Validates a DATABASE_URL; the error names the problem without echoing the password. */
export function parseDatabaseUrl(databaseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new DatabaseConfigError(
      "DATABASE_URL is not a valid URL; expected postgres://user:password@host:5432/database",
    );
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new DatabaseConfigError(
      `DATABASE_URL must start with postgres:// or postgresql://, not ${url.protocol}//`,
    );
  }
  if (!url.hostname) throw new DatabaseConfigError("DATABASE_URL names no host");
  if (url.pathname.length <= 1) throw new DatabaseConfigError("DATABASE_URL names no database");
  return url;
}

/** The URL as it may be printed: the password is replaced by ***. */
export function redactDatabaseUrl(url: URL): string {
  const copy = new URL(url.href);
  if (copy.password) copy.password = "***";
  return copy.href;
}

function describeConnectError(error: unknown, url: URL): string {
  const err = error as { code?: string; message?: string };
  const text = err.message || err.code || String(error);
  const password = decodeURIComponent(url.password);
  return password ? text.replaceAll(password, "***") : text;
}
