import { MAX_QUOTE_LENGTH } from "../agenda/anchors";
import { nl } from "../i18n/nl";
import { z } from "./zod-nl";

// Inputs of the comment threads on agenda passages (server/threads/threads.service.ts).

const uuid = z.string().uuid();

/** The longest comment or answer (the database checks it too). */
export const MAX_COMMENT_LENGTH = 5000;

/** An encoded Yjs relative position as base64 (real ones are a few dozen characters). */
const anchor = z
  .string({ required_error: nl.threads.anchorInvalid, invalid_type_error: nl.threads.anchorInvalid })
  .min(1, nl.threads.anchorInvalid)
  .max(100, nl.threads.anchorInvalid);

const body = z.string().trim().min(1).max(MAX_COMMENT_LENGTH);

export const agendaThreadsInput = z.object({ agendaId: uuid });

export const createThreadInput = z.object({
  agendaId: uuid,
  /** Made on this frozen version (shown read-only); without it, on the live text. */
  versionNumber: z.number().int().positive().optional(),
  anchorStart: anchor,
  anchorEnd: anchor,
  /** The selected text as the person saw it; kept for when the passage is deleted. */
  quote: z.string({ required_error: nl.threads.quoteRequired }).trim().min(1, nl.threads.quoteRequired).max(MAX_QUOTE_LENGTH),
  body,
});

export const replyToThreadInput = z.object({ threadId: uuid, body });

export const threadIdInput = z.object({ threadId: uuid });
