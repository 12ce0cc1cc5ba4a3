import { data } from "@remix-run/node";
import type { ServiceContext } from "../../../server/request-context";
import { nl } from "../../../shared/i18n/nl";
import { canEnterAdminArea } from "../../../shared/permissions";
import { requireSignedIn } from "../../lib/auth.server";
import type { ErrorPayload } from "../../lib/service.server";

/**
 * The door of /beheer: visitors go to /login, people without an admin right get the 403
 * page. The services still check every read and change themselves; this only keeps pages
 * that read public data (like the werkgroepen list) from opening for everyone.
 */
export function requireAdminArea(ctx: ServiceContext, request: Request) {
  const actor = requireSignedIn(ctx, request);
  if (!canEnterAdminArea(actor, ctx.regionId)) {
    throw data<ErrorPayload>({ message: nl.auth.forbidden }, { status: 403 });
  }
  return actor;
}
