import { describe, expect, it } from "vitest";
import { LoginLimiter } from "./login-limiter.js";

describe("LoginLimiter", () => {
  it("refuses after the maximum failures and allows again when the window passes", () => {
    let now = 0;
    const limiter = new LoginLimiter(3, 60_000, () => now);
    const keys = ["account:a@x", "address:1.2.3.4"];
    limiter.recordFailure(keys);
    limiter.recordFailure(keys);
    expect(limiter.retryAfterSeconds(keys)).toBe(0);
    limiter.recordFailure(keys);
    expect(limiter.retryAfterSeconds(keys)).toBe(60);
    now = 30_000;
    expect(limiter.retryAfterSeconds(["account:a@x"])).toBe(30);
    now = 60_001;
    expect(limiter.retryAfterSeconds(keys)).toBe(0);
  });

  it("limits an address that tries many accounts, allowing it more than one account", () => {
    const limiter = new LoginLimiter(2, 60_000, () => 0, 2);
    limiter.recordFailure(["account:a", "address:9"]);
    limiter.recordFailure(["account:b", "address:9"]);
    limiter.recordFailure(["account:c", "address:9"]);
    expect(limiter.retryAfterSeconds(["account:d", "address:9"])).toBe(0);
    limiter.recordFailure(["account:e", "address:9"]);
    expect(limiter.retryAfterSeconds(["account:d", "address:9"])).toBeGreaterThan(0);
    expect(limiter.retryAfterSeconds(["account:d", "address:8"])).toBe(0);
  });
});
