import { describe, expect, it } from "vitest";
import { BUILT_IN_TEMPLATES, MACHINERY_DAILY, faultOf } from "./inspection-templates.js";

const builtInItems = BUILT_IN_TEMPLATES.flatMap((template) =>
  template.items.map((item) => ({ template: template.key, ...item })),
);

describe("built-in checklist fault wording", () => {
  it("covers every built-in item", () => {
    expect(builtInItems).toHaveLength(44);
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
