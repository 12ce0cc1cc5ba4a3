import { sessionIdInput } from "../../shared/schemas/auth";
import { publicProcedure, router } from "../trpc/init";
import * as auth from "./auth.service";

export const authRouter = router({
  me: publicProcedure.query(({ ctx }) => auth.getCurrentUser(ctx)),
  mySessions: publicProcedure.query(({ ctx }) => auth.listMySessions(ctx)),
  endMySession: publicProcedure.input(sessionIdInput).mutation(({ ctx, input }) => auth.endMySession(ctx, input)),
  endMyOtherSessions: publicProcedure.mutation(({ ctx }) => auth.endMyOtherSessions(ctx)),
});
