import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { requireSignedIn } from "../lib/auth.server";

/** /werkgroepen/:slug opens on the board. */
export const loader = ({ context: { ctx }, params, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  return redirect(`/werkgroepen/${encodeURIComponent(params.slug ?? "")}/bord`);
};
