import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/helpers/app.js";
import { LoginLimiter } from "./login-limiter.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe("LoginLimiter (state in the database)", () => {
  it("doubles the delay with each failure of the pair, up to the cap", async () => {
    const limiter = new LoginLimiter(t.db, { baseMs: 100, maxMs: 1000, windowMs: 60_000 });
    const email = `grow-${crypto.randomUUID()}@x.test`;
    const delays: number[] = [];
    for (let i = 0; i < 7; i++) {
      delays.push(await limiter.delayMs(email, "10.0.0.1"));
      await limiter.recordFailure(email, "10.0.0.1");
    }
    expect(delays).toEqual([0, 100, 200, 400, 800, 1000, 1000]);
  });

  it("slows an address trying many accounts at a fifth of the pace, and not other addresses", async () => {
    const limiter = new LoginLimiter(t.db, { baseMs: 100, maxMs: 1000, windowMs: 60_000 });
    const address = `10.1.${Math.floor(Math.random() * 250)}.9`;
    for (let i = 0; i < 10; i++) await limiter.recordFailure(`a${i}@spray.test`, address);
    // 10 failures from the address = 2 steps: 200 ms for an account it never tried.
    expect(await limiter.delayMs("fresh@spray.test", address)).toBe(200);
    expect(await limiter.delayMs("fresh@spray.test", "10.200.0.1")).toBe(0);
  });

  it("forgets failures older than the window and sweeps their rows", async () => {
    let now = Date.parse("2030-01-01T00:00:00Z");
    const limiter = new LoginLimiter(t.db, {
      baseMs: 100,
      maxMs: 1000,
      windowMs: 60_000,
      now: () => now,
    });
    const email = `old-${crypto.randomUUID()}@x.test`;
    await limiter.recordFailure(email, "10.3.0.1");
    await limiter.recordFailure(email, "10.3.0.1");
    expect(await limiter.delayMs(email, "10.3.0.1")).toBe(200);
    now += 61_000;
    expect(await limiter.delayMs(email, "10.3.0.1")).toBe(0);
    expect(await limiter.sweep(true)).toBeGreaterThanOrEqual(2);
    const left = await t.db
      .selectFrom("login_failures")
      .select("key")
      .where("key", "like", `pair:${email}%`)
      .execute();
    expect(left).toEqual([]);
    // Counting starts again at one after the window.
    await limiter.recordFailure(email, "10.3.0.1");
    expect(await limiter.delayMs(email, "10.3.0.1")).toBe(100);
  });

  it("shares its counts between two limiters (two processes) on one database", async () => {
    const options = { baseMs: 100, maxMs: 1000, windowMs: 60_000 };
    const first = new LoginLimiter(t.db, options);
    const second = new LoginLimiter(t.db, options);
    const email = `shared-${crypto.randomUUID()}@x.test`;
    await first.recordFailure(email, "10.4.0.1");
    await second.recordFailure(email, "10.4.0.1");
    await first.recordFailure(email, "10.4.0.1");
    expect(await second.delayMs(email, "10.4.0.1")).toBe(400);
    await second.recordSuccess(email, "10.4.0.1");
    expect(await first.delayMs(email, "10.4.0.1")).toBe(0);
  });
});
