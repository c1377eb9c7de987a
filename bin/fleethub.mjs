#!/usr/bin/env node
// The `fleethub` command. It runs the compiled code in dist/ (built by `npm start`,
// `npm run build` or on install).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error("fleethub: not built yet; run `npm run build` (or `npm start`) first");
  process.exit(1);
}
const { main } = await import(entry.href);
await main(process.argv);
