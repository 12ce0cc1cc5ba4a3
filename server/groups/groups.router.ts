import { groupSlugInput, updateWorkingGroupInput, workingGroupInput } from "../../shared/schemas/people";
import { listFoundationTeams } from "../foundations/foundations.service";
import { publicProcedure, router } from "../trpc/init";
import * as groups from "./groups.service";

export const groupsRouter = router({
  list: publicProcedure.query(({ ctx }) => groups.listWorkingGroups(ctx)),
  get: publicProcedure.input(groupSlugInput).query(({ ctx, input }) => groups.getWorkingGroup(ctx, input)),
  create: publicProcedure.input(workingGroupInput).mutation(({ ctx, input }) => groups.createWorkingGroup(ctx, input)),
  update: publicProcedure.input(updateWorkingGroupInput).mutation(({ ctx, input }) => groups.updateWorkingGroup(ctx, input)),
  foundationTeams: publicProcedure.query(({ ctx }) => listFoundationTeams(ctx)),
});
