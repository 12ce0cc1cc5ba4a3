import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { closeCodes } from "../../shared/collab/close-codes";
import { openFoundationAgenda } from "../agendas/agendas.service";
import { setReviewState } from "../agendas/agendas.repository";
import { createTestContext } from "../test-context";
import { connectClient, groupAgendaId, signIn, startCollabTestServer, waitFor, type CollabTestServer, type TestClient } from "./test-harness";

// The role x access table of the co-editing socket, over real sockets. Written by hand from
// docs/permissions.md ("edit own group's cards / agenda text", "edit own fundament's ... text",
// "read ... agendas"), never derived from the policy code: write = 1, read = 0, refused = code.

type Expect = "write" | "read" | number;

const accounts = {
  programme_office: "projectbureau@demo.nl",
  group_lead: "begeleider@demo.nl",
  group_member: "lid@demo.nl",
  other_group_member: "lid.wg2@demo.nl",
  foundation_lead: "kwartiermaker@demo.nl",
  foundation_member: "team1.arbeidsmarkt@demo.nl",
  expert: "expert@demo.nl",
  coalition: "coalitie@demo.nl",
  reader: "meelezer@demo.nl",
} as const;
type Who = keyof typeof accounts | "anonymous";

const groupAgenda: Record<Who, Expect> = {
  anonymous: closeCodes.notSignedIn,
  programme_office: "write",
  group_lead: "write",
  group_member: "write",
  other_group_member: "read",
  foundation_lead: "read",
  foundation_member: "read",
  expert: "read",
  coalition: "read",
  reader: "read",
};

const foundationAgenda: Record<Who, Expect> = {
  anonymous: closeCodes.notSignedIn,
  programme_office: "write",
  group_lead: "read",
  group_member: "read",
  other_group_member: "read",
  foundation_lead: "write",
  foundation_member: "write",
  expert: "read",
  coalition: "read",
  reader: "read",
};

let database: TestDatabase;
let server: CollabTestServer;
const clients: TestClient[] = [];

beforeAll(async () => {
  database = await createTestDatabase({ template: "demo" });
  server = await startCollabTestServer(database);
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server?.close();
  await database?.close();
});

async function outcome(agendaId: string, who: Who): Promise<Expect> {
  const as = who === "anonymous" ? null : await signIn(database, accounts[who]);
  const client = connectClient(server.wsUrl, agendaId, as);
  clients.push(client);
  await waitFor(() => client.accessModes.length > 0 || client.closeEvents.length > 0, `an answer for ${who}`);
  client.provider.disconnect();
  if (client.closeEvents.length > 0) return client.closeEvents[0]!.code;
  return client.accessModes[0] === 1 ? "write" : "read";
}

async function agendaIds() {
  const office = await signIn(database, accounts.programme_office);
  const group = await groupAgendaId(database, "gezond-ouder-worden", office);
  const ctx = await createTestContext(database, { actor: office.actor });
  const foundation = (await openFoundationAgenda(ctx, "arbeidsmarkt")).agenda.id;
  return { group, foundation };
}

describe("who may write, read or nothing, per agenda", () => {
  it("a werkgroep's concept transformatieagenda", async () => {
    const { group } = await agendaIds();
    for (const who of Object.keys(groupAgenda) as Who[]) expect([who, await outcome(group, who)]).toEqual([who, groupAgenda[who]]);
  });

  it("a fundament's werkagenda", async () => {
    const { foundation } = await agendaIds();
    for (const who of Object.keys(foundationAgenda) as Who[]) expect([who, await outcome(foundation, who)]).toEqual([who, foundationAgenda[who]]);
  });

  it("an adopted (Vastgesteld) agenda: everyone signed in reads, nobody writes", async () => {
    const { group } = await agendaIds();
    await setReviewState(database.db, group, "vastgesteld");
    for (const who of Object.keys(groupAgenda) as Who[]) {
      expect([who, await outcome(group, who)]).toEqual([who, who === "anonymous" ? closeCodes.notSignedIn : "read"]);
    }
  });
});
