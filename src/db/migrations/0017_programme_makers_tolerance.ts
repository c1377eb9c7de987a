import type { Kysely } from "kysely";
import { runStatements } from "./statements.js";

/**
 * Maintenance programmes of a maker, higher services that include lower ones, and a
 * tolerance (issue #12):
 * - maintenance_programmes.makers: the makers a built-in maker's programme is for (empty:
 *   any maker, as every programme so far);
 * - maintenance_programmes.replaces: the key of the generic programme a maker's programme
 *   stands in for (null: none, as so far);
 * - maintenance_programmes.tolerance_percent: how far past its due point, as a share of
 *   the interval, a task may still be done on time (0: none, what every programme did);
 * - maintenance_tasks.includes: keys of the same programme's tasks a task includes (ТО-2
 *   includes ТО-1); empty for every existing task.
 * Existing rows, organisations' copies among them, keep their behaviour: every default is
 * what the due logic did before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table maintenance_programmes add column makers text[] not null default '{}';
    alter table maintenance_programmes add column replaces text;
    alter table maintenance_programmes add column tolerance_percent numeric not null default 0
      check (tolerance_percent >= 0 and tolerance_percent <= 50);
    alter table maintenance_tasks add column includes text[] not null default '{}'
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table maintenance_tasks drop column includes;
    alter table maintenance_programmes drop column tolerance_percent;
    alter table maintenance_programmes drop column replaces;
    alter table maintenance_programmes drop column makers
  `,
  );
}
