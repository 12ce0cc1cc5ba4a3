import { addIndicatorInput, correctMeasurementInput, recordMeasurementInput, updateIndicatorInput } from "../../shared/schemas/monitoring";
import { publicProcedure, router } from "../trpc/init";
import * as monitoring from "./monitoring.service";

export const monitoringRouter = router({
  /** Every indicator with values, trend, progress and history, and the workspace's process figures (public). */
  dashboard: publicProcedure.query(({ ctx }) => monitoring.getMonitoring(ctx)),
  /** { indicatorId, quarter, value?, story?, source? } */
  record: publicProcedure.input(recordMeasurementInput).mutation(({ ctx, input }) => monitoring.recordMeasurement(ctx, input)),
  /** { measurementId, value, story?, source? }: 409 when someone else corrected that value first. */
  correct: publicProcedure.input(correctMeasurementInput).mutation(({ ctx, input }) => monitoring.correctMeasurement(ctx, input)),
  indicators: router({
    /** { kind, name, description?, unit?, direction?, target?, targetQuarter?, source?, workingGroupId?, foundationId? } */
    add: publicProcedure.input(addIndicatorInput).mutation(({ ctx, input }) => monitoring.addIndicator(ctx, input)),
    /** The same fields with { indicatorId, version }: 409 when someone else changed it since that version. */
    update: publicProcedure.input(updateIndicatorInput).mutation(({ ctx, input }) => monitoring.updateIndicator(ctx, input)),
  }),
});
