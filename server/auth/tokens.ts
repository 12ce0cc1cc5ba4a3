import { randomFillSync } from "node:crypto";
import { sha256 } from "@oslojs/crypto/sha2";
import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";

// Tokens per Lucia's guide (lucia-auth.com/sessions/basic): "<id>.<secret>", each part 20
// random bytes (160 bits) from the CSPRNG. The id is the lookup key; only SHA-256 of the
// secret is stored, and it is compared in constant time, so a database leak yields no usable
// token and the lookup leaks nothing about the secret through timing.

export interface IssuedToken {
  id: string;
  /** Give this to the person (cookie or link); it is never stored. */
  token: string;
  secretHash: Uint8Array;
}

function randomPart(): string {
  const bytes = new Uint8Array(20);
  randomFillSync(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashSecret(secret: string): Uint8Array {
  return sha256(new TextEncoder().encode(secret));
}

/** A new id + secret pair. */
export function issueToken(): IssuedToken {
  const id = randomPart();
  const secret = randomPart();
  return { id, token: `${id}.${secret}`, secretHash: hashSecret(secret) };
}

/** Splits a presented token; null when it cannot be one of ours. */
export function parseToken(token: string | undefined | null): { id: string; secret: string } | null {
  if (!token) return null;
  const parts = token.split(".");
  if (parts.length !== 2) return null;
  const [id, secret] = parts as [string, string];
  if (!/^[a-z2-7]{32}$/.test(id) || !/^[a-z2-7]{32}$/.test(secret)) return null;
  return { id, secret };
}

/** Constant-time check of a presented secret against the stored hash. */
export function secretMatches(secret: string, storedHash: Uint8Array): boolean {
  return constantTimeEqual(hashSecret(secret), new Uint8Array(storedHash));
}
