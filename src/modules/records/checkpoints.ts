/**
 * Signed checkpoints of each organisation's chain head (core/chain-checkpoints.ts): the
 * key pair, writing checkpoints to an append-only JSON Lines file outside the database,
 * and reading them back for `fleethub audit verify --checkpoints`.
 */
import { appendFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from "node:crypto";
import {
  readCheckpointLine,
  signCheckpoint,
  type Checkpoint,
} from "../../core/chain-checkpoints.js";
import type { Database } from "../../db/database.js";
import { AppError, invalid } from "../../errors.js";
import { chainAllPending } from "./chain.js";

/** Writes a new Ed25519 key pair as PEM files; never overwrites a key. */
export async function generateCheckpointKeys(
  privateKeyFile: string,
  publicKeyFile: string,
): Promise<void> {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const write = async (field: string, file: string, text: string, mode: number) => {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await writeFile(file, text, { flag: "wx", mode }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "EEXIST")
        throw invalid(field, `${file} exists; a key is never overwritten`);
      throw error;
    });
  };
  await write(
    "--private-key",
    privateKeyFile,
    privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    0o600,
  );
  await write(
    "--public-key",
    publicKeyFile,
    publicKey.export({ type: "spki", format: "pem" }).toString(),
    0o644,
  );
}

async function readKeyFile(field: string, file: string): Promise<string> {
  return readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw invalid(field, `cannot read ${file} (${error.code ?? error.message})`);
  });
}

/** The Ed25519 private key in a PEM file; `field` names the setting that gave the path. */
export async function loadCheckpointPrivateKey(field: string, file: string): Promise<KeyObject> {
  const text = await readKeyFile(field, file);
  let key: KeyObject;
  try {
    key = createPrivateKey(text);
  } catch {
    throw invalid(field, `${file} is not a PEM private key`);
  }
  if (key.asymmetricKeyType !== "ed25519")
    throw invalid(field, `${file} holds a ${key.asymmetricKeyType ?? "unknown"} key, not Ed25519`);
  return key;
}

export async function loadCheckpointPublicKey(field: string, file: string): Promise<KeyObject> {
  const text = await readKeyFile(field, file);
  let key: KeyObject;
  try {
    key = createPublicKey(text);
  } catch {
    throw invalid(field, `${file} is not a PEM public key`);
  }
  if (key.asymmetricKeyType !== "ed25519")
    throw invalid(field, `${file} holds a ${key.asymmetricKeyType ?? "unknown"} key, not Ed25519`);
  return key;
}

/**
 * Links what is queued, then signs every organisation's chain head and appends one line
 * per organisation to `file` (created with its folder when absent). Returns what it wrote.
 */
export async function writeCheckpoints(
  db: Database,
  privateKey: KeyObject,
  file: string,
  now: Date = new Date(),
): Promise<Checkpoint[]> {
  await chainAllPending(db);
  const heads = await db
    .selectFrom("record_chain_heads")
    .select(["organisation_id", "seq", "chain_hash"])
    .where("seq", ">", 0)
    .orderBy("organisation_id")
    .execute();
  const checkpoints = heads.map((head) =>
    signCheckpoint(
      privateKey,
      { organisationId: head.organisation_id, seq: Number(head.seq), chainHash: head.chain_hash },
      now,
    ),
  );
  if (checkpoints.length) {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    // Appending (O_APPEND) never rewrites what earlier runs wrote.
    await appendFile(file, checkpoints.map((c) => `${JSON.stringify(c)}\n`).join(""), {
      mode: 0o644,
    });
  }
  return checkpoints;
}

export interface CheckpointFile {
  /** Valid checkpoints, by organisation. */
  byOrganisation: Map<string, Checkpoint[]>;
  /** Lines that are not checkpoints this key signed: "line 3: has a signature that…". */
  rejected: string[];
}

/** Reads a checkpoint file and checks each line's signature with the public key. */
export async function readCheckpointFile(
  file: string,
  publicKey: KeyObject,
): Promise<CheckpointFile> {
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new AppError(
      "VALIDATION_FAILED",
      `--checkpoints: cannot read ${file} (${error.code ?? error.message})`,
      "checkpoints",
    );
  });
  const byOrganisation = new Map<string, Checkpoint[]>();
  const rejected: string[] = [];
  text.split("\n").forEach((line, index) => {
    if (!line.trim()) return;
    const read = readCheckpointLine(line, publicKey);
    if ("problem" in read) {
      rejected.push(`line ${index + 1}: ${read.problem}`);
      return;
    }
    const list = byOrganisation.get(read.checkpoint.organisationId) ?? [];
    list.push(read.checkpoint);
    byOrganisation.set(read.checkpoint.organisationId, list);
  });
  return { byOrganisation, rejected };
}

/**
 * Writes checkpoints every `intervalMinutes` (0: never) while the server runs; the first
 * soon after start, so a restart never leaves a long stretch unanchored.
 */
export function startCheckpointer(
  db: Database,
  privateKey: KeyObject,
  file: string,
  intervalMinutes: number,
  onError: (error: unknown) => void,
): () => Promise<void> {
  if (intervalMinutes <= 0) return () => Promise.resolve();
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = running.then(() => writeCheckpoints(db, privateKey, file)).catch(onError);
  };
  const first = setTimeout(run, 5_000);
  const timer = setInterval(run, intervalMinutes * 60_000);
  return async () => {
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}
