import { permissionsOf } from "../../core/roles.js";
import type { Database } from "../../db/database.js";
import { lazyScope, type Actor } from "./actor.js";
import type { PrincipalRow } from "./repository.js";

/**
 * The actor behind a live session or token row. Its language: the web page's
 * (`request.page`, X-Fleethub-Locale), else the account's, else the request's
 * Accept-Language (`request.accepted`; an API token has no account locale), else English.
 */
export function principalToActor(
  db: Database,
  row: PrincipalRow,
  sessionId: string | null,
  request: { page: "en" | "ru" | null; accepted: "en" | "ru" | null } = {
    page: null,
    accepted: null,
  },
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
    locale: request.page ?? row.user_locale ?? request.accepted ?? "en",
    organisation,
    roles: row.roles,
    permissions: permissionsOf(row.roles),
    scope: lazyScope(db, organisation),
  };
}
