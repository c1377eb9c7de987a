/**
 * Every reason a vehicle may be held has its words in English and Russian, wherever they
 * are written (issue #14 item 1): the board, the vehicle page and the driver's verdict
 * word each reason from its code (web/src/release/messages.ts, reason-text.ts); the server
 * names reasons in Russian where a refusal lists them (a waybill refused for a held
 * vehicle; core/server-text.ts). The API's own `message` of a reason stays English, for
 * API clients.
 */
import { describe, expect, it } from "vitest";
import { releaseEn, releaseRu } from "../../web/src/release/messages.js";
import { RELEASE_REASON_CODES } from "./release-reasons.js";
import { RELEASE_REASON_RU } from "./release-reasons.js";

const cyrillic = /[а-яё]/i;
/** Latin letters a Russian reason may keep: none but the abbreviations of a decree. */
const latinWord = /[A-Za-z]{2,}/;

describe("the words of every release reason", () => {
  it.each(RELEASE_REASON_CODES)("%s has its English and Russian words on the board", (code) => {
    const english = (releaseEn.kinds as Record<string, string | undefined>)[code];
    const russian = (releaseRu.kinds as Record<string, string | undefined>)[code];
    expect(english?.trim()).toBeTruthy();
    expect(russian).toMatch(cyrillic);
    expect(russian).not.toMatch(latinWord);
    expect(russian).not.toBe(english);
  });

  it.each(RELEASE_REASON_CODES)("%s has its Russian words on the server", (code) => {
    const russian = (RELEASE_REASON_RU as Record<string, string | undefined>)[code];
    expect(russian).toMatch(cyrillic);
    expect(russian).not.toMatch(latinWord);
  });

  it("knows no reason the release gate does not give", () => {
    const codes = [...RELEASE_REASON_CODES].sort();
    expect(Object.keys(RELEASE_REASON_RU).sort()).toEqual(codes);
    expect(Object.keys(releaseEn.kinds).sort()).toEqual(codes);
    expect(Object.keys(releaseRu.kinds).sort()).toEqual(codes);
  });
});
