import { useRouteLoaderData } from "@remix-run/react";
import { nl } from "../../shared/i18n/nl";
import type { loader as rootLoader } from "../root";

/**
 * "als lid van het expertteam": the role the signed-in person reads in (from the root
 * loader), for the read-only note of a page they cannot change; null when not signed in.
 */
export function useReadingAs(): string | null {
  const role = useRouteLoaderData<typeof rootLoader>("root")?.readingRole;
  return role ? nl.people.readingAs[role] : null;
}
