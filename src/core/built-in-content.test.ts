import fs from "node:fs";
import { describe, expect, it } from "vitest";
import {
  BUILT_IN_CONTENT_FILE,
  builtInContentDocument,
  builtInContentMarkdown,
} from "./built-in-content.js";
import { BUILT_IN_TEMPLATES } from "./inspection-templates.js";
import { BUILT_IN_PROGRAMMES } from "./maintenance-programmes.js";

/** The rows of the markdown tables under a `## ` heading whose first cell is a code key. */
function rowsUnder(markdown: string, heading: string): string[] {
  const section = markdown.split("\n## ").find((s) => s.startsWith(heading)) ?? "";
  return section.split("\n").filter((line) => line.startsWith("| `"));
}

describe("docs/built-in-content.md", () => {
  it("is what the code generates now", async () => {
    const committed = fs.readFileSync(BUILT_IN_CONTENT_FILE, "utf8");
    const generated = await builtInContentDocument();
    expect(
      committed === generated,
      "docs/built-in-content.md differs from the built-in content: run npm run docs:content",
    ).toBe(true);
  });

  it("lists every built-in item, task and competency once", () => {
    const markdown = builtInContentMarkdown();
    // 46 bus, 15 machinery and 10 haul-truck items; 4 + 1 + 1 + 1 + 3 + 7 + 1 tasks of the
    // seven programmes (the daily service in the bus and MTZ ones); 13 competencies
    // (counted in the three source files).
    expect(rowsUnder(markdown, "Checklist items")).toHaveLength(71);
    expect(rowsUnder(markdown, "Maintenance programmes")).toHaveLength(18);
    expect(rowsUnder(markdown, "Competencies")).toHaveLength(13);
  });

  it("gives every built-in item and task a source", () => {
    for (const template of BUILT_IN_TEMPLATES)
      for (const item of template.items) expect(item.source.trim(), item.key).not.toBe("");
    for (const programme of BUILT_IN_PROGRAMMES)
      for (const task of programme.tasks) expect(task.source?.trim(), task.key).toBeTruthy();
  });

  it("shows an item's citation and whether it forbids operation", () => {
    const tread = rowsUnder(builtInContentMarkdown(), "Checklist items").find((row) =>
      row.startsWith("| `tyre_tread` "),
    );
    // Decree No. 837 item 5.4: worn tread forbids operating a bus.
    expect(tread).toContain("| yes |");
    expect(tread).toContain("Government decree No. 837 of 27 May 2023, item 5.4");
  });
});
