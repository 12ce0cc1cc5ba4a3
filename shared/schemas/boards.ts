import { z } from "./zod-nl";

// Inputs of the board services. Quarters arrive as "2024-Q2" (or "Q2 2024"); the service
// normalises them with shared/domain/quarter.ts.

const uuid = z.string().uuid();
const ids = z.array(uuid).max(50);
const quarter = z.string().trim().max(12).nullable();

export const scaleInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("lokaal"), municipalityIds: z.array(uuid).min(1).max(20) }),
  z.object({ kind: z.literal("subregionaal"), subregionId: uuid }),
  z.object({ kind: z.literal("regionaal") }),
]);

const level = z.enum(["geen", "enig", "groot"]).nullable();
export const assessmentInput = z.object({
  health: level,
  careQuality: level,
  careCosts: level,
  jobSatisfaction: level,
  strengthensBasis: z.boolean().nullable(),
});

export const cardStatusInput = z.enum(["verkennen", "gekozen", "uitwerken", "in_agenda", "gepauzeerd"]);

/** Every field a person can edit on a card; all optional in an edit. */
export const cardFieldsInput = z.object({
  title: z.string().trim().min(1).max(160),
  description: z.string().trim().max(5000),
  status: cardStatusInput,
  focus: z.boolean(),
  scale: scaleInput.nullable(),
  startQuarter: quarter,
  endQuarter: quarter,
  buildingBlockIds: ids,
  foundationIds: ids,
  targetGroupIds: ids,
  themeIds: ids,
  taskIds: ids,
  initiativeIds: ids,
  responsibleUserId: uuid.nullable(),
  assessment: assessmentInput,
});
export type CardFields = z.infer<typeof cardFieldsInput>;

export const createCardInput = z.object({
  groupId: uuid,
  /** Adopt from the plan's catalogue: title, description and bouwsteen come from it. */
  originId: uuid.optional(),
  title: z.string().trim().min(1).max(160).optional(),
  description: z.string().trim().max(5000).optional(),
  buildingBlockIds: ids.optional(),
});

/**
 * An edit names the card version it was based on and, per edited field, the value the
 * editor saw (`base`), so edits to other fields merge and edits to the same field conflict.
 */
export const updateCardInput = z.object({
  cardId: uuid,
  edits: cardFieldsInput.partial(),
  base: cardFieldsInput.partial(),
});

export const moveCardInput = z.object({
  cardId: uuid,
  status: cardStatusInput,
  /** The card that will be just above it in the lane (null: at the top). */
  afterCardId: uuid.nullable(),
});

export const cardIdInput = z.object({ cardId: uuid });
export const boardInput = z.object({ slug: z.string().trim().min(1).max(120) });
export const commentInput = z.object({ cardId: uuid, body: z.string().trim().min(1).max(5000) });
