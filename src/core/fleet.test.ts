import { describe, expect, it } from "vitest";
import { normalisePlate, normaliseVin } from "./fleet.js";

describe("normaliseVin", () => {
  it("accepts a 17-character VIN and writes it in capitals", () => {
    expect(normaliseVin(" x9l21230070123456 ")).toBe("X9L21230070123456");
  });
  it.each([
    ["X9L2123007012345", /17 characters \(got 16\)/],
    ["X9L212300701234567", /17 characters \(got 18\)/],
    ["X9L21230070I23456", /must not contain the letter I/],
    ["X9L2123007O123456", /must not contain the letter O/],
    ["X9L21230070-23456", /must not contain "-"/],
  ])("refuses %s", (vin, message) => {
    expect(() => normaliseVin(vin)).toThrow(message);
  });
});

describe("normalisePlate", () => {
  it("removes spaces and writes capitals", () => {
    expect(normalisePlate("а 123 ВС 23")).toBe("А123ВС23");
  });
});
