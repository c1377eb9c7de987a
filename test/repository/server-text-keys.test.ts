/**
 * No English creeps back into what the server says to a person (issue #14 item 1): a
 * refusal made with `invalid`, `conflict`, `forbidden` or `new AppError` must carry a
 * text key of core/server-text.ts, not a message written as a string. The TypeScript
 * checker reads the message argument's type, so a string built anywhere (a literal, a
 * template, a helper returning a string, a ternary of two strings) is found.
 */
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { sourceProgram } from "../helpers/source-program.js";

/**
 * Files whose throw sites may still pass English words, and how many. Each number may only
 * go down: converting a site without lowering it here fails too, so the list stays true.
 *
 * - errors.ts: the helpers themselves take a string on purpose (the English fallback).
 * - cli/, db/migration-checksums.ts, server/start.ts, modules/records/checkpoints.ts: the
 *   operator's console at start-up or in a command (the checkpoint key files are read only
 *   by `fleethub` commands and at start-up), never a person in the web UI or an API client.
 */
const STILL_ENGLISH: Record<string, number> = {
  // On purpose.
  "src/cli/admin-commands.ts": 8,
  "src/db/migration-checksums.ts": 1,
  "src/errors.ts": 3,
  "src/server/start.ts": 1,
  "src/modules/records/checkpoints.ts": 7,
};

/** How each refusal names its message: the argument's position. */
const MESSAGE_ARGUMENT: Record<string, number> = { invalid: 1, conflict: 1, forbidden: 0 };

function isStringLike(type: ts.Type): boolean {
  if (type.isUnion()) return type.types.some(isStringLike);
  return (type.flags & ts.TypeFlags.StringLike) !== 0;
}

function plainSites(): Map<string, string[]> {
  const { checker, sources } = sourceProgram();
  const found = new Map<string, string[]>();
  for (const { file, source } of sources) {
    const visit = (node: ts.Node): void => {
      let message: ts.Expression | undefined;
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const at = MESSAGE_ARGUMENT[node.expression.text];
        if (at !== undefined) message = node.arguments[at];
      } else if (
        ts.isNewExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === "AppError" &&
        // The fifth argument is the text key: the message is then its English rendering.
        (node.arguments?.length ?? 0) < 5
      ) {
        message = node.arguments?.[1];
      }
      if (message && isStringLike(checker.getTypeAtLocation(message))) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        const sites = found.get(file) ?? [];
        sites.push(`${file}:${line + 1}: ${message.getText(source).slice(0, 80)}`);
        found.set(file, sites);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe("what the server says goes through the text catalogue", () => {
  it("finds no refusal written as an English string outside the allowance, and the allowance is exact", () => {
    const found = plainSites();
    const over: string[] = [];
    const stale: string[] = [];
    for (const [file, sites] of found) {
      const allowed = STILL_ENGLISH[file] ?? 0;
      if (sites.length > allowed) over.push(...sites);
    }
    for (const [file, allowed] of Object.entries(STILL_ENGLISH)) {
      const now = found.get(file)?.length ?? 0;
      if (now < allowed) stale.push(`${file}: ${now} now, ${allowed} allowed; lower the allowance`);
    }
    expect(over, "refusals written as strings: give them a key in core/server-text.ts").toEqual([]);
    expect(stale).toEqual([]);
  }, 120_000);
});
