import type { Kysely } from "kysely";
import { runStatements } from "./statements.js";

/**
 * Proof that a pre-shift check was made (issue #15):
 * - inspection_evidence: when the check was opened and sent and when each item was
 *   answered (the phone's clock), when the server received it and how far the phone's
 *   clock was off, the phone's position when the person allowed it, and the vehicle QR
 *   code scanned at the start; one row per inspection, kept as long as the inspection;
 * - inspection_flags: what the server found wrong with that evidence (too fast, not at
 *   the depot, clock trouble, evidence missing or that cannot be true); a flag that holds the vehicle
 *   does so until a manager confirms the check;
 * - inspection_settings: per operator, whether the "pass the rest" shortcut exists (for
 *   non-critical items only), whether a QR scan is required, the minimum length of a
 *   check, and whether each kind of flag only warns or also holds the vehicle;
 * - a depot's area (centre and radius), to tell whether a check was made there.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table depots add column latitude double precision;
    alter table depots add column longitude double precision;
    alter table depots add column radius_m integer;
    alter table depots add constraint depots_area_check check (
      (latitude is null and longitude is null and radius_m is null)
      or (latitude between -90 and 90 and longitude between -180 and 180
          and radius_m between 10 and 100000)
    );

    create table inspection_settings (
      organisation_id uuid primary key references organisations (id) on delete cascade,
      pass_rest_allowed boolean not null default false,
      qr_scan_required boolean not null default false,
      minimum_check_seconds integer check (minimum_check_seconds between 0 and 7200),
      flag_actions jsonb not null default '{}'::jsonb,
      updated_at timestamptz not null default now()
    );

    create table inspection_evidence (
      inspection_id uuid primary key references inspections (id) on delete cascade,
      organisation_id uuid not null references organisations (id),
      opened_at timestamptz,
      sent_at timestamptz,
      received_at timestamptz not null,
      clock_offset_ms bigint,
      item_times jsonb not null default '[]'::jsonb,
      latitude double precision,
      longitude double precision,
      accuracy_m double precision,
      position_at timestamptz,
      qr_scanned_at timestamptz,
      qr_vehicle_id uuid,
      qr_text text
    );

    create table inspection_flags (
      id uuid primary key,
      inspection_id uuid not null references inspections (id) on delete cascade,
      organisation_id uuid not null references organisations (id),
      vehicle_id uuid not null references vehicles (id),
      driver_user_id uuid references users (id),
      kind text not null check (kind in ('too_fast', 'not_at_depot', 'clock', 'evidence')),
      reason text not null,
      detail jsonb not null default '{}'::jsonb,
      holds boolean not null,
      created_at timestamptz not null,
      confirmed_at timestamptz,
      confirmed_by uuid references users (id),
      confirm_note text
    );
    create index inspection_flags_inspection on inspection_flags (inspection_id);
    create index inspection_flags_vehicle_holding on inspection_flags (vehicle_id)
      where holds and confirmed_at is null;
    create index inspection_flags_org_time on inspection_flags (organisation_id, created_at)
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop table inspection_flags;
    drop table inspection_evidence;
    drop table inspection_settings;
    alter table depots drop constraint depots_area_check;
    alter table depots drop column radius_m;
    alter table depots drop column longitude;
    alter table depots drop column latitude
  `,
  );
}
