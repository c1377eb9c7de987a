/**
 * The demo's pre-trip control (issue #11): Sochi Autotrans and Krasnodar City Bus release
 * under the Russian policy, each with a qualified technical controller and medical worker;
 * the other operators keep the walkaround alone. This morning at Sochi Central:
 * - the two drivers were examined: Artur Ashba admitted, Denis Kovalenko not admitted;
 * - the controller has controlled the first two checked buses (Artur drives them), a bus
 *   whose diagnostic card has expired, and a bus Denis was to drive (held: not admitted);
 *   the other checked buses wait for their control;
 * - every Sochi and Krasnodar bus has its compulsory insurance and diagnostic card (a few
 *   expiring within the month, for the compliance calendar), every driver a licence.
 */
import { addDays, addMonths } from "../../core/calendar-dates.js";
import { shiftAt } from "../../core/shifts.js";
import type { Database } from "../database.js";
import { todayIso } from "../scope.js";

const RUSSIAN_POLICY_OPERATORS = ["Sochi Autotrans", "Krasnodar City Bus"];

export async function seedDemoPretrip(db: Database, now: Date = new Date()): Promise<void> {
  const today = todayIso(now);
  const organisations = await db
    .selectFrom("organisations")
    .select(["id", "name"])
    .where("name", "in", RUSSIAN_POLICY_OPERATORS)
    .execute();
  const userId = async (email: string) =>
    (await db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst())?.id ??
    null;
  for (const organisation of organisations) {
    await db
      .insertInto("release_policies")
      .values({ organisation_id: organisation.id, policy: "ru_pretrip" })
      .execute();
    const city = organisation.name.startsWith("Sochi") ? "sochi" : "krasnodar";
    // Qualifications: certificates issued by the operator a year ago, for three years.
    for (const [email, competency] of [
      [`controller.${city}@fleethub.demo`, "pretrip_technical_control"],
      [`medic.${city}@fleethub.demo`, "pretrip_medical_examination"],
    ] as const) {
      const id = await userId(email);
      if (!id) continue;
      await db
        .insertInto("certificates")
        .values({
          organisation_id: organisation.id,
          user_id: id,
          competency_key: competency,
          issued_on: addDays(today, -365),
          expires_on: addMonths(addDays(today, -365), 36),
          issued_by_organisation_id: organisation.id,
        })
        .execute();
    }
    // Documents of every bus: insurance and a diagnostic card (a 12-month card: the demo
    // buses are under 5 years in service, 170-FZ art. 15); every fifth card runs out soon.
    const vehicles = await db
      .selectFrom("vehicles")
      .select(["id", "fleet_number"])
      .where("organisation_id", "=", organisation.id)
      .orderBy("fleet_number")
      .execute();
    const documents = vehicles.flatMap((vehicle, index) => {
      const cardExpires = addDays(today, index % 5 === 0 ? 10 + (index % 20) : 120 + index);
      return [
        {
          organisation_id: organisation.id,
          vehicle_id: vehicle.id,
          kind: "osago" as const,
          number: `ХХХ ${String(7_000_000_000 + index).padStart(10, "0")}`,
          issued_on: addDays(today, -200),
          expires_on: addDays(today, 165),
        },
        {
          organisation_id: organisation.id,
          vehicle_id: vehicle.id,
          kind: "diagnostic_card" as const,
          number: `0637${String(200_000_000_00 + index)}`,
          issued_on: addMonths(cardExpires, -12),
          expires_on: cardExpires,
        },
      ];
    });
    if (documents.length) await db.insertInto("compliance_documents").values(documents).execute();
    const drivers = await db
      .selectFrom("memberships")
      .select("user_id")
      .where("organisation_id", "=", organisation.id)
      .where("role", "=", "driver")
      .execute();
    for (const [index, driver] of drivers.entries())
      await db
        .insertInto("compliance_documents")
        .values({
          organisation_id: organisation.id,
          driver_user_id: driver.user_id,
          kind: "driving_licence",
          number: `23 ${String(10 + index).padStart(2, "0")} ${String(480_000 + index)}`,
          issued_on: "2019-04-12",
          expires_on: "2029-04-12",
        })
        .execute();
  }
  await seedSochiMorning(db, now, userId);
  await seedKrasnodarMorning(db, now, userId);
}

type DemoDepot = { id: string; organisation_id: string; time_zone: string; shift_starts: string[] };

function findDepot(db: Database, name: string): Promise<DemoDepot | undefined> {
  return db
    .selectFrom("depots")
    .select(["id", "organisation_id", "time_zone", "shift_starts"])
    .where("name", "=", name)
    .executeTakeFirst();
}

/** A medical worker's decision on a driver for the depot's shift at `now`. */
async function admit(
  db: Database,
  depot: DemoDepot,
  now: Date,
  admission: { driver: string; admitted: boolean; minutesAgo: number; medic: string; name: string },
): Promise<void> {
  const shift = shiftAt({ timeZone: depot.time_zone, starts: depot.shift_starts }, now);
  await db
    .insertInto("medical_admissions")
    .values({
      organisation_id: depot.organisation_id,
      driver_user_id: admission.driver,
      depot_id: depot.id,
      shift_start: shift.start,
      shift_end: shift.end,
      admitted: admission.admitted,
      examined_at: new Date(now.getTime() - admission.minutesAgo * 60_000),
      by_user_id: admission.medic,
      by_name: admission.name,
      by_organisation_id: depot.organisation_id,
    })
    .execute();
}

async function seedKrasnodarMorning(
  db: Database,
  now: Date,
  userId: (email: string) => Promise<string | null>,
): Promise<void> {
  const depot = await findDepot(db, "Depot No. 1 Severnaya");
  const [driver, medic] = await Promise.all([
    userId("driver.krasnodar@fleethub.demo"),
    userId("medic.krasnodar@fleethub.demo"),
  ]);
  if (!depot || !driver || !medic) return;
  await admit(db, depot, now, {
    driver,
    admitted: true,
    minutesAgo: 70,
    medic,
    name: "Irina Lebedeva",
  });
}

async function seedSochiMorning(
  db: Database,
  now: Date,
  userId: (email: string) => Promise<string | null>,
): Promise<void> {
  const depot = await findDepot(db, "Sochi Central Depot");
  const [artur, denis, controller, medic] = await Promise.all([
    userId("driver.sochi@fleethub.demo"),
    userId("driver2.sochi@fleethub.demo"),
    userId("controller.sochi@fleethub.demo"),
    userId("medic.sochi@fleethub.demo"),
  ]);
  if (!depot || !artur || !denis || !controller || !medic) return;
  const shift = shiftAt({ timeZone: depot.time_zone, starts: depot.shift_starts }, now);
  const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
  for (const [driver, admitted, minutes] of [
    [artur, true, 95],
    [denis, false, 92],
  ] as const)
    await admit(db, depot, now, {
      driver,
      admitted,
      minutesAgo: minutes,
      medic,
      name: "Olga Morozova",
    });
  // The buses the driver checked this morning (demo-fleet.ts skips every sixth and flags
  // the third, fourth and fifth), in fleet-number order, with their check.
  const checked = await db
    .selectFrom("vehicles as v")
    .innerJoin("inspections as i", "i.vehicle_id", "v.id")
    .select(["v.id", "v.fleet_number", "i.id as inspection_id", "i.odometer_km"])
    .where("v.depot_id", "=", depot.id)
    .where("i.submitted_at", ">=", minutesAgo(24 * 60))
    .orderBy("v.fleet_number")
    .execute();
  const plan: { index: number; driver: string; expiredCard?: boolean }[] = [
    { index: 0, driver: artur },
    { index: 1, driver: artur },
    { index: 5, driver: denis },
    { index: 6, driver: artur, expiredCard: true },
  ];
  for (const [n, item] of plan.entries()) {
    const bus = checked[item.index];
    if (!bus) continue;
    await db
      .insertInto("technical_controls")
      .values({
        organisation_id: depot.organisation_id,
        vehicle_id: bus.id,
        depot_id: depot.id,
        shift_start: shift.start,
        shift_end: shift.end,
        driver_user_id: item.driver,
        passed: true,
        controlled_at: minutesAgo(80 - n * 4),
        odometer_km: Number(bus.odometer_km ?? 0),
        controller_user_id: controller,
        controller_organisation_id: depot.organisation_id,
        signature: "Кузнецов Г.А.",
        inspection_id: bus.inspection_id,
      })
      .execute();
    if (item.expiredCard) {
      // Its card ran out nine days ago and no new one is on record.
      await db
        .updateTable("compliance_documents")
        .set({
          issued_on: addMonths(addDays(todayIso(now), -9), -12),
          expires_on: addDays(todayIso(now), -9),
        })
        .where("vehicle_id", "=", bus.id)
        .where("kind", "=", "diagnostic_card")
        .execute();
    }
  }
}
