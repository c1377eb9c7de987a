/**
 * Built-in preventive maintenance programmes (DOMAIN.md §3). Each task is due at
 * whichever of its intervals (km, engine hours, days) comes first. Every interval can be
 * changed per organisation: the organisation copies the programme and edits its copy,
 * which then replaces the built-in one for its vehicles.
 */
import type { LengthClass, Powertrain, VehicleType } from "./fleet.js";

export type Schedule = "fixed" | "floating";

export interface TaskDefinition {
  key: string;
  name: { en: string; ru: string };
  intervalKm?: number;
  intervalHours?: number;
  intervalDays?: number;
  dueSoonKm?: number;
  dueSoonHours?: number;
  dueSoonDays?: number;
  /** fixed: next due from the plan; floating: next due from the actual completion. */
  schedule: Schedule;
  /** Overdue holds the vehicle at the release gate. */
  safetyCritical: boolean;
  competencies: string[];
}

export interface ProgrammeDefinition {
  key: string;
  name: { en: string; ru: string };
  /** Empty means any. */
  vehicleTypes: VehicleType[];
  powertrains: Powertrain[];
  lengthClasses: LengthClass[];
  tasks: TaskDefinition[];
}

const BUSES: VehicleType[] = ["city_bus", "intercity_bus"];

export const BUILT_IN_PROGRAMMES: readonly ProgrammeDefinition[] = [
  {
    // Russia, buses longer than 5 m: ТО-1 every 10,000 km, ТО-2 every 20,000 km
    // (regulation on maintenance and repair of rolling stock, docs.cntd.ru 901943226).
    // Every bus length class fleethub knows is over 5 m. Fixed: ТО is planned by the
    // km plan, so a late ТО-1 does not push the next one back.
    key: "bus-to",
    name: { en: "Bus scheduled maintenance (TO-1, TO-2)", ru: "ТО автобусов (ТО-1, ТО-2)" },
    vehicleTypes: BUSES,
    powertrains: [],
    lengthClasses: [],
    tasks: [
      {
        key: "to-1",
        name: { en: "TO-1 service", ru: "ТО-1" },
        intervalKm: 10_000,
        dueSoonKm: 1_000,
        schedule: "fixed",
        safetyCritical: true,
        competencies: ["general_service", "brakes"],
      },
      {
        key: "to-2",
        name: { en: "TO-2 service", ru: "ТО-2" },
        intervalKm: 20_000,
        dueSoonKm: 2_000,
        schedule: "fixed",
        safetyCritical: true,
        competencies: ["general_service", "brakes", "steering"],
      },
    ],
  },
  {
    // CNG cylinders: visual inspection every 12 months for vehicles over 10,000 lb GVWR
    // (FMVSS 304 as amended in 2022); NGV2 §4.1.4 asks at least every 36 months, so the
    // 12-month rule is the binding one.
    key: "cng-cylinders",
    name: { en: "CNG cylinder inspection", ru: "Освидетельствование газовых баллонов" },
    vehicleTypes: [],
    powertrains: ["cng"],
    lengthClasses: [],
    tasks: [
      {
        key: "cylinder-visual",
        name: {
          en: "CNG cylinder visual inspection",
          ru: "Визуальный осмотр газовых баллонов",
        },
        intervalDays: 365,
        dueSoonDays: 30,
        schedule: "fixed",
        safetyCritical: true,
        competencies: ["cng_fuel_system"],
      },
    ],
  },
  {
    // Battery-electric: HV cables inspected every 24,000 mi (38,600 km) or twice a
    // year, whichever first (Gillig manual, cited in the Massachusetts audit of GATRA).
    key: "bev-high-voltage",
    name: {
      en: "High-voltage system inspection",
      ru: "Осмотр высоковольтной системы",
    },
    vehicleTypes: [],
    powertrains: ["battery_electric"],
    lengthClasses: [],
    tasks: [
      {
        key: "hv-cables",
        name: {
          en: "High-voltage cable and connector inspection",
          ru: "Осмотр высоковольтных кабелей и разъёмов",
        },
        intervalKm: 38_600,
        intervalDays: 182,
        dueSoonKm: 3_000,
        dueSoonDays: 14,
        schedule: "floating",
        safetyCritical: true,
        competencies: ["high_voltage"],
      },
    ],
  },
  {
    // Tractors and harvesters by engine hours. DOMAIN.md gives no figures for them;
    // these are the common operator-manual steps (oil and filters every 250 h, fuel and
    // hydraulic filters every 500 h, a full service every 1,000 h or yearly). An
    // organisation edits them to its machines' manuals.
    key: "machinery-hours",
    name: {
      en: "Tractor and harvester service by engine hours",
      ru: "ТО тракторов и комбайнов по моточасам",
    },
    vehicleTypes: ["tractor", "combine_harvester"],
    powertrains: [],
    lengthClasses: [],
    tasks: [
      {
        key: "service-250h",
        name: { en: "Engine oil and filters (250 h)", ru: "Масло и фильтры двигателя (250 м/ч)" },
        intervalHours: 250,
        dueSoonHours: 25,
        schedule: "floating",
        safetyCritical: false,
        competencies: ["agri_machinery"],
      },
      {
        key: "service-500h",
        name: {
          en: "Fuel and hydraulic filters (500 h)",
          ru: "Топливные и гидравлические фильтры (500 м/ч)",
        },
        intervalHours: 500,
        dueSoonHours: 50,
        schedule: "floating",
        safetyCritical: false,
        competencies: ["agri_machinery"],
      },
      {
        key: "service-1000h",
        name: {
          en: "Full service, brakes and steering (1,000 h or yearly)",
          ru: "Полное ТО, тормоза и рулевое (1000 м/ч или раз в год)",
        },
        intervalHours: 1_000,
        intervalDays: 365,
        dueSoonHours: 50,
        dueSoonDays: 30,
        schedule: "floating",
        safetyCritical: true,
        competencies: ["agri_machinery", "brakes"],
      },
    ],
  },
];
