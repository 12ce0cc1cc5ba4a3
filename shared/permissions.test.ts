import { describe, expect, it } from "vitest";
import { abilitiesFor, can, type Actor } from "./permissions";

const region = "region-a";
const groupLead: Actor = { userId: "u1", regionId: region, grants: [{ role: "group_lead", groupId: "g1" }] };
const expert: Actor = { userId: "u2", regionId: region, grants: [{ role: "expert" }] };
const both: Actor = { userId: "u3", regionId: region, grants: [{ role: "reader" }, { role: "foundation_member", foundationId: "f1" }] };

describe("can()", () => {
  it("lets anonymous visitors read the plan and nothing else", () => {
    expect(can(null, "plan.read")).toBe(true);
    expect(can(null, "workspace.read", { regionId: region })).toBe(false);
    expect(can(null, "comment.write", { regionId: region })).toBe(false);
  });

  it("limits scoped roles to their own werkgroep or fundament", () => {
    expect(can(groupLead, "group.edit", { regionId: region, groupId: "g1" })).toBe(true);
    expect(can(groupLead, "group.edit", { regionId: region, groupId: "g2" })).toBe(false);
    expect(can(groupLead, "group.edit", { regionId: region })).toBe(false);
    expect(can(groupLead, "foundation.edit", { regionId: region, foundationId: "g1" })).toBe(false);
  });

  it("refuses everything across regions, even to the programme office", () => {
    const office: Actor = { userId: "u4", regionId: region, grants: [{ role: "programme_office" }] };
    expect(can(office, "people.manage", { regionId: region })).toBe(true);
    expect(can(office, "people.manage", { regionId: "region-b" })).toBe(false);
    expect(can(office, "workspace.read", { regionId: "region-b" })).toBe(false);
  });

  it("lets an expert assign only themselves and resolve only their own threads", () => {
    expect(can(expert, "review.assign", { regionId: region, assigneeId: "u2" })).toBe(true);
    expect(can(expert, "review.assign", { regionId: region, assigneeId: "u9" })).toBe(false);
    expect(can(expert, "thread.resolve", { regionId: region, authorId: "u2", groupId: "g1" })).toBe(true);
    expect(can(expert, "thread.resolve", { regionId: region, authorId: "u9", groupId: "g1" })).toBe(false);
  });

  it("combines several roles of one person", () => {
    expect(can(both, "foundation.edit", { regionId: region, foundationId: "f1" })).toBe(true);
    expect(can(both, "comment.write", { regionId: region })).toBe(true);
    expect(can(both, "group.edit", { regionId: region, groupId: "g1" })).toBe(false);
  });

  it("keeps adoption with the coalition and reviews with experts, never the programme office", () => {
    const office: Actor = { userId: "u4", regionId: region, grants: [{ role: "programme_office" }] };
    expect(can(office, "agenda.adopt", { regionId: region })).toBe(false);
    expect(can(office, "review.write", { regionId: region })).toBe(false);
    expect(can(office, "agenda.submit", { regionId: region, groupId: "g1" })).toBe(false);
  });

  it("builds an abilities map for the UI", () => {
    expect(abilitiesFor(groupLead, ["group.edit", "people.manage"], { regionId: region, groupId: "g1" })).toEqual({
      "group.edit": true,
      "people.manage": false,
    });
  });
});
