import { requirePermission } from "../auth/authorize";
import type { ServiceContext } from "../request-context";
import { listAuditEvents } from "./audit";

/** The region's audit log, newest first (programme office). */
export async function listAudit(ctx: ServiceContext) {
  requirePermission(ctx, "audit.read");
  return listAuditEvents(ctx.db, ctx.regionId);
}
