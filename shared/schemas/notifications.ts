import { nl } from "../i18n/nl";
import { z } from "./zod-nl";

// Inputs of the notifications (server/notifications/notifications.service.ts).

/** Marks some of the person's own notifications as read. */
export const markReadInput = z.object({
  ids: z
    .array(z.string().uuid({ message: nl.notifications.idInvalid }), { required_error: nl.notifications.idsRequired })
    .min(1, { message: nl.notifications.idsRequired })
    .max(200, { message: nl.notifications.tooMany }),
});

/** How many of the newest notifications to list. */
export const listNotificationsInput = z
  .object({ limit: z.number().int().min(1).max(200).optional().default(50) })
  .optional()
  .default({});
