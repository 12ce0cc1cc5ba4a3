import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { recordAudit } from "../audit/audit";
import * as authRepo from "../auth/auth.repository";
import { invitationValidityMs } from "../auth/auth.service";
import { issueToken } from "../auth/tokens";
import * as repo from "./people.repository";

/**
 * Creates a projectbureau account with an invitation link, for the first person of a new
 * (production) deployment, where no demo accounts exist. Returns the link to hand over.
 */
export async function createFirstAdministrator(db: Kysely<Database>, options: { regionSlug: string; email: string; publicUrl: string }) {
  return db.transaction().execute(async (trx) => {
    const region = await trx.selectFrom("region").where("slug", "=", options.regionSlug).select("id").executeTakeFirst();
    if (!region) throw new Error(`Region "${options.regionSlug}" does not exist`);
    const email = options.email.trim().toLowerCase();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Error(`"${options.email}" is not an e-mail address`);
    if (await repo.emailExists(trx, email)) throw new Error(`${email} already has an account`);
    const userId = await repo.insertUser(trx, { regionId: region.id, email, name: "" });
    await repo.insertRoleAssignment(trx, { userId, regionId: region.id, role: "programme_office", groupId: null, foundationId: null });
    const { id, token, secretHash } = issueToken();
    await authRepo.insertOneTimeToken(trx, { id, secretHash, purpose: "invitation", userId, createdBy: null, expiresAt: new Date(Date.now() + invitationValidityMs) });
    await recordAudit(trx, { regionId: region.id, actorId: null, action: "invitation.sent", subjectType: "user", subjectId: userId, data: { email, via: "command line" } });
    return `${options.publicUrl}/uitnodiging/${token}`;
  });
}
