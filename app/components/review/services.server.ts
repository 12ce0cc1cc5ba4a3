// The review pages' boundary (docs/decisions/006): the review services behind a `.server`
// module, so none of them (nor the database code behind them) reaches the browser bundle.
export {
  adoptAgenda,
  assignReviewers,
  checkSubmission,
  getReviewState,
  listAgendaStates,
  listReviewQueue,
  reopenAgenda,
  saveReview,
  sendBack,
  setDeadline,
  submitAgenda,
  submitReview,
  unassignReviewer,
  withdrawAgenda,
} from "../../../server/reviews/reviews.service";
export { listPeople } from "../../../server/people/people.service";
export { listThreads } from "../../../server/threads/threads.service";
