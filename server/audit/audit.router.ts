import { publicProcedure, router } from "../trpc/init";
import { listAudit } from "./audit.service";

export const auditRouter = router({
  list: publicProcedure.query(({ ctx }) => listAudit(ctx)),
});
