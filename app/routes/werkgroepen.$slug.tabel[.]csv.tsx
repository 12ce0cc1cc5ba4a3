import type { LoaderFunctionArgs } from "@remix-run/node";
import { downloadName, toCsv } from "../../shared/csv";
import { httpStatusOf, isAppError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import { cardsToRows } from "../components/board/table-export";
import { loadCardTable } from "../components/board/table.server";
import { requireSignedIn } from "../lib/auth.server";

/** The Tabel as a CSV file, with the filters and sort order of the URL (a download, not a page). */
export const loader = async ({ context: { ctx }, params, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  try {
    const { group, cards, options } = await loadCardTable(ctx, params.slug, new URL(request.url).searchParams);
    return new Response(toCsv(cardsToRows(cards, options)), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${downloadName([group.slug, nl.board.csvFileName], new Date(), "csv")}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    // A file link has no page around it: the message comes as plain text with its status.
    if (isAppError(error)) return new Response(error.message, { status: httpStatusOf[error.code], headers: { "content-type": "text/plain; charset=utf-8" } });
    throw error;
  }
};
