import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  GENESIS_HASH,
  canonicalJson,
  chainHash,
  recordHash,
  verifyChain,
  wellFormed,
  type ChainLink,
} from "./record-chain.js";

function buildChain(records: { id: string; content: object }[]): ChainLink[] {
  let previous = GENESIS_HASH;
  return records.map((record, index) => {
    const hashOfRecord = recordHash(record.content);
    const link = {
      seq: index + 1,
      kind: "inspection",
      recordId: record.id,
      recordHash: hashOfRecord,
      chainHash: chainHash(previous, index + 1, "inspection", record.id, hashOfRecord),
    };
    previous = link.chainHash;
    return link;
  });
}

describe("record chain", () => {
  const records = [
    { id: "a", content: { odometer: 1000, passed: true } },
    { id: "b", content: { odometer: 1200, passed: false } },
    { id: "c", content: { odometer: 1400, passed: true } },
  ];
  const stored = new Map(records.map((r) => [r.id, recordHash(r.content)]));

  it("hashes the same content the same whatever the key order", () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
    expect(recordHash({ x: 1, y: 2 })).toBe(recordHash({ y: 2, x: 1 }));
  });

  it("finds nothing wrong with an untouched chain", () => {
    expect(verifyChain(buildChain(records), (link) => stored.get(link.recordId))).toEqual([]);
  });

  it("finds a record changed after it was recorded", () => {
    const changed = new Map(stored).set("b", recordHash({ odometer: 1200, passed: true }));
    expect(
      verifyChain(buildChain(records), (link) => changed.get(link.recordId)).map((p) => p.code),
    ).toEqual(["RECORD_CHANGED"]);
  });

  it("finds a deleted record and a removed chain entry", () => {
    const chain = buildChain(records);
    const missing = new Map(stored);
    missing.delete("c");
    expect(verifyChain(chain, (link) => missing.get(link.recordId)).map((p) => p.code)).toEqual([
      "RECORD_MISSING",
    ]);
    const withoutMiddle = [chain[0], chain[2]].filter((l): l is ChainLink => l !== undefined);
    expect(
      verifyChain(withoutMiddle, (link) => stored.get(link.recordId)).map((p) => p.code),
    ).toEqual(["GAP", "BROKEN_LINK"]);
  });
});

describe("record chain formats", () => {
  const halfEmoji = "Ivan \uD83D"; // the first half of 😀, as a phone that cut the string sends it
  const storedName = "Ivan \uFFFD"; // what PostgreSQL keeps of it

  it("hashes text as the database stores it from format 2", () => {
    expect(wellFormed(halfEmoji)).toBe(storedName);
    expect(wellFormed("\uDE00 tail")).toBe("\uFFFD tail");
    expect(wellFormed("whole 😀 emoji")).toBe("whole 😀 emoji");
    expect(recordHash({ name: halfEmoji }, 2)).toBe(recordHash({ name: storedName }, 2));
    expect(recordHash({ [halfEmoji]: 1 }, 2)).toBe(recordHash({ [storedName]: 1 }, 2));
  });

  it("keeps format 1 hashes as they were made", () => {
    expect(recordHash({ y: "a", x: 1 }, 1)).toBe(
      createHash("sha256").update('{"x":1,"y":"a"}').digest("hex"),
    );
    expect(recordHash({ name: halfEmoji }, 1)).not.toBe(recordHash({ name: storedName }, 1));
  });

  it("binds the format into the link, so a format 2 entry cannot pass as format 1", () => {
    const hash = recordHash({ a: 1 }, 2);
    const link = {
      seq: 1,
      kind: "defect",
      recordId: "d",
      recordHash: hash,
      chainHash: chainHash(GENESIS_HASH, 1, "defect", "d", hash, 2),
      format: 2 as const,
    };
    expect(verifyChain([link], () => hash)).toEqual([]);
    expect(verifyChain([{ ...link, format: 1 }], () => hash).map((p) => p.code)).toEqual([
      "BROKEN_LINK",
    ]);
  });

  it("compares only the newest entry of a record that changes with what is stored", () => {
    const open = recordHash({ status: "open" });
    const repaired = recordHash({ status: "repaired" });
    const first = chainHash(GENESIS_HASH, 1, "defect", "d", open, 2);
    const links: ChainLink[] = [
      { seq: 1, kind: "defect", recordId: "d", recordHash: open, chainHash: first, format: 2 },
      {
        seq: 2,
        kind: "defect",
        recordId: "d",
        recordHash: repaired,
        chainHash: chainHash(first, 2, "defect", "d", repaired, 2),
        format: 2,
      },
    ];
    expect(verifyChain(links, () => repaired)).toEqual([]);
    expect(verifyChain(links, () => open).map((p) => p.code)).toEqual(["RECORD_CHANGED"]);
  });
});
