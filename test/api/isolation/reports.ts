/**
 * Reports in the tenant-isolation walk. Reports have no ids in their paths: each is a
 * list, checked for B's ids. B gets a record of everything the reports count (an open
 * blocking work order, a mechanic's certificate, a service request to B's hub, beside
 * the defect and readings B already has), so a report that forgot the scope would show
 * B's organisation, its name or its hub to A.
 */
import { makeUser } from "../../helpers/factories.js";
import type { IsolationFeature } from "./cases.js";

const PERIOD_REPORTS = [
  "availability",
  "mkbf",
  "defects-by-category",
  "agreement-targets",
  "check-proof",
  "check-flags-weekly",
];

export const reportIsolation: IsolationFeature = async ({ t, n, vehicleB, hubOfB }) => {
  const db = t.db;
  const now = Date.now();
  const order = await db
    .insertInto("work_orders")
    .values({
      organisation_id: n.operatorB.id,
      vehicle_id: vehicleB.id,
      source: "manual",
      title: "B's secret repair",
      blocking: true,
      opened_at: new Date(now - 3 * 86_400_000),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const mechanic = await makeUser(db, [[n.operatorB.id, "mechanic"]]);
  const certificate = await db
    .insertInto("certificates")
    .values({
      organisation_id: n.operatorB.id,
      user_id: mechanic.id,
      competency_key: "cng_fuel_system",
      issued_on: new Date(now - 10 * 86_400_000).toISOString().slice(0, 10),
      expires_on: new Date(now + 300 * 86_400_000).toISOString().slice(0, 10),
      issued_by_organisation_id: hubOfB.id,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const agreement = await db
    .selectFrom("service_agreements")
    .select("id")
    .where("hub_id", "=", hubOfB.id)
    .where("operator_id", "=", n.operatorB.id)
    .executeTakeFirstOrThrow();
  const request = await db
    .insertInto("service_requests")
    .values({
      operator_id: n.operatorB.id,
      hub_id: hubOfB.id,
      agreement_id: agreement.id,
      kind: "specialist",
      vehicle_id: vehicleB.id,
      description: "B needs a CNG specialist",
      requested_at: new Date(now - 2 * 86_400_000),
      response_due_at: new Date(now - 86_400_000),
      resolution_due_at: new Date(now + 86_400_000),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const hub = await db
    .selectFrom("organisations")
    .select("name")
    .where("id", "=", hubOfB.id)
    .executeTakeFirstOrThrow();
  const today = new Date(now).toISOString().slice(0, 10);
  const yearAgo = new Date(now - 365 * 86_400_000).toISOString().slice(0, 10);
  const period = `?from=${yearAgo}&to=${today}`;
  return {
    secretIds: [
      n.operatorB.name,
      hub.name,
      order.id,
      mechanic.id,
      mechanic.email,
      certificate.id,
      request.id,
      agreement.id,
    ],
    listQueries: Object.fromEntries(
      PERIOD_REPORTS.flatMap((name) => [
        [`/api/v1/reports/${name}`, period],
        [`/api/v1/reports/${name}.csv`, period],
      ]),
    ),
    ownedTables: [
      { table: "work_orders", column: "organisation_id" },
      { table: "certificates", column: "organisation_id" },
      { table: "service_requests", column: "operator_id" },
    ],
  };
};
