/**
 * Appends inspections and defect events to their organisation's hash chain (in the
 * same transaction as the record) and verifies the chains.
 */
import {
  CHAIN_FORMATS,
  GENESIS_HASH,
  chainHash,
  recordHash,
  verifyChain,
  type ChainFormat,
  type ChainProblem,
} from "../../core/record-chain.js";
import type { Database } from "../../db/database.js";
import { checkpointProblems, type Checkpoint } from "../../core/chain-checkpoints.js";
import { chainEntry, contentOf, type ChainedRecord } from "./content.js";

export {
  defectContent,
  defectEventContent,
  inspectionContent,
  meterReadingContent,
} from "./content.js";

/**
 * Queues records (or records' new states) for their organisations' chains, inside the
 * transaction that stores them (so a stored record is always queued). Their hashes are
 * fixed now; the links into the chain are made by `chainPending`, in batches: holding the
 * chain's head for every single submission would make one organisation's inspections
 * wait for each other's commits.
 */
export async function enqueueForChain(trx: Database, records: ChainedRecord[]): Promise<void> {
  for (let i = 0; i < records.length; i += 500)
    await trx
      .insertInto("record_chain_queue")
      .values(records.slice(i, i + 500).map(chainEntry))
      .execute();
}

const formatOf = (value: number): ChainFormat =>
  (CHAIN_FORMATS as readonly number[]).includes(value) ? (value as ChainFormat) : 1;

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
        const format = formatOf(row.format);
        previous = chainHash(
          previous,
          seq,
          row.record_kind,
          row.record_id,
          row.record_hash,
          format,
        );
        return {
          organisation_id: organisationId,
          seq,
          record_kind: row.record_kind,
          record_id: row.record_id,
          record_hash: row.record_hash,
          chain_hash: previous,
          format,
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

/**
 * Links what is queued, then re-hashes every chained record as stored now and checks every
 * link. Given signed checkpoints (already checked against the public key), also checks that
 * each organisation's chain still reaches every checkpointed entry with the same hash.
 */
export async function verifyChains(
  db: Database,
  organisationIds?: string[],
  checkpoints?: Map<string, Checkpoint[]>,
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
    const signed = checkpoints?.get(organisation.id) ?? [];
    if (!links.length && !head && !signed.length) continue;
    const stored = await storedRecords(db, organisation.id);
    const problems = verifyChain(
      links.map((l) => ({
        seq: Number(l.seq),
        kind: l.record_kind,
        recordId: l.record_id,
        recordHash: l.record_hash,
        chainHash: l.chain_hash,
        format: formatOf(l.format),
      })),
      (link) => {
        const record = stored.get(`${link.kind}:${link.recordId}`);
        return record && recordHash(contentOf(record), link.format ?? 1);
      },
    );
    const lastSeq = Number(links[links.length - 1]?.seq ?? 0);
    if (head && Number(head.seq) !== lastSeq) {
      problems.push({
        code: "GAP",
        seq: lastSeq + 1,
        message: `the chain ends at entry ${lastSeq} but its head says ${Number(head.seq)}: entries were removed from the end`,
      });
    }
    const hashAt = new Map(links.map((l) => [Number(l.seq), l.chain_hash]));
    problems.push(...checkpointProblems(signed, lastSeq, (seq) => hashAt.get(seq)));
    const chained = new Set(links.map((l) => `${l.record_kind}:${l.record_id}`));
    for (const key of stored.keys()) {
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
  // A checkpointed organisation the database no longer has lost its whole chain.
  const known = new Set(organisations.map((o) => o.id));
  for (const [organisationId, signed] of checkpoints ?? []) {
    if (known.has(organisationId) || (organisationIds && !organisationIds.includes(organisationId)))
      continue;
    reports.push({
      organisationId,
      organisationName: `organisation ${organisationId}`,
      entries: 0,
      problems: checkpointProblems(signed, 0, () => undefined),
    });
  }
  return reports;
}

/** Every chained kind of record an organisation has stored now, by "kind:id". */
async function storedRecords(
  db: Database,
  organisationId: string,
): Promise<Map<string, ChainedRecord>> {
  const [inspections, events, defects, readings] = await Promise.all([
    db
      .selectFrom("inspections")
      .selectAll()
      .where("organisation_id", "=", organisationId)
      .execute(),
    db
      .selectFrom("defect_events")
      .selectAll()
      .where("organisation_id", "=", organisationId)
      .execute(),
    db.selectFrom("defects").selectAll().where("organisation_id", "=", organisationId).execute(),
    db
      .selectFrom("meter_readings")
      .selectAll()
      .where("organisation_id", "=", organisationId)
      .execute(),
  ]);
  const records: ChainedRecord[] = [
    ...inspections.map((row) => ({ kind: "inspection" as const, row })),
    ...events.map((row) => ({ kind: "defect_event" as const, row })),
    ...defects.map((row) => ({ kind: "defect" as const, row })),
    ...readings.map((row) => ({ kind: "meter_reading" as const, row })),
  ];
  return new Map(records.map((record) => [`${record.kind}:${record.row.id}`, record]));
}
