/**
 * A check in progress, saved on every change so nothing typed is lost to a reload, a
 * dead battery or a closed tab. Answers live in localStorage (small, synchronous); the
 * photos they name are blobs in IndexedDB (see outbox.ts).
 */
export type Outcome = "pass" | "fail" | "na";

export interface DraftAnswer {
  outcome: Outcome;
  comment: string;
  /** Local photo ids (IndexedDB keys). */
  photos: string[];
}

export interface Draft {
  templateId: string;
  answers: Record<string, DraftAnswer>;
  meterValue: string;
  comments: string;
  signatureName: string;
  confirmed: boolean;
  updatedAt: string;
}

const PREFIX = "fleethub.inspect.draft.";

export function emptyDraft(templateId: string, signatureName: string): Draft {
  return {
    templateId,
    answers: {},
    meterValue: "",
    comments: "",
    signatureName,
    confirmed: false,
    updatedAt: new Date().toISOString(),
  };
}

export function loadDraft(vehicleId: string): Draft | null {
  try {
    const raw = localStorage.getItem(PREFIX + vehicleId);
    return raw ? (JSON.parse(raw) as Draft) : null;
  } catch {
    return null;
  }
}

export function saveDraft(vehicleId: string, draft: Draft): void {
  try {
    localStorage.setItem(PREFIX + vehicleId, JSON.stringify(draft));
  } catch {
    // Storage full or unavailable: the check still works, it just does not survive a reload.
  }
}

export function clearDraft(vehicleId: string): void {
  try {
    localStorage.removeItem(PREFIX + vehicleId);
  } catch {
    // Nothing stored.
  }
}

/** Vehicles with a check in progress on this device. */
export function draftVehicleIds(): string[] {
  try {
    return Object.keys(localStorage)
      .filter((key) => key.startsWith(PREFIX))
      .map((key) => key.slice(PREFIX.length));
  } catch {
    return [];
  }
}
