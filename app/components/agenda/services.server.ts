// The agenda pages' boundary (docs/decisions/006): the services the editor and versions pages
// call, behind a `.server` module so none of it (nor the database code behind it) reaches the
// browser bundle.
export { openFoundationAgenda, openGroupAgenda } from "../../../server/agendas/agendas.service";
export { getBoard } from "../../../server/boards/cards.service";
export { getWorkplan } from "../../../server/boards/workplan.service";
export { getMatrix } from "../../../server/boards/matrix.service";
export { diffVersions, freezeVersion, getLiveDocument, getVersion, listVersions } from "../../../server/agendas/versions.service";
export { stateToDocument } from "../../../shared/agenda/document";
export { getItemBadges } from "../../../server/dependencies/views.service";
