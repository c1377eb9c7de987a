import { describe, expect, it } from "vitest";
import {
  ORGANISATION_KINDS,
  ROLES_BY_KIND,
  navigationFor,
  permissionsOf,
} from "../../../src/core/roles.js";
import { NAV_ICONS } from "./nav-icon.js";

describe("the navigation's icons", () => {
  it("has a real icon for every entry any role of any organisation sees", () => {
    const keys = new Set<string>();
    for (const kind of ORGANISATION_KINDS)
      for (const role of ROLES_BY_KIND[kind])
        for (const item of navigationFor(kind, permissionsOf([role]), [role])) keys.add(item.key);
    expect(keys.size).toBeGreaterThan(15);
    for (const key of keys) expect(NAV_ICONS[key], key).toBeDefined();
  });

  it("gives different entries of one menu different icons", () => {
    const admin = navigationFor("manufacturer", permissionsOf(["network_admin"]), [
      "network_admin",
    ]).map((item) => NAV_ICONS[item.key]);
    expect(new Set(admin).size).toBe(admin.length);
  });
});
