// The boundary between pages and the server: routes import service functions from here.
// The Remix compiler replaces `.server` modules inside app/ with empty ones in the browser
// bundle, so nothing behind this file (argon2, nodemailer, database drivers) reaches it.
export { getCurrentUser } from "../../server/auth/auth.service";
export { getBuildingBlock, getFoundation, getPlanOverview, getPlanStructure, listInitiatives } from "../../server/plan/plan.service";
export { getOverview, markChangesSeen } from "../../server/overview/overview.service";
export { addIndicator, correctMeasurement, getMonitoring, recordMeasurement, updateIndicator } from "../../server/monitoring/monitoring.service";
