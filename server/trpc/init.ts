import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { isAppError, type AppError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import type { ServiceContext } from "../request-context";

export type TrpcContext = ServiceContext;

const trpcCodeOf: Record<AppError["code"], TRPCError["code"]> = {
  NOT_FOUND: "NOT_FOUND",
  UNAUTHENTICATED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  CONFLICT: "CONFLICT",
  INVALID_TRANSITION: "CONFLICT",
  VALIDATION: "BAD_REQUEST",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
};

const t = initTRPC.context<TrpcContext>().create({
  // Never send stack traces, whatever NODE_ENV says.
  isDev: false,
  // Live boards (SSE subscriptions): a ping every 15 s keeps idle streams open through proxies
  // and lets the server notice clients that vanished; a tRPC client that hears nothing, not
  // even a ping, for 40 s reconnects.
  sse: { ping: { enabled: true, intervalMs: 15_000 }, client: { reconnectAfterInactivityMs: 40_000 } },
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    if (cause instanceof ZodError) {
      const issues = cause.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
      return { ...shape, message: issues[0]?.message ?? nl.validation.invalid, data: { ...shape.data, issues } };
    }
    if (isAppError(cause)) {
      const issues = "issues" in cause ? cause.issues : undefined;
      const details = "details" in cause ? cause.details : undefined;
      return { ...shape, message: cause.message, data: { ...shape.data, appCode: cause.code, issues, details } };
    }
    if (error.code === "INTERNAL_SERVER_ERROR") return { ...shape, message: nl.errors.internal };
    return shape;
  },
});

/** Turns the services' typed errors into the matching tRPC code (and so HTTP status). */
const mapAppErrors = t.middleware(async ({ next, ctx }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (isAppError(cause)) throw new TRPCError({ code: trpcCodeOf[cause.code], message: cause.message, cause });
    if (result.error.code === "INTERNAL_SERVER_ERROR") ctx.log.error({ err: cause ?? result.error }, "tRPC procedure failed");
  }
  return result;
});

export const router = t.router;
export const publicProcedure = t.procedure.use(mapAppErrors);
