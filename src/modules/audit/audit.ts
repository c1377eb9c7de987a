import type { Insertable } from "kysely";
import type { Database } from "../../db/database.js";
import type { AuditLogTable } from "../../db/schema.js";
import type { AuditEvent } from "../../core/audit-events.js";
import type { Actor } from "../auth/actor.js";

/**
 * What happened (`action`) to which kind of record (`entity`): only the pairs listed in
 * core/audit-events.ts, so every entry the log holds has a readable name.
 */
export type AuditEntry = AuditEvent & {
  entityId: string | null;
  /** The organisation whose records changed. */
  organisationId: string | null;
  details?: Record<string, unknown>;
};

/** Records who changed what, in the same transaction as the change itself. */
/** The audit row for an entry, for a caller that inserts it as part of a larger statement. */
export function auditValues(actor: Actor | null, entry: AuditEntry): Insertable<AuditLogTable> {
  return {
    actor_user_id: actor?.userId ?? null,
    actor_token_id: actor?.tokenId ?? null,
    actor_label: actor?.label ?? "system",
    organisation_id: entry.organisationId,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    details: JSON.stringify(entry.details ?? {}),
  };
}

export async function recordAudit(db: Database, actor: Actor | null, entry: AuditEntry) {
  await db.insertInto("audit_log").values(auditValues(actor, entry)).execute();
}
