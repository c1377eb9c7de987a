/**
 * Part units reach a work order's page in the reader's language (issue #14 item 1): the
 * catalogue's codes "pcs" and "set" read «шт.» and «компл.» in Russian, as a Russian
 * parts list writes them; a unit the catalogue does not know is shown as it was entered.
 */
import { describe, expect, it } from "vitest";
import { maintenanceEn, maintenanceRu } from "./messages.js";

describe("part units", () => {
  it("are Russian words on a Russian page and English ones on an English page", () => {
    expect(maintenanceRu.workOrder.partUnits.pcs).toBe("шт.");
    expect(maintenanceRu.workOrder.partUnits.set).toBe("компл.");
    expect(maintenanceEn.workOrder.partUnits.pcs).toBe("pcs");
    expect(maintenanceEn.workOrder.partUnits.set).toBe("set");
    expect(maintenanceRu.workOrder.partUnits.l).toBeUndefined();
  });
});
