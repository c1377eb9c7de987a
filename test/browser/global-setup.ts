/**
 * Vitest global setup: the browser tests need web/dist, and building it once here keeps
 * parallel test files from building it at the same time.
 */
import { ensureWebBuilt, skipBrowserSuite } from "../helpers/browser.js";

export default async function setup(): Promise<void> {
  if (skipBrowserSuite) return;
  await ensureWebBuilt();
}
