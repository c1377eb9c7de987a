/**
 * Defects found at inspection. The DVIR chain of signatures (49 CFR 396.11/396.13,
 * DOMAIN.md §1): the driver reports, a mechanic certifies "repaired" or "no repair
 * needed", and the next driver reviews that before the vehicle's next shift.
 */
import { Type, type Static } from "typebox";
import { sql, type Selectable } from "kysely";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { SEVERITIES, faultOf, type TemplateItem } from "../../core/inspection-templates.js";
import { storedText, type TextLocale } from "../../core/server-text.js";
import type { Database } from "../../db/database.js";
import type { DefectEventTable, DefectTable } from "../../db/schema.js";
import {
  DEFECT_STATUSES,
  DEFECT_STEP_FROM,
  describeDefectRefusal,
  refuseDefectStep,
  type DefectFacts,
  type DefectStep,
} from "../../core/defect-states.js";
import {
  OPEN_WORK_ORDER_STATUSES,
  WORK_ORDER_STATUSES,
  type WorkOrderStatus,
} from "../../core/work-order-states.js";
import { vehicleToday } from "../fleet/vehicles.js";
import { conflict, invalid, localized, notFound } from "../../errors.js";
import { actorOf } from "../../server/context.js";
import { IdParams, Timestamp, Uuid, withErrors } from "../../server/schemas.js";
import { recordAudit } from "../audit/audit.js";
import type { Actor } from "../auth/actor.js";
import { enqueueForChain } from "../records/chain.js";
import { defectCompetencies, competencyList, missingCompetencies } from "../training/competence.js";
import { certificationOf, PhotoLink, photosOfDefects, type TPhotoLink } from "./evidence.js";

const DefectEvent = Type.Object({
  id: Uuid,
  kind: Type.Enum(["repair_started", "repaired", "no_repair_needed", "reviewed"]),
  byName: Type.String(),
  at: Timestamp,
  note: Type.Union([Type.String(), Type.Null()]),
});
export const Defect = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    vehicleId: Uuid,
    inspectionId: Type.Union([Uuid, Type.Null()]),
    itemKey: Type.String(),
    category: Type.String(),
    severity: Type.Enum([...SEVERITIES]),
    description: Type.String(),
    status: Type.Enum([...DEFECT_STATUSES]),
    openedAt: Timestamp,
    resolvedAt: Type.Union([Timestamp, Type.Null()]),
    reviewedAt: Type.Union([Timestamp, Type.Null()]),
    events: Type.Array(DefectEvent),
    photos: Type.Array(PhotoLink),
    repairNote: Type.Union([Type.String(), Type.Null()], {
      description:
        'What the mechanic did or found: the note of the latest "repaired" or "no repair needed"',
    }),
    repairedByName: Type.Union([Type.String(), Type.Null()], {
      description: "Who certified that",
    }),
    fault: Type.Union([Type.Object({ en: Type.String(), ru: Type.String() }), Type.Null()], {
      description: "The checklist item named as a fault, e.g. High-pressure gas line damaged",
    }),
    driverComment: Type.Union([Type.String(), Type.Null()], {
      description: "What the driver wrote about it",
    }),
    workOrder: Type.Union(
      [
        Type.Object({
          id: Uuid,
          number: Type.Integer(),
          status: Type.Enum([...WORK_ORDER_STATUSES]),
        }),
        Type.Null(),
      ],
      {
        description:
          "The defect's work order (not cancelled). While it is open, completing it is the only way to certify the defect. Null in an inspection's response",
      },
    ),
  },
  { $id: "Defect" },
);
const RepairRequest = Type.Object(
  {
    action: Type.Enum(["start", "repaired", "no_repair_needed"]),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
const ReviewRequest = Type.Object(
  { note: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);
const ListDefectsQuery = Type.Object(
  {
    vehicleId: Type.Optional(Uuid),
    depotId: Type.Optional(Uuid),
    status: Type.Optional(Type.Enum([...DEFECT_STATUSES, "unresolved"])),
    severity: Type.Optional(Type.Enum([...SEVERITIES])),
    limit: Type.Integer({ minimum: 1, maximum: 2000, default: 200 }),
  },
  { additionalProperties: false },
);

/** A defect's work order, as the defects page links to it. */
interface DefectWorkOrder {
  id: string;
  number: number;
  status: WorkOrderStatus;
}

/**
 * The latest work order of each defect that was not cancelled: while it is open, it is
 * the one way to certify the defect (core/defect-states.ts).
 */
async function workOrdersOfDefects(
  db: Database,
  defectIds: string[],
): Promise<Map<string, DefectWorkOrder>> {
  if (!defectIds.length) return new Map();
  const rows = await db
    .selectFrom("work_orders")
    .select(["id", "number", "status", "defect_id"])
    .where("defect_id", "in", defectIds)
    .where("status", "!=", "cancelled")
    .orderBy("opened_at")
    .execute();
  return new Map(
    rows.map((r) => [r.defect_id ?? "", { id: r.id, number: Number(r.number), status: r.status }]),
  );
}

/** The checklist item as the defect's inspection saw it (its version's wording), in SQL. */
export const defectItemSql = sql<TemplateItem | null>`(select x from jsonb_array_elements(i.results) r, jsonb_array_elements(t.items::jsonb) x
  where r->>'itemKey' = d.item_key and x->>'key' = d.item_key limit 1)`;
/** The driver's own words about the failed item, in SQL. */
export const driverCommentSql = sql<
  string | null
>`(select r->>'comment' from jsonb_array_elements(i.results) r
  where r->>'itemKey' = d.item_key limit 1)`;

/**
 * The item named as a fault: from the checklist version the driver used, else the
 * built-in wording of the same item (versions stored before items had one).
 */
export function faultOfDefect(row: {
  item: TemplateItem | null;
  item_key: string;
  template_key: string | null;
}): { en: string; ru: string } | null {
  return row.item?.fault ?? faultOf(row.item_key, row.template_key ?? undefined);
}

/** How defects read to a person: the item named as a fault, and the driver's words. */
interface DefectWording {
  fault: { en: string; ru: string } | null;
  driverComment: string | null;
}

async function wordingsOfDefects(
  db: Database,
  defectIds: string[],
): Promise<Map<string, DefectWording>> {
  if (!defectIds.length) return new Map();
  const rows = await db
    .selectFrom("defects as d")
    .leftJoin("inspections as i", "i.id", "d.inspection_id")
    .leftJoin("inspection_templates as t", "t.id", "i.template_id")
    .select([
      "d.id",
      "d.item_key",
      "t.key as template_key",
      defectItemSql.as("item"),
      driverCommentSql.as("driver_comment"),
    ])
    .where("d.id", "in", defectIds)
    .execute();
  return new Map(
    rows.map((r) => [r.id, { fault: faultOfDefect(r), driverComment: r.driver_comment }]),
  );
}

export const presentDefect = (
  row: Selectable<DefectTable>,
  events: Selectable<DefectEventTable>[],
  photos: TPhotoLink[],
  locale: TextLocale,
  workOrder: DefectWorkOrder | null = null,
  wording: DefectWording = { fault: null, driverComment: null },
): Static<typeof Defect> => ({
  id: row.id,
  organisationId: row.organisation_id,
  vehicleId: row.vehicle_id,
  inspectionId: row.inspection_id,
  itemKey: row.item_key,
  category: row.category,
  severity: row.severity,
  description: storedText(row.description, row.description_ru, locale),
  status: row.status,
  openedAt: row.opened_at.toISOString(),
  resolvedAt: row.resolved_at?.toISOString() ?? null,
  reviewedAt: row.reviewed_at?.toISOString() ?? null,
  events: events.map((e) => ({
    id: e.id,
    kind: e.kind,
    byName: e.by_name,
    at: e.at.toISOString(),
    note: e.note,
  })),
  photos,
  repairNote: certificationOf(events)?.note ?? null,
  repairedByName: certificationOf(events)?.by_name ?? null,
  workOrder,
  fault: wording.fault,
  driverComment: wording.driverComment,
});

type DefectFilters = Omit<Static<typeof ListDefectsQuery>, "limit">;

/** The defects a list shows, by its filters, in the actor's scope (unordered, unlimited). */
async function filteredDefects(db: Database, actor: Actor, query: DefectFilters) {
  const scope = await actor.scope();
  let q = db.selectFrom("defects as d").selectAll("d").where(scope.where("d.organisation_id"));
  if (query.vehicleId) q = q.where("d.vehicle_id", "=", query.vehicleId);
  if (query.depotId)
    q = q.where((eb) =>
      eb(
        "d.vehicle_id",
        "in",
        eb
          .selectFrom("vehicles as v")
          .select("v.id")
          .where("v.depot_id", "=", query.depotId ?? ""),
      ),
    );
  if (query.status === "unresolved") q = q.where("d.status", "in", ["open", "in_repair"]);
  else if (query.status) q = q.where("d.status", "=", query.status);
  if (query.severity) q = q.where("d.severity", "=", query.severity);
  return q;
}

/** How many defects the list with these filters holds (the home page's figure). */
export async function countDefects(db: Database, actor: Actor, query: DefectFilters) {
  const row = await db
    .selectFrom((await filteredDefects(db, actor, query)).as("x"))
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listDefects(
  db: Database,
  actor: Actor,
  query: Static<typeof ListDefectsQuery>,
) {
  const rows = await (
    await filteredDefects(db, actor, query)
  )
    .orderBy("d.opened_at", "desc")
    .limit(query.limit)
    .execute();
  const events = rows.length
    ? await db
        .selectFrom("defect_events")
        .selectAll()
        .where(
          "defect_id",
          "in",
          rows.map((r) => r.id),
        )
        .orderBy("at")
        .execute()
    : [];
  const photos = await photosOfDefects(db, rows);
  const ids = rows.map((r) => r.id);
  const [orders, wordings] = await Promise.all([
    workOrdersOfDefects(db, ids),
    wordingsOfDefects(db, ids),
  ]);
  return rows.map((row) =>
    presentDefect(
      row,
      events.filter((e) => e.defect_id === row.id),
      photos.get(row.id) ?? [],
      actor.locale,
      orders.get(row.id) ?? null,
      wordings.get(row.id),
    ),
  );
}

export async function getDefect(db: Database, actor: Actor, id: string) {
  const scope = await actor.scope();
  const row = await db
    .selectFrom("defects")
    .selectAll()
    .where("id", "=", id)
    .where(scope.where("organisation_id"))
    .executeTakeFirst();
  if (!row) throw notFound("defect");
  const events = await db
    .selectFrom("defect_events")
    .selectAll()
    .where("defect_id", "=", id)
    .orderBy("at")
    .execute();
  const photos = (await photosOfDefects(db, [row])).get(row.id) ?? [];
  const workOrder = (await workOrdersOfDefects(db, [row.id])).get(row.id) ?? null;
  const wording = (await wordingsOfDefects(db, [row.id])).get(row.id);
  return { row, events, photos, workOrder, wording };
}

/**
 * Records a defect event inside the caller's transaction: the defect's change, made only
 * if the defect is still in a status the step may start from (so of concurrent attempts
 * exactly one wins and the others get 409), then the event, its place in the record
 * chain and the audit entry. Work orders use it to certify the repair of a defect when
 * its order is completed.
 */
export async function recordDefectEvent(
  trx: Database,
  actor: Actor,
  defect: Pick<Selectable<DefectTable>, "id" | "organisation_id">,
  kind: Selectable<DefectEventTable>["kind"],
  note: string | null,
  change: Partial<Pick<Selectable<DefectTable>, "status" | "resolved_at" | "reviewed_at">>,
): Promise<void> {
  const step: DefectStep =
    kind === "repair_started" ? "start" : kind === "reviewed" ? "review" : kind;
  let update = trx
    .updateTable("defects")
    .set(change)
    .where("id", "=", defect.id)
    .where("status", "in", [...DEFECT_STEP_FROM[step]]);
  if (step === "review") update = update.where("reviewed_at", "is", null);
  const updated = await update.returningAll().executeTakeFirst();
  if (!updated) throw conflict("id", { key: "defect.changedMeanwhile" });
  const event = await trx
    .insertInto("defect_events")
    .values({
      organisation_id: defect.organisation_id,
      defect_id: defect.id,
      kind,
      by_user_id: actor.userId,
      by_name: actor.userName ?? actor.label,
      at: new Date(),
      note,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  // The defect's new state is chained too: it is what the release gate reads.
  await enqueueForChain(trx, [
    { kind: "defect", row: updated },
    { kind: "defect_event", row: event },
  ]);
  await recordAudit(trx, actor, {
    action: kind,
    entity: "defect",
    entityId: defect.id,
    organisationId: defect.organisation_id,
    details: { note },
  });
}

/** What the defect rules (core/defect-states.ts) need to know about a defect. */
async function defectFacts(
  db: Database,
  row: Selectable<DefectTable>,
  events: Selectable<DefectEventTable>[],
): Promise<DefectFacts> {
  const order = await db
    .selectFrom("work_orders")
    .select("number")
    .where("defect_id", "=", row.id)
    .where("status", "in", [...OPEN_WORK_ORDER_STATUSES])
    .executeTakeFirst();
  const certification = events
    .filter((e) => e.kind === "repaired" || e.kind === "no_repair_needed")
    .at(-1);
  return {
    status: row.status,
    reviewed: row.reviewed_at !== null,
    openWorkOrderNumber: order ? Number(order.number) : null,
    certifiedBy: certification?.by_user_id ?? null,
  };
}

/** Refuses the step with the rule's own words, naming each missing competency. */
async function assertDefectStep(
  db: Database,
  actor: Actor,
  row: Selectable<DefectTable>,
  events: Selectable<DefectEventTable>[],
  step: DefectStep,
): Promise<void> {
  const facts = await defectFacts(db, row, events);
  const certifying = step === "repaired" || step === "no_repair_needed";
  const missing =
    certifying && actor.userId
      ? await missingCompetencies(
          db,
          actor.userId,
          await defectCompetencies(db, row),
          await vehicleToday(db, row.vehicle_id),
        )
      : [];
  const refusal = refuseDefectStep(facts, step, {
    userId: actor.userId,
    permissions: actor.permissions,
    missingCompetencies: missing,
  });
  if (!refusal) return;
  switch (refusal.code) {
    case "NO_PERMISSION":
    case "NOT_A_PERSON":
    case "OWN_REPAIR":
      throw localized(
        "FORBIDDEN",
        { ...describeDefectRefusal(refusal), fieldless: true },
        refusal.field,
      );
    case "NOT_CERTIFIED":
      throw localized(
        "FORBIDDEN",
        {
          key: "competence.missingDefect",
          params: { competencies: await competencyList(db, refusal.missing) },
        },
        "competencies",
        refusal.missing.map((key) => ({ field: "competencies", message: key })),
      );
    default:
      throw conflict(refusal.field, describeDefectRefusal(refusal));
  }
}

/**
 * A mechanic starts a repair, or certifies it repaired or not needing repair. Certifying
 * needs a certificate for every competency of the defect's category; a defect with an
 * open work order is certified by completing that order instead.
 */
export async function repairDefect(
  db: Database,
  actor: Actor,
  id: string,
  input: Static<typeof RepairRequest>,
) {
  const { row, events } = await getDefect(db, actor, id);
  const step: DefectStep = input.action;
  await assertDefectStep(db, actor, row, events, step);
  const note = input.note?.trim() || null;
  if (step !== "start" && !note)
    throw invalid("note", { key: "defect.noteRequired", params: { defectStatus: step } });
  await db.transaction().execute(async (trx) => {
    if (step === "start")
      await recordDefectEvent(trx, actor, row, "repair_started", note, { status: "in_repair" });
    else
      await recordDefectEvent(trx, actor, row, step, note, {
        status: step,
        resolved_at: new Date(),
      });
  });
  const after = await getDefect(db, actor, id);
  return presentDefect(
    after.row,
    after.events,
    after.photos,
    actor.locale,
    after.workOrder,
    after.wording,
  );
}

/**
 * The next driver reviews the mechanic's certification before the vehicle's next shift;
 * never the person who certified it.
 */
export async function reviewDefect(
  db: Database,
  actor: Actor,
  id: string,
  note: string | undefined,
) {
  const { row, events } = await getDefect(db, actor, id);
  await assertDefectStep(db, actor, row, events, "review");
  await db.transaction().execute(async (trx) => {
    await recordDefectEvent(trx, actor, row, "reviewed", note?.trim() || null, {
      reviewed_at: new Date(),
    });
  });
  const after = await getDefect(db, actor, id);
  return presentDefect(
    after.row,
    after.events,
    after.photos,
    actor.locale,
    after.workOrder,
    after.wording,
  );
}

export const defectRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps;
  const tags = ["defects"];
  app.get(
    "/defects",
    {
      schema: {
        operationId: "listDefects",
        tags,
        summary: "Defects, newest first (status=unresolved for open and in repair)",
        querystring: ListDefectsQuery,
        response: withErrors({ 200: Type.Array(Defect) }),
      },
    },
    (request) => listDefects(db, actorOf(request), request.query),
  );
  app.get(
    "/defects/:id",
    {
      schema: {
        operationId: "getDefect",
        summary: "One defect I may see",
        tags,
        params: IdParams,
        response: withErrors({ 200: Defect }),
      },
    },
    async (request) => {
      const found = await getDefect(db, actorOf(request), request.params.id);
      return presentDefect(
        found.row,
        found.events,
        found.photos,
        actorOf(request).locale,
        found.workOrder,
        found.wording,
      );
    },
  );
  app.post(
    "/defects/:id/repair",
    {
      schema: {
        operationId: "recordDefectRepair",
        tags,
        summary: "Mechanic: start a repair, or certify repaired / no repair needed",
        params: IdParams,
        body: RepairRequest,
        response: withErrors({ 200: Defect }),
      },
    },
    (request) => repairDefect(db, actorOf(request), request.params.id, request.body),
  );
  app.post(
    "/defects/:id/review",
    {
      schema: {
        operationId: "reviewDefectRepair",
        tags,
        summary: "Next driver: review the certified repair before the shift",
        params: IdParams,
        body: ReviewRequest,
        response: withErrors({ 200: Defect }),
      },
    },
    (request) => reviewDefect(db, actorOf(request), request.params.id, request.body.note),
  );
};
