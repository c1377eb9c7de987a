/**
 * A synthetic network for the maintenance and report benchmarks: a manufacturer, three
 * service hubs in regions, operators (about one per 250 vehicles) with service
 * agreements, depots of about 100 vehicles, bus and machinery models, and `days` days
 * of daily meter readings, pre-shift inspections, defects, work orders (from defects
 * and from maintenance tasks, with labour and parts), maintenance records, mechanics
 * with certificates (some expired) and hub service requests (some past their target).
 *
 * Everything is generated inside the database, set-based (INSERT … SELECT from
 * generate_series), so 10,000 vehicles × 365 days load in a couple of minutes. Random
 * choices come from a seeded hash of the row's key (hashint8extended), not from
 * random(): the same seed gives the same figures (ids are fresh uuids each time).
 *
 * Shortcuts, stated so nobody mistakes them for the application's behaviour:
 * - an inspection's `results` lists only its failed items (the others passed); storing
 *   all ~30 outcomes of 3.65 million inspections would make the table ~5 GB;
 * - meter readings are stored with source "import" (telematics), not linked to the
 *   inspection that repeats the value; nothing is put in the tamper-evident record chain;
 * - machinery runs every day (no harvest season);
 * - `inspectionDays` (CLI --inspection-days) limits inspections, defects and defect work
 *   orders to the last N days; the 100,000-vehicle variant uses it, as 36.5 million
 *   inspections would not load in minutes on two cores.
 *
 * Not a benchmark: it prints how long each step took, against no baseline. Tests call
 * generateNetwork on a small network in any database (test/api/reports.test.ts); the CLI
 * is for PostgreSQL only, as it creates the named database on the server.
 *
 * CLI: BENCH_DATABASE_URL=postgres://…/fleethub_bench10k npx tsx bench/maintenance/generate.ts --vehicles 10000 --days 365
 * The database is created when it does not exist; --replace drops and recreates it.
 */
import { pathToFileURL } from "node:url";
import { sql, type Kysely } from "kysely";
import pg from "pg";
import type { Database } from "../../src/db/database.js";
import { openDatabase } from "../../src/db/database.js";
import type { DB } from "../../src/db/schema.js";
import { todayIso } from "../../src/db/scope.js";
import { hashPassword } from "../../src/modules/auth/passwords.js";
import { prepareDatabase } from "../../src/setup.js";

export interface GenerateOptions {
  vehicles: number;
  days: number;
  seed?: number;
  /**
   * Foreign keys are not re-checked row by row (default), where the database lets this
   * session turn that off (session_replication_role, superusers only), as a bulk loader
   * does: the rows are made from existing ids, so the keys hold. false checks every one
   * (slower; the small smoke run does). The big tables' indexes are built after their
   * rows either way.
   */
  fastLoad?: boolean;
  /** Inspections (and so defects) only for the last this many days; default every day. */
  inspectionDays?: number;
  /** Progress lines; default silent. */
  log?: (line: string) => void;
}

export interface GeneratedNetwork {
  /** The first and last day with readings (the last is yesterday, UTC). */
  firstDay: string;
  lastDay: string;
  manufacturerId: string;
  hubIds: string[];
  /** Every generated person signs in with this password. */
  password: string;
  adminEmail: string;
  hubManagerEmails: string[];
  operatorManagerEmails: string[];
  counts: Record<string, number>;
  timings: { step: string; ms: number }[];
  totalMs: number;
}

export const BENCH_PASSWORD = "bench-network-password";
const EMAIL_DOMAIN = "bench.fleethub.test";

const DAY_MS = 86_400_000;
const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

function checkWhole(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`${name}: must be a whole number from ${min} to ${max} (got ${value})`);
  return value;
}

/** Runs one step's statements on the generator's connection, timed. */
type Run = (step: string, text: string) => Promise<void>;

/**
 * Loads `tables` without their indexes, primary keys and unique constraints (and the
 * foreign keys that point at them), then builds them again in one pass each: sorting
 * once is far cheaper than keeping b-trees in order through millions of inserts, above
 * all a primary key of random uuids (PostgreSQL manual, "Populating a Database"). The
 * definitions are read from the catalogue, so what is rebuilt is exactly what the
 * migrations made.
 */
async function withDeferredIndexes(
  conn: Kysely<DB>,
  run: Run,
  tables: string[],
  load: () => Promise<void>,
): Promise<void> {
  const { rows } = await sql<{ stage: number; drop_sql: string; create_sql: string }>`
    with target as (
      select c.oid, n.nspname, c.relname from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      where c.relname = any(${tables}::text[]) and n.nspname = current_schema()
    )
    -- 1: foreign keys pointing at the tables' keys, dropped first and added back last
    select 1 as stage,
      format('alter table %s drop constraint %I', k.conrelid::regclass, k.conname) as drop_sql,
      format('alter table %s add constraint %I %s', k.conrelid::regclass, k.conname,
        pg_get_constraintdef(k.oid)) as create_sql
    from pg_constraint k join target t on t.oid = k.confrelid
    where k.contype = 'f'
    union all
    -- 2: primary keys and unique constraints
    select case k.contype when 'p' then 2 else 3 end,
      format('alter table %I.%I drop constraint %I', t.nspname, t.relname, k.conname),
      format('alter table %I.%I add constraint %I %s', t.nspname, t.relname, k.conname,
        pg_get_constraintdef(k.oid))
    from pg_constraint k join target t on t.oid = k.conrelid
    where k.contype in ('p', 'u')
    union all
    -- 4: other indexes
    select 4, format('drop index %I.%I', t.nspname, ic.relname), pg_get_indexdef(i.indexrelid)
    from pg_index i
    join target t on t.oid = i.indrelid
    join pg_class ic on ic.oid = i.indexrelid
    where not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
    order by 1`.execute(conn);
  for (const row of rows) await sql.raw(row.drop_sql).execute(conn);
  try {
    await load();
  } finally {
    // Keys and indexes first, then the foreign keys that need the keys.
    const rebuild = [
      ...rows.filter((row) => row.stage > 1),
      ...rows.filter((row) => row.stage === 1),
    ];
    await run(
      `indexes and keys of ${tables.join(", ")}`,
      rebuild.map((row) => row.create_sql).join(";\n"),
    );
  }
}

export async function generateNetwork(
  db: Database,
  options: GenerateOptions,
): Promise<GeneratedNetwork> {
  const N = checkWhole("vehicles", options.vehicles, 1, 1_000_000);
  const D = checkWhole("days", options.days, 1, 3_650);
  const seed = checkWhole("seed", options.seed ?? 1, 0, 1_000_000);
  const inspectionDays = checkWhole("inspectionDays", options.inspectionDays ?? D, 0, D);
  const fastLoad = options.fastLoad ?? true;
  const log = options.log ?? (() => undefined);

  const existing = await db
    .selectFrom("vehicles")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0)
    throw new Error("the database already holds vehicles: generate into a fresh database");

  const today = todayIso();
  const lastDay = isoDay(new Date(Date.parse(`${today}T00:00:00Z`) - DAY_MS));
  const firstDay = isoDay(new Date(Date.parse(`${lastDay}T00:00:00Z`) - (D - 1) * DAY_MS));
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const O = Math.max(1, Math.round(N / 250));
  const P = Math.max(O, Math.round(N / 100));

  /** A uniform number in [0, 1) from the seeded hash of an integer key; `salt` picks the stream. */
  const R = (key: string, salt: number): string =>
    `((hashint8extended((${key})::int8, ${seed * 1000 + salt}::int8) & 2147483647)::float8 / 2147483648.0)`;
  /** The UTC timestamp `hours` after the start of day index `day` (day 0 = firstDay). */
  const at = (day: string, hours: string): string =>
    `(((date '${firstDay}' + (${day})::int)::timestamp + (${hours}) * interval '1 hour') at time zone 'UTC')`;
  const dayOf = (day: string): string => `(date '${firstDay}' + (${day})::int)`;
  /** When vehicle `v`'s meter is read on day `d` (between 04:00 and 06:00), and its check is signed. */
  const readAt = (v: string, d: string): string =>
    at(d, `4 + 2 * ${R(`${v}.n::int8 * 100000 + (${d})`, 8)}`);
  const submittedAt = (v: string, d: string): string => `(${readAt(v, d)} + interval '5 minutes')`;
  /** The meter of vehicle `v` at the start of day index `d`: steady use plus a jitter that keeps it rising. */
  const meterAt = (v: string, d: string): string =>
    `round((${v}.start_value + ((${d}) - ${v}.first_day) * ${v}.mean + ${v}.mean * 0.35 * ${R(`${v}.n::int8 * 100000 + (${d})`, 7)})::numeric, 1)`;

  const timings: { step: string; ms: number }[] = [];
  const started = performance.now();
  let manufacturerId = "";
  let hubIds: string[] = [];

  await db.connection().execute(async (conn) => {
    // One statement at a time (PGlite prepares one command each), on one connection so
    // the temporary tables stay visible.
    const run: Run = async (step, text) => {
      const t0 = performance.now();
      let inserted = 0n;
      const slow: string[] = [];
      const statements = text
        .split(/;\s*\n/)
        .map((part) => part.trim())
        .filter(Boolean);
      for (const statement of statements) {
        const s0 = performance.now();
        const result = await sql.raw(statement).execute(conn);
        inserted += result.numAffectedRows ?? 0n;
        const statementMs = performance.now() - s0;
        if (statementMs > 2_000)
          slow.push(
            `    ${(statementMs / 1000).toFixed(1)} s: ${statement.replace(/\s+/g, " ").slice(0, 70)}…`,
          );
      }
      const ms = performance.now() - t0;
      timings.push({ step, ms });
      log(
        `${step.padEnd(40)} ${(ms / 1000).toFixed(1).padStart(6)} s  ${inserted.toLocaleString("en")} rows written`,
      );
      if (statements.length > 1) for (const line of slow) log(line);
    };
    try {
      await generate(conn, run);
    } finally {
      // The connection goes back to the pool as it came.
      await sql`discard temp`.execute(conn);
      await sql`reset session_replication_role`.execute(conn);
      await sql`reset work_mem`.execute(conn);
      await sql`reset maintenance_work_mem`.execute(conn);
      await sql`reset jit`.execute(conn);
    }
  });

  async function generate(conn: Kysely<DB>, run: Run): Promise<void> {
    // Bigger sorts for the index builds; no JIT, whose optimisation of these one-off
    // statements costs more than it saves.
    await run(
      "settings",
      `set maintenance_work_mem = '256MB';\nset work_mem = '64MB';\nset jit = off`,
    );
    if (fastLoad) {
      const skipped = await sql`set session_replication_role = replica`.execute(conn).then(
        () => true,
        () => false,
      );
      log(
        skipped
          ? "foreign keys: not re-checked row by row (the rows are made from existing ids)"
          : "foreign keys: checked row by row (this role may not turn that off)",
      );
    }

    // --- Regions, manufacturer, hubs, operators, agreements, depots, models -------------
    await run(
      "regions",
      `create temp table gen_regions (idx int, name text, hub_idx int, neighbour_idx int);
       insert into gen_regions values
         (1, 'Krasnodar Krai', 1, 5), (2, 'Rostov Oblast', 2, 4), (3, 'Stavropol Krai', 3, 1),
         (4, 'Volgograd Oblast', 2, 2), (5, 'Republic of Adygea', 1, 1);
       insert into regions (country, name) select 'Russia', name from gen_regions
         on conflict (country, name) do nothing;
       alter table gen_regions add column id uuid;
       update gen_regions g set id = r.id from regions r where r.country = 'Russia' and r.name = g.name`,
    );
    const maker = await sql<{ id: string }>`
      insert into organisations (kind, name, region_id)
      select 'manufacturer', 'Vector Motors (bench)', id from gen_regions where idx = 1
      returning id`.execute(conn);
    manufacturerId = maker.rows[0]?.id ?? "";
    await run(
      "hubs",
      `create temp table gen_hubs as
         select r.hub_idx as idx, gen_random_uuid() as id, r.id as region_id, r.name as region_name
         from gen_regions r where r.idx = r.hub_idx;
       insert into organisations (id, kind, name, parent_id, region_id)
         select id, 'hub', 'Vector Service Hub ' || region_name, '${manufacturerId}', region_id from gen_hubs`,
    );
    hubIds = (
      await sql<{ id: string }>`select id from gen_hubs order by idx`.execute(conn)
    ).rows.map((row) => row.id);
    // Every eighth operator is an agricultural holding (tractors, harvesters); the rest run buses.
    await run(
      "operators and agreements",
      `create temp table gen_operators as
         select o as idx, gen_random_uuid() as id, r.idx as region_idx, r.id as region_id, r.name as region_name,
           case when o % 8 = 0 then 'agri' else 'bus' end as family,
           h.id as hub_id, h.idx as hub_idx, gen_random_uuid() as agreement_id,
           (array[4, 8, 12])[1 + (o % 3)] as response_hours, (array[24, 48, 72])[1 + (o % 3)] as resolution_hours
         from generate_series(1, ${O}) o
         join gen_regions r on r.idx = 1 + ((o - 1) % 5)
         join gen_hubs h on h.idx = r.hub_idx;
       insert into organisations (id, kind, name, region_id)
         select id, 'operator',
           region_name || case family when 'agri' then ' Agro ' else ' Bus ' end || lpad(idx::text, 4, '0'),
           region_id
         from gen_operators;
       insert into service_agreements (id, hub_id, operator_id, valid_from, valid_to, region_ids, services, response_hours, resolution_hours)
         select agreement_id, hub_id, id, date '${firstDay}' - 400, null, array[region_id],
           array['maintenance', 'repair', 'training'], response_hours, resolution_hours
         from gen_operators;
       -- Every tenth operator was served by another hub before: an agreement that has ended.
       insert into service_agreements (hub_id, operator_id, valid_from, valid_to, region_ids, services, response_hours, resolution_hours)
         select h.id, o.id, date '${firstDay}' - 1200, date '${firstDay}' - 401, array[o.region_id], array['repair'], 24, 96
         from gen_operators o join gen_hubs h on h.idx = 1 + (o.hub_idx % 3)
         where o.idx % 10 = 0`,
    );
    // Depots in the operator's region; one in ten has no region (reports fall back to the
    // operator's), one in twenty lies in the neighbouring region.
    await run(
      "depots",
      `create temp table gen_depots as
         select p as idx, gen_random_uuid() as id, o.id as operator_id, o.idx as operator_idx,
           case when ${R("p", 11)} < 0.10 then null
                when ${R("p", 11)} < 0.15 then (select id from gen_regions where idx = r.neighbour_idx)
                else o.region_id end as region_id
         from generate_series(1, ${P}) p
         join gen_operators o on o.idx = 1 + ((p - 1) % ${O})
         join gen_regions r on r.idx = o.region_idx;
       insert into depots (id, organisation_id, name, address, region_id)
         select id, operator_id, 'Depot ' || lpad(idx::text, 4, '0'), 'Depot street ' || idx, region_id from gen_depots`,
    );
    await run(
      "models",
      `create temp table gen_models (key text, family text, model text, vehicle_type text, powertrain text,
         length_class text, battery_kwh numeric, share_lo float8, share_hi float8);
       insert into gen_models values
         ('city12d', 'bus', 'City 12 D', 'city_bus', 'diesel', '10_5_to_13m', null, 0.00, 0.28),
         ('city12g', 'bus', 'City 12 CNG', 'city_bus', 'cng', '10_5_to_13m', null, 0.28, 0.48),
         ('city12e', 'bus', 'City 12 E', 'city_bus', 'battery_electric', '10_5_to_13m', 499, 0.48, 0.63),
         ('city18d', 'bus', 'City 18 D', 'city_bus', 'diesel', 'articulated_18m', null, 0.63, 0.73),
         ('city18e', 'bus', 'City 18 E', 'city_bus', 'battery_electric', 'articulated_18m', 600, 0.73, 0.78),
         ('midi9d', 'bus', 'Midi 9 D', 'city_bus', 'diesel', '8_to_10_5m', null, 0.78, 0.90),
         ('inter12d', 'bus', 'Intercity 12 D', 'intercity_bus', 'diesel', '10_5_to_13m', null, 0.90, 1.01),
         ('tractor', 'agri', 'Agro T-250', 'tractor', 'diesel', 'not_applicable', null, 0.00, 0.70),
         ('combine', 'agri', 'Agro K-10', 'combine_harvester', 'diesel', 'not_applicable', null, 0.70, 1.01);
       insert into vehicle_models (maker, model, vehicle_type, powertrain, length_class, battery_kwh)
         select 'Vector', model, vehicle_type, powertrain, length_class, battery_kwh from gen_models
         on conflict (maker, model, powertrain) do nothing;
       alter table gen_models add column id uuid;
       update gen_models g set id = m.id from vehicle_models m
         where m.maker = 'Vector' and m.model = g.model and m.powertrain = g.powertrain`,
    );

    // --- Vehicles ----------------------------------------------------------------------
    // In service over the last ten years; buses run 150–300 km a day, machinery 6–10 engine
    // hours. Before the period, use is taken as 85 % (buses) or 30 % (seasonal machinery) of
    // that. A few vehicles are retired, out of service or in repair now.
    await run(
      "vehicles",
      `create temp table gen_vehicles as
       with base as (
         select n, ((n - 1)::int8 * ${P} / ${N}) + 1 as depot_idx,
           ${R("n", 1)} as r_model, ${R("n", 2)} as r_age, ${R("n", 3)} as r_use,
           ${R("n", 4)} as r_status, ${R("n", 5)} as r_last
         from generate_series(1, ${N}) n
       ), shaped as (
         select b.*, d.id as depot_id, o.id as org_id, o.idx as op_idx, o.family, o.hub_id,
           m.id as model_id, m.vehicle_type, m.powertrain, m.length_class,
           case when o.family = 'bus' then 'odometer_km' else 'engine_hours' end as meter,
           case when o.family = 'bus' then 150 + 150 * b.r_use else 6 + 4 * b.r_use end as mean,
           floor(b.r_age * 3650)::int as age_days
         from base b
         join gen_depots d on d.idx = b.depot_idx
         join gen_operators o on o.idx = d.operator_idx
         join gen_models m on m.family = o.family and b.r_model >= m.share_lo and b.r_model < m.share_hi
       )
       select s.n, gen_random_uuid() as id, s.depot_id, s.org_id, s.op_idx, s.family, s.hub_id, s.model_id,
         s.vehicle_type, s.powertrain, s.length_class, s.meter, s.mean, s.age_days,
         ${D - 1} - s.age_days as isd_idx,
         greatest(0, ${D - 1} - s.age_days) as first_day,
         case when s.age_days < ${D - 1} then 20 + 80 * s.r_use
              else (s.age_days - ${D - 1}) * s.mean * case when s.family = 'bus' then 0.85 else 0.30 end
         end as start_value,
         case when s.r_status < 0.010 then 'retired'
              when s.r_status < 0.020 then 'out_of_service'
              when s.r_status < 0.035 then 'in_repair'
              else 'active' end as status,
         greatest(greatest(0, ${D - 1} - s.age_days),
           case when s.r_status < 0.010 then ${D - 31} - floor(s.r_last * 120)::int
                when s.r_status < 0.020 then ${D - 1} - floor(s.r_last * 7)::int
                else ${D - 1} end) as last_day,
         0.006 + 0.02 * s.age_days / 3650.0 as fail_rate
       from shaped s;
       create index on gen_vehicles (id);
       analyze gen_vehicles;
       insert into vehicles (id, organisation_id, depot_id, model_id, vin, serial_number, registration_plate,
           fleet_number, in_service_date, status, created_at, updated_at)
         select id, org_id, depot_id, model_id,
           case when family = 'bus' then 'X9VBG' || lpad(n::text, 12, '0') end,
           case when family = 'agri' then 'AGR-' || lpad(n::text, 8, '0') end,
           case when family = 'bus' then 'B' || lpad(n::text, 7, '0') end,
           n::text, date '${lastDay}' - age_days, status,
           (date '${lastDay}' - age_days)::timestamp at time zone 'UTC', now()
         from gen_vehicles`,
    );

    // --- People: managers, dispatchers, mechanics (one per ~25 vehicles), hub staff -------
    await run(
      "people",
      `create temp table gen_people (id uuid default gen_random_uuid(), email text, name text,
         org_id uuid, role text, k int);
       insert into gen_people (email, name, org_id, role, k)
         select 'admin@${EMAIL_DOMAIN}', 'Network Admin', '${manufacturerId}', 'network_admin', 1;
       insert into gen_people (email, name, org_id, role, k)
         select 'hub' || h.idx || '.manager@${EMAIL_DOMAIN}', 'Hub ' || h.idx || ' Manager', h.id, 'hub_manager', 1 from gen_hubs h
         union all
         select 'hub' || h.idx || '.trainer@${EMAIL_DOMAIN}', 'Hub ' || h.idx || ' Trainer', h.id, 'trainer', 1 from gen_hubs h
         union all
         select 'hub' || h.idx || '.tech' || k || '@${EMAIL_DOMAIN}', 'Hub ' || h.idx || ' Technician ' || k, h.id, 'hub_technician', k
           from gen_hubs h cross join generate_series(1, 12) k;
       insert into gen_people (email, name, org_id, role, k)
         select 'op' || o.idx || '.manager@${EMAIL_DOMAIN}', 'Operator ' || o.idx || ' Manager', o.id, 'operator_manager', 1 from gen_operators o
         union all
         select 'op' || o.idx || '.dispatcher@${EMAIL_DOMAIN}', 'Operator ' || o.idx || ' Dispatcher', o.id, 'dispatcher', 1 from gen_operators o
         union all
         select 'op' || o.idx || '.mech' || k || '@${EMAIL_DOMAIN}', 'Operator ' || o.idx || ' Mechanic ' || k, o.id, 'mechanic', k
           from gen_operators o
           join (select op_idx, count(*) as vehicles from gen_vehicles group by op_idx) f on f.op_idx = o.idx
           cross join lateral generate_series(1, greatest(2, ceil(f.vehicles / 25.0)::int)) k;
       insert into users (id, email, name, password_hash, locale)
         select id, email, name, '${passwordHash}', 'en' from gen_people;
       insert into memberships (user_id, organisation_id, role) select id, org_id, role from gen_people;
       create temp table gen_mechanics as
         select org_id, k, id as user_id, name from gen_people where role in ('mechanic', 'hub_technician');
       create index on gen_mechanics (org_id, k);
       analyze gen_mechanics;
       create temp table gen_mech_counts as select org_id, count(*)::int as n from gen_mechanics group by org_id;
       alter table gen_vehicles add column mech_count int;
       update gen_vehicles v set mech_count = c.n from gen_mech_counts c where c.org_id = v.org_id`,
    );

    // --- Checklist items a failure is drawn from, and the failing vehicle-days ---------------
    // About 1–2 % of inspections fail one item (older vehicles more often); the failures are
    // drawn first, so the inspections and their defects are written without reading back
    // millions of inspections.
    await run(
      "checklist items and failures",
      `create temp table gen_templates as
         select f.family, t.id, t.items from (values ('bus', 'bus-pre-shift'), ('agri', 'machinery-daily')) f(family, key)
         join lateral (
           select id, items from inspection_templates
           where organisation_id is null and key = f.key order by version desc limit 1
         ) t on true;
       create temp table gen_items as
         select t.family, p.powertrain,
           (row_number() over (partition by t.family, p.powertrain order by e.ord) - 1)::int as idx,
           e.item->>'key' as key, e.item->>'category' as category, e.item->>'severity' as severity,
           e.item->'label'->>'en' as label
         from gen_templates t
         cross join (values ('diesel'), ('cng'), ('battery_electric'), ('hybrid')) p(powertrain)
         cross join lateral jsonb_array_elements(t.items) with ordinality e(item, ord)
         where jsonb_array_length(e.item->'powertrains') = 0 or e.item->'powertrains' ? p.powertrain;
       create temp table gen_item_counts as
         select family, powertrain, count(*)::int as n from gen_items group by 1, 2;
       alter table gen_vehicles add column item_count int;
       update gen_vehicles v set item_count = c.n from gen_item_counts c
         where c.family = v.family and c.powertrain = v.powertrain;
       create temp table gen_failures as
         -- Materialised: drawn once per vehicle-day, not once per vehicle-day and item.
         with x as materialized (
           select v.n, v.family, v.powertrain, d,
             floor(${R("v.n::int8 * 100000 + d", 10)} * v.item_count)::int as item_idx
           from gen_vehicles v
           cross join lateral generate_series(greatest(v.first_day, ${D - inspectionDays}), v.last_day) d
           where ${R("v.n::int8 * 100000 + d", 9)} < v.fail_rate
         )
         select x.n, x.d, x.n::int8 * 100000 + x.d as wkey, gen_random_uuid() as inspection_id,
           it.key as item_key, it.category, it.severity, it.label
         from x
         join gen_items it on it.family = x.family and it.powertrain = x.powertrain and it.idx = x.item_idx;
       create index on gen_failures (n, d);
       analyze gen_failures`,
    );

    // --- Meter readings (one a day per vehicle, early in the morning) and inspections --------
    // Written day by day, as they arrive in real life, so the tables' physical order is by time.
    const dayByDay = (firstDayIndex: number) =>
      `generate_series(${firstDayIndex}, ${D - 1}) g(d)
       cross join lateral (select * from gen_vehicles v where g.d between v.first_day and v.last_day) v`;
    await withDeferredIndexes(conn, run, ["meter_readings", "inspections"], async () => {
      await run(
        "meter readings",
        `insert into meter_readings (organisation_id, vehicle_id, meter, value, read_at, source, created_at)
         select v.org_id, v.id, v.meter, ${meterAt("v", "g.d")}, ${readAt("v", "g.d")}, 'import', ${readAt("v", "g.d")}
         from ${dayByDay(0)}`,
      );
      await run(
        "inspections",
        `insert into inspections (id, organisation_id, vehicle_id, template_id, signed_by_name, submitted_at,
             shift_start, odometer_km, engine_hours, passed, results, comments, idempotency_key, request_hash,
             created_at)
         select coalesce(f.inspection_id, gen_random_uuid()), v.org_id, v.id, t.id, 'Driver ' || v.n,
           ${submittedAt("v", "g.d")}, ${submittedAt("v", "g.d")} + interval '30 minutes',
           case when v.family = 'bus' then ${meterAt("v", "g.d")} end,
           case when v.family = 'agri' then ${meterAt("v", "g.d")} end,
           f.item_key is null,
           case when f.item_key is null then '[]'::jsonb
                else jsonb_build_array(jsonb_build_object('itemKey', f.item_key, 'outcome', 'fail',
                       'comment', 'Found at the pre-shift check: ' || lower(f.label))) end,
           null, 'gen-' || v.n || '-' || g.d, 'generated', ${submittedAt("v", "g.d")}
         from ${dayByDay(D - inspectionDays)}
         join gen_templates t on t.family = v.family
         left join gen_failures f on f.n = v.n and f.d = g.d`,
      );
    });

    // --- Defects: repaired after hours (critical) to weeks (minor); recent ones still open --
    await run(
      "defects",
      `create temp table gen_defects as
       with found as (
         select gen_random_uuid() as id, v.org_id, v.id as vehicle_id, f.inspection_id,
           'Driver ' || v.n as driver, f.item_key, f.category, f.severity, f.label,
           ${submittedAt("v", "f.d")} as opened_at, f.wkey, v.n, v.family, v.mean, v.start_value,
           v.first_day, v.mech_count,
           ${R("f.wkey", 20)} as r1, ${R("f.wkey", 21)} as r2, ${R("f.wkey", 22)} as r3, ${R("f.wkey", 23)} as r4,
           ${R("f.wkey", 24)} as r5
         from gen_failures f
         join gen_vehicles v on v.n = f.n
       ), timed as (
         select f.*,
           case f.severity when 'critical' then 1 + 29 * f.r1 ^ 2
                           when 'major' then 2 + 94 * f.r1 ^ 2
                           else 24 + 456 * f.r1 ^ 2 end
             -- One non-critical repair in thirty waits weeks for parts: the backlog's tail.
             * case when f.severity <> 'critical' and f.r5 < 0.033 then 12 else 1 end as repair_hours
         from found f
       )
       select t.*,
         t.opened_at + t.repair_hours * interval '1 hour' as planned_resolved_at,
         t.opened_at + t.repair_hours * 0.25 * interval '1 hour' as repair_started_at,
         case when t.opened_at + t.repair_hours * interval '1 hour' > now() then
                case when t.opened_at + t.repair_hours * 0.25 * interval '1 hour' <= now() then 'in_repair' else 'open' end
              when t.severity <> 'critical' and t.r2 < 0.04 then 'no_repair_needed'
              else 'repaired' end as status,
         1 + floor(t.r3 * t.mech_count)::int as mech_k,
         1 + ((floor(t.r3 * t.mech_count)::int + 1) % t.mech_count) as verifier_k
       from timed t;
       analyze gen_defects;
       insert into defects (id, organisation_id, vehicle_id, inspection_id, item_key, category, severity,
           description, status, opened_at, resolved_at, reviewed_at)
         select id, org_id, vehicle_id, inspection_id, item_key, category, severity,
           'Found at the pre-shift check: ' || lower(label), status, opened_at,
           case when status in ('repaired', 'no_repair_needed') then planned_resolved_at end,
           case when status in ('repaired', 'no_repair_needed') and planned_resolved_at + interval '10 hours' <= now()
                then planned_resolved_at + interval '10 hours' end
         from gen_defects`,
    );
    await run(
      "defect events",
      `insert into defect_events (organisation_id, defect_id, kind, by_user_id, by_name, at, note)
         select g.org_id, g.id, 'repair_started', m.user_id, m.name, g.repair_started_at, null
         from gen_defects g join gen_mechanics m on m.org_id = g.org_id and m.k = g.mech_k
         where g.status in ('in_repair', 'repaired')
         union all
         select g.org_id, g.id, g.status, m.user_id, m.name, g.planned_resolved_at,
           case g.status when 'repaired' then 'Repaired and tested' else 'Checked: within limits' end
         from gen_defects g join gen_mechanics m on m.org_id = g.org_id and m.k = g.mech_k
         where g.status in ('repaired', 'no_repair_needed')
         union all
         select g.org_id, g.id, 'reviewed', null, g.driver, g.planned_resolved_at + interval '10 hours', null
         from gen_defects g
         where g.status in ('repaired', 'no_repair_needed') and g.planned_resolved_at + interval '10 hours' <= now()`,
    );

    // --- Maintenance completions per vehicle and built-in task ------------------------------
    // Fixed tasks are done near their plan point (ТО every 10,000 / 20,000 km on the km grid,
    // CNG cylinders yearly from the in-service date); floating ones every 85–95 % of the
    // interval that comes first. For one vehicle-task in twenty the last service was skipped,
    // so a few are overdue now, as in a real fleet.
    await run(
      "maintenance plan",
      `create temp table gen_tasks as
         select p.key as programme_key, t.key as task_key, t.name_en, t.schedule, t.safety_critical,
           t.competency_keys, t.interval_km::float8 as interval_km, t.interval_hours::float8 as interval_hours,
           t.interval_days, p.vehicle_types, p.powertrains, p.length_classes,
           row_number() over (order by p.key, t.position)::int as ord
         from maintenance_programmes p join maintenance_tasks t on t.programme_id = p.id
         -- The generated fleet's maker (Vector) has no maker's programme of its own.
         where p.organisation_id is null and p.active and cardinality(p.makers) = 0;
       create temp table gen_vehicle_tasks as
         select v.n, v.id as vehicle_id, v.org_id, v.family, v.mean, v.start_value, v.first_day, v.isd_idx,
           v.last_day, v.mech_count, t.programme_key, t.task_key, t.name_en, t.schedule, t.competency_keys, t.ord,
           case when v.family = 'bus' then t.interval_km else t.interval_hours end as interval_meter,
           t.interval_days,
           least(t.interval_days::float8,
                 (case when v.family = 'bus' then t.interval_km else t.interval_hours end) / v.mean) as every_days,
           -- A fixed task with a meter interval follows its meter (ТО-2's yearly backstop
           -- comes long after 20,000 km at a bus's daily use); calendar-only ones the date.
           case when t.schedule = 'fixed'
                  and (case when v.family = 'bus' then t.interval_km else t.interval_hours end) is not null
                  then 'meter_grid'
                when t.schedule = 'fixed' then 'date_grid'
                else 'floating' end as mode,
           ${R("v.n::int8 * 100 + t.ord", 30)} as r_phase,
           ${R("v.n::int8 * 100 + t.ord", 31)} as r_every,
           ${R("v.n::int8 * 100 + t.ord", 32)} < 0.05 as skipped_last
         from gen_vehicles v join gen_tasks t
           on (cardinality(t.vehicle_types) = 0 or v.vehicle_type = any(t.vehicle_types))
          and (cardinality(t.powertrains) = 0 or v.powertrain = any(t.powertrains))
          and (cardinality(t.length_classes) = 0 or v.length_class = any(t.length_classes))
         where v.status <> 'retired'
           and ((case when v.family = 'bus' then t.interval_km else t.interval_hours end) is not null
                or t.interval_days is not null);
       create temp table gen_completions as
       with points as (
         -- fixed on the meter: plan point j × interval, reached on the day the meter gets there
         select vt.*, j as point,
           vt.first_day + (j * vt.interval_meter - vt.start_value) / vt.mean as due_day,
           j * vt.interval_meter as basis_meter, null::int as basis_day
         from gen_vehicle_tasks vt
         cross join lateral generate_series(
           floor((vt.start_value + (greatest(vt.isd_idx, -ceil(vt.every_days)::int) - vt.first_day) * vt.mean) / vt.interval_meter)::int + 1,
           floor((vt.start_value + (vt.last_day - vt.first_day) * vt.mean) / vt.interval_meter)::int) j
         where vt.mode = 'meter_grid'
         union all
         -- fixed by the calendar: every interval_days from the in-service date
         select vt.*, j, vt.isd_idx + j * vt.interval_days, null, vt.isd_idx + j * vt.interval_days
         from gen_vehicle_tasks vt
         cross join lateral generate_series(
           greatest(1, ceil((-vt.interval_days - vt.isd_idx)::float8 / vt.interval_days)::int),
           floor((vt.last_day - vt.isd_idx)::float8 / vt.interval_days)::int) j
         where vt.mode = 'date_grid'
         union all
         -- floating: every 85–95 % of the first-coming interval after the last completion
         select vt.*, k, s.first_done + k * s.spacing, null, null
         from gen_vehicle_tasks vt
         cross join lateral (select greatest(1, round(vt.every_days * (0.85 + 0.10 * vt.r_every)))::int as spacing) sp
         cross join lateral (
           select sp.spacing,
             case when vt.isd_idx >= -sp.spacing then vt.isd_idx + sp.spacing
                  else -floor(vt.r_phase * sp.spacing)::int - 1 end as first_done
         ) s
         cross join lateral generate_series(0, greatest(-1, floor((vt.last_day - s.first_done)::float8 / s.spacing)::int)) k
         where vt.mode = 'floating'
       ), done as (
         select p.*,
           round(p.due_day)::int + case when p.mode = 'floating' then 0
                                        when p.mode = 'date_grid' then floor(${R("p.n::int8 * 100000 + p.ord * 1000 + p.point", 33)} * 14)::int - 10
                                        else floor(${R("p.n::int8 * 100000 + p.ord * 1000 + p.point", 33)} * 6)::int - 2 end as done_day,
           ${R("p.n::int8 * 100000 + p.ord * 1000 + p.point", 34)} as r1,
           ${R("p.n::int8 * 100000 + p.ord * 1000 + p.point", 35)} as r2
         from points p
       ), ranked as (
         select d.*, row_number() over (partition by d.vehicle_id, d.task_key order by d.done_day desc) as from_last
         from done d
         where d.done_day <= d.last_day and d.done_day > d.isd_idx
       )
       select gen_random_uuid() as work_order_id, r.*,
         case r.task_key when 'to-2' then 6 when 'service-1000h' then 8 when 'to-1' then 3 when 'service-500h' then 3 else 2 end
           * (0.8 + 0.5 * r.r1) as work_hours,
         1 + floor(r.r2 * r.mech_count)::int as mech_k,
         1 + ((floor(r.r2 * r.mech_count)::int + 1) % r.mech_count) as verifier_k
       from ranked r
       where not (r.skipped_last and r.from_last = 1);
       analyze gen_vehicle_tasks;
       analyze gen_completions`,
    );

    // --- Work orders: one per defect and one per maintenance completion -----------------------
    await run(
      "work orders",
      `create temp table gen_work_orders as
         select g.id as defect_id, gen_random_uuid() as id, g.wkey, g.org_id, g.vehicle_id, 'defect' as source,
           null::text as programme_key, null::text as task_key,
           'Repair: ' || g.label as title,
           case g.severity when 'critical' then 'urgent' when 'major' then 'high' else 'normal' end as priority,
           g.severity = 'critical' as blocking,
           case g.status when 'open' then 'requested' when 'in_repair' then 'in_progress'
                when 'no_repair_needed' then 'cancelled'
                else case when g.r4 < 0.75 and g.planned_resolved_at + interval '2 hours' <= now() then 'verified' else 'completed' end
           end as status,
           g.opened_at + interval '5 minutes' as opened_at,
           case when g.status in ('in_repair', 'repaired') then g.repair_started_at end as started_at,
           case when g.status = 'repaired' then g.planned_resolved_at end as completed_at,
           case when g.status = 'repaired' and g.r4 < 0.75 and g.planned_resolved_at + interval '2 hours' <= now()
                then g.planned_resolved_at + interval '2 hours' end as verified_at,
           case when g.status = 'no_repair_needed' then g.planned_resolved_at end as cancelled_at,
           case when g.status = 'no_repair_needed' then 'No repair needed: checked and within limits' end as cancel_reason,
           g.mech_k, g.verifier_k, g.n, g.family, g.mean, g.start_value, g.first_day,
           coalesce(c.competency_keys, array['general_service']) as competency_keys,
           case g.severity when 'critical' then 1.5 + 4.5 * g.r1 when 'major' then 1 + 3 * g.r1 else 0.5 + 1.5 * g.r1 end as work_hours,
           g.category, g.severity
         from gen_defects g left join defect_category_competencies c on c.category = g.category
         union all
         select null, c.work_order_id, c.n::int8 * 100000 + c.ord * 1000 + c.point, c.org_id, c.vehicle_id, 'maintenance', c.programme_key, c.task_key,
           c.name_en, 'normal', true,
           case when ${at("c.done_day", "7")} + (c.work_hours + 2) * interval '1 hour' <= now() then 'verified' else 'completed' end,
           ${at("c.done_day", "6.5")},
           ${at("c.done_day", "7")},
           least(${at("c.done_day", "7")} + c.work_hours * interval '1 hour', now() - interval '1 minute'),
           case when ${at("c.done_day", "7")} + (c.work_hours + 2) * interval '1 hour' <= now()
                then ${at("c.done_day", "7")} + (c.work_hours + 2) * interval '1 hour' end,
           null, null, c.mech_k, c.verifier_k, c.n, c.family, c.mean, c.start_value, c.first_day,
           c.competency_keys, c.work_hours, null, null
         from gen_completions c;
       analyze gen_work_orders;
       create temp table gen_open_maintenance as
         -- Half of the skipped services have a work order raised and waiting.
         select distinct on (vt.vehicle_id, vt.task_key) vt.*
         from gen_vehicle_tasks vt
         where vt.skipped_last and ${R("vt.n::int8 * 100 + vt.ord", 36)} < 0.5;
       insert into work_orders (id, organisation_id, vehicle_id, source, defect_id, programme_key, task_key, title,
           priority, blocking, status, scheduled_for, assignee_user_id, opened_at, started_at, completed_at,
           completed_by, completion_km, completion_hours, verified_at, verified_by, cancelled_at, cancel_reason,
           created_by, updated_at)
         select w.id, w.org_id, w.vehicle_id, w.source, w.defect_id, w.programme_key, w.task_key, w.title,
           w.priority, w.blocking, w.status, null, m.user_id, w.opened_at, w.started_at, w.completed_at,
           case when w.completed_at is not null then m.user_id end,
           case when w.completed_at is not null and w.family = 'bus'
                then ${meterAt("w", `(w.completed_at at time zone 'UTC')::date - date '${firstDay}'`)} end,
           case when w.completed_at is not null and w.family = 'agri'
                then ${meterAt("w", `(w.completed_at at time zone 'UTC')::date - date '${firstDay}'`)} end,
           w.verified_at, case when w.verified_at is not null then vm.user_id end,
           w.cancelled_at, w.cancel_reason, null,
           coalesce(w.verified_at, w.completed_at, w.cancelled_at, w.started_at, w.opened_at)
         from gen_work_orders w
         join gen_mechanics m on m.org_id = w.org_id and m.k = w.mech_k
         join gen_mechanics vm on vm.org_id = w.org_id and vm.k = w.verifier_k;
       insert into work_orders (organisation_id, vehicle_id, source, programme_key, task_key, title, priority,
           blocking, status, scheduled_for, opened_at, updated_at)
         select o.org_id, o.vehicle_id, 'maintenance', o.programme_key, o.task_key, o.name_en, 'high', false,
           case when ${R("o.n::int8 * 100 + o.ord", 37)} < 0.5 then 'requested' else 'scheduled' end,
           date '${today}' + 1 + floor(${R("o.n::int8 * 100 + o.ord", 38)} * 6)::int,
           now() - (1 + 20 * ${R("o.n::int8 * 100 + o.ord", 39)}) * interval '1 day', now()
         from gen_open_maintenance o`,
    );
    await run(
      "work order tasks and labour",
      `insert into work_order_tasks (organisation_id, work_order_id, programme_key, task_key, description,
           competency_keys, required, done_at, done_by, position)
         select w.org_id, w.id, w.programme_key, w.task_key, w.title, w.competency_keys, true,
           w.completed_at, case when w.completed_at is not null then m.user_id end, 0
         from gen_work_orders w join gen_mechanics m on m.org_id = w.org_id and m.k = w.mech_k;
       insert into work_order_labour (organisation_id, work_order_id, user_id, work_date, hours, note, created_by, created_at)
         select w.org_id, w.id, m.user_id, (w.completed_at at time zone 'UTC')::date,
           least(12, greatest(0.25, round(w.work_hours * 4) / 4)), null, m.user_id, w.completed_at
         from gen_work_orders w join gen_mechanics m on m.org_id = w.org_id and m.k = w.mech_k
         where w.completed_at is not null
         union all
         -- Long jobs take a second pair of hands.
         select w.org_id, w.id, m.user_id, (w.completed_at at time zone 'UTC')::date,
           least(12, greatest(0.25, round(w.work_hours * 2) / 4)), null, m.user_id, w.completed_at
         from gen_work_orders w join gen_mechanics m on m.org_id = w.org_id and m.k = w.verifier_k
         where w.completed_at is not null and w.work_hours >= 5 and w.verifier_k <> w.mech_k`,
    );
    await run(
      "maintenance records",
      `insert into maintenance_records (organisation_id, vehicle_id, programme_key, task_key, completed_on,
           meter_km, meter_hours, basis_date, basis_km, basis_hours, work_order_id, note, created_by, created_at)
         select c.org_id, c.vehicle_id, c.programme_key, c.task_key, ${dayOf("c.done_day")},
           case when c.family = 'bus' then ${meterAt("c", "c.done_day")} end,
           case when c.family = 'agri' then ${meterAt("c", "c.done_day")} end,
           ${dayOf("coalesce(c.basis_day, c.done_day)")},
           case when c.family = 'bus' then coalesce(c.basis_meter::numeric, ${meterAt("c", "c.done_day")}) end,
           case when c.family = 'agri' then coalesce(c.basis_meter::numeric, ${meterAt("c", "c.done_day")}) end,
           c.work_order_id, null, m.user_id, w.completed_at
         from gen_completions c
         join gen_work_orders w on w.id = c.work_order_id
         join gen_mechanics m on m.org_id = c.org_id and m.k = c.mech_k`,
    );

    // --- Parts, stock and parts used -----------------------------------------------------------
    await run(
      "parts and stock",
      `create temp table gen_part_list (ord int, part_number text, name text, unit text, unit_cost numeric);
       insert into gen_part_list values
         (1, 'OF-100', 'Engine oil filter', 'pcs', 18), (2, 'EO-15W40', 'Engine oil 15W-40', 'l', 4.2),
         (3, 'AF-200', 'Air filter element', 'pcs', 35), (4, 'FF-300', 'Fuel filter', 'pcs', 22),
         (5, 'HF-400', 'Hydraulic filter', 'pcs', 41), (6, 'BP-500', 'Brake pad set (axle)', 'set', 120),
         (7, 'LB-600', 'Headlamp bulb H7', 'pcs', 6), (8, 'WN-700', 'Wheel nut', 'pcs', 3),
         (9, 'HS-800', 'Fuel/hydraulic hose', 'pcs', 27), (10, 'HV-900', 'HV connector seal kit', 'kit', 95),
         (11, 'CN-950', 'CNG line fitting kit', 'kit', 64), (12, 'FE-990', 'Fire extinguisher 6 kg', 'pcs', 48);
       create temp table gen_part_use (source text, key text, part_number text, quantity numeric, chance float8);
       insert into gen_part_use values
         ('maintenance', 'to-1', 'OF-100', 1, 1), ('maintenance', 'to-1', 'EO-15W40', 28, 1),
         ('maintenance', 'to-2', 'OF-100', 1, 1), ('maintenance', 'to-2', 'EO-15W40', 28, 1),
         ('maintenance', 'to-2', 'AF-200', 1, 1), ('maintenance', 'to-2', 'FF-300', 1, 1),
         ('maintenance', 'hv-cables', 'HV-900', 1, 0.1), ('maintenance', 'service-250h', 'OF-100', 1, 1),
         ('maintenance', 'service-250h', 'EO-15W40', 15, 1), ('maintenance', 'service-500h', 'FF-300', 1, 1),
         ('maintenance', 'service-500h', 'HF-400', 1, 1), ('maintenance', 'service-1000h', 'AF-200', 1, 1),
         ('defect', 'brakes', 'BP-500', 1, 0.8), ('defect', 'lights', 'LB-600', 2, 0.9),
         ('defect', 'wheels', 'WN-700', 4, 0.5), ('defect', 'leaks', 'HS-800', 1, 0.7),
         ('defect', 'high_voltage', 'HV-900', 1, 0.5), ('defect', 'gas', 'CN-950', 1, 0.7),
         ('defect', 'fire', 'FE-990', 1, 0.3);
       create temp table gen_parts as
         select gen_random_uuid() as id, o.id as org_id, l.* from gen_operators o cross join gen_part_list l
         union all
         select gen_random_uuid(), h.id, l.* from gen_hubs h cross join gen_part_list l;
       insert into parts (id, organisation_id, part_number, name, unit, unit_cost)
         select id, org_id, part_number, name, unit, unit_cost from gen_parts;
       create temp table gen_stock as
         select gen_random_uuid() as id, d.idx * 100 + p.ord as skey, p.org_id, d.id as depot_id, p.id as part_id,
           p.part_number, p.ord, p.unit_cost
         from gen_parts p join gen_depots d on d.operator_id = p.org_id
         union all
         select gen_random_uuid(), -(h.idx * 100 + p.ord), p.org_id, null, p.id, p.part_number, p.ord, p.unit_cost
         from gen_parts p join gen_hubs h on h.id = p.org_id;
       analyze gen_stock;
       analyze gen_part_use;
       create temp table gen_parts_used as
         select gen_random_uuid() as id, w.org_id, w.id as work_order_id, s.part_id, s.id as stock_id, u.quantity,
           s.unit_cost, m.user_id, w.completed_at as at
         from gen_work_orders w
         join gen_vehicles v on v.id = w.vehicle_id
         join gen_part_use u on u.source = w.source and u.key = coalesce(w.task_key, w.category)
         join gen_stock s on s.org_id = w.org_id and s.depot_id = v.depot_id and s.part_number = u.part_number
         join gen_mechanics m on m.org_id = w.org_id and m.k = w.mech_k
         where w.completed_at is not null
           and ${R("w.wkey * 16 + s.ord", 40)} < u.chance;
       insert into stock (id, organisation_id, depot_id, part_id, quantity, updated_at)
         select id, org_id, depot_id, part_id, floor(40 * ${R("skey", 41)}), now() from gen_stock;
       -- One receipt per stock line covers everything used since plus what is on the shelf now.
       insert into stock_movements (organisation_id, stock_id, delta, reason, note, at)
         select s.organisation_id, s.id, s.quantity + coalesce(u.used, 0), 'receipt', 'Opening delivery',
           timestamp '${firstDay}' at time zone 'UTC' - interval '400 days'
         from stock s left join (select stock_id, sum(quantity) as used from gen_parts_used group by stock_id) u
           on u.stock_id = s.id;
       insert into work_order_parts (id, organisation_id, work_order_id, part_id, stock_id, quantity, unit_cost, by_user_id, at)
         select id, org_id, work_order_id, part_id, stock_id, quantity, unit_cost, user_id, at from gen_parts_used;
       insert into stock_movements (organisation_id, stock_id, delta, reason, work_order_id, by_user_id, at)
         select org_id, stock_id, -quantity, 'use', work_order_id, user_id, at from gen_parts_used`,
    );

    // --- Training: courses per hub and competency, monthly sessions, certificates ----------------
    // A certificate lasts 12 months (CNG, high voltage), 36 (general service, machinery) or
    // 24; recent sessions are busier, so most are valid and some have expired.
    await run(
      "training and certificates",
      `create temp table gen_competency_mix (key text, p_bus float8, p_agri float8, p_hub float8, validity_months int);
       insert into gen_competency_mix values
         ('general_service', 0.95, 0.85, 0.90, 36), ('brakes', 0.70, 0.50, 0.80, 24),
         ('steering', 0.50, 0.30, 0.60, 24), ('engine_fuel', 0.50, 0.40, 0.60, 24),
         ('cng_fuel_system', 0.35, 0.00, 0.60, 12), ('high_voltage', 0.30, 0.00, 0.60, 12),
         ('electrical_lv', 0.40, 0.20, 0.50, 24), ('fire_safety', 0.30, 0.20, 0.50, 24),
         ('agri_machinery', 0.00, 0.90, 0.30, 36);
       create temp table gen_courses as
         select gen_random_uuid() as id, h.id as hub_id, h.idx as hub_idx, h.region_name, c.key, c.validity_months,
           cm.name_en
         from gen_hubs h cross join gen_competency_mix c join competencies cm on cm.key = c.key;
       insert into courses (id, organisation_id, competency_key, name, description, validity_months)
         select id, hub_id, key, name_en || ' certification', 'Theory and a practical test at the hub', validity_months
         from gen_courses;
       create temp table gen_sessions as
         select gen_random_uuid() as id, c.id as course_id, c.hub_id, c.key, c.validity_months, c.region_name, s,
           date '${today}' - (30 * s + 5 + (c.hub_idx * 3)) as on_day
         from gen_courses c cross join generate_series(-2, 35) s;
       insert into training_sessions (id, organisation_id, course_id, starts_at, ends_at, place, trainer_user_id, capacity, status)
         select s.id, s.hub_id, s.course_id, s.on_day + time '09:00', s.on_day + time '17:00',
           'Training centre, ' || s.region_name, t.id, 20, case when s.s >= 0 then 'completed' else 'planned' end
         from gen_sessions s join gen_people t on t.org_id = s.hub_id and t.role = 'trainer';
       create temp table gen_certificates as
         select gen_random_uuid() as id, m.user_id, m.org_id, c.key, c.validity_months, se.id as session_id,
           se.course_id, se.hub_id, se.on_day as issued_on,
           (se.on_day + make_interval(months => c.validity_months))::date as expires_on,
           ${R("hashtext(m.name || c.key)", 51)} < 0.01 as revoked
         from gen_mechanics m
         join (select id, 'hub' as kind, id as hub_id, 'hub' as family from gen_hubs
               union all select id, 'operator', hub_id, family from gen_operators) o on o.id = m.org_id
         join gen_competency_mix c
           on ${R("hashtext(m.name || c.key)", 50)}
              < case when o.kind = 'hub' then c.p_hub when o.family = 'agri' then c.p_agri else c.p_bus end
         join gen_sessions se on se.hub_id = o.hub_id and se.key = c.key
           and se.s = floor(36 * ${R("hashtext(m.name || c.key)", 52)} ^ 2)::int;
       insert into certificates (id, organisation_id, user_id, competency_key, issued_on, expires_on,
           issued_by_organisation_id, course_id, session_id, revoked_at, revoke_reason, created_by, created_at)
         select c.id, c.org_id, c.user_id, c.key, c.issued_on, c.expires_on, c.hub_id, c.course_id, c.session_id,
           case when c.revoked then (c.issued_on + 60)::timestamp at time zone 'UTC' end,
           case when c.revoked then 'Failed the practical re-check' end,
           t.id, c.issued_on::timestamp at time zone 'UTC'
         from gen_certificates c join gen_people t on t.org_id = c.hub_id and t.role = 'trainer';
       insert into enrolments (session_id, user_id, organisation_id, status, certificate_id, created_at, updated_at)
         select session_id, user_id, org_id, 'completed', id, issued_on - 20, issued_on from gen_certificates;
       -- Whoever's certificate runs out within two months is booked on the next session.
       insert into enrolments (session_id, user_id, organisation_id, status, created_at, updated_at)
         select se.id, c.user_id, c.org_id, 'enrolled', now(), now()
         from gen_certificates c
         join gen_sessions se on se.course_id = c.course_id and se.s = -1
         where not c.revoked and c.expires_on between date '${today}' and date '${today}' + 60`,
    );

    // --- Hub service requests ---------------------------------------------------------------------
    // The hub takes over one in twenty urgent or high-priority defect orders; operators also
    // ask for a specialist about once per five vehicles a year. Response and resolution
    // times scatter around the agreement's targets, so some are met and some missed.
    await run(
      "service requests",
      `create temp table gen_requests as
         select w.id as work_order_id, w.org_id, w.vehicle_id, 'take_over' as kind,
           'Please take over: ' || w.title as description, w.opened_at + interval '30 minutes' as requested_at,
           w.completed_at as work_done_at, ${R("w.wkey", 60)} as r1, ${R("w.wkey", 61)} as r2,
           ${R("w.wkey", 62)} as r3
         from gen_work_orders w
         where w.source = 'defect' and w.priority in ('urgent', 'high') and w.status <> 'cancelled'
           and ${R("w.wkey", 63)} < 0.05
         union all
         select null, v.org_id, v.id, 'specialist',
           case when v.powertrain = 'cng' then 'CNG fuel system specialist needed'
                when v.powertrain = 'battery_electric' then 'High-voltage specialist needed'
                else 'Diagnostics specialist needed' end,
           least(now() - interval '1 hour',
             ${at(`v.first_day + floor(${R("v.n::int8 * 10 + q", 64)} * (v.last_day - v.first_day + 1))`, `24 * ${R("v.n::int8 * 10 + q", 65)}`)}),
           null, ${R("v.n::int8 * 10 + q", 66)}, ${R("v.n::int8 * 10 + q", 67)}, ${R("v.n::int8 * 10 + q", 68)}
         from gen_vehicles v cross join generate_series(1, 3) q
         where ${R("v.n::int8 * 10 + q", 69)} < 0.2 / 3 * (v.last_day - v.first_day + 1) / 365.0;
       create temp table gen_requests_timed as
         select r.*, o.hub_id, o.agreement_id, o.response_hours, o.resolution_hours,
           r.requested_at + o.response_hours * (0.2 + 1.3 * r.r1 ^ 1.5) * interval '1 hour' as planned_accepted_at,
           case when r.kind = 'take_over' then coalesce(r.work_done_at, 'infinity'::timestamptz)
             else r.requested_at + o.response_hours * (0.2 + 1.3 * r.r1 ^ 1.5) * interval '1 hour'
               -- One in twenty-five drags on for several times the target.
               + o.resolution_hours * case when r.r3 between 0.05 and 0.09 then 3 + 5 * r.r2
                                           else 0.3 + 1.0 * r.r2 end * interval '1 hour'
           end as planned_resolved_at
         from gen_requests r join gen_operators o on o.id = r.org_id;
       insert into service_requests (operator_id, hub_id, agreement_id, kind, work_order_id, vehicle_id, description,
           status, requested_at, requested_by, response_due_at, resolution_due_at, accepted_at, accepted_by,
           assignee_user_id, resolved_at, resolution_note, declined_at, decline_reason, cancelled_at, updated_at)
         select r.org_id, r.hub_id, r.agreement_id, r.kind, r.work_order_id, r.vehicle_id, r.description,
           x.status, r.requested_at, req.id,
           r.requested_at + r.response_hours * interval '1 hour', r.requested_at + r.resolution_hours * interval '1 hour',
           case when x.status in ('accepted', 'resolved') then r.planned_accepted_at end,
           case when x.status in ('accepted', 'resolved') then hm.id end,
           case when x.status in ('accepted', 'resolved') then tech.user_id end,
           case when x.status = 'resolved' then greatest(r.planned_resolved_at, r.planned_accepted_at) end,
           case when x.status = 'resolved' then 'Done by the hub' end,
           case when x.status = 'declined' then r.planned_accepted_at end,
           case when x.status = 'declined' then 'No specialist free this week; use the neighbouring hub' end,
           case when x.status = 'cancelled' then r.requested_at + interval '2 hours' end,
           now()
         from gen_requests_timed r
         cross join lateral (
           select case when r.r3 < 0.03 and r.planned_accepted_at <= now() then 'declined'
                       when r.r3 < 0.05 and r.requested_at + interval '2 hours' <= now() then 'cancelled'
                       when r.planned_accepted_at > now() then 'open'
                       when greatest(r.planned_resolved_at, r.planned_accepted_at) > now() then 'accepted'
                       else 'resolved' end as status
         ) x
         join gen_people req on req.org_id = r.org_id and req.role = 'dispatcher'
         join gen_people hm on hm.org_id = r.hub_id and hm.role = 'hub_manager'
         join gen_mechanics tech on tech.org_id = r.hub_id and tech.k = 1 + floor(12 * r.r2)::int;
       update work_orders w set assigned_organisation_id = s.hub_id
         from service_requests s where s.work_order_id = w.id and s.status in ('accepted', 'resolved')`,
    );

    // Statistics and the visibility map, as autovacuum would leave a database in use.
    await run(
      "vacuum analyze",
      `vacuum analyze organisations, depots, vehicles, vehicle_models, users, memberships, service_agreements,
         meter_readings, inspections, defects, defect_events, work_orders, work_order_tasks, work_order_labour,
         parts, stock, stock_movements, work_order_parts, maintenance_records, courses, training_sessions,
         certificates, enrolments, service_requests`,
    );
  }

  const counted = await sql<{ name: string; n: number }>`
    select 'organisations' as name, count(*)::int as n from organisations
    union all select 'depots', count(*)::int from depots
    union all select 'vehicles', count(*)::int from vehicles
    union all select 'users', count(*)::int from users
    union all select 'meter_readings', count(*)::int from meter_readings
    union all select 'inspections', count(*)::int from inspections
    union all select 'defects', count(*)::int from defects
    union all select 'work_orders', count(*)::int from work_orders
    union all select 'work_order_labour', count(*)::int from work_order_labour
    union all select 'work_order_parts', count(*)::int from work_order_parts
    union all select 'maintenance_records', count(*)::int from maintenance_records
    union all select 'certificates', count(*)::int from certificates
    union all select 'service_requests', count(*)::int from service_requests`.execute(db);
  const counts = Object.fromEntries(counted.rows.map((row) => [row.name, Number(row.n)]));
  const emails = await db
    .selectFrom("users as u")
    .innerJoin("memberships as m", "m.user_id", "u.id")
    .select(["u.email", "m.role"])
    .where("u.email", "like", `%@${EMAIL_DOMAIN}`)
    .where("m.role", "in", ["hub_manager", "operator_manager"])
    .orderBy("u.email")
    .execute();
  return {
    firstDay,
    lastDay,
    manufacturerId,
    hubIds,
    password: BENCH_PASSWORD,
    adminEmail: `admin@${EMAIL_DOMAIN}`,
    hubManagerEmails: emails.filter((e) => e.role === "hub_manager").map((e) => e.email),
    operatorManagerEmails: emails.filter((e) => e.role === "operator_manager").map((e) => e.email),
    counts,
    timings,
    totalMs: performance.now() - started,
  };
}

/** The database URL's own database, created (or with `replace`, dropped and recreated) first. */
export async function ensureDatabase(url: string, replace: boolean): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name))
    throw new Error(
      `BENCH_DATABASE_URL: database name "${name}" must be lower-case letters, digits and _`,
    );
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    if (replace) await client.query(`drop database if exists ${name} with (force)`);
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (!found.rowCount) await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
}

function parseArgs(argv: string[]): GenerateOptions & { replace: boolean } {
  const value = (flag: string): number | undefined => {
    const index = argv.indexOf(flag);
    if (index < 0) return undefined;
    const raw = argv[index + 1];
    const parsed = Number(raw);
    if (raw === undefined || !Number.isFinite(parsed)) throw new Error(`${flag}: give a number`);
    return parsed;
  };
  return {
    vehicles: value("--vehicles") ?? 10_000,
    days: value("--days") ?? 365,
    seed: value("--seed") ?? 1,
    inspectionDays: value("--inspection-days"),
    replace: argv.includes("--replace"),
  };
}

async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url)
    throw new Error(
      "BENCH_DATABASE_URL: set it to a PostgreSQL database for the benchmark network, e.g. postgres://postgres@127.0.0.1:55433/fleethub_bench10k",
    );
  const args = parseArgs(process.argv.slice(2));
  await ensureDatabase(url, args.replace);
  const database = await openDatabase({ url, embeddedDir: null, poolSize: 2 });
  try {
    const t0 = performance.now();
    await prepareDatabase(database.db);
    console.log(`migrated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    console.log(
      `generating ${args.vehicles} vehicles × ${args.days} days` +
        (args.inspectionDays !== undefined
          ? ` (inspections for the last ${args.inspectionDays})`
          : "") +
        ` into ${new URL(url).pathname.slice(1)}`,
    );
    const result = await generateNetwork(database.db, {
      ...args,
      log: (line) => console.log(`  ${line}`),
    });
    console.log(
      `done in ${(result.totalMs / 1000).toFixed(1)} s, days ${result.firstDay} … ${result.lastDay}`,
    );
    for (const [name, n] of Object.entries(result.counts))
      console.log(`  ${name.padEnd(22)} ${n.toLocaleString("en")}`);
    console.log(
      `sign in as ${result.adminEmail} (or hub1.manager@…, op1.manager@…) with "${result.password}"`,
    );
  } finally {
    await database.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
