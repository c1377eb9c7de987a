import { Type, type Static } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { POWERTRAINS, VEHICLE_TYPES } from "../../core/fleet.js";
import {
  BUILT_IN_TEMPLATES,
  type BuiltInTemplateItem,
  SEVERITIES,
  type TemplateDefinition,
  type TemplateItem,
} from "../../core/inspection-templates.js";
import { canonicalJson } from "../../core/record-chain.js";
import type { Database } from "../../db/database.js";
import { invalid, notFound } from "../../errors.js";
import { actorOf } from "../../server/context.js";
import { IdParams, Timestamp, Uuid, withErrors } from "../../server/schemas.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";

const Label = Type.Object(
  {
    en: Type.String({ minLength: 1, maxLength: 300 }),
    ru: Type.String({ minLength: 1, maxLength: 300 }),
  },
  { additionalProperties: false },
);
export const TemplateItemSchema = Type.Object(
  {
    key: Type.String({ pattern: "^[a-z0-9_]{1,60}$" }),
    category: Type.String({ minLength: 1, maxLength: 60 }),
    label: Label,
    severity: Type.Enum([...SEVERITIES]),
    failNeedsComment: Type.Boolean(),
    failNeedsPhoto: Type.Boolean(),
    powertrains: Type.Array(Type.Enum([...POWERTRAINS]), { uniqueItems: true }),
    // Built-in items name their failure ("Gas smell at the cylinders…"); a copy keeps it.
    fault: Type.Optional(Label),
    forbidsOperation: Type.Optional(
      Type.Boolean({
        description:
          "A failure forbids operation (Government decree No. 837 of 2023): the vehicle is held and no one may release it. Absent: false",
      }),
    ),
    competencies: Type.Optional(
      Type.Array(Type.String({ pattern: "^[a-z0-9_]{1,60}$" }), {
        uniqueItems: true,
        maxItems: 20,
        description:
          "Competencies signing off the repair of this item's defect needs; absent: those of its category",
      }),
    ),
    measurement: Type.Optional(
      Type.Enum(["tyre_tread_mm"], {
        description:
          "The driver enters a measured value with the answer: tyre_tread_mm, the shallowest tread depth in mm and the tyres fitted",
      }),
    ),
    vehicleTypes: Type.Optional(
      Type.Array(Type.Enum([...VEHICLE_TYPES]), {
        uniqueItems: true,
        description: "The vehicle types the item applies to; absent or empty: all",
      }),
    ),
  },
  { additionalProperties: false },
);
export const InspectionTemplate = Type.Object(
  {
    id: Uuid,
    organisationId: Type.Union([Uuid, Type.Null()]),
    builtIn: Type.Boolean(),
    key: Type.String(),
    version: Type.Integer(),
    name: Label,
    vehicleTypes: Type.Array(Type.Enum([...VEHICLE_TYPES])),
    items: Type.Array(TemplateItemSchema),
    basedOnId: Type.Union([Uuid, Type.Null()]),
    createdAt: Timestamp,
  },
  { $id: "InspectionTemplate" },
);
const CopyTemplate = Type.Object(
  {
    basedOnId: Uuid,
    organisationId: Uuid,
    key: Type.Optional(Type.String({ pattern: "^[a-z0-9-]{1,60}$" })),
  },
  { additionalProperties: false },
);
const NewVersion = Type.Object(
  {
    name: Type.Optional(Label),
    vehicleTypes: Type.Optional(
      Type.Array(Type.Enum([...VEHICLE_TYPES]), { minItems: 1, uniqueItems: true }),
    ),
    items: Type.Array(TemplateItemSchema, { minItems: 1, maxItems: 200 }),
  },
  { additionalProperties: false },
);
const ListTemplatesQuery = Type.Object(
  { latestOnly: Type.Boolean({ default: true }) },
  { additionalProperties: false },
);

type TemplateRow = {
  id: string;
  organisation_id: string | null;
  key: string;
  version: number;
  name_en: string;
  name_ru: string;
  vehicle_types: string[];
  items: TemplateItem[];
  based_on_id: string | null;
  created_at: Date;
};
export const presentTemplate = (row: TemplateRow): Static<typeof InspectionTemplate> => ({
  id: row.id,
  organisationId: row.organisation_id,
  builtIn: row.organisation_id === null,
  key: row.key,
  version: row.version,
  name: { en: row.name_en, ru: row.name_ru },
  vehicleTypes: row.vehicle_types as Static<typeof InspectionTemplate>["vehicleTypes"],
  items: row.items,
  basedOnId: row.based_on_id,
  createdAt: row.created_at.toISOString(),
});

function storedItem(item: BuiltInTemplateItem): TemplateItem {
  const stored: TemplateItem & { source?: string } = { ...item };
  delete stored.source;
  return stored;
}

/**
 * Keeps the built-in templates in the database in step with the code: a changed
 * definition becomes a new version, so earlier inspections keep the version they used.
 */
export async function syncBuiltInTemplates(
  db: Database,
  definitions: TemplateDefinition[] = BUILT_IN_TEMPLATES,
): Promise<void> {
  for (const definition of definitions) {
    // The source citation documents the code (docs/built-in-content.md); a stored version
    // is what a checklist asks, so it stays out, and adding it made no new versions.
    const items = definition.items.map(storedItem);
    const latest = await db
      .selectFrom("inspection_templates")
      .selectAll()
      .where("organisation_id", "is", null)
      .where("key", "=", definition.key)
      .orderBy("version", "desc")
      .limit(1)
      .executeTakeFirst();
    const same =
      latest &&
      canonicalJson(latest.items) === canonicalJson(items) &&
      latest.name_en === definition.name.en &&
      latest.name_ru === definition.name.ru &&
      canonicalJson(latest.vehicle_types) === canonicalJson(definition.vehicleTypes);
    if (same) continue;
    await db
      .insertInto("inspection_templates")
      .values({
        organisation_id: null,
        key: definition.key,
        version: (latest?.version ?? 0) + 1,
        name_en: definition.name.en,
        name_ru: definition.name.ru,
        vehicle_types: definition.vehicleTypes,
        items: JSON.stringify(items),
        based_on_id: latest?.id ?? null,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

async function visibleTemplates(db: Database, actor: Actor) {
  const scope = await actor.scope();
  return db
    .selectFrom("inspection_templates")
    .selectAll()
    .where((eb) => eb.or([eb("organisation_id", "is", null), scope.where("organisation_id")]));
}

type TemplateRecord = Awaited<
  ReturnType<Awaited<ReturnType<typeof visibleTemplates>>["executeTakeFirstOrThrow"]>
>;
/**
 * Template versions never change once stored (no UPDATE or DELETE of inspection_templates
 * exists: an edit is a new version), so a version read once is kept (a few hundred at
 * most). That also makes it right with several processes: no other process can make a kept
 * version stale, so nothing needs invalidating; visibility is still checked per request.
 * A change that updates or deletes versions must drop this cache.
 */
const versionCache = new Map<string, TemplateRecord>();
const VERSION_CACHE_SIZE = 500;

export async function getTemplate(db: Database, actor: Actor, id: string) {
  const cached = versionCache.get(id);
  if (cached) {
    if (cached.organisation_id === null || (await actor.scope()).includes(cached.organisation_id))
      return cached;
    throw notFound("inspection template");
  }
  const row = await (await visibleTemplates(db, actor)).where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound("inspection template");
  if (versionCache.size >= VERSION_CACHE_SIZE) versionCache.clear();
  versionCache.set(id, row);
  return row;
}

export async function listTemplates(db: Database, actor: Actor, latestOnly: boolean) {
  const rows = await (
    await visibleTemplates(db, actor)
  )
    .orderBy("key")
    .orderBy("version", "desc")
    .execute();
  if (!latestOnly) return rows;
  const seen = new Set<string>();
  return rows.filter((row) => {
    const id = `${row.organisation_id ?? "builtin"}/${row.key}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function checkItems(items: TemplateItem[]) {
  const keys = new Set<string>();
  for (const [index, item] of items.entries()) {
    if (keys.has(item.key))
      throw invalid(`items.${index}.key`, { key: "template.keyTwice", params: { key: item.key } });
    keys.add(item.key);
    if (item.severity === "critical" && !item.failNeedsComment) {
      throw invalid(`items.${index}.failNeedsComment`, { key: "template.criticalComment" });
    }
  }
}

/** Every competency an item names must exist, or no one could ever sign its repair off. */
async function checkItemCompetencies(db: Database, items: TemplateItem[]) {
  const named = [...new Set(items.flatMap((i) => i.competencies ?? []))];
  if (!named.length) return;
  const known = new Set(
    (await db.selectFrom("competencies").select("key").where("key", "in", named).execute()).map(
      (r) => r.key,
    ),
  );
  for (const [index, item] of items.entries())
    for (const [position, key] of (item.competencies ?? []).entries())
      if (!known.has(key))
        throw invalid(`items.${index}.competencies.${position}`, {
          key: "template.notCompetency",
          params: { key },
        });
}

/** An organisation copies a template (built-in or its own) to adapt it: version 1 of its own key. */
async function copyTemplate(db: Database, actor: Actor, input: Static<typeof CopyTemplate>) {
  requirePermission(actor, "templates.write");
  const scope = await actor.scope();
  if (!scope.includes(input.organisationId))
    throw invalid("organisationId", { key: "validation.noSuch", params: { what: "organisation" } });
  const source = await getTemplate(db, actor, input.basedOnId);
  const key = input.key ?? source.key;
  const latest = await db
    .selectFrom("inspection_templates")
    .select("version")
    .where("organisation_id", "=", input.organisationId)
    .where("key", "=", key)
    .orderBy("version", "desc")
    .executeTakeFirst();
  const row = await db.transaction().execute(async (trx) => {
    const created = await trx
      .insertInto("inspection_templates")
      .values({
        organisation_id: input.organisationId,
        key,
        version: (latest?.version ?? 0) + 1,
        name_en: source.name_en,
        name_ru: source.name_ru,
        vehicle_types: source.vehicle_types,
        items: JSON.stringify(source.items),
        based_on_id: source.id,
        created_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "create",
      entity: "inspection_template",
      entityId: created.id,
      organisationId: input.organisationId,
      details: { basedOn: source.id, key },
    });
    return created;
  });
  return presentTemplate(row);
}

/** A change never edits a version: it makes the next one. */
async function addVersion(
  db: Database,
  actor: Actor,
  id: string,
  input: Static<typeof NewVersion>,
) {
  const source = await getTemplate(db, actor, id);
  requirePermission(actor, "templates.write");
  if (source.organisation_id === null) throw invalid("id", { key: "template.builtIn" });
  checkItems(input.items);
  await checkItemCompetencies(db, input.items);
  const latest = await db
    .selectFrom("inspection_templates")
    .select("version")
    .where("organisation_id", "=", source.organisation_id)
    .where("key", "=", source.key)
    .orderBy("version", "desc")
    .executeTakeFirstOrThrow();
  const row = await db.transaction().execute(async (trx) => {
    const created = await trx
      .insertInto("inspection_templates")
      .values({
        organisation_id: source.organisation_id,
        key: source.key,
        version: latest.version + 1,
        name_en: input.name?.en ?? source.name_en,
        name_ru: input.name?.ru ?? source.name_ru,
        vehicle_types: input.vehicleTypes ?? source.vehicle_types,
        items: JSON.stringify(input.items),
        based_on_id: source.id,
        created_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "create",
      entity: "inspection_template",
      entityId: created.id,
      organisationId: source.organisation_id,
      details: { key: source.key, version: created.version },
    });
    return created;
  });
  return presentTemplate(row);
}

export const templateRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps;
  const tags = ["inspections"];
  app.get(
    "/inspection-templates",
    {
      schema: {
        operationId: "listInspectionTemplates",
        tags,
        summary: "Checklists: built-in and my organisations' own",
        querystring: ListTemplatesQuery,
        response: withErrors({ 200: Type.Array(InspectionTemplate) }),
      },
    },
    async (request) =>
      (await listTemplates(db, actorOf(request), request.query.latestOnly)).map(presentTemplate),
  );
  app.get(
    "/inspection-templates/:id",
    {
      schema: {
        operationId: "getInspectionTemplate",
        summary: "One checklist template I may see",
        tags,
        params: IdParams,
        response: withErrors({ 200: InspectionTemplate }),
      },
    },
    async (request) => presentTemplate(await getTemplate(db, actorOf(request), request.params.id)),
  );
  app.post(
    "/inspection-templates",
    {
      schema: {
        operationId: "copyInspectionTemplate",
        tags,
        summary: "Copy a template into an organisation to adapt it",
        body: CopyTemplate,
        response: withErrors({ 201: InspectionTemplate }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await copyTemplate(db, actorOf(request), request.body)),
  );
  app.post(
    "/inspection-templates/:id/versions",
    {
      schema: {
        operationId: "createInspectionTemplateVersion",
        tags,
        summary: "Change a template: makes its next version",
        params: IdParams,
        body: NewVersion,
        response: withErrors({ 201: InspectionTemplate }),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addVersion(db, actorOf(request), request.params.id, request.body)),
  );
};
