import { agendaThreadsInput, createThreadInput, replyToThreadInput, threadIdInput } from "../../shared/schemas/threads";
import { publicProcedure, router } from "../trpc/init";
import * as threads from "./threads.service";

// Comment threads on agenda passages over tRPC: thin procedures over threads.service.ts.

export const threadsRouter = router({
  /** { agendaId } -> the agenda's threads with comments, whether each passage still exists, and who may resolve. */
  list: publicProcedure.input(agendaThreadsInput).query(({ ctx, input }) => threads.listThreads(ctx, input)),
  /** { agendaId, versionNumber?, anchorStart, anchorEnd (base64), quote, body } -> the new thread's id. */
  create: publicProcedure.input(createThreadInput).mutation(({ ctx, input }) => threads.createThread(ctx, input)),
  /** { threadId, body } -> the new comment's id. */
  reply: publicProcedure.input(replyToThreadInput).mutation(({ ctx, input }) => threads.replyToThread(ctx, input)),
  /** { threadId } -> resolved (thread.resolve). */
  resolve: publicProcedure.input(threadIdInput).mutation(({ ctx, input }) => threads.resolveThread(ctx, input)),
  /** { threadId } -> open again (thread.resolve). */
  reopen: publicProcedure.input(threadIdInput).mutation(({ ctx, input }) => threads.reopenThread(ctx, input)),
  /**
   * Live events of one agenda over SSE (GET /api/trpc/threads.events?input={"agendaId":...}):
   * first `subscription.ready`, then every change to its threads (and frozen versions).
   */
  events: publicProcedure.input(agendaThreadsInput).subscription(({ ctx, input, signal }) => threads.openAgendaEvents(ctx, input, signal)),
});
