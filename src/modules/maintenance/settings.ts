/**
 * An operator's maintenance settings: whether work orders open by themselves from
 * defects and from maintenance tasks coming due (issue #4: "automatically,
 * configurable"). Both are on until the operator says otherwise.
 */
import { sql } from "kysely";
import { Type, type Static } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { Database } from "../../db/database.js";
import { invalid } from "../../errors.js";
import { actorOf } from "../../server/context.js";
import { Uuid, withErrors } from "../../server/schemas.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import { assertOrganisationInScope } from "./organisation.js";

export const MaintenanceSettings = Type.Object(
  {
    organisationId: Uuid,
    workOrdersFromDefects: Type.Boolean({
      description: "A work order opens by itself for each defect found at inspection",
    }),
    workOrdersFromDueTasks: Type.Boolean({
      description: "A work order opens by itself for each maintenance task coming due",
    }),
  },
  { $id: "MaintenanceSettings" },
);
const SettingsQuery = Type.Object(
  {
    organisationId: Type.Optional(
      Type.String({ format: "uuid", description: "Default: the organisation I work in" }),
    ),
  },
  { additionalProperties: false },
);
const PutSettings = Type.Object(
  {
    organisationId: Uuid,
    workOrdersFromDefects: Type.Boolean(),
    workOrdersFromDueTasks: Type.Boolean(),
  },
  { additionalProperties: false },
);

export type MaintenanceSettingsValue = Static<typeof MaintenanceSettings>;

/** The settings of an organisation, with the defaults (both on) when it has none stored. */
export async function maintenanceSettingsOf(
  db: Database,
  organisationId: string,
): Promise<MaintenanceSettingsValue> {
  const row = await db
    .selectFrom("maintenance_settings")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  return {
    organisationId,
    workOrdersFromDefects: row?.work_orders_from_defects ?? true,
    workOrdersFromDueTasks: row?.work_orders_from_due_tasks ?? true,
  };
}

async function getSettings(db: Database, actor: Actor, organisationId: string | undefined) {
  const id = organisationId ?? actor.organisation.id;
  await assertOrganisationInScope(db, await actor.scope(), id);
  return maintenanceSettingsOf(db, id);
}

async function putSettings(db: Database, actor: Actor, input: Static<typeof PutSettings>) {
  const organisation = await assertOrganisationInScope(
    db,
    await actor.scope(),
    input.organisationId,
  );
  requirePermission(actor, "maintenance.plan");
  if (organisation.kind !== "operator")
    throw invalid("organisationId", { key: "maintenance.onlyOperator" });
  const values = {
    work_orders_from_defects: input.workOrdersFromDefects,
    work_orders_from_due_tasks: input.workOrdersFromDueTasks,
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("maintenance_settings")
      .values({ organisation_id: input.organisationId, ...values })
      .onConflict((oc) =>
        oc.column("organisation_id").doUpdateSet({ ...values, updated_at: sql<Date>`now()` }),
      )
      .execute();
    await recordAudit(trx, actor, {
      action: "update",
      entity: "maintenance_settings",
      entityId: input.organisationId,
      organisationId: input.organisationId,
      details: { ...input },
    });
  });
  return maintenanceSettingsOf(db, input.organisationId);
}

export const settingsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps;
  const tags = ["maintenance"];
  app.get(
    "/maintenance/settings",
    {
      schema: {
        operationId: "getMaintenanceSettings",
        tags,
        summary: "Whether work orders open by themselves from defects and from tasks coming due",
        querystring: SettingsQuery,
        response: withErrors({ 200: MaintenanceSettings }),
      },
    },
    (request) => getSettings(db, actorOf(request), request.query.organisationId),
  );
  app.put(
    "/maintenance/settings",
    {
      schema: {
        operationId: "updateMaintenanceSettings",
        tags,
        summary: "Switch automatic work orders from defects and from tasks coming due on or off",
        body: PutSettings,
        response: withErrors({ 200: MaintenanceSettings }),
      },
    },
    (request) => putSettings(db, actorOf(request), request.body),
  );
};
