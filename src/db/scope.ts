/**
 * Tenant visibility, decided in one place. Every repository that reads or writes a
 * tenant-owned table filters it through a Scope, so no route can forget the rule:
 * - the manufacturer sees the whole network;
 * - a hub sees itself and the operators it serves under a service agreement in force;
 * - an operator sees only itself.
 */
import { sql, type RawBuilder, type SqlBool } from "kysely";
import type { OrganisationKind } from "../core/roles.js";
import type { Database } from "./database.js";

export class Scope {
  private constructor(private readonly ids: ReadonlySet<string> | "all") {}

  static all(): Scope {
    return new Scope("all");
  }

  static of(ids: Iterable<string>): Scope {
    return new Scope(new Set(ids));
  }

  get isWholeNetwork(): boolean {
    return this.ids === "all";
  }

  includes(organisationId: string): boolean {
    return this.ids === "all" || this.ids.has(organisationId);
  }

  /** A condition on `column` (an organisation id) that keeps only visible rows. */
  where(column: string): RawBuilder<SqlBool> {
    if (this.ids === "all") return sql<SqlBool>`true`;
    if (this.ids.size === 0) return sql<SqlBool>`false`;
    return anyOf(column, [...this.ids]);
  }
}

/**
 * `column = any($1::uuid[])`: one parameter however many ids, so a board of a thousand
 * vehicles sends one array instead of a thousand placeholders.
 */
export function anyOf(column: string, ids: readonly string[]): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} = any(${[...ids]}::uuid[])`;
}

/** Today's date as YYYY-MM-DD in UTC, the day agreements are judged "in force" on. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export async function scopeFor(
  db: Database,
  organisation: { id: string; kind: OrganisationKind },
  today: string = todayIso(),
): Promise<Scope> {
  if (organisation.kind === "manufacturer") return Scope.all();
  if (organisation.kind === "operator") return Scope.of([organisation.id]);
  const served = await db
    .selectFrom("service_agreements")
    .select("operator_id")
    .where("hub_id", "=", organisation.id)
    .where("valid_from", "<=", today)
    .where((eb) => eb.or([eb("valid_to", "is", null), eb("valid_to", ">=", today)]))
    .execute();
  return Scope.of([organisation.id, ...served.map((row) => row.operator_id)]);
}
