import { mkdtemp, rm } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { closeCodes } from "../shared/collab/close-codes";
import { startServer, type RunningServer } from "./server";

// The server's doors over real HTTP: health, tRPC, the origin check, the collab socket.

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.stop());

/** Sends a WebSocket upgrade request and returns the HTTP status the server answers with. */
function upgradeStatus(pathname: string, origin: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(server.baseUrl + pathname, {
      headers: {
        Connection: "Upgrade",
        Upgrade: "websocket",
        Origin: origin,
        "Sec-WebSocket-Version": "13",
        "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
      },
    });
    req.on("response", (res) => resolve(res.statusCode!));
    req.on("upgrade", () => reject(new Error("the server accepted an upgrade it should refuse")));
    req.on("error", reject);
    req.end();
  });
}

describe("health and API", () => {
  it("reports health with the kind of database", async () => {
    const response = await fetch(`${server.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    const expected = process.env.DATABASE_URL ? "postgres" : "embedded";
    expect(await response.json()).toEqual({ status: "ok", db: expected });
  });

  it("serves the plan over tRPC with the same numbers as the pages", async () => {
    const response = await fetch(`${server.baseUrl}/api/trpc/plan.overview`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { data: { buildingBlocks: unknown[]; foundations: unknown[] } } };
    expect(body.result.data.buildingBlocks).toHaveLength(8);
    expect(body.result.data.foundations).toHaveLength(6);
  });

  it("answers an unknown slug with 404 and a Dutch message, bad input with 400, never a stack", async () => {
    const notFound = await fetch(`${server.baseUrl}/api/trpc/plan.buildingBlock?input=${encodeURIComponent('{"slug":"nope"}')}`);
    expect(notFound.status).toBe(404);
    const notFoundBody = await notFound.text();
    expect(notFoundBody).toContain("Deze bouwsteen bestaat niet");
    const bad = await fetch(`${server.baseUrl}/api/trpc/plan.buildingBlock?input=${encodeURIComponent('{"slug":"Geen Slug!"}')}`);
    expect(bad.status).toBe(400);
    const badBody = await bad.text();
    expect(badBody).toContain("Gebruik alleen kleine letters, cijfers en streepjes.");
    for (const body of [notFoundBody, badBody]) {
      expect(body).not.toMatch(/\bat .*\.(ts|js):\d+/);
      expect(body).not.toContain('"stack"');
    }
  });

  it("refuses a state-changing request from another website", async () => {
    const response = await fetch(`${server.baseUrl}/regioplan/voorlopers`, {
      method: "POST",
      headers: { Origin: "https://evil.example", "Content-Type": "application/x-www-form-urlencoded" },
      body: "x=1",
    });
    expect(response.status).toBe(403);
  });

  it("sends security headers and a request id", async () => {
    const response = await fetch(`${server.baseUrl}/`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const csp = response.headers.get("content-security-policy")!;
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"]) expect(csp).toContain(directive);
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src"))!;
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(scriptSrc).not.toContain("unsafe-eval");
    expect(response.headers.get("referrer-policy")).toBe("same-origin");
    // A new nonce for every response.
    const again = (await fetch(`${server.baseUrl}/`)).headers.get("content-security-policy");
    expect(again).not.toBe(csp);
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("the collaboration socket", () => {
  it("refuses an upgrade from a foreign origin with 403", async () => {
    expect(await upgradeStatus("/collab/3f1c0a2e-0000-4000-8000-000000000000", "https://evil.example")).toBe(403);
  });

  it("refuses an upgrade on any other path with 404", async () => {
    expect(await upgradeStatus("/api/trpc", server.baseUrl)).toBe(404);
    expect(await upgradeStatus("/collab", server.baseUrl)).toBe(404);
  });

  it("accepts a same-origin upgrade, then closes it with 4401 without a session", async () => {
    const ws = new WebSocket(`${server.baseUrl.replace(/^http/, "ws")}/collab/3f1c0a2e-0000-4000-8000-000000000000`, { headers: { Origin: server.baseUrl } });
    const code = await new Promise<number>((resolve) => ws.on("close", (c) => resolve(c)));
    expect(code).toBe(closeCodes.notSignedIn);
  });
});

describe("shutdown", () => {
  it("stops cleanly on SIGTERM and the embedded database opens again with its data", async () => {
    if (process.env.DATABASE_URL) return; // checkpoint-and-close is the embedded driver's duty
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "rw-restart-"));
    try {
      const first = await startServer({ DATA_DIR: dataDir });
      expect(first.output()).toContain(`http://localhost:${first.port}`);
      expect(await first.stop()).toBe(0);
      const second = await startServer({ DATA_DIR: dataDir });
      const response = await fetch(`${second.baseUrl}/api/trpc/plan.overview`);
      expect(response.status).toBe(200);
      // Seeded on the first start only: the second start found the plan already there.
      expect(first.output()).toContain("Seeded the Regioplan");
      expect(second.output()).not.toContain("Seeded the Regioplan");
      expect(await second.stop()).toBe(0);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
