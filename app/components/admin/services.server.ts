// The services the /beheer pages call, behind a .server module: the Remix compiler leaves
// these out of the browser bundle (people.service reaches server/auth, which pulls in argon2).
export { listAudit } from "../../../server/audit/audit.service";
export { addCriterion, listCriteriaSets, setCriteriaSetActive, updateCriterion } from "../../../server/reviews/criteria.service";
export { listFoundationTeams } from "../../../server/foundations/foundations.service";
export {
  createWorkingGroup,
  getWorkingGroup,
  listGroupLinkOptions,
  listWorkingGroups,
  updateWorkingGroup,
} from "../../../server/groups/groups.service";
export {
  deactivatePerson,
  endSessionsOfPerson,
  grantRole,
  invitePerson,
  listPeople,
  reactivatePerson,
  revokeRole,
} from "../../../server/people/people.service";
