/**
 * The demo's maintenance and training: when each vehicle last had each built-in task done
 * (most are on schedule, some due soon, a few overdue), the mechanics' and technicians'
 * certificates (one of them expired), the Krasnodar hub's courses and sessions, a parts
 * catalogue with stock, and service requests from operators to their hubs.
 */
import { BUILT_IN_PROGRAMMES, type TaskDefinition } from "../../core/maintenance-programmes.js";
import type { Database } from "../database.js";
import { DEMO_MODELS, daysBackFor, useBetween } from "./demo-fleet.js";

const DAY_MS = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** Whether a programme for some makers (none: any) is for `maker`. */
function makerFits(programme: { makers?: string[] }, maker: string | undefined): boolean {
  if (!programme.makers?.length) return true;
  return (
    maker !== undefined && programme.makers.some((m) => m.toLowerCase() === maker.toLowerCase())
  );
}

/** How much of its interval a task has used: on schedule, due soon or overdue. */
function elapsedShare(random: () => number, task: TaskDefinition, overdue: boolean): number {
  const interval = task.intervalKm ?? task.intervalHours ?? task.intervalDays ?? 1;
  const soon = task.dueSoonKm ?? task.dueSoonHours ?? task.dueSoonDays ?? 0;
  const soonShare = soon / interval;
  if (overdue) return 1 + random() * soonShare;
  const r = random();
  if (r < 0.1) return 1 - soonShare * random(); // due soon
  return 0.05 + random() * (0.95 - soonShare);
}

export async function seedDemoMaintenance(db: Database, now = Date.now()): Promise<void> {
  const random = seeded(4_2026);
  const vehicles = await db
    .selectFrom("vehicles as v")
    .innerJoin("vehicle_models as m", "m.id", "v.model_id")
    .innerJoin("depots as d", "d.id", "v.depot_id")
    .select([
      "v.id",
      "v.organisation_id",
      "v.fleet_number",
      "v.in_service_date",
      "m.model",
      "m.vehicle_type",
      "m.powertrain",
      "d.name as depot_name",
    ])
    .orderBy("d.name")
    .orderBy("v.fleet_number")
    .execute();
  const latest = await db
    .selectFrom("meter_readings")
    .select(["vehicle_id", "meter", (eb) => eb.fn.max("value").as("value")])
    .where("voided_at", "is", null)
    .groupBy(["vehicle_id", "meter"])
    .execute();
  const meterOf = new Map(latest.map((r) => [`${r.vehicle_id}:${r.meter}`, Number(r.value)]));

  const records: {
    organisation_id: string;
    vehicle_id: string;
    programme_key: string;
    task_key: string;
    completed_on: string;
    meter_km: number | null;
    meter_hours: number | null;
    basis_date: string;
    basis_km: number | null;
    basis_hours: number | null;
    note: string;
  }[] = [];
  let sochiCentralIndex = 0;
  for (const vehicle of vehicles) {
    const model = DEMO_MODELS.find((m) => m.model === vehicle.model);
    const perDay = model?.kmPerDay ?? 200;
    const km = meterOf.get(`${vehicle.id}:odometer_km`) ?? null;
    const hours = meterOf.get(`${vehicle.id}:engine_hours`) ?? null;
    const sochiCentral = vehicle.depot_name === "Sochi Central Depot";
    if (sochiCentral) sochiCentralIndex++;
    for (const programme of BUILT_IN_PROGRAMMES) {
      if (
        (programme.vehicleTypes.length &&
          !programme.vehicleTypes.some((t) => t === vehicle.vehicle_type)) ||
        (programme.powertrains.length &&
          !programme.powertrains.some((p) => p === vehicle.powertrain)) ||
        !makerFits(programme, model?.maker)
      ) {
        continue;
      }
      // A maker's programme that fits stands in for the generic one (as in due.ts).
      if (
        BUILT_IN_PROGRAMMES.some(
          (other) =>
            other.replaces === programme.key &&
            other.makers?.length &&
            makerFits(other, model?.maker) &&
            (!other.vehicleTypes.length ||
              other.vehicleTypes.some((t) => t === vehicle.vehicle_type)),
        )
      ) {
        continue;
      }
      for (const task of programme.tasks) {
        // The daily service's record is the shift's check, seeded with the checks.
        if (task.recordedBy) continue;
        // At Sochi Central exactly one bus is overdue (its CNG cylinders), so the depot
        // board shows the rule; elsewhere about 3 in 100 tasks are.
        const overdue = sochiCentral
          ? sochiCentralIndex === 8 && task.key === "cylinder-visual"
          : random() < 0.03;
        const share = elapsedShare(random, task, overdue);
        // The share is of the meter interval where the task has one. Meter tasks go back
        // over working days only: a combine's 250 hours were run in its last harvest, not
        // in the winter it has stood idle since. A calendar backstop that comes first
        // (a machine that hardly runs) shortens it; the meters at completion are what the
        // vehicle had then, so they fit its readings.
        const meterInterval = task.intervalKm ?? task.intervalHours;
        const byMeter =
          meterInterval !== undefined
            ? model
              ? daysBackFor(model, perDay, now, meterInterval * share)
              : (meterInterval * share) / perDay
            : Infinity;
        const byCalendar = task.intervalDays ? share * task.intervalDays : Infinity;
        const days = Math.round(Math.min(byMeter, byCalendar));
        const usedSince = model
          ? useBetween(model, perDay, now - days * DAY_MS, now)
          : days * perDay;
        const completed = isoDay(now - days * DAY_MS);
        const kmAtDone = km !== null ? Math.max(0, Math.round(km - usedSince)) : null;
        const hoursAtDone = hours !== null ? Math.max(0, Math.round(hours - usedSince)) : null;
        records.push({
          organisation_id: vehicle.organisation_id,
          vehicle_id: vehicle.id,
          programme_key: programme.key,
          task_key: task.key,
          completed_on: completed,
          meter_km: kmAtDone,
          meter_hours: hoursAtDone,
          basis_date: completed,
          basis_km: kmAtDone,
          basis_hours: hoursAtDone,
          note: "Imported from the depot's service book",
        });
      }
    }
  }
  for (let i = 0; i < records.length; i += 1000) {
    await db
      .insertInto("maintenance_records")
      .values(records.slice(i, i + 1000))
      .execute();
  }
  await seedTraining(db, now);
  await seedParts(db);
  await seedServiceRequests(db, now);
}

async function userIds(db: Database): Promise<Map<string, string>> {
  const users = await db.selectFrom("users").select(["id", "email"]).execute();
  return new Map(users.map((u) => [u.email, u.id]));
}

async function organisationIds(db: Database): Promise<Map<string, string>> {
  const rows = await db.selectFrom("organisations").select(["id", "name"]).execute();
  return new Map(rows.map((o) => [o.name, o.id]));
}

function required<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo maintenance: ${key} is missing`);
  return value;
}

async function seedTraining(db: Database, now: number): Promise<void> {
  const users = await userIds(db);
  const orgs = await organisationIds(db);
  const hub = required(orgs, "Vector Service Hub Krasnodar");
  const hubSpb = required(orgs, "Vector Service Hub St. Petersburg");
  const maker = required(orgs, "Vector Motors");
  const trainer = required(users, "trainer@fleethub.demo");
  // Who holds what: [email, organisation, competency, issued (days ago), valid (months)].
  const held: [string, string, string, number, number][] = [
    ["mechanic.sochi@fleethub.demo", "Sochi Autotrans", "general_service", 200, 36],
    ["mechanic.sochi@fleethub.demo", "Sochi Autotrans", "brakes", 200, 36],
    ["mechanic.sochi@fleethub.demo", "Sochi Autotrans", "steering", 200, 36],
    ["mechanic.sochi@fleethub.demo", "Sochi Autotrans", "engine_fuel", 300, 24],
    ["mechanic.sochi@fleethub.demo", "Sochi Autotrans", "electrical_lv", 300, 24],
    ["mechanic.sochi@fleethub.demo", "Sochi Autotrans", "cng_fuel_system", 700, 24],
    // Expired a month ago: he may no longer sign off fire-suppression work.
    ["mechanic.sochi@fleethub.demo", "Sochi Autotrans", "fire_safety", 395, 12],
    ["mechanic.krasnodar@fleethub.demo", "Krasnodar City Bus", "general_service", 100, 36],
    ["mechanic.krasnodar@fleethub.demo", "Krasnodar City Bus", "brakes", 100, 36],
    ["mechanic.krasnodar@fleethub.demo", "Krasnodar City Bus", "cng_fuel_system", 650, 24],
    ["mechanic.agro@fleethub.demo", "Kuban Agro Holding", "agri_machinery", 120, 36],
    ["mechanic.agro@fleethub.demo", "Kuban Agro Holding", "brakes", 120, 36],
    ["tech.spb@fleethub.demo", "Vector Service Hub St. Petersburg", "general_service", 90, 36],
    ["tech.spb@fleethub.demo", "Vector Service Hub St. Petersburg", "high_voltage", 90, 12],
  ];
  for (const key of [
    "general_service",
    "brakes",
    "steering",
    "engine_fuel",
    "cng_fuel_system",
    "high_voltage",
    "electrical_lv",
    "fire_safety",
    "agri_machinery",
  ]) {
    held.push(["tech.krasnodar@fleethub.demo", "Vector Service Hub Krasnodar", key, 60, 24]);
  }
  await db
    .insertInto("certificates")
    .values(
      held.map(([email, organisation, competency, daysAgo, months]) => {
        const issued = new Date(now - daysAgo * DAY_MS);
        const expires = new Date(issued);
        expires.setUTCMonth(expires.getUTCMonth() + months);
        const organisationId = required(orgs, organisation);
        return {
          organisation_id: organisationId,
          user_id: required(users, email),
          competency_key: competency,
          issued_on: isoDay(issued.getTime()),
          expires_on: isoDay(expires.getTime()),
          issued_by_organisation_id: organisationId === hubSpb ? hubSpb : hub,
          created_by: trainer,
        };
      }),
    )
    .execute();

  const courses = await db
    .insertInto("courses")
    .values([
      {
        organisation_id: hub,
        competency_key: "fire_safety",
        name: "Fire detection and suppression systems on buses",
        description:
          "Engine-bay fire causes (leaks onto hot parts, chafed cables), detection and suppression checks and service.",
        validity_months: 12,
      },
      {
        organisation_id: hub,
        competency_key: "cng_fuel_system",
        name: "CNG fuel system: cylinders, lines and leak checks",
        description: "Cylinder visual inspection (FMVSS 304, NGV2), leak detection, safe venting.",
        validity_months: 24,
      },
      {
        organisation_id: hub,
        competency_key: "high_voltage",
        name: "High-voltage safety for battery-electric buses",
        description: "Isolation, lock-out, HV cable and connector inspection.",
        validity_months: 12,
      },
      {
        organisation_id: maker,
        competency_key: "brakes",
        name: "Brake systems of Vector buses",
        description: null,
        validity_months: 36,
      },
    ])
    .returning(["id", "competency_key"])
    .execute();
  const courseOf = new Map(courses.map((c) => [c.competency_key, c.id]));
  const at = (days: number, hour: number) =>
    new Date(Date.parse(`${isoDay(now + days * DAY_MS)}T00:00:00Z`) + hour * 3_600_000);
  const sessions = await db
    .insertInto("training_sessions")
    .values([
      {
        organisation_id: hub,
        course_id: required(courseOf, "fire_safety"),
        starts_at: at(9, 6),
        ends_at: at(10, 14),
        place: "Krasnodar hub, training room 2",
        trainer_user_id: trainer,
        capacity: 12,
      },
      {
        organisation_id: hub,
        course_id: required(courseOf, "high_voltage"),
        starts_at: at(23, 6),
        ends_at: at(24, 14),
        place: "Krasnodar hub, e-bus workshop",
        trainer_user_id: trainer,
        capacity: 8,
      },
      {
        organisation_id: hub,
        course_id: required(courseOf, "cng_fuel_system"),
        starts_at: at(-60, 6),
        ends_at: at(-59, 14),
        place: "Sochi Central Depot",
        trainer_user_id: trainer,
        capacity: 10,
        status: "completed",
      },
    ])
    .returning(["id", "course_id"])
    .execute();
  const fireSession = sessions[0];
  if (fireSession) {
    await db
      .insertInto("enrolments")
      .values({
        session_id: fireSession.id,
        user_id: required(users, "mechanic.krasnodar@fleethub.demo"),
        organisation_id: required(orgs, "Krasnodar City Bus"),
        created_by: trainer,
      })
      .execute();
  }
}

async function seedParts(db: Database): Promise<void> {
  const orgs = await organisationIds(db);
  const maker = required(orgs, "Vector Motors");
  const hub = required(orgs, "Vector Service Hub Krasnodar");
  const parts = await db
    .insertInto("parts")
    .values([
      {
        organisation_id: maker,
        part_number: "VM-BP-220",
        name: "Brake pad set, front axle",
        unit: "set",
        unit_cost: 9_800,
      },
      {
        organisation_id: maker,
        part_number: "VM-OF-012",
        name: "Engine oil filter",
        unit: "pcs",
        unit_cost: 1_450,
      },
      {
        organisation_id: maker,
        part_number: "VM-FS-310",
        name: "Fire suppression detector cable, engine bay",
        unit: "pcs",
        unit_cost: 6_200,
      },
      {
        organisation_id: maker,
        part_number: "VM-CNG-044",
        name: "CNG cylinder valve seal kit",
        unit: "kit",
        unit_cost: 3_900,
      },
      {
        organisation_id: maker,
        part_number: "VM-HV-507",
        name: "HV connector seal, 35 mm²",
        unit: "pcs",
        unit_cost: 2_750,
      },
      {
        organisation_id: maker,
        part_number: "VM-WB-700",
        name: "Wiper blade, 700 mm",
        unit: "pcs",
        unit_cost: 850,
      },
    ])
    .returning(["id", "part_number"])
    .execute();
  const partOf = new Map(parts.map((p) => [p.part_number, p.id]));
  const depots = await db.selectFrom("depots").select(["id", "name", "organisation_id"]).execute();
  const stockRows: {
    organisation_id: string;
    depot_id: string | null;
    part_id: string;
    quantity: number;
  }[] = [];
  for (const depot of depots) {
    stockRows.push(
      {
        organisation_id: depot.organisation_id,
        depot_id: depot.id,
        part_id: required(partOf, "VM-OF-012"),
        quantity: 40,
      },
      {
        organisation_id: depot.organisation_id,
        depot_id: depot.id,
        part_id: required(partOf, "VM-BP-220"),
        quantity: 6,
      },
      {
        organisation_id: depot.organisation_id,
        depot_id: depot.id,
        part_id: required(partOf, "VM-WB-700"),
        quantity: 20,
      },
    );
  }
  // The hub's own store carries the specialist parts operators rarely stock.
  for (const [number, quantity] of [
    ["VM-FS-310", 4],
    ["VM-CNG-044", 10],
    ["VM-HV-507", 12],
    ["VM-BP-220", 20],
  ] as const) {
    stockRows.push({
      organisation_id: hub,
      depot_id: null,
      part_id: required(partOf, number),
      quantity,
    });
  }
  const stock = await db
    .insertInto("stock")
    .values(stockRows)
    .returning(["id", "organisation_id", "quantity"])
    .execute();
  await db
    .insertInto("stock_movements")
    .values(
      stock.map((s) => ({
        organisation_id: s.organisation_id,
        stock_id: s.id,
        delta: s.quantity,
        reason: "receipt" as const,
        note: "Opening stock",
      })),
    )
    .execute();
}

async function seedServiceRequests(db: Database, now: number): Promise<void> {
  const users = await userIds(db);
  const orgs = await organisationIds(db);
  const hub = required(orgs, "Vector Service Hub Krasnodar");
  const agreements = await db
    .selectFrom("service_agreements")
    .select(["id", "operator_id", "response_hours", "resolution_hours"])
    .where("hub_id", "=", hub)
    .where("valid_to", "is", null)
    .execute();
  const agreementOf = (operator: string) => {
    const id = required(orgs, operator);
    const agreement = agreements.find((a) => a.operator_id === id);
    if (!agreement) throw new Error(`demo maintenance: no agreement with ${operator}`);
    return { operatorId: id, ...agreement };
  };
  const hours = (h: number) => new Date(now - h * 3_600_000);
  const tech = required(users, "tech.krasnodar@fleethub.demo");
  const hubManager = required(users, "hub.krasnodar@fleethub.demo");
  // [operator, requester, kind, description, hours ago, outcome]
  const requests: [
    string,
    string,
    "specialist" | "take_over",
    string,
    number,
    "open" | "resolved_in_time" | "resolved_late",
  ][] = [
    [
      "Sochi Autotrans",
      "manager.sochi@fleethub.demo",
      "specialist",
      "E-bus 12 E: insulation warning after washing, need an HV specialist on site",
      2,
      "open",
    ],
    [
      "Krasnodar City Bus",
      "manager.krasnodar@fleethub.demo",
      "specialist",
      "CNG cylinder bracket corrosion on three buses: please assess",
      30,
      "open",
    ],
    [
      "Sochi Autotrans",
      "manager.sochi@fleethub.demo",
      "specialist",
      "Repeated turbo oil leak on diesel buses, need a root cause",
      24 * 20,
      "resolved_in_time",
    ],
    [
      "Krasnodar City Bus",
      "manager.krasnodar@fleethub.demo",
      "specialist",
      // Krasnodar runs 12 m buses only (demo-fleet.ts): no articulated ones.
      "Brake judder on 12 m diesel buses after pad change",
      24 * 40,
      "resolved_late",
    ],
    [
      "Kuban Agro Holding",
      "manager.agro@fleethub.demo",
      "specialist",
      "Harvester hydraulic pump whine before the season",
      24 * 60,
      "resolved_in_time",
    ],
  ];
  for (const [operator, requester, kind, description, ago, outcome] of requests) {
    const agreement = agreementOf(operator);
    const requestedAt = hours(ago);
    const responseDue = new Date(requestedAt.getTime() + agreement.response_hours * 3_600_000);
    const resolutionDue = new Date(requestedAt.getTime() + agreement.resolution_hours * 3_600_000);
    const resolvedAt =
      outcome === "resolved_in_time"
        ? new Date(requestedAt.getTime() + agreement.resolution_hours * 0.6 * 3_600_000)
        : outcome === "resolved_late"
          ? new Date(resolutionDue.getTime() + 20 * 3_600_000)
          : null;
    await db
      .insertInto("service_requests")
      .values({
        operator_id: agreement.operatorId,
        hub_id: hub,
        agreement_id: agreement.id,
        kind,
        description,
        status: resolvedAt ? "resolved" : "open",
        requested_at: requestedAt,
        requested_by: required(users, requester),
        response_due_at: responseDue,
        resolution_due_at: resolutionDue,
        accepted_at: resolvedAt ? new Date(requestedAt.getTime() + 2 * 3_600_000) : null,
        accepted_by: resolvedAt ? hubManager : null,
        assignee_user_id: resolvedAt ? tech : null,
        resolved_at: resolvedAt,
        resolution_note: resolvedAt
          ? "Specialist visited; findings and repair in the work report"
          : null,
      })
      .execute();
  }
}
