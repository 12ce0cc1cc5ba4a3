import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditSubject } from "../../app/components/admin/labels";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { createCard } from "../boards/cards.service";
import { proposeDependency } from "../dependencies/dependencies.service";
import type { ServiceContext } from "../request-context";
import { submitAgenda } from "../reviews/reviews.service";
import { createTestContext, signInAs } from "../test-context";
import { listAudit } from "./audit.service";

// The audit log names what each event is about, so the projectbureau can tell which agenda was
// submitted or which cards a dependency joins without looking ids up.

describe("the audit log", () => {
  let database: TestDatabase;
  let anonymous: ServiceContext;

  const as = (email: string) => signInAs(anonymous, email);

  beforeAll(async () => {
    database = await createTestDatabase();
    anonymous = await createTestContext(database);
  });
  afterAll(() => database.destroy());

  it("names the agenda, the card and both ends of a dependency an event is about", async () => {
    const db = database.db;
    const group = await db.selectFrom("working_group").where("slug", "=", "gezond-ouder-worden").select(["id", "name"]).executeTakeFirstOrThrow();
    const foundation = await db.selectFrom("foundation").where("slug", "=", "arbeidsmarkt").select(["id", "name"]).executeTakeFirstOrThrow();
    const agenda = await db.selectFrom("agenda").where("foundation_id", "=", foundation.id).select("id").executeTakeFirstOrThrow();
    const block = await db.selectFrom("building_block").select("id").orderBy("position").executeTakeFirstOrThrow();
    const item = await db.selectFrom("workplan_item").where("foundation_id", "=", foundation.id).where("archived_at", "is", null).select(["id", "title"]).orderBy("title").executeTakeFirstOrThrow();

    await submitAgenda(await as("kwartiermaker@demo.nl"), { agendaId: agenda.id });
    const card = await createCard(await as("lid@demo.nl"), { groupId: group.id, title: "Buurtfysiotherapie aan huis", buildingBlockIds: [block.id] });
    const dependency = await proposeDependency(await as("lid@demo.nl"), { fromId: card.id, toId: item.id, kind: "versterkt", agreedDate: "", note: "" });

    const events = await listAudit(await as("projectbureau@demo.nl"));
    const about = (action: string, subjectId: string) => {
      const event = events.find((e) => e.action === action && e.subjectId === subjectId);
      expect(event, `${action} on ${subjectId}`).toBeDefined();
      return auditSubject(event!, { people: new Map(), groups: new Map(), foundations: new Map() });
    };
    expect(about("agenda.submitted", agenda.id)).toBe(`Werkagenda ${foundation.name}`);
    expect(about("card.created", card.id)).toBe("Buurtfysiotherapie aan huis");
    expect(about("dependency.proposed", dependency.id)).toBe(`Afhankelijkheid tussen Buurtfysiotherapie aan huis en ${item.title}`);
  });
});
