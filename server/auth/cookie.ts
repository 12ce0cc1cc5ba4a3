// The session cookie: HttpOnly, SameSite=Lax, Path=/; in production also Secure with the
// __Host- prefix (which forbids a Domain attribute and demands Secure and Path=/).

export function sessionCookieName(production: boolean) {
  return production ? "__Host-rw_session" : "rw_session";
}

export function serializeSessionCookie(token: string, expiresAt: Date, production: boolean) {
  const parts = [
    `${sessionCookieName(production)}=${token}`,
    "HttpOnly",
    "SameSite=Lax",
    "Path=/",
    `Expires=${expiresAt.toUTCString()}`,
  ];
  if (production) parts.push("Secure");
  return parts.join("; ");
}

export function serializeClearedSessionCookie(production: boolean) {
  const parts = [`${sessionCookieName(production)}=`, "HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=0"];
  if (production) parts.push("Secure");
  return parts.join("; ");
}

/** The session token from a Cookie header, if any. */
export function readSessionToken(cookieHeader: string | undefined, production: boolean): string | undefined {
  if (!cookieHeader) return undefined;
  const name = sessionCookieName(production);
  for (const pair of cookieHeader.split(";")) {
    const index = pair.indexOf("=");
    if (index > 0 && pair.slice(0, index).trim() === name) return pair.slice(index + 1).trim();
  }
  return undefined;
}
