/**
 * Whether a pre-shift check was really made (issue #15): the evidence a phone sends with a
 * check (when it was opened and sent, when each item was answered, where the phone was,
 * which vehicle's QR code it scanned) and the flags the server raises from it.
 *
 * Fleet inspection products answer "pencil-whipping" (checks signed but not made) the
 * same way: the length of each inspection shown to auditors, check timing marked fast
 * against a preset, a map of where the check was made, proximity tags at the vehicle.
 * No regulation gives a minimum length for a walkaround check; the defaults below are
 * fleethub's own judgement, documented in docs/inspection-proof.md and editable per
 * organisation.
 *
 * Pure: no clock, no database. Every time here comes from the phone's clock except
 * `receivedAt`; durations are taken between two phone times, so a phone whose clock is
 * wrong by a constant still measures them right.
 */
import { greatCircleKm } from "../planner/geo.js";

export const FLAG_KINDS = ["too_fast", "not_at_depot", "clock", "evidence"] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];
export type FlagAction = "warn" | "hold";

/** Seconds a person needs at least per checklist item: read it, look, answer. */
export const DEFAULT_SECONDS_PER_ITEM = 4;
/** Even a short checklist takes a walk round the vehicle. */
export const DEFAULT_MINIMUM_CHECK_SECONDS = 60;
/** An answer less than this after the one before was given without looking. */
export const QUICK_ANSWER_MS = 1000;
/** The share of quick answers from which a check counts as answered without looking. */
export const QUICK_SHARE = 0.5;
/** Fewer items than this say too little about the pace of answering. */
export const QUICK_MIN_ITEMS = 5;
/** A phone clock further than this from the server's is not trusted. */
export const CLOCK_TOLERANCE_MS = 5 * 60_000;
/** Device times may lead the phone's own "now" by this much (rounding, slow taps). */
const SLACK_MS = 2_000;
/** A position less precise than this cannot be placed at or away from a depot. */
export const MAX_ACCURACY_M = 100_000;

/** The minimum length of a check: the organisation's, else 4 s an item and at least 60 s. */
export function minimumCheckSeconds(itemCount: number, configured: number | null): number {
  if (configured !== null) return configured;
  return Math.max(DEFAULT_MINIMUM_CHECK_SECONDS, DEFAULT_SECONDS_PER_ITEM * itemCount);
}

export interface EvidenceInput {
  /** The phone's clock when the check was opened on it. */
  openedAt: string;
  /** The phone's clock when the person sent it (an offline check: when they pressed send). */
  sentAt: string;
  /** The phone's clock when this request left it, for the clock offset; not part of the check. */
  deviceClock: string;
  itemTimes: { itemKey: string; at: string; viaPassRest?: boolean }[];
  position?: { latitude: number; longitude: number; accuracyM: number; at: string };
  qr?: { text: string; scannedAt: string };
}

export interface ProofSettings {
  passRestAllowed: boolean;
  qrScanRequired: boolean;
  minimumCheckSeconds: number | null;
  flagActions: Partial<Record<FlagKind, FlagAction>>;
}

export const DEFAULT_PROOF_SETTINGS: ProofSettings = {
  passRestAllowed: false,
  qrScanRequired: false,
  minimumCheckSeconds: null,
  flagActions: {},
};

export interface DepotArea {
  latitude: number;
  longitude: number;
  radiusM: number;
}

export interface ComputedFlag {
  kind: FlagKind;
  /** What exactly: short_check, quick_answers, outside_area, no_qr_scan, other_vehicle_qr, clock_off, missing, … */
  reason: string;
  detail: Record<string, string | number | boolean>;
  holds: boolean;
}

/** The evidence as stored: phone times as given, the offset, and only what could be true. */
export interface StoredEvidence {
  openedAt: Date | null;
  sentAt: Date | null;
  receivedAt: Date;
  clockOffsetMs: number | null;
  itemTimes: { itemKey: string; at: string; viaPassRest?: boolean }[];
  position: { latitude: number; longitude: number; accuracyM: number; at: Date } | null;
  qr: { scannedAt: Date; vehicleId: string | null; text: string } | null;
}

export interface ProofCheck {
  evidence: EvidenceInput | undefined;
  /** The checklist's items for this vehicle, with their severity. */
  items: readonly { key: string; severity: string }[];
  vehicleId: string;
  receivedAt: Date;
  depotArea: DepotArea | null;
  settings: ProofSettings;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** The vehicle a QR code names: fleethub's codes carry the vehicle page's address. */
export function vehicleOfQr(text: string): string | null {
  const match = /\/vehicles\/([0-9a-f-]{36})/i.exec(text) ?? UUID.exec(text);
  const id = match?.[1] ?? match?.[0];
  return id && UUID.test(id) ? id.toLowerCase() : null;
}

function time(value: string): number | null {
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * A flag's reasons in the order assessEvidence raises them: the flags of one check are
 * stored at the same moment, and are listed in this order.
 */
export const FLAG_REASON_ORDER = [
  "missing",
  "clock_off",
  "impossible",
  "short_check",
  "quick_answers",
  "outside_area",
  "other_vehicle_qr",
  "no_qr_scan",
] as const;

/**
 * Reads the evidence of one check and the flags it raises. Evidence that cannot be true
 * is left out of what is stored and raises an "evidence" flag naming the field; the check
 * itself is stored all the same, so a defect it reports is never lost to its evidence.
 */
export function assessEvidence(check: ProofCheck): {
  stored: StoredEvidence | null;
  flags: ComputedFlag[];
} {
  const { evidence, settings } = check;
  const flags: ComputedFlag[] = [];
  const raise = (kind: FlagKind, reason: string, detail: ComputedFlag["detail"]) =>
    flags.push({ kind, reason, detail, holds: settings.flagActions[kind] === "hold" });
  if (!evidence) {
    raise("evidence", "missing", {});
    if (settings.qrScanRequired) raise("not_at_depot", "no_qr_scan", {});
    return { stored: null, flags };
  }

  const deviceNow = time(evidence.deviceClock);
  const clockOffsetMs = deviceNow === null ? null : deviceNow - check.receivedAt.getTime();
  if (clockOffsetMs !== null && Math.abs(clockOffsetMs) > CLOCK_TOLERANCE_MS)
    raise("clock", "clock_off", { offsetSeconds: Math.round(clockOffsetMs / 1000) });

  // Nothing the phone did can be later than the phone's own "now".
  const latest = (deviceNow ?? check.receivedAt.getTime()) + SLACK_MS;
  // Not a refusal: the check is stored all the same, with this flag. The web UI words the
  // flag by its reason and field in the reader's language; `problem` is the stored flag's
  // English detail, one text for every later reader.
  const impossible = (field: string, problem: string) =>
    raise("evidence", "impossible", { field, problem });
  const checkedTime = (field: string, value: string): number | null => {
    const ms = time(value);
    if (ms === null) impossible(field, "is not a time");
    else if (ms > latest)
      impossible(field, "is later than the phone's clock when it sent the check");
    else return ms;
    return null;
  };

  const opened = checkedTime("evidence.openedAt", evidence.openedAt);
  let sent = checkedTime("evidence.sentAt", evidence.sentAt);
  if (opened !== null && sent !== null && opened > sent) {
    impossible("evidence.sentAt", "is before the check was opened");
    sent = null;
  }

  const byKey = new Map(check.items.map((item) => [item.key, item]));
  const itemTimes: StoredEvidence["itemTimes"] = [];
  const seen = new Set<string>();
  for (const [index, entry] of evidence.itemTimes.entries()) {
    const field = `evidence.itemTimes.${index}`;
    const item = byKey.get(entry.itemKey);
    if (!item || seen.has(entry.itemKey)) {
      impossible(`${field}.itemKey`, item ? "is timed twice" : "is not an item of this checklist");
      continue;
    }
    seen.add(entry.itemKey);
    const at = checkedTime(`${field}.at`, entry.at);
    if (at === null) continue;
    if ((opened !== null && at < opened - SLACK_MS) || (sent !== null && at > sent + SLACK_MS)) {
      impossible(`${field}.at`, "is outside the time the check was open");
      continue;
    }
    if (entry.viaPassRest && (!settings.passRestAllowed || item.severity === "critical")) {
      impossible(
        `${field}.viaPassRest`,
        item.severity === "critical"
          ? "a safety-critical item must be answered on its own"
          : "this organisation does not allow passing the rest at once",
      );
    }
    itemTimes.push({
      itemKey: entry.itemKey,
      at: new Date(at).toISOString(),
      ...(entry.viaPassRest ? { viaPassRest: true } : {}),
    });
  }

  // Too fast: the whole check, and the pace of the answers given one by one.
  if (opened !== null && sent !== null) {
    const seconds = (sent - opened) / 1000;
    const minimum = minimumCheckSeconds(check.items.length, settings.minimumCheckSeconds);
    if (seconds < minimum)
      raise("too_fast", "short_check", {
        seconds: Math.round(seconds),
        minimumSeconds: minimum,
        items: check.items.length,
      });
    const oneByOne = itemTimes
      .filter((t) => !t.viaPassRest)
      .map((t) => Date.parse(t.at))
      .sort((a, b) => a - b);
    if (oneByOne.length >= QUICK_MIN_ITEMS) {
      let previous = opened;
      let quick = 0;
      for (const at of oneByOne) {
        if (at - previous < QUICK_ANSWER_MS) quick += 1;
        previous = at;
      }
      if (quick >= QUICK_SHARE * oneByOne.length)
        raise("too_fast", "quick_answers", { quickAnswers: quick, answers: oneByOne.length });
    }
  }

  let position: StoredEvidence["position"] = null;
  if (evidence.position) {
    const p = evidence.position;
    const at = checkedTime("evidence.position.at", p.at);
    if (!(p.latitude >= -90 && p.latitude <= 90 && p.longitude >= -180 && p.longitude <= 180))
      impossible("evidence.position", "its coordinates are not on Earth");
    else if (!(p.accuracyM > 0 && p.accuracyM <= MAX_ACCURACY_M))
      impossible("evidence.position.accuracyM", `must be above 0 and at most ${MAX_ACCURACY_M} m`);
    else if (at !== null) position = { ...p, at: new Date(at) };
  }
  if (position && check.depotArea) {
    const area = check.depotArea;
    const distanceM =
      greatCircleKm(position.latitude, position.longitude, area.latitude, area.longitude) * 1000;
    // Outside only when even the nearest point the phone may have been at is outside.
    if (distanceM - position.accuracyM > area.radiusM)
      raise("not_at_depot", "outside_area", {
        distanceM: Math.round(distanceM),
        radiusM: area.radiusM,
        accuracyM: Math.round(position.accuracyM),
      });
  }

  let qr: StoredEvidence["qr"] = null;
  if (evidence.qr) {
    const scannedAt = checkedTime("evidence.qr.scannedAt", evidence.qr.scannedAt);
    const vehicleId = vehicleOfQr(evidence.qr.text);
    if (scannedAt !== null)
      qr = { scannedAt: new Date(scannedAt), vehicleId, text: evidence.qr.text.slice(0, 500) };
    if (vehicleId !== check.vehicleId)
      raise("not_at_depot", "other_vehicle_qr", {
        scanned: vehicleId ?? "not a fleethub vehicle code",
      });
  } else if (settings.qrScanRequired) raise("not_at_depot", "no_qr_scan", {});

  return {
    stored: {
      openedAt: opened === null ? null : new Date(opened),
      sentAt: sent === null ? null : new Date(sent),
      receivedAt: check.receivedAt,
      clockOffsetMs,
      itemTimes,
      position,
      qr,
    },
    flags,
  };
}
