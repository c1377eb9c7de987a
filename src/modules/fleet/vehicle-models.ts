import { Type, type Static } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { LENGTH_CLASSES, POWERTRAINS, VEHICLE_TYPES } from "../../core/fleet.js";
import type { Database } from "../../db/database.js";
import { isUniqueViolation } from "../../db/errors.js";
import { conflict, invalid, notFound } from "../../errors.js";
import { actorOf } from "../../server/context.js";
import { IdParams, Name, Uuid, withErrors } from "../../server/schemas.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";

/** The model catalogue is shared reference data, kept by the network admin. */
export const VehicleModel = Type.Object(
  {
    id: Uuid,
    maker: Type.String(),
    model: Type.String(),
    vehicleType: Type.Enum([...VEHICLE_TYPES]),
    powertrain: Type.Enum([...POWERTRAINS]),
    lengthClass: Type.Enum([...LENGTH_CLASSES]),
    batteryKwh: Type.Union([Type.Number(), Type.Null()]),
  },
  { $id: "VehicleModel" },
);
export const CreateVehicleModel = Type.Object(
  {
    maker: Name,
    model: Name,
    vehicleType: Type.Enum([...VEHICLE_TYPES]),
    powertrain: Type.Enum([...POWERTRAINS]),
    lengthClass: Type.Enum([...LENGTH_CLASSES]),
    batteryKwh: Type.Optional(
      Type.Union([Type.Number({ exclusiveMinimum: 0, maximum: 2000 }), Type.Null()]),
    ),
  },
  { additionalProperties: false },
);

type ModelRow = {
  id: string;
  maker: string;
  model: string;
  vehicle_type: Static<typeof VehicleModel>["vehicleType"];
  powertrain: Static<typeof VehicleModel>["powertrain"];
  length_class: Static<typeof VehicleModel>["lengthClass"];
  battery_kwh: number | null;
};
export const presentModel = (row: ModelRow): Static<typeof VehicleModel> => ({
  id: row.id,
  maker: row.maker,
  model: row.model,
  vehicleType: row.vehicle_type,
  powertrain: row.powertrain,
  lengthClass: row.length_class,
  batteryKwh: row.battery_kwh === null ? null : Number(row.battery_kwh),
});

export async function getVehicleModel(db: Database, id: string) {
  const row = await db
    .selectFrom("vehicle_models")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw notFound("vehicle model");
  return row;
}

export async function createVehicleModel(
  db: Database,
  actor: Actor,
  input: Static<typeof CreateVehicleModel>,
) {
  requirePermission(actor, "regions.write");
  const electric = input.powertrain === "battery_electric";
  if (electric && !input.batteryKwh) throw invalid("batteryKwh", { key: "models.batteryRequired" });
  if (!electric && input.powertrain !== "hybrid" && input.batteryKwh) {
    throw invalid("batteryKwh", {
      key: "models.noBattery",
      params: { powertrainOf: input.powertrain },
    });
  }
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto("vehicle_models")
        .values({
          maker: input.maker,
          model: input.model,
          vehicle_type: input.vehicleType,
          powertrain: input.powertrain,
          length_class: input.lengthClass,
          battery_kwh: input.batteryKwh ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, actor, {
        action: "create",
        entity: "vehicle_model",
        entityId: row.id,
        organisationId: null,
        details: input,
      });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict("model", {
        key: "models.exists",
        params: { maker: input.maker, model: input.model, powertrain: input.powertrain },
      });
    throw error;
  }
}

export const vehicleModelRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps;
  const tags = ["fleet"];
  app.get(
    "/vehicle-models",
    {
      schema: {
        operationId: "listVehicleModels",
        tags,
        summary: "The model catalogue",
        response: withErrors({ 200: Type.Array(VehicleModel) }),
      },
    },
    async () =>
      (
        await db
          .selectFrom("vehicle_models")
          .selectAll()
          .orderBy("maker")
          .orderBy("model")
          .execute()
      ).map(presentModel),
  );
  app.get(
    "/vehicle-models/:id",
    {
      schema: {
        operationId: "getVehicleModel",
        summary: "One model of the catalogue",
        tags,
        params: IdParams,
        response: withErrors({ 200: VehicleModel }),
      },
    },
    async (request) => presentModel(await getVehicleModel(db, request.params.id)),
  );
  app.post(
    "/vehicle-models",
    {
      schema: {
        operationId: "createVehicleModel",
        tags,
        summary: "Add a model to the catalogue (network admin)",
        body: CreateVehicleModel,
        response: withErrors({ 201: VehicleModel }),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentModel(await createVehicleModel(db, actorOf(request), request.body))),
  );
};
