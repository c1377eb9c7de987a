/**
 * Pre-trip control in the tenant-isolation walk (issue #11): B on the Russian policy, B's
 * qualified controller's control of B's bus, B's medical worker's admission of B's driver
 * with medical details, and B's documents, made through B's own API calls.
 */
import { Client } from "../../helpers/app.js";
import { TEST_PASSWORD, makeCertificate, makeUser } from "../../helpers/factories.js";
import type { IsolationFeature } from "./cases.js";

async function json<T>(response: Promise<{ statusCode: number; body: string }>): Promise<T> {
  const done = await response;
  if (done.statusCode >= 300) throw new Error(`pre-trip isolation setup: ${done.body}`);
  return JSON.parse(done.body) as T;
}

export const pretripIsolation: IsolationFeature = async ({ t, n, clientB, vehicleB, depotB }) => {
  const driverB = await makeUser(t.db, [[n.operatorB.id, "driver"]]);
  const controllerB = await makeUser(t.db, [[n.operatorB.id, "technical_controller"]]);
  await makeCertificate(t.db, controllerB.id, n.operatorB.id, "pretrip_technical_control");
  const medicB = await makeUser(t.db, [[n.operatorB.id, "medical_worker"]]);
  await makeCertificate(t.db, medicB.id, n.operatorB.id, "pretrip_medical_examination");
  const controller = new Client(t.app);
  await controller.login(controllerB.email, TEST_PASSWORD);
  const medic = new Client(t.app);
  await medic.login(medicB.email, TEST_PASSWORD);

  await json(
    clientB.put("/api/v1/release-policy", { organisationId: n.operatorB.id, policy: "ru_pretrip" }),
  );
  const control = await json<{ id: string }>(
    controller.post("/api/v1/technical-controls", {
      vehicleId: vehicleB.id,
      driverUserId: driverB.id,
      passed: true,
      odometerKm: 54_321,
      signature: "Сидоров С.С.",
    }),
  );
  const admission = await json<{ id: string }>(
    medic.post("/api/v1/medical-admissions", {
      driverUserId: driverB.id,
      depotId: depotB.id,
      admitted: false,
      details: "isolation-secret-medical-detail",
    }),
  );
  const card = await json<{ id: string }>(
    clientB.post("/api/v1/compliance-documents", {
      vehicleId: vehicleB.id,
      kind: "diagnostic_card",
      number: "ISOLATION-CARD-B",
      issuedOn: "2026-06-01",
      expiresOn: "2026-11-30",
    }),
  );
  const licence = await json<{ id: string }>(
    clientB.post("/api/v1/compliance-documents", {
      driverUserId: driverB.id,
      kind: "driving_licence",
      number: "ISOLATION-LICENCE-B",
      issuedOn: "2020-01-01",
      expiresOn: "2030-01-01",
    }),
  );
  // B's bus is held by its open defect, so B's waybill goes straight into the table.
  const controlRow = await t.db
    .selectFrom("technical_controls")
    .select(["shift_start", "shift_end"])
    .where("id", "=", control.id)
    .executeTakeFirstOrThrow();
  const waybill = await t.db
    .insertInto("waybills")
    .values({
      organisation_id: n.operatorB.id,
      number: 1,
      vehicle_id: vehicleB.id,
      driver_user_id: driverB.id,
      depot_id: depotB.id,
      shift_start: controlRow.shift_start,
      shift_end: controlRow.shift_end,
      technical_control_id: control.id,
      medical_admission_id: admission.id,
      issued_at: new Date(),
      issued_by: controllerB.id,
      issued_by_name: "Sidorov S.S.",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const depot = { ids: { id: depotB.id }, bodies: {} };
  return {
    secretIds: [
      control.id,
      admission.id,
      card.id,
      licence.id,
      driverB.id,
      controllerB.id,
      medicB.id,
      "Сидоров С.С.",
      "isolation-secret-medical-detail",
      "ISOLATION-CARD-B",
      "ISOLATION-LICENCE-B",
      waybill.id,
    ],
    byPath: {
      "/api/v1/release-policy": {
        ids: {},
        query: `?organisationId=${n.operatorB.id}`,
        bodies: { put: { organisationId: n.operatorB.id, policy: "walkaround" } },
      },
      "/api/v1/vehicles/{id}/compliance-documents": { ids: { id: vehicleB.id }, bodies: {} },
      "/api/v1/compliance-calendar": { ids: {}, query: `?depotId=${depotB.id}`, bodies: {} },
      "/api/v1/depots/{id}/pretrip-journal": depot,
      "/api/v1/depots/{id}/pretrip-journal.csv": depot,
      "/api/v1/depots/{id}/drivers": depot,
      "/api/v1/depots/{id}/medical-admissions": depot,
      "/api/v1/medical-admissions/{id}/details": { ids: { id: admission.id }, bodies: {} },
      "/api/v1/waybills/{id}": { ids: { id: waybill.id }, bodies: {} },
      "/api/v1/waybills/{id}/titles": { ids: { id: waybill.id }, bodies: {} },
      "/api/v1/waybills/{id}/close": {
        ids: { id: waybill.id },
        bodies: {
          post: { returnOdometerKm: 60_000, postTripPassed: true, signature: "Planted P.P." },
        },
      },
      "/api/v1/depots/{id}/waybills": depot,
    },
    creates: {
      "/api/v1/technical-controls": {
        body: {
          vehicleId: vehicleB.id,
          driverUserId: driverB.id,
          passed: true,
          odometerKm: 1,
          signature: "Planted P.P.",
        },
        status: 400,
        message: /vehicleId: no such vehicle/,
      },
      "/api/v1/medical-admissions": {
        body: { driverUserId: driverB.id, depotId: depotB.id, admitted: true },
        status: 400,
        message: /depotId: no such depot/,
      },
      "/api/v1/waybills": {
        body: { vehicleId: vehicleB.id },
        status: 400,
        message: /vehicleId: no such vehicle/,
      },
      "/api/v1/compliance-documents": {
        body: {
          vehicleId: vehicleB.id,
          kind: "osago",
          number: "PLANTED",
          issuedOn: "2026-01-01",
          expiresOn: "2026-12-31",
        },
        status: 400,
        message: /vehicleId: no such vehicle/,
      },
    },
    ownedTables: [
      { table: "release_policies", column: "organisation_id" },
      { table: "technical_controls", column: "organisation_id" },
      { table: "medical_admissions", column: "organisation_id" },
      { table: "medical_admission_details", column: "organisation_id" },
      { table: "compliance_documents", column: "organisation_id" },
      { table: "waybills", column: "organisation_id" },
    ],
  };
};
