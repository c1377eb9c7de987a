import { hash, verify } from "@node-rs/argon2";

// Algorithm.Argon2id of @node-rs/argon2 (a const enum, which isolated modules cannot read).
const ARGON2ID = 2;
import { invalid } from "../../errors.js";

/**
 * Passwords are stored only as argon2id hashes with the library's defaults
 * (19 MiB memory, 2 passes: the OWASP password storage cheat sheet's minimum).
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let noAccountHash: Promise<string> | null = null;

/**
 * Checks a password for an account that does not exist (or is disabled) as long as a
 * real check takes, and fails: otherwise a fast "wrong" answer tells an attacker which
 * emails have accounts (issue 13: 4 ms for unknown emails, 21–38 ms for known ones).
 */
export async function verifyNoAccount(password: string): Promise<false> {
  noAccountHash ??= hashPassword("no account has this password");
  await verifyPassword(await noAccountHash, password);
  return false;
}

export const PASSWORD_MIN_LENGTH = 10;

/** NIST SP 800-63B: length matters, composition rules do not; refuse only the obviously weak. */
export function checkPasswordStrength(password: string, field = "password"): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw invalid(field, { key: "auth.passwordTooShort", params: { min: PASSWORD_MIN_LENGTH } });
  }
  if (new Set(password).size < 4) throw invalid(field, { key: "auth.passwordTooEasy" });
}
