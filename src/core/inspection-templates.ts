/**
 * Pre-shift checklists. Each item says what to look at (its label, worded as the pass
 * condition), what a failure is called (its fault, worded for a defect list or release
 * board), how serious a failure is, and whether a failure needs a comment or a photo.
 * Items may apply only to some powertrains, so one city-bus template serves diesel, CNG
 * and battery-electric buses.
 *
 * Sources (the domain notes, DOMAIN.md): Mintrans order No. 9 of 15 Jan 2021 and Government
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
  /**
   * The item named as a fault ("Gas smell at the cylinders…"), for a defect list or a
   * release board; `label` is the pass condition. Every built-in item has one; an
   * organisation's own items, and built-in versions stored before it existed, may not.
   */
  fault?: { en: string; ru: string };
}

/** A built-in item: its fault wording is always written. */
export interface BuiltInTemplateItem extends TemplateItem {
  fault: { en: string; ru: string };
}

export interface TemplateDefinition {
  key: string;
  name: { en: string; ru: string };
  vehicleTypes: VehicleType[];
  items: BuiltInTemplateItem[];
}

function item(
  key: string,
  category: string,
  severity: Severity,
  en: string,
  ru: string,
  options: {
    fault: { en: string; ru: string };
    comment?: boolean;
    photo?: boolean;
    powertrains?: Powertrain[];
  },
): BuiltInTemplateItem {
  return {
    key,
    category,
    label: { en, ru },
    severity,
    // A critical failure always needs words: the mechanic must know what was seen.
    failNeedsComment: options.comment ?? severity === "critical",
    failNeedsPhoto: options.photo ?? false,
    powertrains: options.powertrains ?? [],
    fault: options.fault,
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
      {
        fault: {
          en: "Fuel, oil or coolant leak in the engine compartment",
          ru: "Подтёки топлива, масла или охлаждающей жидкости в моторном отсеке",
        },
        photo: true,
      },
    ),
    item(
      "wiring_chafe",
      "fire",
      "critical",
      "No chafed, loose or misrouted wiring; power cables clear of the sump and hot parts",
      "Нет перетёртой, ослабленной или неправильно проложенной проводки; силовые кабели не касаются картера и горячих деталей",
      {
        fault: {
          en: "Chafed, loose or misrouted wiring; power cable touching the sump or hot parts",
          ru: "Перетёртая, ослабленная или неправильно проложенная проводка; силовой кабель касается картера или горячих деталей",
        },
        photo: true,
      },
    ),
    item(
      "heat_shields",
      "fire",
      "critical",
      "Heat shields present and fixed over exhaust and turbocharger",
      "Теплозащитные экраны выпуска и турбокомпрессора на месте и закреплены",
      {
        fault: {
          en: "Heat shield missing or loose on the exhaust or turbocharger",
          ru: "Теплозащитный экран выпуска или турбокомпрессора отсутствует или не закреплён",
        },
      },
    ),
    item(
      "engine_bay_clean",
      "fire",
      "major",
      "Engine compartment clean: no oil-soaked dirt or debris near exhaust and turbo",
      "Моторный отсек чистый: нет замасленной грязи и мусора у выпуска и турбины",
      {
        fault: {
          en: "Engine compartment dirty: oil-soaked dirt or debris near the exhaust or turbo",
          ru: "Моторный отсек загрязнён: замасленная грязь или мусор у выпуска или турбины",
        },
        comment: true,
      },
    ),
    item(
      "fire_suppression",
      "fire",
      "critical",
      "Fire detection and suppression system ready, no fault shown",
      "Система обнаружения и тушения пожара в готовности, неисправностей нет",
      {
        fault: {
          en: "Fire suppression system not ready or showing a fault",
          ru: "Система пожаротушения не в готовности или показывает неисправность",
        },
      },
    ),
    item(
      "extinguishers",
      "fire",
      "critical",
      "Two fire extinguishers (at least 2 kg each) present, sealed, in date",
      "Два огнетушителя (не менее 2 кг каждый) на месте, опломбированы, срок не истёк",
      {
        fault: {
          en: "Fire extinguisher missing, unsealed or out of date",
          ru: "Огнетушитель отсутствует, не опломбирован или просрочен",
        },
      },
    ),
    item(
      "warning_lights",
      "fire",
      "critical",
      "No warning lights, no smell of burning or fuel after start-up",
      "После пуска нет контрольных ламп неисправности, запаха гари или топлива",
      {
        fault: {
          en: "Warning light on, or smell of burning or fuel after start-up",
          ru: "После пуска горит контрольная лампа неисправности, запах гари или топлива",
        },
      },
    ),
    item(
      "fuel_lines_turbo",
      "leaks",
      "critical",
      "Fuel lines and connections near turbo and manifold intact, no spray marks",
      "Топливопроводы и соединения у турбины и коллектора целы, нет следов распыления",
      {
        fault: {
          en: "Fuel line or connection damaged near the turbo or manifold, or spray marks",
          ru: "Повреждён топливопровод или соединение у турбины или коллектора, следы распыления топлива",
        },
        powertrains: COMBUSTION,
        photo: true,
      },
    ),
    item(
      "exhaust_turbo_brackets",
      "leaks",
      "major",
      "Exhaust and turbo: no leaks, brackets intact",
      "Выпуск и турбина: нет прорывов газов, кронштейны целы",
      {
        fault: {
          en: "Exhaust or turbo leak, or broken bracket",
          ru: "Прорыв газов в выпуске или турбине либо сломан кронштейн",
        },
        powertrains: COMBUSTION,
        comment: true,
      },
    ),
    item(
      "cng_leak_check",
      "gas",
      "critical",
      "No gas smell; leak check at cylinders, lines and connections passed",
      "Нет запаха газа; проверка герметичности баллонов, трубопроводов и соединений пройдена",
      {
        fault: {
          en: "Gas smell or leak at the cylinders, lines or fittings",
          ru: "Запах газа или негерметичность баллонов, трубопроводов или арматуры",
        },
        powertrains: ["cng"],
        photo: true,
      },
    ),
    item(
      "cng_cylinder_mounts",
      "gas",
      "critical",
      "Gas cylinder mounts and shields secure and undamaged",
      "Крепления и защитные кожухи газовых баллонов надёжны и не повреждены",
      {
        fault: {
          en: "Gas cylinder mount or shield loose or damaged",
          ru: "Крепление или защитный кожух газового баллона ослаблены или повреждены",
        },
        powertrains: ["cng"],
      },
    ),
    item(
      "cng_high_pressure_lines",
      "gas",
      "critical",
      "High-pressure gas lines undamaged",
      "Трубопроводы высокого давления не повреждены",
      {
        fault: {
          en: "High-pressure gas line damaged",
          ru: "Повреждён газовый трубопровод высокого давления",
        },
        powertrains: ["cng"],
      },
    ),
    item(
      "cng_pressure_gauge",
      "gas",
      "major",
      "Gas pressure gauge reads normally",
      "Манометр показывает нормальное давление газа",
      {
        fault: {
          en: "Gas pressure gauge faulty or pressure out of range",
          ru: "Манометр газа неисправен или давление не в норме",
        },
        powertrains: ["cng"],
        comment: true,
      },
    ),
    item(
      "cng_requalification",
      "gas",
      "major",
      "Cylinder passport: requalification date not passed",
      "Паспорт баллонов: срок переосвидетельствования не истёк",
      {
        fault: {
          en: "Gas cylinder requalification overdue",
          ru: "Истёк срок переосвидетельствования газовых баллонов",
        },
        powertrains: ["cng"],
        comment: true,
      },
    ),
    item(
      "hv_cables",
      "high_voltage",
      "critical",
      "High-voltage (orange) cables and connectors undamaged",
      "Высоковольтные (оранжевые) кабели и разъёмы не повреждены",
      {
        fault: {
          en: "High-voltage (orange) cable or connector damaged",
          ru: "Повреждён высоковольтный (оранжевый) кабель или разъём",
        },
        powertrains: ELECTRIC,
        photo: true,
      },
    ),
    item(
      "hv_insulation_warning",
      "high_voltage",
      "critical",
      "No insulation-fault warning on the dashboard",
      "На панели нет сигнала о нарушении изоляции",
      {
        fault: {
          en: "Insulation-fault warning on the dashboard",
          ru: "На панели приборов сигнал о нарушении изоляции",
        },
        powertrains: ELECTRIC,
      },
    ),
    item(
      "charging_socket",
      "high_voltage",
      "major",
      "Charging socket and flap undamaged",
      "Зарядный разъём и лючок не повреждены",
      {
        fault: { en: "Charging socket or flap damaged", ru: "Повреждён зарядный разъём или лючок" },
        powertrains: ["battery_electric"],
        comment: true,
      },
    ),
    item(
      "battery_coolant",
      "high_voltage",
      "major",
      "Battery cooling circuit coolant level within marks",
      "Уровень жидкости в контуре охлаждения батареи в норме",
      {
        fault: {
          en: "Battery coolant level outside the marks",
          ru: "Уровень жидкости в контуре охлаждения батареи не в норме",
        },
        powertrains: ["battery_electric"],
        comment: true,
      },
    ),
    item(
      "hv_disconnect",
      "high_voltage",
      "major",
      "HV service disconnect accessible and sealed",
      "Сервисный разъединитель ВВ доступен и опломбирован",
      {
        fault: {
          en: "HV service disconnect blocked or seal broken",
          ru: "Сервисный разъединитель ВВ недоступен или нарушена пломба",
        },
        powertrains: ELECTRIC,
        comment: true,
      },
    ),
    item(
      "service_brakes",
      "brakes",
      "critical",
      "Service brakes: pedal feel and air-pressure build-up normal",
      "Рабочая тормозная система: ход педали и набор давления воздуха в норме",
      {
        fault: {
          en: "Service brakes faulty: abnormal pedal feel or slow air-pressure build-up",
          ru: "Неисправна рабочая тормозная система: ход педали или набор давления воздуха не в норме",
        },
      },
    ),
    item(
      "parking_brake",
      "brakes",
      "critical",
      "Parking brake holds",
      "Стояночный тормоз удерживает",
      { fault: { en: "Parking brake does not hold", ru: "Стояночный тормоз не удерживает" } },
    ),
    item(
      "steering",
      "steering",
      "critical",
      "Steering: no excessive play, power steering works",
      "Рулевое управление: люфт в норме, усилитель работает",
      {
        fault: {
          en: "Excessive steering play or power steering not working",
          ru: "Люфт рулевого управления выше нормы или не работает усилитель",
        },
      },
    ),
    item(
      "tyres_wheel_nuts",
      "wheels",
      "critical",
      "Tyres: tread and sidewalls sound; all wheel nuts present, indicators aligned",
      "Шины: протектор и боковины в норме; все гайки колёс на месте, указатели совпадают",
      {
        fault: {
          en: "Worn tread or damaged sidewall; wheel nut missing or indicator out of line",
          ru: "Износ протектора или повреждение боковины шины; отсутствует гайка колеса или сместился указатель",
        },
        photo: true,
      },
    ),
    item(
      "doors_emergency_exits",
      "passenger_safety",
      "critical",
      "Doors and emergency exits open; hammers and exit signs in place",
      "Двери и аварийные выходы открываются; молотки и знаки на месте",
      {
        fault: {
          en: "Door or emergency exit does not open; hammer or exit sign missing",
          ru: "Не открывается дверь или аварийный выход; отсутствует молоток или знак",
        },
      },
    ),
    item(
      "lights",
      "lights",
      "major",
      "Headlights, indicators, brake and hazard lights work",
      "Фары, указатели поворота, стоп-сигналы и аварийная сигнализация работают",
      {
        fault: {
          en: "Headlight, indicator, brake or hazard light not working",
          ru: "Не работает фара, указатель поворота, стоп-сигнал или аварийная сигнализация",
        },
        comment: true,
      },
    ),
    item(
      "horn_wipers_mirrors",
      "visibility",
      "major",
      "Horn, wipers and washer, mirrors",
      "Звуковой сигнал, стеклоочистители и омыватель, зеркала",
      {
        fault: {
          en: "Horn, wiper or washer faulty; mirror damaged or missing",
          ru: "Неисправен звуковой сигнал, стеклоочиститель или омыватель; зеркало повреждено или отсутствует",
        },
        comment: true,
      },
    ),
    item(
      "tachograph_glonass",
      "equipment",
      "major",
      "Tachograph, satellite navigation and ERA-GLONASS units work",
      "Тахограф, спутниковая навигация и ЭРА-ГЛОНАСС работают",
      {
        fault: {
          en: "Tachograph, satellite navigation or ERA-GLONASS unit not working",
          ru: "Не работает тахограф, спутниковая навигация или ЭРА-ГЛОНАСС",
        },
        comment: true,
      },
    ),
    item(
      "body_floor",
      "body",
      "major",
      "No through-corrosion of the body, floor intact",
      "Нет сквозной коррозии кузова, пол не разрушен",
      {
        fault: {
          en: "Through-corrosion of the body or damaged floor",
          ru: "Сквозная коррозия кузова или разрушение пола",
        },
        comment: true,
        photo: true,
      },
    ),
    item(
      "seat_belts",
      "passenger_safety",
      "major",
      "Seat belts where fitted work",
      "Ремни безопасности, где установлены, исправны",
      { fault: { en: "Seat belt faulty", ru: "Неисправен ремень безопасности" }, comment: true },
    ),
    item(
      "first_aid_kit",
      "equipment",
      "minor",
      "First-aid kit present and in date",
      "Аптечка на месте, срок годности не истёк",
      {
        fault: {
          en: "First-aid kit missing or out of date",
          ru: "Аптечка отсутствует или просрочена",
        },
      },
    ),
    item(
      "wheel_chocks",
      "equipment",
      "minor",
      "Wheel chocks present",
      "Противооткатные упоры на месте",
      { fault: { en: "Wheel chocks missing", ru: "Отсутствуют противооткатные упоры" } },
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
      {
        fault: {
          en: "Chaff, straw or dust built up on the engine, exhaust or bearings",
          ru: "Скопление половы, соломы или пыли на двигателе, выпуске или подшипниках",
        },
        photo: true,
      },
    ),
    item("fuel_leaks", "leaks", "critical", "No fuel leaks", "Нет подтёков топлива", {
      fault: { en: "Fuel leak", ru: "Подтекание топлива" },
    }),
    item(
      "hydraulic_leaks",
      "leaks",
      "critical",
      "No hydraulic oil leaks; hoses undamaged",
      "Нет подтёков гидравлического масла; шланги целы",
      {
        fault: {
          en: "Hydraulic oil leak or damaged hose",
          ru: "Подтекание гидравлического масла или повреждён шланг",
        },
        photo: true,
      },
    ),
    item(
      "extinguisher",
      "fire",
      "critical",
      "Fire extinguisher present, sealed, in date",
      "Огнетушитель на месте, опломбирован, срок не истёк",
      {
        fault: {
          en: "Fire extinguisher missing, unsealed or out of date",
          ru: "Огнетушитель отсутствует, не опломбирован или просрочен",
        },
      },
    ),
    item(
      "brakes",
      "brakes",
      "critical",
      "Brakes work, both pedals coupled for road travel",
      "Тормоза исправны, педали сблокированы для движения по дорогам",
      {
        fault: {
          en: "Brakes faulty, or pedals not coupled for road travel",
          ru: "Тормоза неисправны или педали не сблокированы для движения по дорогам",
        },
      },
    ),
    item(
      "steering",
      "steering",
      "critical",
      "Steering: no excessive play",
      "Рулевое управление: люфт в норме",
      { fault: { en: "Excessive steering play", ru: "Люфт рулевого управления выше нормы" } },
    ),
    item(
      "guards",
      "machine_safety",
      "critical",
      "PTO and moving-part guards in place",
      "Ограждения ВОМ и движущихся частей на месте",
      {
        fault: {
          en: "PTO or moving-part guard missing",
          ru: "Отсутствует ограждение ВОМ или движущихся частей",
        },
      },
    ),
    item(
      "engine_oil_coolant",
      "engine",
      "major",
      "Engine oil and coolant levels within marks",
      "Уровни моторного масла и охлаждающей жидкости в норме",
      {
        fault: {
          en: "Engine oil or coolant level outside the marks",
          ru: "Уровень моторного масла или охлаждающей жидкости не в норме",
        },
        comment: true,
      },
    ),
    item(
      "belts_chains",
      "drive",
      "major",
      "Belts and chains tensioned and undamaged",
      "Ремни и цепи натянуты и не повреждены",
      {
        fault: {
          en: "Belt or chain slack or damaged",
          ru: "Слабое натяжение или повреждение ремня или цепи",
        },
        comment: true,
      },
    ),
    item(
      "tyres_tracks",
      "wheels",
      "major",
      "Tyres or tracks undamaged, pressures normal",
      "Шины или гусеницы не повреждены, давление в норме",
      {
        fault: {
          en: "Tyre or track damaged, or tyre pressure wrong",
          ru: "Повреждение шины или гусеницы либо давление в шинах не в норме",
        },
        comment: true,
      },
    ),
    item(
      "lights_beacon",
      "lights",
      "major",
      "Road lights and amber beacon work",
      "Дорожные фары и проблесковый маячок работают",
      {
        fault: {
          en: "Road light or amber beacon not working",
          ru: "Не работает дорожная фара или проблесковый маячок",
        },
        comment: true,
      },
    ),
    item(
      "cab_rops_seatbelt",
      "operator_safety",
      "major",
      "Cab, rollover frame and seat belt sound",
      "Кабина, каркас безопасности и ремень исправны",
      {
        fault: {
          en: "Cab or rollover frame damaged, or seat belt faulty",
          ru: "Повреждена кабина или каркас безопасности либо неисправен ремень",
        },
        comment: true,
      },
    ),
    item(
      "air_filter",
      "engine",
      "minor",
      "Air filter indicator clear",
      "Индикатор засорённости воздушного фильтра в норме",
      {
        fault: {
          en: "Air filter clogged (indicator showing)",
          ru: "Воздушный фильтр засорён (сработал индикатор)",
        },
      },
    ),
  ],
};

export const BUILT_IN_TEMPLATES: TemplateDefinition[] = [CITY_BUS_PRE_SHIFT, MACHINERY_DAILY];

/** The items of a template that apply to a vehicle with this powertrain. */
export function itemsFor(items: TemplateItem[], powertrain: Powertrain): TemplateItem[] {
  return items.filter((i) => i.powertrains.length === 0 || i.powertrains.includes(powertrain));
}

/**
 * The fault wording of a built-in item, looked up by item key across the built-in
 * templates; null for a key no built-in template has (an organisation's own items carry
 * no fault wording). A key used by more than one built-in template ("steering") gives
 * the first template's wording unless `templateKey` names the template.
 */
export function faultOf(itemKey: string, templateKey?: string): { en: string; ru: string } | null {
  for (const template of BUILT_IN_TEMPLATES) {
    if (templateKey !== undefined && template.key !== templateKey) continue;
    const found = template.items.find((i) => i.key === itemKey);
    if (found) return { ...found.fault };
  }
  return null;
}
