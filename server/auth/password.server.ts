import { hash, verify } from "@node-rs/argon2";
import { nl } from "../../shared/i18n/nl";

// argon2id with the OWASP-recommended minimum (19 MiB, 2 iterations, 1 lane).
// (Algorithm is a const enum that isolated modules cannot read; 2 is Algorithm.Argon2id.)
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const minimumPasswordLength = 12;

// A short list of passwords people choose that pass a length check; lowercased, compared
// after removing spaces. Not a replacement for a breach list, a guard against the obvious.
const commonPasswords = new Set([
  "123456789012", "1234567890123", "qwertyuiopas", "wachtwoord12", "wachtwoord123", "wachtwoord1234",
  "welkom123456", "welkomwelkom", "password1234", "password12345", "passwordpassword", "iloveyou1234",
  "qwerty123456", "aaaaaaaaaaaa", "abcdefghijkl", "abc123abc123", "letmein12345", "zomer2024zomer",
  "flevoland123", "flevoland2024", "almere123456", "lelystad1234", "regioplan123", "werkplaats123",
  "geheim123456", "voetbal12345", "hallo1234567", "admin1234567", "changeme1234", "1q2w3e4r5t6y",
]);

/** A Dutch message saying why the password is not good enough, or null when it is. */
export function findPasswordProblem(password: string, context: { email?: string } = {}): string | null {
  if (password.length < minimumPasswordLength) return nl.auth.passwordTooShort(minimumPasswordLength);
  if (password.length > 256) return nl.auth.passwordTooLong;
  const normalised = password.toLowerCase().replace(/\s+/g, "");
  if (commonPasswords.has(normalised)) return nl.auth.passwordTooCommon;
  if (/^(.)\1+$/.test(normalised)) return nl.auth.passwordTooCommon;
  const local = context.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && normalised.includes(local)) return nl.auth.passwordContainsEmail;
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A real hash to verify against when the e-mail is unknown, so an unknown address costs the
// same time as a wrong password and the response cannot tell them apart.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("dummy-password-for-timing");
  await verifyPassword(await dummyHash, password);
  return false;
}
