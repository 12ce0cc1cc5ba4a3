// The auth services the pages call, behind a .server module: the Remix compiler leaves
// these out of the browser bundle (server/auth pulls in argon2, which has no browser build).
export {
  acceptInvitation,
  endMyOtherSessions,
  endMySession,
  inspectOneTimeLink,
  listMySessions,
  login,
  logout,
  requestPasswordReset,
  resetPassword,
} from "../../../server/auth/auth.service";
export { minimumPasswordLength } from "../../../server/auth/password.server";
export { listOutbox } from "../../../server/mail/mailer.server";
