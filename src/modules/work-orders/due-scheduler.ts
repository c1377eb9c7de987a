/**
 * Opens work orders for maintenance coming due, by itself: once shortly after start and
 * then every `intervalMinutes` (FLEETHUB_DUE_WORK_ORDERS_MINUTES). Each operator's
 * maintenance settings decide whether its due tasks open orders.
 */
import type { Database } from "../../db/database.js";
import { todayIso } from "../../db/scope.js";
import { createDueWorkOrders } from "./from-due.js";

export function startDueWorkOrders(
  db: Database,
  intervalMinutes: number,
  onError: (error: unknown) => void,
  onOpened: (count: number) => void = () => undefined,
): () => Promise<void> {
  if (intervalMinutes <= 0) return () => Promise.resolve();
  let running: Promise<unknown> = Promise.resolve();
  const sweep = () => {
    running = running
      .then(async () => {
        const opened = await createDueWorkOrders(db, todayIso());
        if (opened) onOpened(opened);
      })
      .catch(onError);
  };
  // After start-up work has settled, so the first page loads are not kept waiting.
  const first = setTimeout(sweep, 5_000);
  const timer = setInterval(sweep, intervalMinutes * 60_000);
  first.unref();
  timer.unref();
  return async () => {
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}
