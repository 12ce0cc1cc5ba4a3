// The boundary of the dependency tabs, badges, card panel and Overzicht (docs/decisions/006):
// the services behind a `.server` module, so none of them reaches the browser bundle.
export {
  confirmDependency,
  declineDependency,
  listInbox,
  listItemDependencies,
  listLinkTargets,
  listMyInbox,
  proposeDependency,
  withdrawDependency,
} from "../../../server/dependencies/dependencies.service";
export { getCardFoundationNeeds, getItemBadges, getRegionGraph, justifyFocusLink } from "../../../server/dependencies/views.service";
export { getBoard } from "../../../server/boards/cards.service";
export { getWorkplan } from "../../../server/boards/workplan.service";
