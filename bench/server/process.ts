/**
 * Helpers for benchmarks that run fleethub (or a baseline) as a separate process, and the
 * baselines themselves (a bare Node server, Fastify's hello world). Not a benchmark.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import net, { type AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const CLI = path.join(ROOT, "bin/fleethub.mjs");
const BUILT = path.join(ROOT, "dist/cli/main.js");

export function requireBuild(): void {
  if (!existsSync(BUILT)) throw new Error("build first: npm run build:server");
}

/**
 * Polls `url` until it answers, returning the milliseconds since `startedAt`; gives up at
 * once when `child` (the process that should answer) has exited.
 */
export async function waitForAnswer(
  url: string,
  startedAt: number,
  timeoutMs = 20_000,
  child?: ChildProcess,
): Promise<number> {
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return performance.now() - startedAt;
    } catch {
      // not listening yet
    }
    if (child && child.exitCode !== null)
      throw new Error(`${url}: the process exited with code ${child.exitCode} before answering`);
    if (performance.now() - startedAt > timeoutMs)
      throw new Error(`${url} did not answer in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * A port nothing listens on now: a fixed port could be taken by another run on the same
 * machine, whose server the benchmark would then time instead of its own.
 */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export function startProcess(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: "warn", LOG_FORMAT: "json", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/** The value below which `fraction` of `values` lie (0.5: the median, 0.99: p99). */
export function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? NaN;
}

export function median(values: number[]): number {
  return percentile(values, 0.5);
}

/** The smallest server Node can run: the floor under any start-up time. */
export const BARE_NODE_SERVER = `require("node:http").createServer((q, s) => s.end("ok")).listen(Number(process.env.PORT), "127.0.0.1")`;

/** Fastify's hello world: the ceiling for any Fastify route. */
export const FASTIFY_HELLO = `
import Fastify from "fastify";
const app = Fastify({ logger: false });
app.get("/", async () => ({ hello: "world" }));
await app.listen({ port: Number(process.env.PORT), host: "127.0.0.1" });`;
