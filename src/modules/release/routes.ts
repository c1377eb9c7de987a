import { Type, type Static } from "typebox";
import { InspectionFlag } from "../inspections/proof.js";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { VEHICLE_STATUSES } from "../../core/fleet.js";
import {
  BOARD_STATES,
  RELEASE_REASON_CODES,
  RELEASE_REASON_RU,
  boardState,
  type BoardState,
} from "../../core/release-reasons.js";
import {
  nextShift,
  previousShift,
  shiftAt,
  type Shift,
  type ShiftPattern,
} from "../../core/shifts.js";
import type { Database } from "../../db/database.js";
import { invalid, localized } from "../../errors.js";
import type { AppDeps } from "../../server/context.js";
import { actorOf } from "../../server/context.js";
import { IdParams, Timestamp, Uuid, withErrors } from "../../server/schemas.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import { getDepot } from "../depots/depots.js";
import { UnconfirmedReading } from "../fleet/meter-readings.js";
import { getVehicle } from "../fleet/vehicles.js";
import type { GateContext, ReleaseDecision } from "./gate.js";
import {
  rememberedBoard,
  type BoardEntry,
  type BoardVehicle,
  type RememberedRow,
} from "./board-memo.js";

const Words = Type.Object({ en: Type.String(), ru: Type.String() });
const ReasonDefect = Type.Object({
  id: Uuid,
  itemKey: Type.String(),
  severity: Type.String(),
  fault: Type.Union([Words, Type.Null()], {
    description: "The checklist item named as a fault, e.g. Gas smell at the cylinders",
  }),
  label: Type.Union([Words, Type.Null()]),
  description: Type.String(),
  driverComment: Type.Union([Type.String(), Type.Null()]),
  openedAt: Timestamp,
});
const Reason = Type.Object({
  code: Type.Enum([...RELEASE_REASON_CODES]),
  message: Type.String(),
  overridable: Type.Boolean(),
  defectIds: Type.Optional(Type.Array(Uuid)),
  defects: Type.Optional(Type.Array(ReasonDefect)),
  params: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]))),
  clearedBy: Type.Optional(
    Type.Array(Type.String(), { description: "The roles that can clear this reason" }),
  ),
});
const ShiftSchema = Type.Object({
  start: Timestamp,
  end: Timestamp,
  localStart: Type.String({ description: "The depot's local start time, HH:MM" }),
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
    shiftEnd: Timestamp,
    releasable: Type.Boolean(),
    reasons: Type.Array(Reason),
    override: Type.Union([Override, Type.Null()]),
  },
  { $id: "ReleaseDecision" },
);
const ShiftQuery = Type.Object(
  {
    shiftStart: Type.Optional(
      Type.String({
        format: "date-time",
        description: "Any moment of the shift to decide for (default: now)",
      }),
    ),
    shift: Type.Optional(
      Type.Enum(["current", "next"], {
        description: "The shift under way at that moment, or the one after it",
      }),
    ),
  },
  { additionalProperties: false },
);
const CreateOverride = Type.Object(
  {
    shiftStart: Type.String({
      format: "date-time",
      description: "Any moment of the shift the release is for; it covers that whole shift",
    }),
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
  state: Type.Enum([...BOARD_STATES]),
  releasable: Type.Boolean(),
  reasons: Type.Array(Reason),
  override: Type.Union([Override, Type.Null()]),
  unconfirmedReadings: Type.Array(UnconfirmedReading, {
    description: "Meter readings waiting for a dispatcher or mechanic to confirm or void them",
  }),
  checkFlags: Type.Array(InspectionFlag, {
    description:
      "What the server found wrong with the shift's newest check (too fast, not at the depot, clock, evidence); warnings and holds",
  }),
});
export const DepotBoard = Type.Object(
  {
    depotId: Uuid,
    depotName: Type.String(),
    timeZone: Type.String(),
    shiftStarts: Type.Array(Type.String()),
    shiftStart: Timestamp,
    shift: ShiftSchema,
    nextShift: ShiftSchema,
    total: Type.Integer(),
    releasable: Type.Integer(),
    blocked: Type.Integer(),
    counts: Type.Object({
      ready: Type.Integer(),
      not_checked: Type.Integer(),
      held: Type.Integer(),
      released: Type.Integer(),
    }),
    vehicles: Type.Array(BoardRow),
  },
  { $id: "DepotBoard" },
);

/** A depot's shift pattern; a vehicle without a depot has the default (one shift a day, UTC). */
export async function patternOf(db: Database, depotId: string | null): Promise<ShiftPattern> {
  const depot = depotId
    ? await db
        .selectFrom("depots")
        .select(["time_zone", "shift_starts"])
        .where("id", "=", depotId)
        .executeTakeFirst()
    : undefined;
  return { timeZone: depot?.time_zone ?? "UTC", starts: depot?.shift_starts ?? [] };
}

/** The shift a query asks for: the one under way at `shiftStart` (default now), or the next. */
export function requestedShift(
  pattern: ShiftPattern,
  query: { shiftStart?: string; shift?: "current" | "next" },
): Shift {
  const at = query.shiftStart ? new Date(query.shiftStart) : new Date();
  if (Number.isNaN(at.getTime())) throw invalid("shiftStart", { key: "release.notMoment" });
  return query.shift === "next" ? nextShift(pattern, at) : shiftAt(pattern, at);
}

export function gateContext(deps: AppDeps, pattern: ShiftPattern, shift: Shift): GateContext {
  const windowStart = new Date(
    shift.start.getTime() - deps.config.inspectionWindowHours * 3_600_000,
  );
  const previousStart = previousShift(pattern, shift.start).start;
  return {
    db: deps.db,
    shiftStart: shift.start,
    shiftEnd: shift.end,
    checksFrom: windowStart > previousStart ? windowStart : previousStart,
    day: shift.localDay,
    now: new Date(),
    inspectionWindowHours: deps.config.inspectionWindowHours,
  };
}

export async function releaseDecision(
  deps: AppDeps,
  actor: Actor,
  vehicleId: string,
  query: { shiftStart?: string; shift?: "current" | "next" },
) {
  const vehicle = await getVehicle(deps.db, actor, vehicleId);
  const pattern = await patternOf(deps.db, vehicle.depot_id);
  const shift = requestedShift(pattern, query);
  const [decision] = await deps.releaseGate.decideMany(gateContext(deps, pattern, shift), [
    vehicle,
  ]);
  if (!decision) throw new Error("the release gate gave no decision");
  return decision;
}

/** A manager releases a vehicle despite major or minor defects, in writing. Never past a critical one. */
async function overrideRelease(
  deps: AppDeps,
  actor: Actor,
  vehicleId: string,
  input: Static<typeof CreateOverride>,
) {
  requirePermission(actor, "release.override");
  const reason = input.reason.trim();
  if (reason.length < 10) throw invalid("reason", { key: "release.reasonTooShort" });
  const decision = await releaseDecision(deps, actor, vehicleId, { shiftStart: input.shiftStart });
  const shiftStart = new Date(decision.shiftStart);
  if (new Date(decision.shiftEnd).getTime() <= Date.now())
    throw invalid("shiftStart", {
      key: "release.shiftEnded",
      params: { end: decision.shiftEnd },
    });
  if (decision.releasable && !decision.reasons.length)
    throw invalid("shiftStart", { key: "release.nothingToOverride" });
  const blocking = decision.reasons.filter((r) => !r.overridable);
  if (blocking.length) {
    throw localized(
      "CONFLICT",
      {
        key: "release.blocked",
        params: {
          reasons: {
            en: blocking.map((r) => r.message).join("; "),
            ru: blocking.map((r) => RELEASE_REASON_RU[r.code]).join("; "),
          },
        },
        fieldless: true,
      },
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
        reason,
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
        shiftStart: decision.shiftStart,
        reason,
        reasons: decision.reasons,
      },
    });
  });
  return releaseDecision(deps, actor, vehicleId, { shiftStart: decision.shiftStart });
}

type BoardQuery = { shiftStart?: string; shift?: "current" | "next" };

/** A depot's shift and its vehicles with their rows, as the board decides them: what the board and its counts share. */
async function boardShift(
  deps: AppDeps,
  db: Database,
  actor: Actor,
  depotId: string,
  query: BoardQuery,
) {
  requirePermission(actor, "board.read");
  const depot = await getDepot(db, actor, depotId);
  const pattern: ShiftPattern = { timeZone: depot.time_zone, starts: depot.shift_starts };
  const shift = requestedShift(pattern, query);
  const context = gateContext(deps, pattern, shift);
  const entries = await rememberedBoard(deps.releaseGate, db, context, depotId);
  return { depot, pattern, shift, entries };
}

/** How many vehicles are in each board state. */
function countStates(states: readonly BoardState[]) {
  const counts = { ready: 0, not_checked: 0, held: 0, released: 0 };
  for (const state of states) counts[state] += 1;
  return counts;
}

const presentShift = (s: Shift) => ({
  start: s.start.toISOString(),
  end: s.end.toISOString(),
  localStart: s.localStart,
});

/**
 * A depot's shift counted by board state, without the board's rows: the release gate's
 * decisions only (no meter readings, no check flags), for the home page's figures.
 */
export async function depotShiftCounts(deps: AppDeps, db: Database, actor: Actor, depotId: string) {
  const { depot, pattern, shift, entries } = await boardShift(deps, db, actor, depotId, {});
  return {
    depotId,
    depotName: depot.name,
    timeZone: pattern.timeZone,
    shift: presentShift(shift),
    total: entries.length,
    counts: countStates(entries.map(({ row }) => stateOf(row.decision))),
  };
}

const stateOf = (decision: ReleaseDecision | undefined): BoardState =>
  decision ? boardState(decision) : "held";

/** A vehicle's row on the board. */
function boardRow({ vehicle, row }: BoardEntry) {
  const { decision, unconfirmedReadings, checkFlags } = row;
  return {
    vehicleId: vehicle.id,
    fleetNumber: vehicle.fleet_number,
    registrationPlate: vehicle.registration_plate,
    model: `${vehicle.maker} ${vehicle.model}`,
    powertrain: vehicle.powertrain,
    status: vehicle.status,
    state: stateOf(decision),
    releasable: decision.releasable,
    reasons: decision.reasons,
    override: decision.override,
    unconfirmedReadings,
    checkFlags,
  };
}

/** The board's figures above its rows. */
async function boardHead(
  deps: AppDeps,
  db: Database,
  actor: Actor,
  depotId: string,
  query: BoardQuery,
) {
  const { depot, pattern, shift, entries } = await boardShift(deps, db, actor, depotId, query);
  const states = entries.map(({ row }) => stateOf(row.decision));
  const releasable = entries.filter(({ row }) => row.decision.releasable).length;
  const head = {
    depotId,
    depotName: depot.name,
    timeZone: pattern.timeZone,
    shiftStarts: depot.shift_starts,
    shiftStart: shift.start.toISOString(),
    shift: presentShift(shift),
    nextShift: presentShift(nextShift(pattern, shift.start)),
    total: entries.length,
    releasable,
    blocked: entries.length - releasable,
    counts: countStates(states),
  };
  return { head, entries };
}

/** Every vehicle of a depot with whether it may go out, for the dispatcher. */
export async function depotBoard(
  deps: AppDeps,
  db: Database,
  actor: Actor,
  depotId: string,
  query: BoardQuery,
) {
  const { head, entries } = await boardHead(deps, db, actor, depotId, query);
  return { ...head, vehicles: entries.map(boardRow) };
}

/** A remembered row's JSON, kept with the vehicle columns it was written with. */
const rowBytes = new WeakMap<RememberedRow, { vehicle: BoardVehicle; bytes: Buffer }>();

/**
 * The board as the API sends it: `depotBoard` as UTF-8 JSON, with each row's JSON kept
 * while its row and vehicle are remembered (board-memo.ts). A board of 1,000 vehicles is
 * ~700 KB with Russian texts: writing it anew took more time than reading its versions
 * (bench/server/board-profile.ts), and so did turning that text into bytes twice (its
 * length, then the socket).
 */
export async function depotBoardBytes(
  deps: AppDeps,
  db: Database,
  actor: Actor,
  depotId: string,
  query: BoardQuery,
): Promise<Buffer> {
  const { head, entries } = await boardHead(deps, db, actor, depotId, query);
  // The head as JSON writes it, its empty row list last: the rows go between its brackets.
  const text = JSON.stringify({ ...head, vehicles: [] });
  const parts: Buffer[] = [Buffer.from(text.slice(0, -"]}".length))];
  for (const entry of entries) {
    if (parts.length > 1) parts.push(COMMA);
    let known = rowBytes.get(entry.row);
    if (known?.vehicle !== entry.vehicle) {
      known = { vehicle: entry.vehicle, bytes: Buffer.from(JSON.stringify(boardRow(entry))) };
      rowBytes.set(entry.row, known);
    }
    parts.push(known.bytes);
  }
  parts.push(CLOSE);
  return Buffer.concat(parts);
}
const COMMA = Buffer.from(",");
const CLOSE = Buffer.from("]}");

export const releaseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const deps = app.deps;
  const tags = ["release"];
  app.get(
    "/vehicles/:id/release",
    {
      schema: {
        operationId: "getVehicleRelease",
        tags,
        summary: "May this vehicle go out for the shift, and if not, why not",
        params: IdParams,
        querystring: ShiftQuery,
        response: withErrors({ 200: ReleaseDecisionSchema }),
      },
    },
    (request) => releaseDecision(deps, actorOf(request), request.params.id, request.query),
  );
  app.post(
    "/vehicles/:id/release-overrides",
    {
      schema: {
        operationId: "createReleaseOverride",
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
        operationId: "getDepotBoard",
        tags,
        summary: "The dispatcher's depot board: every vehicle and whether it may go out",
        params: IdParams,
        querystring: ShiftQuery,
        response: withErrors({ 200: DepotBoard }),
      },
    },
    // Sent as the bytes depotBoardBytes writes (every field built explicitly in boardRow,
    // so the schema, which documents it, has nothing to leave out).
    async (request, reply) =>
      reply
        .type("application/json; charset=utf-8")
        .send(
          await depotBoardBytes(deps, deps.db, actorOf(request), request.params.id, request.query),
        ),
  );
};
