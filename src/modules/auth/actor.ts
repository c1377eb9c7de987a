import type { OrganisationKind, Permission, Role } from "../../core/roles.js";
import { forbidden } from "../../errors.js";
import type { Database } from "../../db/database.js";
import { scopeFor, type Scope } from "../../db/scope.js";

/** Who is acting: a signed-in person working in one organisation, or an API token. */
export interface Actor {
  kind: "user" | "token" | "system";
  userId: string | null;
  tokenId: string | null;
  sessionId: string | null;
  /** How the audit log names the actor. */
  label: string;
  userName: string | null;
  userLocale: "en" | "ru" | null;
  /**
   * The language texts are written in for this actor: the account's locale, else the
   * request's Accept-Language, else English (issue #14).
   */
  locale: "en" | "ru";
  organisation: { id: string; kind: OrganisationKind; name: string };
  roles: Role[];
  permissions: Set<Permission>;
  /** The organisations this actor may see; computed once per request. */
  scope(): Promise<Scope>;
}

export function lazyScope(
  db: Database,
  organisation: { id: string; kind: OrganisationKind },
): () => Promise<Scope> {
  let pending: Promise<Scope> | undefined;
  return () => (pending ??= scopeFor(db, organisation));
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!actor.permissions.has(permission)) {
    throw forbidden({
      key: "auth.roleMayNot",
      params: { organisation: actor.organisation.name, permission },
    });
  }
}
