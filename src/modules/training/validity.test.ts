import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween } from "../../core/calendar-dates.js";
import { certificateStatus } from "./validity.js";

describe("certificate validity", () => {
  it.each([
    ["2026-03-15", 24, "2028-03-15"],
    ["2026-12-15", 1, "2027-01-15"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2025-01-31", 1, "2025-02-28"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2026-05-31", 120, "2036-05-31"],
  ])("issued %s for %i months expires %s", (issued, months, expires) => {
    expect(addMonths(issued, months)).toBe(expires);
  });

  it("counts whole days either way", () => {
    expect(daysBetween("2026-02-27", "2026-03-01")).toBe(2);
    expect(daysBetween("2026-03-01", "2026-02-27")).toBe(-2);
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("is valid up to and including its expiry day, unless revoked", () => {
    expect(certificateStatus({ revoked_at: null, expires_on: "2026-06-01" }, "2026-06-01")).toBe(
      "valid",
    );
    expect(certificateStatus({ revoked_at: null, expires_on: "2026-06-01" }, "2026-06-02")).toBe(
      "expired",
    );
    expect(
      certificateStatus({ revoked_at: new Date(), expires_on: "2030-01-01" }, "2026-06-01"),
    ).toBe("revoked");
  });
});
