import { data } from "@remix-run/node";
import type { FormError } from "../../lib/service.server";

// Helpers for the auth forms' actions: read text fields, and send a refusal back together
// with what the person typed (never a password), keeping its status and Retry-After.

type Refusal = ReturnType<typeof data<FormError>>;

/** True when fromFormService came back with a refusal instead of a value. */
export function isRefusal<T>(result: { ok: true; value: T } | Refusal): result is Refusal {
  return !("value" in result);
}

/** The refusal with the typed values added, so the form can show them again. */
export function refuseWith<V extends Record<string, string>>(refusal: Refusal, values: V) {
  return data<FormError & { values: V }>({ ...refusal.data, values }, refusal.init ?? undefined);
}

/** A text field from the posted form; missing or a file becomes "". */
export function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/**
 * For a route's `headers` export: Remix only copies Set-Cookie from action data to the
 * response by itself, so a 429's Retry-After needs passing on here.
 */
export function passRetryAfter({ actionHeaders, parentHeaders }: { actionHeaders: Headers; parentHeaders: Headers }) {
  const headers = new Headers(parentHeaders);
  const retryAfter = actionHeaders.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  return headers;
}
