/**
 * Every planner input problem is worded in Russian too (issue #14 item 1). The type already
 * requires it: PlannerInputError takes `{ en, ru }`, so a problem in English alone does not
 * compile. What the type cannot see is a Russian that is not Russian: the English copied
 * into `ru`, or Latin words left in it. The TypeScript checker finds every `{ en, ru }`
 * written where a PlannerProblem is expected (a throw site, a reader helper, a helper that
 * returns one) and this test reads its Russian.
 */
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { sourceProgram } from "../helpers/source-program.js";

function isPlannerProblem(type: ts.Type | undefined): boolean {
  if (type === undefined) return false;
  if (type.isUnion()) return type.types.some(isPlannerProblem);
  return (type.aliasSymbol ?? type.getSymbol())?.getName() === "PlannerProblem";
}

/** The expression a property is given, or null when it is not a plain `name: value`. */
function property(literal: ts.ObjectLiteralExpression, name: string): ts.Expression | null {
  for (const p of literal.properties)
    if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name)
      return p.initializer;
  return null;
}

/**
 * The words of an expression, values left out: the text of its string literals and of
 * template parts, not the `${…}` placeholders (file names, ids and figures stay as they are).
 */
function words(node: ts.Node): string {
  const parts: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) parts.push(n.text);
    else if (ts.isTemplateExpression(n)) {
      parts.push(n.head.text, ...n.templateSpans.map((span) => span.literal.text));
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return parts.join(" ");
}

interface Problem {
  at: string;
  /** The words of each language (empty when it only passes on a problem already worded). */
  en: string;
  ru: string;
  /** The expressions as written, to catch `{ en: text, ru: text }`. */
  enCode: string;
  ruCode: string;
}

function plannerProblems(): Problem[] {
  const { checker, sources } = sourceProgram();
  const found: Problem[] = [];
  for (const { file, source } of sources) {
    const visit = (node: ts.Node): void => {
      if (ts.isObjectLiteralExpression(node) && isPlannerProblem(checker.getContextualType(node))) {
        const en = property(node, "en");
        const ru = property(node, "ru");
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push({
          at: `${file}:${line + 1}`,
          en: en ? words(en) : "",
          ru: ru ? words(ru) : "",
          enCode: en?.getText(source) ?? "",
          ruCode: ru?.getText(source) ?? "",
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe("the planner's input problems in Russian", () => {
  it("words every problem in Russian: Cyrillic words, not the English copied, no English word left", () => {
    const problems = plannerProblems();
    // The scan sees the problems: well over a hundred are written across src/planner.
    expect(problems.length).toBeGreaterThan(100);
    const notRussian = problems
      .filter(
        ({ en, ru, enCode, ruCode }) =>
          ruCode === enCode ||
          // A problem passed on (PlannerInputError.problemText) has no words of its own.
          (en === "" && ru === "" ? false : !/[а-яё]/i.test(ru) || ru === en) ||
          // A common English word outside quotes, code and names:
          // field, file and setting names are written in quotes or with a dot or underscore.
          /(?:^|[\s(])(?:must|not|the|is|are|of|and|or|no|has|have|file|line|value)(?=[\s,.;:)]|$)/i.test(
            ru.replace(/"[^"]*"|'[^']*'|--[\w-]+|\b\w+[._]\w+\b/g, ""),
          ),
      )
      .map(({ at, ru }) => `${at}: ${ru}`);
    expect(notRussian, "give these problems a Russian wording").toEqual([]);
  }, 120_000);
});
