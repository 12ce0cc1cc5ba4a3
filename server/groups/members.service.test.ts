import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "../../shared/errors";
import { grantRole } from "../people/people.service";
import type { ServiceContext } from "../request-context";
import { createTestContext, signInAs } from "../test-context";
import { getFoundationTeam, listCandidateMembers, listCandidateTeamMembers } from "./members.service";

describe("choosing new members of a werkgroep or a fundament's team", () => {
  let database: TestDatabase;
  let anonymous: ServiceContext;
  let ids: { group: string; otherGroup: string; arbeidsmarkt: string; lars: string; mira: string };

  const as = (email: string) => signInAs(anonymous, email);

  beforeAll(async () => {
    database = await createTestDatabase();
    anonymous = await createTestContext(database);
    const groups = await database.db.selectFrom("working_group").select(["id", "slug"]).execute();
    const person = async (email: string) => (await database.db.selectFrom("app_user").where("email", "=", email).select("id").executeTakeFirstOrThrow()).id;
    ids = {
      group: groups.find((g) => g.slug === "gezond-ouder-worden")!.id,
      otherGroup: groups.find((g) => g.slug === "mentaal-gezond")!.id,
      arbeidsmarkt: (await database.db.selectFrom("foundation").where("slug", "=", "arbeidsmarkt").select("id").executeTakeFirstOrThrow()).id,
      lars: await person("lid2@demo.nl"),
      mira: await person("lid.wg2@demo.nl"),
    };
  });
  afterAll(() => database.destroy());

  it("gives the werkgroep's lead the active people who are not in it yet, without e-mail addresses", async () => {
    const lead = await as("begeleider@demo.nl");
    const candidates = await listCandidateMembers(lead, { groupId: ids.group });
    const names = candidates.map((c) => c.name);
    expect(names).toContain("Mira Mentaal");
    expect(names).toContain("Eva Expert");
    // Already in the werkgroep: the lead and both members.
    expect(names).not.toContain("Bram Begeleider");
    expect(names).not.toContain("Lotte Lid");
    expect(names).not.toContain("Lars Lid");
    for (const candidate of candidates) expect(Object.keys(candidate).sort()).toEqual(["id", "name", "organisation"]);
    expect(candidates.find((c) => c.name === "Mira Mentaal")?.organisation).toBe("GGz Centraal");
    expect(JSON.stringify(candidates)).not.toContain("@");

    // Once added, a person is no longer a candidate; a switched-off account never is.
    await grantRole(lead, { userId: ids.mira, role: "group_member", groupId: ids.group });
    await database.db.updateTable("app_user").set({ active: false }).where("email", "=", "expert2@demo.nl").execute();
    const after = (await listCandidateMembers(lead, { groupId: ids.group })).map((c) => c.name);
    expect(after).not.toContain("Mira Mentaal");
    expect(after).not.toContain("Erik Expert");
    await database.db.updateTable("app_user").set({ active: true }).where("email", "=", "expert2@demo.nl").execute();
  });

  it("refuses the lead of another werkgroep, a member and a visitor", async () => {
    const otherLead = await as("begeleider.mentaal-gezond@demo.nl");
    await expect(listCandidateMembers(otherLead, { groupId: ids.group })).rejects.toBeInstanceOf(ForbiddenError);
    // ... who does get the candidates of their own werkgroep.
    expect((await listCandidateMembers(otherLead, { groupId: ids.otherGroup })).length).toBeGreaterThan(0);
    await expect(listCandidateMembers(await as("lid@demo.nl"), { groupId: ids.group })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listCandidateMembers(await as("kwartiermaker@demo.nl"), { groupId: ids.group })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listCandidateMembers(anonymous, { groupId: ids.group })).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("lets the programme office see candidates of any werkgroep; an unknown werkgroep is a 404", async () => {
    const office = await as("projectbureau@demo.nl");
    expect((await listCandidateMembers(office, { groupId: ids.otherGroup })).length).toBeGreaterThan(0);
    await expect(listCandidateMembers(office, { groupId: "00000000-0000-4000-8000-000000000000" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("gives the kwartiermaker candidates for the own team only", async () => {
    const kwartiermaker = await as("kwartiermaker@demo.nl");
    const candidates = (await listCandidateTeamMembers(kwartiermaker, { foundationId: ids.arbeidsmarkt })).map((c) => c.name);
    expect(candidates).toContain("Lotte Lid");
    expect(candidates).not.toContain("Karim Kwartiermaker");
    const other = (await database.db.selectFrom("foundation").where("slug", "=", "gezonde-leefomgeving").select("id").executeTakeFirstOrThrow()).id;
    await expect(listCandidateTeamMembers(kwartiermaker, { foundationId: other })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listCandidateTeamMembers(await as("begeleider@demo.nl"), { foundationId: ids.arbeidsmarkt })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("shows a fundament's team with organisations and what the viewer may do", async () => {
    const team = await getFoundationTeam(await as("kwartiermaker@demo.nl"), { slug: "arbeidsmarkt" });
    expect(team.foundation.name).toBe("Toekomstbestendige arbeidsmarkt Zorg & Welzijn");
    expect(team.team[0]).toMatchObject({ role: "foundation_lead", name: "Karim Kwartiermaker", organisation: "Regionaal Werkbedrijf Flevoland" });
    expect(team.abilities).toEqual({ "foundation.edit": true, "foundation.team.manage": true });
    const asMember = await getFoundationTeam(await as("lid@demo.nl"), { slug: "arbeidsmarkt" });
    expect(asMember.abilities).toEqual({ "foundation.edit": false, "foundation.team.manage": false });
    await expect(getFoundationTeam(await as("lid@demo.nl"), { slug: "bestaat-niet" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
