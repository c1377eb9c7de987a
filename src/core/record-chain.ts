/**
 * Tamper evidence: each inspection, defect event, defect state and meter reading is
 * hashed, and each hash is chained to the one before it in the same organisation.
 * Changing, removing or reordering a record breaks every link after it, so
 * `fleethub audit verify` finds it. A defect and a meter reading change during their
 * life (a defect is repaired and reviewed, a reading is confirmed or voided): each change
 * adds a new entry with the record's new state, and the newest entry of a record must
 * match the record as stored now.
 *
 * Formats. Format 1 (the first release) hashed strings exactly as sent, but the database
 * stores a lone UTF-16 surrogate (half an emoji) as U+FFFD, so such a record could never
 * verify. Format 2 hashes the well-formed text the database actually stores, and binds the
 * format into the link. Entries keep the format they were made with and verify by its rule.
 */
import { createHash } from "node:crypto";

export const CHAIN_FORMATS = [1, 2] as const;
export type ChainFormat = (typeof CHAIN_FORMATS)[number];
/** The format new entries are made with. */
export const CURRENT_CHAIN_FORMAT: ChainFormat = 2;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text as PostgreSQL (and PGlite) store it: every lone surrogate replaced by U+FFFD,
 * exactly as UTF-8 encoding does (String.prototype.toWellFormed, written out so that it
 * does not depend on the runtime's library level).
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}

/**
 * JSON with keys sorted at every level, so the same content always hashes the same.
 * From format 2 every string (keys too) is first made well-formed, so the hash is of the
 * text the database keeps, whatever path (API, CLI, import, offline queue) stored it.
 */
export function canonicalJson(value: unknown, format: ChainFormat = 1): string {
  const text = (s: string) => JSON.stringify(format >= 2 ? wellFormed(s) : s);
  const walk = (v: unknown): string => {
    if (typeof v === "string") return text(v);
    if (v === null || typeof v !== "object") return JSON.stringify(v ?? null);
    if (v instanceof Date) return JSON.stringify(v.toISOString());
    if (Array.isArray(v)) return `[${v.map(walk).join(",")}]`;
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, inner]) => `${text(k)}:${walk(inner)}`).join(",")}}`;
  };
  return walk(value);
}

export const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

export const GENESIS_HASH = "0".repeat(64);

export function recordHash(content: unknown, format: ChainFormat = CURRENT_CHAIN_FORMAT): string {
  return sha256(canonicalJson(content, format));
}

export function chainHash(
  previous: string,
  seq: number,
  kind: string,
  recordId: string,
  hashOfRecord: string,
  format: ChainFormat = 1,
): string {
  const link = `${previous}|${seq}|${kind}|${recordId}|${hashOfRecord}`;
  return sha256(format === 1 ? link : `v${format}|${link}`);
}

export interface ChainLink {
  seq: number;
  kind: string;
  recordId: string;
  recordHash: string;
  chainHash: string;
  /** Absent: format 1. */
  format?: ChainFormat;
}

export type ChainProblem =
  | { code: "GAP"; seq: number; message: string }
  | { code: "BROKEN_LINK"; seq: number; message: string }
  | { code: "RECORD_CHANGED"; seq: number; recordId: string; message: string }
  | { code: "RECORD_MISSING"; seq: number; recordId: string; message: string }
  | { code: "CHECKPOINT_TRUNCATED"; seq: number; message: string }
  | { code: "CHECKPOINT_MISMATCH"; seq: number; message: string }
  | { code: "CHECKPOINT_INVALID"; seq: number; message: string };

/**
 * Walks a chain in order. `currentHash` gives the hash of the record as it is stored
 * now, by the link's format (undefined when the record is gone). Only the newest entry of
 * each record is compared with it: earlier entries are states the record has since left.
 */
export function verifyChain(
  links: ChainLink[],
  currentHash: (link: ChainLink) => string | undefined,
): ChainProblem[] {
  const problems: ChainProblem[] = [];
  const newest = new Map<string, number>();
  links.forEach((link, index) => newest.set(`${link.kind}:${link.recordId}`, index));
  let previous = GENESIS_HASH;
  let expectedSeq = 1;
  links.forEach((link, index) => {
    if (link.seq !== expectedSeq) {
      problems.push({
        code: "GAP",
        seq: link.seq,
        message: `entries ${expectedSeq}–${link.seq - 1} of the chain are missing`,
      });
    }
    const expected = chainHash(
      previous,
      link.seq,
      link.kind,
      link.recordId,
      link.recordHash,
      link.format ?? 1,
    );
    if (expected !== link.chainHash) {
      problems.push({
        code: "BROKEN_LINK",
        seq: link.seq,
        message: `entry ${link.seq} does not follow from the entry before it`,
      });
    }
    if (newest.get(`${link.kind}:${link.recordId}`) === index) {
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
    }
    previous = link.chainHash;
    expectedSeq = link.seq + 1;
  });
  return problems;
}
