import { describe, expect, it } from "vitest";
import {
  homeSectionsFor,
  isRoleAllowedIn,
  navigationFor,
  permissionsOf,
  type Role,
} from "./roles.js";

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

  const navOf = (kind: "manufacturer" | "hub" | "operator", roles: Role[]) =>
    navigationFor(kind, permissionsOf(roles), roles).map((item) => item.key);

  it("starts a driver at the check, with no home figures, users, tokens or administration", () => {
    const keys = navOf("operator", ["driver"]);
    expect(keys[0]).toBe("inspect");
    expect(keys).not.toContain("dashboard");
    for (const key of ["users", "apiTokens", "organisations", "depots", "regions", "agreements"])
      expect(keys).not.toContain(key);
  });

  it("gives the dispatcher and the mechanic their work, not the network's administration", () => {
    const dispatcher = navOf("operator", ["dispatcher"]);
    expect(dispatcher.slice(0, 2)).toEqual(["dashboard", "board"]);
    const mechanic = navOf("operator", ["mechanic"]);
    expect(mechanic).toEqual(expect.arrayContaining(["dashboard", "defects", "workOrders"]));
    for (const keys of [dispatcher, mechanic])
      for (const key of ["organisations", "depots", "regions", "agreements", "apiTokens"])
        expect(keys).not.toContain(key);
  });

  it("shows an operator manager users, depots and tokens but no agreements or regions", () => {
    const keys = navOf("operator", ["operator_manager"]);
    expect(keys).toEqual(
      expect.arrayContaining(["users", "depots", "apiTokens", "audit", "organisations"]),
    );
    expect(keys).not.toContain("agreements");
    expect(keys).not.toContain("regions");
  });

  it("shows the network admin regions and agreements, and the hub manager agreements", () => {
    expect(navOf("manufacturer", ["network_admin"])).toEqual(
      expect.arrayContaining(["regions", "agreements", "organisations", "depots"]),
    );
    const hub = navOf("hub", ["hub_manager"]);
    expect(hub).toEqual(expect.arrayContaining(["agreements", "organisations", "service"]));
    expect(hub).not.toContain("regions");
  });

  it("gives each role the home figures it acts on", () => {
    expect(homeSectionsFor(["driver"])).toEqual([]);
    expect(homeSectionsFor(["dispatcher"])).toEqual(["shift"]);
    expect(homeSectionsFor(["mechanic"])).toEqual(["workshop"]);
    expect(homeSectionsFor(["operator_manager"])).toEqual(["shift", "fleet"]);
    expect(homeSectionsFor(["hub_manager"])).toEqual(["requests"]);
    expect(homeSectionsFor(["network_admin"])).toEqual(["requests"]);
    // A driver who is also a mechanic has a home page: the mechanic's.
    expect(homeSectionsFor(["driver", "mechanic"])).toEqual(["workshop"]);
    expect(navOf("operator", ["driver", "mechanic"])[0]).toBe("dashboard");
  });
});
