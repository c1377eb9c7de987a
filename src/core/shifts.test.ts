import { describe, expect, it } from "vitest";
import { nextShift, previousShift, shiftAt, shiftPatternProblem } from "./shifts.js";

// Moscow keeps UTC+3 all year, so 05:00 local is 02:00 UTC and 13:00 local is 10:00 UTC.
const MOSCOW = { timeZone: "Europe/Moscow", starts: ["05:00", "13:00"] };
const iso = (d: Date) => d.toISOString();

describe("a depot's shifts", () => {
  it("finds the morning shift in the morning and the afternoon shift until the next morning", () => {
    const morning = shiftAt(MOSCOW, new Date("2026-12-02T03:00:00Z")); // 06:00 local
    expect([iso(morning.start), iso(morning.end), morning.localStart]).toEqual([
      "2026-12-02T02:00:00.000Z",
      "2026-12-02T10:00:00.000Z",
      "05:00",
    ]);
    const night = shiftAt(MOSCOW, new Date("2026-12-02T01:00:00Z")); // 04:00 local
    expect([iso(night.start), iso(night.end), night.localStart]).toEqual([
      "2026-12-01T10:00:00.000Z",
      "2026-12-02T02:00:00.000Z",
      "13:00",
    ]);
  });

  it("puts a shift's first minute in that shift, and its end in the next", () => {
    expect(iso(shiftAt(MOSCOW, new Date("2026-12-02T02:00:00Z")).start)).toBe(
      "2026-12-02T02:00:00.000Z",
    );
    expect(iso(shiftAt(MOSCOW, new Date("2026-12-02T10:00:00Z")).start)).toBe(
      "2026-12-02T10:00:00.000Z",
    );
    expect(iso(shiftAt(MOSCOW, new Date("2026-12-02T09:59:59Z")).start)).toBe(
      "2026-12-02T02:00:00.000Z",
    );
  });

  it("gives the next and the previous shift", () => {
    const at = new Date("2026-12-02T03:00:00Z");
    expect(iso(nextShift(MOSCOW, at).start)).toBe("2026-12-02T10:00:00.000Z");
    expect(iso(previousShift(MOSCOW, at).start)).toBe("2026-12-01T10:00:00.000Z");
  });

  it("follows summer time: 05:00 in Berlin is 04:00 UTC in winter and 03:00 UTC in summer", () => {
    const berlin = { timeZone: "Europe/Berlin", starts: ["05:00"] };
    expect(iso(shiftAt(berlin, new Date("2026-01-15T12:00:00Z")).start)).toBe(
      "2026-01-15T04:00:00.000Z",
    );
    expect(iso(shiftAt(berlin, new Date("2026-07-15T12:00:00Z")).start)).toBe(
      "2026-07-15T03:00:00.000Z",
    );
    // The night the clocks go forward (29 March 2026) the shift is 23 hours long.
    const short = shiftAt(berlin, new Date("2026-03-28T12:00:00Z"));
    expect((short.end.getTime() - short.start.getTime()) / 3_600_000).toBe(23);
  });

  it("has one shift a day from midnight when the depot set none", () => {
    const shift = shiftAt({ timeZone: "UTC", starts: [] }, new Date("2026-12-02T15:00:00Z"));
    expect([iso(shift.start), iso(shift.end)]).toEqual([
      "2026-12-02T00:00:00.000Z",
      "2026-12-03T00:00:00.000Z",
    ]);
  });

  it.each([
    [{ timeZone: "Mars/Olympus", starts: ["05:00"] }, "timeZone"],
    [{ timeZone: "UTC", starts: ["5:00"] }, "shiftStarts"],
    [{ timeZone: "UTC", starts: ["24:00"] }, "shiftStarts"],
    [{ timeZone: "UTC", starts: ["05:00", "05:00"] }, "shiftStarts"],
    [{ timeZone: "UTC", starts: [] }, "shiftStarts"],
  ])("refuses the pattern %j, naming %s", (pattern, field) => {
    expect(shiftPatternProblem(pattern)?.field).toBe(field);
  });
});
