/**
 * Every event the audit log records: for each kind of record (the `entity` column) the
 * actions (`action`) the server writes about it. `recordAudit` and `auditValues` accept
 * only these pairs, so a new kind of audit entry is added here first; the audit log's
 * filters take their allowed values from this list, and the web UI names each pair in
 * English and Russian (a test fails when one has no name).
 */
export const AUDIT_EVENTS = {
  api_token: ["create", "revoke"],
  certificate: ["create", "revoke"],
  competency: ["create"],
  compliance_document: ["create"],
  course: ["create", "update"],
  defect: ["repair_started", "repaired", "no_repair_needed", "reviewed"],
  demo_network: ["seed"],
  depot: ["create", "update", "delete"],
  enrolment: ["enrol", "cancel", "pass", "fail"],
  inspection: ["create"],
  inspection_flags: ["update"],
  inspection_settings: ["update"],
  inspection_template: ["create"],
  maintenance_programme: ["create", "update"],
  maintenance_record: ["create"],
  maintenance_settings: ["update"],
  maintenance_task: ["create", "update", "delete"],
  medical_admission: ["create"],
  medical_admission_details: ["read"],
  membership: ["create", "delete"],
  meter_reading: ["create", "void", "confirm"],
  organisation: ["create", "update"],
  part: ["create", "update"],
  planner_run: ["create", "delete"],
  planner_scenario: ["create", "update", "delete"],
  planner_timetable: ["create", "delete"],
  region: ["create", "update"],
  release_policy: ["update"],
  service_agreement: ["create", "update", "delete"],
  service_request: ["create", "accept", "decline", "resolve", "cancel"],
  stock: ["receipt", "adjustment"],
  technical_control: ["create"],
  training_session: ["create", "update", "cancel"],
  user: ["create", "update", "password", "login", "logout"],
  vehicle: ["create", "update", "import", "release_override"],
  vehicle_model: ["create"],
  waybill: ["issue", "close"],
  work_order: [
    "create",
    "create_from_due",
    "update",
    "assign",
    "add_task",
    "task_done",
    "add_labour",
    "remove_labour",
    "use_part",
    "return_part",
    "transition",
    "cancel",
    "complete",
  ],
} as const satisfies Record<string, readonly string[]>;

type Events = typeof AUDIT_EVENTS;
export type AuditEntity = keyof Events;
/** The actions written about one kind of record. */
export type AuditActionOf<E extends AuditEntity> = Events[E][number];
/** Every action written about any record. */
export type AuditAction = AuditActionOf<AuditEntity>;
/** One pair the server writes: e.g. `{ entity: "membership", action: "create" }`. */
export type AuditEvent = {
  [E in AuditEntity]: { entity: E; action: AuditActionOf<E> };
}[AuditEntity];

export const AUDIT_ENTITIES = Object.keys(AUDIT_EVENTS) as AuditEntity[];

/** Every action once, in the order first listed. */
export const AUDIT_ACTIONS: AuditAction[] = [
  ...new Set<AuditAction>(Object.values(AUDIT_EVENTS).flat()),
];

/** Every (entity, action) pair the server writes. */
export const AUDIT_EVENT_LIST: AuditEvent[] = AUDIT_ENTITIES.flatMap((entity) =>
  AUDIT_EVENTS[entity].map((action) => ({ entity, action }) as AuditEvent),
);

/** The key a pair is named under in the UI's dictionaries: "membership.create". */
export const auditEventKey = (event: { entity: string; action: string }): string =>
  `${event.entity}.${event.action}`;
