import type { IncomingMessage } from "node:http";
import type { RequestHandler } from "express";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * True when the request comes from our own pages. Browsers send Origin on every
 * cross-site POST and on WebSocket upgrades; a missing Origin (curl, same-origin GET) is
 * allowed because SameSite=Lax cookies already keep other sites' forms out.
 */
export function isSameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  const host = req.headers["x-forwarded-host"] ?? req.headers.host;
  if (!host || origin === "null") return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Refuses state-changing requests from another origin (CSRF defence for forms and tRPC). */
export const requireSameOrigin: RequestHandler = (req, res, next) => {
  if (safeMethods.has(req.method) || isSameOrigin(req)) return next();
  res.status(403).type("text/plain; charset=utf-8").send("Dit verzoek komt van een andere website en is geweigerd.");
};
