/**
 * Why the collaboration server closed a socket. 44xx codes are refusals: the browser explains
 * them in Dutch and stops reconnecting. 40xx codes are temporary: the client reconnects and
 * resyncs (nothing is lost; the Yjs state merges on reconnect).
 */
export const closeCodes = {
  /** Not signed in (no, expired or ended session). */
  notSignedIn: 4401,
  /** Signed in, but this person may not open this document (any more). */
  forbidden: 4403,
  /** No such document. Unknown ids never create documents. */
  notFound: 4404,
  /** The client broke the protocol: a spoofed awareness identity or a malformed message. */
  protocolViolation: 4400,
  /** A message larger than the limit. */
  messageTooLarge: 4413,
  /** Too many messages per second. */
  tooManyMessages: 4429,
  /** The client fell too far behind (its send buffer grew past the limit); it resyncs. */
  tooSlow: 4008,
  /** The server shuts down; the client reconnects (to another instance). */
  serverShutdown: 4001,
  /** The person's rights changed (e.g. now read-only); reconnect to get the new access. */
  accessChanged: 4002,
} as const;

export type CloseCode = (typeof closeCodes)[keyof typeof closeCodes];

/** Codes after which reconnecting cannot help: the person must act (sign in) or accept it. */
export const finalCloseCodes: readonly number[] = [
  closeCodes.notSignedIn,
  closeCodes.forbidden,
  closeCodes.notFound,
  closeCodes.protocolViolation,
  closeCodes.messageTooLarge,
  closeCodes.tooManyMessages,
];

export function isFinalCloseCode(code: number): boolean {
  return finalCloseCodes.includes(code);
}

/**
 * Our own message type next to y-protocols' sync (0) and awareness (1): the server tells the
 * client whether it may write. Payload: one varUint, see `accessModes`.
 */
export const messageAccess = 100;

export const accessModes = { read: 0, write: 1 } as const;

/**
 * Sent by the server (no payload) the first time it drops a non-empty edit from a read-only
 * connection, e.g. edits made offline before the person lost write access. The browser keeps
 * those edits in its offline store and shows a banner that explains why they were not saved.
 */
export const messageEditsRefused = 101;
export type AccessMode = keyof typeof accessModes;
