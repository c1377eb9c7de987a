import type { Kysely } from "kysely";
import { runStatements } from "./statements.js";

/** Organisations, regions, depots, users, memberships, agreements, sessions, tokens, audit. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table regions (
      id uuid primary key default gen_random_uuid(),
      country text not null,
      name text not null,
      created_at timestamptz not null default now(),
      unique (country, name)
    );

    create table organisations (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('manufacturer', 'hub', 'operator')),
      name text not null unique,
      parent_id uuid references organisations (id),
      region_id uuid references regions (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index organisations_parent_idx on organisations (parent_id);

    create table depots (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id),
      name text not null,
      address text,
      region_id uuid references regions (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organisation_id, name)
    );

    create table users (
      id uuid primary key default gen_random_uuid(),
      email text not null,
      name text not null,
      password_hash text not null,
      locale text not null default 'en' check (locale in ('en', 'ru')),
      disabled boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index users_email_idx on users (lower(email));

    create table memberships (
      user_id uuid not null references users (id),
      organisation_id uuid not null references organisations (id),
      role text not null,
      created_at timestamptz not null default now(),
      primary key (user_id, organisation_id, role)
    );
    create index memberships_organisation_idx on memberships (organisation_id);

    create table service_agreements (
      id uuid primary key default gen_random_uuid(),
      hub_id uuid not null references organisations (id),
      operator_id uuid not null references organisations (id),
      valid_from date not null,
      valid_to date,
      region_ids uuid[] not null default '{}',
      services text[] not null default '{}',
      response_hours integer not null,
      resolution_hours integer not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (valid_to is null or valid_to >= valid_from)
    );
    create index service_agreements_hub_idx on service_agreements (hub_id);
    create index service_agreements_operator_idx on service_agreements (operator_id);

    create table sessions (
      id text primary key,
      user_id uuid not null references users (id),
      organisation_id uuid not null references organisations (id),
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      revoked_at timestamptz
    );
    create index sessions_user_idx on sessions (user_id);

    create table api_tokens (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id),
      name text not null,
      role text not null,
      token_hash text not null unique,
      prefix text not null,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      expires_at timestamptz,
      revoked_at timestamptz,
      last_used_at timestamptz
    );
    create index api_tokens_organisation_idx on api_tokens (organisation_id);

    create table audit_log (
      id bigserial primary key,
      at timestamptz not null default now(),
      actor_user_id uuid references users (id),
      actor_token_id uuid references api_tokens (id),
      actor_label text not null,
      organisation_id uuid references organisations (id),
      action text not null,
      entity text not null,
      entity_id text,
      details jsonb not null default '{}'
    );
    create index audit_log_organisation_idx on audit_log (organisation_id, at desc);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop table audit_log;
    drop table api_tokens;
    drop table sessions;
    drop table service_agreements;
    drop table memberships;
    drop table users;
    drop table depots;
    drop table organisations;
    drop table regions;

  `,
  );
}
