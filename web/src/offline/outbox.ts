/**
 * Inspections waiting to reach the server. A submission is stored here first (with its
 * photos as blobs) and sent when the network allows: photos first, then the inspection
 * with the Idempotency-Key chosen when the driver pressed "submit", so however often
 * the phone retries, the server stores it once.
 *
 * Nothing here waits on a question to the driver: the server stores a check whatever its
 * meter value (one that does not fit is stored unconfirmed for the dispatcher to check),
 * so a failed critical item reaches the mechanics as soon as the network allows. Only a
 * refusal of the check itself (say, a photo gone from the phone) stops an entry.
 */
import { useSyncExternalStore } from "react";
import { api, ApiError, errorMessage, multipart, unwrap } from "../api/client.js";
import type { InspectionResult, SubmitInspection } from "../api/types.js";
import { idbAll, idbDelete, idbGet, idbPut } from "./db.js";

export interface PendingPhoto {
  /** Key of the blob in the `photos` store. */
  localId: string;
  itemKey: string;
  /** Set once uploaded, so a retry never uploads it again. */
  serverId: string | null;
}

/**
 * `needsConfirmation` is found only in outboxes saved before the server stored doubtful
 * meter values unconfirmed instead of asking about them: such an entry is sent again as
 * it is (see `refresh`).
 */
export type OutboxState = "waiting" | "sending" | "failed" | "needsConfirmation" | "sent";

export interface OutboxEntry {
  /** The Idempotency-Key. */
  key: string;
  organisationId: string;
  vehicleId: string;
  vehicleLabel: string;
  createdAt: string;
  body: SubmitInspection;
  photos: PendingPhoto[];
  state: OutboxState;
  error: string | null;
  attempts: number;
  sent: {
    inspectionId: string;
    passed: boolean;
    defectsOpened: number;
    /** The meter value waits for the dispatcher to confirm it (absent in older entries). */
    meterUnconfirmed?: boolean;
  } | null;
}

export interface StoredPhoto {
  blob: Blob;
  createdAt: string;
}

/** How long a sent entry stays listed, so the driver sees it went. */
const SENT_KEPT_MS = 12 * 3_600_000;
const RETRY_MS = 20_000;

let entries: OutboxEntry[] = [];
const listeners = new Set<() => void>();

function publish(next: OutboxEntry[]) {
  entries = next.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  for (const listener of listeners) listener();
}

async function refresh(): Promise<void> {
  const all = await idbAll<OutboxEntry>("outbox");
  const stale = all.filter(
    (e) => e.state === "sent" && Date.now() - Date.parse(e.createdAt) > SENT_KEPT_MS,
  );
  await Promise.all(stale.map((e) => idbDelete("outbox", e.key)));
  // A check held for a meter question by an older version goes now: the server no longer asks.
  const asked = all
    .filter((e) => e.state === "needsConfirmation")
    .map((e) => ({ ...e, state: "waiting" as const, error: null }));
  await Promise.all(asked.map((e) => idbPut("outbox", e.key, e)));
  publish(
    all.filter((e) => !stale.includes(e)).map((e) => asked.find((a) => a.key === e.key) ?? e),
  );
}

async function save(entry: OutboxEntry): Promise<void> {
  await idbPut("outbox", entry.key, entry);
  publish([...entries.filter((e) => e.key !== entry.key), entry]);
}

export function newKey(): string {
  return crypto.randomUUID();
}

export async function savePhoto(blob: Blob): Promise<string> {
  const localId = newKey();
  await idbPut("photos", localId, { blob, createdAt: new Date().toISOString() });
  return localId;
}
export const loadPhoto = async (localId: string) =>
  (await idbGet<StoredPhoto>("photos", localId))?.blob;
export const deletePhoto = (localId: string) => idbDelete("photos", localId);

/** Stores a submission and tries to send it at once. */
export async function enqueue(
  entry: Omit<OutboxEntry, "state" | "error" | "attempts" | "sent" | "createdAt">,
): Promise<void> {
  await save({
    ...entry,
    createdAt: new Date().toISOString(),
    state: "waiting",
    error: null,
    attempts: 0,
    sent: null,
  });
  void syncNow();
}

async function uploadPhoto(organisationId: string, photo: PendingPhoto): Promise<string> {
  const blob = await loadPhoto(photo.localId);
  if (!blob)
    throw new ApiError(422, "PHOTO_LOST", "a photo of this check is no longer on the phone");
  const file = new File([blob], `photo.${blob.type.split("/")[1] ?? "jpg"}`, { type: blob.type });
  const { id } = await unwrap(
    api.POST("/api/v1/photos", {
      params: { query: { organisationId } },
      body: { photo: file },
      bodySerializer: multipart,
    }),
  );
  return id;
}

/** Sends one entry. Returns false when the network (or the session) is missing: stop for now. */
async function sendEntry(entry: OutboxEntry): Promise<boolean> {
  let current: OutboxEntry = { ...entry, state: "sending", attempts: entry.attempts + 1 };
  await save(current);
  try {
    for (const photo of current.photos) {
      if (photo.serverId) continue;
      const serverId = await uploadPhoto(current.organisationId, photo);
      current = {
        ...current,
        photos: current.photos.map((p) => (p.localId === photo.localId ? { ...p, serverId } : p)),
      };
      await save(current);
    }
    const results: InspectionResult[] = current.body.results.map((result) => {
      const ids = current.photos
        .filter((p) => p.itemKey === result.itemKey && p.serverId)
        .map((p) => p.serverId as string);
      return ids.length ? { ...result, photoIds: ids } : result;
    });
    const answer = await unwrap(
      api.POST("/api/v1/inspections", {
        params: { header: { "idempotency-key": current.key } },
        body: {
          ...current.body,
          results,
          // The phone's clock as this request leaves, for the server to measure its offset:
          // a check queued offline still has its own times (issue #15).
          ...(current.body.evidence
            ? { evidence: { ...current.body.evidence, deviceClock: new Date().toISOString() } }
            : {}),
        },
      }),
    );
    await Promise.all(current.photos.map((p) => deletePhoto(p.localId)));
    await save({
      ...current,
      state: "sent",
      error: null,
      sent: {
        inspectionId: answer.inspection.id,
        passed: answer.inspection.passed,
        defectsOpened: answer.defectsOpened.length,
        meterUnconfirmed: answer.meterReading?.status === "unconfirmed",
      },
    });
    return true;
  } catch (error) {
    const status = error instanceof ApiError ? error.status : 0;
    const transient = status === 0 || status === 401 || status === 429 || status >= 500;
    await save({ ...current, state: transient ? "waiting" : "failed", error: errorMessage(error) });
    return !transient;
  }
}

let syncing: Promise<void> | null = null;

/** Sends everything waiting, one at a time, oldest first; one run at a time. */
export function syncNow(): Promise<void> {
  syncing ??= (async () => {
    try {
      await refresh();
      const waiting = entries
        .filter((e) => e.state === "waiting" || e.state === "sending")
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      for (const entry of waiting) {
        if (!(await sendEntry(entry))) break;
      }
    } finally {
      syncing = null;
    }
  })();
  return syncing;
}

export async function discard(key: string): Promise<void> {
  const entry = entries.find((e) => e.key === key);
  if (!entry) return;
  await Promise.all(entry.photos.map((p) => deletePhoto(p.localId)));
  await idbDelete("outbox", key);
  publish(entries.filter((e) => e.key !== key));
}

export async function retry(key: string): Promise<void> {
  const entry = entries.find((e) => e.key === key);
  if (!entry) return;
  await save({ ...entry, state: "waiting" });
  await syncNow();
}

let started = false;
/** Starts syncing: now, whenever the browser comes back online, and every little while. */
export function startOutbox(): void {
  if (started || typeof indexedDB === "undefined") return;
  started = true;
  const kick = () => void syncNow().catch(() => undefined);
  window.addEventListener("online", kick);
  window.setInterval(() => {
    if (entries.some((e) => e.state === "waiting")) kick();
  }, RETRY_MS);
  kick();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The outbox as it is now, for the page that shows what is waiting. */
export function useOutbox(): OutboxEntry[] {
  return useSyncExternalStore(subscribe, () => entries);
}

/** One check in the outbox by its Idempotency-Key, as it is now (undefined until loaded). */
export function useOutboxEntry(key: string | null): OutboxEntry | undefined {
  return useSyncExternalStore(subscribe, () =>
    key ? entries.find((entry) => entry.key === key) : undefined,
  );
}
