import type { LoggerOptions } from "pino";
import type { Config } from "./config.js";

/** Structured logging: JSON in production, readable lines for a person at a terminal. */
export function loggerOptions(config: Pick<Config, "logLevel" | "logFormat">): LoggerOptions {
  return {
    level: config.logLevel,
    redact: ["req.headers.cookie", "req.headers.authorization", "res.headers['set-cookie']"],
    ...(config.logFormat === "pretty"
      ? {
          transport: {
            target: "pino-pretty",
            options: { translateTime: "HH:MM:ss", ignore: "pid,hostname" },
          },
        }
      : {}),
  };
}
