import { describe, expect, it } from "vitest";
import { initiativeFilterInput, slugInput } from "./plan";

describe("Dutch validation messages", () => {
  it("asks to fill in a missing field", () => {
    const result = slugInput.safeParse({});
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Vul dit veld in.");
  });

  it("explains what a slug may contain", () => {
    const result = slugInput.safeParse({ slug: "Bouw Steen!" });
    expect(result.error?.issues[0]?.message).toBe("Gebruik alleen kleine letters, cijfers en streepjes.");
  });

  it("refuses a non-string municipality with a Dutch message", () => {
    const result = initiativeFilterInput.safeParse({ municipality: 42 });
    expect(result.error?.issues[0]?.message).toBe("Deze waarde klopt niet. Vul het veld opnieuw in.");
  });

  it("accepts a well-formed slug and trims spaces", () => {
    expect(slugInput.parse({ slug: " almere " })).toEqual({ slug: "almere" });
  });
});
