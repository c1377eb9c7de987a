import { sql } from "kysely";
import { Type, type Static } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  CNG_CYLINDER_TYPES,
  VEHICLE_STATUSES,
  type CngCylinderType,
  normalisePlate,
  normaliseVin,
  type VehicleStatus,
  type VehicleType,
} from "../../core/fleet.js";
import { startsLikeFormula } from "../../core/csv.js";
import { todayAt } from "../../core/shifts.js";
import type { Database } from "../../db/database.js";
import { isUniqueViolation } from "../../db/errors.js";
import { todayIso, type Scope } from "../../db/scope.js";
import { AppError, conflict, invalid, notFound } from "../../errors.js";
import { actorOf } from "../../server/context.js";
import { IdParams, IsoDate, Timestamp, Uuid, withErrors } from "../../server/schemas.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import { VehicleModel, presentModel } from "./vehicle-models.js";

const FleetNumber = Type.String({ minLength: 1, maxLength: 20 });
const Optional = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Optional(Type.Union([schema, Type.Null()]));
const VehicleFields = {
  depotId: Optional(Uuid),
  modelId: Uuid,
  vin: Optional(Type.String({ maxLength: 20 })),
  serialNumber: Optional(Type.String({ minLength: 1, maxLength: 40 })),
  registrationPlate: Optional(Type.String({ minLength: 1, maxLength: 20 })),
  fleetNumber: FleetNumber,
  inServiceDate: Optional(IsoDate),
  cngCylinderType: Optional(
    Type.Enum([...CNG_CYLINDER_TYPES], {
      description:
        "A gas vehicle's CNG cylinder type (КПГ-1 to КПГ-4); sets how often they are requalified",
    }),
  ),
  status: Type.Optional(Type.Enum([...VEHICLE_STATUSES])),
};
export const CreateVehicle = Type.Object(
  { organisationId: Uuid, ...VehicleFields },
  { additionalProperties: false },
);
export const UpdateVehicle = Type.Partial(Type.Object(VehicleFields), {
  additionalProperties: false,
  minProperties: 1,
});

export const Vehicle = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    depotId: Type.Union([Uuid, Type.Null()]),
    depotName: Type.Union([Type.String(), Type.Null()]),
    model: VehicleModel,
    vin: Type.Union([Type.String(), Type.Null()]),
    serialNumber: Type.Union([Type.String(), Type.Null()]),
    registrationPlate: Type.Union([Type.String(), Type.Null()]),
    fleetNumber: Type.String(),
    inServiceDate: Type.Union([IsoDate, Type.Null()]),
    cngCylinderType: Type.Union([Type.Enum([...CNG_CYLINDER_TYPES]), Type.Null()]),
    status: Type.Enum([...VEHICLE_STATUSES]),
    createdAt: Timestamp,
  },
  { $id: "Vehicle" },
);
const ListVehiclesQuery = Type.Object(
  {
    organisationId: Type.Optional(Uuid),
    depotId: Type.Optional(Uuid),
    status: Type.Optional(Type.Enum([...VEHICLE_STATUSES])),
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 40,
        description: "Plate, fleet number, VIN or serial, or part of one",
      }),
    ),
    limit: Type.Integer({ minimum: 1, maximum: 2000, default: 200 }),
    offset: Type.Integer({ minimum: 0, default: 0 }),
  },
  { additionalProperties: false },
);

export function selectVehicles(db: Database) {
  return db
    .selectFrom("vehicles as v")
    .innerJoin("vehicle_models as m", "m.id", "v.model_id")
    .leftJoin("depots as d", "d.id", "v.depot_id")
    .select([
      "v.id",
      "v.organisation_id",
      "v.depot_id",
      "d.name as depot_name",
      // The zone of "today" for this vehicle's dates and sign-offs (todayAt, core/shifts.ts).
      "d.time_zone as depot_time_zone",
      "v.vin",
      "v.serial_number",
      "v.registration_plate",
      "v.fleet_number",
      "v.in_service_date",
      "v.cng_cylinder_type",
      "v.status",
      "v.created_at",
      "m.id as model_id",
      "m.maker",
      "m.model",
      "m.vehicle_type",
      "m.powertrain",
      "m.length_class",
      "m.battery_kwh",
    ]);
}
/** Today at the vehicle's depot (todayAt): the date its certificates and dates are judged on. */
export async function vehicleToday(
  db: Database,
  vehicleId: string,
  now: Date = new Date(),
): Promise<string> {
  const row = await db
    .selectFrom("vehicles as v")
    .leftJoin("depots as d", "d.id", "v.depot_id")
    .select("d.time_zone")
    .where("v.id", "=", vehicleId)
    .executeTakeFirst();
  return todayAt(row?.time_zone, now);
}

export type VehicleRow = Awaited<
  ReturnType<ReturnType<typeof selectVehicles>["executeTakeFirstOrThrow"]>
>;

export const presentVehicle = (row: VehicleRow): Static<typeof Vehicle> => ({
  id: row.id,
  organisationId: row.organisation_id,
  depotId: row.depot_id,
  depotName: row.depot_name,
  model: presentModel({ ...row, id: row.model_id }),
  vin: row.vin,
  serialNumber: row.serial_number,
  registrationPlate: row.registration_plate,
  fleetNumber: row.fleet_number,
  inServiceDate: row.in_service_date,
  cngCylinderType: row.cng_cylinder_type,
  status: row.status,
  createdAt: row.created_at.toISOString(),
});

export async function listVehicles(
  db: Database,
  actor: Actor,
  query: Static<typeof ListVehiclesQuery>,
) {
  const scope = await actor.scope();
  let q = selectVehicles(db)
    .where(scope.where("v.organisation_id"))
    .orderBy("v.fleet_number")
    .limit(query.limit)
    .offset(query.offset);
  if (query.organisationId) q = q.where("v.organisation_id", "=", query.organisationId);
  if (query.depotId) q = q.where("v.depot_id", "=", query.depotId);
  if (query.status) q = q.where("v.status", "=", query.status);
  if (query.q) {
    const needle = `%${query.q
      .replace(/[\\%_]/g, (c) => `\\${c}`)
      .replace(/\s+/g, "")
      .toUpperCase()}%`;
    q = q.where((eb) =>
      eb.or([
        eb(sql`upper(v.registration_plate)`, "like", needle),
        eb(sql`upper(v.fleet_number)`, "like", needle),
        eb("v.vin", "like", needle),
        eb(sql`upper(v.serial_number)`, "like", needle),
      ]),
    );
  }
  return q.execute();
}

/**
 * Every vehicle the actor may see (of one organisation when given), in pages in
 * fleet-number order, however many there are: the CSV export streams them all. Each page
 * follows on from the last row of the one before (keyset), so none is read twice or
 * skipped and each page is one query, however deep into the fleet.
 */
export async function* vehiclePages(
  db: Database,
  actor: Actor,
  filter: { organisationId?: string },
  pageSize = 1000,
): AsyncGenerator<VehicleRow[]> {
  const scope = await actor.scope();
  let after: { fleetNumber: string; id: string } | undefined;
  for (;;) {
    let q = selectVehicles(db)
      .where(scope.where("v.organisation_id"))
      .orderBy("v.fleet_number")
      .orderBy("v.id")
      .limit(pageSize);
    if (filter.organisationId) q = q.where("v.organisation_id", "=", filter.organisationId);
    if (after) {
      const { fleetNumber, id } = after;
      q = q.where((eb) =>
        eb(eb.refTuple("v.fleet_number", "v.id"), ">", eb.tuple(fleetNumber, id)),
      );
    }
    const rows = await q.execute();
    if (rows.length) yield rows;
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    after = { fleetNumber: last.fleet_number, id: last.id };
  }
}

export async function getVehicle(db: Database, actor: Actor, id: string): Promise<VehicleRow> {
  const scope = await actor.scope();
  const row = await selectVehicles(db)
    .where("v.id", "=", id)
    .where(scope.where("v.organisation_id"))
    .executeTakeFirst();
  if (!row) throw notFound("vehicle");
  return row;
}

export interface VehicleValues {
  depot_id: string | null;
  model_id: string;
  vin: string | null;
  serial_number: string | null;
  registration_plate: string | null;
  fleet_number: string;
  in_service_date: string | null;
  cng_cylinder_type: CngCylinderType | null;
  status: VehicleStatus;
}

/**
 * Checks one vehicle's fields and returns them ready to store: the model and depot must
 * exist (the depot in this organisation), then `checkedVehicleValues`, which the CSV
 * import shares, so both refuse the same things in the same words. `prefix` names the field
 * in messages (e.g. "line 7: vin").
 */
export async function vehicleValues(
  db: Database,
  organisationId: string,
  input: Omit<Static<typeof CreateVehicle>, "organisationId">,
  today: string,
  prefix = "",
): Promise<VehicleValues> {
  const field = (name: string) => `${prefix}${name}`;
  const model = await db
    .selectFrom("vehicle_models")
    .select(["id", "vehicle_type", "powertrain"])
    .where("id", "=", input.modelId)
    .executeTakeFirst();
  if (!model) throw invalid(field("modelId"), { key: "maintenance.noModel" });
  if (input.cngCylinderType && model.powertrain !== "cng")
    throw invalid(field("cngCylinderType"), { key: "vehicle.cylinderTypeNotGas" });
  if (input.depotId) {
    const depot = await db
      .selectFrom("depots")
      .select("organisation_id")
      .where("id", "=", input.depotId)
      .executeTakeFirst();
    if (!depot || depot.organisation_id !== organisationId)
      throw invalid(field("depotId"), { key: "stock.noDepot" });
  }
  return checkedVehicleValues({ ...input, modelId: model.id }, model.vehicle_type, today, prefix);
}

/**
 * The checks that need no database: VIN or serial number by vehicle type, a service date
 * not in the future; and the values normalised for storing. The CSV import, which has
 * already found each row's model and depot, calls this directly.
 */
export function checkedVehicleValues(
  input: Omit<Static<typeof CreateVehicle>, "organisationId">,
  vehicleType: VehicleType,
  today: string,
  prefix = "",
): VehicleValues {
  const field = (name: string) => `${prefix}${name}`;
  const vin = input.vin ? normaliseVin(input.vin, field("vin")) : null;
  const serial = input.serialNumber?.trim() || null;
  if (!vin && !serial) {
    throw invalid(
      field("vin"),
      vehicleType.endsWith("bus")
        ? { key: "vehicles.vinRequiredBus" }
        : { key: "vehicles.vinOrSerial" },
    );
  }
  if (!vin && vehicleType.endsWith("bus"))
    throw invalid(field("vin"), { key: "vehicles.vinRequiredBus" });
  if (input.inServiceDate && input.inServiceDate > today)
    throw invalid(field("inServiceDate"), { key: "common.inFuture" });
  const plate = input.registrationPlate ? normalisePlate(input.registrationPlate) : null;
  const fleetNumber = input.fleetNumber.trim();
  for (const [name, value] of [
    ["fleetNumber", fleetNumber],
    ["registrationPlate", plate],
    ["serialNumber", serial],
  ] as const) {
    if (value && startsLikeFormula(value))
      throw invalid(field(name), { key: "common.formulaStart" });
  }
  return {
    depot_id: input.depotId ?? null,
    model_id: input.modelId,
    vin,
    serial_number: serial,
    registration_plate: plate,
    fleet_number: fleetNumber,
    in_service_date: input.inServiceDate ?? null,
    cng_cylinder_type: input.cngCylinderType ?? null,
    status: input.status ?? "active",
  };
}

export function uniqueVehicleConflict(error: unknown): AppError | undefined {
  if (!isUniqueViolation(error)) return undefined;
  const detail = String(
    (error as { constraint?: string; detail?: string }).constraint ??
      (error as { detail?: string }).detail ??
      "",
  );
  return detail.includes("vin")
    ? conflict("vin", { key: "vehicles.vinTaken" })
    : conflict("fleetNumber", { key: "vehicles.fleetNumberTaken" });
}

export async function assertWritableOrganisation(
  db: Database,
  scope: Scope,
  organisationId: string,
) {
  const owner = scope.includes(organisationId)
    ? await db
        .selectFrom("organisations")
        .select("kind")
        .where("id", "=", organisationId)
        .executeTakeFirst()
    : undefined;
  if (!owner)
    throw invalid("organisationId", { key: "validation.noSuch", params: { what: "organisation" } });
  if (owner.kind !== "operator") throw invalid("organisationId", { key: "vehicles.onlyOperator" });
}

export async function createVehicle(
  db: Database,
  actor: Actor,
  input: Static<typeof CreateVehicle>,
) {
  requirePermission(actor, "fleet.write");
  await assertWritableOrganisation(db, await actor.scope(), input.organisationId);
  const values = await vehicleValues(db, input.organisationId, input, todayIso());
  try {
    const id = await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto("vehicles")
        .values({ ...values, organisation_id: input.organisationId })
        .returning("id")
        .executeTakeFirstOrThrow();
      await recordAudit(trx, actor, {
        action: "create",
        entity: "vehicle",
        entityId: row.id,
        organisationId: input.organisationId,
        details: { ...values },
      });
      return row.id;
    });
    return await getVehicle(db, actor, id);
  } catch (error) {
    throw uniqueVehicleConflict(error) ?? error;
  }
}

async function updateVehicle(
  db: Database,
  actor: Actor,
  id: string,
  input: Static<typeof UpdateVehicle>,
) {
  const existing = await getVehicle(db, actor, id);
  requirePermission(actor, "fleet.write");
  const merged = {
    depotId: input.depotId === undefined ? existing.depot_id : input.depotId,
    modelId: input.modelId ?? existing.model_id,
    vin: input.vin === undefined ? existing.vin : input.vin,
    serialNumber: input.serialNumber === undefined ? existing.serial_number : input.serialNumber,
    registrationPlate:
      input.registrationPlate === undefined ? existing.registration_plate : input.registrationPlate,
    fleetNumber: input.fleetNumber ?? existing.fleet_number,
    inServiceDate:
      input.inServiceDate === undefined ? existing.in_service_date : input.inServiceDate,
    cngCylinderType:
      input.cngCylinderType === undefined ? existing.cng_cylinder_type : input.cngCylinderType,
    status: input.status ?? existing.status,
  };
  const values = await vehicleValues(db, existing.organisation_id, merged, todayIso());
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable("vehicles")
        .set({ ...values, updated_at: new Date() })
        .where("id", "=", id)
        .execute();
      await recordAudit(trx, actor, {
        action: "update",
        entity: "vehicle",
        entityId: id,
        organisationId: existing.organisation_id,
        details: input,
      });
    });
  } catch (error) {
    throw uniqueVehicleConflict(error) ?? error;
  }
  return getVehicle(db, actor, id);
}

export const vehicleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps;
  const tags = ["fleet"];
  app.get(
    "/vehicles",
    {
      schema: {
        operationId: "listVehicles",
        tags,
        summary: "Vehicles I may see; search by plate, fleet number, VIN or serial",
        querystring: ListVehiclesQuery,
        response: withErrors({ 200: Type.Array(Vehicle) }),
      },
    },
    async (request) =>
      (await listVehicles(db, actorOf(request), request.query)).map(presentVehicle),
  );
  app.get(
    "/vehicles/:id",
    {
      schema: {
        operationId: "getVehicle",
        summary: "One vehicle or machine I may see",
        tags,
        params: IdParams,
        response: withErrors({ 200: Vehicle }),
      },
    },
    async (request) => presentVehicle(await getVehicle(db, actorOf(request), request.params.id)),
  );
  app.post(
    "/vehicles",
    {
      schema: {
        operationId: "createVehicle",
        tags,
        summary: "Register a vehicle or machine",
        body: CreateVehicle,
        response: withErrors({ 201: Vehicle }),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentVehicle(await createVehicle(db, actorOf(request), request.body))),
  );
  app.patch(
    "/vehicles/:id",
    {
      schema: {
        operationId: "updateVehicle",
        tags,
        summary: "Change a vehicle (depot, plate, status, …)",
        params: IdParams,
        body: UpdateVehicle,
        response: withErrors({ 200: Vehicle }),
      },
    },
    async (request) =>
      presentVehicle(await updateVehicle(db, actorOf(request), request.params.id, request.body)),
  );
};
