import { agendasRouter } from "../agendas/agendas.router";
import { auditRouter } from "../audit/audit.router";
import { authRouter } from "../auth/auth.router";
import { boardsRouter } from "../boards/boards.router";
import { dependenciesRouter } from "../dependencies/dependencies.router";
import { dependencyViewsRouter } from "../dependencies/views.router";
import { groupsRouter } from "../groups/groups.router";
import { monitoringRouter } from "../monitoring/monitoring.router";
import { notificationsRouter } from "../notifications/notifications.router";
import { peopleRouter } from "../people/people.router";
import { planRouter } from "../plan/plan.router";
import { reviewsRouter } from "../reviews/reviews.router";
import { threadsRouter } from "../threads/threads.router";
import { router } from "./init";

export const appRouter = router({
  plan: planRouter,
  auth: authRouter,
  people: peopleRouter,
  groups: groupsRouter,
  audit: auditRouter,
  boards: boardsRouter,
  agendas: agendasRouter,
  reviews: reviewsRouter,
  threads: threadsRouter,
  dependencies: dependenciesRouter,
  dependencyViews: dependencyViewsRouter,
  notifications: notificationsRouter,
  monitoring: monitoringRouter,
});

export type AppRouter = typeof appRouter;
