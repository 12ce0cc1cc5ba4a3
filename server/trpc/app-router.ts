import { planRouter } from "../plan/plan.router";
import { router } from "./init";

export const appRouter = router({
  plan: planRouter,
});

export type AppRouter = typeof appRouter;
