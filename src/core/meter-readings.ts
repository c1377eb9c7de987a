/**
 * Whether a new meter reading fits the vehicle's history. A typo'd odometer that pushes
 * every reminder overdue is a top complaint of fleet users (LubeLogger #1466, DOMAIN.md
 * §3), so a reading must not go below an earlier one or above a later one, and a jump
 * faster than the vehicle can plausibly travel needs an explicit confirmation.
 *
 * A reading that comes with an inspection is never refused for this (the inspection's
 * defects must reach the mechanics whatever the meter says): it is stored unconfirmed,
 * with `waitingReason`, and counts for nothing until a dispatcher or mechanic confirms it.
 */
import type { LocalText } from "./server-text.js";
import type { Meter, VehicleType } from "./fleet.js";

/** Most a vehicle of each type plausibly adds to a meter in one day (configurable defaults). */
export type DailyLimits = Record<VehicleType, Partial<Record<Meter, number>>>;

export const DEFAULT_DAILY_LIMITS: DailyLimits = {
  // The example: more than 1,500 km in a day is implausible for a city bus.
  city_bus: { odometer_km: 1500, engine_hours: 24 },
  intercity_bus: { odometer_km: 2000, engine_hours: 24 },
  mining_dump_truck: { odometer_km: 800, engine_hours: 24 },
  tractor: { odometer_km: 600, engine_hours: 24 },
  combine_harvester: { odometer_km: 400, engine_hours: 24 },
  other: { odometer_km: 2000, engine_hours: 24 },
};

export interface ReadingPoint {
  value: number;
  readAt: Date;
}

export type ReadingProblem =
  | { code: "BELOW_EARLIER"; message: string; text: LocalText; earlier: ReadingPoint }
  | { code: "ABOVE_LATER"; message: string; text: LocalText; later: ReadingPoint }
  | {
      code: "IMPLAUSIBLE_JUMP";
      message: string;
      text: LocalText;
      perDay: number;
      limitPerDay: number;
    };

const DAY_MS = 86_400_000;
/** Short gaps are judged as at least an hour, so two readings a minute apart can differ. */
const MIN_GAP_DAYS = 1 / 24;

export function checkReading(input: {
  meter: Meter;
  value: number;
  readAt: Date;
  vehicleType: VehicleType;
  earlier: ReadingPoint | undefined;
  later: ReadingPoint | undefined;
  limits?: DailyLimits;
}): ReadingProblem[] {
  const problems: ReadingProblem[] = [];
  const unit = input.meter === "odometer_km" ? "km" : "h";
  const { earlier, later } = input;
  if (earlier && input.value < earlier.value) {
    problems.push({
      code: "BELOW_EARLIER",
      message: `value: ${input.value} ${unit} is below the reading of ${earlier.value} ${unit} on ${earlier.readAt.toISOString()}`,
      text: {
        key: "reading.belowEarlier",
        params: {
          value: input.value,
          unit,
          earlier: earlier.value,
          at: earlier.readAt.toISOString(),
        },
      },
      earlier,
    });
  }
  if (later && input.value > later.value) {
    problems.push({
      code: "ABOVE_LATER",
      message: `value: ${input.value} ${unit} is above the later reading of ${later.value} ${unit} on ${later.readAt.toISOString()}`,
      text: {
        key: "reading.aboveLater",
        params: { value: input.value, unit, later: later.value, at: later.readAt.toISOString() },
      },
      later,
    });
  }
  const limit = (input.limits ?? DEFAULT_DAILY_LIMITS)[input.vehicleType][input.meter];
  if (earlier && limit !== undefined && input.value >= earlier.value) {
    const days = Math.max(
      (input.readAt.getTime() - earlier.readAt.getTime()) / DAY_MS,
      MIN_GAP_DAYS,
    );
    const perDay = (input.value - earlier.value) / days;
    if (perDay > limit) {
      problems.push({
        code: "IMPLAUSIBLE_JUMP",
        message: `value: ${input.value - earlier.value} ${unit} since ${earlier.readAt.toISOString()} is ${Math.round(perDay)} ${unit} a day, more than the ${limit} ${unit} a day plausible for this vehicle; confirm it if it is right`,
        text: {
          key: "reading.implausibleJump",
          params: {
            delta: input.value - earlier.value,
            unit,
            at: earlier.readAt.toISOString(),
            perDay: Math.round(perDay),
            limit,
          },
        },
        perDay,
        limitPerDay: limit,
      });
    }
  }
  return problems;
}

/**
 * Why a reading must wait for someone to confirm it, or null when it counts at once. A
 * jump the person has confirmed counts; a value that contradicts another reading (below
 * an earlier one, above a later one) always waits, since no confirmation makes both true.
 */
export function waitingReason(problems: ReadingProblem[], jumpConfirmed: boolean): string | null {
  const waiting = problems.filter((p) => p.code !== "IMPLAUSIBLE_JUMP" || !jumpConfirmed);
  return waiting.length ? waiting.map((p) => p.message.replace(/^value: /, "")).join("; ") : null;
}
