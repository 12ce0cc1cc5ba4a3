// The services behind the werkgroepen, fundamenten and matrix pages, behind a .server module
// so the Remix compiler leaves them (and what they import) out of the browser bundle.
export { getWorkingGroup } from "../../../server/groups/groups.service";
export { getFoundationTeam, listCandidateMembers, listCandidateTeamMembers } from "../../../server/groups/members.service";
export { grantRole, revokeRole } from "../../../server/people/people.service";
export { getMatrix, listFoundationOverview, listWorkingGroupOverview } from "../../../server/boards/matrix.service";
export { listArchivedWorkplanItems, listGroupHistory } from "../../../server/boards/history.service";
export {
  archiveWorkplanItem,
  createWorkplanItem,
  getWorkplan,
  getWorkplanItemHistory,
  moveWorkplanItem,
  restoreWorkplanItem,
  updateWorkplanItem,
} from "../../../server/boards/workplan.service";
