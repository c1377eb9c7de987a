import { describe, expect, it } from "vitest";
import { documentDatesProblem, documentState, signatureProblem } from "./pretrip.js";

const bus = (inServiceDate: string | null) => ({ vehicleType: "city_bus", inServiceDate });

describe("documents' dates", () => {
  it.each([
    // kind, issued, expires, vehicle, problem (null: accepted)
    ["osago", "2026-03-01", "2026-02-28", null, /before the date of issue/],
    ["osago", "2026-03-01", "2026-03-01", null, null],
    ["osago", "2026-03-01", "2031-03-01", null, null],
    // 170-FZ art. 15: a bus up to 5 years old, 12 months; older, 6 months.
    ["diagnostic_card", "2026-06-01", "2027-06-01", bus("2023-01-10"), null],
    ["diagnostic_card", "2026-06-01", "2027-06-02", bus("2023-01-10"), /at most 12 months/],
    ["diagnostic_card", "2026-06-01", "2026-12-01", bus("2019-01-10"), null],
    ["diagnostic_card", "2026-06-01", "2026-12-02", bus("2019-01-10"), /at most 6 months/],
    // At the boundary: exactly 5 years old on the day of issue is not "over 5 years"
    // (12 months); one day more is (6 months).
    ["diagnostic_card", "2026-06-01", "2027-06-01", bus("2021-06-01"), null],
    ["diagnostic_card", "2026-06-01", "2027-06-01", bus("2021-05-31"), /at most 6 months/],
    ["diagnostic_card", "2026-06-01", "2026-12-01", bus("2021-05-31"), null],
    // A tractor's card is not a bus's: no term known.
    [
      "diagnostic_card",
      "2026-06-01",
      "2028-06-01",
      { vehicleType: "tractor", inServiceDate: "2010-01-01" },
      null,
    ],
    ["tachograph_skzi", "2024-02-29", "2027-02-28", bus(null), null],
    ["tachograph_skzi", "2024-02-29", "2027-03-01", bus(null), /at most 3 years/],
  ] as const)("%s issued %s expiring %s", (kind, issued, expires, vehicle, problem) => {
    const found = documentDatesProblem(kind, issued, expires, vehicle);
    if (problem === null) expect(found).toBeNull();
    else expect(found?.problem).toMatch(problem);
  });

  it("counts a document valid through its expiry day, expiring within the window, then expired", () => {
    expect(documentState("2026-12-02", "2026-12-02", "2027-01-01")).toBe("expiring");
    expect(documentState("2026-12-01", "2026-12-02", "2027-01-01")).toBe("expired");
    expect(documentState("2027-01-02", "2026-12-02", "2027-01-01")).toBe("valid");
  });
});

describe("the controller's signature", () => {
  it.each(["Иванов И.И.", "Ivanov I.I.", "Петров-Водкин К. С.", "Smith J."])("accepts %s", (s) =>
    expect(signatureProblem(s)).toBeNull(),
  );
  it.each(["ivanov", "Иванов", "И.И. Иванов", "Ivanov ii", ""])("refuses %s", (s) =>
    expect(signatureProblem(s)).toMatch(/surname and initials/),
  );
});
