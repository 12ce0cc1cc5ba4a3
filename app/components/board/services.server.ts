// The board pages' boundary (docs/decisions/006): the services the werkgroep board and
// table call, behind a `.server` module so none of it reaches the browser bundle.
export {
  addCardComment,
  archiveCard,
  createCard,
  getBoard,
  getGroupHeader,
  getCardHistory,
  listArchivedCards,
  listCardComments,
  listCardOptions,
  moveCard,
  restoreCard,
  updateCard,
} from "../../../server/boards/cards.service";
