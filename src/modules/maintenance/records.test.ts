import { describe, expect, it } from "vitest";
import { nextBasis, type TaskSchedule } from "./records.js";

const to1: TaskSchedule = {
  schedule: "fixed",
  interval_km: 10_000,
  interval_hours: null,
  interval_days: null,
};
const previous = { basis_date: "2026-01-10", basis_km: 40_000, basis_hours: null };

describe("next basis of a maintenance task", () => {
  it("keeps a fixed task on its plan when it is done early or a little late", () => {
    const early = nextBasis(to1, previous, {
      completedOn: "2026-03-01",
      meterKm: 49_200,
      meterHours: null,
    });
    // Due at 50,000 and done at 49,200: the next is due at 60,000.
    expect((early.basis_km ?? 0) + 10_000).toBe(60_000);
    const late = nextBasis(to1, previous, {
      completedOn: "2026-03-05",
      meterKm: 51_500,
      meterHours: null,
    });
    expect((late.basis_km ?? 0) + 10_000).toBe(60_000);
  });

  it("skips plan points a very late fixed task has already passed", () => {
    const veryLate = nextBasis(to1, previous, {
      completedOn: "2026-05-01",
      meterKm: 73_000,
      meterHours: null,
    });
    expect((veryLate.basis_km ?? 0) + 10_000).toBe(80_000);
  });

  it("moves a floating task's next due point from the actual completion", () => {
    const floating = nextBasis({ ...to1, schedule: "floating" }, previous, {
      completedOn: "2026-03-05",
      meterKm: 51_500,
      meterHours: null,
    });
    expect(floating).toEqual({ basis_date: "2026-03-05", basis_km: 51_500, basis_hours: null });
  });

  it("keeps a fixed calendar task on its dates", () => {
    const yearly: TaskSchedule = {
      schedule: "fixed",
      interval_km: null,
      interval_hours: null,
      interval_days: 365,
    };
    const basis = nextBasis(
      yearly,
      { basis_date: "2025-02-01", basis_km: null, basis_hours: null },
      { completedOn: "2026-02-20", meterKm: 90_000, meterHours: null },
    );
    // Due 2026-02-01, done 19 days late: next due 2027-02-01 on the plan.
    expect(basis.basis_date).toBe("2026-02-01");
  });

  it("starts from the completion when the task was never done before", () => {
    expect(
      nextBasis(to1, null, { completedOn: "2026-03-05", meterKm: 51_500, meterHours: null }),
    ).toEqual({ basis_date: "2026-03-05", basis_km: 51_500, basis_hours: null });
  });
});
