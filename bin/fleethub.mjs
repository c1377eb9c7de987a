#!/usr/bin/env node
// The `fleethub` command. It runs the compiled code in dist/ (built by `npm start`,
// `npm run build` or on install).
import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const at = (file) => new URL(file, import.meta.url);
const mtime = (url) => (existsSync(fileURLToPath(url)) ? statSync(fileURLToPath(url)).mtimeMs : 0);

let entry = at("../dist/cli/main.js");
if (process.argv[2] === "plan") {
  // `fleethub plan` as one bundled file (src/cli/plan-main.ts says why), unless it is older
  // than the last compile of dist/ (tsc rewrites dist/.tsbuildinfo whenever it emits): then
  // the compiled modules, which give the same result, more slowly.
  const bundle = at("../dist/cli/plan.mjs");
  const bundledAt = mtime(bundle);
  if (bundledAt > 0 && bundledAt >= mtime(at("../dist/.tsbuildinfo"))) entry = bundle;
}
if (!existsSync(fileURLToPath(entry))) {
  console.error("fleethub: not built yet; run `npm run build` (or `npm start`) first");
  process.exit(1);
}
const { main } = await import(entry.href);
await main(process.argv);
