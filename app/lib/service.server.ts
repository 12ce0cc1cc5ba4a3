import { data } from "@remix-run/node";
import { httpStatusOf, isAppError } from "../../shared/errors";

export interface ErrorPayload {
  message: string;
}

/**
 * Awaits a service call for a loader or action. The services' typed errors become HTTP
 * responses with their Dutch message (404, 403, 409, 400) that the ErrorBoundary shows;
 * anything else stays a 500 whose details only reach the log.
 */
export async function fromService<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isAppError(error)) throw data<ErrorPayload>({ message: error.message }, { status: httpStatusOf[error.code] });
    throw error;
  }
}
