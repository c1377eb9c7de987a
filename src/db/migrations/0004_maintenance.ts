import type { Kysely } from "kysely";
import { runStatements } from "./statements.js";

/**
 * Preventive maintenance (programmes, tasks, completion records), work orders with
 * tasks, labour and parts, the parts catalogue and stock, competencies, training and
 * certificates, and hub service requests (issue #4, DOMAIN.md §3).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table competencies (
      key text primary key,
      name_en text not null,
      name_ru text not null,
      built_in boolean not null default false,
      created_at timestamptz not null default now()
    );

    create table defect_category_competencies (
      category text primary key,
      competency_keys text[] not null
    );

    create table maintenance_programmes (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid references organisations (id),
      key text not null,
      name_en text not null,
      name_ru text not null,
      vehicle_types text[] not null default '{}',
      powertrains text[] not null default '{}',
      length_classes text[] not null default '{}',
      model_ids uuid[] not null default '{}',
      based_on_id uuid references maintenance_programmes (id),
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index maintenance_programmes_key_idx on maintenance_programmes (coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'::uuid), key);

    create table maintenance_tasks (
      id uuid primary key default gen_random_uuid(),
      programme_id uuid not null references maintenance_programmes (id) on delete cascade,
      key text not null,
      name_en text not null,
      name_ru text not null,
      interval_km numeric,
      interval_hours numeric,
      interval_days integer,
      due_soon_km numeric,
      due_soon_hours numeric,
      due_soon_days integer,
      schedule text not null default 'floating',
      safety_critical boolean not null default false,
      competency_keys text[] not null default '{}',
      position integer not null default 0,
      unique (programme_id, key),
      check (interval_km is not null or interval_hours is not null or interval_days is not null),
      check (interval_km is null or interval_km > 0),
      check (interval_hours is null or interval_hours > 0),
      check (interval_days is null or interval_days > 0),
      check (schedule in ('fixed', 'floating'))
    );

    create table maintenance_records (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id),
      vehicle_id uuid not null references vehicles (id),
      programme_key text not null,
      task_key text not null,
      completed_on date not null,
      meter_km numeric,
      meter_hours numeric,
      basis_date date not null,
      basis_km numeric,
      basis_hours numeric,
      work_order_id uuid,
      note text,
      created_by uuid references users (id),
      created_at timestamptz not null default now()
    );
    create index maintenance_records_vehicle_idx on maintenance_records (vehicle_id, programme_key, task_key, completed_on desc, created_at desc);

    create table maintenance_settings (
      organisation_id uuid primary key references organisations (id),
      work_orders_from_defects boolean not null default true,
      work_orders_from_due_tasks boolean not null default true,
      updated_at timestamptz not null default now()
    );

    create table work_orders (
      id uuid primary key default gen_random_uuid(),
      number bigserial not null,
      organisation_id uuid not null references organisations (id),
      vehicle_id uuid not null references vehicles (id),
      source text not null,
      defect_id uuid references defects (id),
      programme_key text,
      task_key text,
      title text not null,
      description text,
      priority text not null default 'normal',
      blocking boolean not null default false,
      status text not null default 'requested',
      scheduled_for date,
      assigned_organisation_id uuid references organisations (id),
      assignee_user_id uuid references users (id),
      opened_at timestamptz not null default now(),
      started_at timestamptz,
      completed_at timestamptz,
      completed_by uuid references users (id),
      completion_km numeric,
      completion_hours numeric,
      verified_at timestamptz,
      verified_by uuid references users (id),
      cancelled_at timestamptz,
      cancel_reason text,
      created_by uuid references users (id),
      updated_at timestamptz not null default now(),
      check (source in ('defect', 'maintenance', 'manual')),
      check (status in ('requested', 'scheduled', 'in_progress', 'completed', 'verified', 'cancelled')),
      check (priority in ('low', 'normal', 'high', 'urgent'))
    );
    create index work_orders_org_status_idx on work_orders (organisation_id, status, opened_at);
    create index work_orders_vehicle_idx on work_orders (vehicle_id, status);
    create unique index work_orders_defect_idx on work_orders (defect_id) where defect_id is not null and status <> 'cancelled';
    create unique index work_orders_open_task_idx on work_orders (vehicle_id, programme_key, task_key) where task_key is not null and status in ('requested', 'scheduled', 'in_progress');
    alter table maintenance_records add constraint maintenance_records_work_order_fk foreign key (work_order_id) references work_orders (id);

    create table work_order_tasks (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id),
      work_order_id uuid not null references work_orders (id),
      programme_key text,
      task_key text,
      description text not null,
      competency_keys text[] not null default '{}',
      required boolean not null default true,
      done_at timestamptz,
      done_by uuid references users (id),
      position integer not null default 0
    );
    create index work_order_tasks_order_idx on work_order_tasks (work_order_id, position);

    create table work_order_labour (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id),
      work_order_id uuid not null references work_orders (id),
      user_id uuid not null references users (id),
      work_date date not null,
      hours numeric not null check (hours > 0 and hours <= 24),
      note text,
      created_by uuid references users (id),
      created_at timestamptz not null default now()
    );
    create index work_order_labour_order_idx on work_order_labour (work_order_id);

    create table parts (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id),
      part_number text not null,
      name text not null,
      unit text not null default 'pcs',
      unit_cost numeric,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organisation_id, part_number)
    );

    create table stock (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id),
      depot_id uuid references depots (id),
      part_id uuid not null references parts (id),
      quantity numeric not null default 0 check (quantity >= 0),
      updated_at timestamptz not null default now()
    );
    create unique index stock_location_idx on stock (organisation_id, coalesce(depot_id, '00000000-0000-0000-0000-000000000000'::uuid), part_id);

    create table stock_movements (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id),
      stock_id uuid not null references stock (id),
      delta numeric not null,
      reason text not null,
      work_order_id uuid references work_orders (id),
      note text,
      by_user_id uuid references users (id),
      at timestamptz not null default now(),
      check (reason in ('receipt', 'use', 'return', 'adjustment'))
    );
    create index stock_movements_stock_idx on stock_movements (stock_id, at);

    create table work_order_parts (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id),
      work_order_id uuid not null references work_orders (id),
      part_id uuid not null references parts (id),
      stock_id uuid not null references stock (id),
      quantity numeric not null check (quantity > 0),
      unit_cost numeric,
      by_user_id uuid references users (id),
      at timestamptz not null default now()
    );
    create index work_order_parts_order_idx on work_order_parts (work_order_id);

    create table courses (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id),
      competency_key text not null references competencies (key),
      name text not null,
      description text,
      validity_months integer not null check (validity_months > 0 and validity_months <= 120),
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table training_sessions (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id),
      course_id uuid not null references courses (id),
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      place text not null,
      trainer_user_id uuid references users (id),
      capacity integer not null check (capacity > 0),
      status text not null default 'planned',
      created_at timestamptz not null default now(),
      check (ends_at > starts_at),
      check (status in ('planned', 'completed', 'cancelled'))
    );
    create index training_sessions_org_idx on training_sessions (organisation_id, starts_at);

    create table certificates (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id),
      user_id uuid not null references users (id),
      competency_key text not null references competencies (key),
      issued_on date not null,
      expires_on date not null,
      issued_by_organisation_id uuid not null references organisations (id),
      course_id uuid references courses (id),
      session_id uuid references training_sessions (id),
      revoked_at timestamptz,
      revoke_reason text,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      check (expires_on > issued_on)
    );
    create index certificates_user_idx on certificates (user_id, competency_key, expires_on);
    create index certificates_org_idx on certificates (organisation_id, expires_on);

    create table enrolments (
      id uuid primary key default gen_random_uuid(),
      session_id uuid not null references training_sessions (id),
      user_id uuid not null references users (id),
      organisation_id uuid not null references organisations (id),
      status text not null default 'enrolled',
      certificate_id uuid references certificates (id),
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (session_id, user_id),
      check (status in ('enrolled', 'completed', 'failed', 'cancelled'))
    );

    create table service_requests (
      id uuid primary key default gen_random_uuid(),
      number bigserial not null,
      operator_id uuid not null references organisations (id),
      hub_id uuid not null references organisations (id),
      agreement_id uuid not null references service_agreements (id),
      kind text not null,
      work_order_id uuid references work_orders (id),
      vehicle_id uuid references vehicles (id),
      description text not null,
      status text not null default 'open',
      requested_at timestamptz not null default now(),
      requested_by uuid references users (id),
      response_due_at timestamptz not null,
      resolution_due_at timestamptz not null,
      accepted_at timestamptz,
      accepted_by uuid references users (id),
      assignee_user_id uuid references users (id),
      resolved_at timestamptz,
      resolution_note text,
      declined_at timestamptz,
      decline_reason text,
      cancelled_at timestamptz,
      updated_at timestamptz not null default now(),
      check (kind in ('take_over', 'specialist')),
      check (status in ('open', 'accepted', 'resolved', 'declined', 'cancelled'))
    );
    create index service_requests_hub_idx on service_requests (hub_id, status, requested_at);
    create index service_requests_operator_idx on service_requests (operator_id, status, requested_at);
    create unique index service_requests_open_order_idx on service_requests (work_order_id) where work_order_id is not null and status in ('open', 'accepted');

    create index meter_readings_latest_idx on meter_readings (vehicle_id, meter, read_at desc) where voided_at is null
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop index meter_readings_latest_idx;
    drop table service_requests;
    drop table enrolments;
    drop table certificates;
    drop table training_sessions;
    drop table courses;
    drop table work_order_parts;
    drop table stock_movements;
    drop table stock;
    drop table parts;
    drop table work_order_labour;
    drop table work_order_tasks;
    alter table maintenance_records drop constraint maintenance_records_work_order_fk;
    drop table work_orders;
    drop table maintenance_settings;
    drop table maintenance_records;
    drop table maintenance_tasks;
    drop table maintenance_programmes;
    drop table defect_category_competencies;
    drop table competencies
  `,
  );
}
