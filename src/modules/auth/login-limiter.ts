/**
 * Slows password guessing without letting anyone lock another person out.
 *
 * Failed sign-ins are counted per account+address pair and per address. The next attempt
 * under a key that has failed waits base × 2^(failures − 1), capped at a few seconds: it is
 * delayed, never refused, so a guesser cannot keep a dispatcher out before the morning
 * shift (a lock-out after ten failures let anyone do exactly that). The real user from an
 * address that was not guessing shares no key with the guesser and waits for nothing. An
 * address counts `addressFactor` failures as one step, because a whole depot of drivers
 * often signs in from behind one address. Parallel guessing is bounded by the rate limit
 * on the sign-in route.
 *
 * The counts live in the database (table login_failures, one row per key) so several
 * fleethub processes share them and memory never grows with the number of guessers;
 * rows whose last failure is older than the window are swept.
 */
import { sql } from "kysely";
import type { Database } from "../../db/database.js";

export interface LoginBackoffOptions {
  /** Delay after the first failure; it doubles with each further failure. */
  baseMs: number;
  /** The longest delay. */
  maxMs: number;
  /** Failures older than this are forgotten. */
  windowMs: number;
  /** An address's failures count 1/addressFactor of a pair's (shared addresses). */
  addressFactor?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** The keys one attempt is counted under. */
export function loginKeys(email: string, address: string): { pair: string; address: string } {
  return { pair: `pair:${email.trim().toLowerCase()}|${address}`, address: `address:${address}` };
}

const SWEEP_EVERY_MS = 60_000;

export class LoginLimiter {
  private readonly addressFactor: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private lastSweepAt = 0;

  constructor(
    private readonly db: Database,
    private readonly options: LoginBackoffOptions,
  ) {
    this.addressFactor = options.addressFactor ?? 5;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  }

  /** The back-off after `failures` failures: 0, base, 2 × base, 4 × base, … up to max. */
  backoffMs(failures: number): number {
    if (failures <= 0) return 0;
    // 2^30 is far past any cap; keeps the power finite.
    return Math.min(this.options.maxMs, this.options.baseMs * 2 ** Math.min(failures - 1, 30));
  }

  /** How long the next attempt for this email from this address waits, in ms. */
  async delayMs(email: string, address: string): Promise<number> {
    const keys = loginKeys(email, address);
    const cutoff = new Date(this.now() - this.options.windowMs);
    const rows = await this.db
      .selectFrom("login_failures")
      .select(["key", "failures"])
      .where("key", "in", [keys.pair, keys.address])
      .where("last_failure_at", ">", cutoff)
      .execute();
    let delay = 0;
    for (const row of rows) {
      const steps =
        row.key === keys.pair ? row.failures : Math.floor(row.failures / this.addressFactor);
      delay = Math.max(delay, this.backoffMs(steps));
    }
    return delay;
  }

  /** Waits out the back-off of this email and address before the password is checked. */
  async waitBeforeAttempt(email: string, address: string): Promise<number> {
    const delay = await this.delayMs(email, address);
    if (delay > 0) await this.sleep(delay);
    return delay;
  }

  /** Counts a failure under both keys; a count older than the window starts again at 1. */
  async recordFailure(email: string, address: string): Promise<void> {
    const keys = loginKeys(email, address);
    const now = new Date(this.now());
    const cutoff = new Date(this.now() - this.options.windowMs);
    for (const key of [keys.pair, keys.address]) {
      await this.db
        .insertInto("login_failures")
        .values({ key, failures: 1, last_failure_at: now })
        .onConflict((oc) =>
          oc.column("key").doUpdateSet({
            failures: sql<number>`case when login_failures.last_failure_at > ${cutoff}
              then login_failures.failures + 1 else 1 end`,
            last_failure_at: now,
          }),
        )
        .execute();
    }
    await this.sweep();
  }

  /** A correct password clears its pair; the address keeps its count (others may guess). */
  async recordSuccess(email: string, address: string): Promise<void> {
    await this.db
      .deleteFrom("login_failures")
      .where("key", "=", loginKeys(email, address).pair)
      .execute();
  }

  /** Deletes rows past the window, at most once a minute per process. */
  async sweep(force = false): Promise<number> {
    const now = this.now();
    if (!force && now - this.lastSweepAt < SWEEP_EVERY_MS) return 0;
    this.lastSweepAt = now;
    const result = await this.db
      .deleteFrom("login_failures")
      .where("last_failure_at", "<=", new Date(now - this.options.windowMs))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
