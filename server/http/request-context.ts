import { randomBytes } from "node:crypto";
import type { Request, RequestHandler, Response } from "express";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { readSessionToken, serializeSessionCookie } from "../auth/cookie";
import { validateSessionToken, type ValidSession } from "../auth/session.service";
import type { EventBus } from "../events/event-bus";
import type { Mailer } from "../mail/mailer.server";
import type { ServiceContext } from "../request-context";

export interface ContextDeps {
  db: Kysely<Database>;
  regionSlug: string;
  regionId: string;
  production: boolean;
  mailer: Mailer;
  events: EventBus;
  publicUrl: string;
}

interface RequestState {
  session: ValidSession | null;
  cspNonce: string;
}

/** Validates the session cookie once per request; renews the cookie when the session slid. */
export function loadSession(deps: ContextDeps): RequestHandler {
  return async (req, res, next) => {
    try {
      const token = readSessionToken(req.headers.cookie, deps.production);
      const session = token ? await validateSessionToken(deps.db, token, new Date()) : null;
      if (session?.renewed && token) {
        res.append("Set-Cookie", serializeSessionCookie(token, session.expiresAt, deps.production));
      }
      stateOf(res).session = session;
      next();
    } catch (error) {
      next(error);
    }
  };
}

/** A fresh nonce per request for the CSP and Remix's inline scripts. */
export const assignCspNonce: RequestHandler = (_req, res, next) => {
  stateOf(res).cspNonce = randomBytes(16).toString("base64");
  next();
};

export function stateOf(res: Response): RequestState {
  return res.locals as RequestState;
}

/** The ServiceContext for this request, as services expect it. */
export function buildServiceContext(deps: ContextDeps, req: Request, res: Response): ServiceContext {
  const session = stateOf(res).session ?? null;
  return {
    db: deps.db,
    regionSlug: deps.regionSlug,
    regionId: deps.regionId,
    log: req.log,
    requestId: String(req.id),
    actor: session?.actor ?? null,
    sessionId: session?.sessionId ?? null,
    production: deps.production,
    mailer: deps.mailer,
    events: deps.events,
    publicUrl: deps.publicUrl,
    client: { ip: req.ip ?? req.socket.remoteAddress ?? "", userAgent: String(req.headers["user-agent"] ?? "") },
    now: () => new Date(),
  };
}
