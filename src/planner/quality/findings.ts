/**
 * What the data-quality stage found in a timetable before planning: each finding names the
 * trip or block and the file and line it comes from, so a planner can fix the feed or judge
 * the answer. Shared by GTFS and SimBA inputs; carried in `plan.json`, the API, the CLI's
 * output, the web page and the HTML report.
 */
export type FindingCode =
  /** A distance source was present but inconsistent with the stops; another was used. */
  | "distance-inconsistent"
  /** Distance over running time is outside what a road vehicle does. */
  | "speed-implausible"
  /** Trips of one block overlap in time: the block was split into vehicle chains. */
  | "block-overlap"
  /** A trip with one stop time: it has no length and was left out. */
  | "trip-single-stop"
  /** A trip running on the day without any stop time: left out. */
  | "trip-without-stop-times"
  /** The fleet is several times the peak of trips running at once. */
  | "fleet-above-peak"
  /** A stop-elevation file was given but some stops of the trip are not in it. */
  | "elevation-missing";

export interface DataFinding {
  code: FindingCode;
  /** The trip concerned, or null. */
  trip: string | null;
  /** The block (block_id or rotation) concerned, or null. */
  block: string | null;
  /** The file the finding comes from (feed-relative path), or null for a whole-plan finding. */
  file: string | null;
  /** 1-based line in that file, or null. */
  line: number | null;
  message: string;
  /**
   * The same in Russian, for the web page and the HTML report of a person reading Russian
   * (the CLI writes the English). Absent in plans made before it was kept.
   */
  messageRu?: string;
}

/** The findings of one timetable: the first ones of each code in full, and every count. */
export interface DataQuality {
  findings: DataFinding[];
  counts: Partial<Record<FindingCode, number>>;
}

/** A number written with a decimal point, as Russian writes it: with a decimal comma. */
export const ruDecimal = (text: string): string => text.replace(".", ",");

/** Most findings of one code kept in full (a broken feed may have one per trip). */
export const MAX_FINDINGS_PER_CODE = 500;

/** Collects findings, keeping at most {@link MAX_FINDINGS_PER_CODE} of each code. */
export class FindingList {
  private readonly kept: DataFinding[] = [];
  private readonly counts: Partial<Record<FindingCode, number>> = {};

  add(finding: DataFinding): void {
    const count = (this.counts[finding.code] ?? 0) + 1;
    this.counts[finding.code] = count;
    if (count <= MAX_FINDINGS_PER_CODE) this.kept.push(finding);
  }

  addAll(quality: DataQuality): void {
    for (const f of quality.findings) this.add(f);
    for (const [code, count] of Object.entries(quality.counts) as [FindingCode, number][]) {
      const listed = quality.findings.filter((f) => f.code === code).length;
      this.counts[code] = (this.counts[code] ?? 0) + count - listed;
    }
  }

  result(): DataQuality {
    return { findings: [...this.kept], counts: { ...this.counts } };
  }
}

/** What each finding code means, for summaries (CLI, HTML report). */
export const FINDING_TITLES: Record<FindingCode, string> = {
  "distance-inconsistent": "trip distance from another source (the feed's was inconsistent)",
  "speed-implausible": "implausible speed",
  "block-overlap": "block split: its trips overlap in time",
  "trip-single-stop": "trip with one stop time, left out",
  "trip-without-stop-times": "trip without stop times, left out",
  "fleet-above-peak": "fleet far above the peak of trips at once",
  "elevation-missing": "trip with stops missing from the elevation file",
};

/** The same in Russian, for the HTML report (worded as the web page's, web/src/planner/messages.ts). */
export const FINDING_TITLES_RU: Record<FindingCode, string> = {
  "distance-inconsistent": "длина рейса из другого источника (в фиде противоречива)",
  "speed-implausible": "неправдоподобная скорость",
  "block-overlap": "выпуск разделён: рейсы перекрываются по времени",
  "trip-single-stop": "рейс с одной остановкой, исключён",
  "trip-without-stop-times": "рейс без расписания остановок, исключён",
  "fleet-above-peak": "парк намного больше пика одновременных рейсов",
  "elevation-missing": "рейс с остановками без высоты в файле высот",
};

/** "file:line: message" lines for a terminal: counts per code, then the first few of each. */
export function formatFindings(quality: DataQuality, perCode = 3): string[] {
  const lines: string[] = [];
  for (const [code, count] of Object.entries(quality.counts) as [FindingCode, number][]) {
    lines.push(`data check: ${count} × ${FINDING_TITLES[code]}`);
    for (const f of quality.findings.filter((x) => x.code === code).slice(0, perCode))
      lines.push(
        `  ${f.file !== null ? `${f.file}${f.line !== null ? `:${f.line}` : ""}: ` : ""}${f.message}`,
      );
  }
  return lines;
}
