import { describe, expect, it } from "vitest";
import {
  GENESIS_HASH,
  canonicalJson,
  chainHash,
  recordHash,
  verifyChain,
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
