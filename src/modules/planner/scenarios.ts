/**
 * Saved scenarios: the JSON text a planner writes (overrides of the defaults), checked with
 * the planner's own validator so an error names the line and field, as the CLI does.
 */
import type { Selectable } from "kysely";
import type { Static } from "typebox";
import type { Database } from "../../db/database.js";
import { isUniqueViolation } from "../../db/errors.js";
import { conflict, invalid, notFound } from "../../errors.js";
import { isPlannerInputError, parseScenario } from "../../planner/index.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import type { CreateScenario, PlannerScenario, UpdateScenario } from "./schemas.js";
import type { PlannerScenarioTable } from "./tables.js";
import { inputProblemError } from "./input-problem.js";
import { plannerOwner } from "./timetables.js";

type ScenarioRow = Selectable<PlannerScenarioTable>;

export const presentScenario = (row: ScenarioRow): Static<typeof PlannerScenario> => ({
  id: row.id,
  organisationId: row.organisation_id,
  name: row.name,
  text: row.source_text,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

/** The file name errors in a saved scenario are reported under. */
export const scenarioFileName = (name: string): string => `${name}.json`;

/** Checks scenario text with the planner's validator; returns null when it is good. */
export function scenarioProblem(text: string, name: string) {
  try {
    parseScenario(text, scenarioFileName(name));
    return null;
  } catch (error) {
    if (isPlannerInputError(error)) return error;
    throw error;
  }
}

function scenarioText(input: { text?: string; scenario?: Record<string, unknown> }): string | null {
  if (input.text !== undefined && input.scenario !== undefined)
    throw invalid("text", {
      key: "planner.textOrScenario",
      params: { one: "text", other: "scenario" },
    });
  if (input.text !== undefined) return input.text;
  if (input.scenario !== undefined) return `${JSON.stringify(input.scenario, null, 2)}\n`;
  return null;
}

function checked(text: string, name: string): string {
  const problem = scenarioProblem(text, name);
  if (problem) throw inputProblemError(problem, "text");
  return text;
}

export async function listScenarios(db: Database, actor: Actor) {
  requirePermission(actor, "planner.use");
  const scope = await actor.scope();
  return db
    .selectFrom("planner_scenarios")
    .selectAll()
    .where(scope.where("organisation_id"))
    .orderBy("name")
    .limit(500)
    .execute();
}

export async function getScenario(db: Database, actor: Actor, id: string) {
  requirePermission(actor, "planner.use");
  const scope = await actor.scope();
  const row = await db
    .selectFrom("planner_scenarios")
    .selectAll()
    .where("id", "=", id)
    .where(scope.where("organisation_id"))
    .executeTakeFirst();
  if (!row) throw notFound("scenario");
  return row;
}

const nameTaken = (name: string) =>
  conflict("name", { key: "planner.scenarioTaken", params: { name } });

export async function createScenario(
  db: Database,
  actor: Actor,
  input: Static<typeof CreateScenario>,
) {
  const organisationId = await plannerOwner(actor, input.organisationId);
  const text = checked(scenarioText(input) ?? "{}\n", input.name);
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto("planner_scenarios")
        .values({
          organisation_id: organisationId,
          name: input.name,
          source_text: text,
          created_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, actor, {
        action: "create",
        entity: "planner_scenario",
        entityId: row.id,
        organisationId,
        details: { name: input.name },
      });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(input.name);
    throw error;
  }
}

export async function updateScenario(
  db: Database,
  actor: Actor,
  id: string,
  input: Static<typeof UpdateScenario>,
) {
  const existing = await getScenario(db, actor, id);
  const name = input.name ?? existing.name;
  const newText = scenarioText(input);
  const text = newText === null ? existing.source_text : checked(newText, name);
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await trx
        .updateTable("planner_scenarios")
        .set({ name, source_text: text, updated_at: new Date() })
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, actor, {
        action: "update",
        entity: "planner_scenario",
        entityId: id,
        organisationId: existing.organisation_id,
        details: { name, textChanged: newText !== null && newText !== existing.source_text },
      });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(name);
    throw error;
  }
}

export async function deleteScenario(db: Database, actor: Actor, id: string) {
  const existing = await getScenario(db, actor, id);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("planner_scenarios").where("id", "=", id).execute();
    await recordAudit(trx, actor, {
      action: "delete",
      entity: "planner_scenario",
      entityId: id,
      organisationId: existing.organisation_id,
      details: { name: existing.name },
    });
  });
}
