/**
 * Starts fleethub: opens the database (embedded unless DATABASE_URL is set), runs the
 * migrations, seeds the demo network into an empty database, and listens.
 */
import path from "node:path";
import type { FastifyInstance } from "fastify";
import type { Config } from "../config.js";
import { openDatabase, type OpenedDatabase } from "../db/database.js";
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS } from "../db/seed/demo-network.js";
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
  ] = await Promise.all([
    import("./app.js"),
    import("../db/seed/seed-demo.js"),
    import("../modules/records/chain.js"),
    import("../modules/work-orders/due-scheduler.js"),
    import("../modules/inspections/photos.js"),
    import("../modules/planner/timetables.js"),
  ]);
  const app = await buildApp({
    config,
    db: database.db,
    logger: loggerOptions(config),
    serveWeb: true,
  });
  await app.ready();
  await preparing;
  const seeded = config.seedDemo ? await seedDemo(database.db) : false;
  await app.listen({ port: config.port, host: config.host });
  // Links submitted inspections and defect resolutions into their hash chains, in batches.
  const stopChainer = startChainer(database.db, 500, (error) =>
    app.log.error({ err: error }, "record chain"),
  );
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
  const url = `http://localhost:${config.port}`;
  print(`fleethub is running at ${url}  (API docs: ${url}/api/docs)`);
  print(
    `database: ${database.engine === "pglite" ? `embedded PGlite in ${embeddedDatabaseDir(config)}` : "PostgreSQL server"}`,
  );
  if (config.seedDemo) {
    if (seeded) print("demo network loaded.");
    print(`demo logins (password "${DEMO_PASSWORD}"):`);
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
      await stopChainer();
      await database.close();
    },
  };
}
