import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { requireSignedIn } from "../lib/auth.server";

/** /fundamenten/:slug opens on the werkagenda. */
export const loader = ({ context: { ctx }, params, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  return redirect(`/fundamenten/${encodeURIComponent(params.slug ?? "")}/werkagenda`);
};
