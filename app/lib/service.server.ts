import { data } from "@remix-run/node";
import { httpStatusOf, isAppError, RateLimitedError, ValidationError, type FieldIssue } from "../../shared/errors";

export interface ErrorPayload {
  message: string;
}

/**
 * Awaits a service call for a loader. The services' typed errors become HTTP responses with
 * their Dutch message (404, 403, 409, 400) that the ErrorBoundary shows; anything else
 * stays a 500 whose details only reach the log.
 */
export async function fromService<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isAppError(error)) throw data<ErrorPayload>({ message: error.message }, { status: httpStatusOf[error.code] });
    throw error;
  }
}

export interface FormError {
  ok: false;
  message: string;
  issues: FieldIssue[];
}

/**
 * For form actions: a validation or rate-limit error comes back as data the form shows next
 * to its fields (with the right status and Retry-After); other typed errors become error pages.
 */
export async function fromFormService<T>(work: Promise<T>): Promise<{ ok: true; value: T } | ReturnType<typeof data<FormError>>> {
  try {
    return { ok: true, value: await work };
  } catch (error) {
    if (error instanceof ValidationError) {
      return data<FormError>({ ok: false, message: error.message, issues: error.issues }, { status: 400 });
    }
    if (error instanceof RateLimitedError) {
      return data<FormError>(
        { ok: false, message: error.message, issues: [] },
        { status: 429, headers: { "Retry-After": String(error.retryAfterSeconds) } },
      );
    }
    if (isAppError(error)) throw data<ErrorPayload>({ message: error.message }, { status: httpStatusOf[error.code] });
    throw error;
  }
}
