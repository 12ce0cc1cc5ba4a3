import { describe, expect, it } from "vitest";
import { DatabaseConfigError, parseDatabaseUrl, redactDatabaseUrl } from "./connect";

describe("DATABASE_URL checks", () => {
  it("names the problem with a malformed URL without echoing it", () => {
    expect(() => parseDatabaseUrl("not a url with s3cret")).toThrow(DatabaseConfigError);
    try {
      parseDatabaseUrl("not a url with s3cret");
    } catch (error) {
      expect((error as Error).message).not.toContain("s3cret");
      expect((error as Error).message).toContain("postgres://");
    }
  });

  it("refuses other schemes and URLs without a database", () => {
    expect(() => parseDatabaseUrl("mysql://u:p@localhost/db")).toThrow("must start with postgres://");
    expect(() => parseDatabaseUrl("postgres://u:p@localhost")).toThrow("names no database");
  });

  it("hides the password when the URL is printed", () => {
    const url = parseDatabaseUrl("postgresql://app:hunter2@db.example:5432/werkplaats");
    expect(redactDatabaseUrl(url)).toBe("postgresql://app:***@db.example:5432/werkplaats");
  });
});
