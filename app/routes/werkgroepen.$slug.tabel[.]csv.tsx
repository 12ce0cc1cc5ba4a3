import type { LoaderFunctionArgs } from "@remix-run/node";
import { nl } from "../../shared/i18n/nl";
import { cardsToRows } from "../components/board/table-export";
import { loadCardTable } from "../components/board/table.server";
import { requireSignedIn } from "../lib/auth.server";
import { csvDownload } from "../lib/download.server";

/** The Tabel as a CSV file, with the filters and sort order of the URL (a download, not a page). */
export const loader = async ({ context: { ctx }, params, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  return csvDownload(async () => {
    const { group, cards, options } = await loadCardTable(ctx, params.slug, new URL(request.url).searchParams);
    return { rows: cardsToRows(cards, options), nameParts: [group.slug, nl.board.csvFileName] };
  });
};
