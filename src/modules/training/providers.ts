/**
 * Whose courses and sessions a person may see. Training crosses tenants on purpose: an
 * operator sends its mechanics to the hub that serves it and to the manufacturer's
 * academy, so besides the organisations in the actor's scope they see the courses of
 * every hub serving their organisation under an agreement in force today, and the
 * manufacturer's. Enrolments and certificates stay tenant-owned (the trainee's scope).
 */
import { sql, type RawBuilder, type SqlBool } from "kysely";
import type { Database } from "../../db/database.js";
import { anyOf, todayIso, type Scope } from "../../db/scope.js";
import type { Actor } from "../auth/actor.js";

export class TrainingProviders {
  constructor(
    readonly scope: Scope,
    private readonly alsoVisible: ReadonlySet<string>,
  ) {}

  includes(organisationId: string): boolean {
    return this.scope.includes(organisationId) || this.alsoVisible.has(organisationId);
  }

  /** A condition on `column` (a provider's organisation id) keeping visible providers. */
  where(column: string): RawBuilder<SqlBool> {
    if (this.scope.isWholeNetwork || !this.alsoVisible.size) return this.scope.where(column);
    return sql<SqlBool>`(${this.scope.where(column)} or ${anyOf(column, [...this.alsoVisible])})`;
  }
}

/** An agreement in force on `today` (valid_from ≤ today ≤ valid_to, open-ended allowed). */
export function agreementInForce(alias: string, today: string): RawBuilder<SqlBool> {
  const from = sql.ref(`${alias}.valid_from`);
  const to = sql.ref(`${alias}.valid_to`);
  return sql<SqlBool>`(${from} <= ${today} and (${to} is null or ${to} >= ${today}))`;
}

export async function trainingProvidersFor(db: Database, actor: Actor): Promise<TrainingProviders> {
  const scope = await actor.scope();
  if (scope.isWholeNetwork) return new TrainingProviders(scope, new Set());
  const rows = await db
    .selectFrom("organisations as o")
    .select("o.id")
    .where((eb) =>
      eb.or([
        eb("o.kind", "=", "manufacturer"),
        eb.exists(
          eb
            .selectFrom("service_agreements as a")
            .select("a.id")
            .whereRef("a.hub_id", "=", "o.id")
            .where("a.operator_id", "=", actor.organisation.id)
            .where(agreementInForce("a", todayIso())),
        ),
      ]),
    )
    .execute();
  return new TrainingProviders(scope, new Set(rows.map((row) => row.id)));
}
