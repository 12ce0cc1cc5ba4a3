import { redirect } from "@remix-run/node";
import { serializeClearedSessionCookie, serializeSessionCookie } from "../../server/auth/cookie";
import type { ServiceContext } from "../../server/request-context";
import type { Actor } from "../../shared/permissions";

/** The signed-in actor; visitors are sent to /login and come back here afterwards. */
export function requireSignedIn(ctx: ServiceContext, request: Request): Actor {
  if (ctx.actor) return ctx.actor;
  const url = new URL(request.url);
  throw redirect(`/login?naar=${encodeURIComponent(url.pathname + url.search)}`);
}

/** Only paths on this site: "/x" yes, "//evil.example" or "https://..." no. */
export function safeRedirectTarget(target: string | null | undefined, fallback = "/"): string {
  if (!target || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
  return target;
}

export function sessionCookieHeaders(ctx: ServiceContext, session: { token: string; expiresAt: Date }) {
  return { "Set-Cookie": serializeSessionCookie(session.token, session.expiresAt, ctx.production) };
}

export function clearedSessionCookieHeaders(ctx: ServiceContext) {
  return { "Set-Cookie": serializeClearedSessionCookie(ctx.production) };
}
