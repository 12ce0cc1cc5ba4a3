import { demoPassword } from "../db/seed/data/demo";
import { appendParagraph, connectClient, type TestClient } from "../server/collab/test-harness";

// Co-editing clients against a real server process: sign in over HTTP like a browser, find
// an agenda through its page's data, and connect y-websocket clients with the cookie.

export async function loginOverHttp(baseUrl: string, email: string) {
  const response = await fetch(`${baseUrl}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: baseUrl, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password: demoPassword }),
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (response.status !== 302 || !cookie) throw new Error(`Login of ${email} failed with ${response.status}`);
  return { cookie };
}

/** The id of a werkgroep's agenda, from the loader data its editor page carries. */
export async function groupAgendaIdOverHttp(baseUrl: string, cookie: string, slug: string) {
  const response = await fetch(`${baseUrl}/werkgroepen/${slug}/agenda`, { headers: { cookie } });
  if (!response.ok) throw new Error(`The agenda page answered ${response.status}`);
  // The server-rendered section names the agenda it shows (the editor's socket needs it).
  const html = await response.text();
  const id = /data-agenda-id="([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"/.exec(html)?.[1];
  if (!id) throw new Error("The agenda page carries no agenda id");
  return id;
}

export function wsUrlOf(baseUrl: string) {
  return `${baseUrl.replace(/^http/, "ws")}/collab`;
}

/** A client that types a unique marker every `intervalMs`, remembering when it sent each. */
export function startTyping(client: TestClient, prefix: string, intervalMs: number) {
  const typed: Array<{ marker: string; at: number }> = [];
  let n = 0;
  const timer = setInterval(() => {
    const marker = `⟦${prefix}-${n++}⟧`;
    appendParagraph(client.doc, marker);
    typed.push({ marker, at: Date.now() });
  }, intervalMs);
  return {
    typed,
    stop: () => clearInterval(timer),
  };
}

export { connectClient };
