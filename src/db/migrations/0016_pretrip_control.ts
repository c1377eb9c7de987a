import type { Kysely } from "kysely";
import { runStatements } from "./statements.js";

/**
 * Pre-trip control as Russian law requires (issue #11):
 * - release_policies: per organisation, "walkaround" (the driver's own check, the
 *   behaviour before this migration and the default) or "ru_pretrip" (a controller's
 *   technical control, a medical admission and documents in date, Mintrans order No. 9 of
 *   15 Jan 2021 and No. 390 of 28 Sep 2022);
 * - compliance_documents: documents with an expiry, of a vehicle (compulsory insurance,
 *   diagnostic card, tachograph crypto unit and calibration, CNG cylinder
 *   requalification) or of a driver (licence, tachograph card, periodic medical
 *   certificate); exactly one of the two, and never expiring before it was issued;
 * - technical_controls: a qualified controller's pre-trip control of a vehicle for a
 *   shift (result, time, odometer, signature as surname and initials, the walkaround it
 *   reviewed, the driver taking the vehicle out);
 * - medical_admissions: a medical worker's decision for a driver and a shift (admitted or
 *   not, when, who), before the trip or after it; medical_admission_details holds the
 *   optional medical details apart, so no query of admissions reads them by accident
 *   (152-FZ art. 10: health data are a special category);
 * - waybills: issued for a vehicle, driver and shift from one control and one admission,
 *   numbered per organisation, closed at return with the odometer (a meter reading) and
 *   the post-trip checks.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table release_policies (
      organisation_id uuid primary key references organisations (id) on delete cascade,
      policy text not null default 'walkaround' check (policy in ('walkaround', 'ru_pretrip')),
      updated_at timestamptz not null default now()
    );

    create table compliance_documents (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id),
      vehicle_id uuid references vehicles (id),
      driver_user_id uuid references users (id),
      kind text not null check (kind in (
        'osago', 'diagnostic_card', 'tachograph_skzi', 'tachograph_calibration',
        'cng_cylinder_requalification', 'driving_licence', 'tachograph_card',
        'medical_certificate')),
      number text not null,
      issued_on text not null,
      expires_on text not null,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      constraint compliance_documents_holder check ((vehicle_id is null) <> (driver_user_id is null)),
      constraint compliance_documents_dates check (expires_on >= issued_on)
    );
    create index compliance_documents_vehicle on compliance_documents (vehicle_id, kind)
      where vehicle_id is not null;
    create index compliance_documents_driver on compliance_documents (driver_user_id, kind)
      where driver_user_id is not null;
    create index compliance_documents_org_expiry on compliance_documents (organisation_id, expires_on);

    create table technical_controls (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id),
      vehicle_id uuid not null references vehicles (id),
      depot_id uuid references depots (id),
      shift_start timestamptz not null,
      shift_end timestamptz not null,
      driver_user_id uuid references users (id),
      passed boolean not null,
      controlled_at timestamptz not null,
      odometer_km numeric(12, 1) not null check (odometer_km >= 0),
      notes text,
      controller_user_id uuid not null references users (id),
      controller_organisation_id uuid not null references organisations (id),
      signature text not null,
      inspection_id uuid references inspections (id),
      created_at timestamptz not null default now()
    );
    create index technical_controls_vehicle_shift on technical_controls (vehicle_id, shift_start);
    create index technical_controls_org_time on technical_controls (organisation_id, controlled_at);

    create table medical_admissions (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id),
      driver_user_id uuid not null references users (id),
      depot_id uuid references depots (id),
      stage text not null default 'pre_trip' check (stage in ('pre_trip', 'post_trip')),
      shift_start timestamptz not null,
      shift_end timestamptz not null,
      admitted boolean not null,
      examined_at timestamptz not null,
      by_user_id uuid not null references users (id),
      by_name text not null,
      by_organisation_id uuid not null references organisations (id),
      created_at timestamptz not null default now()
    );
    create index medical_admissions_driver_shift on medical_admissions (driver_user_id, shift_start);
    create index medical_admissions_org_time on medical_admissions (organisation_id, examined_at);

    create table medical_admission_details (
      admission_id uuid primary key references medical_admissions (id) on delete cascade,
      organisation_id uuid not null references organisations (id),
      details text not null
    );

    create table waybills (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id),
      number integer not null,
      vehicle_id uuid not null references vehicles (id),
      driver_user_id uuid not null references users (id),
      depot_id uuid references depots (id),
      shift_start timestamptz not null,
      shift_end timestamptz not null,
      technical_control_id uuid not null references technical_controls (id),
      medical_admission_id uuid not null references medical_admissions (id),
      issued_at timestamptz not null,
      issued_by uuid references users (id),
      issued_by_name text not null,
      status text not null default 'open' check (status in ('open', 'closed')),
      returned_at timestamptz,
      return_odometer_km numeric(12, 1) check (return_odometer_km >= 0),
      return_meter_reading_id uuid references meter_readings (id),
      post_trip_control_passed boolean,
      post_trip_controlled_at timestamptz,
      post_trip_controller_id uuid references users (id),
      post_trip_signature text,
      post_trip_notes text,
      post_trip_admission_id uuid references medical_admissions (id),
      closed_by uuid references users (id),
      created_at timestamptz not null default now(),
      constraint waybills_number unique (organisation_id, number),
      constraint waybills_closed check (
        status = 'open' or (returned_at is not null and return_odometer_km is not null
          and post_trip_control_passed is not null))
    );
    create unique index waybills_vehicle_shift on waybills (vehicle_id, shift_start);
    create index waybills_org_issued on waybills (organisation_id, issued_at)
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop table waybills;
    drop table medical_admission_details;
    drop table medical_admissions;
    drop table technical_controls;
    drop table compliance_documents;
    drop table release_policies
  `,
  );
}
