import type { Kysely } from "kysely";
import { runStatements } from "./statements.js";

/**
 * The Russian words of texts the program builds when it opens a defect or a work order
 * (issue #14 item 1): a defect opened by a failed check is described by the checklist
 * item; a work order that follows a defect is titled by the item named as a fault and its
 * task reads "Repair: …"; an order opened for due maintenance is titled by the programme's
 * task. The English text stays where it was (title, description), as API clients and the
 * record chain have read it; the Russian beside it is shown to a person whose language is
 * Russian. Null: a text a person wrote (shown as written), and every row stored before
 * this migration (their English is shown, as before).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table defects add column description_ru text;
    alter table work_orders add column title_ru text;
    alter table work_orders add column description_ru text;
    alter table work_order_tasks add column description_ru text
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table work_order_tasks drop column description_ru;
    alter table work_orders drop column description_ru;
    alter table work_orders drop column title_ru;
    alter table defects drop column description_ru
  `,
  );
}
