import { nl } from "../i18n/nl";
import { z } from "./zod-nl";

export const emailSchema = z.string().trim().toLowerCase().min(1).max(254).email(nl.auth.invalidEmail);

export const loginInput = z.object({
  email: emailSchema,
  password: z.string().min(1).max(256),
});

export const passwordResetRequestInput = z.object({ email: emailSchema });

export const newPasswordInput = z.object({
  password: z.string().min(1).max(1000),
});

export const acceptInvitationInput = z.object({
  name: z.string().trim().min(2).max(120),
  organisation: z.string().trim().min(2).max(160),
  password: z.string().min(1).max(1000),
});

export const sessionIdInput = z.object({ sessionId: z.string().min(1).max(64) });
