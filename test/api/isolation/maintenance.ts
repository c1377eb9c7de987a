/**
 * Preventive maintenance in the tenant-isolation walk: B's own programme (a copy of the
 * built-in bus programme with an extra task), a completion recorded on B's bus, and B's
 * settings, all made through B's own API calls.
 */
import type { IsolationFeature } from "./cases.js";

interface ProgrammeJson {
  id: string;
  builtIn: boolean;
  key: string;
  tasks: { id: string; key: string }[];
}

export const maintenanceIsolation: IsolationFeature = async ({ n, clientB, vehicleB, depotB }) => {
  const programmes = (await clientB.get("/api/v1/maintenance-programmes")).json<ProgrammeJson[]>();
  const busTo = programmes.find((p) => p.builtIn && p.key === "bus-to");
  if (!busTo) throw new Error("no built-in bus programme");
  const copied = await clientB.post("/api/v1/maintenance-programmes", {
    organisationId: n.operatorB.id,
    basedOnId: busTo.id,
  });
  if (copied.statusCode !== 201) throw new Error(`B's programme: ${copied.body}`);
  const withTask = await clientB.post(
    `/api/v1/maintenance-programmes/${copied.json<ProgrammeJson>().id}/tasks`,
    {
      key: "b-washer",
      name: { en: "B's secret wash", ru: "Мойка B" },
      intervalDays: 30,
    },
  );
  if (withTask.statusCode !== 201) throw new Error(`B's task: ${withTask.body}`);
  const programme = withTask.json<ProgrammeJson>();
  const task = programme.tasks.find((t) => t.key === "b-washer");
  const done = await clientB.post(`/api/v1/vehicles/${vehicleB.id}/maintenance-records`, {
    programmeKey: "bus-to",
    taskKey: "to-1",
    completedOn: "2025-12-01",
    meterKm: 45_000,
    note: "B's service",
  });
  if (done.statusCode !== 201) throw new Error(`B's completion: ${done.body}`);
  const settings = await clientB.put("/api/v1/maintenance/settings", {
    organisationId: n.operatorB.id,
    workOrdersFromDefects: false,
    workOrdersFromDueTasks: false,
  });
  if (settings.statusCode !== 200) throw new Error(`B's settings: ${settings.body}`);
  const taskBody = { name: { en: "Taken over", ru: "Захвачено" }, intervalDays: 1 };
  return {
    secretIds: [programme.id, task?.id ?? "", done.json<{ id: string }>().id, "b-washer"],
    byPath: {
      "/api/v1/maintenance-programmes/{id}": {
        ids: { id: programme.id },
        bodies: { patch: { active: false } },
      },
      "/api/v1/maintenance-programmes/{id}/adopt-built-in": {
        ids: { id: programme.id },
        bodies: { post: {} },
      },
      "/api/v1/maintenance-programmes/{id}/tasks": {
        ids: { id: programme.id },
        bodies: { post: { key: "planted", ...taskBody } },
      },
      "/api/v1/maintenance-programmes/{id}/tasks/{taskId}": {
        ids: { id: programme.id, taskId: task?.id ?? "" },
        bodies: { patch: taskBody },
      },
      "/api/v1/vehicles/{id}/maintenance": { ids: { id: vehicleB.id }, bodies: {} },
      "/api/v1/vehicles/{id}/maintenance-records": {
        ids: { id: vehicleB.id },
        bodies: {
          post: {
            programmeKey: "bus-to",
            taskKey: "to-2",
            completedOn: "2025-12-01",
            meterKm: 45_000,
          },
        },
      },
      "/api/v1/maintenance/settings": {
        ids: {},
        query: `?organisationId=${n.operatorB.id}`,
        bodies: {
          put: {
            organisationId: n.operatorB.id,
            workOrdersFromDefects: true,
            workOrdersFromDueTasks: true,
          },
        },
      },
      "/api/v1/maintenance/calendar": {
        ids: {},
        query: `?depotId=${depotB.id}&from=2026-01-01&to=2026-12-31`,
        bodies: {},
      },
    },
    creates: {
      "/api/v1/maintenance-programmes": {
        body: { organisationId: n.operatorB.id, key: "planted", name: { en: "P", ru: "P" } },
        status: 400,
        message: /organisationId: no such organisation/,
      },
    },
    ownedTables: [
      { table: "maintenance_programmes", column: "organisation_id" },
      { table: "maintenance_records", column: "organisation_id" },
      { table: "maintenance_settings", column: "organisation_id" },
    ],
  };
};
