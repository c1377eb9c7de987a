/**
 * The one place that reads the process environment. Every setting is validated at
 * start-up; a bad value stops the process with a message naming the variable.
 */
import path from "node:path";
import { METERS, VEHICLE_TYPES, type Meter, type VehicleType } from "./core/fleet.js";
import { DEFAULT_DAILY_LIMITS, type DailyLimits } from "./core/meter-readings.js";

export interface Config {
  /** NODE_ENV=production: no demo data, and no start while a demo password is in use. */
  production: boolean;
  /** HTTP port, 1–65535; 0 takes any free port (start-up prints the one it took). */
  port: number;
  /** Address to listen on. */
  host: string;
  /** A real PostgreSQL server; when absent the embedded PGlite database is used. */
  databaseUrl: string | null;
  /** Connections to the PostgreSQL server (with DATABASE_URL). */
  databasePoolSize: number;
  /** Where the embedded database, uploaded files and other state live. */
  dataDir: string;
  /** Where inspection photos are stored (default: <dataDir>/photos). */
  photoDir: string;
  /** Largest photo accepted, in bytes. */
  photoMaxBytes: number;
  /** How long before a shift a pre-shift inspection still counts. */
  inspectionWindowHours: number;
  /** Most a vehicle type plausibly adds to a meter in a day; more needs confirming. */
  meterDailyLimits: DailyLimits;
  /** How often due maintenance opens work orders (0: never by itself). */
  dueWorkOrdersMinutes: number;
  /** How often the embedded database's changed tables are analyzed (0: only at start). */
  embeddedAnalyzeSeconds: number;

  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** Pretty logs for people, JSON for machines. */
  logFormat: "pretty" | "json";
  /** How long a login session lasts. */
  sessionTtlHours: number;
  /**
   * "off": every request looks its session up in the database. "notify": a looked-up
   * session is kept in process memory and dropped when PostgreSQL announces (LISTEN/NOTIFY)
   * a change to it, its person, their roles, its organisation or an agreement
   * (modules/auth/principal-cache.ts).
   */
  principalCache: "off" | "notify";
  /** Longest a cached session is served without looking it up again. */
  principalCacheMaxAgeSeconds: number;
  /** Set the Secure flag on the session cookie (behind HTTPS). */
  secureCookies: boolean;
  /** Extra origins allowed to send cookie-authenticated writes, besides the server's own. */
  allowedOrigins: string[];
  /**
   * Seed the demo network into an empty database on start: by default outside production
   * only, so that `npm start` shows the demo, and a production server never gets accounts
   * whose password is published.
   */
  seedDemo: boolean;
  /**
   * Sign-in back-off: after failures, the next attempt for the same account from the same
   * address (and from the address at all) waits base × 2^(failures−1) seconds, capped.
   * Failures older than the window are forgotten (and swept from the database).
   */
  loginBackoffBaseMs: number;
  loginBackoffMaxMs: number;
  loginWindowMinutes: number;
  /**
   * The Ed25519 private key (PEM) that signs record-chain checkpoints; kept outside the
   * database. Without it the server writes no checkpoints.
   */
  checkpointKeyFile: string | null;
  /** The append-only JSON Lines file checkpoints are written to. */
  checkpointFile: string;
  /** How often the server writes checkpoints (0: never by itself). */
  checkpointMinutes: number;
  /** Fastify trustProxy: false, a hop count, or the proxies' addresses/CIDRs. */
  trustProxy: boolean | number | string[];
  /** Time to receive a request's headers, and the whole request with its body. */
  headersTimeoutSeconds: number;
  requestTimeoutSeconds: number;
  /** A connection silent this long is closed. */
  idleTimeoutSeconds: number;
  /** Open connections one address may hold (0: no limit; default off behind a proxy). */
  maxConnectionsPerAddress: number;
  /** Requests per minute per address to sign-in and other unauthenticated routes. */
  publicRateLimitPerMinute: number;
  /** Uploads (photos, GTFS feeds) per minute per address. */
  uploadRateLimitPerMinute: number;
  /** Largest GTFS zip accepted for upload, in bytes. */
  gtfsUploadMaxBytes: number;
  /** Largest uncompressed file of an uploaded GTFS feed, and whole feed, in bytes. */
  gtfsMaxFileBytes: number;
  gtfsMaxFeedBytes: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `"${raw}" is not a whole number`);
  const value = Number(raw);
  if (value < min || value > max) {
    throw new ConfigError(name, `${value} is outside ${min}–${max}`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === "") return fallback;
  if (["1", "true", "yes", "on"].includes(raw)) return true;
  if (["0", "false", "no", "off"].includes(raw)) return false;
  throw new ConfigError(name, `"${env[name]}" is not a yes/no value (use true or false)`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new ConfigError(name, `"${raw}" is not one of ${allowed.join(", ")}`);
}

function databaseUrl(env: Env): string | null {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw.trim() === "") return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      "DATABASE_URL",
      "is not a URL (expected postgres://user:pass@host:port/db)",
    );
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new ConfigError("DATABASE_URL", `protocol "${url.protocol}" is not postgres:`);
  }
  return raw;
}

function origins(env: Env): string[] {
  const raw = env.FLEETHUB_ALLOWED_ORIGINS;
  if (!raw) return [];
  return raw.split(",").map((item) => {
    const trimmed = item.trim();
    try {
      return new URL(trimmed).origin;
    } catch {
      throw new ConfigError("FLEETHUB_ALLOWED_ORIGINS", `"${trimmed}" is not an origin URL`);
    }
  });
}

/** "false" / "true" / a hop count / a list of proxy addresses or CIDRs. */
function trustProxy(env: Env): boolean | number | string[] {
  const name = "FLEETHUB_TRUST_PROXY";
  const raw = env[name]?.trim();
  if (raw === undefined || raw === "" || /^(false|no|off|0)$/i.test(raw)) return false;
  if (/^(true|yes|on)$/i.test(raw)) return true;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > 10) throw new ConfigError(name, `${hops} hops is outside 0–10`);
    return hops;
  }
  return raw.split(",").map((item) => {
    const entry = item.trim();
    const [address = "", bits, extra] = entry.split("/");
    const ipv4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(address);
    const validV4 = ipv4 !== null && ipv4.slice(1).every((octet) => Number(octet) <= 255);
    const validV6 = !validV4 && address.includes(":") && /^[0-9a-f:.]+$/i.test(address);
    const maxBits = validV4 ? 32 : 128;
    const validBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= maxBits);
    if (!(validV4 || validV6) || !validBits || extra !== undefined)
      throw new ConfigError(
        name,
        `"${entry}" is not an IP address or CIDR range (use true, a hop count, or addresses)`,
      );
    return entry;
  });
}

/** "city_bus.odometer_km=1200,tractor.engine_hours=20" over the defaults. */
function dailyLimits(env: Env): DailyLimits {
  const name = "FLEETHUB_METER_DAILY_LIMITS";
  const limits: DailyLimits = structuredClone(DEFAULT_DAILY_LIMITS);
  const raw = env[name]?.trim();
  if (!raw) return limits;
  for (const part of raw.split(",")) {
    const match = /^\s*([a-z_]+)\.([a-z_]+)\s*=\s*(\d+(?:\.\d+)?)\s*$/.exec(part);
    if (!match) throw new ConfigError(name, `"${part.trim()}" is not vehicle_type.meter=number`);
    const [, type = "", meter = "", value = ""] = match;
    if (!(VEHICLE_TYPES as readonly string[]).includes(type)) {
      throw new ConfigError(name, `"${type}" is not one of ${VEHICLE_TYPES.join(", ")}`);
    }
    if (!(METERS as readonly string[]).includes(meter)) {
      throw new ConfigError(name, `"${meter}" is not one of ${METERS.join(", ")}`);
    }
    if (Number(value) <= 0) throw new ConfigError(name, `${type}.${meter} must be above 0`);
    limits[type as VehicleType][meter as Meter] = Number(value);
  }
  return limits;
}

export function loadConfig(env: Env = process.env): Config {
  const production = env.NODE_ENV === "production";
  const dataDir = path.resolve(env.FLEETHUB_DATA_DIR?.trim() || "data");
  const seedDemo = boolean(env, "FLEETHUB_SEED_DEMO", !production);
  if (production && seedDemo) {
    throw new ConfigError(
      "FLEETHUB_SEED_DEMO",
      "the demo network's accounts share a published password, so it is never loaded with NODE_ENV=production",
    );
  }
  const proxy = trustProxy(env);
  const backoffMax = integer(env, "FLEETHUB_LOGIN_BACKOFF_MAX_MS", 4000, 0, 60_000);
  if (backoffMax < integer(env, "FLEETHUB_LOGIN_BACKOFF_BASE_MS", 250, 0, 10_000))
    throw new ConfigError(
      "FLEETHUB_LOGIN_BACKOFF_MAX_MS",
      "must be at least FLEETHUB_LOGIN_BACKOFF_BASE_MS",
    );
  if (
    integer(env, "FLEETHUB_HEADERS_TIMEOUT_S", 10, 1, 300) >
    integer(env, "FLEETHUB_REQUEST_TIMEOUT_S", 120, 1, 3600)
  )
    throw new ConfigError(
      "FLEETHUB_HEADERS_TIMEOUT_S",
      "must not be longer than FLEETHUB_REQUEST_TIMEOUT_S",
    );
  return {
    production,
    port: integer(env, "PORT", 3000, 0, 65535),
    host: env.HOST?.trim() || "0.0.0.0",
    databaseUrl: databaseUrl(env),
    databasePoolSize: integer(env, "DATABASE_POOL_SIZE", 20, 1, 500),
    dataDir,
    photoDir: path.resolve(env.FLEETHUB_PHOTO_DIR?.trim() || path.join(dataDir, "photos")),
    photoMaxBytes: integer(env, "FLEETHUB_PHOTO_MAX_MB", 8, 1, 50) * 1024 * 1024,
    // DVSA: a walkaround check at least every 24 hours (DOMAIN.md §1).
    inspectionWindowHours: integer(env, "FLEETHUB_INSPECTION_WINDOW_HOURS", 24, 1, 72),
    meterDailyLimits: dailyLimits(env),
    dueWorkOrdersMinutes: integer(env, "FLEETHUB_DUE_WORK_ORDERS_MINUTES", 60, 0, 1440),
    embeddedAnalyzeSeconds: integer(env, "FLEETHUB_EMBEDDED_ANALYZE_S", 60, 0, 3600),
    logLevel: oneOf(
      env,
      "LOG_LEVEL",
      ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const,
      "info",
    ),
    logFormat: oneOf(
      env,
      "LOG_FORMAT",
      ["pretty", "json"] as const,
      production ? "json" : "pretty",
    ),
    sessionTtlHours: integer(env, "FLEETHUB_SESSION_TTL_HOURS", 12, 1, 24 * 90),
    principalCache: oneOf(env, "FLEETHUB_PRINCIPAL_CACHE", ["off", "notify"] as const, "off"),
    principalCacheMaxAgeSeconds: integer(env, "FLEETHUB_PRINCIPAL_CACHE_MAX_AGE_S", 5, 1, 300),
    secureCookies: boolean(env, "FLEETHUB_SECURE_COOKIES", production),
    allowedOrigins: origins(env),
    seedDemo,
    checkpointKeyFile: env.FLEETHUB_CHECKPOINT_KEY_FILE?.trim()
      ? path.resolve(env.FLEETHUB_CHECKPOINT_KEY_FILE.trim())
      : null,
    checkpointFile: path.resolve(
      env.FLEETHUB_CHECKPOINT_FILE?.trim() ||
        path.join(dataDir, "checkpoints", "record-chain.jsonl"),
    ),
    checkpointMinutes: integer(env, "FLEETHUB_CHECKPOINT_MINUTES", 60, 0, 24 * 60),
    loginBackoffBaseMs: integer(env, "FLEETHUB_LOGIN_BACKOFF_BASE_MS", 250, 0, 10_000),
    loginBackoffMaxMs: integer(env, "FLEETHUB_LOGIN_BACKOFF_MAX_MS", 4000, 0, 60_000),
    loginWindowMinutes: integer(env, "FLEETHUB_LOGIN_WINDOW_MINUTES", 15, 1, 24 * 60),
    trustProxy: proxy,
    headersTimeoutSeconds: integer(env, "FLEETHUB_HEADERS_TIMEOUT_S", 10, 1, 300),
    requestTimeoutSeconds: integer(env, "FLEETHUB_REQUEST_TIMEOUT_S", 120, 1, 3600),
    idleTimeoutSeconds: integer(env, "FLEETHUB_IDLE_TIMEOUT_S", 30, 1, 3600),
    maxConnectionsPerAddress: integer(
      env,
      "FLEETHUB_MAX_CONNECTIONS_PER_ADDRESS",
      proxy === false ? 100 : 0,
      0,
      100_000,
    ),
    publicRateLimitPerMinute: integer(
      env,
      "FLEETHUB_PUBLIC_RATE_LIMIT_PER_MINUTE",
      120,
      1,
      100_000,
    ),
    uploadRateLimitPerMinute: integer(env, "FLEETHUB_UPLOAD_RATE_LIMIT_PER_MINUTE", 30, 1, 100_000),
    gtfsUploadMaxBytes: integer(env, "FLEETHUB_GTFS_UPLOAD_MAX_MB", 300, 1, 4096) * 1024 * 1024,
    gtfsMaxFileBytes: integer(env, "FLEETHUB_GTFS_MAX_FILE_MB", 2048, 1, 65_536) * 1024 * 1024,
    gtfsMaxFeedBytes: integer(env, "FLEETHUB_GTFS_MAX_FEED_MB", 4096, 1, 65_536) * 1024 * 1024,
  };
}
