/**
 * The release gate: may a vehicle go out for a shift, and if not, why not. It is a set of
 * rules; each rule looks at many vehicles at once (set-based, so a depot board of a
 * thousand vehicles costs a handful of queries) and gives reasons. Other modules add
 * rules (maintenance adds "safety-critical maintenance overdue").
 */
import type { Database } from "../../db/database.js";
import { anyOf } from "../../db/scope.js";

export interface ReleaseReason {
  code: string;
  message: string;
  /** A manager may release despite it, with a written reason. */
  overridable: boolean;
  defectIds?: string[];
}

export interface GateVehicle {
  id: string;
  organisation_id: string;
  status: string;
}

export interface GateContext {
  db: Database;
  shiftStart: Date;
  now: Date;
  inspectionWindowHours: number;
}

export interface ReleaseRule {
  name: string;
  /** Reasons per vehicle id; a vehicle with none is not held back by this rule. */
  evaluate(context: GateContext, vehicles: GateVehicle[]): Promise<Map<string, ReleaseReason[]>>;
}

export interface ReleaseOverrideInfo {
  id: string;
  reason: string;
  byName: string;
  at: string;
  codes: string[];
}

export interface ReleaseDecision {
  vehicleId: string;
  shiftStart: string;
  releasable: boolean;
  reasons: ReleaseReason[];
  override: ReleaseOverrideInfo | null;
}

/**
 * Whether the reasons allow release: none at all, or only overridable ones that a
 * manager's override for this shift covers. Nothing releases past a reason that is not
 * overridable, such as an open critical defect.
 */
export function decide(reasons: ReleaseReason[], override: ReleaseOverrideInfo | null): boolean {
  if (reasons.length === 0) return true;
  if (!override || reasons.some((r) => !r.overridable)) return false;
  return reasons.every((r) => override.codes.includes(r.code));
}

export class ReleaseGate {
  constructor(private readonly rules: ReleaseRule[]) {}

  withRule(rule: ReleaseRule): ReleaseGate {
    return new ReleaseGate([...this.rules, rule]);
  }

  async decideMany(context: GateContext, vehicles: GateVehicle[]): Promise<ReleaseDecision[]> {
    if (!vehicles.length) return [];
    const perRule = await Promise.all(this.rules.map((rule) => rule.evaluate(context, vehicles)));
    const overrides = await latestOverrides(
      context,
      vehicles.map((v) => v.id),
    );
    return vehicles.map((vehicle) => {
      const reasons = perRule.flatMap((map) => map.get(vehicle.id) ?? []);
      const override = overrides.get(vehicle.id) ?? null;
      return {
        vehicleId: vehicle.id,
        shiftStart: context.shiftStart.toISOString(),
        releasable: decide(reasons, override),
        reasons,
        override: reasons.length ? override : null,
      };
    });
  }
}

async function latestOverrides(context: GateContext, vehicleIds: string[]) {
  const rows = await context.db
    .selectFrom("release_overrides")
    .selectAll()
    .where(anyOf("vehicle_id", vehicleIds))
    .where("shift_start", "=", context.shiftStart)
    .orderBy("at", "desc")
    .execute();
  const byVehicle = new Map<string, ReleaseOverrideInfo>();
  for (const row of rows) {
    if (byVehicle.has(row.vehicle_id)) continue;
    byVehicle.set(row.vehicle_id, {
      id: row.id,
      reason: row.reason,
      byName: row.by_name,
      at: row.at.toISOString(),
      codes: row.codes,
    });
  }
  return byVehicle;
}
