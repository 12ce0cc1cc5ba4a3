import { agendaVersionsInput, diffVersionsInput, freezeVersionInput, versionInput } from "../../shared/schemas/versions";
import { publicProcedure, router } from "../trpc/init";
import * as versions from "./versions.service";

// Agendas over tRPC: thin procedures over the services (the text itself travels over the
// collab socket, not here).

export const agendasRouter = router({
  versions: router({
    /** { agendaId } -> the agenda, its versions (newest first) and the person's abilities. */
    list: publicProcedure.input(agendaVersionsInput).query(({ ctx, input }) => versions.listVersions(ctx, input)),
    /** { agendaId, number } -> one version: metadata, text and Yjs state (base64). */
    get: publicProcedure.input(versionInput).query(({ ctx, input }) => versions.getVersion(ctx, input)),
    /** { agendaId, name } -> the new version (reason 'manual'). */
    freeze: publicProcedure.input(freezeVersionInput).mutation(({ ctx, input }) => versions.freezeVersion(ctx, input)),
    /** { agendaId, from: number, to: number | "live" } -> word chunks with counts, and side-by-side rows. */
    diff: publicProcedure.input(diffVersionsInput).query(({ ctx, input }) => versions.diffVersions(ctx, input)),
  }),
});
