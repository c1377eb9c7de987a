/**
 * Counts failed logins per account and per address in a sliding window, so guessing
 * passwords is slow for one account from many addresses and for many accounts from one.
 * Kept in process memory: one fleethub process serves a deployment. An address gets
 * more attempts than an account (`addressFactor` times as many), because a whole depot
 * of drivers often signs in from behind one address.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxAttempts: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly addressFactor = 5,
  ) {}

  private limitOf(key: string): number {
    return key.startsWith("address:") ? this.maxAttempts * this.addressFactor : this.maxAttempts;
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((at) => at > cutoff);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  /** Seconds until another attempt is allowed for any of the keys, or 0 if allowed now. */
  retryAfterSeconds(keys: string[]): number {
    let wait = 0;
    for (const key of keys) {
      const recent = this.recent(key);
      const limit = this.limitOf(key);
      if (recent.length >= limit) {
        const oldest = recent[recent.length - limit] ?? this.now();
        wait = Math.max(wait, Math.ceil((oldest + this.windowMs - this.now()) / 1000));
      }
    }
    return wait;
  }

  recordFailure(keys: string[]): void {
    for (const key of keys) this.failures.set(key, [...this.recent(key), this.now()]);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }
}
