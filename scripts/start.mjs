// `npm start`: builds the server and the web UI when they are missing or older than
// their sources, then starts fleethub. Settings come from the environment (README).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const at = (...parts) => path.join(root, ...parts);

/** Newest modification time of the files below `dir`, skipping `skip` folders. */
function newest(dir, skip = []) {
  let latest = 0;
  if (!existsSync(dir)) return latest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full, skip) : statSync(full).mtimeMs);
  }
  return latest;
}

const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
const npx = (args) =>
  execFileSync(process.execPath, [at("node_modules", ".bin", args[0]), ...args.slice(1)], {
    cwd: root,
    stdio: "inherit",
  });

const serverSources = Math.max(
  newest(at("src")),
  builtAt(at("tsconfig.json")),
  builtAt(at("tsconfig.build.json")),
);
if (builtAt(at("dist", "cli", "main.js")) < serverSources) {
  console.log("building the server…");
  npx(["tsc", "-p", "tsconfig.build.json"]);
}
// `fleethub plan` as one file (src/cli/plan-main.ts); bin/fleethub.mjs skips it when stale.
if (builtAt(at("dist", "cli", "plan.mjs")) < builtAt(at("dist", ".tsbuildinfo"))) {
  npx(["vite", "build", "--config", "scripts/plan-cli.vite.config.ts"]);
}
if (existsSync(at("web", "index.html"))) {
  // The UI also bundles the shared rules in src/core.
  const webSources = Math.max(newest(at("web"), ["dist"]), newest(at("src", "core")));
  if (builtAt(at("web", "dist", "index.html")) < webSources) {
    console.log("building the web UI…");
    npx(["vite", "build", "--config", "web/vite.config.ts", "--logLevel", "warn"]);
  }
}
const { main } = await import(new URL("../dist/cli/main.js", import.meta.url).href);
await main([process.argv[0], "fleethub", "start", ...process.argv.slice(2)]);
