/**
 * Remembers who a session or token is for a few seconds, so a busy depot's requests do
 * not each look their session up again. Every change that affects a principal in this
 * process forgets it at once (logout, password change or reset, disabling, roles,
 * switching organisation, token revocation); the time limit bounds what another process
 * could leave stale.
 */
import type { PrincipalRow } from "./repository.js";

const TTL_MS = 5_000;
const MAX_ENTRIES = 20_000;

interface Entry {
  row: PrincipalRow;
  expiresAt: number;
}

class PrincipalCache {
  private readonly entries = new Map<string, Entry>();
  private readonly memberships = new Map<string, { value: unknown; expiresAt: number }>();

  /** A person's memberships (for /me), remembered like their sessions. */
  async membershipsOf<T>(userId: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
    const entry = this.memberships.get(userId);
    if (entry && entry.expiresAt > now) return entry.value as T;
    const value = await load();
    if (this.memberships.size >= MAX_ENTRIES) this.memberships.clear();
    this.memberships.set(userId, { value, expiresAt: now + TTL_MS });
    return value;
  }

  get(key: string, now = Date.now()): PrincipalRow | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.row;
  }

  set(key: string, row: PrincipalRow, now = Date.now()): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { row, expiresAt: now + TTL_MS });
  }

  forget(key: string): void {
    this.entries.delete(key);
  }

  /** Forgets every session and token of a person (their roles, password or status changed). */
  forgetUser(userId: string): void {
    this.memberships.delete(userId);
    for (const [key, entry] of this.entries)
      if (entry.row.user_id === userId) this.entries.delete(key);
  }

  forgetToken(tokenId: string): void {
    for (const [key, entry] of this.entries)
      if (entry.row.token_id === tokenId) this.entries.delete(key);
  }
}

export const principalCache = new PrincipalCache();
