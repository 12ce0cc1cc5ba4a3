import { initiativeFilterInput, slugInput } from "../../shared/schemas/plan";
import { publicProcedure, router } from "../trpc/init";
import * as plan from "./plan.service";

export const planRouter = router({
  overview: publicProcedure.query(({ ctx }) => plan.getPlanOverview(ctx)),
  structure: publicProcedure.query(({ ctx }) => plan.getPlanStructure(ctx)),
  buildingBlock: publicProcedure.input(slugInput).query(({ ctx, input }) => plan.getBuildingBlock(ctx, input)),
  foundation: publicProcedure.input(slugInput).query(({ ctx, input }) => plan.getFoundation(ctx, input)),
  initiatives: publicProcedure.input(initiativeFilterInput).query(({ ctx, input }) => plan.listInitiatives(ctx, input)),
});
