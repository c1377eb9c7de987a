/**
 * Starts fleethub: opens the database (embedded unless DATABASE_URL is set), runs the
 * migrations, seeds the demo network into an empty database (outside production), and
 * listens. In production it refuses to start while a demo account keeps the published
 * demo password, and on an empty database it says how to create the first administrator.
 */
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { ConfigError, type Config } from "../config.js";
import { openDatabase, type OpenedDatabase } from "../db/database.js";
import { accountsWithDemoPassword, hasAnyUser } from "../db/seed/demo-accounts.js";
import { DEMO_ORGANISATIONS, DEMO_USERS } from "../db/seed/demo-network.js";
import { AppError } from "../errors.js";
import { loggerOptions } from "../logger.js";

const organisationName = (key: string): string =>
  DEMO_ORGANISATIONS.find((organisation) => organisation.key === key)?.name ?? key;

export function embeddedDatabaseDir(config: Config): string {
  return path.join(config.dataDir, "pglite");
}

export async function openConfiguredDatabase(config: Config): Promise<OpenedDatabase> {
  return openDatabase({
    url: config.databaseUrl,
    poolSize: config.databasePoolSize,
    embeddedDir: config.databaseUrl ? null : embeddedDatabaseDir(config),
  });
}

/** What an administrator types to create the first account on an empty database. */
export const FIRST_ADMIN_STEPS = [
  "no accounts yet. Create the first administrator:",
  '  npx fleethub org create --kind manufacturer --name "<your organisation>"',
  '  npx fleethub user create --email <email> --name "<name>" --org <id printed above> --role network_admin',
  "  (it asks for the password without echoing it; or pipe it in with --password-stdin)",
];

/**
 * Refuses a production start while any demo account still has the demo password, which
 * anyone can read in the README; names the accounts and what to do.
 */
export async function refuseDemoPasswords(db: OpenedDatabase["db"]): Promise<void> {
  const accounts = await accountsWithDemoPassword(db);
  if (!accounts.length) return;
  throw new AppError(
    "CONFLICT",
    `NODE_ENV=production: refusing to start while ${accounts.length === 1 ? "this account has" : "these accounts have"} the published demo password: ${accounts.join(", ")}. ` +
      "Set a new password (npx fleethub user reset-password --email <email>).",
  );
}

export interface RunningServer {
  app: FastifyInstance;
  database: OpenedDatabase;
  url: string;
  stop(): Promise<void>;
}

export async function startServer(
  config: Config,
  print: (line: string) => void = console.log,
): Promise<RunningServer> {
  const checkpointer = await configuredCheckpointer(config);
  // The embedded database takes about a second to start; it starts first, and the
  // application's modules load and its routes compile meanwhile.
  const database = await openConfiguredDatabase(config);
  const { prepareDatabase } = await import("../setup.js");
  const preparing = prepareDatabase(database.db);
  preparing.catch(() => undefined); // awaited below; this only keeps Node from calling it unhandled meanwhile
  const [
    { buildApp },
    { seedDemo },
    { startChainer },
    { startDueWorkOrders },
    { importLegacyPhotos },
    { importLegacyFeeds },
    { startPrincipalCache },
    { startEmbeddedStatistics },
  ] = await Promise.all([
    import("./app.js"),
    import("../db/seed/seed-demo.js"),
    import("../modules/records/chain.js"),
    import("../modules/work-orders/due-scheduler.js"),
    import("../modules/inspections/photos.js"),
    import("../modules/planner/timetables.js"),
    import("../modules/auth/principal-cache.js"),
    import("../db/embedded-statistics.js"),
  ]);
  let onListenerError: (error: unknown) => void = () => undefined;
  // Listening starts before the app answers anything: until it hears, nothing is cached.
  const principalCache = await startPrincipalCache(database, config, (error) =>
    onListenerError(error),
  );
  const app = await buildApp({
    config,
    db: database.db,
    logger: loggerOptions(config),
    serveWeb: true,
    principalCache: principalCache.cache,
  });
  onListenerError = (error) =>
    app.log.warn({ err: error }, "principal cache: not hearing changes, looking every session up");
  await app.ready();
  let seeded = false;
  let anyUser = true;
  let stopStatistics = () => Promise.resolve();
  try {
    await preparing;
    seeded = config.seedDemo ? await seedDemo(database.db) : false;
    if (config.production) {
      await refuseDemoPasswords(database.db);
      anyUser = await hasAnyUser(database.db);
    }
    // PGlite has no autovacuum: its tables are analyzed here, before the first request and
    // then as they change (db/embedded-statistics.ts). A server does this by itself.
    if (database.engine === "pglite")
      stopStatistics = await startEmbeddedStatistics(
        database.db,
        config.embeddedAnalyzeSeconds,
        (error) => app.log.error({ err: error }, "embedded database statistics"),
        (tables) => app.log.debug({ tables }, "embedded database: tables analyzed"),
      );
  } catch (error) {
    await app.close();
    await principalCache.stop();
    await database.close();
    throw error;
  }
  await app.listen({ port: config.port, host: config.host });
  // Links submitted inspections and defect resolutions into their hash chains, in batches.
  const stopChainer = startChainer(database.db, 500, (error) =>
    app.log.error({ err: error }, "record chain"),
  );
  // Signed checkpoints of every chain head, to a file outside the database (docs/security.md).
  const stopCheckpointer = checkpointer
    ? checkpointer(database, (error) => app.log.error({ err: error }, "record chain checkpoints"))
    : () => Promise.resolve();
  // Maintenance coming due opens work orders, where each operator's settings allow.
  const stopDueWorkOrders = startDueWorkOrders(
    database.db,
    config.dueWorkOrdersMinutes,
    (error) => app.log.error({ err: error }, "due work orders"),
    (count) => app.log.info({ count }, "work orders opened for maintenance coming due"),
  );
  // Photos and feeds stored on disk before they moved into the database (migration 0013) are
  // copied in by whichever process has the files, so every process serves them.
  const importingLegacyFiles = (async () => {
    const photos = await importLegacyPhotos(database.db, config.photoDir);
    const feeds = await importLegacyFeeds(database.db, path.join(config.dataDir, "planner"));
    if (photos + feeds > 0)
      app.log.info({ photos, feeds }, "files from the data directory copied into the database");
  })().catch((error: unknown) =>
    app.log.error({ err: error }, "copying stored files into the database"),
  );
  // PORT=0 lets the system choose; print the port actually taken.
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  print(`fleethub is running at ${url}  (API docs: ${url}/api/docs)`);
  print(
    `database: ${database.engine === "pglite" ? `embedded PGlite in ${embeddedDatabaseDir(config)}` : "PostgreSQL server"}`,
  );
  if (principalCache.cache)
    print(
      `principal cache: on, ${config.principalCacheMaxAgeSeconds} s at most, dropped on database notifications`,
    );
  if (!anyUser) for (const line of FIRST_ADMIN_STEPS) print(line);
  if (config.seedDemo) {
    if (seeded) print("demo network loaded.");
    // The password itself is in the README's quick start: start-up logs are often kept
    // and shared, and a password printed there outlives the demo.
    print("demo logins (password: see the README's quick start):");
    for (const user of DEMO_USERS) {
      print(
        `  ${user.email.padEnd(36)} ${user.memberships.map(([organisation, role]) => `${role} @ ${organisationName(organisation)}`).join(", ")}`,
      );
    }
  }
  let stopped = false;
  return {
    app,
    database,
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await importingLegacyFiles;
      await app.close();
      await stopDueWorkOrders();
      await stopStatistics();
      await stopChainer();
      await stopCheckpointer();
      await principalCache.stop();
      await database.close();
    },
  };
}

/** The key that signs checkpoints, read before anything starts so a bad one stops start-up. */
async function configuredCheckpointer(config: Config) {
  if (!config.checkpointKeyFile || !config.checkpointMinutes) return null;
  const { loadCheckpointPrivateKey, startCheckpointer } =
    await import("../modules/records/checkpoints.js");
  const field = "FLEETHUB_CHECKPOINT_KEY_FILE";
  const key = await loadCheckpointPrivateKey(field, config.checkpointKeyFile).catch(
    (error: unknown) => {
      const message = error instanceof Error ? error.message : "cannot be read";
      throw new ConfigError(field, message.replace(`${field}: `, ""));
    },
  );
  return (database: OpenedDatabase, onError: (error: unknown) => void) =>
    startCheckpointer(database.db, key, config.checkpointFile, config.checkpointMinutes, onError);
}
