/**
 * Factories: each call makes new, uniquely named records, so tests never collide.
 * They write straight to the database (the API under test is not used to set up).
 */
import { randomBytes } from "node:crypto";
import type { Powertrain, VehicleStatus, VehicleType } from "../../src/core/fleet.js";
import type { OrganisationKind, Role } from "../../src/core/roles.js";
import type { Database } from "../../src/db/database.js";
import { hashPassword } from "../../src/modules/auth/passwords.js";

export const TEST_PASSWORD = "correct horse battery";
let passwordHash: Promise<string> | undefined;
const unique = (): string => randomBytes(4).toString("hex");

export async function makeOrganisation(
  db: Database,
  kind: OrganisationKind,
  options: { parentId?: string; name?: string } = {},
) {
  return db
    .insertInto("organisations")
    .values({
      kind,
      name: options.name ?? `${kind} ${unique()}`,
      parent_id: options.parentId ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function makeUser(
  db: Database,
  memberships: [string, Role][],
  options: { email?: string } = {},
) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const user = await db
    .insertInto("users")
    .values({
      email: options.email ?? `user-${unique()}@example.test`,
      name: `Test ${unique()}`,
      locale: "en",
      password_hash: await passwordHash,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (memberships.length) {
    await db
      .insertInto("memberships")
      .values(
        memberships.map(([organisationId, role]) => ({
          user_id: user.id,
          organisation_id: organisationId,
          role,
        })),
      )
      .execute();
  }
  return user;
}

export async function makeDepot(db: Database, organisationId: string) {
  return db
    .insertInto("depots")
    .values({ organisation_id: organisationId, name: `Depot ${unique()}` })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function makeAgreement(
  db: Database,
  hubId: string,
  operatorId: string,
  validity: { from?: string; to?: string | null } = {},
) {
  return db
    .insertInto("service_agreements")
    .values({
      hub_id: hubId,
      operator_id: operatorId,
      valid_from: validity.from ?? "2020-01-01",
      valid_to: validity.to ?? null,
      region_ids: [],
      services: ["maintenance"],
      response_hours: 8,
      resolution_hours: 72,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * A small network: a manufacturer with a hub serving operator A (in force) and operator
 * B once (ended), and operator B. Each has a manager; A also has a driver.
 */
export async function makeNetwork(db: Database) {
  const maker = await makeOrganisation(db, "manufacturer");
  const hub = await makeOrganisation(db, "hub", { parentId: maker.id });
  const operatorA = await makeOrganisation(db, "operator");
  const operatorB = await makeOrganisation(db, "operator");
  await makeAgreement(db, hub.id, operatorA.id);
  await makeAgreement(db, hub.id, operatorB.id, { from: "2020-01-01", to: "2021-12-31" });
  const admin = await makeUser(db, [[maker.id, "network_admin"]]);
  const hubManager = await makeUser(db, [[hub.id, "hub_manager"]]);
  const managerA = await makeUser(db, [[operatorA.id, "operator_manager"]]);
  const driverA = await makeUser(db, [[operatorA.id, "driver"]]);
  const managerB = await makeUser(db, [[operatorB.id, "operator_manager"]]);
  return { maker, hub, operatorA, operatorB, admin, hubManager, managerA, driverA, managerB };
}

export async function makeModel(
  db: Database,
  options: { vehicleType?: VehicleType; powertrain?: Powertrain; batteryKwh?: number } = {},
) {
  return db
    .insertInto("vehicle_models")
    .values({
      maker: "Testmaker",
      model: `Model ${unique()}`,
      vehicle_type: options.vehicleType ?? "city_bus",
      powertrain: options.powertrain ?? "diesel",
      length_class: "10_5_to_13m",
      battery_kwh: options.batteryKwh ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

const VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
/** A random, well-formed VIN (17 characters, no I, O or Q). */
export function randomVin(): string {
  return Array.from(randomBytes(17), (b) => VIN_CHARS[b % VIN_CHARS.length]).join("");
}

export async function makeVehicle(
  db: Database,
  organisationId: string,
  modelId: string,
  options: { depotId?: string; status?: VehicleStatus } = {},
) {
  return db
    .insertInto("vehicles")
    .values({
      organisation_id: organisationId,
      model_id: modelId,
      depot_id: options.depotId ?? null,
      vin: randomVin(),
      registration_plate: `A${unique().slice(0, 3).toUpperCase()}BC23`,
      fleet_number: unique(),
      in_service_date: "2022-05-01",
      status: options.status ?? "active",
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The smallest valid PNG (1×1 pixel). */
export const TINY_PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
  "hex",
);

/** A multipart/form-data body with one file field. */
export function multipart(field: string, filename: string, contentType: string, data: Buffer) {
  const boundary = `----fleethub${unique()}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

/**
 * A certificate for one competency, straight into the table: valid from a year ago for
 * two years unless `expiresOn` (e.g. yesterday, for an expired one) says otherwise.
 */
export async function makeCertificate(
  db: Database,
  userId: string,
  organisationId: string,
  competencyKey: string,
  options: { issuedOn?: string; expiresOn?: string; issuedByOrganisationId?: string } = {},
) {
  const day = (offset: number) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  return db
    .insertInto("certificates")
    .values({
      organisation_id: organisationId,
      user_id: userId,
      competency_key: competencyKey,
      issued_on: options.issuedOn ?? day(-365),
      expires_on: options.expiresOn ?? day(365),
      issued_by_organisation_id: options.issuedByOrganisationId ?? organisationId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The operator certifies repairs on the defects themselves: no automatic work orders. */
export async function disableDefectWorkOrders(db: Database, organisationId: string) {
  await db
    .insertInto("maintenance_settings")
    .values({ organisation_id: organisationId, work_orders_from_defects: false })
    .execute();
}
