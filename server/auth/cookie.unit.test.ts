import { describe, expect, it } from "vitest";
import { readSessionToken, serializeClearedSessionCookie, serializeSessionCookie } from "./cookie";

const expires = new Date("2026-12-01T10:00:00Z");

describe("the session cookie", () => {
  it("is HttpOnly, SameSite=Lax and Path=/ everywhere", () => {
    for (const production of [false, true]) {
      const cookie = serializeSessionCookie("abc.def", expires, production);
      expect(cookie).toContain("HttpOnly");
      expect(cookie).toContain("SameSite=Lax");
      expect(cookie).toContain("Path=/");
      expect(cookie).toContain(`Expires=${expires.toUTCString()}`);
      expect(cookie).not.toMatch(/Domain=/i);
    }
  });

  it("is Secure with the __Host- prefix in production only", () => {
    expect(serializeSessionCookie("abc.def", expires, true)).toMatch(/^__Host-rw_session=abc\.def;.*Secure/);
    expect(serializeSessionCookie("abc.def", expires, false)).toMatch(/^rw_session=abc\.def;/);
    expect(serializeSessionCookie("abc.def", expires, false)).not.toContain("Secure");
    expect(serializeClearedSessionCookie(true)).toMatch(/^__Host-rw_session=;.*Max-Age=0.*Secure/);
  });

  it("in production reads only the prefixed cookie, so a cookie set by a subdomain cannot be planted", () => {
    expect(readSessionToken("rw_session=planted", true)).toBeUndefined();
    expect(readSessionToken("other=1; __Host-rw_session=real.token", true)).toBe("real.token");
    expect(readSessionToken("rw_session=x.y; theme=dark", false)).toBe("x.y");
    expect(readSessionToken(undefined, false)).toBeUndefined();
  });
});
