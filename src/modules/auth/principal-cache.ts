/**
 * The optional principal cache (FLEETHUB_PRINCIPAL_CACHE=notify, issue #16): a session
 * looked up by `onRequest` is kept in this process's memory, so the next request with the
 * same cookie skips the lookup, and dropped when PostgreSQL announces a change to it.
 *
 * What is kept: a live session's principal (the person, the organisation and the roles
 * still held there), under the session id (a SHA-256 hash of the cookie). Not kept: an
 * unknown or ended session (always looked up again, so no cookie fills the cache), API
 * tokens (looked up every time), an actor's scope, and what `/me` reads besides.
 *
 * How it is dropped: triggers (migration 0015) call `pg_notify` in every transaction that
 * changes a session, a person, their roles, an organisation or an agreement; the
 * notification names the session (`s:`), the person (`u:`) or the organisation (`o:`), and
 * every entry it names goes. An entry also goes
 * - after `maxAgeMs` (5 s by default), however quiet the channel;
 * - when its session runs out, and at midnight UTC (a role a hub gave lives while an
 *   agreement is in force "today");
 * - with every other entry, whenever the listener stops hearing (a lost connection, a
 *   failover): until it hears again the cache keeps nothing and every request is looked up,
 *   so a notification sent while nobody listened cannot leave a session standing.
 * A lookup that began before a notification (or before the listener came back) is not
 * kept: it may have read the row as it was before the change.
 *
 * Across processes a change takes effect as soon as its notification arrives (measured:
 * docs/deploy.md). On the process that made the change, at once: a write's answer waits
 * until this process's listener has heard a notification sent after the write committed
 * (`sync`), and notifications arrive in commit order. On PGlite (one process) the
 * notification is handled before the committing statement's caller goes on.
 */
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import type { Config } from "../../config.js";
import type { OpenedDatabase } from "../../db/database.js";
import { todayIso } from "../../db/scope.js";
import type { SessionPrincipalRow } from "./repository.js";

/** The channel migration 0015's triggers notify on. */
export const PRINCIPAL_CHANNEL = "fleethub_principal";
/** Sessions kept at most; beyond it the oldest entry goes. */
export const PRINCIPAL_CACHE_ENTRIES = 10_000;
/** How long a write's answer waits for its own notification before emptying the cache instead. */
const SYNC_TIMEOUT_MS = 2_000;

interface Entry {
  row: SessionPrincipalRow;
  tags: string[];
  /** Epoch ms after which the entry is not served. */
  validUntil: number;
  /** The UTC day the lookup was made on. */
  day: string;
}

export interface PrincipalCacheStats {
  /** Requests answered from memory. */
  hits: number;
  /** Requests looked up while listening (then kept, unless a notification came meanwhile). */
  misses: number;
  /** Requests looked up because the listener was not hearing. */
  bypassed: number;
  /** Invalidating notifications heard. */
  notices: number;
  /** Times the listener stopped hearing after it had heard. */
  drops: number;
}

export class PrincipalCache {
  readonly #entries = new Map<string, Entry>();
  readonly #byTag = new Map<string, Set<string>>();
  #generation = 0;
  #listening = false;
  readonly #syncWaiters = new Map<string, () => void>();
  readonly #syncPrefix = `sync:${randomBytes(8).toString("hex")}:`;
  #syncCount = 0;
  #sendSync: ((payload: string) => Promise<void>) | null = null;
  readonly stats: PrincipalCacheStats = { hits: 0, misses: 0, bypassed: 0, notices: 0, drops: 0 };

  constructor(
    private readonly maxAgeMs: number,
    private readonly maxEntries: number = PRINCIPAL_CACHE_ENTRIES,
    private readonly now: () => number = Date.now,
  ) {}

  get listening(): boolean {
    return this.#listening;
  }

  get size(): number {
    return this.#entries.size;
  }

  /**
   * The listener began (true) or stopped (false) hearing. Either way nothing kept so far
   * can be trusted: notifications may have gone unheard.
   */
  setListening(listening: boolean): void {
    this.#generation += 1;
    this.#clear();
    if (this.#listening && !listening) this.stats.drops += 1;
    this.#listening = listening;
    if (!listening) {
      for (const release of this.#syncWaiters.values()) release();
      this.#syncWaiters.clear();
    }
  }

  /** A notification on PRINCIPAL_CHANNEL. */
  heard(payload: string): void {
    if (payload.startsWith("sync:")) {
      // Another process's sync is no change; this process's own releases its waiter.
      this.#syncWaiters.get(payload)?.();
      this.#syncWaiters.delete(payload);
      return;
    }
    this.#generation += 1;
    this.stats.notices += 1;
    if (payload === "*") {
      this.#clear();
      return;
    }
    for (const key of [...(this.#byTag.get(payload) ?? [])]) this.#delete(key);
  }

  /** The session's principal, from memory when it may be served, else from `load`. */
  async session(
    sessionId: string,
    load: () => Promise<SessionPrincipalRow | undefined>,
  ): Promise<SessionPrincipalRow | undefined> {
    if (!this.#listening) {
      this.stats.bypassed += 1;
      return load();
    }
    const now = this.now();
    const day = todayIso(new Date(now));
    const entry = this.#entries.get(sessionId);
    if (entry && entry.validUntil > now && entry.day === day) {
      this.stats.hits += 1;
      return entry.row;
    }
    if (entry) this.#delete(sessionId);
    this.stats.misses += 1;
    const generation = this.#generation;
    const row = await load();
    if (row && this.#listening && generation === this.#generation) {
      this.#store(sessionId, {
        row,
        tags: [`s:${sessionId}`, `u:${row.user_id ?? ""}`, `o:${row.organisation_id}`],
        validUntil: Math.min(now + this.maxAgeMs, row.expires_at.getTime()),
        day,
      });
    }
    return row;
  }

  /** How this process sends itself a sync notification (PostgreSQL only). */
  useSync(send: (payload: string) => Promise<void>): void {
    this.#sendSync = send;
  }

  /**
   * Resolves once this process's listener has heard every notification committed before
   * the call: it sends one more and waits for it (notifications arrive in commit order).
   * If that fails or takes over 2 s, the cache is emptied instead.
   */
  async sync(): Promise<void> {
    const send = this.#sendSync;
    if (!send || !this.#listening) return;
    this.#syncCount += 1;
    const payload = `${this.#syncPrefix}${this.#syncCount}`;
    const heard = new Promise<"heard">((resolve) =>
      this.#syncWaiters.set(payload, () => resolve("heard")),
    );
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<"late">((resolve) => {
      timer = setTimeout(() => resolve("late"), SYNC_TIMEOUT_MS);
    });
    try {
      await send(payload);
      if ((await Promise.race([heard, late])) === "late") this.#forgetAll();
    } catch {
      this.#forgetAll();
    } finally {
      clearTimeout(timer);
      this.#syncWaiters.delete(payload);
    }
  }

  #forgetAll(): void {
    this.#generation += 1;
    this.#clear();
  }

  #store(key: string, entry: Entry): void {
    this.#delete(key);
    while (this.#entries.size >= this.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#delete(oldest);
    }
    this.#entries.set(key, entry);
    for (const tag of entry.tags) {
      let keys = this.#byTag.get(tag);
      if (!keys) this.#byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
  }

  #delete(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    for (const tag of entry.tags) {
      const keys = this.#byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.#byTag.delete(tag);
    }
  }

  #clear(): void {
    this.#entries.clear();
    this.#byTag.clear();
  }
}

export interface RunningPrincipalCache {
  /** Null with FLEETHUB_PRINCIPAL_CACHE=off. */
  cache: PrincipalCache | null;
  stop(): Promise<void>;
}

/**
 * The cache the configuration asks for, listening on `database`. Resolves after the first
 * attempt to listen; until one succeeds every request is looked up.
 */
export async function startPrincipalCache(
  database: OpenedDatabase,
  config: Config,
  onError: (error: unknown) => void,
): Promise<RunningPrincipalCache> {
  if (config.principalCache === "off") return { cache: null, stop: () => Promise.resolve() };
  const cache = new PrincipalCache(config.principalCacheMaxAgeSeconds * 1000);
  const stop = await database.listen(PRINCIPAL_CHANNEL, {
    notice: (payload) => cache.heard(payload),
    listening: (listening) => cache.setListening(listening),
    error: onError,
  });
  if (database.engine === "postgres") {
    cache.useSync(async (payload) => {
      await sql`select pg_notify(${PRINCIPAL_CHANNEL}, ${payload})`.execute(database.db);
    });
  }
  return { cache, stop };
}
