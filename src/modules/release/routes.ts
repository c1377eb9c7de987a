import { Type, type Static } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { VEHICLE_STATUSES } from "../../core/fleet.js";
import type { Database } from "../../db/database.js";
import { AppError, invalid } from "../../errors.js";
import type { AppDeps } from "../../server/context.js";
import { actorOf } from "../../server/context.js";
import { IdParams, Timestamp, Uuid, withErrors } from "../../server/schemas.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import { getDepot } from "../depots/depots.js";
import { UnconfirmedReading, unconfirmedReadingsOf } from "../fleet/meter-readings.js";
import { getVehicle, selectVehicles } from "../fleet/vehicles.js";

const Reason = Type.Object({
  code: Type.String(),
  message: Type.String(),
  overridable: Type.Boolean(),
  defectIds: Type.Optional(Type.Array(Uuid)),
});
const Override = Type.Object({
  id: Uuid,
  reason: Type.String(),
  byName: Type.String(),
  at: Timestamp,
  codes: Type.Array(Type.String()),
});
export const ReleaseDecisionSchema = Type.Object(
  {
    vehicleId: Uuid,
    shiftStart: Timestamp,
    releasable: Type.Boolean(),
    reasons: Type.Array(Reason),
    override: Type.Union([Override, Type.Null()]),
  },
  { $id: "ReleaseDecision" },
);
const ShiftQuery = Type.Object(
  { shiftStart: Type.Optional(Timestamp) },
  { additionalProperties: false },
);
const CreateOverride = Type.Object(
  {
    shiftStart: Timestamp,
    reason: Type.String({
      minLength: 10,
      maxLength: 2000,
      description: "Why the vehicle may go out despite the reasons",
    }),
  },
  { additionalProperties: false },
);
const BoardRow = Type.Object({
  vehicleId: Uuid,
  fleetNumber: Type.String(),
  registrationPlate: Type.Union([Type.String(), Type.Null()]),
  model: Type.String(),
  powertrain: Type.String(),
  status: Type.Enum([...VEHICLE_STATUSES]),
  releasable: Type.Boolean(),
  reasons: Type.Array(Reason),
  override: Type.Union([Override, Type.Null()]),
  unconfirmedReadings: Type.Array(UnconfirmedReading, {
    description: "Meter readings waiting for a dispatcher or mechanic to confirm or void them",
  }),
});
export const DepotBoard = Type.Object(
  {
    depotId: Uuid,
    depotName: Type.String(),
    shiftStart: Timestamp,
    total: Type.Integer(),
    releasable: Type.Integer(),
    blocked: Type.Integer(),
    vehicles: Type.Array(BoardRow),
  },
  { $id: "DepotBoard" },
);

function shiftOf(raw: string | undefined): Date {
  return raw ? new Date(raw) : new Date();
}

export async function releaseDecision(
  deps: AppDeps,
  actor: Actor,
  vehicleId: string,
  shiftStart: Date,
) {
  const vehicle = await getVehicle(deps.db, actor, vehicleId);
  const [decision] = await deps.releaseGate.decideMany(gateContext(deps, shiftStart), [vehicle]);
  if (!decision) throw new Error("the release gate gave no decision");
  return decision;
}

function gateContext(deps: AppDeps, shiftStart: Date) {
  return {
    db: deps.db,
    shiftStart,
    now: new Date(),
    inspectionWindowHours: deps.config.inspectionWindowHours,
  };
}

/** A manager releases a vehicle despite major or minor defects, in writing. Never past a critical one. */
async function overrideRelease(
  deps: AppDeps,
  actor: Actor,
  vehicleId: string,
  input: Static<typeof CreateOverride>,
) {
  requirePermission(actor, "release.override");
  const shiftStart = new Date(input.shiftStart);
  const decision = await releaseDecision(deps, actor, vehicleId, shiftStart);
  if (decision.releasable && !decision.reasons.length)
    throw invalid(
      "shiftStart",
      "the vehicle may already go out for this shift; nothing to override",
    );
  const blocking = decision.reasons.filter((r) => !r.overridable);
  if (blocking.length) {
    throw new AppError(
      "CONFLICT",
      `no one may release this vehicle: ${blocking.map((r) => r.message).join("; ")}`,
      "vehicleId",
    );
  }
  const vehicle = await getVehicle(deps.db, actor, vehicleId);
  await deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("release_overrides")
      .values({
        organisation_id: vehicle.organisation_id,
        vehicle_id: vehicleId,
        shift_start: shiftStart,
        reason: input.reason,
        codes: decision.reasons.map((r) => r.code),
        by_user_id: actor.userId,
        by_name: actor.userName ?? actor.label,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "release_override",
      entity: "vehicle",
      entityId: vehicleId,
      organisationId: vehicle.organisation_id,
      details: {
        overrideId: row.id,
        shiftStart: input.shiftStart,
        reason: input.reason,
        reasons: decision.reasons,
      },
    });
  });
  return releaseDecision(deps, actor, vehicleId, shiftStart);
}

/** Every vehicle of a depot with whether it may go out, for the dispatcher. */
export async function depotBoard(
  deps: AppDeps,
  db: Database,
  actor: Actor,
  depotId: string,
  shiftStart: Date,
) {
  requirePermission(actor, "board.read");
  const depot = await getDepot(db, actor, depotId);
  const vehicles = await selectVehicles(db)
    .where("v.depot_id", "=", depotId)
    .where("v.status", "!=", "retired")
    .orderBy("v.fleet_number")
    .execute();
  const decisions = await deps.releaseGate.decideMany(gateContext(deps, shiftStart), vehicles);
  const unconfirmed = await unconfirmedReadingsOf(
    db,
    vehicles.map((v) => v.id),
  );
  const rows = vehicles.map((vehicle, index) => {
    const decision = decisions[index];
    return {
      vehicleId: vehicle.id,
      fleetNumber: vehicle.fleet_number,
      registrationPlate: vehicle.registration_plate,
      model: `${vehicle.maker} ${vehicle.model}`,
      powertrain: vehicle.powertrain,
      status: vehicle.status,
      releasable: decision?.releasable ?? false,
      reasons: decision?.reasons ?? [],
      override: decision?.override ?? null,
      unconfirmedReadings: unconfirmed.get(vehicle.id) ?? [],
    };
  });
  const releasable = rows.filter((r) => r.releasable).length;
  return {
    depotId,
    depotName: depot.name,
    shiftStart: shiftStart.toISOString(),
    total: rows.length,
    releasable,
    blocked: rows.length - releasable,
    vehicles: rows,
  };
}

export const releaseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const deps = app.deps;
  const tags = ["release"];
  app.get(
    "/vehicles/:id/release",
    {
      schema: {
        tags,
        summary: "May this vehicle go out for the shift, and if not, why not",
        params: IdParams,
        querystring: ShiftQuery,
        response: withErrors({ 200: ReleaseDecisionSchema }),
      },
    },
    (request) =>
      releaseDecision(deps, actorOf(request), request.params.id, shiftOf(request.query.shiftStart)),
  );
  app.post(
    "/vehicles/:id/release-overrides",
    {
      schema: {
        tags,
        summary: "Manager: release despite major or minor defects, with a written reason",
        params: IdParams,
        body: CreateOverride,
        response: withErrors({ 201: ReleaseDecisionSchema }),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await overrideRelease(deps, actorOf(request), request.params.id, request.body)),
  );
  app.get(
    "/depots/:id/board",
    {
      schema: {
        tags,
        summary: "The dispatcher's depot board: every vehicle and whether it may go out",
        params: IdParams,
        querystring: ShiftQuery,
        response: withErrors({ 200: DepotBoard }),
      },
    },
    (request) =>
      depotBoard(
        deps,
        deps.db,
        actorOf(request),
        request.params.id,
        shiftOf(request.query.shiftStart),
      ),
  );
};
