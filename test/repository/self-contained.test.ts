import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Paths that lead outside the repository: the folder beside the checkout it was once
 * developed next to, the machine it was developed on, and anyone's home folder. Built from
 * pieces so that this file does not match itself.
 */
const OUTSIDE = [
  { pattern: new RegExp(["\\.\\.", "shared"].join("/")), what: "a folder beside the repository" },
  {
    pattern: new RegExp(["(^|[^\\w.])", "work", ""].join("/")),
    what: "an absolute path of the development machine",
  },
  {
    pattern: new RegExp(["(^|[^\\w.~])", "(home|Users)", "[\\w.-]+"].join("/")),
    what: "a home folder",
  },
  {
    pattern: new RegExp(["(^|[^\\w.])", "root", ""].join("/")),
    what: "the root user's home folder",
  },
];

/** Text the repository holds: source, tests, benchmarks, docs, scripts and settings. */
const TEXT =
  /\.(ts|tsx|js|mjs|cjs|json|md|sh|yml|yaml|css|html|cfg|txt)$|(^|\/)(run|\.gitignore|\.prettierignore)$/;

describe("the repository is self-contained", () => {
  it("names no path outside itself in its tracked files", () => {
    const files = execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" })
      .split("\n")
      .filter((file) => TEXT.test(file) && file !== "package-lock.json");
    expect(files.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const file of files) {
      const full = path.join(root, file);
      if (!fs.existsSync(full)) continue;
      fs.readFileSync(full, "utf8")
        .split("\n")
        .forEach((line, index) => {
          for (const { pattern, what } of OUTSIDE) {
            if (pattern.test(line)) found.push(`${file}:${index + 1}: ${what}: ${line.trim()}`);
          }
        });
    }
    expect(found).toEqual([]);
  });
});
