import { listNotificationsInput, markReadInput } from "../../shared/schemas/notifications";
import { publicProcedure, router } from "../trpc/init";
import * as notifications from "./notifications.service";

// The signed-in person's own notifications over tRPC (notifications.*).

export const notificationsRouter = router({
  /** { limit? } -> the newest notifications first with their Dutch text, and the unread count. */
  list: publicProcedure.input(listNotificationsInput).query(({ ctx, input }) => notifications.listMyNotifications(ctx, input)),
  /** The number on the bell. */
  unreadCount: publicProcedure.query(({ ctx }) => notifications.countMyUnread(ctx)),
  /** { ids } -> marks those of the caller's own notifications read (404, and nothing changes, when one is not theirs). */
  markRead: publicProcedure.input(markReadInput).mutation(({ ctx, input }) => notifications.markRead(ctx, input)),
  /** Marks all the caller's notifications read. */
  markAllRead: publicProcedure.mutation(({ ctx }) => notifications.markAllRead(ctx)),
});
