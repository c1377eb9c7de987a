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
  /** A measured item's value as typed (tread depth in mm), and the tyres fitted. */
  measuredValue?: string;
  tyres?: TyreSet;
}

/** What is fitted on every wheel (the server's TYRE_SETS, core/tyres.ts). */
export const TYRE_SETS = ["summer", "winter", "winter_studded"] as const;
export type TyreSet = (typeof TYRE_SETS)[number];

/** The proof of the check (issue #15), gathered on the phone and sent with it. */
export interface DraftEvidence {
  /** When the check was opened on this phone. */
  openedAt: string;
  /** When each item was last answered; "pass the rest" marks the items it answered. */
  itemTimes: Record<string, { at: string; viaPassRest?: boolean }>;
  /** Where the phone was when the check was opened, only with the person's consent. */
  position?: { latitude: number; longitude: number; accuracyM: number; at: string };
  /** The vehicle's QR code the check was opened from. */
  qr?: { text: string; scannedAt: string };
}

export interface Draft {
  templateId: string;
  evidence?: DraftEvidence;
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
    evidence: { openedAt: new Date().toISOString(), itemTimes: {} },
  };
}

/** A draft's evidence: one saved before evidence existed starts counting now. */
export function evidenceOf(draft: Draft): DraftEvidence {
  return draft.evidence ?? { openedAt: new Date().toISOString(), itemTimes: {} };
}

const CONSENT_KEY = "fleethub.inspect.positionConsent";

/** Whether the person allowed this phone to send its position with their checks. */
export function positionConsent(): boolean {
  try {
    return localStorage.getItem(CONSENT_KEY) === "yes";
  } catch {
    return false;
  }
}

export function setPositionConsent(allowed: boolean): void {
  try {
    localStorage.setItem(CONSENT_KEY, allowed ? "yes" : "no");
  } catch {
    // Not remembered: asked again next time.
  }
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
