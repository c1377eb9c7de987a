/**
 * The proof of checks in the tenant-isolation walk: B's settings (a flag that holds), and
 * B's check sent too fast with its position, made through B's own API calls.
 */
import { formFor, inspectionBody, submit } from "../../helpers/inspections.js";
import type { IsolationFeature } from "./cases.js";

export const inspectionProofIsolation: IsolationFeature = async ({ n, clientB, vehicleB }) => {
  const settings = {
    organisationId: n.operatorB.id,
    passRestAllowed: false,
    qrScanRequired: true,
    minimumCheckSeconds: 600,
    flagActions: { too_fast: "hold" },
  };
  const stored = await clientB.put("/api/v1/inspections/settings", settings);
  if (stored.statusCode !== 200) throw new Error(`B's settings: ${stored.body}`);
  const form = await formFor(clientB, vehicleB.id);
  const now = Date.now();
  const sent = await submit(clientB, {
    ...inspectionBody(form, vehicleB.id),
    evidence: {
      openedAt: new Date(now - 30_000).toISOString(),
      sentAt: new Date(now).toISOString(),
      deviceClock: new Date(now).toISOString(),
      itemTimes: [],
      position: {
        latitude: 55.7512,
        longitude: 37.6184,
        accuracyM: 8,
        at: new Date(now).toISOString(),
      },
    },
  });
  if (sent.statusCode !== 201) throw new Error(`B's check: ${sent.body}`);
  const { inspection, flags } = sent.json<{
    inspection: { id: string };
    flags: { id: string }[];
  }>();
  return {
    secretIds: [inspection.id, ...flags.map((f) => f.id), "55.7512"],
    byPath: {
      "/api/v1/inspections/settings": {
        ids: {},
        query: `?organisationId=${n.operatorB.id}`,
        bodies: { put: { ...settings, flagActions: {} } },
      },
      "/api/v1/inspections/{id}/proof": { ids: { id: inspection.id }, bodies: {} },
      "/api/v1/inspections/{id}/confirm": {
        ids: { id: inspection.id },
        bodies: { post: { note: "confirmed by someone else's manager" } },
      },
    },
    ownedTables: [
      { table: "inspection_settings", column: "organisation_id" },
      { table: "inspection_evidence", column: "organisation_id" },
      { table: "inspection_flags", column: "organisation_id" },
    ],
  };
};
