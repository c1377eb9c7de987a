import type { Kysely } from "kysely";
import { runStatements } from "./statements.js";

/**
 * A meter reading that does not fit the vehicle's history (a jump faster than it can
 * travel, a value below an earlier one) no longer stops the inspection it came with: the
 * inspection and its defects are stored at once and the reading waits, unconfirmed, for
 * a dispatcher or mechanic to confirm or void it. A gas leak must reach the mechanics
 * even when the odometer was mistyped.
 *
 * - `unconfirmed_at`: set while the reading waits; cleared when it is confirmed. Only
 *   readings with it null (and not voided) count: for what is due, the plausibility of
 *   later readings, MKBF and a completed work order's meters.
 * - `unconfirmed_reason`: why it waited, kept after confirmation for the trail.
 * - `confirmed_at`, `confirmed_by`: who confirmed it, and when.
 *
 * The covering index of 0005 that every "latest counted reading" lookup uses is replaced
 * by one with the same keys over counted readings only, so what is due stays answered
 * from the index alone. The readings waiting are few; a small partial index finds those
 * of a whole depot board at once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table meter_readings
      add column unconfirmed_at timestamptz,
      add column unconfirmed_reason text,
      add column confirmed_at timestamptz,
      add column confirmed_by uuid references users (id);
    create index meter_readings_counted_value_idx on meter_readings (vehicle_id, meter, read_at desc) include (value) where voided_at is null and unconfirmed_at is null;
    drop index meter_readings_latest_value_idx;
    create index meter_readings_unconfirmed_idx on meter_readings (vehicle_id, read_at) where unconfirmed_at is not null and voided_at is null
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop index meter_readings_unconfirmed_idx;
    create index meter_readings_latest_value_idx on meter_readings (vehicle_id, meter, read_at desc) include (value) where voided_at is null;
    drop index meter_readings_counted_value_idx;
    alter table meter_readings
      drop column confirmed_by,
      drop column confirmed_at,
      drop column unconfirmed_reason,
      drop column unconfirmed_at
  `,
  );
}
