/**
 * Bundles `fleethub plan` (src/cli/plan-main.ts and everything it imports, packages included)
 * into the single file dist/cli/plan.mjs that bin/fleethub.mjs runs for `fleethub plan` (why:
 * src/cli/plan-main.ts). Part of `npm run build:server`, after tsc. The GTFS reader, imported
 * only when a GTFS feed is planned, goes into a chunk of its own beside it. A test builds it
 * into a scratch folder with `outDir` changed (test/cli/plan-bundle.test.ts).
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  root,
  logLevel: "warn",
  // Nothing of the web UI's public folder belongs beside the server's code.
  publicDir: false,
  ssr: { noExternal: true, target: "node" },
  build: {
    ssr: "src/cli/plan-main.ts",
    outDir: "dist/cli",
    emptyOutDir: false,
    target: "node20",
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    // Read from disk by Node, never downloaded by a browser: the web's chunk size advice is moot.
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      output: {
        format: "es",
        entryFileNames: "plan.mjs",
        chunkFileNames: "plan-[name].mjs",
      },
    },
  },
});
