import { describe, expect, it } from "vitest";
import { isRoleAllowedIn, navigationFor, permissionsOf } from "./roles.js";

describe("roles", () => {
  it("gives a network admin every permission", () => {
    const permissions = permissionsOf(["network_admin"]);
    expect(permissions.has("organisations.create")).toBe(true);
    expect(permissions.has("regions.write")).toBe(true);
  });

  it("does not let a driver manage users or tokens", () => {
    const permissions = permissionsOf(["driver"]);
    expect(permissions.has("users.write")).toBe(false);
    expect(permissions.has("tokens.manage")).toBe(false);
  });

  it("lets a dispatcher, a mechanic and a manager confirm a waiting meter reading, not a driver", () => {
    for (const role of ["dispatcher", "mechanic", "operator_manager", "hub_technician"] as const)
      expect(permissionsOf([role]).has("meters.confirm"), role).toBe(true);
    expect(permissionsOf(["driver"]).has("meters.confirm")).toBe(false);
  });

  it("gives the controller the pre-trip control and the review of flagged checks, and medical decisions only to the medical worker", () => {
    const controller = permissionsOf(["technical_controller"]);
    expect(controller.has("pretrip.control")).toBe(true);
    expect(controller.has("inspections.confirm")).toBe(true);
    expect(controller.has("medical.admit")).toBe(false);
    const medic = permissionsOf(["medical_worker"]);
    expect(medic.has("medical.admit")).toBe(true);
    expect(medic.has("pretrip.control")).toBe(false);
    // Not even a network admin or a manager reads medical details (152-FZ art. 10).
    for (const role of ["network_admin", "operator_manager", "hub_manager"] as const)
      expect(permissionsOf([role]).has("medical.admit"), role).toBe(false);
  });

  it("lets an operator or a hub (a clinic) employ controllers and medical workers", () => {
    for (const kind of ["operator", "hub"] as const) {
      expect(isRoleAllowedIn("technical_controller", kind)).toBe(true);
      expect(isRoleAllowedIn("medical_worker", kind)).toBe(true);
    }
    expect(isRoleAllowedIn("medical_worker", "manufacturer")).toBe(false);
  });

  it("joins the permissions of several roles", () => {
    const permissions = permissionsOf(["driver", "operator_manager"]);
    expect(permissions.has("users.write")).toBe(true);
  });

  it("refuses a hub role inside an operator", () => {
    expect(isRoleAllowedIn("hub_technician", "operator")).toBe(false);
    expect(isRoleAllowedIn("mechanic", "operator")).toBe(true);
    expect(isRoleAllowedIn("network_admin", "hub")).toBe(false);
  });

  it("shows a driver no user or token pages", () => {
    const keys = navigationFor("operator", permissionsOf(["driver"])).map((item) => item.key);
    expect(keys).toContain("dashboard");
    expect(keys).not.toContain("users");
    expect(keys).not.toContain("apiTokens");
  });

  it("shows an operator manager users, depots and tokens but no agreements", () => {
    const keys = navigationFor("operator", permissionsOf(["operator_manager"])).map((i) => i.key);
    expect(keys).toEqual(expect.arrayContaining(["users", "depots", "apiTokens", "audit"]));
    expect(keys).not.toContain("agreements");
  });
});
