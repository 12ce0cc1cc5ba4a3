import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword } from "../../db/seed/data/demo";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { ConflictError, ForbiddenError, UnauthenticatedError, ValidationError } from "../../shared/errors";
import { listAudit } from "../audit/audit.service";
import { acceptInvitation, login } from "../auth/auth.service";
import { validateSessionToken } from "../auth/session.service";
import type { ServiceContext } from "../request-context";
import { createTestContext, signInAs } from "../test-context";
import { createFirstAdministrator } from "./bootstrap";
import { deactivatePerson, grantRole, invitePerson, listPeople, revokeRole } from "./people.service";

describe("people and roles", () => {
  let database: TestDatabase;
  let anonymous: ServiceContext;

  const as = (email: string) => signInAs(anonymous, email);

  async function latestInvitationToken(email: string) {
    const mail = await database.db.selectFrom("outbox_email").where("to_address", "=", email).select("body").orderBy("created_at", "desc").executeTakeFirstOrThrow();
    return mail.body.match(/uitnodiging\/([a-z2-7.]+)/)![1]!;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    anonymous = await createTestContext(database);
  });
  afterAll(() => database.destroy());

  it("invites a person: account without password, role given, link in the outbox, audited", async () => {
    const office = await as("projectbureau@demo.nl");
    const { userId } = await invitePerson(office, { email: "Nieuw.Lid@Example.org", name: "Nina Nieuw", roles: [{ role: "reader" }] });
    const person = (await listPeople(office)).find((p) => p.id === userId)!;
    expect(person.email).toBe("nieuw.lid@example.org");
    expect(person.hasPassword).toBe(false);
    expect(person.roles.map((r) => r.role)).toEqual(["reader"]);
    const token = await latestInvitationToken("nieuw.lid@example.org");
    const session = await acceptInvitation(anonymous, token, { name: "Nina Nieuw", organisation: "Zorgbelang", password: "Een heel lang wachtwoord" });
    expect((await validateSessionToken(database.db, session.token, new Date()))?.actor.grants).toEqual([{ role: "reader" }]);
    await expect(acceptInvitation(anonymous, token, { name: "X Y", organisation: "Z Z", password: "Een ander lang wachtwoord" })).rejects.toThrow(
      "Deze link werkt niet",
    );
    const actions = (await listAudit(office)).filter((e) => e.subjectId === userId).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["invitation.sent", "role.granted", "invitation.accepted"]));
  });

  it("refuses a second account for the same address and weak passwords at acceptance", async () => {
    const office = await as("projectbureau@demo.nl");
    await expect(invitePerson(office, { email: "expert@demo.nl", roles: [{ role: "reader" }] })).rejects.toThrow(ConflictError);
    await invitePerson(office, { email: "zwak@example.org", roles: [{ role: "expert" }] });
    const token = await latestInvitationToken("zwak@example.org");
    await expect(acceptInvitation(anonymous, token, { name: "Zwak", organisation: "Test", password: "kort" })).rejects.toThrow(
      "minstens 12 tekens",
    );
    await expect(acceptInvitation(anonymous, token, { name: "Zwak", organisation: "Test", password: "wachtwoord123" })).rejects.toThrow(
      "veel gebruikt",
    );
  });

  it("lets a werkgroep lead add and remove members of their own group only", async () => {
    const lead = await as("begeleider@demo.nl");
    const office = await as("projectbureau@demo.nl");
    const groups = await database.db.selectFrom("working_group").select(["id", "slug"]).execute();
    const own = groups.find((g) => g.slug === "gezond-ouder-worden")!.id;
    const other = groups.find((g) => g.slug === "mentaal-gezond")!.id;
    const expert = (await listPeople(office)).find((p) => p.email === "expert2@demo.nl")!;
    const { assignmentId } = await grantRole(lead, { userId: expert.id, role: "group_member", groupId: own });
    expect(assignmentId).toBeTruthy();
    await expect(grantRole(lead, { userId: expert.id, role: "group_member", groupId: other })).rejects.toThrow(ForbiddenError);
    await expect(grantRole(lead, { userId: expert.id, role: "group_lead", groupId: own })).rejects.toThrow(ForbiddenError);
    await revokeRole(lead, { userId: expert.id, assignmentId: assignmentId! });
    expect((await listPeople(office)).find((p) => p.id === expert.id)!.roles.map((r) => r.role)).toEqual(["expert"]);
  });

  it("checks that a role names the right kind of scope", async () => {
    const office = await as("projectbureau@demo.nl");
    const person = (await listPeople(office)).find((p) => p.email === "meelezer@demo.nl")!;
    await expect(grantRole(office, { userId: person.id, role: "group_member" })).rejects.toThrow("Kies bij deze rol een werkgroep");
    const foundation = await database.db.selectFrom("foundation").select("id").executeTakeFirstOrThrow();
    await expect(grantRole(office, { userId: person.id, role: "expert", foundationId: foundation.id })).rejects.toThrow(ValidationError);
  });

  it("deactivates a person: no login, sessions gone, audited; never oneself", async () => {
    const office = await as("projectbureau@demo.nl");
    const reader = await as("meelezer@demo.nl");
    await deactivatePerson(office, { userId: reader.actor!.userId });
    expect(await database.db.selectFrom("session").where("user_id", "=", reader.actor!.userId).select("id").execute()).toEqual([]);
    await expect(login(anonymous, { email: "meelezer@demo.nl", password: demoPassword })).rejects.toThrow(ValidationError);
    await expect(deactivatePerson(office, { userId: office.actor!.userId })).rejects.toThrow(ValidationError);
    expect((await listAudit(office)).some((e) => e.action === "user.deactivated" && e.subjectId === reader.actor!.userId)).toBe(true);
  });

  it("asks visitors to log in and refuses other roles", async () => {
    await expect(listPeople(anonymous)).rejects.toThrow(UnauthenticatedError);
    await expect(listPeople(await as("coalitie@demo.nl"))).rejects.toThrow(ForbiddenError);
    await expect(listAudit(await as("expert@demo.nl"))).rejects.toThrow(ForbiddenError);
  });

  it("records failed logins in the audit log", async () => {
    await login(anonymous, { email: "expert@demo.nl", password: "verkeerd-wachtwoord" }).catch(() => undefined);
    const office = await as("projectbureau@demo.nl");
    const failed = (await listAudit(office)).filter((e) => e.action === "login.failed");
    expect(failed.some((e) => (e.data as { email?: string }).email === "expert@demo.nl")).toBe(true);
  });

  it("bootstraps the first projectbureau account of a new deployment from the command line", async () => {
    const link = await createFirstAdministrator(database.db, { regionSlug: "flevoland", email: "Chef@Example.org", publicUrl: "https://werkplaats.example" });
    expect(link).toMatch(/^https:\/\/werkplaats\.example\/uitnodiging\//);
    const session = await acceptInvitation(anonymous, link.split("/uitnodiging/")[1]!, { name: "Chef", organisation: "Projectbureau", password: "Een sterk eerste wachtwoord" });
    const valid = await validateSessionToken(database.db, session.token, new Date());
    expect(valid?.actor.grants).toEqual([{ role: "programme_office" }]);
    await expect(createFirstAdministrator(database.db, { regionSlug: "flevoland", email: "chef@example.org", publicUrl: "x" })).rejects.toThrow("already has an account");
  });
});
