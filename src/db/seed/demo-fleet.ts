/**
 * The demo fleet: several hundred buses (diesel, CNG, battery-electric) across the
 * operators, the agricultural holding's tractors and combine harvesters, weekly meter
 * readings for the last two months, and this morning's pre-shift checks at Sochi's
 * central depot (two of them with defects).
 */
import { randomUUID } from "node:crypto";
import type { LengthClass, Powertrain, VehicleType } from "../../core/fleet.js";
import { permissionsOf } from "../../core/roles.js";
import { lazyScope, type Actor } from "../../modules/auth/actor.js";
import { inspectionForm, submitInspection } from "../../modules/inspections/inspections.js";
import { enqueueForChain } from "../../modules/records/chain.js";
import type { Database } from "../database.js";

interface DemoModel {
  key: string;
  maker: string;
  model: string;
  vehicleType: VehicleType;
  powertrain: Powertrain;
  lengthClass: LengthClass;
  batteryKwh?: number;
  /** Use per working day: km for road vehicles, engine hours for machinery. */
  kmPerDay: number;
  /** The months (1–12, inclusive) a seasonal machine works; none: all year. */
  season?: { from: number; to: number };
}

const DAY_MS = 86_400_000;

/** Whether `model` works on the day that contains `ms` (UTC). */
export function works(model: Pick<DemoModel, "season">, ms: number): boolean {
  if (!model.season) return true;
  const month = new Date(ms).getUTCMonth() + 1;
  return month >= model.season.from && month <= model.season.to;
}

/** The use of `model` at `perDay` between two instants: working days only. */
export function useBetween(
  model: Pick<DemoModel, "season">,
  perDay: number,
  fromMs: number,
  toMs: number,
): number {
  if (!model.season) return ((toMs - fromMs) / DAY_MS) * perDay;
  let days = 0;
  for (let ms = fromMs; ms < toMs; ms += DAY_MS) if (works(model, ms)) days++;
  return days * perDay;
}

/**
 * How many days before `nowMs` the meter of `model` stood `amount` lower at `perDay`:
 * off-season days do not count (at most ten years back).
 */
export function daysBackFor(
  model: Pick<DemoModel, "season">,
  perDay: number,
  nowMs: number,
  amount: number,
): number {
  if (!model.season) return amount / perDay;
  let used = 0;
  let days = 0;
  while (used < amount && days < 3_650) {
    days++;
    if (works(model, nowMs - days * DAY_MS)) used += perDay;
  }
  return days;
}

export const DEMO_MODELS: DemoModel[] = [
  {
    key: "city12d",
    maker: "Vector",
    model: "City 12 D",
    vehicleType: "city_bus",
    powertrain: "diesel",
    lengthClass: "10_5_to_13m",
    kmPerDay: 220,
  },
  {
    key: "city12g",
    maker: "Vector",
    model: "City 12 CNG",
    vehicleType: "city_bus",
    powertrain: "cng",
    lengthClass: "10_5_to_13m",
    kmPerDay: 210,
  },
  // KAMAZ-6282-class 12 m e-bus: 499 kWh (DOMAIN.md §4)
  {
    key: "city12e",
    maker: "Vector",
    model: "City 12 E",
    vehicleType: "city_bus",
    powertrain: "battery_electric",
    lengthClass: "10_5_to_13m",
    batteryKwh: 499,
    kmPerDay: 180,
  },
  {
    key: "city18d",
    maker: "Vector",
    model: "City 18 D",
    vehicleType: "city_bus",
    powertrain: "diesel",
    lengthClass: "articulated_18m",
    kmPerDay: 230,
  },
  {
    key: "city18e",
    maker: "Vector",
    model: "City 18 E",
    vehicleType: "city_bus",
    powertrain: "battery_electric",
    lengthClass: "articulated_18m",
    batteryKwh: 600,
    kmPerDay: 190,
  },
  {
    key: "midi9d",
    maker: "Vector",
    model: "Midi 9 D",
    vehicleType: "city_bus",
    powertrain: "diesel",
    lengthClass: "8_to_10_5m",
    kmPerDay: 200,
  },
  {
    key: "inter13d",
    maker: "Vector",
    model: "Intercity 13 D",
    vehicleType: "intercity_bus",
    powertrain: "diesel",
    lengthClass: "10_5_to_13m",
    kmPerDay: 420,
  },
  {
    key: "tractor250",
    maker: "Vector Agro",
    model: "T-250",
    vehicleType: "tractor",
    powertrain: "diesel",
    lengthClass: "not_applicable",
    // Engine hours per working day. Field work from spring tillage to autumn ploughing,
    // March to November (inferred, southern Russia); idle in winter.
    kmPerDay: 9,
    season: { from: 3, to: 11 },
  },
  {
    key: "harvester10",
    maker: "Vector Agro",
    model: "H-10 combine",
    vehicleType: "combine_harvester",
    powertrain: "diesel",
    lengthClass: "not_applicable",
    // A combine works the harvest only: July to September in southern Russia (inferred:
    // grain in July, sunflower and maize into September), idle the rest of the year.
    kmPerDay: 11,
    season: { from: 7, to: 9 },
  },
];

/** Vehicles per depot: model key and how many. */
export const DEMO_FLEET: Record<string, [string, number][]> = {
  "Depot No. 1 Severnaya": [
    ["city12d", 30],
    ["city12g", 25],
    ["city12e", 10],
  ],
  "Depot No. 3 Kalinina": [
    ["city12d", 20],
    ["city12g", 25],
    ["city12e", 10],
  ],
  "Sochi Central Depot": [
    ["city12g", 25],
    ["city12d", 10],
    ["city12e", 12],
  ],
  "Adler Depot": [
    ["city12g", 15],
    ["city12d", 20],
    ["city12e", 8],
  ],
  "Novorossiysk Depot": [
    ["city12d", 40],
    ["city12g", 20],
  ],
  "Maykop Depot": [
    ["midi9d", 30],
    ["inter13d", 10],
  ],
  "Ust-Labinsk Machinery Yard": [
    ["tractor250", 40],
    ["harvester10", 15],
  ],
  "Bus Park No. 1": [
    ["city12d", 40],
    ["city12g", 30],
    ["city18d", 10],
  ],
  "Bus Park No. 6": [
    ["city12d", 20],
    ["city12e", 20],
    ["city18e", 10],
    ["city12g", 10],
  ],
};

const PLATE_LETTERS = "АВЕКМНОРСТУХ";
const REGION_CODES: Record<string, string> = {
  "Krasnodar Krai": "23",
  "Republic of Adygea": "01",
  "Saint Petersburg": "78",
};
const VIN_DIGITS = "0123456789";

/** Deterministic pseudo-random numbers, so the demo is the same on every machine. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

export async function seedDemoFleet(
  db: Database,
): Promise<{ vehicles: number; inspections: number }> {
  const random = seeded(20261128);
  const modelIds = new Map<string, string>();
  for (const model of DEMO_MODELS) {
    const row = await db
      .insertInto("vehicle_models")
      .values({
        maker: model.maker,
        model: model.model,
        vehicle_type: model.vehicleType,
        powertrain: model.powertrain,
        length_class: model.lengthClass,
        battery_kwh: model.batteryKwh ?? null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    modelIds.set(model.key, row.id);
  }
  const depots = await db
    .selectFrom("depots as d")
    .innerJoin("organisations as o", "o.id", "d.organisation_id")
    .leftJoin("regions as r", "r.id", "o.region_id")
    .select(["d.id", "d.name", "d.organisation_id", "r.name as region_name"])
    .execute();
  const now = Date.now();
  let serial = 1;
  let vehicles = 0;
  const readings: {
    organisation_id: string;
    vehicle_id: string;
    meter: "odometer_km" | "engine_hours";
    value: number;
    read_at: Date;
    source: "import";
  }[] = [];
  const fleetNumbers = new Map<string, number>();
  for (const depot of depots) {
    for (const [modelKey, count] of DEMO_FLEET[depot.name] ?? []) {
      const model = DEMO_MODELS.find((m) => m.key === modelKey);
      const modelId = modelIds.get(modelKey);
      if (!model || !modelId) continue;
      const machinery =
        model.vehicleType === "tractor" || model.vehicleType === "combine_harvester";
      const rows = Array.from({ length: count }, () => {
        const number = (fleetNumbers.get(depot.organisation_id) ?? 100) + 1;
        fleetNumbers.set(depot.organisation_id, number);
        const year = 2014 + Math.floor(random() * 11);
        const letters = () => PLATE_LETTERS[Math.floor(random() * PLATE_LETTERS.length)] ?? "А";
        const digits = String(100 + Math.floor(random() * 900));
        const vinSerial = String(serial++).padStart(6, "0");
        const vinYear = "ABCDEFGHJKLMNPRSTVWXY"[year - 2010] ?? "E";
        return {
          organisation_id: depot.organisation_id,
          depot_id: depot.id,
          model_id: modelId,
          vin: machinery
            ? null
            : `X9V${model.key.slice(0, 4).toUpperCase().replace(/[IOQ]/g, "X")}${VIN_DIGITS[year % 10]}${vinYear}0${vinSerial}`
                .slice(0, 17)
                .padEnd(17, "0"),
          serial_number: machinery ? `VA-${model.key.toUpperCase()}-${vinSerial}` : null,
          registration_plate: `${letters()}${digits}${letters()}${letters()}${REGION_CODES[depot.region_name ?? ""] ?? "23"}`,
          fleet_number: String(number),
          in_service_date: `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-15`,
          status: random() < 0.04 ? ("in_repair" as const) : ("active" as const),
        };
      });
      const inserted = await db
        .insertInto("vehicles")
        .values(rows)
        .returning(["id", "in_service_date"])
        .execute();
      vehicles += inserted.length;
      for (const vehicle of inserted) {
        const ageDays = (now - Date.parse(vehicle.in_service_date ?? "2020-01-01")) / 86_400_000;
        const perDay = model.kmPerDay * (0.8 + random() * 0.4);
        let value = Math.round(
          model.season
            ? useBetween(model, perDay * 0.9, now - ageDays * DAY_MS, now - 9 * 7 * DAY_MS)
            : ageDays * perDay * 0.9,
        );
        for (let week = 8; week >= 1; week--) {
          // The week's working days only: a combine's meter stands still out of season.
          const weekEnd = now - week * 7 * DAY_MS;
          value += Math.round(
            useBetween(model, perDay, weekEnd - 7 * DAY_MS, weekEnd) * (0.85 + random() * 0.3),
          );
          readings.push({
            organisation_id: depot.organisation_id,
            vehicle_id: vehicle.id,
            meter: machinery ? "engine_hours" : "odometer_km",
            value,
            read_at: new Date(now - week * 7 * 86_400_000 - 2 * 3_600_000),
            source: "import",
          });
        }
      }
    }
  }
  // Each batch with its place in the record chain, in one transaction.
  for (let i = 0; i < readings.length; i += 1000) {
    await db.transaction().execute(async (trx) => {
      const stored = await trx
        .insertInto("meter_readings")
        .values(readings.slice(i, i + 1000))
        .returningAll()
        .execute();
      await enqueueForChain(
        trx,
        stored.map((row) => ({ kind: "meter_reading" as const, row })),
      );
    });
  }
  const inspections = await seedMorningChecks(db, now);
  return { vehicles, inspections };
}

/**
 * This morning at Sochi Central: a driver has checked most buses; one reports a fault of
 * the fire-suppression system, one a torn wiper blade (wipers forbid operation under
 * decree No. 837, so that bus is held and no one may release it), and one oily dirt in the
 * engine bay (a major defect a manager may release the bus despite, once it is cleaned or
 * planned).
 */
async function seedMorningChecks(db: Database, now: number): Promise<number> {
  const driver = await db
    .selectFrom("users as u")
    .innerJoin("memberships as m", "m.user_id", "u.id")
    .innerJoin("organisations as o", "o.id", "m.organisation_id")
    .select(["u.id", "u.name", "u.email", "o.id as organisation_id", "o.name as organisation_name"])
    .where("u.email", "=", "driver.sochi@fleethub.demo")
    .executeTakeFirst();
  const depot = await db
    .selectFrom("depots")
    .select("id")
    .where("name", "=", "Sochi Central Depot")
    .executeTakeFirst();
  if (!driver || !depot) return 0;
  const organisation = {
    id: driver.organisation_id,
    kind: "operator" as const,
    name: driver.organisation_name,
  };
  const actor: Actor = {
    kind: "user",
    userId: driver.id,
    tokenId: null,
    sessionId: null,
    label: driver.email,
    userName: driver.name,
    userLocale: "ru",
    locale: "ru",
    organisation,
    roles: ["driver"],
    permissions: permissionsOf(["driver"]),
    scope: lazyScope(db, organisation),
  };
  const vehicles = await db
    .selectFrom("vehicles")
    .select(["id"])
    .where("depot_id", "=", depot.id)
    .where("status", "=", "active")
    .orderBy("fleet_number")
    .execute();
  let count = 0;
  for (const [index, vehicle] of vehicles.entries()) {
    if (index % 6 === 5) continue; // not yet checked this morning
    const form = await inspectionForm(db, actor, vehicle.id);
    const fail =
      index === 2
        ? "fire_suppression"
        : index === 3
          ? "horn_wipers_mirrors"
          : index === 8
            ? "engine_bay_clean"
            : null;
    const sentAt = now - (90 - index) * 60_000;
    // Six minutes a check, as a walk round the bus takes; one made in 40 s, to show its flag.
    const seconds = index === 4 ? 40 : 360;
    const items = form.template.items;
    await submitInspection(db, actor, randomUUID(), {
      vehicleId: vehicle.id,
      templateId: form.template.id,
      submittedAt: new Date(sentAt).toISOString(),
      evidence: {
        openedAt: new Date(sentAt - seconds * 1000).toISOString(),
        sentAt: new Date(sentAt).toISOString(),
        deviceClock: new Date(now).toISOString(),
        itemTimes: items.map((item, i) => ({
          itemKey: item.key,
          at: new Date(
            sentAt - seconds * 1000 + ((i + 1) * seconds * 1000) / (items.length + 1),
          ).toISOString(),
        })),
      },
      odometerKm: (form.lastMeterValue ?? 0) + 1500 + index,
      results: form.template.items.map((item) =>
        item.key === fail
          ? {
              itemKey: item.key,
              outcome: "fail" as const,
              comment:
                fail === "fire_suppression"
                  ? "На панели пожаротушения ошибка датчика моторного отсека"
                  : fail === "engine_bay_clean"
                    ? "Маслянистая пыль снизу двигателя у выпускного коллектора"
                    : "Порвана щётка левого стеклоочистителя",
            }
          : item.measurement === "tyre_tread_mm"
            ? // Tread measured on each bus, all above the 2 mm of decree No. 837 item 5.4;
              // studless winter tyres, legal in every month.
              {
                itemKey: item.key,
                outcome: "pass" as const,
                measuredValue: 5 + (index % 7),
                tyres: "winter" as const,
              }
            : { itemKey: item.key, outcome: "pass" as const },
      ),
      signature: { name: driver.name, confirmed: true },
      confirmMeterJump: true,
    });
    count++;
  }
  return count;
}
