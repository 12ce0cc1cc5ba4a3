import { describe, expect, it } from "vitest";
import { readingRoleOf } from "./reading-role";

describe("readingRoleOf", () => {
  it("names the most telling role a person reads in", () => {
    expect(readingRoleOf([{ role: "reader" }, { role: "expert" }])).toBe("expert");
    expect(readingRoleOf([{ role: "foundation_member", foundationId: "f" }, { role: "group_member", groupId: "g" }])).toBe("group_member");
    expect(readingRoleOf([{ role: "reader" }, { role: "foundation_lead", foundationId: "f" }])).toBe("foundation_lead");
    expect(readingRoleOf([{ role: "coalition" }, { role: "group_lead", groupId: "g" }])).toBe("coalition");
    expect(readingRoleOf([])).toBeNull();
  });
});
