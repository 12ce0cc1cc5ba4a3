import type { LoaderFunctionArgs } from "@remix-run/node";
import { nl } from "../../shared/i18n/nl";
import { loadWorkplanRows } from "../components/structure/workplan.server";
import { requireSignedIn } from "../lib/auth.server";
import { csvDownload } from "../lib/download.server";

/** The fundament's werkagenda as a CSV file (a download, not a page). */
export const loader = async ({ context: { ctx }, params, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  return csvDownload(async () => {
    const { foundation, rows } = await loadWorkplanRows(ctx, params.slug ?? "");
    return { rows, nameParts: [foundation.slug, nl.structure.workplan.csvFileName] };
  });
};
