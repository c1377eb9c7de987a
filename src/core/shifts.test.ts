import { describe, expect, it } from "vitest";
import {
  latestToday,
  nextShift,
  previousShift,
  shiftAt,
  shiftPatternProblem,
  todayAt,
} from "./shifts.js";

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

  it("answers the same whichever moments were asked before (the starts of each local day are remembered)", () => {
    // Every 10 minutes across Berlin's spring-forward night, forwards then backwards.
    const berlin = { timeZone: "Europe/Berlin", starts: ["05:00"] };
    const expected = (t: number) =>
      t < Date.parse("2026-03-28T04:00:00Z")
        ? "2026-03-27T04:00:00.000Z"
        : t < Date.parse("2026-03-29T03:00:00Z")
          ? "2026-03-28T04:00:00.000Z"
          : "2026-03-29T03:00:00.000Z";
    const moments: number[] = [];
    for (let t = Date.parse("2026-03-27T22:00:00Z"); t < Date.parse("2026-03-30T02:00:00Z");)
      moments.push((t += 600_000));
    for (const t of [...moments, ...moments.reverse()])
      expect(iso(shiftAt(berlin, new Date(t)).start)).toBe(expected(t));
    // Kathmandu is 5:45 ahead of UTC: its midnight is 18:15 UTC, not on an hour.
    const kathmandu = { timeZone: "Asia/Kathmandu", starts: ["00:00"] };
    for (const [at, start] of [
      ["2026-12-01T18:10:00Z", "2026-11-30T18:15:00.000Z"],
      ["2026-12-01T18:15:00Z", "2026-12-01T18:15:00.000Z"],
      ["2026-12-01T18:14:59Z", "2026-11-30T18:15:00.000Z"],
      ["2026-12-01T18:20:00Z", "2026-12-01T18:15:00.000Z"],
    ] as const)
      expect(iso(shiftAt(kathmandu, new Date(at)).start)).toBe(start);
  });

  it("answers the same for a moment whatever was asked before, where midnight happens twice", () => {
    // Havana turns its clocks back from 01:00 to 00:00 on 1 November 2026: 04:30 UTC is
    // 00:30 summer time, 06:00 UTC is 01:00 winter time, both on the same local day.
    const havana = { timeZone: "America/Havana", starts: ["00:00"] };
    const at = new Date("2026-11-01T06:00:00Z");
    const first = iso(shiftAt(havana, at).start);
    shiftAt(havana, new Date("2026-11-01T04:30:00Z"));
    expect(iso(shiftAt(havana, at).start)).toBe(first);
  });

  it("hands each caller its own dates", () => {
    const at = new Date("2026-12-02T03:00:00Z");
    const first = shiftAt(MOSCOW, at);
    first.start.setTime(0);
    expect(iso(shiftAt(MOSCOW, at).start)).toBe("2026-12-02T02:00:00.000Z");
  });

  it("has one shift a day from midnight when the depot set none", () => {
    const shift = shiftAt({ timeZone: "UTC", starts: [] }, new Date("2026-12-02T15:00:00Z"));
    expect([iso(shift.start), iso(shift.end)]).toEqual([
      "2026-12-02T00:00:00.000Z",
      "2026-12-03T00:00:00.000Z",
    ]);
  });

  it("counts today at a depot on its own calendar, and the newest date on Earth at UTC+14", () => {
    // 21:00 UTC is 07:00 the next morning in Vladivostok (UTC+10) and 13:00 in Los Angeles
    // (UTC-8 in March, before its clocks go forward on the 8th).
    const evening = new Date("2026-03-04T21:00:00Z");
    expect(todayAt("Asia/Vladivostok", evening)).toBe("2026-03-05");
    expect(todayAt("America/Los_Angeles", evening)).toBe("2026-03-04");
    expect(todayAt(null, evening)).toBe("2026-03-04");
    expect(todayAt(undefined, new Date("2026-03-05T04:59:00Z"))).toBe("2026-03-05");
    expect(todayAt("America/Los_Angeles", new Date("2026-03-05T04:59:00Z"))).toBe("2026-03-04");
    // Kiritimati's midnight is 10:00 UTC.
    expect(latestToday(new Date("2026-03-04T09:59:59Z"))).toBe("2026-03-04");
    expect(latestToday(new Date("2026-03-04T10:00:00Z"))).toBe("2026-03-05");
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
