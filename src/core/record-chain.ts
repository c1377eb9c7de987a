/**
 * Tamper evidence: each inspection and defect resolution is hashed, and each hash is
 * chained to the one before it in the same organisation. Changing, removing or
 * reordering a record breaks every link after it, so `fleethub audit verify` finds it.
 */
import { createHash } from "node:crypto";

/** JSON with keys sorted at every level, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

export const GENESIS_HASH = "0".repeat(64);

export function recordHash(content: unknown): string {
  return sha256(canonicalJson(content));
}

export function chainHash(
  previous: string,
  seq: number,
  kind: string,
  recordId: string,
  hashOfRecord: string,
): string {
  return sha256(`${previous}|${seq}|${kind}|${recordId}|${hashOfRecord}`);
}

export interface ChainLink {
  seq: number;
  kind: string;
  recordId: string;
  recordHash: string;
  chainHash: string;
}

export type ChainProblem =
  | { code: "GAP"; seq: number; message: string }
  | { code: "BROKEN_LINK"; seq: number; message: string }
  | { code: "RECORD_CHANGED"; seq: number; recordId: string; message: string }
  | { code: "RECORD_MISSING"; seq: number; recordId: string; message: string };

/**
 * Walks a chain in order. `currentHash` gives the hash of the record as it is stored
 * now (undefined when the record is gone).
 */
export function verifyChain(
  links: ChainLink[],
  currentHash: (link: ChainLink) => string | undefined,
): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let previous = GENESIS_HASH;
  let expectedSeq = 1;
  for (const link of links) {
    if (link.seq !== expectedSeq) {
      problems.push({
        code: "GAP",
        seq: link.seq,
        message: `entries ${expectedSeq}–${link.seq - 1} of the chain are missing`,
      });
    }
    if (
      chainHash(previous, link.seq, link.kind, link.recordId, link.recordHash) !== link.chainHash
    ) {
      problems.push({
        code: "BROKEN_LINK",
        seq: link.seq,
        message: `entry ${link.seq} does not follow from the entry before it`,
      });
    }
    const now = currentHash(link);
    if (now === undefined) {
      problems.push({
        code: "RECORD_MISSING",
        seq: link.seq,
        recordId: link.recordId,
        message: `${link.kind} ${link.recordId} (entry ${link.seq}) is missing`,
      });
    } else if (now !== link.recordHash) {
      problems.push({
        code: "RECORD_CHANGED",
        seq: link.seq,
        recordId: link.recordId,
        message: `${link.kind} ${link.recordId} (entry ${link.seq}) was changed after it was recorded`,
      });
    }
    previous = link.chainHash;
    expectedSeq = link.seq + 1;
  }
  return problems;
}
