import { nl } from "../i18n/nl";
import { z } from "./zod-nl";
import { emailSchema } from "./auth";

export const roleNames = [
  "programme_office",
  "expert",
  "coalition",
  "reader",
  "group_lead",
  "group_member",
  "foundation_lead",
  "foundation_member",
] as const;

const uuid = z.string().uuid();
const personId = z.string({ errorMap: () => ({ message: nl.people.choosePerson }) }).uuid(nl.people.choosePerson);

/** A role to give: global roles name no scope; group roles a werkgroep; foundation roles a fundament. */
export const roleGrantInput = z.object({
  role: z.enum(roleNames, { errorMap: () => ({ message: nl.people.chooseRole }) }),
  groupId: uuid.optional(),
  foundationId: uuid.optional(),
});
export type RoleGrantInput = z.infer<typeof roleGrantInput>;

export const invitePersonInput = z.object({
  email: emailSchema,
  name: z.string().trim().max(120).default(""),
  roles: z.array(roleGrantInput).min(1).max(20),
});

export const userIdInput = z.object({ userId: personId });

export const grantRoleInput = roleGrantInput.extend({ userId: personId });

export const revokeRoleInput = z.object({ userId: uuid, assignmentId: uuid });

export const workingGroupInput = z.object({
  name: z.string().trim().min(3).max(120),
  description: z.string().trim().max(2000).default(""),
  buildingBlockIds: z.array(uuid).max(20).default([]),
  themeIds: z.array(uuid).max(20).default([]),
  targetGroupIds: z.array(uuid).max(20).default([]),
});

/** Links left out stay as they are; an empty list removes them all. */
export const updateWorkingGroupInput = z.object({
  groupId: uuid,
  name: z.string().trim().min(3).max(120),
  description: z.string().trim().max(2000).default(""),
  buildingBlockIds: z.array(uuid).max(20).optional(),
  themeIds: z.array(uuid).max(20).optional(),
  targetGroupIds: z.array(uuid).max(20).optional(),
});

export const groupSlugInput = z.object({ slug: z.string().trim().min(1).max(120) });
