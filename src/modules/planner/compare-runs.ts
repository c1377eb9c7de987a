/**
 * What a plan run comes to, per technology option, and how two runs differ. Pure functions
 * over the planner's PlanResult; the API stores the summary beside the result so lists and
 * comparisons never load the whole result.
 */
import type { PlanResult, TechnologyOption } from "../../planner/index.js";

/** The figures of one technology option that a planner compares between runs. */
export interface OptionFigures {
  fleet: number;
  extraBusesForSplits: number;
  unresolvedBlocks: number;
  electricityKwhPerYear: number;
  dieselLitresPerYear: number;
  gasM3PerYear: number;
  co2TonnesPerYear: number;
  tcoTotal: number;
  /** Blocks the option runs as they are: for a battery plan, those feasible on every design day. */
  feasibleBlocks: number;
}

export interface OptionSummary extends OptionFigures {
  id: string;
  label: string;
  technologies: string[];
}

export interface RunSummary {
  scenarioName: string;
  currency: string;
  serviceDate: string;
  blockMethod: string;
  tripCount: number;
  blockCount: number;
  revenueDistanceKm: number;
  options: OptionSummary[];
}

const FIGURES: (keyof OptionFigures)[] = [
  "fleet",
  "extraBusesForSplits",
  "unresolvedBlocks",
  "electricityKwhPerYear",
  "dieselLitresPerYear",
  "gasM3PerYear",
  "co2TonnesPerYear",
  "tcoTotal",
  "feasibleBlocks",
];

/**
 * Blocks an option runs without splitting. A pure battery plan runs a block as it is when the
 * block stays above its reserve on every design day (the evaluation of the same id); a
 * combustion or mixed option runs every block it does not leave unresolved.
 */
function feasibleBlocksOf(result: PlanResult, option: TechnologyOption): number {
  const evaluation = result.electric.find((e) => e.id === option.id);
  if (!evaluation || evaluation.days.length === 0)
    return result.timetable.blockCount - option.unresolvedBlocks;
  const feasibleEveryDay = new Set(
    evaluation.days[0]!.blocks.filter((b) => b.feasible).map((b) => b.blockId),
  );
  for (const day of evaluation.days.slice(1)) {
    const feasible = new Set(day.blocks.filter((b) => b.feasible).map((b) => b.blockId));
    for (const id of feasibleEveryDay) if (!feasible.has(id)) feasibleEveryDay.delete(id);
  }
  return feasibleEveryDay.size;
}

export function summariseResult(result: PlanResult): RunSummary {
  return {
    scenarioName: result.scenarioName,
    currency: result.currency,
    serviceDate: result.timetable.serviceDate,
    blockMethod: result.timetable.blockMethod,
    tripCount: result.timetable.tripCount,
    blockCount: result.timetable.blockCount,
    revenueDistanceKm: result.timetable.revenueDistanceKm,
    options: result.options.map((o) => ({
      id: o.id,
      label: o.label,
      technologies: [...o.technologies],
      fleet: o.fleet,
      extraBusesForSplits: o.extraBusesForSplits,
      unresolvedBlocks: o.unresolvedBlocks,
      electricityKwhPerYear: o.annual.electricityKwh,
      dieselLitresPerYear: o.annual.dieselLitres,
      gasM3PerYear: o.annual.gasM3,
      co2TonnesPerYear: o.annual.co2Tonnes,
      tcoTotal: o.tco.total,
      feasibleBlocks: feasibleBlocksOf(result, o),
    })),
  };
}

export interface OptionComparison {
  id: string;
  label: string;
  a: OptionFigures | null;
  b: OptionFigures | null;
  /** b − a for each figure, when both runs have the option. */
  difference: OptionFigures | null;
}

function figuresOf(option: OptionSummary): OptionFigures {
  return Object.fromEntries(FIGURES.map((key) => [key, option[key]])) as unknown as OptionFigures;
}

/**
 * Compares two runs option by option (matched by option id, e.g. "beb-12m"): each side's
 * figures and the difference b − a. Options only one run has appear with the other side null.
 */
export function compareSummaries(a: RunSummary, b: RunSummary): OptionComparison[] {
  const ids = [...new Set([...a.options.map((o) => o.id), ...b.options.map((o) => o.id)])];
  return ids.map((id) => {
    const inA = a.options.find((o) => o.id === id);
    const inB = b.options.find((o) => o.id === id);
    const figuresA = inA ? figuresOf(inA) : null;
    const figuresB = inB ? figuresOf(inB) : null;
    return {
      id,
      label: (inB ?? inA)!.label,
      a: figuresA,
      b: figuresB,
      difference:
        figuresA && figuresB
          ? (Object.fromEntries(
              FIGURES.map((key) => [key, figuresB[key] - figuresA[key]]),
            ) as unknown as OptionFigures)
          : null,
    };
  });
}
