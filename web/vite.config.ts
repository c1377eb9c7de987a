/**
 * Builds the web UI into web/dist, which the fleethub server serves. `npm run dev:web`
 * serves it with hot reload and forwards /api to a fleethub server on :3000
 * (or FLEETHUB_API_URL).
 */
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The fleethub server the dev server forwards /api to. */
const API_TARGET = process.env.FLEETHUB_API_URL ?? "http://localhost:3000";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true },
  server: {
    proxy: {
      "/api": {
        target: API_TARGET,
        changeOrigin: true,
        // The server refuses cookie-authenticated writes from a foreign Origin; through the
        // proxy the page's origin is the dev server's, so present the target's instead.
        configure: (proxy) => {
          proxy.on("proxyReq", (request) => {
            if (request.getHeader("origin")) request.setHeader("origin", API_TARGET);
          });
        },
      },
    },
  },
});
