/**
 * Downtime: a vehicle with an open blocking work order (requested, scheduled or in
 * progress) stays in the depot until the work is completed. No override releases it:
 * the order itself says the vehicle must not run; unblocking the order is the way.
 */
import { OPEN_WORK_ORDER_STATUSES } from "../../db/maintenance-schema.js";
import { anyOf } from "../../db/scope.js";
import type { GateContext, GateVehicle, ReleaseReason, ReleaseRule } from "../release/gate.js";

export const workOrderReleaseRule: ReleaseRule = {
  name: "open blocking work orders",
  async evaluate(context: GateContext, vehicles: GateVehicle[]) {
    const rows = await context.db
      .selectFrom("work_orders")
      .select(["vehicle_id", "number", "title", "title_ru", "status"])
      .where(
        anyOf(
          "vehicle_id",
          vehicles.map((v) => v.id),
        ),
      )
      .where("blocking", "=", true)
      .where("status", "in", [...OPEN_WORK_ORDER_STATUSES])
      .orderBy("opened_at")
      .execute();
    const reasons = new Map<string, ReleaseReason[]>();
    for (const row of rows) {
      const list = reasons.get(row.vehicle_id) ?? [];
      list.push({
        code: "WORK_ORDER_OPEN",
        message: `work order ${Number(row.number)} is ${row.status.replaceAll("_", " ")}: ${row.title}`,
        overridable: false,
        // The title in each language, as the maintenance rule gives its tasks.
        params: {
          number: Number(row.number),
          title: row.title,
          titleRu: row.title_ru ?? row.title,
          status: row.status,
        },
      });
      reasons.set(row.vehicle_id, list);
    }
    return reasons;
  },
};
