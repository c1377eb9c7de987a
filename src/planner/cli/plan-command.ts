import { formatFindings } from "../quality/findings.js";
import { readFileSync } from "node:fs";
import { Command } from "commander";
import { isPlannerInputError, PlannerInputError } from "../errors.js";
import { runPlan, type PlanInput } from "../plan.js";
import {
  prepareGtfsPlanInput,
  prepareSimbaPlanInput,
  type ScenarioSource,
} from "../prepare-input.js";
import type { PlanProgress } from "../progress.js";
import { gradientText } from "../report/gradient-text.js";
import { writePlanOutputs } from "../report/write-outputs.js";

interface PlanCliOptions {
  gtfs?: string;
  date?: string;
  scenario?: string;
  simba?: string;
  stopElevations?: string;
  out: string;
  sensitivity: boolean;
  quiet?: boolean;
}

/** Progress on stderr: a redrawn bar on a terminal, one line per phase otherwise. */
export function stderrProgress(
  stream: NodeJS.WriteStream = process.stderr,
): (p: PlanProgress) => void {
  let lastPhase = "";
  let lastDraw = 0;
  return (p) => {
    const now = Date.now();
    if (stream.isTTY) {
      if (p.phase === lastPhase && now - lastDraw < 100 && p.phase !== "done") return;
      lastDraw = now;
      lastPhase = p.phase;
      const width = 30;
      const frac = p.total !== null && p.total > 0 ? Math.min(1, p.done / p.total) : null;
      const bar =
        frac === null
          ? "".padEnd(width, "·")
          : "#".repeat(Math.round(frac * width)).padEnd(width, ".");
      const count = frac === null ? `${p.done}` : `${Math.round(frac * 100)} %`;
      stream.write(`\r[${bar}] ${p.phase} ${count}`.padEnd(90) + (p.phase === "done" ? "\n" : ""));
    } else if (p.phase !== lastPhase) {
      lastPhase = p.phase;
      stream.write(`plan: ${p.phase}\n`);
    }
  };
}

async function readScenarioSource(file: string | undefined): Promise<ScenarioSource | null> {
  if (file === undefined) return null;
  try {
    return { text: readFileSync(file, "utf8"), fileName: file };
  } catch {
    throw new PlannerInputError(
      { file, field: "--scenario" },
      {
        en: "scenario file not found",
        ru: "файл сценария не найден",
      },
    );
  }
}

async function readStopElevations(file: string | undefined): Promise<ScenarioSource | null> {
  if (file === undefined) return null;
  try {
    return { text: readFileSync(file, "utf8"), fileName: file };
  } catch {
    throw new PlannerInputError(
      { file, field: "--stop-elevations" },
      {
        en: "elevation file not found",
        ru: "файл высот остановок не найден",
      },
    );
  }
}

/** Runs the plan command; returns the exit code (0 ok, 2 bad input). */
export async function runPlanCommand(opts: PlanCliOptions): Promise<number> {
  const progress = opts.quiet === true ? undefined : stderrProgress();
  try {
    const scenario = await readScenarioSource(opts.scenario);
    let input: PlanInput;
    if (opts.simba !== undefined) {
      if (opts.gtfs !== undefined)
        throw new PlannerInputError(
          { file: "(arguments)", field: "--gtfs" },
          {
            en: "give either --gtfs or --simba, not both",
            ru: "укажите --gtfs или --simba, но не оба",
          },
        );
      if (opts.stopElevations !== undefined)
        throw new PlannerInputError(
          { file: "(arguments)", field: "--stop-elevations" },
          {
            en: "--stop-elevations is for --gtfs; a SimBA scenario gives its stations' elevations in its station file (all_stations.csv)",
            ru: "--stop-elevations нужен только с --gtfs; в сценарии SimBA высоты станций задаются в файле станций (all_stations.csv)",
          },
        );
      input = await prepareSimbaPlanInput({ cfgPath: opts.simba, scenario });
    } else if (opts.gtfs !== undefined) {
      if (opts.date === undefined)
        throw new PlannerInputError(
          { file: "(arguments)", field: "--date" },
          {
            en: "--date YYYY-MM-DD is required with --gtfs",
            ru: "с --gtfs нужна дата --date ГГГГ-ММ-ДД",
          },
        );
      input = await prepareGtfsPlanInput({
        gtfsPath: opts.gtfs,
        date: opts.date,
        scenario,
        stopElevations: await readStopElevations(opts.stopElevations),
        ...(progress ? { onProgress: progress } : {}),
      });
    } else {
      throw new PlannerInputError(
        { file: "(arguments)", field: "--gtfs" },
        {
          en: "give a timetable: --gtfs <zip|dir> --date <YYYY-MM-DD>, or --simba <cfg>",
          ru: "укажите расписание: --gtfs <zip|каталог> --date <ГГГГ-ММ-ДД> или --simba <cfg>",
        },
      );
    }
    const result = runPlan(input, {
      sensitivity: opts.sensitivity,
      ...(progress ? { onProgress: progress } : {}),
    });
    const written = await writePlanOutputs(result, opts.out);
    const best = [...result.options].sort((a, b) => a.tco.total - b.tco.total)[0];
    const checks = formatFindings(result.timetable.quality);
    if (checks.length > 0) process.stderr.write(`${checks.join("\n")}\n`);
    if (result.timetable.gradient !== undefined)
      process.stderr.write(`${gradientText(result.timetable.gradient)}\n`);
    // Stations whose grid limit held charging, or whose peak breaks it (plan.ts,
    // gridLimitWarnings), and vehicle types whose model cannot use the elevations given
    // (gradientModelWarnings).
    for (const w of result.timetable.warnings)
      if (w.includes("grid limit") || w.includes("ignores the climb"))
        process.stderr.write(`warning: ${w}\n`);
    if (best !== undefined)
      process.stderr.write(
        `cheapest: ${best.label}, TCO ${Math.round(best.tco.total)} ${result.currency} (grid connection ${Math.round(best.tco.gridConnection)}, demand charges ${Math.round(best.tco.demandCharges)}, CNG filling station ${Math.round(best.tco.fuelStation)})\n`,
      );
    const year = result.year;
    if (year !== undefined) {
      const types = year.dayTypes
        .map((t) => `${t.label} ${t.days} d${t.plannedAs !== null ? " (counted as another)" : ""}`)
        .join(", ");
      process.stderr.write(
        `year ${year.from} – ${year.to} (${year.windowDays} days, ${year.noServiceDays} without service): ${types}\n` +
          year.warnings.map((w) => `warning: ${w}\n`).join(""),
      );
    }
    process.stdout.write(
      `${result.timetable.tripCount} trips, ${result.timetable.blockCount} blocks (${result.timetable.blockMethod}); cheapest: ${best?.label ?? "-"}\n` +
        written.map((f) => `wrote ${f}\n`).join(""),
    );
    return 0;
  } catch (error) {
    if (isPlannerInputError(error)) {
      process.stderr.write(`\nplan: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

/** Adds `plan` to a commander program (the fleethub CLI wires this in). */
export function registerPlanCommand(program: Command): Command {
  return program
    .command("plan")
    .description("Plan a transition to battery-electric, CNG or diesel buses from a timetable")
    .option("--gtfs <zip|dir>", "GTFS feed (zip or folder)")
    .option(
      "--date <YYYY-MM-DD>",
      "service date to plan (with --gtfs); the year runs 365 days from it, within the feed's calendar",
    )
    .option("--scenario <json>", "scenario file (JSON); values override the documented defaults")
    .option(
      "--simba <cfg>",
      "SimBA config (basic.cfg style); its input paths are read relative to the cfg",
    )
    .option(
      "--stop-elevations <csv>",
      "stop elevations for a GTFS plan: CSV with stop_id,elevation_m (gradient; docs/planner.md)",
    )
    .option("--out <dir>", "output folder for plan.json, CSV files and report.html", "plan-out")
    .option("--no-sensitivity", "skip the sensitivity runs")
    .option("-q, --quiet", "no progress output")
    .action(async (opts: PlanCliOptions) => {
      process.exitCode = await runPlanCommand(opts);
    });
}
