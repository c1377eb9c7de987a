/**
 * The home page's figures (issue #14 item 4): for each role what it acts on, each the
 * same number the list behind it shows, because each is computed by that list's own
 * service function (or its count) with the filters the home page's link opens it with:
 * - shift: each of my organisation's depots' current shift counted as the depot board
 *   counts it (`depotShiftCounts`: the release gate, ready / not yet checked / held /
 *   released), without the board's rows;
 * - workshop: open blocking work orders and unresolved defects;
 * - fleet: overdue safety-critical maintenance (`listDue`) and valid certificates expiring
 *   within 60 days (the training page's default window);
 * - requests: active service requests per operator (a hub) or per region (the network),
 *   with how many are past their response or resolution target, those groups first.
 * Everything goes through the actor's scope, like the lists.
 */
import { Type, type Static } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { HOME_SECTIONS, homeSectionsFor } from "../../core/roles.js";
import type { AppDeps } from "../../server/context.js";
import { actorOf } from "../../server/context.js";
import { Timestamp, Uuid, withErrors } from "../../server/schemas.js";
import type { Actor } from "../auth/actor.js";
import { listDepots } from "../depots/depots.js";
import { countDefects } from "../inspections/defects.js";
import { listDue } from "../maintenance/due-routes.js";
import { depotShiftCounts } from "../release/routes.js";
import { listServiceRequests } from "../service-requests/service-requests.js";
import { listExpiringCertificates } from "../training/certificates.js";
import { countWorkOrders } from "../work-orders/work-orders.js";

/** The training page's default window for certificates expiring soon. */
export const EXPIRING_WITHIN_DAYS = 60;
/** The most rows the service queue behind a figure holds (the list's own maximum limit). */
const LIST_MAX = 2000;
/** The maintenance page lists at most this many due items (web/src/maintenance/due-list.tsx). */
const DUE_LIST_LIMIT = 500;

const Count = Type.Integer({ minimum: 0 });
const DepotShift = Type.Object({
  depotId: Uuid,
  depotName: Type.String(),
  timeZone: Type.String(),
  shiftStart: Timestamp,
  shiftEnd: Timestamp,
  localStart: Type.String({ description: "The depot's local start time, HH:MM" }),
  total: Count,
  counts: Type.Object({
    ready: Count,
    not_checked: Count,
    held: Count,
    released: Count,
  }),
});
const RequestGroup = Type.Object({
  id: Type.Union([Uuid, Type.Null()], {
    description: "The operator or region; null for operators in no region",
  }),
  name: Type.Union([Type.String(), Type.Null()]),
  active: Count,
  pastTarget: Type.Integer({
    minimum: 0,
    description: "Active requests whose response or resolution target has passed",
  }),
});
export const HomeFigures = Type.Object(
  {
    sections: Type.Array(Type.Enum([...HOME_SECTIONS]), {
      description: "What this person's home page shows, by their roles here",
    }),
    shift: Type.Union([Type.Array(DepotShift), Type.Null()]),
    workshop: Type.Union([
      Type.Object({
        blockingWorkOrders: Type.Integer({
          minimum: 0,
          description: "Open work orders that hold their vehicle off the road",
        }),
        defectsWaiting: Type.Integer({
          minimum: 0,
          description: "Defects reported and not yet certified repaired (open or in repair)",
        }),
      }),
      Type.Null(),
    ]),
    fleet: Type.Union([
      Type.Object({
        depots: Type.Array(
          Type.Object({
            depotId: Uuid,
            depotName: Type.String(),
            overdueSafetyMaintenance: Type.Integer({
              minimum: 0,
              description: "Safety-critical maintenance tasks overdue at the depot",
            }),
          }),
        ),
        expiringCertificates: Type.Integer({
          minimum: 0,
          description: "Valid certificates expiring within expiringWithinDays",
        }),
        expiringWithinDays: Type.Integer(),
      }),
      Type.Null(),
    ]),
    requests: Type.Union([
      Type.Object({
        groupBy: Type.Enum(["operator", "region"]),
        groups: Type.Array(RequestGroup, {
          description: "Most past target first, then most active, then by name",
        }),
      }),
      Type.Null(),
    ]),
  },
  { $id: "HomeFigures" },
);
type THomeFigures = Static<typeof HomeFigures>;
type Depot = Awaited<ReturnType<typeof listDepots>>[number];

async function shiftFigures(deps: AppDeps, actor: Actor, depots: readonly Depot[]) {
  const boards = await Promise.all(
    depots.map((depot) => depotShiftCounts(deps, deps.db, actor, depot.id)),
  );
  return boards.map((board) => ({
    depotId: board.depotId,
    depotName: board.depotName,
    timeZone: board.timeZone,
    shiftStart: board.shift.start,
    shiftEnd: board.shift.end,
    localStart: board.shift.localStart,
    total: board.total,
    counts: board.counts,
  }));
}

/** Per depot, as the maintenance page lists what is due: one depot at a time. */
async function fleetFigures(deps: AppDeps, actor: Actor, depots: readonly Depot[]) {
  const { db } = deps;
  const [overdue, certificates] = await Promise.all([
    Promise.all(
      depots.map((depot) =>
        listDue(db, actor, {
          depotId: depot.id,
          status: "overdue",
          safetyCritical: true,
          limit: DUE_LIST_LIMIT,
        }),
      ),
    ),
    listExpiringCertificates(db, actor, { days: EXPIRING_WITHIN_DAYS }),
  ]);
  return {
    depots: depots.map((depot, index) => ({
      depotId: depot.id,
      depotName: depot.name,
      overdueSafetyMaintenance: overdue[index]?.length ?? 0,
    })),
    expiringCertificates: certificates.length,
    expiringWithinDays: EXPIRING_WITHIN_DAYS,
  };
}

async function requestFigures(deps: AppDeps, actor: Actor, groupBy: "operator" | "region") {
  const rows = await listServiceRequests(deps.db, actor, { status: "active", limit: LIST_MAX });
  const regionNames =
    groupBy === "region"
      ? new Map(
          (await deps.db.selectFrom("regions").select(["id", "name"]).execute()).map((r) => [
            r.id,
            r.name,
          ]),
        )
      : new Map<string, string>();
  const groups = new Map<string, Static<typeof RequestGroup>>();
  for (const row of rows) {
    const id = groupBy === "operator" ? row.operator_id : row.operator_region_id;
    const name =
      groupBy === "operator" ? row.operator_name : id ? (regionNames.get(id) ?? null) : null;
    const group = groups.get(id ?? "") ?? { id, name, active: 0, pastTarget: 0 };
    group.active += 1;
    if (row.response_overdue || row.resolution_overdue) group.pastTarget += 1;
    groups.set(id ?? "", group);
  }
  return {
    groupBy,
    groups: [...groups.values()].sort(
      (a, b) =>
        b.pastTarget - a.pastTarget ||
        b.active - a.active ||
        (a.name ?? "").localeCompare(b.name ?? ""),
    ),
  };
}

export async function homeFigures(deps: AppDeps, actor: Actor): Promise<THomeFigures> {
  const sections = homeSectionsFor(actor.roles);
  const { db } = deps;
  const has = (section: (typeof sections)[number]) => sections.includes(section);
  // The shift and fleet figures are both per depot of my organisation: read them once.
  const depots =
    has("shift") || has("fleet") ? await listDepots(db, actor, actor.organisation.id) : [];
  const [shift, workshop, fleet, requests] = await Promise.all([
    has("shift") ? shiftFigures(deps, actor, depots) : null,
    has("workshop")
      ? Promise.all([
          countWorkOrders(db, actor, { status: "open", blocking: true }),
          countDefects(db, actor, { status: "unresolved" }),
        ]).then(([blockingWorkOrders, defectsWaiting]) => ({ blockingWorkOrders, defectsWaiting }))
      : null,
    has("fleet") ? fleetFigures(deps, actor, depots) : null,
    has("requests")
      ? requestFigures(deps, actor, actor.organisation.kind === "hub" ? "operator" : "region")
      : null,
  ]);
  return { sections, shift, workshop, fleet, requests };
}

export const homeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const deps = app.deps;
  app.get(
    "/home",
    {
      schema: {
        operationId: "getHomeFigures",
        tags: ["home"],
        summary: "The figures my home page shows for my roles, each linking to its list",
        response: withErrors({ 200: HomeFigures }),
      },
    },
    (request) => homeFigures(deps, actorOf(request)),
  );
};
