import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { loadPrintPage } from "../components/agenda/agenda.server";
import { PrintPage } from "../components/agenda/PrintPage";
import { printHandle, printLinks, printMeta } from "../components/agenda/print-route";
import { requireSignedIn } from "../lib/auth.server";

export { printHandle as handle, printLinks as links, printMeta as meta };

/** The fundament's agenda to print or save as PDF: the text of now, or ?versie=N. Outside the fundament's tabs, so the paper starts with the agenda. */
export const loader = async ({ context: { ctx }, params, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  return loadPrintPage(ctx, "fundament", params.slug ?? "", request);
};

export default function FundamentAgendaPrintPage() {
  return <PrintPage data={useLoaderData<typeof loader>()} />;
}
