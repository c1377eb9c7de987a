import { createHash, randomBytes } from "node:crypto";

/** A random secret for a session or API token; only its SHA-256 is stored. */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

export function secretHash(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export const SESSION_COOKIE = "fh_session";
export const API_TOKEN_PREFIX = "fht_";
