import { describe, expect, it } from "vitest";
import {
  DEFAULT_PROOF_SETTINGS,
  assessEvidence,
  minimumCheckSeconds,
  vehicleOfQr,
  type EvidenceInput,
  type ProofCheck,
} from "./inspection-proof.js";

const VEHICLE = "0b6f4a52-1c3e-4d5f-9a7b-2c8d9e0f1a2b";
const OTHER = "7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6";
const T0 = Date.parse("2026-12-02T05:00:00.000Z");
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();

/** A checklist of n items, the first three safety-critical. */
const items = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    key: `item${i}`,
    severity: i < 3 ? "critical" : "minor",
  }));

/** A check of n items opened at T0, each answered `gap` seconds after the one before. */
function evidence(n: number, gap: number, extra: Partial<EvidenceInput> = {}): EvidenceInput {
  const itemTimes = items(n).map((item, i) => ({ itemKey: item.key, at: at((i + 1) * gap) }));
  const sent = (n + 1) * gap;
  return {
    openedAt: at(0),
    sentAt: at(sent),
    deviceClock: at(sent + 1),
    itemTimes,
    ...extra,
  };
}

function check(e: EvidenceInput | undefined, overrides: Partial<ProofCheck> = {}): ProofCheck {
  const receivedAt = e ? new Date(Date.parse(e.deviceClock)) : new Date(T0);
  return {
    evidence: e,
    items: items(e?.itemTimes.length ?? 31),
    vehicleId: VEHICLE,
    receivedAt,
    depotArea: null,
    settings: DEFAULT_PROOF_SETTINGS,
    ...overrides,
  };
}

const reasons = (c: ProofCheck) => assessEvidence(c).flags.map((f) => f.reason);

describe("the minimum length of a check", () => {
  it("is 4 s an item, and never under 60 s, unless the organisation sets its own", () => {
    expect(minimumCheckSeconds(31, null)).toBe(124);
    expect(minimumCheckSeconds(15, null)).toBe(60);
    expect(minimumCheckSeconds(16, null)).toBe(64);
    expect(minimumCheckSeconds(31, 30)).toBe(30);
  });
});

describe("too fast", () => {
  it("flags a 31-item check sent 20 s after it was opened", () => {
    const e = evidence(31, 0.6);
    const flags = assessEvidence(check(e)).flags;
    expect(flags.find((f) => f.reason === "short_check")?.detail).toMatchObject({
      seconds: 19,
      minimumSeconds: 124,
    });
  });

  it("passes a check exactly as long as the minimum, and flags one a second shorter", () => {
    // 30 items at 4 s, sent 4 s after the last: 124 s for 30 items (minimum 120 s).
    const atMinimum = { ...evidence(30, 4), sentAt: at(120) };
    atMinimum.itemTimes = atMinimum.itemTimes.map((t, i) => ({ ...t, at: at(i * 4) }));
    atMinimum.deviceClock = at(121);
    expect(reasons(check(atMinimum))).not.toContain("short_check");
    const short = { ...atMinimum, sentAt: at(119), deviceClock: at(120) };
    short.itemTimes = short.itemTimes.map((t, i) => ({ ...t, at: at(Math.min(i * 4, 119)) }));
    expect(reasons(check(short))).toContain("short_check");
  });

  it("flags answers given without looking: half or more under a second after the one before", () => {
    // 10 items, 120 s in all: 5 answers a second apart would be fine, 0.5 s apart are not.
    const e = evidence(10, 0.5, { sentAt: at(120), deviceClock: at(121) });
    expect(reasons(check(e))).toContain("quick_answers");
    const paced = evidence(10, 1, { sentAt: at(120), deviceClock: at(121) });
    expect(reasons(check(paced))).not.toContain("quick_answers");
  });

  it("does not count items passed at once where the organisation allows it for non-critical items", () => {
    const e = evidence(10, 10, { sentAt: at(200), deviceClock: at(201) });
    // Items 3–9 (minor) passed together at 40 s.
    e.itemTimes = e.itemTimes.map((t, i) => (i >= 3 ? { ...t, at: at(40), viaPassRest: true } : t));
    const allowed = { ...DEFAULT_PROOF_SETTINGS, passRestAllowed: true };
    expect(reasons(check(e, { settings: allowed }))).toEqual([]);
    // Not allowed: evidence that cannot be true for this organisation.
    expect(reasons(check(e))).toContain("impossible");
  });

  it("refuses a critical item answered together with others, whatever the setting", () => {
    const e = evidence(10, 10, { sentAt: at(200), deviceClock: at(201) });
    e.itemTimes = e.itemTimes.map((t) => ({ ...t, at: at(40), viaPassRest: true }));
    const allowed = { ...DEFAULT_PROOF_SETTINGS, passRestAllowed: true };
    const flags = assessEvidence(check(e, { settings: allowed })).flags;
    expect(flags.filter((f) => f.reason === "impossible").map((f) => f.detail.field)).toEqual([
      "evidence.itemTimes.0.viaPassRest",
      "evidence.itemTimes.1.viaPassRest",
      "evidence.itemTimes.2.viaPassRest",
    ]);
  });
});

describe("clock trouble", () => {
  it("flags a phone clock more than 5 minutes from the server's, either way", () => {
    const e = evidence(31, 5);
    const sent = Date.parse(e.deviceClock);
    const fiveMinutes = check(e, { receivedAt: new Date(sent - 300_000) });
    expect(reasons(fiveMinutes)).not.toContain("clock_off");
    const ahead = check(e, { receivedAt: new Date(sent - 301_000) });
    expect(assessEvidence(ahead).flags.find((f) => f.kind === "clock")?.detail).toEqual({
      offsetSeconds: 301,
    });
    const behind = check(e, { receivedAt: new Date(sent + 301_000) });
    expect(reasons(behind)).toContain("clock_off");
  });

  it("keeps a queued check's durations right although it arrives hours later", () => {
    const e = evidence(31, 5);
    const received = new Date(Date.parse(e.deviceClock) + 3 * 3600_000);
    // The phone sent it later (deviceClock is when the request left), its clock is right.
    const queued = { ...e, deviceClock: received.toISOString() };
    const result = assessEvidence(check(queued, { receivedAt: received }));
    expect(result.flags).toEqual([]);
    expect(result.stored?.clockOffsetMs).toBe(0);
  });
});

describe("not at the depot", () => {
  // 0.001° of latitude is 111.2 m on a sphere of the mean Earth radius (6371.0088 km).
  const depotArea = { latitude: 45.0, longitude: 39.0, radiusM: 200 };
  const near = (dLatDeg: number, accuracyM: number, e = evidence(31, 5)) => ({
    ...e,
    position: { latitude: 45.0 + dLatDeg, longitude: 39.0, accuracyM, at: e.openedAt },
  });

  it("flags a position whose accuracy circle lies wholly outside the depot's area", () => {
    // 333.6 m away with 100 m accuracy: the nearest point is 233.6 m out, beyond 200 m.
    const flags = assessEvidence(check(near(0.003, 100), { depotArea })).flags;
    expect(flags.map((f) => f.reason)).toEqual(["outside_area"]);
    expect(flags[0]?.detail).toEqual({ distanceM: 334, radiusM: 200, accuracyM: 100 });
    // 333.6 m away with 150 m accuracy may have been 183.6 m away: inside.
    expect(reasons(check(near(0.003, 150), { depotArea }))).toEqual([]);
  });

  it("places nothing where the depot has no area or the person gave no position", () => {
    expect(reasons(check(near(0.05, 10)))).toEqual([]);
    expect(reasons(check(evidence(31, 5), { depotArea }))).toEqual([]);
  });

  it("flags coordinates that are not on Earth and an impossible accuracy, and stores neither", () => {
    const e = evidence(31, 5);
    const offEarth = {
      ...e,
      position: { latitude: 91, longitude: 39, accuracyM: 10, at: e.openedAt },
    };
    const result = assessEvidence(check(offEarth, { depotArea }));
    expect(result.flags.map((f) => f.detail.field)).toEqual(["evidence.position"]);
    expect(result.stored?.position).toBeNull();
    for (const accuracyM of [0, -5, 100_001]) {
      const bad = { ...e, position: { latitude: 45, longitude: 39, accuracyM, at: e.openedAt } };
      expect(assessEvidence(check(bad)).flags.map((f) => f.detail.field)).toEqual([
        "evidence.position.accuracyM",
      ]);
    }
  });

  it("flags a missing QR scan only where the organisation requires one, and another vehicle's code always", () => {
    const required = { ...DEFAULT_PROOF_SETTINGS, qrScanRequired: true };
    expect(reasons(check(evidence(31, 5), { settings: required }))).toEqual(["no_qr_scan"]);
    expect(reasons(check(evidence(31, 5)))).toEqual([]);
    const mine = evidence(31, 5, {
      qr: { text: `https://fleet.example/vehicles/${VEHICLE}`, scannedAt: at(1) },
    });
    expect(reasons(check(mine, { settings: required }))).toEqual([]);
    const other = evidence(31, 5, {
      qr: { text: `https://fleet.example/vehicles/${OTHER}`, scannedAt: at(1) },
    });
    expect(assessEvidence(check(other)).flags[0]).toMatchObject({
      kind: "not_at_depot",
      reason: "other_vehicle_qr",
      detail: { scanned: OTHER },
    });
  });
});

describe("evidence that cannot be true", () => {
  it("flags a check without evidence", () => {
    expect(assessEvidence(check(undefined)).flags).toMatchObject([
      { kind: "evidence", reason: "missing", holds: false },
    ]);
  });

  it("names an item time outside the check's open/sent window, and times in the phone's future", () => {
    const e = evidence(31, 5);
    e.itemTimes[4] = { itemKey: "item4", at: at(-60) };
    e.itemTimes[5] = { itemKey: "item5", at: at(10_000) };
    const fields = assessEvidence(check(e))
      .flags.filter((f) => f.reason === "impossible")
      .map((f) => `${String(f.detail.field)}: ${String(f.detail.problem)}`);
    expect(fields).toEqual([
      "evidence.itemTimes.4.at: is outside the time the check was open",
      "evidence.itemTimes.5.at: is later than the phone's clock when it sent the check",
    ]);
  });

  it("names a check sent before it was opened, and an item not on the checklist", () => {
    const e = evidence(31, 5, { sentAt: at(-10) });
    e.itemTimes.push({ itemKey: "nonsense", at: at(1) });
    const fields = assessEvidence(check(e)).flags.map((f) => f.detail.field);
    expect(fields).toContain("evidence.sentAt");
    expect(fields).toContain("evidence.itemTimes.31.itemKey");
  });

  it("holds the vehicle only for the kinds the organisation says", () => {
    const settings = { ...DEFAULT_PROOF_SETTINGS, flagActions: { too_fast: "hold" as const } };
    const flags = assessEvidence(
      check(evidence(31, 0.6), {
        settings,
        receivedAt: new Date(T0 + 3600_000),
      }),
    ).flags;
    expect(flags.map((f) => [f.kind, f.holds])).toEqual([
      ["clock", false],
      ["too_fast", true],
      ["too_fast", true],
    ]);
  });
});

describe("QR codes", () => {
  it("reads the vehicle from fleethub's code, and nothing from another code", () => {
    expect(vehicleOfQr(`https://x.example/vehicles/${VEHICLE.toUpperCase()}?inspect=1`)).toBe(
      VEHICLE,
    );
    expect(vehicleOfQr("WIFI:S:depot;T:WPA;P:secret;;")).toBeNull();
  });
});
