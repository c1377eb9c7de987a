import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The web UI's pure functions (formatting, no DOM) are tested beside them too.
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "web/src/**/*.test.ts"],
    globalSetup: ["test/browser/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    pool: "forks",
    poolOptions: { forks: { maxForks: 2 } },
  },
});
