import { describe, expect, it } from "vitest";
import { BUILT_IN_COMPETENCIES } from "./competencies.js";
import {
  BUILT_IN_TEMPLATES,
  CITY_BUS_PRE_SHIFT,
  HAUL_TRUCK_PRE_SHIFT,
  MACHINERY_DAILY,
  builtInItem,
  faultOf,
  itemsFor,
} from "./inspection-templates.js";

const builtInItems = BUILT_IN_TEMPLATES.flatMap((template) =>
  template.items.map((item) => ({ template: template.key, ...item })),
);

describe("built-in checklist fault wording", () => {
  it("covers every built-in item", () => {
    // 46 bus items, 15 machinery items, 10 haul-truck items.
    expect(builtInItems).toHaveLength(71);
  });

  it.each(builtInItems.map((item) => [`${item.template}/${item.key}`, item] as const))(
    "names %s as a fault in both languages, not as its pass condition",
    (_, item) => {
      for (const language of ["en", "ru"] as const) {
        const fault = item.fault[language].trim();
        expect(fault.length).toBeGreaterThan(0);
        expect(fault).not.toBe(item.label[language].trim());
        // A pass condition reads "No leaks…" / "Нет подтёков…"; a fault never does.
        expect(fault).not.toMatch(language === "en" ? /^No\b/ : /^Нет\b/);
      }
    },
  );
});

describe("faultOf", () => {
  it("finds the fault wording of a built-in item by its key", () => {
    expect(faultOf("engine_bay_leaks")).toEqual({
      en: "Fuel, oil or coolant leak in the engine compartment",
      ru: "Подтёки топлива, масла или охлаждающей жидкости в моторном отсеке",
    });
    expect(faultOf("hydraulic_leaks")?.en).toBe("Hydraulic oil leak or damaged hose");
  });

  it("returns null for a key no built-in template has", () => {
    expect(faultOf("ticket_validators")).toBeNull();
    expect(faultOf("")).toBeNull();
  });

  it("tells apart a key two templates share when the template is named", () => {
    const machinery = MACHINERY_DAILY.items.find((i) => i.key === "steering");
    expect(faultOf("steering", "machinery-daily")).toEqual(machinery?.fault);
    expect(faultOf("steering", "bus-pre-shift")?.en).toMatch(/power steering/);
    expect(faultOf("steering")).toEqual(faultOf("steering", "bus-pre-shift"));
    expect(faultOf("steering", "no-such-template")).toBeNull();
  });

  it("hands out a copy, so a caller cannot change the definition", () => {
    const fault = faultOf("parking_brake");
    if (fault) fault.en = "changed";
    expect(faultOf("parking_brake")?.en).toBe("Parking brake does not hold");
  });
});

describe("items that forbid operation (Government decree No. 837 of 27 May 2023)", () => {
  // The faults the decree lists, as items of the bus checklist.
  it.each([
    "lights",
    "horn_wipers_mirrors",
    "seat_belts",
    "body_floor",
    "cng_requalification",
    "abs_warning_lamp",
    "power_steering_leak",
    "tyre_tread",
    "service_brakes",
    "parking_brake",
    "steering",
  ])("bus item %s forbids operation", (key) => {
    expect(builtInItem("bus-pre-shift", key)?.forbidsOperation).toBe(true);
  });

  it.each(["engine_bay_clean", "first_aid_kit", "route_display", "wheel_chocks"])(
    "bus item %s does not",
    (key) => {
      expect(builtInItem("bus-pre-shift", key)?.forbidsOperation).toBe(false);
    },
  );
});

describe("what each bus gets", () => {
  const keys = (
    powertrain: "diesel" | "cng" | "battery_electric" | "hybrid",
    type?: "city_bus" | "intercity_bus",
  ) => itemsFor(CITY_BUS_PRE_SHIFT.items, powertrain, type).map((i) => i.key);

  it("gives a CNG bus no exhaust or turbo item, and its gas items with the КПГ marking", () => {
    const cng = itemsFor(CITY_BUS_PRE_SHIFT.items, "cng", "city_bus");
    expect(cng.filter((i) => /exhaust|turbo/i.test(`${i.key} ${i.label.en}`))).toEqual([]);
    expect(keys("cng")).toEqual(expect.arrayContaining(["cng_leak_check", "cng_marking"]));
    expect(keys("cng")).not.toContain("adblue");
  });

  it("gives diesel and hybrid buses the exhaust, turbo, fuel tank and AdBlue items", () => {
    for (const powertrain of ["diesel", "hybrid"] as const)
      expect(keys(powertrain)).toEqual(
        expect.arrayContaining([
          "heat_shields",
          "exhaust_turbo_brackets",
          "fuel_lines_turbo",
          "fuel_tank_cap",
          "adblue",
        ]),
      );
    expect(keys("battery_electric")).not.toContain("fuel_tank_cap");
  });

  it("asks for the ramp, interior lights and call buttons on city buses only", () => {
    const city = ["wheelchair_ramp", "interior_lighting", "passenger_call_buttons"];
    expect(keys("diesel", "city_bus")).toEqual(expect.arrayContaining(city));
    for (const key of city) expect(keys("diesel", "intercity_bus")).not.toContain(key);
  });

  it("measures the tyre tread on buses", () => {
    expect(builtInItem("bus-pre-shift", "tyre_tread")?.measurement).toBe("tyre_tread_mm");
  });

  it("gives tractors and combines spark arresters and the harvest fire kit", () => {
    const machinery = MACHINERY_DAILY.items.map((i) => i.key);
    expect(machinery).toEqual(expect.arrayContaining(["spark_arrester", "harvest_fire_kit"]));
    expect(MACHINERY_DAILY.vehicleTypes).toEqual(["tractor", "combine_harvester"]);
  });

  it("gives a mining dump truck its own walkaround", () => {
    const templates = BUILT_IN_TEMPLATES.filter((t) =>
      t.vehicleTypes.includes("mining_dump_truck"),
    );
    expect(templates).toEqual([HAUL_TRUCK_PRE_SHIFT]);
    expect(HAUL_TRUCK_PRE_SHIFT.items.map((i) => i.key)).toEqual(
      expect.arrayContaining([
        "service_brakes_retarder",
        "steering",
        "tyres_rims",
        "lights_horn_reversing_alarm",
        "fire_suppression",
        "leaks",
        "access_ladders_handrails",
        "seat_belt",
        "extinguisher",
      ]),
    );
  });
});

describe("competencies per item", () => {
  const known = new Set(BUILT_IN_COMPETENCIES.map((c) => c.key));

  it.each(builtInItems.map((item) => [`${item.template}/${item.key}`, item] as const))(
    "%s names competencies that exist",
    (_, item) => {
      expect(item.competencies.length).toBeGreaterThan(0);
      for (const key of item.competencies) expect(known.has(key), key).toBe(true);
    },
  );

  it.each([
    ["bus-pre-shift", "wiring_chafe", ["electrical_lv", "fire_safety"]],
    ["bus-pre-shift", "engine_bay_leaks", ["engine_fuel", "fire_safety"]],
    ["bus-pre-shift", "cng_requalification", ["cng_cylinder_testing"]],
    ["bus-pre-shift", "tachograph_glonass", ["tachograph_workshop"]],
    ["machinery-daily", "crop_debris", ["agri_machinery"]],
    ["machinery-daily", "hydraulic_leaks", ["agri_machinery"]],
  ])("%s/%s needs %j", (template, key, expected) => {
    expect(builtInItem(template, key)?.competencies).toEqual(expected);
  });
});
