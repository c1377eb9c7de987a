import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { DETROIT_GTFS } from "../../../test/fixtures/paths.js";
import { PlannerInputError } from "../errors.js";
import type { PlanResult } from "../plan-types.js";
import { runPlan } from "../plan.js";
import { prepareGtfsPlanInput } from "../prepare-input.js";
import { parseScenario } from "./validate.js";

const SOCHI = fileURLToPath(new URL("../../../docs/scenarios/sochi.json", import.meta.url));

describe("the documented Sochi scenario, run on a feed of another city", () => {
  let result: PlanResult;
  beforeAll(async () => {
    const input = await prepareGtfsPlanInput({
      gtfsPath: DETROIT_GTFS,
      date: "2022-07-05",
      scenario: { text: readFileSync(SOCHI, "utf8"), fileName: "sochi.json" },
    });
    result = runPlan(input, { sensitivity: false });
  }, 60_000);

  const option = (id: string) => result.options.find((o) => o.id === id)!;

  it("is in roubles, with a gas, an electric and a diesel option", () => {
    expect(result.scenarioName).toBe("Sochi");
    expect(result.currency).toBe("RUB");
    expect(result.options.map((o) => o.id)).toEqual(
      expect.arrayContaining(["cng-12m", "beb-12m", "diesel-12m"]),
    );
    expect(result.year?.designDayByMonth).toEqual([
      "winter",
      "winter",
      "winter",
      "shoulder",
      "shoulder",
      "early-summer",
      "high-summer",
      "high-summer",
      "early-summer",
      "shoulder",
      "shoulder",
      "winter",
    ]);
  });

  it("fuels a gas bus for less per km than a diesel bus, at July 2025 prices", () => {
    const gas = option("cng-12m");
    const diesel = option("diesel-12m");
    expect(gas.annual.distanceKm).toBeCloseTo(diesel.annual.distanceKm, 6);
    // Gas 25.94 RUB/m³ against diesel 70.2 RUB/l (vedomosti.ru, 2025-08-10): 0.37 of the
    // price; a gas bus burns 52 m³ where a diesel bus burns 40 l (and its heater 1.3 m³
    // where the diesel's burns 1 l; Sochi is never below 0 °C on its design days), so its
    // fuel costs 1.3 × 0.37 = 0.48 of the diesel's per km.
    expect(25.94 / 70.2).toBeCloseTo(0.37, 2);
    expect(gas.tco.fuel / diesel.tco.fuel).toBeCloseTo((52 / 40) * (25.94 / 70.2), 6);
    expect(gas.annual.gasM3 / diesel.annual.dieselLitres).toBeCloseTo(1.3, 6);
  });

  it("counts the depot's CNG filling station in the gas option only", () => {
    // 150 M RUB bought once in 20 years, 7.5 M RUB a year at 4 % over 20 years
    // (annuity factor 13.5903).
    expect(option("cng-12m").tco.fuelStation / 1e6).toBeCloseTo(150 + 7.5 * 13.590326, 3);
    expect(option("diesel-12m").tco.fuelStation).toBe(0);
    expect(option("beb-12m").tco.fuelStation).toBe(0);
  });

  it("charges the e-buses' grid connection and demand; their CO₂ comes from the grid", () => {
    const beb = option("beb-12m");
    expect(beb.tco.gridConnection).toBeGreaterThan(0);
    expect(beb.tco.demandCharges).toBeGreaterThan(0);
    // CO₂ from the grid at 0.472 kg/kWh (Energies 2025, 18(1):14, midpoint).
    expect(beb.annual.co2Tonnes).toBeCloseTo((beb.annual.electricityKwh * 0.472) / 1000, 6);
    expect(beb.annual.dieselLitres).toBe(0);
  });
});

describe("presets", () => {
  it("a scenario starts from the RUB preset, and an unknown preset is refused naming its line", () => {
    const ru = parseScenario('{ "preset": "ru-2025" }', "ru.json");
    expect(ru.currency).toBe("RUB");
    expect(ru.prices.dieselPerLitre).toBe(70.2);
    expect(ru.prices.gasPerM3).toBe(25.94);
    expect(ru.vehicleTypes["beb-12m"]!.capexPerVehicle).toBe(72_500_000);
    expect(parseScenario(null, "defaults").currency).toBe("EUR");
    let error: unknown = null;
    try {
      parseScenario('{\n  "preset": "ru-2024"\n}', "ru.json");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlannerInputError);
    expect((error as PlannerInputError).field).toBe("preset");
    expect((error as PlannerInputError).line).toBe(2);
  });
});
