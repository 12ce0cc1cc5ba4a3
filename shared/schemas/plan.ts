import { nl } from "../i18n/nl";
import { z } from "./zod-nl";

/** A seeded row's stable slug, as it appears in URLs. */
export const slugSchema = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, nl.validation.slug);

export const slugInput = z.object({ slug: slugSchema });
export type SlugInput = z.infer<typeof slugInput>;

export const initiativeFilterInput = z.object({
  municipality: slugSchema.optional(),
});
export type InitiativeFilter = z.infer<typeof initiativeFilterInput>;
