import { describe, expect, it } from "vitest";
import { documentDatesProblem, documentState, signatureProblem } from "./pretrip.js";
import { renderText } from "./server-text.js";

const bus = (inServiceDate: string | null) => ({ vehicleType: "city_bus", inServiceDate });
const gas = (cngCylinderType: "cng1" | "cng2" | "cng3" | "cng4" | null) => ({
  vehicleType: "city_bus",
  inServiceDate: "2020-01-01",
  cngCylinderType,
});

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
    // CNG cylinders requalified every 5, 3 or 2 years by type (avtodigitals.ru, DOMAIN.md
    // §1); with no type recorded fleethub knows no limit.
    ["cng_cylinder_requalification", "2026-04-01", "2031-04-01", gas("cng1"), null],
    ["cng_cylinder_requalification", "2026-04-01", "2031-04-02", gas("cng1"), /every 5 years/],
    ["cng_cylinder_requalification", "2026-04-01", "2029-04-01", gas("cng2"), null],
    ["cng_cylinder_requalification", "2026-04-01", "2029-04-02", gas("cng3"), /every 3 years/],
    ["cng_cylinder_requalification", "2026-04-01", "2028-04-01", gas("cng4"), null],
    ["cng_cylinder_requalification", "2026-04-01", "2028-04-02", gas("cng4"), /every 2 years/],
    ["cng_cylinder_requalification", "2026-04-01", "2036-04-01", gas(null), null],
  ] as const)("%s issued %s expiring %s", (kind, issued, expires, vehicle, problem) => {
    const found = documentDatesProblem(kind, issued, expires, vehicle);
    if (problem === null) expect(found).toBeNull();
    else expect(found && renderText(found.problem, "en")).toMatch(problem);
  });

  it("says in Russian why a composite cylinder's requalification cannot run 3 years", () => {
    const found = documentDatesProblem(
      "cng_cylinder_requalification",
      "2026-04-01",
      "2029-04-01",
      gas("cng4"),
    );
    expect(found && renderText(found.problem, "ru")).toBe(
      "2029-04-01 позже 2028-04-01: баллоны типа КПГ-4 (композитный) освидетельствуются раз в 2 года",
    );
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
