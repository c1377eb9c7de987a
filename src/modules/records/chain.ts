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

/** Must run inside the transaction that stores the record: the head row lock orders appends. */
export async function appendToChain(
  trx: Database,
  organisationId: string,
  kind: "inspection" | "defect_event",
  recordId: string,
  content: unknown,
): Promise<void> {
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
  const seq = Number(head.seq) + 1;
  const hashOfRecord = recordHash(content);
  const linked = chainHash(head.chain_hash, seq, kind, recordId, hashOfRecord);
  await trx
    .insertInto("record_chain")
    .values({
      organisation_id: organisationId,
      seq,
      record_kind: kind,
      record_id: recordId,
      record_hash: hashOfRecord,
      chain_hash: linked,
    })
    .execute();
  await trx
    .updateTable("record_chain_heads")
    .set({ seq, chain_hash: linked })
    .where("organisation_id", "=", organisationId)
    .execute();
}

export interface ChainReport {
  organisationId: string;
  organisationName: string;
  entries: number;
  problems: ChainProblem[];
}

/** Re-hashes every chained record as stored now and checks every link. */
export async function verifyChains(
  db: Database,
  organisationIds?: string[],
): Promise<ChainReport[]> {
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
