import { downloadName, toCsv } from "../../shared/csv";
import { httpStatusOf, isAppError } from "../../shared/errors";

/**
 * A CSV file as the answer to a download link: rows from `load`, named after `nameParts` and
 * today's date. A download has no page around it, so a service's refusal (404, 400, 403) comes
 * back as its Dutch message in plain text with its status; anything else stays a 500.
 */
export async function csvDownload(load: () => Promise<{ rows: string[][]; nameParts: string[] }>): Promise<Response> {
  try {
    const { rows, nameParts } = await load();
    return new Response(toCsv(rows), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${downloadName(nameParts, new Date(), "csv")}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) return new Response(error.message, { status: httpStatusOf[error.code], headers: { "content-type": "text/plain; charset=utf-8" } });
    throw error;
  }
}
