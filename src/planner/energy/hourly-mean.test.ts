import { describe, expect, it } from "vitest";
import { tripMean } from "./hourly-mean.js";

// SimBA's example winter profile (data/examples/consumption/default_temp_winter.csv), hour 0 first.
const WINTER = [
  -1.1, -1.1, -2.2, -2.7, -2.7, -2.7, -2.7, -3.8, -3.8, -3.8, -3.8, -2.7, -1.1, 1.1, 2.2, 2.2, 1.1,
  0, 0, -1.1, -1.1, -1.1, -1.1, -1.1,
];
const at = (day: number, h: number, m: number): number => day * 86400 + h * 3600 + m * 60;

describe("trip mean of an hourly profile", () => {
  it("weights each hour by the seconds of the trip in it", () => {
    const hours = Array.from({ length: 24 }, (_, h) => h);
    // 22:30–23:30: half an hour at 22, half at 23.
    expect(tripMean(hours, at(0, 22, 30), at(0, 23, 30), "time-weighted")).toBeCloseTo(22.5, 12);
    // 23:40–00:10 next day: 20 min at 23, 10 min at 0 → (23·20 + 0·10) / 30.
    expect(tripMean(hours, at(0, 23, 40), at(1, 0, 10), "time-weighted")).toBeCloseTo(
      (23 * 20) / 30,
      12,
    );
    // Within one hour, and a trip of no duration: that hour's value.
    expect(tripMean(hours, at(1, 7, 5), at(1, 7, 50), "time-weighted")).toBe(7);
    expect(tripMean(hours, at(1, 9, 0), at(1, 9, 0), "time-weighted")).toBe(9);
  });

  // Expected values printed by SimBA b08b829's own util.get_mean_from_hourly_dict on the
  // winter profile (Debian python3, 2026-12-02).
  it("reproduces SimBA b08b829's figures in its mode", () => {
    expect(tripMean(WINTER, at(0, 22, 48), at(0, 23, 23), "simba-b08b829")).toBeCloseTo(
      -12.585714285714278,
      9,
    );
    expect(tripMean(WINTER, at(1, 3, 49), at(1, 4, 12), "simba-b08b829")).toBeCloseTo(
      6.952173913043478,
      9,
    );
    expect(tripMean(WINTER, at(0, 23, 31), at(1, 0, 4), "simba-b08b829")).toBeCloseTo(-1.1, 9);
    expect(tripMean(WINTER, at(0, 22, 11), at(0, 22, 44), "simba-b08b829")).toBeCloseTo(-1.1, 9);
    // The same trips, time-weighted: the profile's own values.
    expect(tripMean(WINTER, at(0, 22, 48), at(0, 23, 23), "time-weighted")).toBeCloseTo(-1.1, 9);
    expect(tripMean(WINTER, at(1, 3, 49), at(1, 4, 12), "time-weighted")).toBeCloseTo(-2.7, 9);
  });
});
