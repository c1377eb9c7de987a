/**
 * The source citations of built-in checklist items (docs/built-in-content.md) document the
 * code: they are not part of a stored template version, so adding them created no new
 * built-in versions and changed no checklist an inspection was made against.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncBuiltInTemplates } from "../../src/modules/inspections/templates.js";
import { createTestApp, type TestApp } from "../helpers/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function builtInVersions() {
  return t.db
    .selectFrom("inspection_templates")
    .select(["key", "version", "items"])
    .where("organisation_id", "is", null)
    .orderBy("key")
    .orderBy("version")
    .execute();
}

describe("built-in items' sources", () => {
  it("are not stored with a built-in template version", async () => {
    const versions = await builtInVersions();
    // The three built-in templates: bus, machinery, haul truck.
    expect(versions.map((v) => v.key)).toEqual([
      "bus-pre-shift",
      "haul-truck-pre-shift",
      "machinery-daily",
    ]);
    for (const version of versions)
      for (const item of version.items) expect(Object.keys(item), item.key).not.toContain("source");
  });

  it("do not make a new version when the built-ins are synced again", async () => {
    const before = await builtInVersions();
    await syncBuiltInTemplates(t.db);
    expect(await builtInVersions()).toEqual(before);
  });
});
