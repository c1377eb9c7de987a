import { permissionsOf } from "../../core/roles.js";
import type { Database } from "../../db/database.js";
import { lazyScope, type Actor } from "./actor.js";
import type { PrincipalRow } from "./repository.js";

/**
 * The actor behind a live session or token row. `requestLocale` is the request's
 * Accept-Language choice, used when the account has no locale (an API token).
 */
export function principalToActor(
  db: Database,
  row: PrincipalRow,
  sessionId: string | null,
  requestLocale: "en" | "ru" | null = null,
): Actor {
  const organisation = {
    id: row.organisation_id,
    kind: row.organisation_kind,
    name: row.organisation_name,
  };
  return {
    kind: row.token_id ? "token" : "user",
    userId: row.user_id,
    tokenId: row.token_id,
    sessionId,
    label: row.label,
    userName: row.user_name,
    userLocale: row.user_locale,
    locale: row.user_locale ?? requestLocale ?? "en",
    organisation,
    roles: row.roles,
    permissions: permissionsOf(row.roles),
    scope: lazyScope(db, organisation),
  };
}
