import { ForbiddenError, UnauthenticatedError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import { can, type Action, type Actor, type Resource } from "../../shared/permissions";
import type { ServiceContext } from "../request-context";

/** The signed-in actor, or a 401 when nobody is signed in. */
export function requireActor(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw new UnauthenticatedError(nl.auth.signInRequired);
  return ctx.actor;
}

/**
 * Asks the one policy; throws 401 for an anonymous visitor and 403 for a person without the
 * right. Resources default to the request's region.
 */
export function requirePermission(ctx: ServiceContext, action: Action, resource: Partial<Resource> = {}): Actor {
  const full: Resource = { regionId: ctx.regionId, ...resource };
  if (can(ctx.actor, action, full)) return ctx.actor!;
  if (!ctx.actor) throw new UnauthenticatedError(nl.auth.signInRequired);
  throw new ForbiddenError(nl.auth.forbidden);
}
