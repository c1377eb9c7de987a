/**
 * Registers web/public/sw.js, which keeps the app shell so the page opens without a
 * network after a first visit. Built bundles only (served from /assets/ with a hashed
 * name): under Vite's dev server a cached shell would only get in the way. That hashed
 * file name is the build's identity, so every new build gets a fresh cache and drops
 * the old one.
 */
export function registerServiceWorker(): void {
  const script = new URL(import.meta.url).pathname;
  if (!script.startsWith("/assets/") || !("serviceWorker" in navigator)) return;
  const build = script.split("/").pop() ?? "unversioned";
  navigator.serviceWorker
    .register(`/sw.js?build=${encodeURIComponent(build)}`, { scope: "/" })
    .catch(() => undefined); // Without it the app still works online.
}
