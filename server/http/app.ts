import { randomUUID } from "node:crypto";
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import { createExpressMiddleware } from "@trpc/server/adapters/express";
import express from "express";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import type { AppDatabase } from "../../db/connect";
import type { AppConfig } from "../config";
import type { EventBus } from "../events/event-bus";
import type { Mailer } from "../mail/mailer.server";
import type { ServiceContext } from "../request-context";
import { appRouter } from "../trpc/app-router";
import { requireSameOrigin } from "./origin-check";
import { assignCspNonce, buildServiceContext, loadSession, stateOf, type ContextDeps } from "./request-context";
import { securityHeaders } from "./security-headers";

export interface HttpAppDeps {
  config: AppConfig;
  database: AppDatabase;
  log: Logger;
  remixBuild: ServerBuild;
  mailer: Mailer;
  events: EventBus;
  /** The id of config.regionSlug, resolved at start-up. */
  regionId: string;
  /** Directory with Remix's client assets (public/build) and other static files (public). */
  publicDir: string;
}

declare module "@remix-run/node" {
  interface AppLoadContext {
    ctx: ServiceContext;
    cspNonce: string;
  }
}

const requestIdPattern = /^[A-Za-z0-9._-]{1,64}$/;

/** The one Express app: health, origin check, session, tRPC, static files and Remix pages. */
export function createHttpApp({ config, database, log, remixBuild, mailer, events, regionId, publicDir }: HttpAppDeps) {
  const deps: ContextDeps = {
    db: database.db,
    regionSlug: config.regionSlug,
    regionId,
    production: config.production,
    mailer,
    events,
    publicUrl: config.publicUrl,
  };
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.trustProxy);

  app.use(
    pinoHttp({
      logger: log,
      genReqId(req, res) {
        const incoming = req.headers["x-request-id"];
        const id = typeof incoming === "string" && requestIdPattern.test(incoming) ? incoming : randomUUID();
        res.setHeader("X-Request-Id", id);
        return id;
      },
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === "/healthz" || req.url?.startsWith("/build/") === true },
    }),
  );
  app.use(assignCspNonce, securityHeaders);

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok", db: database.kind });
  });

  // Remix fingerprints its client assets, so they may be cached for a year.
  app.use("/build", express.static(path.join(publicDir, "build"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(publicDir, { maxAge: "1h", index: false }));

  app.use(requireSameOrigin);
  app.use(loadSession(deps));

  app.use(
    "/api/trpc",
    createExpressMiddleware({
      router: appRouter,
      createContext: ({ req, res }) => buildServiceContext(deps, req, res),
      maxBatchSize: 10,
    }),
  );

  app.all(
    "*",
    createRequestHandler({
      build: remixBuild,
      // Always "production": Remix then never serialises server error messages or stacks to the browser.
      mode: "production",
      getLoadContext: (req, res) => ({ ctx: buildServiceContext(deps, req, res), cspNonce: stateOf(res).cspNonce }),
    }),
  );
  return app;
}
