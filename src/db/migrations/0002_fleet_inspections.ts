import type { Kysely } from "kysely";
import { runStatements } from "./statements.js";

/**
 * The fleet (models, vehicles, meter readings), inspection templates, inspections with
 * photos, defects and their resolution events, the tamper-evident record chain, and
 * release overrides.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table vehicle_models (
      id uuid primary key default gen_random_uuid(),
      maker text not null,
      model text not null,
      vehicle_type text not null,
      powertrain text not null,
      length_class text not null,
      battery_kwh numeric,
      created_at timestamptz not null default now(),
      unique (maker, model, powertrain)
    );

    create table vehicles (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id),
      depot_id uuid references depots (id),
      model_id uuid not null references vehicle_models (id),
      vin text,
      serial_number text,
      registration_plate text,
      fleet_number text not null,
      in_service_date date,
      status text not null default 'active',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organisation_id, fleet_number),
      check (vin is not null or serial_number is not null)
    );
    create unique index vehicles_vin_idx on vehicles (vin) where vin is not null;
    create index vehicles_depot_idx on vehicles (depot_id);
    create index vehicles_plate_idx on vehicles (organisation_id, registration_plate);

    create table meter_readings (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id),
      vehicle_id uuid not null references vehicles (id),
      meter text not null,
      value numeric not null,
      read_at timestamptz not null,
      source text not null,
      inspection_id uuid,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      voided_at timestamptz,
      voided_by uuid references users (id),
      void_reason text
    );
    create index meter_readings_vehicle_idx on meter_readings (vehicle_id, meter, read_at);

    create table inspection_templates (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid references organisations (id),
      key text not null,
      version integer not null,
      name_en text not null,
      name_ru text not null,
      vehicle_types text[] not null,
      items jsonb not null,
      based_on_id uuid references inspection_templates (id),
      created_by uuid references users (id),
      created_at timestamptz not null default now()
    );
    create unique index inspection_templates_version_idx on inspection_templates (coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'::uuid), key, version);

    create table photos (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id),
      content_type text not null,
      size_bytes integer not null,
      sha256 text not null,
      storage_key text not null,
      created_by uuid references users (id),
      created_at timestamptz not null default now()
    );

    create table inspections (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id),
      vehicle_id uuid not null references vehicles (id),
      template_id uuid not null references inspection_templates (id),
      driver_user_id uuid references users (id),
      signed_by_name text not null,
      submitted_at timestamptz not null,
      shift_start timestamptz,
      odometer_km numeric,
      engine_hours numeric,
      passed boolean not null,
      results jsonb not null,
      comments text,
      corrects_id uuid references inspections (id),
      idempotency_key text not null,
      request_hash text not null,
      created_at timestamptz not null default now(),
      unique (organisation_id, idempotency_key)
    );
    create index inspections_vehicle_idx on inspections (vehicle_id, submitted_at desc);
    create index inspections_org_time_idx on inspections (organisation_id, submitted_at);

    create table defects (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id),
      vehicle_id uuid not null references vehicles (id),
      inspection_id uuid references inspections (id),
      item_key text not null,
      category text not null,
      severity text not null,
      description text not null,
      status text not null default 'open',
      opened_at timestamptz not null,
      resolved_at timestamptz,
      reviewed_at timestamptz
    );
    create index defects_vehicle_idx on defects (vehicle_id, status);
    create index defects_org_status_idx on defects (organisation_id, status, opened_at);

    create table defect_events (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id),
      defect_id uuid not null references defects (id),
      kind text not null,
      by_user_id uuid references users (id),
      by_name text not null,
      at timestamptz not null,
      note text
    );
    create index defect_events_defect_idx on defect_events (defect_id, at);

    create table record_chain_heads (
      organisation_id uuid primary key references organisations (id),
      seq bigint not null,
      chain_hash text not null
    );

    create table record_chain (
      organisation_id uuid not null references organisations (id),
      seq bigint not null,
      record_kind text not null,
      record_id uuid not null,
      record_hash text not null,
      chain_hash text not null,
      at timestamptz not null default now(),
      primary key (organisation_id, seq)
    );

    create table release_overrides (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id),
      vehicle_id uuid not null references vehicles (id),
      shift_start timestamptz not null,
      reason text not null,
      codes text[] not null,
      by_user_id uuid references users (id),
      by_name text not null,
      at timestamptz not null default now()
    );
    create index release_overrides_vehicle_idx on release_overrides (vehicle_id, shift_start)
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop table release_overrides;
    drop table record_chain;
    drop table record_chain_heads;
    drop table defect_events;
    drop table defects;
    drop table inspections;
    drop table photos;
    drop table inspection_templates;
    drop table meter_readings;
    drop table vehicles;
    drop table vehicle_models
  `,
  );
}
