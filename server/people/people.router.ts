import { grantRoleInput, invitePersonInput, revokeRoleInput, userIdInput } from "../../shared/schemas/people";
import { publicProcedure, router } from "../trpc/init";
import * as people from "./people.service";

export const peopleRouter = router({
  list: publicProcedure.query(({ ctx }) => people.listPeople(ctx)),
  invite: publicProcedure.input(invitePersonInput).mutation(({ ctx, input }) => people.invitePerson(ctx, input)),
  deactivate: publicProcedure.input(userIdInput).mutation(({ ctx, input }) => people.deactivatePerson(ctx, input)),
  reactivate: publicProcedure.input(userIdInput).mutation(({ ctx, input }) => people.reactivatePerson(ctx, input)),
  grantRole: publicProcedure.input(grantRoleInput).mutation(({ ctx, input }) => people.grantRole(ctx, input)),
  revokeRole: publicProcedure.input(revokeRoleInput).mutation(({ ctx, input }) => people.revokeRole(ctx, input)),
  endSessions: publicProcedure.input(userIdInput).mutation(({ ctx, input }) => people.endSessionsOfPerson(ctx, input)),
});
