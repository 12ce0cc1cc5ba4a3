import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it("turns Dutch names into stable URL slugs", () => {
    expect(slugify("Gezond ouder worden")).toBe("gezond-ouder-worden");
    expect(slugify("Eén wijknetwerk")).toBe("een-wijknetwerk");
    expect(slugify("Zorg & Welzijn: samen!")).toBe("zorg-en-welzijn-samen");
    expect(slugify("  --Cliëntondersteuning--  ")).toBe("clientondersteuning");
  });

  it("keeps slugs short enough for URLs", () => {
    expect(slugify("a".repeat(200)).length).toBeLessThanOrEqual(80);
  });
});
