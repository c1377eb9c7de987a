/**
 * Built-in preventive maintenance programmes (DOMAIN.md §3). Each task is due at
 * whichever of its intervals (km, engine hours, days) comes first. Every interval can be
 * changed per organisation: the organisation copies the programme and edits its copy,
 * which then replaces the built-in one for its vehicles.
 *
 * - A maker's own programme names its makers (`makers`) and the generic programme it
 *   stands in for (`replaces`): for that maker's vehicles the generic one is left out,
 *   for every other vehicle the generic one is the fallback.
 * - A higher service includes lower ones (`includes`, task keys of the same programme):
 *   doing ТО-2 resets ТО-1's basis, and while ТО-2 falls due no later than ТО-1 only ТО-2
 *   is listed.
 * - `tolerancePercent`: how far past its due point (as a share of each interval) a task
 *   may still be done on time. In that window it is shown "due" and does not hold the
 *   vehicle; at or beyond the tolerance it is overdue.
 *
 * Documents with an expiry that keep a vehicle legal (diagnostic card, tachograph crypto
 * unit, CNG cylinder requalification) are tracked by the pre-trip module's compliance
 * documents (core/pretrip.ts), not here: one tracker for each thing.
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
  /** Keys of tasks of the same programme this one includes (its completion resets theirs). */
  includes?: string[];
  /**
   * "shift_check": the shift's pre-shift check or pre-trip technical control is this task's
   * record (the daily service, ЕО), not a completion a mechanic enters. Such a task is due
   * until the vehicle is checked on the day, never overdue and never holds the vehicle:
   * the check itself gates the release.
   */
  recordedBy?: "shift_check";
  /**
   * Where the intervals come from, as a short citation ("fleethub assumption" when no
   * source backs them). Documentation only (docs/built-in-content.md): not stored.
   */
  source?: string;
}

export interface ProgrammeDefinition {
  key: string;
  name: { en: string; ru: string };
  /** Empty means any. */
  vehicleTypes: VehicleType[];
  powertrains: Powertrain[];
  lengthClasses: LengthClass[];
  /** The makers whose own schedule this is (vehicle_models.maker, any case); empty: any. */
  makers?: string[];
  /** The key of the generic programme this maker's programme stands in for. */
  replaces?: string;
  /** See the file's comment; 0 when the source gives no tolerance. */
  tolerancePercent?: number;
  tasks: TaskDefinition[];
}

const BUSES: VehicleType[] = ["city_bus", "intercity_bus"];

export const BUILT_IN_PROGRAMMES: readonly ProgrammeDefinition[] = [
  {
    // Russia, buses longer than 5 m: ТО-1 every 10,000 km, ТО-2 every 20,000 km
    // (regulation on maintenance and repair of rolling stock, docs.cntd.ru 901943226).
    // Every bus length class fleethub knows is over 5 m. Fixed: ТО is planned by the
    // km plan, so a late ТО-1 does not push the next one back. ТО-2 includes ТО-1.
    // Seasonal service (СО) twice a year, before winter and before summer, completes the
    // schedule (MAZ maintenance technology by БелНИИТ; Mostransavto). The daily service
    // (ЕО, every shift) is recorded by the shift's check: the driver's pre-shift check or
    // the controller's pre-trip technical control (Mintrans order No. 9 of 15 Jan 2021,
    // modules/pretrip), not by a mechanic's completion. It is due until the bus is checked
    // that day, never overdue, and opens no work order. The regulation's tolerance for road
    // vehicles was not verified, so it is 0 here: an organisation sets its own on its copy.
    key: "bus-to",
    name: { en: "Bus scheduled maintenance (TO-1, TO-2)", ru: "ТО автобусов (ТО-1, ТО-2)" },
    vehicleTypes: BUSES,
    powertrains: [],
    lengthClasses: [],
    tolerancePercent: 0,
    tasks: [
      {
        key: "eo",
        source:
          "MAZ maintenance technology (БелНИИТ); Mostransavto; recorded by the pre-trip control of Mintrans order No. 9 of 15 Jan 2021",
        name: { en: "Daily service (EO), every shift", ru: "Ежедневное обслуживание (ЕО)" },
        intervalDays: 1,
        schedule: "floating",
        safetyCritical: false,
        competencies: [],
        recordedBy: "shift_check",
      },
      {
        key: "to-1",
        source: "Regulation on maintenance and repair of rolling stock (docs.cntd.ru 901943226)",
        name: { en: "TO-1 service", ru: "ТО-1" },
        intervalKm: 10_000,
        dueSoonKm: 1_000,
        schedule: "fixed",
        safetyCritical: true,
        competencies: ["general_service", "brakes"],
      },
      {
        key: "to-2",
        source:
          "Regulation on maintenance and repair of rolling stock (docs.cntd.ru 901943226); 365-day backstop: fleethub assumption",
        name: { en: "TO-2 service", ru: "ТО-2" },
        intervalKm: 20_000,
        // Calendar backstop (inferred, not from the regulation): a bus that runs little
        // still gets its ТО-2 once a year. An organisation changes it on its copy.
        intervalDays: 365,
        dueSoonKm: 2_000,
        dueSoonDays: 30,
        schedule: "fixed",
        safetyCritical: true,
        competencies: ["general_service", "brakes", "steering"],
        includes: ["to-1"],
      },
      {
        key: "so",
        source: "MAZ maintenance technology (БелНИИТ); Mostransavto",
        name: {
          en: "Seasonal service (before winter and before summer)",
          ru: "Сезонное обслуживание (СО)",
        },
        intervalDays: 182,
        dueSoonDays: 21,
        schedule: "fixed",
        safetyCritical: false,
        competencies: ["general_service", "engine_fuel"],
      },
    ],
  },
  {
    // Fire detection and suppression (DOMAIN.md §2: UNECE Regulation 107 requires
    // engine-compartment suppression on new city, suburban and coach buses). Yearly
    // service as the suppression systems' makers schedule it (inferred: no maker's
    // manual was verified here); an organisation edits its copy to its system's manual.
    key: "fire-suppression",
    name: {
      en: "Fire suppression system service",
      ru: "Обслуживание системы пожаротушения",
    },
    vehicleTypes: BUSES,
    powertrains: [],
    lengthClasses: [],
    tolerancePercent: 0,
    tasks: [
      {
        key: "suppression-service",
        source: "fleethub assumption (yearly, as suppression makers schedule it; not verified)",
        name: {
          en: "Engine-compartment fire suppression service",
          ru: "Обслуживание системы пожаротушения моторного отсека",
        },
        intervalDays: 365,
        dueSoonDays: 30,
        schedule: "fixed",
        safetyCritical: true,
        competencies: ["fire_safety"],
      },
    ],
  },
  {
    // CNG cylinders: visual inspection every 12 months for vehicles over 10,000 lb GVWR
    // (FMVSS 304 as amended in 2022); NGV2 §4.1.4 asks at least every 36 months, so the
    // 12-month rule is the binding one. This is the visual check only: the periodic
    // requalification (освидетельствование) by an authorised body, every 2, 3 or 5 years
    // by cylinder material, is the pre-trip module's compliance document
    // "cng_cylinder_requalification" (core/pretrip.ts), whose expiry holds the bus there.
    key: "cng-cylinders",
    name: { en: "CNG cylinder visual inspection", ru: "Визуальный осмотр газовых баллонов" },
    vehicleTypes: [],
    powertrains: ["cng"],
    lengthClasses: [],
    tasks: [
      {
        key: "cylinder-visual",
        source: "FMVSS 304 (2022 amendment); NGV2 §4.1.4",
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
        source: "Gillig manual, cited in the Massachusetts audit of GATRA",
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
    // Tractors and harvesters by engine hours: the generic fallback for machines without
    // a maker's programme. DOMAIN.md gives no figures for them; these are the common
    // operator-manual steps (oil and filters every 250 h, fuel and hydraulic filters every
    // 500 h, a full service every 1,000 h or yearly). An organisation edits them to its
    // machines' manuals. Tolerance ±10 %: the tractor standard (DOMAIN.md §3).
    key: "machinery-hours",
    name: {
      en: "Tractor and harvester service by engine hours",
      ru: "ТО тракторов и комбайнов по моточасам",
    },
    vehicleTypes: ["tractor", "combine_harvester"],
    powertrains: [],
    lengthClasses: [],
    tolerancePercent: 10,
    tasks: [
      {
        key: "service-250h",
        source: "fleethub assumption (common operator-manual steps)",
        name: { en: "Engine oil and filters (250 h)", ru: "Масло и фильтры двигателя (250 м/ч)" },
        intervalHours: 250,
        dueSoonHours: 25,
        schedule: "floating",
        safetyCritical: false,
        competencies: ["agri_machinery"],
      },
      {
        key: "service-500h",
        source: "fleethub assumption (common operator-manual steps)",
        name: {
          en: "Fuel and hydraulic filters (500 h)",
          ru: "Топливные и гидравлические фильтры (500 м/ч)",
        },
        intervalHours: 500,
        dueSoonHours: 50,
        schedule: "floating",
        safetyCritical: false,
        competencies: ["agri_machinery"],
        includes: ["service-250h"],
      },
      {
        key: "service-1000h",
        source: "fleethub assumption (common operator-manual steps)",
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
        includes: ["service-250h", "service-500h"],
      },
    ],
  },
  {
    // Belarus (MTZ) tractors, the operator's manual (mcgrp.ru/files/viewer/156225/143):
    // ТО-1 every 125 h, 2ТО-1 every 250 h, ТО-2 every 500 h, ТО-3 every 1,000 h, special
    // service every 2,000 h, and seasonal services (spring–summer, autumn–winter: twice a
    // year). Each higher service includes the lower ones. The daily service every 8–10 h
    // (a shift) is recorded by the shift's pre-shift check, as for buses. Tolerance ±10 %
    // (the tractor standard, ajdocs.ru/gsp/20324/4). Fixed: the services follow the hour
    // ladder.
    key: "mtz-tractor",
    name: { en: "Belarus (MTZ) tractor service", ru: "ТО тракторов «Беларус» (МТЗ)" },
    vehicleTypes: ["tractor"],
    powertrains: [],
    lengthClasses: [],
    makers: ["MTZ", "МТЗ", "Belarus", "Беларус"],
    replaces: "machinery-hours",
    tolerancePercent: 10,
    tasks: [
      {
        key: "eo",
        source:
          "MTZ operator's manual (mcgrp.ru/files/viewer/156225/143): every 8–10 h; recorded by the pre-shift check",
        name: { en: "Daily service (EO), every shift", ru: "Ежесменное обслуживание (ЕТО)" },
        intervalDays: 1,
        schedule: "floating",
        safetyCritical: false,
        competencies: [],
        recordedBy: "shift_check",
      },
      {
        key: "to-1",
        source: "MTZ operator's manual (mcgrp.ru/files/viewer/156225/143)",
        name: { en: "TO-1 (125 h)", ru: "ТО-1 (125 м/ч)" },
        intervalHours: 125,
        dueSoonHours: 12,
        schedule: "fixed",
        safetyCritical: false,
        competencies: ["agri_machinery"],
      },
      {
        key: "2to-1",
        source: "MTZ operator's manual (mcgrp.ru/files/viewer/156225/143)",
        name: { en: "2TO-1 (250 h)", ru: "2ТО-1 (250 м/ч)" },
        intervalHours: 250,
        dueSoonHours: 12,
        schedule: "fixed",
        safetyCritical: false,
        competencies: ["agri_machinery"],
        includes: ["to-1"],
      },
      {
        key: "to-2",
        source: "MTZ operator's manual (mcgrp.ru/files/viewer/156225/143)",
        name: { en: "TO-2 (500 h)", ru: "ТО-2 (500 м/ч)" },
        intervalHours: 500,
        dueSoonHours: 25,
        schedule: "fixed",
        safetyCritical: false,
        competencies: ["agri_machinery"],
        includes: ["to-1", "2to-1"],
      },
      {
        key: "to-3",
        source: "MTZ operator's manual (mcgrp.ru/files/viewer/156225/143)",
        name: {
          en: "TO-3 (1,000 h), brakes and steering",
          ru: "ТО-3 (1000 м/ч), тормоза и рулевое",
        },
        intervalHours: 1_000,
        dueSoonHours: 50,
        schedule: "fixed",
        safetyCritical: true,
        competencies: ["agri_machinery", "brakes"],
        includes: ["to-1", "2to-1", "to-2"],
      },
      {
        key: "special-2000h",
        source: "MTZ operator's manual (mcgrp.ru/files/viewer/156225/143)",
        name: { en: "Special service (2,000 h)", ru: "Специальное ТО (2000 м/ч)" },
        intervalHours: 2_000,
        dueSoonHours: 50,
        schedule: "fixed",
        safetyCritical: true,
        competencies: ["agri_machinery", "brakes"],
        includes: ["to-1", "2to-1", "to-2", "to-3"],
      },
      {
        key: "so",
        source: "MTZ operator's manual (mcgrp.ru/files/viewer/156225/143)",
        name: { en: "Seasonal service (twice a year)", ru: "Сезонное ТО (СТО)" },
        intervalDays: 182,
        dueSoonDays: 21,
        schedule: "fixed",
        safetyCritical: false,
        competencies: ["agri_machinery"],
      },
    ],
  },
  {
    // Self-propelled machines (tractors, combines, off-road mining dump trucks) pass a
    // state technical inspection by Гостехнадзор once a year (Government decree No. 1013
    // of 13 Nov 2013 on the technical inspection of self-propelled machines). A machine
    // past it may not work, so it holds the machine. No maker's maintenance programme is
    // built in for mining dump trucks: DOMAIN.md holds no source for their intervals, and
    // invented figures for a haul truck would be false precision; an organisation adds
    // its trucks' programme from the maker's manual.
    key: "self-propelled-inspection",
    name: {
      en: "State technical inspection of self-propelled machines",
      ru: "Государственный технический осмотр самоходных машин",
    },
    vehicleTypes: ["tractor", "combine_harvester", "mining_dump_truck"],
    powertrains: [],
    lengthClasses: [],
    tolerancePercent: 0,
    tasks: [
      {
        key: "gtn-inspection",
        source: "Government decree No. 1013 of 13 Nov 2013",
        name: {
          en: "Yearly state technical inspection (Gostekhnadzor)",
          ru: "Ежегодный техосмотр (Гостехнадзор)",
        },
        intervalDays: 365,
        dueSoonDays: 30,
        schedule: "fixed",
        safetyCritical: true,
        competencies: ["general_service"],
      },
    ],
  },
];
