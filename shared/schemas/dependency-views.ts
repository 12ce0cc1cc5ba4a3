import { z } from "./zod-nl";
import { nl } from "../i18n/nl";

// Inputs of the dependency views (server/dependencies/views.service.ts). An empty string, as an
// empty filter form sends it, means "no choice".

const uuid = z.string().uuid();
const emptyAsUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalSlug = z.preprocess(emptyAsUndefined, z.string().trim().max(120).optional());

/** Filters of the region's dependency graph. */
export const regionGraphInput = z
  .object({
    groupSlug: optionalSlug,
    foundationSlug: optionalSlug,
    kind: z.preprocess(emptyAsUndefined, z.enum(["vereist", "versterkt", "overlapt"]).optional()),
    state: z.preprocess(emptyAsUndefined, z.enum(["voorgesteld", "bevestigd", "afgewezen", "vervallen"]).optional()),
  })
  .optional()
  .default({});

/** The coalition's decided order: every fundament of the region once, most urgent first. */
export const setUrgencyOrderInput = z.object({
  foundationIds: z.array(uuid).min(1).max(50),
  note: z.string().trim().max(2000).optional().default(""),
});

/** Why a focus card that links a fundament needs no *vereist* link to its werkagenda. */
export const justifyFocusLinkInput = z.object({
  cardId: uuid,
  foundationId: uuid,
  reason: z
    .string({ errorMap: () => ({ message: nl.dependencyViews.justificationRequired }) })
    .trim()
    .min(1, nl.dependencyViews.justificationRequired)
    .max(2000, nl.dependencyViews.justificationTooLong),
});

/** One board: a werkgroep's cards or a fundament's werkagenda items. */
export const itemBadgesInput = z.object({
  ownerKind: z.enum(["werkgroep", "fundament"]),
  slug: z.string().trim().min(1).max(120),
});

export const cardWarningsInput = z.object({ cardId: uuid });
