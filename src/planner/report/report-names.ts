/**
 * Russian names of what a plan itself names in English: its technology options (built from
 * the vehicle types' names, plan.ts), the default scenario's design days and vehicle types
 * (scenario/defaults.ts), and the ways blocks were formed. A name a person gave in a scenario
 * is theirs and stays as written; the planner's own English words are put in Russian.
 */
import type { BlockMethod } from "../timetable.js";

/** The default scenario's names (scenario/defaults.ts) in Russian. */
const DEFAULT_NAMES_RU: Readonly<Record<string, string>> = {
  default: "по умолчанию",
  winter: "зима",
  summer: "лето",
  // The default scenario's one charging station (scenario/defaults.ts).
  depot: "депо",
  "12 m battery-electric bus, depot charging": "электробус 12 м, зарядка в парке",
  "12 m diesel bus": "дизельный автобус 12 м",
  "12 m CNG bus": "газовый автобус 12 м (метан)",
  "Battery-electric, vehicle types as in the input": "электробусы, типы как во входных данных",
};

/**
 * A scenario's, design day's, vehicle type's or station's name in Russian: the default's,
 * else as given.
 */
export function scenarioNameRu(name: string): string {
  return DEFAULT_NAMES_RU[name] ?? name;
}

const INFEASIBLE_SPLIT = " (infeasible blocks split)";
const MIX = /^(.*) where feasible, (.*) elsewhere$/;

/**
 * A technology option's label (plan.ts: a type's name; "… (infeasible blocks split)";
 * "… where feasible, … elsewhere") in Russian.
 */
export function optionLabelRu(label: string): string {
  if (label.endsWith(INFEASIBLE_SPLIT))
    return `${scenarioNameRu(label.slice(0, -INFEASIBLE_SPLIT.length))} (невыполнимые выпуски разделены)`;
  const mix = MIX.exec(label);
  if (mix !== null)
    return `${scenarioNameRu(mix[1]!)} там, где выполнимо, ${scenarioNameRu(mix[2]!)} на остальных выпусках`;
  return scenarioNameRu(label);
}

/** How the blocks were formed, in words. */
export const BLOCK_METHOD_RU: Readonly<Record<BlockMethod, string>> = {
  "feed-block-id": "выпуски по block_id фида",
  "simba-rotations": "ротации SimBA",
  "scheduled-same-stop": "составлены на минимальный парк, рейс за рейсом от той же остановки",
  "scheduled-deadhead": "составлены на минимальный парк с нулевыми пробегами между остановками",
};

/**
 * The parts of a technology option's cost (PlanResult's `tco`), named in both languages: the
 * web page's cost table and chart and the HTML report read the same words, in this order.
 */
export const COST_PART_NAMES = {
  en: {
    vehicles: "vehicles",
    batteryReplacement: "battery replacement",
    electricity: "electricity",
    fuel: "fuel",
    maintenance: "maintenance",
    infrastructure: "chargers",
    gridConnection: "grid connection",
    demandCharges: "demand charges",
    fuelStation: "CNG filling station",
  },
  ru: {
    vehicles: "автобусы",
    batteryReplacement: "замена батарей",
    electricity: "электроэнергия",
    fuel: "топливо",
    maintenance: "обслуживание",
    infrastructure: "зарядная инфраструктура",
    gridConnection: "подключение к сети",
    demandCharges: "плата за мощность",
    fuelStation: "газовая заправка (АГНКС)",
  },
} as const;

/** The cost parts, in the order they are shown. */
export const COST_PARTS = Object.keys(COST_PART_NAMES.en) as (keyof typeof COST_PART_NAMES.en)[];
