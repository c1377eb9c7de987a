/**
 * The principal cache (FLEETHUB_PRINCIPAL_CACHE=notify): that it serves from memory, that a
 * change it is never told about lives at most its maximum age, and that while its listener
 * is not hearing nothing is served from memory. Every event the cache must hear about is in
 * the access lifecycle test, which runs with the cache on under TEST_PRINCIPAL_CACHE=notify;
 * the two-process test checks it across real processes.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { PrincipalCache } from "../../src/modules/auth/principal-cache.js";
import type { SessionPrincipalRow } from "../../src/modules/auth/repository.js";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";
import { TEST_PASSWORD, makeNetwork } from "../helpers/factories.js";

/**
 * Ends a person's sessions the way no trigger sees (replica mode skips triggers, as
 * pg_restore and logical replication do): the change the cache is never told about.
 */
async function revokeUnannounced(db: Database, userId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`set local session_replication_role = replica`.execute(trx);
    await sql`update sessions set revoked_at = now() where user_id = ${userId}`.execute(trx);
  });
}

async function until(done: () => boolean, limitMs: number): Promise<void> {
  const began = Date.now();
  while (!done() && Date.now() - began < limitMs)
    await new Promise((resolve) => setTimeout(resolve, 10));
}

describe("PrincipalCache on its own", () => {
  const row = (userId: string, expiresInMs = 3_600_000): SessionPrincipalRow => ({
    user_id: userId,
    token_id: null,
    label: "someone@example.org",
    user_name: "Someone",
    user_locale: "en",
    organisation_id: "00000000-0000-4000-8000-000000000001",
    organisation_kind: "operator",
    organisation_name: "Operator",
    roles: ["driver"],
    expires_at: new Date(Date.now() + expiresInMs),
  });

  it("looks every session up while not listening, and keeps nothing heard before a drop", async () => {
    const cache = new PrincipalCache(60_000);
    let lookups = 0;
    const load = () => {
      lookups += 1;
      return Promise.resolve(row("u1"));
    };
    await cache.session("s1", load);
    await cache.session("s1", load);
    expect(lookups).toBe(2);
    expect(cache.stats.bypassed).toBe(2);
    cache.setListening(true);
    await cache.session("s1", load);
    await cache.session("s1", load);
    expect(lookups).toBe(3);
    cache.setListening(false);
    expect(cache.size).toBe(0);
    await cache.session("s1", load);
    expect(lookups).toBe(4);
    expect(cache.stats.drops).toBe(1);
  });

  it("drops what a notification names, and keeps no lookup a notification overtook", async () => {
    const cache = new PrincipalCache(60_000);
    cache.setListening(true);
    let lookups = 0;
    const load = () => {
      lookups += 1;
      return Promise.resolve(row("u1"));
    };
    await cache.session("s1", load);
    await cache.session("s2", () => Promise.resolve(row("u2")));
    cache.heard("u:u1");
    expect(cache.size).toBe(1);
    await cache.session("s1", load);
    expect(lookups).toBe(2);
    cache.heard("s:s1");
    expect(cache.size).toBe(1);
    // A notification while the lookup is under way: the row may be from before the change.
    await cache.session("s1", async () => {
      cache.heard("u:u1");
      return row("u1");
    });
    expect(cache.size).toBe(1);
    await cache.session("s1", load);
    expect(lookups).toBe(3);
    cache.heard("*");
    expect(cache.size).toBe(0);
  });

  it("serves an entry no longer than its maximum age or its session, and keeps a bounded number", async () => {
    let now = Date.now();
    const cache = new PrincipalCache(5_000, 3, () => now);
    cache.setListening(true);
    let lookups = 0;
    const load = (expiresInMs?: number) => () => {
      lookups += 1;
      return Promise.resolve(row("u1", expiresInMs));
    };
    await cache.session("s1", load());
    now += 4_999;
    await cache.session("s1", load());
    expect(lookups).toBe(1);
    now += 2;
    await cache.session("s1", load());
    expect(lookups).toBe(2);
    await cache.session("short", load(1_000));
    now += 1_001;
    await cache.session("short", load(1_000));
    expect(lookups).toBe(4);
    for (const id of ["a", "b", "c", "d"]) await cache.session(id, load());
    expect(cache.size).toBe(3);
  });
});

describe("the principal cache in the app", () => {
  let t: TestApp;
  let n: Awaited<ReturnType<typeof makeNetwork>>;
  beforeAll(async () => {
    t = await createTestApp({
      FLEETHUB_PRINCIPAL_CACHE: "notify",
      FLEETHUB_PRINCIPAL_CACHE_MAX_AGE_S: "1",
    });
    n = await makeNetwork(t.db);
  });
  afterAll(() => t.close());

  async function signedIn(email: string): Promise<Client> {
    const client = new Client(t.app);
    expect((await client.login(email, TEST_PASSWORD)).statusCode).toBe(200);
    return client;
  }

  it("serves a session from memory, and a change it is never told about for at most its maximum age", async () => {
    const driver = await signedIn(n.driverA.email);
    expect((await driver.get("/api/v1/me")).statusCode).toBe(200);
    await revokeUnannounced(t.db, n.driverA.id);
    // Still served: the cache answered (a lookup would refuse), which is why every change
    // must be announced (migration 0015) and why entries have a maximum age.
    expect((await driver.get("/api/v1/me")).statusCode).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await driver.get("/api/v1/me")).statusCode).toBe(401);
  });

  it("refuses the next request after an announced change", async () => {
    const manager = await signedIn(n.managerA.email);
    expect((await manager.get("/api/v1/me")).statusCode).toBe(200);
    const hits = t.principalCache?.stats.hits ?? 0;
    expect((await manager.get("/api/v1/me")).statusCode).toBe(200);
    expect(t.principalCache?.stats.hits).toBe(hits + 1);
    await t.db
      .updateTable("users")
      .set({ disabled: true })
      .where("id", "=", n.managerA.id)
      .execute();
    await t.principalCache?.sync(); // as an answer of this app would (authenticate.ts)
    expect((await manager.get("/api/v1/me")).statusCode).toBe(401);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "keeps nothing once its listening connection is lost, and caches again once it listens again",
    async () => {
      const cache = t.principalCache as PrincipalCache;
      const admin = await signedIn(n.admin.email);
      expect((await admin.get("/api/v1/me")).statusCode).toBe(200);
      expect(cache.size).toBeGreaterThan(0);
      const drops = cache.stats.drops;
      // What a failover or a restart of PostgreSQL does to the listening connection.
      const killed = await sql<{ killed: boolean }>`
        select pg_terminate_backend(pid) as killed from pg_stat_activity
        where datname = current_database() and application_name = 'fleethub listening on fleethub_principal'`.execute(
        t.db,
      );
      expect(killed.rows.map((r) => r.killed)).toEqual([true]);
      await until(() => cache.stats.drops > drops, 5_000);
      expect(cache.stats.drops).toBe(drops + 1);
      expect(cache.size).toBe(0);
      // A change made while nobody listened: its notification is lost for good.
      await revokeUnannounced(t.db, n.admin.id);
      expect((await admin.get("/api/v1/me")).statusCode).toBe(401);

      await until(() => cache.listening, 10_000);
      expect(cache.listening).toBe(true);
      const again = await signedIn(n.admin.email);
      expect((await again.get("/api/v1/me")).statusCode).toBe(200);
      const hits = cache.stats.hits;
      expect((await again.get("/api/v1/me")).statusCode).toBe(200);
      expect(cache.stats.hits).toBe(hits + 1);
      await again.post("/api/v1/auth/logout");
      expect((await again.get("/api/v1/me")).statusCode).toBe(401);
    },
    30_000,
  );
});
