import type { Database } from "../../db/database.js";
import type { Scope } from "../../db/scope.js";
import { notFound } from "../../errors.js";

/**
 * An organisation named in a query or a settings change must be one the actor sees;
 * any other answers 404, as if it did not exist.
 */
export async function assertOrganisationInScope(
  db: Database,
  scope: Scope,
  organisationId: string,
) {
  const organisation = scope.includes(organisationId)
    ? await db
        .selectFrom("organisations")
        .select(["id", "kind"])
        .where("id", "=", organisationId)
        .executeTakeFirst()
    : undefined;
  if (!organisation) throw notFound("organisation");
  return organisation;
}
