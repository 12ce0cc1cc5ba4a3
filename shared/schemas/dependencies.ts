import { isCalendarDate } from "../domain/review-flow";
import { nl } from "../i18n/nl";
import { z } from "./zod-nl";

// Inputs of proposing and answering dependencies (server/dependencies/dependencies.service.ts).
// Lengths match the database's checks (note and answer_reason at most 2000 characters).

const uuid = z.string({ errorMap: () => ({ message: nl.dependencies.itemNotFound }) }).uuid(nl.dependencies.itemNotFound);
const dependencyId = z.string({ errorMap: () => ({ message: nl.dependencies.dependencyNotFound }) }).uuid(nl.dependencies.dependencyNotFound);
const emptyAsNull = (value: unknown) => (value === undefined || (typeof value === "string" && value.trim() === "") ? null : value);

/** A new link from the depending item to the item it needs or touches. */
export const proposeDependencyInput = z.object({
  fromId: uuid,
  toId: uuid,
  kind: z.enum(["vereist", "versterkt", "overlapt"], { errorMap: () => ({ message: nl.dependencies.kindRequired }) }),
  /** "yyyy-mm-dd": by when the other side delivers (only meaningful for vereist). Empty means none. */
  agreedDate: z.preprocess(
    emptyAsNull,
    z
      .string({ errorMap: () => ({ message: nl.dependencies.dateInvalid }) })
      .trim()
      .refine(isCalendarDate, { message: nl.dependencies.dateInvalid })
      .nullable()
  ),
  note: z.string().trim().max(2000).optional().default(""),
});

export const dependencyIdInput = z.object({ id: dependencyId });

export const declineDependencyInput = z.object({
  id: dependencyId,
  reason: z.string({ errorMap: () => ({ message: nl.dependencies.reasonRequired }) }).trim().min(1, nl.dependencies.reasonRequired).max(2000),
});

/** One side's inbox: a werkgroep or a fundament by slug. */
export const dependencyInboxInput = z.object({
  ownerKind: z.enum(["werkgroep", "fundament"]),
  slug: z.string().trim().min(1).max(120),
});

export const itemDependenciesInput = z.object({ itemId: uuid });

/** The items a new link from `fromId` may point to; `query` narrows by title. */
export const linkTargetsInput = z.object({
  fromId: uuid,
  query: z.preprocess((value) => (value === null ? undefined : value), z.string().trim().max(200).optional()),
});

export type ProposeDependencyInput = z.infer<typeof proposeDependencyInput>;
