/**
 * Every field an audit entry's details hold has a name in both languages (issue #14): the
 * audit page shows details as named fields, and a field without a name would show its
 * code to a Russian reader. The TypeScript checker reads the type of the `details` each
 * `recordAudit`/`auditValues` call records (and of the objects and lists inside it), so a
 * field added anywhere is found; the entries built in SQL are read from their
 * jsonb_build_object calls.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import {
  AUDIT_DETAIL_NAMES,
  auditDetailLines,
  type DetailWriters,
} from "../../src/core/audit-details.js";

import { repositoryRoot, sourceFiles, sourceProgram } from "../helpers/source-program.js";

/** The field names of a details type, and of the records and lists inside it. */
function fieldNames(checker: ts.TypeChecker, type: ts.Type, at: ts.Node, depth: number): string[] {
  const names: string[] = [];
  for (const part of type.isUnion() ? type.types : [type]) {
    if (!(part.flags & ts.TypeFlags.Object)) continue;
    if (checker.isArrayType(part)) {
      const [element] = checker.getTypeArguments(part as ts.TypeReference);
      if (element && depth > 0) names.push(...fieldNames(checker, element, at, depth - 1));
      continue;
    }
    if (part.getSymbol()?.getName() === "Date") continue;
    for (const property of part.getProperties()) {
      names.push(property.getName());
      if (depth > 0) {
        const inner = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(property, at));
        names.push(...fieldNames(checker, inner, at, depth - 1));
      }
    }
  }
  return names;
}

function recordedFields(): Map<string, string> {
  const { checker, sources } = sourceProgram();
  const found = new Map<string, string>();
  for (const { file, source } of sources) {
    const visit = (node: ts.Node): void => {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        (node.expression.text === "recordAudit" || node.expression.text === "auditValues")
      ) {
        const entry = node.arguments[node.expression.text === "recordAudit" ? 2 : 1];
        const details = entry && checker.getTypeAtLocation(entry).getProperty("details");
        if (entry && details) {
          const type = checker.getNonNullableType(
            checker.getTypeOfSymbolAtLocation(details, entry),
          );
          const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
          for (const name of fieldNames(checker, type, entry, 2))
            if (!found.has(name)) found.set(name, `${file}:${line + 1}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  // Entries written in SQL: jsonb_build_object('name', value, 'name', value, …).
  for (const file of sourceFiles()) {
    const text = fs.readFileSync(file, "utf8");
    for (const call of text.matchAll(
      /insert into audit_log[\s\S]*?jsonb_build_object\(([^)]*)\)/g,
    )) {
      const names = [...(call[1] ?? "").matchAll(/'([A-Za-z_]+)'\s*,/g)].map((m) => m[1] ?? "");
      // Every other literal is a name; the rest are values.
      for (const name of names.filter((_, index) => index % 2 === 0))
        if (!found.has(name)) found.set(name, path.relative(repositoryRoot, file));
    }
  }
  return found;
}

describe("audit details in the reader's language", () => {
  it("names every field the code records in English and in Russian", () => {
    const fields = recordedFields();
    // Sanity: the scan sees the fields of entries we know are recorded.
    expect([...fields.keys()]).toEqual(
      expect.arrayContaining(["defectId", "source", "vehicleId", "memberships", "role"]),
    );
    const missing = [...fields]
      .filter(([name]) => !AUDIT_DETAIL_NAMES[name])
      .map(([name, where]) => `${name} (${where})`);
    expect(missing, "add these to AUDIT_DETAIL_NAMES in src/core/audit-details.ts").toEqual([]);
    for (const [name, words] of Object.entries(AUDIT_DETAIL_NAMES)) {
      expect(words.en, name).not.toBe("");
      // Russian in Cyrillic, but for names Russian readers write in Latin letters too.
      if (!["vin", "sha256"].includes(name)) expect(words.ru, name).toMatch(/[а-яё]/i);
    }
  }, 120_000);

  const writers = (locale: "en" | "ru"): DetailWriters => ({
    locale,
    date: (iso) => `date(${iso})`,
    dateTime: (iso) => `time(${iso})`,
  });

  it("writes a defect's work-order entry and a vehicle change as a Russian reader reads them", () => {
    const details = {
      source: "defect",
      defectId: "0b6f2b56-1d0e-4c8e-9a57-5a6f0a3f1c11",
      number: 12500,
      blocking: true,
      passed: false,
      powertrain: "battery_electric",
      inServiceDate: "2024-03-01",
      name: { en: "Bus maintenance", ru: "ТО автобусов" },
      memberships: [{ organisationId: "0b6f2b56-1d0e-4c8e-9a57-5a6f0a3f1c11", role: "mechanic" }],
    };
    expect(auditDetailLines(details, writers("ru"))).toEqual([
      "Источник: неисправность",
      "Неисправность: 0b6f2b56-1d0e-4c8e-9a57-5a6f0a3f1c11",
      // Russian groups thousands with a no-break space (Intl, CLDR).
      "Номер: 12\u00a0500",
      "Блокирует выпуск: да",
      "Пройден: нет",
      "Тип силовой установки: электро",
      "В эксплуатации с: date(2024-03-01)",
      "Название: ТО автобусов",
      "Роли в организациях: Организация: 0b6f2b56-1d0e-4c8e-9a57-5a6f0a3f1c11; Роль: механик",
    ]);
    expect(auditDetailLines({ blocking: true, number: 12500 }, writers("en"))).toEqual([
      "Holds the vehicle: yes",
      "Number: 12,500",
    ]);
  });
});
