import type { LoaderFunctionArgs } from "@remix-run/node";
import { loadChipStatuses } from "../components/agenda/agenda.server";
import { requireSignedIn } from "../lib/auth.server";

/**
 * The current statuses of the cards the werkgroep's agenda links (JSON, no page): the open
 * editor fetches them when the board announces a change, without reloading the page.
 */
export const loader = async ({ context: { ctx }, params, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  const { statuses } = await loadChipStatuses(ctx, "werkgroep", params.slug ?? "");
  return Response.json({ statuses }, { headers: { "Cache-Control": "no-store" } });
};
