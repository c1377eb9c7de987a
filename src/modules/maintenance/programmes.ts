/**
 * Maintenance programmes and their tasks (DOMAIN.md §3). The built-in programmes
 * (core/maintenance-programmes.ts) are read-only; an organisation copies one to change
 * its intervals, and its copy (same key) then replaces the built-in for its vehicles.
 */
import { sql, type Selectable } from "kysely";
import { Type, type Static } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { LENGTH_CLASSES, POWERTRAINS, VEHICLE_TYPES } from "../../core/fleet.js";
import type { Database } from "../../db/database.js";
import { isUniqueViolation } from "../../db/errors.js";
import {
  SCHEDULE_KINDS,
  type MaintenanceProgrammeTable,
  type MaintenanceTaskTable,
} from "../../db/maintenance-schema.js";
import { conflict, invalid, notFound } from "../../errors.js";
import { actorOf } from "../../server/context.js";
import { Uuid, withErrors } from "../../server/schemas.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import { assertWritableOrganisation } from "../fleet/vehicles.js";
import { assertOrganisationInScope } from "./organisation.js";

/** Sane upper bounds: no real interval is longer (10 years; NGV2 asks every 36 months). */
export const MAX_INTERVAL = { km: 1_000_000, hours: 50_000, days: 3_650 } as const;

const Key = Type.String({
  pattern: "^[a-z0-9][a-z0-9_-]*$",
  minLength: 1,
  maxLength: 60,
  description: "Lower-case letters, digits, - and _",
});
const LocalName = Type.Object(
  {
    en: Type.String({ minLength: 1, maxLength: 200 }),
    ru: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const unique = { uniqueItems: true, maxItems: 50 };
const AppliesTo = {
  vehicleTypes: Type.Array(Type.Enum([...VEHICLE_TYPES]), unique),
  powertrains: Type.Array(Type.Enum([...POWERTRAINS]), unique),
  lengthClasses: Type.Array(Type.Enum([...LENGTH_CLASSES]), unique),
  modelIds: Type.Array(Uuid, { ...unique, maxItems: 500 }),
};

export const MaintenanceTask = Type.Object(
  {
    id: Uuid,
    key: Type.String(),
    name: Type.Object({ en: Type.String(), ru: Type.String() }),
    intervalKm: Nullable(Type.Number()),
    intervalHours: Nullable(Type.Number()),
    intervalDays: Nullable(Type.Integer()),
    dueSoonKm: Nullable(Type.Number()),
    dueSoonHours: Nullable(Type.Number()),
    dueSoonDays: Nullable(Type.Integer()),
    schedule: Type.Enum([...SCHEDULE_KINDS]),
    safetyCritical: Type.Boolean(),
    competencies: Type.Array(Type.String()),
    includes: Type.Array(Type.String(), {
      description: "Keys of this programme's tasks it includes: doing it resets theirs",
    }),
    recordedBy: Nullable(
      Type.Literal("shift_check", {
        description:
          "shift_check: the shift's pre-shift check or pre-trip control is its record (the daily service, ЕО)",
      }),
    ),
  },
  { $id: "MaintenanceTask" },
);
/**
 * How far past its due point, as a percent of each interval, a task may still be done on
 * time: shown "due" and not holding the vehicle until then. The tractor standard allows
 * ±10 % (DOMAIN.md §3); for road vehicles no figure was verified, so built-ins give 0.
 */
const TolerancePercent = Type.Number({
  minimum: 0,
  maximum: 50,
  description: "Percent of each interval past the due point before the task is overdue",
});
export const MaintenanceProgramme = Type.Object(
  {
    id: Uuid,
    organisationId: Nullable(Uuid),
    builtIn: Type.Boolean(),
    key: Type.String(),
    name: Type.Object({ en: Type.String(), ru: Type.String() }),
    vehicleTypes: Type.Array(Type.String()),
    powertrains: Type.Array(Type.String()),
    lengthClasses: Type.Array(Type.String()),
    modelIds: Type.Array(Uuid),
    basedOnId: Nullable(Uuid),
    makers: Type.Array(Type.String(), { description: "A maker's own programme; empty: any" }),
    replaces: Nullable(
      Type.String({ description: "The generic programme this maker's one stands in for" }),
    ),
    tolerancePercent: TolerancePercent,
    active: Type.Boolean(),
    tasks: Type.Array(MaintenanceTask),
  },
  { $id: "MaintenanceProgramme" },
);

const CreateProgramme = Type.Object(
  {
    organisationId: Uuid,
    basedOnId: Type.Optional(Uuid),
    key: Type.Optional(Key),
    name: Type.Optional(LocalName),
    vehicleTypes: Type.Optional(AppliesTo.vehicleTypes),
    powertrains: Type.Optional(AppliesTo.powertrains),
    lengthClasses: Type.Optional(AppliesTo.lengthClasses),
    modelIds: Type.Optional(AppliesTo.modelIds),
    tolerancePercent: Type.Optional(TolerancePercent),
  },
  {
    additionalProperties: false,
    description:
      "Either basedOnId (copy a programme with its tasks, key kept) or key and name (a new one); " +
      "the applies-to lists may be given with either. An empty list means any.",
  },
);
const UpdateProgramme = Type.Object(
  {
    name: Type.Optional(LocalName),
    vehicleTypes: Type.Optional(AppliesTo.vehicleTypes),
    powertrains: Type.Optional(AppliesTo.powertrains),
    lengthClasses: Type.Optional(AppliesTo.lengthClasses),
    modelIds: Type.Optional(AppliesTo.modelIds),
    tolerancePercent: Type.Optional(TolerancePercent),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
const TaskFields = {
  name: LocalName,
  intervalKm: Nullable(Type.Number({ exclusiveMinimum: 0, maximum: MAX_INTERVAL.km })),
  intervalHours: Nullable(Type.Number({ exclusiveMinimum: 0, maximum: MAX_INTERVAL.hours })),
  intervalDays: Nullable(Type.Integer({ minimum: 1, maximum: MAX_INTERVAL.days })),
  dueSoonKm: Nullable(Type.Number({ minimum: 0, maximum: MAX_INTERVAL.km })),
  dueSoonHours: Nullable(Type.Number({ minimum: 0, maximum: MAX_INTERVAL.hours })),
  dueSoonDays: Nullable(Type.Integer({ minimum: 0, maximum: MAX_INTERVAL.days })),
  schedule: Type.Enum([...SCHEDULE_KINDS], {
    description: "fixed: next due from the plan; floating: from the actual completion",
  }),
  safetyCritical: Type.Boolean({ description: "Overdue holds the vehicle at the release gate" }),
  competencies: Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 20 }),
};
const CreateTask = Type.Object(
  {
    key: Key,
    name: TaskFields.name,
    intervalKm: Type.Optional(TaskFields.intervalKm),
    intervalHours: Type.Optional(TaskFields.intervalHours),
    intervalDays: Type.Optional(TaskFields.intervalDays),
    dueSoonKm: Type.Optional(TaskFields.dueSoonKm),
    dueSoonHours: Type.Optional(TaskFields.dueSoonHours),
    dueSoonDays: Type.Optional(TaskFields.dueSoonDays),
    schedule: Type.Optional(TaskFields.schedule),
    safetyCritical: Type.Optional(TaskFields.safetyCritical),
    competencies: Type.Optional(TaskFields.competencies),
  },
  {
    additionalProperties: false,
    description:
      "Due at whichever interval comes first (at least one); a due-soon window per interval, " +
      "smaller than it. Defaults: floating, not safety-critical, no competencies.",
  },
);
const UpdateTask = Type.Partial(Type.Object(TaskFields), {
  additionalProperties: false,
  minProperties: 1,
  description: "null removes an interval or a due-soon window",
});
const ListProgrammesQuery = Type.Object(
  {
    organisationId: Type.Optional(
      Type.String({
        format: "uuid",
        description:
          "The programmes in effect for this organisation: its own active ones and the built-ins it has not copied",
      }),
    ),
  },
  { additionalProperties: false },
);
const ProgrammeParams = Type.Object({ id: Uuid }, { additionalProperties: false });
const TaskParams = Type.Object({ id: Uuid, taskId: Uuid }, { additionalProperties: false });

type ProgrammeRow = Selectable<MaintenanceProgrammeTable>;
type TaskRow = Selectable<MaintenanceTaskTable>;
type TaskInput = Static<typeof CreateTask>;

const presentTask = (row: TaskRow): Static<typeof MaintenanceTask> => ({
  id: row.id,
  key: row.key,
  name: { en: row.name_en, ru: row.name_ru },
  intervalKm: row.interval_km === null ? null : Number(row.interval_km),
  intervalHours: row.interval_hours === null ? null : Number(row.interval_hours),
  intervalDays: row.interval_days,
  dueSoonKm: row.due_soon_km === null ? null : Number(row.due_soon_km),
  dueSoonHours: row.due_soon_hours === null ? null : Number(row.due_soon_hours),
  dueSoonDays: row.due_soon_days,
  schedule: row.schedule,
  safetyCritical: row.safety_critical,
  competencies: row.competency_keys,
  includes: row.includes,
  recordedBy: row.recorded_by,
});

export const presentProgramme = (
  row: ProgrammeRow,
  tasks: TaskRow[],
): Static<typeof MaintenanceProgramme> => ({
  id: row.id,
  organisationId: row.organisation_id,
  builtIn: row.organisation_id === null,
  key: row.key,
  name: { en: row.name_en, ru: row.name_ru },
  vehicleTypes: row.vehicle_types,
  powertrains: row.powertrains,
  lengthClasses: row.length_classes,
  modelIds: row.model_ids,
  basedOnId: row.based_on_id,
  makers: row.makers,
  replaces: row.replaces,
  tolerancePercent: Number(row.tolerance_percent),
  active: row.active,
  tasks: tasks.map(presentTask),
});

async function withTasks(db: Database, rows: ProgrammeRow[]) {
  const tasks = rows.length
    ? await db
        .selectFrom("maintenance_tasks")
        .selectAll()
        .where(
          "programme_id",
          "in",
          rows.map((r) => r.id),
        )
        .orderBy("position")
        .orderBy("key")
        .execute()
    : [];
  return rows.map((row) =>
    presentProgramme(
      row,
      tasks.filter((task) => task.programme_id === row.id),
    ),
  );
}

/**
 * The programmes in effect for an organisation's vehicles: its own active ones, and the
 * built-ins whose key it has no programme of its own for (a copy, even one switched off,
 * replaces the built-in). due.ts applies the same rule in SQL for many organisations.
 */
export function effectiveProgrammes(db: Database, organisationId: string) {
  return db
    .selectFrom("maintenance_programmes as p")
    .selectAll("p")
    .where((eb) =>
      eb.or([
        eb.and([eb("p.organisation_id", "=", organisationId), eb("p.active", "=", true)]),
        eb.and([
          eb("p.organisation_id", "is", null),
          eb("p.active", "=", true),
          eb.not(
            eb.exists(
              eb
                .selectFrom("maintenance_programmes as own")
                .select(sql`1`.as("one"))
                .where("own.organisation_id", "=", organisationId)
                .whereRef("own.key", "=", "p.key"),
            ),
          ),
        ]),
      ]),
    );
}

/** Whether a programme applies to a vehicle model (an empty list means any). */
export function appliesToModel(
  programme: Pick<ProgrammeRow, "vehicle_types" | "powertrains" | "length_classes" | "model_ids">,
  model: { id: string; vehicle_type: string; powertrain: string; length_class: string },
): boolean {
  const fits = (list: string[], value: string) => list.length === 0 || list.includes(value);
  return (
    fits(programme.vehicle_types, model.vehicle_type) &&
    fits(programme.powertrains, model.powertrain) &&
    fits(programme.length_classes, model.length_class) &&
    fits(programme.model_ids, model.id)
  );
}

/**
 * The built-ins and the programmes of the organisations in scope; or, for one
 * organisation, the programmes in effect for its vehicles.
 */
export async function listProgrammes(db: Database, actor: Actor, organisationId?: string) {
  const scope = await actor.scope();
  let query;
  if (organisationId) {
    await assertOrganisationInScope(db, scope, organisationId);
    query = effectiveProgrammes(db, organisationId);
  } else {
    query = db
      .selectFrom("maintenance_programmes as p")
      .selectAll("p")
      .where((eb) =>
        eb.or([eb("p.organisation_id", "is", null), scope.where("p.organisation_id")]),
      );
  }
  const rows = await query
    .orderBy(sql`p.organisation_id is not null`)
    .orderBy("p.key")
    .orderBy("p.organisation_id")
    .execute();
  return withTasks(db, rows);
}

/** A programme the actor may see (built-in or of an organisation in scope); 404 otherwise. */
async function findProgramme(db: Database, actor: Actor, id: string): Promise<ProgrammeRow> {
  const scope = await actor.scope();
  const row = await db
    .selectFrom("maintenance_programmes as p")
    .selectAll()
    .where("p.id", "=", id)
    .where((eb) => eb.or([eb("p.organisation_id", "is", null), scope.where("p.organisation_id")]))
    .executeTakeFirst();
  if (!row) throw notFound("maintenance programme");
  return row;
}

export async function getProgramme(db: Database, actor: Actor, id: string) {
  const [programme] = await withTasks(db, [await findProgramme(db, actor, id)]);
  if (!programme) throw notFound("maintenance programme");
  return programme;
}

/** A programme the actor may change: their organisation's own, never a built-in. */
async function editableProgramme(db: Database, actor: Actor, id: string) {
  const row = await findProgramme(db, actor, id);
  requirePermission(actor, "maintenance.plan");
  if (row.organisation_id === null) {
    throw invalid("id", { key: "maintenance.builtInProgramme", params: { key: row.key } });
  }
  return { ...row, organisation_id: row.organisation_id };
}

async function assertModelsExist(db: Database, modelIds: readonly string[] | undefined) {
  if (!modelIds?.length) return;
  const found = await db
    .selectFrom("vehicle_models")
    .select("id")
    .where("id", "in", [...modelIds])
    .execute();
  const known = new Set(found.map((row) => row.id));
  const index = modelIds.findIndex((id) => !known.has(id));
  if (index >= 0) throw invalid(`modelIds.${index}`, { key: "maintenance.noModel" });
}

function duplicateKey(key: string): Error {
  return conflict("key", { key: "maintenance.programmeTaken", params: { key } });
}

async function createProgramme(db: Database, actor: Actor, input: Static<typeof CreateProgramme>) {
  requirePermission(actor, "maintenance.plan");
  await assertWritableOrganisation(db, await actor.scope(), input.organisationId);
  const source = input.basedOnId ? await findProgramme(db, actor, input.basedOnId) : null;
  if (source && input.key !== undefined && input.key !== source.key)
    throw invalid("key", { key: "maintenance.copyKeepsKey", params: { key: source.key } });
  const key = source?.key ?? input.key;
  if (!key) throw invalid("key", { key: "maintenance.keyRequired" });
  const name = input.name ?? (source ? { en: source.name_en, ru: source.name_ru } : undefined);
  if (!name) throw invalid("name", { key: "maintenance.nameRequired" });
  await assertModelsExist(db, input.modelIds);
  const taken = await db
    .selectFrom("maintenance_programmes")
    .select("id")
    .where("organisation_id", "=", input.organisationId)
    .where("key", "=", key)
    .executeTakeFirst();
  if (taken) throw duplicateKey(key);
  try {
    const id = await db.transaction().execute(async (trx) => {
      const created = await trx
        .insertInto("maintenance_programmes")
        .values({
          organisation_id: input.organisationId,
          key,
          name_en: name.en,
          name_ru: name.ru,
          vehicle_types: input.vehicleTypes ?? source?.vehicle_types ?? [],
          powertrains: input.powertrains ?? source?.powertrains ?? [],
          length_classes: input.lengthClasses ?? source?.length_classes ?? [],
          model_ids: input.modelIds ?? source?.model_ids ?? [],
          makers: source?.makers ?? [],
          replaces: source?.replaces ?? null,
          tolerance_percent: input.tolerancePercent ?? source?.tolerance_percent ?? 0,
          based_on_id: source?.id ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      if (source) {
        // The copy takes the source's tasks as they are now, in one statement.
        await copyTasks(trx, source.id, created.id);
      }
      await recordAudit(trx, actor, {
        action: "create",
        entity: "maintenance_programme",
        entityId: created.id,
        organisationId: input.organisationId,
        details: { key, basedOnId: source?.id ?? null },
      });
      return created.id;
    });
    return await getProgramme(db, actor, id);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateKey(key);
    throw error;
  }
}

/** Copies every task of programme `from` into programme `to`, as they are now, in one statement. */
async function copyTasks(trx: Database, from: string, to: string): Promise<void> {
  await sql`
    insert into maintenance_tasks (programme_id, key, name_en, name_ru, interval_km,
      interval_hours, interval_days, due_soon_km, due_soon_hours, due_soon_days,
      schedule, safety_critical, competency_keys, position, includes, recorded_by)
    select ${to}, key, name_en, name_ru, interval_km, interval_hours,
      interval_days, due_soon_km, due_soon_hours, due_soon_days, schedule,
      safety_critical, competency_keys, position, includes, recorded_by
    from maintenance_tasks where programme_id = ${from}`.execute(trx);
}

/**
 * An organisation's copy takes the built-in programme of its key as it is now: name, what
 * it applies to, makers, tolerance and tasks (its completions, kept by programme and task
 * key, count on). A built-in that changes never changes a copy by itself; this is how an
 * organisation takes the new version when it wants it.
 */
async function adoptBuiltIn(db: Database, actor: Actor, id: string) {
  const programme = await editableProgramme(db, actor, id);
  const source = await db
    .selectFrom("maintenance_programmes")
    .selectAll()
    .where("organisation_id", "is", null)
    .where("key", "=", programme.key)
    .executeTakeFirst();
  if (!source)
    throw invalid("id", { key: "maintenance.noBuiltIn", params: { key: programme.key } });
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("maintenance_programmes")
      .set({
        name_en: source.name_en,
        name_ru: source.name_ru,
        vehicle_types: source.vehicle_types,
        powertrains: source.powertrains,
        length_classes: source.length_classes,
        model_ids: source.model_ids,
        makers: source.makers,
        replaces: source.replaces,
        tolerance_percent: source.tolerance_percent,
        based_on_id: source.id,
        updated_at: sql<Date>`now()`,
      })
      .where("id", "=", id)
      .execute();
    await trx.deleteFrom("maintenance_tasks").where("programme_id", "=", id).execute();
    await copyTasks(trx, source.id, id);
    await recordAudit(trx, actor, {
      action: "update",
      entity: "maintenance_programme",
      entityId: id,
      organisationId: programme.organisation_id,
      details: { key: programme.key, adoptedBuiltIn: source.id },
    });
  });
  return getProgramme(db, actor, id);
}

async function updateProgramme(
  db: Database,
  actor: Actor,
  id: string,
  input: Static<typeof UpdateProgramme>,
) {
  const programme = await editableProgramme(db, actor, id);
  await assertModelsExist(db, input.modelIds);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("maintenance_programmes")
      .set({
        ...(input.name ? { name_en: input.name.en, name_ru: input.name.ru } : {}),
        ...(input.vehicleTypes ? { vehicle_types: input.vehicleTypes } : {}),
        ...(input.powertrains ? { powertrains: input.powertrains } : {}),
        ...(input.lengthClasses ? { length_classes: input.lengthClasses } : {}),
        ...(input.modelIds ? { model_ids: input.modelIds } : {}),
        ...(input.tolerancePercent !== undefined
          ? { tolerance_percent: input.tolerancePercent }
          : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        updated_at: sql<Date>`now()`,
      })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, actor, {
      action: "update",
      entity: "maintenance_programme",
      entityId: id,
      organisationId: programme.organisation_id,
      details: { key: programme.key, ...input },
    });
  });
  return getProgramme(db, actor, id);
}

/** A task's intervals and windows after a change, checked as a whole. */
interface TaskValues {
  interval_km: number | null;
  interval_hours: number | null;
  interval_days: number | null;
  due_soon_km: number | null;
  due_soon_hours: number | null;
  due_soon_days: number | null;
  competency_keys: string[];
}

const DIMENSIONS = [
  ["intervalKm", "dueSoonKm", "interval_km", "due_soon_km", "km"],
  ["intervalHours", "dueSoonHours", "interval_hours", "due_soon_hours", "engine hours"],
  ["intervalDays", "dueSoonDays", "interval_days", "due_soon_days", "days"],
] as const;

async function checkTask(db: Database, values: TaskValues) {
  if (
    values.interval_km === null &&
    values.interval_hours === null &&
    values.interval_days === null
  )
    throw invalid("intervalKm", { key: "maintenance.needsInterval" });
  for (const [intervalField, windowField, interval, window, unit] of DIMENSIONS) {
    const intervalValue = values[interval];
    const windowValue = values[window];
    if (windowValue === null) continue;
    if (intervalValue === null)
      throw invalid(windowField, {
        key: "maintenance.windowNeedsInterval",
        params: { windowUnit: unit, intervalField },
      });
    if (windowValue >= intervalValue)
      throw invalid(windowField, {
        key: "maintenance.windowTooWide",
        params: { intervalField, interval: intervalValue, unit },
      });
  }
  const seen = new Set<string>();
  for (const [index, key] of values.competency_keys.entries()) {
    if (seen.has(key))
      throw invalid(`competencies.${index}`, {
        key: "maintenance.competencyTwice",
        params: { key },
      });
    seen.add(key);
  }
  if (!values.competency_keys.length) return;
  const known = await db
    .selectFrom("competencies")
    .select("key")
    .where("key", "in", values.competency_keys)
    .execute();
  const knownKeys = new Set(known.map((row) => row.key));
  const index = values.competency_keys.findIndex((key) => !knownKeys.has(key));
  if (index >= 0)
    throw invalid(`competencies.${index}`, {
      key: "maintenance.noCompetency",
      params: { key: values.competency_keys[index] ?? "" },
    });
}

function taskValues(input: Partial<TaskInput>, base: TaskValues): TaskValues {
  const pick = <K extends keyof TaskValues>(field: keyof TaskInput, column: K): TaskValues[K] =>
    (input[field] === undefined ? base[column] : input[field]) as TaskValues[K];
  return {
    interval_km: pick("intervalKm", "interval_km"),
    interval_hours: pick("intervalHours", "interval_hours"),
    interval_days: pick("intervalDays", "interval_days"),
    due_soon_km: pick("dueSoonKm", "due_soon_km"),
    due_soon_hours: pick("dueSoonHours", "due_soon_hours"),
    due_soon_days: pick("dueSoonDays", "due_soon_days"),
    competency_keys: input.competencies ?? base.competency_keys,
  };
}

const NO_TASK: TaskValues = {
  interval_km: null,
  interval_hours: null,
  interval_days: null,
  due_soon_km: null,
  due_soon_hours: null,
  due_soon_days: null,
  competency_keys: [],
};

async function addTask(db: Database, actor: Actor, id: string, input: TaskInput) {
  const programme = await editableProgramme(db, actor, id);
  const values = taskValues(input, NO_TASK);
  await checkTask(db, values);
  const taken = await db
    .selectFrom("maintenance_tasks")
    .select("id")
    .where("programme_id", "=", id)
    .where("key", "=", input.key)
    .executeTakeFirst();
  const duplicate = () =>
    conflict("key", {
      key: "maintenance.taskTaken",
      params: { programme: programme.key, key: input.key },
    });
  if (taken) throw duplicate();
  try {
    await db.transaction().execute(async (trx) => {
      const last = await trx
        .selectFrom("maintenance_tasks")
        .select(sql<number>`coalesce(max(position), -1)`.as("position"))
        .where("programme_id", "=", id)
        .executeTakeFirstOrThrow();
      const task = await trx
        .insertInto("maintenance_tasks")
        .values({
          programme_id: id,
          key: input.key,
          name_en: input.name.en,
          name_ru: input.name.ru,
          ...values,
          schedule: input.schedule ?? "floating",
          safety_critical: input.safetyCritical ?? false,
          position: Number(last.position) + 1,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await recordAudit(trx, actor, {
        action: "create",
        entity: "maintenance_task",
        entityId: task.id,
        organisationId: programme.organisation_id,
        details: { programme: programme.key, ...input },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
  return getProgramme(db, actor, id);
}

async function findTask(db: Database, programmeId: string, taskId: string) {
  const task = await db
    .selectFrom("maintenance_tasks")
    .selectAll()
    .where("id", "=", taskId)
    .where("programme_id", "=", programmeId)
    .executeTakeFirst();
  if (!task) throw notFound("maintenance task");
  return task;
}

async function updateTask(
  db: Database,
  actor: Actor,
  id: string,
  taskId: string,
  input: Static<typeof UpdateTask>,
) {
  const programme = await editableProgramme(db, actor, id);
  const task = await findTask(db, id, taskId);
  const values = taskValues(input, {
    ...task,
    interval_km: task.interval_km === null ? null : Number(task.interval_km),
    interval_hours: task.interval_hours === null ? null : Number(task.interval_hours),
    due_soon_km: task.due_soon_km === null ? null : Number(task.due_soon_km),
    due_soon_hours: task.due_soon_hours === null ? null : Number(task.due_soon_hours),
  });
  await checkTask(db, values);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("maintenance_tasks")
      .set({
        ...values,
        ...(input.name ? { name_en: input.name.en, name_ru: input.name.ru } : {}),
        ...(input.schedule ? { schedule: input.schedule } : {}),
        ...(input.safetyCritical !== undefined ? { safety_critical: input.safetyCritical } : {}),
      })
      .where("id", "=", taskId)
      .execute();
    await touch(trx, id);
    await recordAudit(trx, actor, {
      action: "update",
      entity: "maintenance_task",
      entityId: taskId,
      organisationId: programme.organisation_id,
      details: { programme: programme.key, task: task.key, ...input },
    });
  });
  return getProgramme(db, actor, id);
}

/** Removing a task keeps the vehicles' completion records of it (they are history). */
async function deleteTask(db: Database, actor: Actor, id: string, taskId: string) {
  const programme = await editableProgramme(db, actor, id);
  const task = await findTask(db, id, taskId);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("maintenance_tasks").where("id", "=", taskId).execute();
    await touch(trx, id);
    await recordAudit(trx, actor, {
      action: "delete",
      entity: "maintenance_task",
      entityId: taskId,
      organisationId: programme.organisation_id,
      details: { programme: programme.key, task: task.key },
    });
  });
  return getProgramme(db, actor, id);
}

async function touch(db: Database, programmeId: string) {
  await db
    .updateTable("maintenance_programmes")
    .set({ updated_at: sql<Date>`now()` })
    .where("id", "=", programmeId)
    .execute();
}

export const programmeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps;
  const tags = ["maintenance"];
  const Programme = MaintenanceProgramme;
  app.get(
    "/maintenance-programmes",
    {
      schema: {
        operationId: "listMaintenanceProgrammes",
        tags,
        summary:
          "Maintenance programmes with their tasks: built-in and my organisations' own, or those in effect for one organisation",
        querystring: ListProgrammesQuery,
        response: withErrors({ 200: Type.Array(Programme) }),
      },
    },
    (request) => listProgrammes(db, actorOf(request), request.query.organisationId),
  );
  app.get(
    "/maintenance-programmes/:id",
    {
      schema: {
        operationId: "getMaintenanceProgramme",
        tags,
        summary: "A maintenance programme with its tasks",
        params: ProgrammeParams,
        response: withErrors({ 200: Programme }),
      },
    },
    (request) => getProgramme(db, actorOf(request), request.params.id),
  );
  app.post(
    "/maintenance-programmes",
    {
      schema: {
        operationId: "createMaintenanceProgramme",
        tags,
        summary:
          "Copy a programme for an organisation (its copy replaces the built-in for its vehicles), or create a new one",
        body: CreateProgramme,
        response: withErrors({ 201: Programme }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createProgramme(db, actorOf(request), request.body)),
  );
  app.patch(
    "/maintenance-programmes/:id",
    {
      schema: {
        operationId: "updateMaintenanceProgramme",
        tags,
        summary: "Rename a programme, change what it applies to, or switch it off (not built-ins)",
        params: ProgrammeParams,
        body: UpdateProgramme,
        response: withErrors({ 200: Programme }),
      },
    },
    (request) => updateProgramme(db, actorOf(request), request.params.id, request.body),
  );
  app.post(
    "/maintenance-programmes/:id/adopt-built-in",
    {
      schema: {
        operationId: "adoptBuiltInMaintenanceProgramme",
        tags,
        summary:
          "Replace an organisation's copy with the built-in programme of its key as it is now (its tasks, intervals, tolerance)",
        params: ProgrammeParams,
        response: withErrors({ 200: Programme }),
      },
    },
    (request) => adoptBuiltIn(db, actorOf(request), request.params.id),
  );
  app.post(
    "/maintenance-programmes/:id/tasks",
    {
      schema: {
        operationId: "addMaintenanceProgrammeTask",
        tags,
        summary: "Add a task to an organisation's programme",
        params: ProgrammeParams,
        body: CreateTask,
        response: withErrors({ 201: Programme }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addTask(db, actorOf(request), request.params.id, request.body)),
  );
  app.patch(
    "/maintenance-programmes/:id/tasks/:taskId",
    {
      schema: {
        operationId: "updateMaintenanceProgrammeTask",
        tags,
        summary: "Change a task's intervals, due-soon windows, schedule or competencies",
        params: TaskParams,
        body: UpdateTask,
        response: withErrors({ 200: Programme }),
      },
    },
    (request) =>
      updateTask(db, actorOf(request), request.params.id, request.params.taskId, request.body),
  );
  app.delete(
    "/maintenance-programmes/:id/tasks/:taskId",
    {
      schema: {
        operationId: "removeMaintenanceProgrammeTask",
        tags,
        summary: "Remove a task from an organisation's programme (its completion records stay)",
        params: TaskParams,
        response: withErrors({ 200: Programme }),
      },
    },
    (request) => deleteTask(db, actorOf(request), request.params.id, request.params.taskId),
  );
};
