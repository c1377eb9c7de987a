/**
 * Signed checkpoints of the record chains. The chain alone proves only that records agree
 * with their links; someone who can write the database can rewrite a record and every
 * link after it, or delete the newest entries and step the head back, and the chain still
 * agrees with itself. A checkpoint is an organisation's chain head (sequence and hash, at a
 * time) signed with an Ed25519 key the database never holds, written to a file outside the
 * database. Anyone with the public key can later check, offline, that the chain still
 * reaches every checkpointed sequence with the same hash.
 */
import { createPublicKey, sign, verify, type KeyObject } from "node:crypto";
import { canonicalJson, sha256, type ChainProblem } from "./record-chain.js";

export interface ChainHead {
  organisationId: string;
  seq: number;
  chainHash: string;
}

export interface Checkpoint extends ChainHead {
  type: "fleethub-chain-checkpoint";
  version: 1;
  /** When the head was read (ISO 8601). */
  at: string;
  /** Which key signed it: the first 16 hex digits of the SHA-256 of its public key (DER). */
  keyId: string;
  /** Ed25519 signature of every other field, as canonical JSON, in base64. */
  signature: string;
}

export function keyIdOf(key: KeyObject): string {
  const publicKey = key.type === "private" ? createPublicKey(key) : key;
  return sha256(publicKey.export({ type: "spki", format: "der" }).toString("hex")).slice(0, 16);
}

const signedText = (checkpoint: Omit<Checkpoint, "signature">): Buffer =>
  Buffer.from(
    canonicalJson(
      {
        type: checkpoint.type,
        version: checkpoint.version,
        organisationId: checkpoint.organisationId,
        seq: checkpoint.seq,
        chainHash: checkpoint.chainHash,
        at: checkpoint.at,
        keyId: checkpoint.keyId,
      },
      2,
    ),
  );

export function signCheckpoint(privateKey: KeyObject, head: ChainHead, at: Date): Checkpoint {
  const unsigned = {
    type: "fleethub-chain-checkpoint" as const,
    version: 1 as const,
    organisationId: head.organisationId,
    seq: head.seq,
    chainHash: head.chainHash,
    at: at.toISOString(),
    keyId: keyIdOf(privateKey),
  };
  return {
    ...unsigned,
    signature: sign(null, signedText(unsigned), privateKey).toString("base64"),
  };
}

/** One line of a checkpoint file: a checkpoint this public key signed, or why it is not one. */
export function readCheckpointLine(
  line: string,
  publicKey: KeyObject,
): { checkpoint: Checkpoint } | { problem: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { problem: "is not JSON" };
  }
  const c = parsed as Partial<Checkpoint> | null;
  if (
    !c ||
    c.type !== "fleethub-chain-checkpoint" ||
    c.version !== 1 ||
    typeof c.organisationId !== "string" ||
    !Number.isSafeInteger(c.seq) ||
    typeof c.chainHash !== "string" ||
    typeof c.at !== "string" ||
    typeof c.keyId !== "string" ||
    typeof c.signature !== "string"
  )
    return { problem: "is not a fleethub chain checkpoint" };
  const checkpoint = c as Checkpoint;
  if (checkpoint.keyId !== keyIdOf(publicKey))
    return { problem: `was signed by another key (${checkpoint.keyId})` };
  if (!verify(null, signedText(checkpoint), publicKey, Buffer.from(checkpoint.signature, "base64")))
    return { problem: "has a signature that does not match its content (the line was altered)" };
  return { checkpoint };
}

/**
 * What an organisation's chain as stored now says against its signed checkpoints:
 * a checkpointed sequence beyond the chain's end means entries were removed from the end
 * (and the head stepped back); a different hash at a checkpointed sequence means an entry
 * at or before it was rewritten, links recomputed. One problem of each kind, at the
 * earliest sequence it shows.
 */
export function checkpointProblems(
  checkpoints: Checkpoint[],
  chainLength: number,
  chainHashAt: (seq: number) => string | undefined,
): ChainProblem[] {
  const problems: ChainProblem[] = [];
  const sorted = [...checkpoints].sort((a, b) => a.seq - b.seq);
  const beyond = sorted.filter((c) => c.seq > chainLength);
  const newest = beyond[beyond.length - 1];
  if (newest) {
    problems.push({
      code: "CHECKPOINT_TRUNCATED",
      seq: chainLength + 1,
      message: `the chain ends at entry ${chainLength} but a checkpoint signed at ${newest.at} reached entry ${newest.seq}: entries were removed from the end`,
    });
  }
  const differing = sorted.filter(
    (c) => c.seq >= 1 && c.seq <= chainLength && chainHashAt(c.seq) !== c.chainHash,
  );
  const first = differing[0];
  if (first) {
    problems.push({
      code: "CHECKPOINT_MISMATCH",
      seq: first.seq,
      message: `entry ${first.seq} differs from the checkpoint signed at ${first.at} (${differing.length} checkpoint${differing.length === 1 ? "" : "s"} differ): an entry at or before it was rewritten and the links after it recomputed`,
    });
  }
  return problems;
}
