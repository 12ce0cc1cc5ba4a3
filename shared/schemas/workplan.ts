import { workplanStatuses } from "../domain/workplan-rules";
import { z } from "./zod-nl";

// Inputs of the werkagenda services (a fundament's items). Text is bounded here; the exact
// limits (title 1..160, organisation up to 160, due quarter required and well formed) are
// checked by shared/domain/workplan-rules.ts, which gives the precise Dutch message.
// Quarters arrive as "2025-Q2" or "Q2 2025"; the service normalises them.

const uuid = z.string().uuid();
const title = z.string().trim().max(1000);
const description = z.string().trim().max(5000);
const dueQuarter = z.string().trim().max(40).nullable();
const organisation = z.string().trim().max(1000);

export const workplanStatusInput = z.enum(workplanStatuses);

/** Every field a person can edit on a werkagenda item; all optional in an edit. */
export const workplanItemFieldsInput = z.object({
  title,
  description,
  status: workplanStatusInput,
  dueQuarter,
  responsibleOrganisation: organisation,
});
export type WorkplanItemFields = z.infer<typeof workplanItemFieldsInput>;

export const workplanInput = z.object({ slug: z.string().trim().min(1).max(120) });

export const createWorkplanItemInput = z.object({
  foundationId: uuid,
  title,
  description: description.optional(),
  /** Required; left out or empty gives the rules' Dutch message. */
  dueQuarter: dueQuarter.optional(),
  responsibleOrganisation: organisation.optional(),
});

/**
 * An edit gives, per edited field, the value the editor saw (`base`), so edits to other
 * fields merge and edits to the same field conflict (shared/domain/field-merge.ts).
 */
export const updateWorkplanItemInput = z.object({
  itemId: uuid,
  edits: workplanItemFieldsInput.partial(),
  base: workplanItemFieldsInput.partial(),
});

export const moveWorkplanItemInput = z.object({
  itemId: uuid,
  status: workplanStatusInput,
  /** The item that will be just above it in the lane (null: at the top). */
  afterItemId: uuid.nullable(),
});

export const workplanItemIdInput = z.object({ itemId: uuid });
