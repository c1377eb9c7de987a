/**
 * What a driver needs at a depot with no signal: the organisation's vehicles and the
 * checklist of each, fetched while online and kept in IndexedDB. Reads try the network
 * first and fall back to the copy; only this module writes API answers to the device.
 */
import { api, ApiError, unwrap } from "../api/client.js";
import type { InspectionForm, Vehicle } from "../api/types.js";
import { idbGet, idbPut } from "./db.js";

export interface Cached<T> {
  data: T;
  savedAt: string;
  /** True when the network failed and this is the stored copy. */
  offline: boolean;
}

/** Checklists are fetched again after this long, when online. */
const FORM_FRESH_MS = 6 * 3_600_000;

async function networkFirst<T>(key: string, load: () => Promise<T>): Promise<Cached<T>> {
  try {
    const data = await load();
    const savedAt = new Date().toISOString();
    await idbPut("cache", key, { data, savedAt }).catch(() => undefined);
    return { data, savedAt, offline: false };
  } catch (error) {
    // Only a missing network falls back; a refusal (gone, forbidden) is the answer.
    if (!(error instanceof ApiError) || error.status !== 0) throw error;
    const stored = await idbGet<{ data: T; savedAt: string }>("cache", key).catch(() => undefined);
    if (!stored) throw error;
    return { ...stored, offline: true };
  }
}

const fetchForm = (vehicleId: string) =>
  unwrap(api.GET("/api/v1/vehicles/{id}/inspection-form", { params: { path: { id: vehicleId } } }));

export const loadVehicles = (organisationId: string) =>
  networkFirst<Vehicle[]>(`vehicles:${organisationId}`, () =>
    unwrap(api.GET("/api/v1/vehicles", { params: { query: { organisationId, limit: 2000 } } })),
  );

export const loadForm = (vehicleId: string) =>
  networkFirst<InspectionForm>(`form:${vehicleId}`, () => fetchForm(vehicleId));

/**
 * Fetches the checklist of every vehicle not fetched lately, two at a time, so a driver
 * who loses the network can still start any check. Stops at the first network failure.
 */
export async function prefetchForms(vehicles: Vehicle[], signal: AbortSignal): Promise<void> {
  const queue = [...vehicles];
  const worker = async () => {
    for (let vehicle = queue.shift(); vehicle && !signal.aborted; vehicle = queue.shift()) {
      const key = `form:${vehicle.id}`;
      const stored = await idbGet<{ savedAt: string }>("cache", key).catch(() => undefined);
      if (stored && Date.now() - Date.parse(stored.savedAt) < FORM_FRESH_MS) continue;
      try {
        const data = await fetchForm(vehicle.id);
        await idbPut("cache", key, { data, savedAt: new Date().toISOString() });
      } catch (error) {
        if (error instanceof ApiError && error.status === 0) return;
      }
    }
  };
  await Promise.all([worker(), worker()]);
}

/** Cyrillic letters that look like Latin ones on a plate: "С365ТО" is found by "c365to". */
const LOOKALIKES: Record<string, string> = {
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  У: "Y",
  Х: "X",
};
export function searchable(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s-]+/g, "")
    .replace(/[АВЕКМНОРСТУХ]/g, (letter) => LOOKALIKES[letter] ?? letter);
}

/** Vehicles whose fleet number, plate, VIN or serial contains the query. */
export function findVehicles(vehicles: Vehicle[], query: string): Vehicle[] {
  const wanted = searchable(query);
  if (!wanted) return vehicles;
  const hits = vehicles.filter((v) =>
    [v.fleetNumber, v.registrationPlate, v.vin, v.serialNumber].some(
      (field) => field && searchable(field).includes(wanted),
    ),
  );
  // An exact fleet number first: "12" should put bus 12 above 112 and 120.
  return hits.sort(
    (a, b) =>
      Number(searchable(b.fleetNumber) === wanted) - Number(searchable(a.fleetNumber) === wanted),
  );
}
