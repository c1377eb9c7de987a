/**
 * The release gate: may a vehicle go out for a shift, and if not, why not. It is a set of
 * rules; each rule looks at many vehicles at once (set-based, so a depot board of a
 * thousand vehicles costs a handful of queries) and gives reasons. Other modules add
 * rules (maintenance adds "safety-critical maintenance overdue").
 */
import { clearedBy, type ReleaseReasonCode } from "../../core/release-reasons.js";
import type { Database } from "../../db/database.js";
import { sql } from "kysely";
import { jsonRows } from "../../db/json-rows.js";
import { anyOf } from "../../db/scope.js";

/** A defect behind a reason, named as a fault with the driver's own words. */
export interface ReasonDefect {
  id: string;
  itemKey: string;
  severity: string;
  /** The checklist item named as a fault ("Gas smell at the cylinders"), when built in. */
  fault: { en: string; ru: string } | null;
  /** The checklist item's wording, for items without a fault wording. */
  label: { en: string; ru: string } | null;
  /** As stored when the defect opened: the item's wording and the driver's words. */
  description: string;
  driverComment: string | null;
  openedAt: string;
}

export interface ReleaseReason {
  code: ReleaseReasonCode;
  message: string;
  /** A manager may release despite it, with a written reason. */
  overridable: boolean;
  defectIds?: string[];
  /** The defects behind it, for a reason a person reads. */
  defects?: ReasonDefect[];
  /** Values the UI words the reason with (a status, hours, task or order names). */
  params?: Record<string, string | number>;
  /** The roles that can clear it (core/release-reasons.ts); set by the gate. */
  clearedBy?: string[];
}

export interface GateVehicle {
  id: string;
  organisation_id: string;
  status: string;
}

export interface GateContext {
  db: Database;
  /** The shift decided for (core/shifts.ts): a release or a check counts within it. */
  shiftStart: Date;
  shiftEnd: Date;
  /**
   * The earliest moment a pre-shift check counts for this shift: the inspection window
   * before the shift, but not before the previous shift began, so each shift has its own.
   */
  checksFrom: Date;
  /**
   * The depot's calendar date the shift begins on (core/shifts.ts): documents expire and
   * maintenance falls due on the depot's dates.
   */
  day: string;
  now: Date;
  inspectionWindowHours: number;
}

/** A vehicle's newest pre-shift check within the shift's window. */
export interface LatestCheck {
  /**
   * The newest check, or every check sharing the newest time (a phone sends the time it
   * claims, so two can tie): a flag on any of them holds the vehicle, as it always did.
   */
  ids: string[];
  submittedAt: string;
  /** The driver of the newest check that names one (the walkaround's driver). */
  driverUserId: string | null;
}

/**
 * A read that several rules (and the board beside them) make of the same vehicles in one
 * decision, made once: remembered for the gate context and the vehicle list it was made
 * for. Every request builds a new context, so nothing outlives its decision.
 */
export function readOncePerDecision<T>(
  read: (context: GateContext, vehicles: readonly GateVehicle[]) => Promise<T>,
): (context: GateContext, vehicles: readonly GateVehicle[]) => Promise<T> {
  const remembered = new WeakMap<GateContext, WeakMap<readonly GateVehicle[], Promise<T>>>();
  return (context, vehicles) => {
    const byList = remembered.get(context) ?? new WeakMap<readonly GateVehicle[], Promise<T>>();
    remembered.set(context, byList);
    const known = byList.get(vehicles);
    if (known) return known;
    const reading = read(context, vehicles);
    byList.set(vehicles, reading);
    return reading;
  };
}

/**
 * Each vehicle's newest check between the window's start and the shift's start (or now,
 * when later), read once per decision however many rules and board columns ask: the
 * check rule, the pre-trip rule's walkaround driver and the board's check flags.
 */
export const latestChecks = readOncePerDecision(
  async (context, vehicles): Promise<Map<string, LatestCheck>> => {
    const until = new Date(Math.max(context.shiftStart.getTime(), context.now.getTime()));
    const window = context.db
      .selectFrom("inspections")
      .select([
        "vehicle_id",
        "id",
        "submitted_at",
        "driver_user_id",
        sql<boolean>`submitted_at = max(submitted_at) over (partition by vehicle_id)`.as("newest"),
      ])
      .where(
        anyOf(
          "vehicle_id",
          vehicles.map((v) => v.id),
        ),
      )
      .where("submitted_at", ">=", context.checksFrom)
      .where("submitted_at", "<=", until);
    const rows = await jsonRows(
      context.db,
      context.db
        .selectFrom(window.as("w"))
        .select([
          "w.vehicle_id",
          sql<string[]>`array_agg(w.id order by w.id) filter (where w.newest)`.as("ids"),
          sql<Date>`max(w.submitted_at)`.as("submitted_at"),
          sql<
            string | null
          >`(array_agg(w.driver_user_id order by w.submitted_at desc) filter (where w.driver_user_id is not null))[1]`.as(
            "driver_user_id",
          ),
        ])
        .groupBy("w.vehicle_id"),
    );
    return new Map(
      rows.map((row) => [
        row.vehicle_id,
        { ids: row.ids, submittedAt: row.submitted_at, driverUserId: row.driver_user_id },
      ]),
    );
  },
);

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
  shiftEnd: string;
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
    // The rules and the shift's releases are independent reads: on PostgreSQL they run on
    // separate connections at once, so the board costs about its slowest rule.
    const [perRule, overrides] = await Promise.all([
      Promise.all(this.rules.map((rule) => rule.evaluate(context, vehicles))),
      latestOverrides(
        context,
        vehicles.map((v) => v.id),
      ),
    ]);
    return vehicles.map((vehicle) => {
      const reasons = perRule
        .flatMap((map) => map.get(vehicle.id) ?? [])
        .map((reason) => ({ ...reason, clearedBy: [...clearedBy(reason.code)] }));
      const override = overrides.get(vehicle.id) ?? null;
      return {
        vehicleId: vehicle.id,
        shiftStart: context.shiftStart.toISOString(),
        shiftEnd: context.shiftEnd.toISOString(),
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
    // A release covers the shift it was given in, whenever in the shift it was asked for.
    .where("shift_start", ">=", context.shiftStart)
    .where("shift_start", "<", context.shiftEnd)
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
