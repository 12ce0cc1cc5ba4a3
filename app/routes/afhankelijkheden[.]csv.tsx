import type { LoaderFunctionArgs } from "@remix-run/node";
import { nl } from "../../shared/i18n/nl";
import { linksToRows } from "../components/dependencies/dependency-export";
import { loadDependencyList } from "../components/dependencies/dependencies.server";
import { requireSignedIn } from "../lib/auth.server";
import { csvDownload } from "../lib/download.server";

/** The list of /afhankelijkheden as a CSV file, with the filters of the URL (a download, not a page). */
export const loader = async ({ context: { ctx }, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  return csvDownload(async () => ({ rows: linksToRows(await loadDependencyList(ctx, request)), nameParts: [nl.dependencyUi.csvFileName] }));
};
