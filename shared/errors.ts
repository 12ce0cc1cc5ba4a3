/**
 * The errors a service may throw on purpose. Each carries a Dutch message that says what
 * happened and what to do; transports map them once (server/trpc/init.ts for tRPC,
 * app/lib/service.server.ts for Remix) and never show anything else to people.
 */
export abstract class AppError extends Error {
  abstract readonly code:
    | "NOT_FOUND"
    | "UNAUTHENTICATED"
    | "FORBIDDEN"
    | "CONFLICT"
    | "INVALID_TRANSITION"
    | "VALIDATION"
    | "RATE_LIMITED";
}

export class NotFoundError extends AppError {
  readonly code = "NOT_FOUND";
  override name = "NotFoundError";
}

/** Nobody is signed in (or the session ended) and the action needs someone. */
export class UnauthenticatedError extends AppError {
  readonly code = "UNAUTHENTICATED";
  override name = "UnauthenticatedError";
}

/** Too many attempts; `retryAfterSeconds` goes out as the Retry-After header. */
export class RateLimitedError extends AppError {
  readonly code = "RATE_LIMITED";
  override name = "RateLimitedError";
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

export class ForbiddenError extends AppError {
  readonly code = "FORBIDDEN";
  override name = "ForbiddenError";
}

/** Someone else changed the same thing; `details` (e.g. both values per field) lets the UI offer a choice. */
export class ConflictError extends AppError {
  readonly code = "CONFLICT";
  override name = "ConflictError";
  constructor(
    message: string,
    readonly details: unknown = undefined,
  ) {
    super(message);
  }
}

export class InvalidTransitionError extends AppError {
  readonly code = "INVALID_TRANSITION";
  override name = "InvalidTransitionError";
}

export interface FieldIssue {
  path: string;
  message: string;
}

export class ValidationError extends AppError {
  readonly code = "VALIDATION";
  override name = "ValidationError";
  constructor(
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }
}

/** The HTTP status for each error kind; shared by both transports. */
export const httpStatusOf: Record<AppError["code"], number> = {
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  VALIDATION: 400,
  RATE_LIMITED: 429,
};

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
