import type { ZodType, ZodTypeDef } from "zod";
import { ValidationError } from "../shared/errors";
import { nl } from "../shared/i18n/nl";

/** Parses service input with a shared zod schema; failures become a Dutch ValidationError. */
export function parseInput<T>(schema: ZodType<T, ZodTypeDef, unknown>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  throw new ValidationError(issues[0]?.message ?? nl.validation.invalid, issues);
}
