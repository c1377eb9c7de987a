/**
 * Appends inspections and defect events to their organisation's hash chain (in the
 * same transaction as the record) and verifies the chains.
 */
import type { Selectable } from "kysely";
import {
  GENESIS_HASH,
  chainHash,
  recordHash,
  verifyChain,
  type ChainProblem,
} from "../../core/record-chain.js";
import type { Database } from "../../db/database.js";
import type { DefectEventTable, InspectionTable } from "../../db/schema.js";

export function inspectionContent(row: Selectable<InspectionTable>) {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    vehicleId: row.vehicle_id,
    templateId: row.template_id,
    driverUserId: row.driver_user_id,
    signedByName: row.signed_by_name,
    submittedAt: row.submitted_at.toISOString(),
    shiftStart: row.shift_start?.toISOString() ?? null,
    odometerKm: row.odometer_km === null ? null : Number(row.odometer_km),
    engineHours: row.engine_hours === null ? null : Number(row.engine_hours),
    passed: row.passed,
    results: row.results,
    comments: row.comments,
    correctsId: row.corrects_id,
  };
}

export function defectEventContent(row: Selectable<DefectEventTable>) {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    defectId: row.defect_id,
    kind: row.kind,
    byUserId: row.by_user_id,
    byName: row.by_name,
    at: row.at.toISOString(),
    note: row.note,
  };
}

/**
 * Queues a record for its organisation's chain, inside the transaction that stores the
 * record (so a stored record is always queued). Its hash is fixed now; the link into the
 * chain is made by `chainPending`, in batches: holding the chain's head for every single
 * submission would make one organisation's inspections wait for each other's commits.
 */
export async function enqueueForChain(
  trx: Database,
  organisationId: string,
  kind: "inspection" | "defect_event",
  recordId: string,
  content: unknown,
): Promise<void> {
  await trx
    .insertInto("record_chain_queue")
    .values({
      organisation_id: organisationId,
      record_kind: kind,
      record_id: recordId,
      record_hash: recordHash(content),
    })
    .execute();
}

/**
 * Links queued records into their organisations' chains, oldest first, up to `limit` per
 * call; returns how many it linked. Safe to run from several processes at once: queue
 * rows are claimed with SKIP LOCKED (no two chainers link the same record) and each
 * organisation's head row is locked while its links are added (the second chainer reads
 * the head the first one left, so the chain never forks), heads always in the same order.
 */
export async function chainPending(db: Database, limit = 2000): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const queued = await trx
      .selectFrom("record_chain_queue")
      .selectAll()
      .orderBy("id")
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (!queued.length) return 0;
    const byOrganisation = new Map<string, typeof queued>();
    for (const row of queued)
      byOrganisation.set(row.organisation_id, [
        ...(byOrganisation.get(row.organisation_id) ?? []),
        row,
      ]);
    // Heads are locked in one order (by organisation id) in every process: two chainers
    // whose batches name the same organisations in different orders would otherwise each
    // hold one head and wait for the other's (a deadlock PostgreSQL ends by aborting one).
    const organisationOrder = [...byOrganisation.keys()].sort();
    for (const organisationId of organisationOrder) {
      const rows = byOrganisation.get(organisationId) ?? [];
      await trx
        .insertInto("record_chain_heads")
        .values({ organisation_id: organisationId, seq: 0, chain_hash: GENESIS_HASH })
        .onConflict((oc) => oc.column("organisation_id").doNothing())
        .execute();
      const head = await trx
        .selectFrom("record_chain_heads")
        .select(["seq", "chain_hash"])
        .where("organisation_id", "=", organisationId)
        .forUpdate()
        .executeTakeFirstOrThrow();
      let seq = Number(head.seq);
      let previous = head.chain_hash;
      const links = rows.map((row) => {
        seq += 1;
        previous = chainHash(previous, seq, row.record_kind, row.record_id, row.record_hash);
        return {
          organisation_id: organisationId,
          seq,
          record_kind: row.record_kind,
          record_id: row.record_id,
          record_hash: row.record_hash,
          chain_hash: previous,
        };
      });
      for (let i = 0; i < links.length; i += 500)
        await trx
          .insertInto("record_chain")
          .values(links.slice(i, i + 500))
          .execute();
      await trx
        .updateTable("record_chain_heads")
        .set({ seq, chain_hash: previous })
        .where("organisation_id", "=", organisationId)
        .execute();
    }
    await trx
      .deleteFrom("record_chain_queue")
      .where(
        "id",
        "in",
        queued.map((row) => row.id),
      )
      .execute();
    return queued.length;
  });
}

/** Links everything queued so far. */
export async function chainAllPending(db: Database): Promise<number> {
  let total = 0;
  for (;;) {
    const linked = await chainPending(db);
    total += linked;
    if (!linked) return total;
  }
}

/** Runs the chainer every `intervalMs` until stopped; stopping links what is left. */
export function startChainer(db: Database, intervalMs: number, onError: (error: unknown) => void) {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => chainAllPending(db)).catch(onError);
  }, intervalMs);
  return async () => {
    clearInterval(timer);
    await running;
    await chainAllPending(db).catch(onError);
  };
}

export interface ChainReport {
  organisationId: string;
  organisationName: string;
  entries: number;
  problems: ChainProblem[];
}

/** Links what is queued, then re-hashes every chained record as stored now and checks every link. */
export async function verifyChains(
  db: Database,
  organisationIds?: string[],
): Promise<ChainReport[]> {
  await chainAllPending(db);
  let orgQuery = db.selectFrom("organisations").select(["id", "name"]).orderBy("name");
  if (organisationIds)
    orgQuery = orgQuery.where("id", "in", organisationIds.length ? organisationIds : [""]);
  const organisations = await orgQuery.execute();
  const reports: ChainReport[] = [];
  for (const organisation of organisations) {
    const links = await db
      .selectFrom("record_chain")
      .selectAll()
      .where("organisation_id", "=", organisation.id)
      .orderBy("seq")
      .execute();
    const head = await db
      .selectFrom("record_chain_heads")
      .select(["seq"])
      .where("organisation_id", "=", organisation.id)
      .executeTakeFirst();
    if (!links.length && !head) continue;
    const inspections = await db
      .selectFrom("inspections")
      .selectAll()
      .where("organisation_id", "=", organisation.id)
      .execute();
    const events = await db
      .selectFrom("defect_events")
      .selectAll()
      .where("organisation_id", "=", organisation.id)
      .execute();
    const current = new Map<string, string>();
    for (const row of inspections)
      current.set(`inspection:${row.id}`, recordHash(inspectionContent(row)));
    for (const row of events)
      current.set(`defect_event:${row.id}`, recordHash(defectEventContent(row)));
    const problems = verifyChain(
      links.map((l) => ({
        seq: Number(l.seq),
        kind: l.record_kind,
        recordId: l.record_id,
        recordHash: l.record_hash,
        chainHash: l.chain_hash,
      })),
      (link) => current.get(`${link.kind}:${link.recordId}`),
    );
    const lastSeq = Number(links[links.length - 1]?.seq ?? 0);
    if (head && Number(head.seq) !== lastSeq) {
      problems.push({
        code: "GAP",
        seq: lastSeq + 1,
        message: `the chain ends at entry ${lastSeq} but its head says ${Number(head.seq)}: entries were removed from the end`,
      });
    }
    const chained = new Set(links.map((l) => `${l.record_kind}:${l.record_id}`));
    for (const key of current.keys()) {
      if (!chained.has(key)) {
        const [kind = "", recordId = ""] = key.split(":");
        problems.push({
          code: "RECORD_MISSING",
          seq: 0,
          recordId,
          message: `${kind} ${recordId} is not in the chain (added behind fleethub's back)`,
        });
      }
    }
    reports.push({
      organisationId: organisation.id,
      organisationName: organisation.name,
      entries: links.length,
      problems,
    });
  }
  return reports;
}
