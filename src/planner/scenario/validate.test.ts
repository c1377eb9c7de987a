import { describe, expect, it } from "vitest";
import { PlannerInputError } from "../errors.js";
import { defaultScenario } from "./defaults.js";
import { parseScenario } from "./validate.js";

function errorOf(text: string): PlannerInputError {
  try {
    parseScenario(text, "sochi.json");
  } catch (e) {
    if (e instanceof PlannerInputError) return e;
    throw e;
  }
  throw new Error("expected a PlannerInputError");
}

describe("scenario files", () => {
  it("without a file, the documented defaults apply", () => {
    expect(parseScenario(null, "defaults")).toEqual(defaultScenario());
  });

  it('a scenario without its own name is called by its file name, not "default"', () => {
    expect(parseScenario('{"currency": "RUB"}', "/plans/Sochi gas vs electric.json").name).toBe(
      "Sochi gas vs electric",
    );
    expect(parseScenario('{"name": "Сочи 2027"}', "sochi.json").name).toBe("Сочи 2027");
    expect(parseScenario(null, "defaults").name).toBe("default");
  });

  it("overrides defaults key by key and removes entries set to null", () => {
    const s = parseScenario(
      JSON.stringify({
        prices: { electricityPerKwh: 0.09 },
        vehicleTypes: { "cng-12m": null, "beb-12m": { batteryKwh: 499 } },
      }),
      "s.json",
    );
    expect(s.prices.electricityPerKwh).toBe(0.09);
    expect(s.prices.dieselPerLitre).toBe(defaultScenario().prices.dieselPerLitre);
    expect(Object.keys(s.vehicleTypes).sort()).toEqual(["beb-12m", "diesel-12m"]);
    const beb = s.vehicleTypes["beb-12m"]!;
    expect(beb.technology === "battery-electric" && beb.batteryKwh).toBe(499);
  });

  it("rejects a negative price, naming its line and field", () => {
    const e = errorOf('{\n  "name": "Sochi",\n  "prices": {\n    "dieselPerLitre": -1\n  }\n}');
    expect(e.file).toBe("sochi.json");
    expect(e.line).toBe(4);
    expect(e.field).toBe("prices.dieselPerLitre");
    expect(e.problem).toMatch(/at least 0/);
  });

  it("rejects a trip averaging or depot charging it does not know, naming the choices", () => {
    const e = errorOf('{\n  "operation": {\n    "tripAveraging": "arrival-hour"\n  }\n}');
    expect(e.line).toBe(3);
    expect(e.field).toBe("operation.tripAveraging");
    expect(e.message).toContain('"time-weighted", "simba-b08b829"');
    const d = errorOf('{"operation": {"depotCharging": "smart"}}');
    expect(d.field).toBe("operation.depotCharging");
  });

  it("rejects a battery of 0 kWh", () => {
    const e = errorOf('{"vehicleTypes": {\n "beb-12m": {\n  "batteryKwh": 0\n }\n}}');
    expect(e.field).toBe("vehicleTypes.beb-12m.batteryKwh");
    expect(e.line).toBe(3);
    expect(e.problem).toMatch(/greater than 0/);
  });

  it("rejects a charging curve that is not increasing in SoC", () => {
    const e = errorOf(
      '{"vehicleTypes": {"beb-12m": {"chargingCurve": [\n[0, 150],\n[0.8, 150],\n[0.5, 50]\n]}}}',
    );
    expect(e.field).toBe("vehicleTypes.beb-12m.chargingCurve[2]");
    expect(e.line).toBe(4);
    expect(e.problem).toMatch(/increasing/);
  });

  it("rejects a month mapped to a design day the scenario does not have, or not 12 months", () => {
    const e = errorOf(
      '{"designDayByMonth": [\n"winter", "winter", "winter", "summer", "summer", "summer",\n"summer", "summer", "summer", "winter", "winter",\n"spring"\n]}',
    );
    expect(e.field).toBe("designDayByMonth[11]");
    expect(e.line).toBe(4);
    expect(e.problem).toBe('must be one of the design days (winter, summer), got "spring"');
    const short = errorOf('{"designDayByMonth": ["winter"]}');
    expect(short.field).toBe("designDayByMonth");
    expect(short.problem).toMatch(/12 design day ids/);
  });

  it("keeps a scenario's single design day all year when it names no months", () => {
    const scenario = parseScenario(
      JSON.stringify({
        designDays: {
          winter: null,
          summer: null,
          sochi: { temperatureByHourC: Array.from({ length: 24 }, () => 10), daysPerYear: 365 },
        },
      }),
      "sochi.json",
    );
    expect(scenario.designDayByMonth).toEqual(Array.from({ length: 12 }, () => "sochi"));
  });

  it("rejects malformed JSON with its line", () => {
    const e = errorOf('{\n"name": "x",\n"prices": {,}\n}');
    expect(e.line).toBe(3);
    expect(e.problem).toMatch(/invalid JSON/);
  });

  it("rejects a design day without 24 hourly temperatures", () => {
    const e = errorOf(
      JSON.stringify({ designDays: { winter: { temperatureByHourC: [1, 2, 3] } } }),
    );
    expect(e.field).toBe("designDays.winter.temperatureByHourC");
  });

  it("refuses a depot location off the globe, naming the field", () => {
    const e = errorOf(
      JSON.stringify({ operation: { pullOut: { depotLocation: { lat: 95, lon: 39.7 } } } }),
    );
    expect(e.field).toBe("operation.pullOut.depotLocation.lat");
    expect(e.problem).toMatch(/at most 90/);
    const missing = errorOf(
      JSON.stringify({ operation: { pullOut: { depotLocation: { lat: 43.6 } } } }),
    );
    expect(missing.field).toBe("operation.pullOut.depotLocation.lon");
  });

  it("fills a physical consumption model from its documented defaults", () => {
    const s = parseScenario(
      JSON.stringify({
        vehicleTypes: { "beb-12m": { consumption: { kind: "physical", curbMassKg: 14000 } } },
      }),
      "s.json",
    );
    const vt = s.vehicleTypes["beb-12m"]!;
    expect(
      vt.technology === "battery-electric" &&
        vt.consumption.kind === "physical" &&
        vt.consumption.frontalAreaM2,
    ).toBe(8.42);
  });
});

describe("misspelt settings", () => {
  it("are refused instead of silently falling back to the default", () => {
    const e = errorOf('{\n  "prices": {\n    "electricityPrice": 0.05\n  }\n}');
    expect(e.field).toBe("prices.electricityPrice");
    expect(e.line).toBe(3);
    expect(e.problem).toMatch(/unknown setting.*electricityPerKwh/);
  });
});
