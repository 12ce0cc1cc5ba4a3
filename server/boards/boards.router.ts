import { boardInput, cardIdInput, commentInput, createCardInput, moveCardInput, updateCardInput } from "../../shared/schemas/boards";
import { createWorkplanItemInput, moveWorkplanItemInput, updateWorkplanItemInput, workplanInput, workplanItemIdInput } from "../../shared/schemas/workplan";
import { publicProcedure, router } from "../trpc/init";
import * as cards from "./cards.service";
import { boardEventsInput, openBoardEvents } from "./subscription";
import * as workplan from "./workplan.service";

export const boardsRouter = router({
  // A werkgroep's board (cards.service.ts).
  board: publicProcedure.input(boardInput).query(({ ctx, input }) => cards.getBoard(ctx, input)),
  cardHistory: publicProcedure.input(cardIdInput).query(({ ctx, input }) => cards.getCardHistory(ctx, input)),
  cardComments: publicProcedure.input(cardIdInput).query(({ ctx, input }) => cards.listCardComments(ctx, input)),
  createCard: publicProcedure.input(createCardInput).mutation(({ ctx, input }) => cards.createCard(ctx, input)),
  updateCard: publicProcedure.input(updateCardInput).mutation(({ ctx, input }) => cards.updateCard(ctx, input)),
  moveCard: publicProcedure.input(moveCardInput).mutation(({ ctx, input }) => cards.moveCard(ctx, input)),
  archiveCard: publicProcedure.input(cardIdInput).mutation(({ ctx, input }) => cards.archiveCard(ctx, input)),
  restoreCard: publicProcedure.input(cardIdInput).mutation(({ ctx, input }) => cards.restoreCard(ctx, input)),
  addCardComment: publicProcedure.input(commentInput).mutation(({ ctx, input }) => cards.addCardComment(ctx, input)),

  // A fundament's werkagenda (workplan.service.ts).
  workplan: publicProcedure.input(workplanInput).query(({ ctx, input }) => workplan.getWorkplan(ctx, input)),
  workplanItemHistory: publicProcedure.input(workplanItemIdInput).query(({ ctx, input }) => workplan.getWorkplanItemHistory(ctx, input)),
  createWorkplanItem: publicProcedure.input(createWorkplanItemInput).mutation(({ ctx, input }) => workplan.createWorkplanItem(ctx, input)),
  updateWorkplanItem: publicProcedure.input(updateWorkplanItemInput).mutation(({ ctx, input }) => workplan.updateWorkplanItem(ctx, input)),
  moveWorkplanItem: publicProcedure.input(moveWorkplanItemInput).mutation(({ ctx, input }) => workplan.moveWorkplanItem(ctx, input)),
  archiveWorkplanItem: publicProcedure.input(workplanItemIdInput).mutation(({ ctx, input }) => workplan.archiveWorkplanItem(ctx, input)),
  restoreWorkplanItem: publicProcedure.input(workplanItemIdInput).mutation(({ ctx, input }) => workplan.restoreWorkplanItem(ctx, input)),

  /**
   * Live updates of one board or werkagenda: a tRPC subscription over SSE (GET
   * /api/trpc/boards.events?input={"topic":"board","id":<groupId>}, Accept: text/event-stream).
   * First message `subscription.ready`, then every DomainEvent of the topic; see openBoardEvents.
   */
  events: publicProcedure.input(boardEventsInput).subscription(({ ctx, input, signal }) => openBoardEvents(ctx, input, signal)),
});
