import type { Server } from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import pino from "pino";
import type { AppDatabase } from "../db/connect";
import { readConfig } from "../server/config";
import { createHttpApp } from "../server/http/app";
import { createInProcessEventBus } from "../server/events/event-bus";
import { createMailer } from "../server/mail/mailer.server";
import { createTestContext } from "../server/test-context";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface InProcessServer {
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The real HTTP app (Remix build, tRPC, middleware) on a free port, in this process, on a
 * database the test can also read and change directly: for tests that set up or check state
 * in the database around real HTTP requests.
 */
export async function startInProcessServer(database: AppDatabase, env: Record<string, string> = {}): Promise<InProcessServer> {
  const remixBuild = (await import(pathToFileURL(path.join(root, "build/index.js")).href)) as ServerBuild;
  const log = pino({ level: "silent" });
  const { regionId } = await createTestContext(database);
  const app = createHttpApp({
    config: readConfig(env),
    database,
    log,
    remixBuild,
    mailer: createMailer({ from: "test@example.org", log }),
    events: createInProcessEventBus(),
    regionId,
    publicDir: path.join(root, "public"),
  });
  const server: Server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    baseUrl,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
