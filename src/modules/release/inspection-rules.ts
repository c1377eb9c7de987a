/** The release rules that come from inspections and defects (DOMAIN.md §1–2). */
import { sql } from "kysely";
import { builtInItem, type TemplateItem } from "../../core/inspection-templates.js";
import { anyOf } from "../../db/scope.js";
import { flaggedCheckRule } from "../inspections/proof.js";
import { driverCommentSql, faultOfDefect } from "../inspections/defects.js";
import {
  latestChecks,
  type GateContext,
  type GateVehicle,
  type ReasonDefect,
  type ReleaseReason,
  type ReleaseRule,
} from "./gate.js";

function push(map: Map<string, ReleaseReason[]>, vehicleId: string, reason: ReleaseReason) {
  const list = map.get(vehicleId) ?? [];
  list.push(reason);
  map.set(vehicleId, list);
}

/** Only an active vehicle goes out: not one in repair, out of service or retired. */
export const vehicleStatusRule: ReleaseRule = {
  name: "vehicle status",
  evaluate(_context: GateContext, vehicles: GateVehicle[]) {
    const reasons = new Map<string, ReleaseReason[]>();
    for (const vehicle of vehicles) {
      if (vehicle.status !== "active") {
        push(reasons, vehicle.id, {
          code: "VEHICLE_NOT_ACTIVE",
          message: `the vehicle is ${vehicle.status.replaceAll("_", " ")}`,
          overridable: false,
          params: { status: vehicle.status },
        });
      }
    }
    return Promise.resolve(reasons);
  },
};

/**
 * A pre-shift check within the window before the shift (Mintrans order No. 9: every
 * vehicle before it goes out; DVSA: at least every 24 hours). An inspection that found
 * only defects counts as done; the defects then speak for themselves.
 */
export const inspectionRule: ReleaseRule = {
  name: "pre-shift inspection",
  async evaluate(context: GateContext, vehicles: GateVehicle[]) {
    const inspected = await latestChecks(context, vehicles);
    const reasons = new Map<string, ReleaseReason[]>();
    for (const vehicle of vehicles) {
      if (!inspected.has(vehicle.id)) {
        push(reasons, vehicle.id, {
          code: "NO_PRE_SHIFT_INSPECTION",
          message: `no pre-shift inspection in the ${context.inspectionWindowHours} h before the shift`,
          overridable: false,
          params: { windowHours: context.inspectionWindowHours },
        });
      }
    }
    return reasons;
  },
};

/**
 * Whether a defect's item forbids operation: as the checklist version the driver used says;
 * for a built-in version stored before the flag existed, as the built-in item says now. An
 * organisation's own item without the flag does not (its copy is never changed under it).
 */
function forbidsOperation(row: {
  item: TemplateItem | null;
  item_key: string;
  template_key: string | null;
  template_organisation_id: string | null;
}): boolean {
  if (row.item?.forbidsOperation !== undefined) return row.item.forbidsOperation;
  if (row.template_key === null || row.template_organisation_id !== null) return false;
  return builtInItem(row.template_key, row.item_key)?.forbidsOperation ?? false;
}

/**
 * Open defects hold a vehicle back: one whose item forbids operation (decree No. 837)
 * always, whatever its severity; a critical one always (it can start a fire or a
 * crash); a major or minor one unless a manager releases it with a written reason. A
 * certified repair must be reviewed by the next driver first (49 CFR 396.13).
 */
export const defectRule: ReleaseRule = {
  name: "defects",
  async evaluate(context: GateContext, vehicles: GateVehicle[]) {
    const found = await context.db
      .selectFrom("defects as d")
      .leftJoin("inspections as i", "i.id", "d.inspection_id")
      .leftJoin("inspection_templates as t", "t.id", "i.template_id")
      .select([
        "d.id",
        "d.vehicle_id",
        "d.item_key",
        "d.severity",
        "d.status",
        "d.description",
        "d.opened_at",
        "t.id as template_id",
        "t.key as template_key",
        "t.organisation_id as template_organisation_id",
        // Whether the inspection answered the item, and the driver's own words about it.
        sql<boolean>`exists (select from jsonb_array_elements(i.results) r where r->>'itemKey' = d.item_key)`.as(
          "answered",
        ),
        driverCommentSql.as("driver_comment"),
      ])
      .where(
        anyOf(
          "d.vehicle_id",
          vehicles.map((v) => v.id),
        ),
      )
      .where((eb) =>
        eb.or([
          eb("d.status", "in", ["open", "in_repair"]),
          eb.and([
            eb("d.status", "in", ["repaired", "no_repair_needed"]),
            eb("d.reviewed_at", "is", null),
          ]),
        ]),
      )
      .orderBy("d.opened_at")
      .execute();
    // The checklist item as the inspection saw it (its version's wording): each version
    // read once, not once per defect (defectItemSql does the same for one defect).
    const templateIds = [
      ...new Set(found.flatMap((row) => (row.template_id === null ? [] : [row.template_id]))),
    ];
    const versions = templateIds.length
      ? await context.db
          .selectFrom("inspection_templates")
          .select(["id", "items"])
          .where(anyOf("id", templateIds))
          .execute()
      : [];
    const itemsOf = new Map(versions.map((v) => [v.id, v.items]));
    const rows = found.map((row) => ({
      ...row,
      item:
        row.answered && row.template_id !== null
          ? (itemsOf.get(row.template_id)?.find((x) => x.key === row.item_key) ?? null)
          : null,
    }));
    const grouped = new Map<string, Map<string, typeof rows>>();
    for (const row of rows) {
      const unresolved = row.status === "open" || row.status === "in_repair";
      // A critical defect is never overridable already; a major or minor one whose item
      // forbids operation becomes so.
      const key = !unresolved
        ? "unreviewed"
        : row.severity !== "critical" && forbidsOperation(row)
          ? "forbidden"
          : row.severity;
      const byKind = grouped.get(row.vehicle_id) ?? new Map<string, typeof rows>();
      byKind.set(key, [...(byKind.get(key) ?? []), row]);
      grouped.set(row.vehicle_id, byKind);
    }
    const reasons = new Map<string, ReleaseReason[]>();
    const describe = (list: typeof rows) =>
      list
        .map((d) => {
          const fault = faultOfDefect(d);
          return fault
            ? `${fault.en}${d.driver_comment ? ` ("${d.driver_comment}")` : ""}`
            : d.description;
        })
        .join("; ");
    const details = (list: typeof rows): ReasonDefect[] =>
      list.map((d) => ({
        id: d.id,
        itemKey: d.item_key,
        severity: d.severity,
        fault: faultOfDefect(d),
        label: d.item?.label ?? null,
        description: d.description,
        driverComment: d.driver_comment,
        openedAt: d.opened_at.toISOString(),
      }));
    for (const [vehicleId, byKind] of grouped) {
      const forbidden = byKind.get("forbidden");
      if (forbidden)
        push(reasons, vehicleId, {
          code: "OPERATION_FORBIDDEN_DEFECT",
          message: `fault that forbids operation (Government decree No. 837): ${describe(forbidden)}`,
          overridable: false,
          defectIds: forbidden.map((d) => d.id),
          defects: details(forbidden),
        });
      const critical = byKind.get("critical");
      if (critical)
        push(reasons, vehicleId, {
          code: "CRITICAL_DEFECT_OPEN",
          message: `critical defect open: ${describe(critical)}`,
          overridable: false,
          defectIds: critical.map((d) => d.id),
          defects: details(critical),
        });
      const major = byKind.get("major");
      if (major)
        push(reasons, vehicleId, {
          code: "MAJOR_DEFECT_OPEN",
          message: `major defect open: ${describe(major)}`,
          overridable: true,
          defectIds: major.map((d) => d.id),
          defects: details(major),
        });
      const minor = byKind.get("minor");
      if (minor)
        push(reasons, vehicleId, {
          code: "MINOR_DEFECT_OPEN",
          message: `minor defect open: ${describe(minor)}`,
          overridable: true,
          defectIds: minor.map((d) => d.id),
          defects: details(minor),
        });
      const unreviewed = byKind.get("unreviewed");
      if (unreviewed)
        push(reasons, vehicleId, {
          code: "REPAIR_NOT_REVIEWED",
          message: `the driver has not yet reviewed the repair of: ${describe(unreviewed)}`,
          overridable: true,
          defectIds: unreviewed.map((d) => d.id),
          defects: details(unreviewed),
        });
    }
    return reasons;
  },
};

export const INSPECTION_RELEASE_RULES: ReleaseRule[] = [
  vehicleStatusRule,
  inspectionRule,
  defectRule,
  flaggedCheckRule,
];
