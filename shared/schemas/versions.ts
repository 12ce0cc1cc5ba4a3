import { z } from "./zod-nl";

// Inputs of the agenda version services (server/agendas/versions.service.ts).

const agendaId = z.string().uuid();
const versionNumber = z.number().int().positive();

/** The longest name a version may have (the database checks it too). */
export const MAX_VERSION_NAME = 120;

export const agendaVersionsInput = z.object({ agendaId });

export const freezeVersionInput = z.object({
  agendaId,
  name: z.string().trim().min(1).max(MAX_VERSION_NAME),
});

export const versionInput = z.object({ agendaId, number: versionNumber });

/** Compare version `from` with version `to`, or with the text as it is now ("live"). */
export const diffVersionsInput = z.object({
  agendaId,
  from: versionNumber,
  to: z.union([versionNumber, z.literal("live")]),
});
