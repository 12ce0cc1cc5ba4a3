import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { DatabaseConfigError, openDatabase } from "../db/connect";
import { migrateToLatest } from "../db/migrate";
import { demoAccounts, demoPassword } from "../db/seed/data/demo";
import { seedDemoIfEmpty } from "../db/seed/demo-seed";
import { seedIfEmpty } from "../db/seed/seed";
import { refreshRisks } from "./dependencies/risk.service";
import { createCollabServer } from "./collab/collab-server";
import { createInProcessFanoutHub, createPostgresFanout } from "./collab/fanout";
import { readConfig } from "./config";
import { createHttpApp } from "./http/app";
import { endLiveStreams } from "./boards/subscription";
import { createInProcessEventBus, createPostgresEventBus } from "./events/event-bus";
import { createLogger } from "./logger";
import { createMailer } from "./mail/mailer.server";
import { startDigestScheduler } from "./notifications/digest";
import { requireRegionId } from "./plan/plan.service";

// The composition root: read config, open and migrate the database, build the HTTP app,
// listen, and shut down cleanly on SIGTERM/SIGINT (PGlite must be checkpointed and closed).

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function main() {
  const config = readConfig();
  const log = createLogger(config.logLevel);

  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(database.db);
  if (await seedIfEmpty(database.db)) log.info("Seeded the Regioplan Flevoland into an empty database");
  // Demo mode: werkgroepen, teams and one account per role; never in production.
  if (!config.production && (await seedDemoIfEmpty(database.db))) {
    log.info({ accounts: demoAccounts.map((a) => `${a.email} (${a.roleLabel})`), password: demoPassword }, "Loaded the demo data");
  }

  const regionId = await requireRegionId(database.db, config.regionSlug);
  // Changes refresh the remembered risks only where they can move them; once per start the
  // whole region is computed again, so a change made outside the app (a restored backup, a
  // fix by hand) cannot leave a risk wrong for good.
  await database.db.transaction().execute((trx) => refreshRisks(trx, regionId));
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, log });
  // Across instances through PostgreSQL LISTEN/NOTIFY; the embedded database has one instance.
  const events = config.databaseUrl
    ? await createPostgresEventBus({ databaseUrl: config.databaseUrl, log })
    : createInProcessEventBus({ log });
  const remixBuild = (await import(pathToFileURL(path.join(root, "build/index.js")).href)) as ServerBuild;
  const app = createHttpApp({ config, database, log, remixBuild, mailer, events, regionId, publicDir: path.join(root, "public") });

  // Co-editing: one sync server per process; across instances its fan-out runs over PostgreSQL.
  const fanout = config.databaseUrl
    ? await createPostgresFanout({ db: database.db, databaseUrl: config.databaseUrl, log })
    : createInProcessFanoutHub(database.db).join();
  const collab = createCollabServer({ db: database.db, production: config.production, log, fanout, events });

  // The daily e-mail digest of notifications, once a day after 07:00 (Amsterdam) across instances.
  const digest = config.notificationDigest ? startDigestScheduler({ db: database.db, mailer, publicUrl: config.publicUrl, regionId, log }) : null;

  const server = createServer(app);
  server.on("upgrade", (req, socket, head) => collab.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  log.info(
    { port, db: database.kind, database: database.location, mode: config.production ? "production" : "demo" },
    `Regioplan Werkplaats runs at http://localhost:${port}`,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "Shutting down");
    const forced = setTimeout(() => {
      log.error("Shutdown took too long; exiting");
      process.exit(1);
    }, 10_000);
    forced.unref();
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeIdleConnections();
    // Live board streams keep their connections busy: end them (clients reconnect to another
    // instance), then close the connections they leave idle.
    endLiveStreams(events);
    setTimeout(() => server.closeIdleConnections(), 50).unref();
    // Co-editing sockets close (clients reconnect elsewhere) and every received edit is
    // written before the database closes.
    await collab.close();
    await digest?.stop();
    await closed;
    await events.close();
    await database.close();
    log.info("Stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  // One line, no stack, no password: the operator must be able to act on it at once.
  const message = error instanceof DatabaseConfigError ? error.message : `Start-up failed: ${(error as Error)?.message ?? error}`;
  console.error(message);
  process.exit(1);
});
