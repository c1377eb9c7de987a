/**
 * What the Russian pre-trip policy reads, for the depot the board benchmark measures
 * (issue #11), added straight into a prepared database before the server starts (set-based
 * statements). Not a benchmark: board.ts uses it. For the shift under way when it runs:
 * - 200 drivers; a controller's control of 900 of the buses (20 of them not passed),
 *   each naming driver i mod 200;
 * - a pre-trip admission of 195 drivers (5 of them not admitted);
 * - each bus a compulsory insurance and a diagnostic card (30 cards expired), each driver
 *   a licence (3 expired).
 */
import { sql } from "kysely";
import { shiftAt } from "../../src/core/shifts.js";
import type { Database } from "../../src/db/database.js";
import type { BenchDepot } from "./bench-depot.js";

export async function addPretripData(
  db: Database,
  depot: BenchDepot,
  pattern: { timeZone: string; starts: string[] },
): Promise<void> {
  const shift = shiftAt(pattern, new Date());
  const org = depot.organisationId;
  const drivers = await sql<{ id: string }>`
    insert into users (email, name, locale, password_hash)
    select 'bench.driver.' || g || '@fleethub.bench', 'Bench Driver ' || g, 'ru', 'not-a-login'
    from generate_series(1, 200) g returning id`.execute(db);
  const driverIds = drivers.rows.map((r) => r.id);
  await sql`insert into memberships (user_id, organisation_id, role)
    select id, ${org}, 'driver' from unnest(${driverIds}::uuid[]) id`.execute(db);
  const controller = await sql<{ id: string }>`
    insert into users (email, name, locale, password_hash)
    values ('bench.controller@fleethub.bench', 'Bench Controller', 'ru', 'not-a-login')
    returning id`.execute(db);
  const controllerId = controller.rows[0]?.id ?? "";
  await sql`insert into technical_controls (organisation_id, vehicle_id, depot_id, shift_start,
      shift_end, driver_user_id, passed, controlled_at, odometer_km, controller_user_id,
      controller_organisation_id, signature, notes)
    select ${org}, v.id, ${depot.depotId}, ${shift.start}, ${shift.end},
      (${driverIds}::uuid[])[1 + (v.n - 1) % 200], v.n > 20, now(), 50000, ${controllerId},
      ${org}, 'Контролёров К.К.', case when v.n <= 20 then 'Brake light' end
    from (select id, row_number() over (order by fleet_number) n
          from vehicles where depot_id = ${depot.depotId}) v
    where v.n <= 900`.execute(db);
  await sql`insert into medical_admissions (organisation_id, driver_user_id, depot_id,
      shift_start, shift_end, admitted, examined_at, by_user_id, by_name, by_organisation_id)
    select ${org}, d.id, ${depot.depotId}, ${shift.start}, ${shift.end}, d.n > 5, now(),
      ${controllerId}, 'Bench Medic', ${org}
    from (select id, row_number() over () n from unnest(${driverIds}::uuid[]) id) d
    where d.n <= 195`.execute(db);
  await sql`insert into compliance_documents (organisation_id, vehicle_id, kind, number,
      issued_on, expires_on)
    select ${org}, v.id, k.kind, 'B-' || v.n, '2026-01-01',
      case when k.kind = 'diagnostic_card' and v.n > 970 then '2026-06-30' else '2035-01-01' end
    from (select id, row_number() over (order by fleet_number) n
          from vehicles where depot_id = ${depot.depotId}) v
    cross join (values ('osago'), ('diagnostic_card')) k(kind)`.execute(db);
  await sql`insert into compliance_documents (organisation_id, driver_user_id, kind, number,
      issued_on, expires_on)
    select ${org}, d.id, 'driving_licence', 'L-' || d.n, '2016-01-01',
      case when d.n > 197 then '2026-01-01' else '2035-01-01' end
    from (select id, row_number() over () n from unnest(${driverIds}::uuid[]) id) d`.execute(db);
}
