import { randomUUID } from "node:crypto";
import type { Client } from "./app.js";

interface FormItem {
  key: string;
  severity: string;
  failNeedsComment: boolean;
  failNeedsPhoto: boolean;
  measurement?: "tyre_tread_mm";
}
export interface InspectionForm {
  template: { id: string; items: FormItem[] };
  meter: "odometer_km" | "engine_hours";
  lastMeterValue: number | null;
  repairsToReview: { id: string }[];
}

export async function formFor(client: Client, vehicleId: string): Promise<InspectionForm> {
  const response = await client.get(`/api/v1/vehicles/${vehicleId}/inspection-form`);
  if (response.statusCode !== 200)
    throw new Error(`inspection form: ${response.statusCode} ${response.body}`);
  return response.json<InspectionForm>();
}

/** A complete inspection body: every item passed except those in `fail` (with the comment and photo they need). */
export function inspectionBody(
  form: InspectionForm,
  vehicleId: string,
  options: {
    fail?: string[];
    meterValue?: number;
    photoId?: string;
    shiftStart?: string;
    submittedAt?: string;
  } = {},
) {
  const meterValue = options.meterValue ?? (form.lastMeterValue ?? 10_000) + 120;
  return {
    vehicleId,
    templateId: form.template.id,
    ...(options.shiftStart ? { shiftStart: options.shiftStart } : {}),
    ...(options.submittedAt ? { submittedAt: options.submittedAt } : {}),
    ...(form.meter === "odometer_km" ? { odometerKm: meterValue } : { engineHours: meterValue }),
    results: form.template.items.map((item) =>
      options.fail?.includes(item.key)
        ? {
            itemKey: item.key,
            outcome: "fail" as const,
            comment: "Seen at the depot before the shift",
            ...(item.failNeedsPhoto && options.photoId ? { photoIds: [options.photoId] } : {}),
          }
        : { itemKey: item.key, outcome: "pass" as const, ...measured(item) },
    ),
    signature: { name: "Test Driver", confirmed: true as const },
  };
}

/**
 * A measured item's value that passes whatever the date: 8 mm of tread is well above every
 * legal minimum, and studless winter tyres are legal all year (decree No. 837).
 */
function measured(item: FormItem) {
  return item.measurement === "tyre_tread_mm" ? { measuredValue: 8, tyres: "winter" as const } : {};
}

export function submit(client: Client, body: object, key: string = randomUUID()) {
  return client.request({
    method: "POST",
    url: "/api/v1/inspections",
    payload: body,
    headers: { "idempotency-key": key },
  });
}
