import { permissionsOf } from "../../core/roles.js";
import { Scope } from "../../db/scope.js";
import type { Actor } from "./actor.js";

/**
 * The administrator at a terminal (the `fleethub` command): sees the whole network and
 * is recorded in the audit log as "cli".
 */
export function systemActor(): Actor {
  return {
    kind: "system",
    userId: null,
    tokenId: null,
    sessionId: null,
    label: "cli",
    userName: null,
    userLocale: null,
    locale: "en",
    organisation: {
      id: "00000000-0000-0000-0000-000000000000",
      kind: "manufacturer",
      name: "fleethub CLI",
    },
    roles: ["network_admin"],
    permissions: permissionsOf(["network_admin"]),
    scope: () => Promise.resolve(Scope.all()),
  };
}
