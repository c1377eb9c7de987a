import { describe, expect, it } from "vitest";
import { permissionsOf, type Role } from "./roles.js";
import {
  NEXT_STATUSES,
  TRANSITION_TARGETS,
  WORK_ORDER_STATUSES,
  allowedSteps,
  refuseStep,
  type OrderFacts,
  type WorkOrderStatus,
} from "./work-order-states.js";
import { refuseDefectStep, type DefectFacts } from "./defect-states.js";

const order = (status: WorkOrderStatus, more: Partial<OrderFacts> = {}): OrderFacts => ({
  number: 7,
  status,
  blocking: false,
  defectUnresolved: false,
  completedBy: null,
  ...more,
});
const person = (role: Role, more: { userId?: string | null; missing?: string[] } = {}) => ({
  userId: more.userId === undefined ? "u-1" : more.userId,
  permissions: permissionsOf([role]),
  missingCompetencies: more.missing ?? [],
});

describe("the work-order state machine", () => {
  // Every (from, to) pair: the allowed ones are exactly the documented life of an order.
  const allowed: [WorkOrderStatus, string][] = [
    ["requested", "scheduled"],
    ["requested", "in_progress"],
    ["requested", "cancelled"],
    ["scheduled", "in_progress"],
    ["scheduled", "cancelled"],
    ["in_progress", "completed"],
    ["in_progress", "cancelled"],
    ["completed", "verified"],
  ];
  for (const from of WORK_ORDER_STATUSES)
    for (const to of TRANSITION_TARGETS) {
      const ok = allowed.some(([f, t]) => f === from && t === to);
      it(`${ok ? "allows" : "refuses"} ${from} → ${to}`, () => {
        const refusal = refuseStep(
          order(from, { completedBy: "someone-else" }),
          to,
          person("mechanic"),
        );
        if (ok) expect(refusal).toBeNull();
        else expect(refusal).toMatchObject({ code: "NOT_ALLOWED_FROM", from, to });
      });
    }

  it("never leaves a verified or cancelled order", () => {
    expect(NEXT_STATUSES.verified).toEqual([]);
    expect(NEXT_STATUSES.cancelled).toEqual([]);
  });

  it.each<[Role, string, boolean]>([
    ["mechanic", "completed", true],
    ["hub_technician", "completed", true],
    ["dispatcher", "completed", false],
    ["operator_manager", "completed", false],
    ["driver", "in_progress", false],
    ["dispatcher", "in_progress", true],
    ["operator_manager", "cancelled", true],
  ])("lets a %s take the step to %s: %s", (role, to, ok) => {
    const from: WorkOrderStatus = to === "completed" ? "in_progress" : "requested";
    const refusal = refuseStep(order(from), to as "completed", person(role));
    if (ok) expect(refusal).toBeNull();
    else expect(refusal?.code).toBe("NO_PERMISSION");
  });

  it("refuses a sign-off to a person missing a competency, naming it, and to an API token", () => {
    expect(
      refuseStep(
        order("in_progress"),
        "completed",
        person("mechanic", { missing: ["fire_safety"] }),
      ),
    ).toEqual({ code: "NOT_CERTIFIED", field: "competencies", missing: ["fire_safety"] });
    expect(
      refuseStep(order("in_progress"), "completed", person("mechanic", { userId: null }))?.code,
    ).toBe("NOT_A_PERSON");
  });

  it("refuses verification by the person who completed the order", () => {
    const completed = order("completed", { completedBy: "u-1" });
    expect(refuseStep(completed, "verified", person("mechanic"))?.code).toBe("OWN_WORK");
    expect(refuseStep(completed, "verified", person("mechanic", { userId: "u-2" }))).toBeNull();
  });

  it("never cancels a blocking order whose defect is unresolved, but cancels a non-blocking one", () => {
    const blocking = order("in_progress", { blocking: true, defectUnresolved: true });
    expect(refuseStep(blocking, "cancelled", person("operator_manager"))?.code).toBe(
      "DEFECT_UNRESOLVED",
    );
    expect(
      refuseStep({ ...blocking, blocking: false }, "cancelled", person("operator_manager")),
    ).toBeNull();
    expect(
      refuseStep({ ...blocking, defectUnresolved: false }, "cancelled", person("operator_manager")),
    ).toBeNull();
  });

  it("offers an uncertified mechanic no sign-off, only the steps they may take", () => {
    const uncertified = person("mechanic", { missing: ["fire_safety"] });
    expect(
      allowedSteps(order("in_progress", { blocking: true, defectUnresolved: true }), uncertified),
    ).toEqual([]);
    expect(allowedSteps(order("requested"), uncertified)).toEqual([
      "scheduled",
      "in_progress",
      "cancelled",
    ]);
  });
});

describe("the defect's chain of signatures", () => {
  const defect = (more: Partial<DefectFacts> = {}): DefectFacts => ({
    status: "open",
    reviewed: false,
    openWorkOrderNumber: null,
    certifiedBy: null,
    ...more,
  });

  it("treats no repair needed as a certification needing the category's competencies", () => {
    expect(
      refuseDefectStep(
        defect(),
        "no_repair_needed",
        person("mechanic", { missing: ["fire_safety"] }),
      ),
    ).toMatchObject({ code: "NOT_CERTIFIED", missing: ["fire_safety"] });
    expect(refuseDefectStep(defect(), "no_repair_needed", person("mechanic"))).toBeNull();
  });

  it("sends a defect with an open work order to that order", () => {
    expect(
      refuseDefectStep(defect({ openWorkOrderNumber: 12 }), "repaired", person("mechanic")),
    ).toMatchObject({ code: "UNDER_WORK_ORDER", workOrderNumber: 12 });
  });

  it("refuses a driver certifying and a token certifying", () => {
    expect(refuseDefectStep(defect(), "repaired", person("driver"))?.code).toBe("NO_PERMISSION");
    expect(refuseDefectStep(defect(), "repaired", person("mechanic", { userId: null }))?.code).toBe(
      "NOT_A_PERSON",
    );
  });

  it("refuses certifying twice", () => {
    expect(
      refuseDefectStep(defect({ status: "repaired" }), "repaired", person("mechanic")),
    ).toMatchObject({ code: "ALREADY_RESOLVED", status: "repaired" });
  });

  it.each<[Role, string | null, string | null]>([
    ["driver", "u-9", null],
    ["driver", "u-1", "OWN_REPAIR"],
    ["mechanic", "u-9", "NO_PERMISSION"],
    ["operator_manager", "u-9", "NO_PERMISSION"],
    ["network_admin", "u-9", "NO_PERMISSION"],
  ])("lets a %s review a repair certified by %s: refusal %s", (role, certifiedBy, code) => {
    const refusal = refuseDefectStep(
      defect({ status: "repaired", certifiedBy }),
      "review",
      person(role),
    );
    expect(refusal?.code ?? null).toBe(code);
  });

  it("refuses reviewing an open defect or one already reviewed", () => {
    expect(refuseDefectStep(defect(), "review", person("driver"))?.code).toBe("NOT_RESOLVED");
    expect(
      refuseDefectStep(defect({ status: "repaired", reviewed: true }), "review", person("driver"))
        ?.code,
    ).toBe("ALREADY_REVIEWED");
  });
});
