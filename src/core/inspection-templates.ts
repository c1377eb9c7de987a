/**
 * Pre-shift checklists. Each item says what to look at, how serious a failure is, and
 * whether a failure needs a comment or a photo. Items may apply only to some
 * powertrains, so one city-bus template serves diesel, CNG and battery-electric buses.
 *
 * Sources (../shared/DOMAIN.md): Mintrans order No. 9 of 15 Jan 2021 and Government
 * decree No. 837 of 27 May 2023 (brakes, steering, lights, wheels and tyres, seat belts,
 * leaks, first-aid kit, extinguisher, chocks, tachograph, ERA-GLONASS, body corrosion and
 * floor for buses); 49 CFR 396.11 and the DVSA walkaround list; the bus-fire studies of
 * DOMAIN.md §2 (engine-bay leaks, wiring chafe, heat shields, detection and suppression,
 * UNECE R107); powertrain items from DOMAIN.md §1 (CNG: UN R110, ТР ТС 018/2011 §9.8).
 */
import type { Powertrain, VehicleType } from "./fleet.js";

export const SEVERITIES = ["critical", "major", "minor"] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface TemplateItem {
  key: string;
  category: string;
  label: { en: string; ru: string };
  severity: Severity;
  failNeedsComment: boolean;
  failNeedsPhoto: boolean;
  /** Empty: every powertrain. */
  powertrains: Powertrain[];
}

export interface TemplateDefinition {
  key: string;
  name: { en: string; ru: string };
  vehicleTypes: VehicleType[];
  items: TemplateItem[];
}

function item(
  key: string,
  category: string,
  severity: Severity,
  en: string,
  ru: string,
  options: { comment?: boolean; photo?: boolean; powertrains?: Powertrain[] } = {},
): TemplateItem {
  return {
    key,
    category,
    label: { en, ru },
    severity,
    // A critical failure always needs words: the mechanic must know what was seen.
    failNeedsComment: options.comment ?? severity === "critical",
    failNeedsPhoto: options.photo ?? false,
    powertrains: options.powertrains ?? [],
  };
}

const COMBUSTION: Powertrain[] = ["diesel", "hybrid"];
const ELECTRIC: Powertrain[] = ["battery_electric", "hybrid"];

export const CITY_BUS_PRE_SHIFT: TemplateDefinition = {
  key: "bus-pre-shift",
  name: { en: "Bus pre-shift check", ru: "Предрейсовый осмотр автобуса" },
  vehicleTypes: ["city_bus", "intercity_bus"],
  items: [
    item(
      "engine_bay_leaks",
      "fire",
      "critical",
      "No fuel, oil or coolant leaks in the engine compartment",
      "Нет подтёков топлива, масла, охлаждающей жидкости в моторном отсеке",
      { photo: true },
    ),
    item(
      "wiring_chafe",
      "fire",
      "critical",
      "No chafed, loose or misrouted wiring; power cables clear of the sump and hot parts",
      "Нет перетёртой, ослабленной или неправильно проложенной проводки; силовые кабели не касаются картера и горячих деталей",
      { photo: true },
    ),
    item(
      "heat_shields",
      "fire",
      "critical",
      "Heat shields present and fixed over exhaust and turbocharger",
      "Теплозащитные экраны выпуска и турбокомпрессора на месте и закреплены",
    ),
    item(
      "engine_bay_clean",
      "fire",
      "major",
      "Engine compartment clean: no oil-soaked dirt or debris near exhaust and turbo",
      "Моторный отсек чистый: нет замасленной грязи и мусора у выпуска и турбины",
      { comment: true },
    ),
    item(
      "fire_suppression",
      "fire",
      "critical",
      "Fire detection and suppression system ready, no fault shown",
      "Система обнаружения и тушения пожара в готовности, неисправностей нет",
    ),
    item(
      "extinguishers",
      "fire",
      "critical",
      "Two fire extinguishers (at least 2 kg each) present, sealed, in date",
      "Два огнетушителя (не менее 2 кг каждый) на месте, опломбированы, срок не истёк",
    ),
    item(
      "warning_lights",
      "fire",
      "critical",
      "No warning lights, no smell of burning or fuel after start-up",
      "После пуска нет контрольных ламп неисправности, запаха гари или топлива",
    ),
    item(
      "fuel_lines_turbo",
      "leaks",
      "critical",
      "Fuel lines and connections near turbo and manifold intact, no spray marks",
      "Топливопроводы и соединения у турбины и коллектора целы, нет следов распыления",
      { powertrains: COMBUSTION, photo: true },
    ),
    item(
      "exhaust_turbo_brackets",
      "leaks",
      "major",
      "Exhaust and turbo: no leaks, brackets intact",
      "Выпуск и турбина: нет прорывов газов, кронштейны целы",
      { powertrains: COMBUSTION, comment: true },
    ),
    item(
      "cng_leak_check",
      "gas",
      "critical",
      "No gas smell; leak check at cylinders, lines and connections passed",
      "Нет запаха газа; проверка герметичности баллонов, трубопроводов и соединений пройдена",
      { powertrains: ["cng"], photo: true },
    ),
    item(
      "cng_cylinder_mounts",
      "gas",
      "critical",
      "Gas cylinder mounts and shields secure and undamaged",
      "Крепления и защитные кожухи газовых баллонов надёжны и не повреждены",
      { powertrains: ["cng"] },
    ),
    item(
      "cng_high_pressure_lines",
      "gas",
      "critical",
      "High-pressure gas lines undamaged",
      "Трубопроводы высокого давления не повреждены",
      { powertrains: ["cng"] },
    ),
    item(
      "cng_pressure_gauge",
      "gas",
      "major",
      "Gas pressure gauge reads normally",
      "Манометр показывает нормальное давление газа",
      { powertrains: ["cng"], comment: true },
    ),
    item(
      "cng_requalification",
      "gas",
      "major",
      "Cylinder passport: requalification date not passed",
      "Паспорт баллонов: срок переосвидетельствования не истёк",
      { powertrains: ["cng"], comment: true },
    ),
    item(
      "hv_cables",
      "high_voltage",
      "critical",
      "High-voltage (orange) cables and connectors undamaged",
      "Высоковольтные (оранжевые) кабели и разъёмы не повреждены",
      { powertrains: ELECTRIC, photo: true },
    ),
    item(
      "hv_insulation_warning",
      "high_voltage",
      "critical",
      "No insulation-fault warning on the dashboard",
      "На панели нет сигнала о нарушении изоляции",
      { powertrains: ELECTRIC },
    ),
    item(
      "charging_socket",
      "high_voltage",
      "major",
      "Charging socket and flap undamaged",
      "Зарядный разъём и лючок не повреждены",
      { powertrains: ["battery_electric"], comment: true },
    ),
    item(
      "battery_coolant",
      "high_voltage",
      "major",
      "Battery cooling circuit coolant level within marks",
      "Уровень жидкости в контуре охлаждения батареи в норме",
      { powertrains: ["battery_electric"], comment: true },
    ),
    item(
      "hv_disconnect",
      "high_voltage",
      "major",
      "HV service disconnect accessible and sealed",
      "Сервисный разъединитель ВВ доступен и опломбирован",
      { powertrains: ELECTRIC, comment: true },
    ),
    item(
      "service_brakes",
      "brakes",
      "critical",
      "Service brakes: pedal feel and air-pressure build-up normal",
      "Рабочая тормозная система: ход педали и набор давления воздуха в норме",
    ),
    item(
      "parking_brake",
      "brakes",
      "critical",
      "Parking brake holds",
      "Стояночный тормоз удерживает",
    ),
    item(
      "steering",
      "steering",
      "critical",
      "Steering: no excessive play, power steering works",
      "Рулевое управление: люфт в норме, усилитель работает",
    ),
    item(
      "tyres_wheel_nuts",
      "wheels",
      "critical",
      "Tyres: tread and sidewalls sound; all wheel nuts present, indicators aligned",
      "Шины: протектор и боковины в норме; все гайки колёс на месте, указатели совпадают",
      { photo: true },
    ),
    item(
      "doors_emergency_exits",
      "passenger_safety",
      "critical",
      "Doors and emergency exits open; hammers and exit signs in place",
      "Двери и аварийные выходы открываются; молотки и знаки на месте",
    ),
    item(
      "lights",
      "lights",
      "major",
      "Headlights, indicators, brake and hazard lights work",
      "Фары, указатели поворота, стоп-сигналы и аварийная сигнализация работают",
      { comment: true },
    ),
    item(
      "horn_wipers_mirrors",
      "visibility",
      "major",
      "Horn, wipers and washer, mirrors",
      "Звуковой сигнал, стеклоочистители и омыватель, зеркала",
      { comment: true },
    ),
    item(
      "tachograph_glonass",
      "equipment",
      "major",
      "Tachograph, satellite navigation and ERA-GLONASS units work",
      "Тахограф, спутниковая навигация и ЭРА-ГЛОНАСС работают",
      { comment: true },
    ),
    item(
      "body_floor",
      "body",
      "major",
      "No through-corrosion of the body, floor intact",
      "Нет сквозной коррозии кузова, пол не разрушен",
      { comment: true, photo: true },
    ),
    item(
      "seat_belts",
      "passenger_safety",
      "major",
      "Seat belts where fitted work",
      "Ремни безопасности, где установлены, исправны",
      { comment: true },
    ),
    item(
      "first_aid_kit",
      "equipment",
      "minor",
      "First-aid kit present and in date",
      "Аптечка на месте, срок годности не истёк",
    ),
    item(
      "wheel_chocks",
      "equipment",
      "minor",
      "Wheel chocks present",
      "Противооткатные упоры на месте",
    ),
  ],
};

export const MACHINERY_DAILY: TemplateDefinition = {
  key: "machinery-daily",
  name: { en: "Tractor and harvester daily check", ru: "Ежесменный осмотр трактора и комбайна" },
  vehicleTypes: ["tractor", "combine_harvester"],
  items: [
    item(
      "crop_debris",
      "fire",
      "critical",
      "No chaff, straw or dust built up on the engine, exhaust and bearings",
      "Нет скопления половы, соломы и пыли на двигателе, выпуске и подшипниках",
      { photo: true },
    ),
    item("fuel_leaks", "leaks", "critical", "No fuel leaks", "Нет подтёков топлива"),
    item(
      "hydraulic_leaks",
      "leaks",
      "critical",
      "No hydraulic oil leaks; hoses undamaged",
      "Нет подтёков гидравлического масла; шланги целы",
      { photo: true },
    ),
    item(
      "extinguisher",
      "fire",
      "critical",
      "Fire extinguisher present, sealed, in date",
      "Огнетушитель на месте, опломбирован, срок не истёк",
    ),
    item(
      "brakes",
      "brakes",
      "critical",
      "Brakes work, both pedals coupled for road travel",
      "Тормоза исправны, педали сблокированы для движения по дорогам",
    ),
    item(
      "steering",
      "steering",
      "critical",
      "Steering: no excessive play",
      "Рулевое управление: люфт в норме",
    ),
    item(
      "guards",
      "machine_safety",
      "critical",
      "PTO and moving-part guards in place",
      "Ограждения ВОМ и движущихся частей на месте",
    ),
    item(
      "engine_oil_coolant",
      "engine",
      "major",
      "Engine oil and coolant levels within marks",
      "Уровни моторного масла и охлаждающей жидкости в норме",
      { comment: true },
    ),
    item(
      "belts_chains",
      "drive",
      "major",
      "Belts and chains tensioned and undamaged",
      "Ремни и цепи натянуты и не повреждены",
      { comment: true },
    ),
    item(
      "tyres_tracks",
      "wheels",
      "major",
      "Tyres or tracks undamaged, pressures normal",
      "Шины или гусеницы не повреждены, давление в норме",
      { comment: true },
    ),
    item(
      "lights_beacon",
      "lights",
      "major",
      "Road lights and amber beacon work",
      "Дорожные фары и проблесковый маячок работают",
      { comment: true },
    ),
    item(
      "cab_rops_seatbelt",
      "operator_safety",
      "major",
      "Cab, rollover frame and seat belt sound",
      "Кабина, каркас безопасности и ремень исправны",
      { comment: true },
    ),
    item(
      "air_filter",
      "engine",
      "minor",
      "Air filter indicator clear",
      "Индикатор засорённости воздушного фильтра в норме",
    ),
  ],
};

export const BUILT_IN_TEMPLATES: TemplateDefinition[] = [CITY_BUS_PRE_SHIFT, MACHINERY_DAILY];

/** The items of a template that apply to a vehicle with this powertrain. */
export function itemsFor(items: TemplateItem[], powertrain: Powertrain): TemplateItem[] {
  return items.filter((i) => i.powertrains.length === 0 || i.powertrains.includes(powertrain));
}
