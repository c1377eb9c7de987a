/**
 * What is due: for every vehicle, each task of the maintenance programmes that apply to
 * its model, with when (date) and at what meter value it falls due, how much is left,
 * and a forecast date from the vehicle's average daily use (DOMAIN.md §3: triggers by
 * time and/or meter, whichever comes first; a due-soon window; a forecast from average
 * daily use).
 *
 * It is one set-based SQL statement, never a loop per vehicle, so a network of 100,000
 * vehicles is one query (issue #4: under 2 s on PostgreSQL). `dueRowsSql` gives the same
 * rows as a subquery that reports wrap (`select … from (…) d group by …`).
 *
 * The rules, in the user's words:
 * - Which tasks: the vehicle's organisation's own active programmes, plus the built-in
 *   ones it has not copied (a copy with the same key replaces the built-in for its
 *   vehicles), whose vehicle types, powertrains, length classes and models include the
 *   vehicle's (an empty list means any). Retired vehicles have nothing due.
 * - From where: the latest completion recorded for the vehicle and task (its basis: for
 *   a fixed task the plan point it satisfied, for a floating one the actual completion,
 *   see records.ts); never done, the vehicle's in-service date (else the day it was
 *   registered) and meters at 0.
 * - A maker's programme (its `makers` include the model's maker) leaves out the generic
 *   programme it `replaces` for that model.
 * - From where, for a task others include (ТО-1 in ТО-2): the latest completion of it or
 *   of any task that includes it.
 * - Due at basis + each interval. OVERDUE when any dimension reaches its hold point (the
 *   due point plus the programme's tolerance, a percent of the interval; the due point
 *   itself when the tolerance is 0), whichever comes first; DUE when any dimension is at
 *   or past its due point but none at its hold point; DUE SOON when any dimension is
 *   within its due-soon window; else OK.
 * - A task is not listed while a task that includes it is not OK and falls due no later
 *   on every meter and date they share: doing that one does this one too.
 * - Current meters: the latest reading of each meter that counts (not voided, not waiting
 *   for confirmation: a mistyped odometer must not push every task overdue), up to the
 *   end of `today`.
 * - Average daily use: the latest reading minus the reading at or just before 28 days
 *   before `today` (or, for a vehicle with no reading that old, its oldest reading),
 *   divided by the days between them; none when they are less than a day apart.
 * - Forecast date: the earliest of the due date and today + remaining meter / average
 *   daily use (rounded up to whole days; before today when the meter is already past);
 *   null when neither is known (no calendar interval and no use).
 */
import { sql, type RawBuilder } from "kysely";
import type { Database } from "../../db/database.js";
import type { ScheduleKind } from "../../db/maintenance-schema.js";
import type { Scope } from "../../db/scope.js";

/**
 * overdue: at or past the due point plus the programme's tolerance (holds a safety-critical
 * task's vehicle); due: at or past the due point but within the tolerance (shown, not
 * held); due_soon: within the due-soon window; ok: none of these.
 */
export const DUE_STATUSES = ["overdue", "due", "due_soon", "ok"] as const;
export type DueStatus = (typeof DUE_STATUSES)[number];

/** How far back the average daily use looks (DOMAIN.md §3: "average daily use"; four weeks). */
export const USE_WINDOW_DAYS = 28;
/** A forecast further out than this (or a meter that hardly moves) is no forecast at all. */
const FORECAST_HORIZON_DAYS = 36_500;

export interface DueOptions {
  scope: Scope;
  /** The day the question is asked on (YYYY-MM-DD, UTC). */
  today: string;
  organisationId?: string;
  depotId?: string;
  vehicleIds?: string[];
  statuses?: DueStatus[];
  safetyCriticalOnly?: boolean;
  /**
   * Also the tasks whose record is the shift's check (the daily service, ЕО): one vehicle's
   * maintenance view asks for them; lists of work to plan do not, since a bus not yet
   * checked today is not maintenance work (and they never hold a vehicle).
   */
  shiftChecks?: boolean;
  limit?: number;
}

/** One row of `dueRowsSql`, in the database's names. */
export interface DueRow {
  vehicle_id: string;
  organisation_id: string;
  depot_id: string | null;
  fleet_number: string;
  programme_key: string;
  programme_name_en: string;
  programme_name_ru: string;
  task_key: string;
  task_name_en: string;
  task_name_ru: string;
  schedule: ScheduleKind;
  safety_critical: boolean;
  competency_keys: string[];
  recorded_by: "shift_check" | null;
  status: DueStatus;
  due_date: string | null;
  due_km: number | null;
  due_hours: number | null;
  current_km: number | null;
  current_hours: number | null;
  remaining_km: number | null;
  remaining_hours: number | null;
  remaining_days: number | null;
  forecast_date: string | null;
  last_completed_on: string | null;
  avg_daily_km: number | null;
  avg_daily_hours: number | null;
}

export interface DueItem {
  vehicleId: string;
  organisationId: string;
  depotId: string | null;
  fleetNumber: string;
  programmeKey: string;
  programmeName: { en: string; ru: string };
  taskKey: string;
  taskName: { en: string; ru: string };
  schedule: ScheduleKind;
  safetyCritical: boolean;
  competencies: string[];
  /** "shift_check": done by the shift's pre-shift check or pre-trip control (ЕО). */
  recordedBy: "shift_check" | null;
  status: DueStatus;
  dueDate: string | null;
  dueKm: number | null;
  dueHours: number | null;
  currentKm: number | null;
  currentHours: number | null;
  remainingKm: number | null;
  remainingHours: number | null;
  remainingDays: number | null;
  forecastDate: string | null;
  lastCompletedOn: string | null;
  avgDailyKm: number | null;
  avgDailyHours: number | null;
}

const num = (value: number | string | null): number | null =>
  value === null ? null : Number(value);

export const presentDue = (row: DueRow): DueItem => ({
  vehicleId: row.vehicle_id,
  organisationId: row.organisation_id,
  depotId: row.depot_id,
  fleetNumber: row.fleet_number,
  programmeKey: row.programme_key,
  programmeName: { en: row.programme_name_en, ru: row.programme_name_ru },
  taskKey: row.task_key,
  taskName: { en: row.task_name_en, ru: row.task_name_ru },
  schedule: row.schedule,
  safetyCritical: row.safety_critical,
  competencies: row.competency_keys,
  recordedBy: row.recorded_by,
  status: row.status,
  dueDate: row.due_date,
  dueKm: num(row.due_km),
  dueHours: num(row.due_hours),
  currentKm: num(row.current_km),
  currentHours: num(row.current_hours),
  remainingKm: num(row.remaining_km),
  remainingHours: num(row.remaining_hours),
  remainingDays: num(row.remaining_days),
  forecastDate: row.forecast_date,
  lastCompletedOn: row.last_completed_on,
  avgDailyKm: num(row.avg_daily_km),
  avgDailyHours: num(row.avg_daily_hours),
});

/** The SQL midnight (UTC) that starts `days` days after `today`. */
const midnight = (today: string, days: number) =>
  sql`((${today}::date + ${days}::int)::timestamp at time zone 'UTC')`;

/**
 * A vehicle's latest reading of `meter` before `until`, and the one its average daily
 * use starts from, for the vehicles in `vehicles` that have a task by this meter.
 */
function meterLaterals(meter: "odometer_km" | "engine_hours", prefix: "km" | "hours") {
  // Only for vehicles with a task by this meter: a hashed lookup, so a bus is not
  // searched for engine hours.
  const needs = sql`(veh.organisation_id, veh.model_id) in (
    select organisation_id, model_id from needs where ${sql.ref(`needs_${prefix}`)})`;
  // Counted readings only, written as the partial covering index of migration 0006 is.
  const reading = sql`r.vehicle_id = veh.id and r.meter = ${meter}
    and r.voided_at is null and r.unconfirmed_at is null`;
  return sql`
    left join lateral (
      select r.value, r.read_at from meter_readings r
      where ${needs} and ${reading} and r.read_at < (select until from bounds)
      order by r.read_at desc limit 1
    ) ${sql.raw(`${prefix}_now`)} on true
    left join lateral (
      (select r.value, r.read_at from meter_readings r
        where ${needs} and ${reading} and r.read_at <= (select window_start from bounds)
        order by r.read_at desc limit 1)
      union all
      (select r.value, r.read_at from meter_readings r
        where ${needs} and ${reading} and r.read_at > (select window_start from bounds)
          and r.read_at < (select until from bounds)
        order by r.read_at asc limit 1)
      limit 1
    ) ${sql.raw(`${prefix}_then`)} on true`;
}

/** Whether programme `alias` fits the model of `fm` (an empty list means any). */
function fits(alias: "p" | "q") {
  const a = sql.raw(alias);
  return sql`(cardinality(${a}.vehicle_types) = 0 or fm.vehicle_type = any(${a}.vehicle_types))
    and (cardinality(${a}.powertrains) = 0 or fm.powertrain = any(${a}.powertrains))
    and (cardinality(${a}.length_classes) = 0 or fm.length_class = any(${a}.length_classes))
    and (cardinality(${a}.model_ids) = 0 or fm.model_id = any(${a}.model_ids))
    and (cardinality(${a}.makers) = 0
      or exists (select 1 from unnest(${a}.makers) mk where lower(mk) = lower(fm.maker)))`;
}

/** Average daily use between two readings at least a day apart; null otherwise. */
function averageUse(prefix: "km" | "hours") {
  const now = sql.raw(`${prefix}_now`);
  const then = sql.raw(`${prefix}_then`);
  return sql`case when ${now}.read_at - ${then}.read_at >= interval '1 day'
    then (${now}.value - ${then}.value)
      / (extract(epoch from ${now}.read_at - ${then}.read_at) / 86400)
    end`;
}

/**
 * Every due row for the vehicles the options select, as a subquery (no order, no limit).
 * Wrap it: sql`select organisation_id, count(*) from (${dueRowsSql(o)}) d group by 1`.
 *
 * The release gate remembers its answer per vehicle between writes (release-rule.ts):
 * without `shiftChecks` it reads vehicles, vehicle_models, meter_readings,
 * maintenance_records, maintenance_programmes and maintenance_tasks, each with the
 * triggers of migration 0019. A table added here needs those triggers too, in a migration
 * of its own, or the gate would keep an answer that the new table changed.
 */
export function dueRowsSql(options: Omit<DueOptions, "limit">): RawBuilder<DueRow> {
  const vehicleFilters = [
    sql`v.status <> 'retired'`,
    options.scope.where("v.organisation_id"),
    ...(options.organisationId ? [sql`v.organisation_id = ${options.organisationId}`] : []),
    ...(options.depotId ? [sql`v.depot_id = ${options.depotId}`] : []),
    ...(options.vehicleIds ? [sql`v.id = any(${options.vehicleIds}::uuid[])`] : []),
  ];
  const vehicleWhere = sql.join(vehicleFilters, sql` and `);
  const taskFilters = sql.join(
    [
      sql``,
      ...(options.safetyCriticalOnly ? [sql`t.safety_critical`] : []),
      ...(options.shiftChecks ? [] : [sql`t.recorded_by is null`]),
    ],
    sql` and `,
  );
  // The daily service's record is the shift's check: the latest pre-shift check or pre-trip
  // technical control of each vehicle (pass or fail: either is the check made), as a
  // completion of the pseudo-task "@shift check" that such tasks take as their basis.
  const shiftChecks = options.shiftChecks
    ? sql`union all
        select veh.id, '@shift', 'check', last_check.on_day, last_check.on_day, null, null
        from veh
        join lateral (
          select max(on_day) as on_day from (
            (select (i.submitted_at at time zone 'UTC')::date as on_day from inspections i
              where i.vehicle_id = veh.id and i.submitted_at < (select until from bounds)
              order by i.submitted_at desc limit 1)
            union all
            (select (c.controlled_at at time zone 'UTC')::date from technical_controls c
              where c.vehicle_id = veh.id and c.controlled_at < (select until from bounds)
              order by c.controlled_at desc limit 1)
          ) checks
        ) last_check on last_check.on_day is not null`
    : sql``;
  const statusFilter = options.statuses
    ? sql`where status = any(${options.statuses}::text[])`
    : sql``;
  // Only tasks that are not OK include others (see the window below), so when OK tasks are
  // not asked for they are dropped before the window, which then sorts a few rows per
  // vehicle instead of every task (a depot board's 1,000 buses: ~60 → ~15 ms on PostgreSQL).
  const withoutOk = options.statuses !== undefined && !options.statuses.includes("ok");
  const beforeWindow = withoutOk ? sql`where status <> 'ok'` : sql``;
  const today = sql`(${options.today}::date)`;
  const horizon = FORECAST_HORIZON_DAYS;
  return sql<DueRow>`
    with bounds as (
      select ${midnight(options.today, 1)} as until,
        ${midnight(options.today, -USE_WINDOW_DAYS)} as window_start
    ),
    veh as (
      select v.id, v.organisation_id, v.depot_id, v.fleet_number, v.model_id,
        coalesce(v.in_service_date, (v.created_at at time zone 'UTC')::date) as start_date,
        m.vehicle_type, m.powertrain, m.length_class, m.maker
      from vehicles v
      join vehicle_models m on m.id = v.model_id
      where ${vehicleWhere}
    ),
    -- Each organisation's effective programmes: its own active ones, and the built-ins
    -- whose key it has no programme of its own for.
    programmes as (
      select o.organisation_id, p.id, p.key, p.name_en, p.name_ru,
        p.vehicle_types, p.powertrains, p.length_classes, p.model_ids, p.makers, p.replaces,
        p.tolerance_percent
      from (select distinct organisation_id from veh) o
      join maintenance_programmes p on p.active and (
        p.organisation_id = o.organisation_id
        or (p.organisation_id is null and not exists (
          select 1 from maintenance_programmes own
          where own.organisation_id = o.organisation_id and own.key = p.key)))
    ),
    -- Matching is decided once per organisation and model, not per vehicle.
    model_tasks as (
      select fm.organisation_id, fm.model_id, p.key as programme_key,
        p.name_en as programme_name_en, p.name_ru as programme_name_ru,
        t.key as task_key, t.name_en as task_name_en, t.name_ru as task_name_ru,
        t.schedule, t.safety_critical, t.competency_keys, t.recorded_by,
        t.interval_km, t.interval_hours, t.interval_days,
        t.due_soon_km, t.due_soon_hours, t.due_soon_days, t.includes, p.tolerance_percent,
        -- The completions that reset this task: its own and those of the tasks that
        -- include it (ТО-2 resets ТО-1).
        case when t.recorded_by = 'shift_check' then array['@shift check']
        else array(select p.key || ' ' || t2.key from maintenance_tasks t2
          where t2.programme_id = p.id and (t2.key = t.key or t.key = any(t2.includes)))
        end as basis_keys
      from (select distinct organisation_id, model_id, vehicle_type, powertrain, length_class,
              maker
            from veh) fm
      join programmes p on p.organisation_id = fm.organisation_id and ${fits("p")}
        -- A maker's programme that fits stands in for the generic one it replaces.
        and not exists (select 1 from programmes q
          where q.organisation_id = fm.organisation_id and q.replaces = p.key and ${fits("q")})
      join maintenance_tasks t on t.programme_id = p.id ${taskFilters}
    ),
    needs as (
      select organisation_id, model_id,
        bool_or(interval_km is not null) as needs_km,
        bool_or(interval_hours is not null) as needs_hours
      from model_tasks group by organisation_id, model_id
    ),
    -- The latest completion of each task, gathered per vehicle (one sort of the records
    -- for a whole network; index lookups for a few vehicles).
    done as (
      select vehicle_id, array_agg(programme_key || ' ' || task_key) as keys,
        array_agg(completed_on) as completed_on, array_agg(basis_date) as basis_date,
        array_agg(basis_km) as basis_km, array_agg(basis_hours) as basis_hours
      from ((
        select distinct on (r.vehicle_id, r.programme_key, r.task_key) r.vehicle_id,
          r.programme_key, r.task_key, r.completed_on, r.basis_date, r.basis_km, r.basis_hours
        from maintenance_records r
        -- From the vehicles table itself, not veh, so the planner knows how many there are:
        -- a scan of all records for a network, index lookups for a few vehicles.
        where r.vehicle_id in (select v.id from vehicles v where ${vehicleWhere})
          and r.completed_on <= ${today}
        order by r.vehicle_id, r.programme_key, r.task_key, r.completed_on desc,
          r.created_at desc
      ) ${shiftChecks}) latest
      group by vehicle_id
    ),
    -- Everything per vehicle first, where row counts are easy to estimate: its meters (by
    -- index lookups) and its latest completions. Materialized, so the planner cannot
    -- interleave it with the task join below, whose size it cannot foresee.
    per_vehicle as materialized (
      select veh.id as vehicle_id, veh.organisation_id, veh.model_id, veh.depot_id,
        veh.fleet_number, veh.start_date,
        km_now.value as current_km, hours_now.value as current_hours,
        ${averageUse("km")} as avg_km, ${averageUse("hours")} as avg_hours,
        done.keys as done_keys, done.completed_on as done_on, done.basis_date as done_basis_date,
        done.basis_km as done_basis_km, done.basis_hours as done_basis_hours
      from veh
      ${meterLaterals("odometer_km", "km")}
      ${meterLaterals("engine_hours", "hours")}
      left join done on done.vehicle_id = veh.id
    ),
    matched as (
      select pv.*, mt.programme_key, mt.programme_name_en, mt.programme_name_ru,
        mt.task_key, mt.task_name_en, mt.task_name_ru, mt.schedule, mt.safety_critical,
        mt.competency_keys, mt.recorded_by, mt.interval_km, mt.interval_hours, mt.interval_days,
        mt.due_soon_km, mt.due_soon_hours, mt.due_soon_days, mt.includes, mt.tolerance_percent,
        latest.done_index
      from per_vehicle pv
      join model_tasks mt on mt.organisation_id = pv.organisation_id and mt.model_id = pv.model_id
      -- The latest of the completions that reset it (its own first on the same day). A
      -- join, not a column's subquery: the levels above use it four times, and a subquery
      -- in the select list would run once per use.
      left join lateral (
        select i as done_index from generate_subscripts(pv.done_keys, 1) i
          where pv.done_keys[i] = any(mt.basis_keys)
          order by pv.done_on[i] desc,
            (pv.done_keys[i] = mt.programme_key || ' ' || mt.task_key) desc
          limit 1) latest on true
    ),
    items as (
      select vehicle_id, organisation_id, depot_id, fleet_number,
        programme_key, programme_name_en, programme_name_ru,
        task_key, task_name_en, task_name_ru, schedule, safety_critical, competency_keys,
        recorded_by,
        due_soon_km, due_soon_hours, due_soon_days,
        current_km, current_hours, avg_km, avg_hours, includes,
        interval_km * tolerance_percent / 100 as tolerance_km,
        interval_hours * tolerance_percent / 100 as tolerance_hours,
        -- A task done by the shift's check is never overdue: the check itself gates release.
        case when recorded_by is null
          then floor(interval_days * tolerance_percent / 100)::int end as tolerance_days,
        done_on[done_index] as last_completed_on,
        coalesce(done_basis_date[done_index], start_date) + interval_days as due_date,
        case when interval_km is not null then interval_km + case
          when done_index is null then 0
          -- A completion stored without its meter counts from the reading of that day.
          else coalesce(done_basis_km[done_index], (
            select r.value from meter_readings r
            where r.vehicle_id = matched.vehicle_id and r.meter = 'odometer_km'
              and r.voided_at is null and r.unconfirmed_at is null
              and r.read_at < ((done_on[done_index] + 1)::timestamp at time zone 'UTC')
            order by r.read_at desc limit 1), 0) end end as due_km,
        case when interval_hours is not null then interval_hours + case
          when done_index is null then 0
          else coalesce(done_basis_hours[done_index], (
            select r.value from meter_readings r
            where r.vehicle_id = matched.vehicle_id and r.meter = 'engine_hours'
              and r.voided_at is null and r.unconfirmed_at is null
              and r.read_at < ((done_on[done_index] + 1)::timestamp at time zone 'UTC')
            order by r.read_at desc limit 1), 0) end end as due_hours
      -- offset 0: each level is computed once per row, not copied into every use above.
      from matched offset 0
    ),
    measured as (
      select items.*,
        due_km + tolerance_km as hold_km,
        due_hours + tolerance_hours as hold_hours,
        due_date + tolerance_days as hold_date,
        due_km - current_km as remaining_km,
        due_hours - current_hours as remaining_hours,
        due_date - ${today} as remaining_days,
        case when avg_km > 0 and due_km - current_km is not null then
          least(greatest(ceil((due_km - current_km) / avg_km), ${sql.lit(-horizon)}), ${sql.lit(horizon + 1)})
        end as km_days,
        case when avg_hours > 0 and due_hours - current_hours is not null then
          least(greatest(ceil((due_hours - current_hours) / avg_hours), ${sql.lit(-horizon)}),
            ${sql.lit(horizon + 1)})
        end as hours_days
      from items offset 0
    ),
    judged as (
      select vehicle_id, organisation_id, depot_id, fleet_number,
        programme_key, programme_name_en, programme_name_ru,
        task_key, task_name_en, task_name_ru, schedule, safety_critical, competency_keys,
        recorded_by,
        includes,
        case
          when current_km >= hold_km or current_hours >= hold_hours or ${today} >= hold_date
            then 'overdue'
          when current_km >= due_km or current_hours >= due_hours or ${today} >= due_date
            then 'due'
          when current_km >= due_km - coalesce(due_soon_km, 0)
            or current_hours >= due_hours - coalesce(due_soon_hours, 0)
            or ${today} >= due_date - coalesce(due_soon_days, 0)
            then 'due_soon'
          else 'ok'
        end as status,
        due_date, due_km, due_hours, current_km, current_hours,
        remaining_km, remaining_hours, remaining_days,
        least(due_date,
          case when km_days <= ${sql.lit(horizon)} then ${today} + km_days::int end,
          case when hours_days <= ${sql.lit(horizon)} then ${today} + hours_days::int end
        ) as forecast_date,
        last_completed_on,
        round(avg_km, 1) as avg_daily_km,
        round(avg_hours, 2) as avg_daily_hours
      from measured offset 0
    )
    select * from (
    select vehicle_id, organisation_id, depot_id, fleet_number,
      programme_key, programme_name_en, programme_name_ru,
      task_key, task_name_en, task_name_ru, schedule, safety_critical, competency_keys,
        recorded_by,
      status, due_date, due_km, due_hours, current_km, current_hours,
      remaining_km, remaining_hours, remaining_days, forecast_date, last_completed_on,
      avg_daily_km, avg_daily_hours
    from (
      -- The tasks of the same vehicle and programme that include others and are coming
      -- due, gathered by a window (no self-join: a network is one sort, not a join of
      -- every task with every other).
      select judged.*, jsonb_agg(jsonb_build_object('includes', includes, 'km', due_km,
          'hours', due_hours, 'date', due_date))
          filter (where status <> 'ok' and cardinality(includes) > 0)
          over (partition by vehicle_id, programme_key) as includers
      from judged ${beforeWindow}
    ) j
    -- A task is left out while a task that includes it is coming due no later than it on
    -- every meter and date they share (at 20,000 km only ТО-2 is due, not ТО-1 as well):
    -- doing that one resets it.
    where j.includers is null or not exists (
      select 1 from jsonb_array_elements(j.includers) i(v)
      where (i.v -> 'includes') ? j.task_key
        and (i.v ->> 'km' is null or j.due_km is null or (i.v ->> 'km')::numeric <= j.due_km)
        and (i.v ->> 'hours' is null or j.due_hours is null
          or (i.v ->> 'hours')::numeric <= j.due_hours)
        and (i.v ->> 'date' is null or j.due_date is null or (i.v ->> 'date')::date <= j.due_date)
        and ((i.v ->> 'km' is not null and j.due_km is not null)
          or (i.v ->> 'hours' is not null and j.due_hours is not null)
          or (i.v ->> 'date' is not null and j.due_date is not null)))
    ) d ${statusFilter}`;
}

/**
 * Runs a due query with the settings that suit it, in a transaction of its own (or the
 * caller's): no JIT compilation, whose few hundred milliseconds cost more than they save
 * here (the planner prices each vehicle's index lookups far above what they take), and
 * room to sort a network's completion records in memory.
 */
export async function withDueSettings<T>(
  db: Database,
  work: (db: Database) => Promise<T>,
): Promise<T> {
  const settings = sql`select set_config('jit', 'off', true), set_config('work_mem', '64MB', true)`;
  if (db.isTransaction) {
    await settings.execute(db);
    return work(db);
  }
  return db.transaction().execute(async (trx) => {
    await settings.execute(trx);
    return work(trx);
  });
}

/**
 * What is due, most pressing first: overdue, then due soon, then the rest, each by
 * forecast date (undated last).
 */
export async function computeDue(db: Database, options: DueOptions): Promise<DueItem[]> {
  if (options.vehicleIds?.length === 0 || options.statuses?.length === 0) return [];
  const limit = options.limit === undefined ? sql`` : sql`limit ${options.limit}`;
  const { rows } = await withDueSettings(db, (trx) =>
    sql<DueRow>`
      select * from (${dueRowsSql(options)}) d
      order by case d.status when 'overdue' then 0 when 'due' then 1 when 'due_soon' then 2 else 3 end,
        d.forecast_date nulls last, d.fleet_number, d.vehicle_id, d.programme_key, d.task_key
      ${limit}`.execute(trx),
  );
  return rows.map(presentDue);
}
