/**
 * Every event the server can write to the audit log has a readable name in English and
 * in Russian. The events are the single list in src/core/audit-events.ts, which
 * recordAudit and auditValues are typed by; the source is also searched for audit rows
 * written as SQL with codes of their own, which would bypass that list.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ENTITIES, AUDIT_EVENT_LIST } from "../../../src/core/audit-events.js";
import { auditEntityName, auditEventName, auditNamesEn, auditNamesRu } from "./messages.js";

const CYRILLIC = /[А-Яа-яЁё]/;
const LATIN_WORD = /[A-Za-z]{3,}/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "migrations" ? [] : sourceFiles(path);
    return path.endsWith(".ts") && !path.endsWith(".test.ts") ? [path] : [];
  });
}

describe("readable names of audit events", () => {
  it("lists events the server writes, among them the role changes", () => {
    const keys = AUDIT_EVENT_LIST.map((e) => `${e.entity}.${e.action}`);
    expect(keys).toEqual(expect.arrayContaining(["membership.create", "membership.delete"]));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(AUDIT_EVENT_LIST.map((e) => [`${e.entity}.${e.action}`, e] as const))(
    "%s has an English and a Russian name",
    (code, event) => {
      const en = auditEventName(auditNamesEn, event.entity, event.action);
      const ru = auditEventName(auditNamesRu, event.entity, event.action);
      // A missing name falls back to the code itself.
      expect(en).not.toBe(code);
      expect(ru).not.toBe(code);
      expect(en).toMatch(LATIN_WORD);
      expect(ru).toMatch(CYRILLIC);
    },
  );

  it.each(AUDIT_ENTITIES)("the kind of record %s has an English and a Russian name", (entity) => {
    expect(auditEntityName(auditNamesEn, entity)).not.toBe(entity);
    expect(auditEntityName(auditNamesRu, entity)).toMatch(CYRILLIC);
  });

  it("two events of one kind of record never share a name", () => {
    for (const names of [auditNamesEn, auditNamesRu]) {
      for (const entity of AUDIT_ENTITIES) {
        const values = Object.values(names.events[entity]);
        expect(new Set(values).size, entity).toBe(values.length);
      }
    }
  });

  it("no audit row is written as SQL with action or entity codes outside the list", () => {
    const root = join(import.meta.dirname, "../../../src");
    const offenders: string[] = [];
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(/insert into audit_log[\s\S]{0,400}?\)`/gi)) {
        // Codes written as SQL string literals ('create', 'work_order') are not checked
        // against core/audit-events.ts; they must come from a typed AuditEvent instead.
        // (The details' JSON may hold any literal.)
        const columns = match[0].replace(/jsonb_build_object\([^)]*\)/g, "");
        if (/'[a-z_]+'\s*,\s*'[a-z_]+'/.test(columns)) offenders.push(file);
      }
      if (/insertInto\("audit_log"\)\s*\.values\((?!\s*auditValues\(|\s*rows\.audit)/.test(text)) {
        offenders.push(file);
      }
    }
    expect(offenders).toEqual([]);
  });
});
