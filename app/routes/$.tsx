import type { MetaFunction } from "@remix-run/node";
import { nl } from "../../shared/i18n/nl";

// Any URL no other route claims: a real 404 status, rendered by the root ErrorBoundary.

export const loader = () => {
  throw new Response(null, { status: 404 });
};

export const meta: MetaFunction = () => [{ title: `${nl.errors.notFoundTitle} - ${nl.app.name}` }];

export default function NotFound() {
  return null;
}
