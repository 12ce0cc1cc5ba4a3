import type { LoaderFunctionArgs } from "@remix-run/node";
import { nl } from "../../shared/i18n/nl";
import { measurementsToRows } from "../components/monitoring/monitoring-export";
import { csvDownload } from "../lib/download.server";
import { getMonitoring } from "../lib/services.server";

/** Every measurement on the monitoring dashboard as a CSV file; public like the dashboard, so anyone can reuse the data. */
export const loader = async ({ context: { ctx } }: LoaderFunctionArgs) =>
  csvDownload(async () => ({ rows: measurementsToRows((await getMonitoring(ctx)).indicators), nameParts: [nl.monitoring.csv.fileName] }));
