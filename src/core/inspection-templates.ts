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
  /**
   * A failure forbids operation (Government decree No. 837 of 27 May 2023, list of faults):
   * the defect holds the vehicle and no one may release it, whatever the severity.
   * Absent (an organisation's copy stored before the flag existed): false.
   */
  forbidsOperation?: boolean;
  /**
   * The competencies signing off the repair of this item's defect needs. Absent (an
   * organisation's own items, older copies): those of the item's category.
   */
  competencies?: string[];
  /**
   * A value the driver measures and enters with the answer: `tyre_tread_mm`, the
   * shallowest tread depth in millimetres and the tyres fitted (core/tyres.ts).
   */
  measurement?: "tyre_tread_mm";
  /** Empty or absent: every vehicle type of the template. */
  vehicleTypes?: VehicleType[];
}

/** A built-in item: its fault wording, competencies and operation flag are always written. */
export interface BuiltInTemplateItem extends TemplateItem {
  fault: { en: string; ru: string };
  competencies: string[];
  forbidsOperation: boolean;
  /**
   * Where the item comes from, as a short citation ("fleethub assumption" when no source
   * backs it). Documentation only (docs/built-in-content.md): it is not stored with a
   * template version (modules/inspections/templates.ts leaves it out).
   */
  source: string;
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
    source: string;
    fault: { en: string; ru: string };
    competencies: string[];
    forbidsOperation?: boolean;
    measurement?: "tyre_tread_mm";
    vehicleTypes?: VehicleType[];
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
    competencies: options.competencies,
    forbidsOperation: options.forbidsOperation ?? false,
    source: options.source,
    ...(options.measurement ? { measurement: options.measurement } : {}),
    ...(options.vehicleTypes ? { vehicleTypes: options.vehicleTypes } : {}),
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
        source: "DOMAIN.md §2 (bus-fire studies)",
        competencies: ["engine_fuel", "fire_safety"],
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
        source: "DOMAIN.md §2 (bus-fire studies)",
        competencies: ["electrical_lv", "fire_safety"],
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
        source: "DOMAIN.md §2 (bus-fire studies); DOMAIN.md §1",
        competencies: ["engine_fuel", "fire_safety"],
        fault: {
          en: "Heat shield missing or loose on the exhaust or turbocharger",
          ru: "Теплозащитный экран выпуска или турбокомпрессора отсутствует или не закреплён",
        },
        // Exhaust and turbo items are for diesel and hybrid buses only (DOMAIN.md §1,
        // "Diesel: … exhaust and turbo area"); a CNG bus has its gas items instead.
        powertrains: COMBUSTION,
      },
    ),
    item(
      "engine_bay_clean",
      "fire",
      "major",
      "Engine compartment clean: no oil-soaked dirt or debris near hot parts",
      "Моторный отсек чистый: нет замасленной грязи и мусора у горячих деталей",
      {
        source: "fleethub assumption",
        // Cleaning is general service: it needs no fire-safety certificate.
        competencies: ["general_service"],
        fault: {
          en: "Engine compartment dirty: oil-soaked dirt or debris near hot parts",
          ru: "Моторный отсек загрязнён: замасленная грязь или мусор у горячих деталей",
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
        source: "DOMAIN.md §2 (bus-fire studies); UNECE R107",
        competencies: ["fire_safety"],
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
        source: "Mintrans order No. 9 of 15 Jan 2021; Government decree No. 837 of 27 May 2023",
        competencies: ["fire_safety"],
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
        source: "fleethub assumption",
        competencies: ["electrical_lv", "fire_safety"],
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
        source: "DOMAIN.md §2 (bus-fire studies)",
        competencies: ["engine_fuel", "fire_safety"],
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
        source: "DOMAIN.md §2 (bus-fire studies)",
        competencies: ["engine_fuel"],
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
        source: "DOMAIN.md §1 (CNG: UN R110, ТР ТС 018/2011 §9.8)",
        competencies: ["cng_fuel_system", "fire_safety"],
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
        source: "DOMAIN.md §1 (CNG: UN R110, ТР ТС 018/2011 §9.8)",
        competencies: ["cng_fuel_system"],
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
        source: "DOMAIN.md §1 (CNG: UN R110, ТР ТС 018/2011 §9.8)",
        competencies: ["cng_fuel_system"],
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
        source: "DOMAIN.md §1 (CNG: UN R110, ТР ТС 018/2011 §9.8)",
        competencies: ["cng_fuel_system"],
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
        source: "DOMAIN.md §1 (CNG: UN R110, ТР ТС 018/2011 §9.8)",
        competencies: ["cng_cylinder_testing"],
        forbidsOperation: true,
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
        source: "DOMAIN.md §1 (battery-electric)",
        competencies: ["high_voltage"],
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
        source: "DOMAIN.md §1 (battery-electric)",
        competencies: ["high_voltage"],
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
        source: "DOMAIN.md §1 (battery-electric)",
        competencies: ["high_voltage"],
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
        source: "DOMAIN.md §1 (battery-electric)",
        competencies: ["high_voltage"],
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
        source: "DOMAIN.md §1 (battery-electric)",
        competencies: ["high_voltage"],
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
        source: "Mintrans order No. 9 of 15 Jan 2021; Government decree No. 837 of 27 May 2023",
        competencies: ["brakes"],
        forbidsOperation: true,
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
      {
        source: "Mintrans order No. 9 of 15 Jan 2021; Government decree No. 837 of 27 May 2023",
        competencies: ["brakes"],
        forbidsOperation: true,
        fault: { en: "Parking brake does not hold", ru: "Стояночный тормоз не удерживает" },
      },
    ),
    item(
      "steering",
      "steering",
      "critical",
      "Steering: no excessive play, power steering works",
      "Рулевое управление: люфт в норме, усилитель работает",
      {
        source: "Mintrans order No. 9 of 15 Jan 2021; Government decree No. 837 of 27 May 2023",
        competencies: ["steering"],
        forbidsOperation: true,
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
      "Tyres: no cuts, bulges or exposed cord; all wheel nuts present, indicators aligned",
      "Шины: нет порезов, вздутий, оголённого корда; все гайки колёс на месте, указатели совпадают",
      {
        source: "Government decree No. 837 of 27 May 2023, section 5",
        // Decree No. 837, section 5: tyre damage exposing the cord, a missing wheel nut.
        competencies: ["general_service"],
        forbidsOperation: true,
        fault: {
          en: "Damaged tyre (cut, bulge or exposed cord); wheel nut missing or indicator out of line",
          ru: "Повреждение шины (порез, вздутие, оголённый корд); отсутствует гайка колеса или сместился указатель",
        },
        photo: true,
      },
    ),
    item(
      "tyre_tread",
      "wheels",
      "critical",
      "Tyre tread above the legal minimum (enter the shallowest depth, mm) and tyres right for the season",
      "Протектор шин выше допустимого минимума (введите наименьшую глубину, мм), шины по сезону",
      {
        source: "Government decree No. 837 of 27 May 2023, item 5.4",
        // Decree No. 837, item 5.4: 2 mm or less forbids an M2/M3 bus; winter tyres on
        // every wheel in December–February, no studs in June–August (core/tyres.ts). The
        // server fails the item from the value entered, whatever the answer.
        competencies: ["general_service"],
        forbidsOperation: true,
        measurement: "tyre_tread_mm",
        fault: {
          en: "Tyre tread at or below the legal minimum, or tyres wrong for the season",
          ru: "Протектор шин на пределе допустимого износа или ниже, либо шины не по сезону",
        },
      },
    ),
    item(
      "doors_emergency_exits",
      "passenger_safety",
      "critical",
      "Doors and emergency exits open; hammers and exit signs in place",
      "Двери и аварийные выходы открываются; молотки и знаки на месте",
      {
        source: "fleethub assumption",
        competencies: ["general_service"],
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
        source: "Mintrans order No. 9 of 15 Jan 2021; Government decree No. 837 of 27 May 2023",
        competencies: ["electrical_lv"],
        forbidsOperation: true,
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
        source: "Government decree No. 837 of 27 May 2023; 49 CFR 396.11",
        competencies: ["electrical_lv"],
        forbidsOperation: true,
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
        source: "Mintrans order No. 9 of 15 Jan 2021; Government decree No. 837 of 27 May 2023",
        competencies: ["tachograph_workshop"],
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
        source: "Mintrans order No. 9 of 15 Jan 2021; Government decree No. 837 of 27 May 2023",
        competencies: ["general_service"],
        forbidsOperation: true,
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
      {
        source: "Mintrans order No. 9 of 15 Jan 2021; Government decree No. 837 of 27 May 2023",
        competencies: ["general_service"],
        forbidsOperation: true,
        fault: { en: "Seat belt faulty", ru: "Неисправен ремень безопасности" },
        comment: true,
      },
    ),
    // Decree No. 837: an ABS warning lamp that stays on forbids operation.
    item(
      "abs_warning_lamp",
      "brakes",
      "major",
      "ABS warning lamp goes out after start-up",
      "Сигнализатор неисправности АБС гаснет после пуска",
      {
        source: "Government decree No. 837 of 27 May 2023",
        competencies: ["brakes", "electrical_lv"],
        forbidsOperation: true,
        fault: {
          en: "ABS warning lamp stays on",
          ru: "Горит сигнализатор неисправности АБС",
        },
        comment: true,
      },
    ),
    // Decree No. 837: a power-steering fluid leak forbids operation.
    item(
      "power_steering_leak",
      "steering",
      "major",
      "No power-steering fluid leaks at the pump, hoses and steering box",
      "Нет подтекания жидкости гидроусилителя руля у насоса, шлангов и рулевого механизма",
      {
        source: "Government decree No. 837 of 27 May 2023",
        competencies: ["steering"],
        forbidsOperation: true,
        fault: {
          en: "Power-steering fluid leak",
          ru: "Подтекание жидкости из гидроусилителя руля",
        },
        comment: true,
        photo: true,
      },
    ),
    // Mintrans order No. 9 (completeness) and decree No. 837: emergency stop sign on board.
    item(
      "warning_triangle",
      "equipment",
      "minor",
      "Warning triangle on board",
      "Знак аварийной остановки на месте",
      {
        source: "Mintrans order No. 9 of 15 Jan 2021; Government decree No. 837 of 27 May 2023",
        competencies: ["general_service"],
        fault: { en: "Warning triangle missing", ru: "Отсутствует знак аварийной остановки" },
      },
    ),
    // ТР ТС 018/2011 §9.8: a gas bus carries the "КПГ" marking.
    item(
      "cng_marking",
      "gas",
      "minor",
      'Identification marking "КПГ" (CNG) present and legible',
      "Опознавательный знак «КПГ» на месте и читается",
      {
        source: "ТР ТС 018/2011 §9.8",
        competencies: ["cng_fuel_system"],
        fault: {
          en: 'Identification marking "КПГ" (CNG) missing or illegible',
          ru: "Опознавательный знак «КПГ» отсутствует или не читается",
        },
        powertrains: ["cng"],
      },
    ),
    // DVSA Guide to maintaining roadworthiness, PSV walkaround: windscreen and glass.
    item(
      "windscreen_glass",
      "visibility",
      "major",
      "Windscreen and windows: no cracks in the driver's view, clean, not obscured",
      "Ветровое стекло и окна: нет трещин в зоне обзора водителя, чистые, не закрыты",
      {
        source: "DVSA PSV walkaround",
        competencies: ["general_service"],
        fault: {
          en: "Windscreen cracked in the driver's view, or glass damaged or obscured",
          ru: "Трещина ветрового стекла в зоне обзора водителя, стекло повреждено или закрыто",
        },
        comment: true,
        photo: true,
      },
    ),
    // DVSA PSV walkaround: speedometer; speed limiter.
    item("speedometer", "equipment", "major", "Speedometer works", "Спидометр работает", {
      source: "DVSA PSV walkaround",
      competencies: ["electrical_lv"],
      fault: { en: "Speedometer not working", ru: "Не работает спидометр" },
      comment: true,
    }),
    item(
      "speed_limiter",
      "equipment",
      "major",
      "Speed limiter plate present, no limiter fault shown",
      "Табличка ограничителя скорости на месте, сигнала неисправности ограничителя нет",
      {
        source: "DVSA PSV walkaround",
        competencies: ["tachograph_workshop"],
        fault: {
          en: "Speed limiter fault shown or plate missing",
          ru: "Сигнал неисправности ограничителя скорости или нет таблички",
        },
        comment: true,
      },
    ),
    // DVSA PSV walkaround: number plates and reflectors.
    item(
      "plates_reflectors",
      "lights",
      "major",
      "Number plates clean, legible and lit; reflectors present",
      "Номерные знаки чистые, читаются и освещены; световозвращатели на месте",
      {
        source: "DVSA PSV walkaround",
        competencies: ["general_service"],
        fault: {
          en: "Number plate dirty, illegible or unlit; reflector missing",
          ru: "Номерной знак грязный, не читается или не освещён; отсутствует световозвращатель",
        },
        comment: true,
      },
    ),
    // DVSA PSV walkaround: fuel tank and cap (liquid fuel only).
    item(
      "fuel_tank_cap",
      "leaks",
      "major",
      "Fuel tank secure, cap closed and sealed, no leak",
      "Топливный бак закреплён, крышка закрыта и герметична, подтёков нет",
      {
        source: "DVSA PSV walkaround",
        competencies: ["engine_fuel", "fire_safety"],
        fault: {
          en: "Fuel tank loose, cap missing or not sealing, or leaking",
          ru: "Топливный бак не закреплён, крышка отсутствует или негерметична, подтекание",
        },
        powertrains: COMBUSTION,
        comment: true,
      },
    ),
    // DVSA PSV walkaround: AdBlue level and no warning (diesel exhaust after-treatment).
    item(
      "adblue",
      "engine",
      "minor",
      "AdBlue level sufficient, no AdBlue warning",
      "Уровень AdBlue достаточен, нет предупреждения AdBlue",
      {
        source: "DVSA PSV walkaround",
        competencies: ["engine_fuel"],
        fault: {
          en: "AdBlue low or AdBlue warning shown",
          ru: "Низкий уровень AdBlue или предупреждение AdBlue",
        },
        powertrains: COMBUSTION,
      },
    ),
    // DVSA PSV walkaround: route/destination display.
    item(
      "route_display",
      "passenger_info",
      "minor",
      "Route and destination displays work and show the right route",
      "Маршрутные указатели работают и показывают правильный маршрут",
      {
        source: "DVSA PSV walkaround",
        competencies: ["electrical_lv"],
        fault: {
          en: "Route or destination display not working or wrong",
          ru: "Маршрутный указатель не работает или показывает неверно",
        },
      },
    ),
    // City buses (DVSA PSV walkaround, accessibility equipment; Russian city-bus practice).
    item(
      "wheelchair_ramp",
      "passenger_safety",
      "major",
      "Wheelchair ramp or lift deploys and stows; interlock works",
      "Аппарель или подъёмник для инвалидных колясок выдвигается и убирается; блокировка работает",
      {
        source: "DVSA PSV walkaround (accessibility equipment); Russian city-bus practice",
        competencies: ["general_service"],
        fault: {
          en: "Wheelchair ramp or lift does not deploy or stow, or interlock faulty",
          ru: "Аппарель или подъёмник для колясок не выдвигается или не убирается, неисправна блокировка",
        },
        vehicleTypes: ["city_bus"],
        comment: true,
      },
    ),
    item(
      "interior_lighting",
      "lights",
      "minor",
      "Passenger compartment lighting works",
      "Освещение салона работает",
      {
        source: "fleethub assumption",
        competencies: ["electrical_lv"],
        fault: {
          en: "Passenger compartment lighting not working",
          ru: "Не работает освещение салона",
        },
        vehicleTypes: ["city_bus"],
      },
    ),
    item(
      "passenger_call_buttons",
      "passenger_info",
      "minor",
      "Passenger stop-request and call buttons work",
      "Кнопки вызова и требования остановки в салоне работают",
      {
        source: "fleethub assumption",
        competencies: ["electrical_lv"],
        fault: {
          en: "Passenger stop-request or call button not working",
          ru: "Не работает кнопка вызова или требования остановки в салоне",
        },
        vehicleTypes: ["city_bus"],
      },
    ),
    item(
      "first_aid_kit",
      "equipment",
      "minor",
      "First-aid kit present and in date",
      "Аптечка на месте, срок годности не истёк",
      {
        source: "Mintrans order No. 9 of 15 Jan 2021; Government decree No. 837 of 27 May 2023",
        competencies: ["general_service"],
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
      {
        source: "Mintrans order No. 9 of 15 Jan 2021; Government decree No. 837 of 27 May 2023",
        competencies: ["general_service"],
        fault: { en: "Wheel chocks missing", ru: "Отсутствуют противооткатные упоры" },
      },
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
        source: "fleethub assumption",
        competencies: ["agri_machinery"],
        fault: {
          en: "Chaff, straw or dust built up on the engine, exhaust or bearings",
          ru: "Скопление половы, соломы или пыли на двигателе, выпуске или подшипниках",
        },
        photo: true,
      },
    ),
    item("fuel_leaks", "leaks", "critical", "No fuel leaks", "Нет подтёков топлива", {
      source: "fleethub assumption",
      competencies: ["engine_fuel"],
      fault: { en: "Fuel leak", ru: "Подтекание топлива" },
    }),
    item(
      "hydraulic_leaks",
      // Its own category: a hydraulic leak is the machine specialist's, not the engine's.
      "hydraulic_leaks",
      "critical",
      "No hydraulic oil leaks; hoses undamaged",
      "Нет подтёков гидравлического масла; шланги целы",
      {
        source: "fleethub assumption",
        competencies: ["agri_machinery"],
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
        source: "fleethub assumption",
        competencies: ["fire_safety"],
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
        source: "fleethub assumption",
        competencies: ["brakes"],
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
      {
        source: "fleethub assumption",
        competencies: ["steering"],
        fault: { en: "Excessive steering play", ru: "Люфт рулевого управления выше нормы" },
      },
    ),
    item(
      "guards",
      "machine_safety",
      "critical",
      "PTO and moving-part guards in place",
      "Ограждения ВОМ и движущихся частей на месте",
      {
        source: "fleethub assumption",
        competencies: ["agri_machinery"],
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
        source: "fleethub assumption",
        competencies: ["engine_fuel"],
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
        source: "fleethub assumption",
        competencies: ["agri_machinery"],
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
        source: "fleethub assumption",
        competencies: ["agri_machinery"],
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
        source: "fleethub assumption",
        competencies: ["electrical_lv"],
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
        source: "fleethub assumption",
        competencies: ["agri_machinery"],
        fault: {
          en: "Cab or rollover frame damaged, or seat belt faulty",
          ru: "Повреждена кабина или каркас безопасности либо неисправен ремень",
        },
        comment: true,
      },
    ),
    // Fire rules of the Russian Federation (Government decree No. 1479 of 16 Sep 2020),
    // harvesting: tractors and combines in the fields carry spark arresters and fire-fighting
    // equipment (section number not verified here).
    item(
      "spark_arrester",
      "fire",
      "critical",
      "Spark arrester fitted on the exhaust, intact and clean",
      "Искрогаситель на выпуске установлен, цел и очищен",
      {
        source: "Government decree No. 1479 of 16 Sep 2020 (fire rules; section not verified)",
        competencies: ["agri_machinery", "fire_safety"],
        fault: {
          en: "Spark arrester missing, damaged or clogged",
          ru: "Искрогаситель отсутствует, повреждён или засорён",
        },
      },
    ),
    item(
      "harvest_fire_kit",
      "fire",
      "major",
      "Harvest-season fire kit on board: second extinguisher, shovel, swatter",
      "Противопожарный инвентарь на период уборки на месте: второй огнетушитель, лопата, метла-хлопушка",
      {
        source: "Government decree No. 1479 of 16 Sep 2020 (fire rules; section not verified)",
        competencies: ["general_service"],
        fault: {
          en: "Harvest-season fire kit incomplete",
          ru: "Противопожарный инвентарь на период уборки не укомплектован",
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
        source: "fleethub assumption",
        competencies: ["engine_fuel"],
        fault: {
          en: "Air filter clogged (indicator showing)",
          ru: "Воздушный фильтр засорён (сработал индикатор)",
        },
      },
    ),
  ],
};

/**
 * A mining haul (dump) truck's pre-shift walkaround. Sources: US MSHA 30 CFR 56.14100
 * (self-propelled mobile equipment examined before use each shift, defects affecting
 * safety corrected before use), 56.14101 (brakes), 56.14132 (horn and reversing alarm),
 * 56.14130 (seat belts), 56.4230 (fire extinguishers on self-propelled equipment), 56.11001
 * (safe access); Rostekhnadzor's mining safety rules (order No. 505 of 8 Dec 2020) for the
 * same checks before a shift. Fire suppression: the bus-fire reasoning of DOMAIN.md §2
 * applies to engine bays full of hydraulic and fuel lines.
 */
export const HAUL_TRUCK_PRE_SHIFT: TemplateDefinition = {
  key: "haul-truck-pre-shift",
  name: { en: "Haul truck pre-shift check", ru: "Предсменный осмотр карьерного самосвала" },
  vehicleTypes: ["mining_dump_truck"],
  items: [
    item(
      "service_brakes_retarder",
      "brakes",
      "critical",
      "Service brakes and retarder work; brake test on the ramp passed",
      "Рабочие тормоза и замедлитель работают; проверка тормозов на уклоне пройдена",
      {
        source: "MSHA 30 CFR 56.14101",
        competencies: ["brakes"],
        forbidsOperation: true,
        fault: {
          en: "Service brakes or retarder faulty, or brake test failed",
          ru: "Неисправны рабочие тормоза или замедлитель, проверка тормозов не пройдена",
        },
      },
    ),
    item(
      "parking_emergency_brake",
      "brakes",
      "critical",
      "Parking and emergency brakes hold",
      "Стояночный и аварийный тормоза удерживают",
      {
        source: "MSHA 30 CFR 56.14101",
        competencies: ["brakes"],
        forbidsOperation: true,
        fault: {
          en: "Parking or emergency brake does not hold",
          ru: "Стояночный или аварийный тормоз не удерживает",
        },
      },
    ),
    item(
      "steering",
      "steering",
      "critical",
      "Steering: no excessive play, secondary steering test passed",
      "Рулевое управление: люфт в норме, проверка аварийного рулевого управления пройдена",
      {
        source: "MSHA 30 CFR 56.14100",
        competencies: ["steering"],
        forbidsOperation: true,
        fault: {
          en: "Excessive steering play or secondary steering test failed",
          ru: "Люфт рулевого управления выше нормы или не пройдена проверка аварийного руля",
        },
      },
    ),
    item(
      "tyres_rims",
      "wheels",
      "critical",
      "Tyres: no cuts to the cord, bulges or low pressure; rims, lock rings and nuts intact",
      "Шины: нет порезов до корда, вздутий, низкого давления; диски, замочные кольца и гайки целы",
      {
        source: "MSHA 30 CFR 56.14100",
        competencies: ["general_service"],
        forbidsOperation: true,
        fault: {
          en: "Tyre cut to the cord, bulged or under-inflated; rim, lock ring or nut damaged",
          ru: "Порез шины до корда, вздутие или низкое давление; повреждён диск, замочное кольцо или гайка",
        },
        photo: true,
      },
    ),
    item(
      "lights_horn_reversing_alarm",
      "lights",
      "critical",
      "Lights, horn and reversing alarm work",
      "Фары, звуковой сигнал и сигнал заднего хода работают",
      {
        source: "MSHA 30 CFR 56.14132",
        competencies: ["electrical_lv"],
        forbidsOperation: true,
        fault: {
          en: "Light, horn or reversing alarm not working",
          ru: "Не работает фара, звуковой сигнал или сигнал заднего хода",
        },
      },
    ),
    item(
      "fire_suppression",
      "fire",
      "critical",
      "Fire-suppression system charged, no fault shown, actuators accessible",
      "Система пожаротушения заряжена, неисправностей нет, пусковые устройства доступны",
      {
        source: "DOMAIN.md §2 (bus-fire reasoning)",
        competencies: ["fire_safety"],
        fault: {
          en: "Fire-suppression system discharged, showing a fault or actuator blocked",
          ru: "Система пожаротушения разряжена, показывает неисправность или пуск недоступен",
        },
      },
    ),
    item(
      "leaks",
      "leaks",
      "critical",
      "No fuel, hydraulic, oil or coolant leaks; hoses undamaged",
      "Нет подтёков топлива, гидравлической жидкости, масла, охлаждающей жидкости; шланги целы",
      {
        source: "MSHA 30 CFR 56.14100",
        competencies: ["engine_fuel", "fire_safety"],
        fault: {
          en: "Fuel, hydraulic, oil or coolant leak, or damaged hose",
          ru: "Подтекание топлива, гидравлической жидкости, масла или охлаждающей жидкости, повреждён шланг",
        },
        photo: true,
      },
    ),
    item(
      "access_ladders_handrails",
      "operator_safety",
      "major",
      "Access ladders, handrails and walkways secure and clear",
      "Лестницы, поручни и площадки обслуживания закреплены и свободны",
      {
        source: "MSHA 30 CFR 56.11001",
        competencies: ["general_service"],
        fault: {
          en: "Access ladder, handrail or walkway damaged, loose or obstructed",
          ru: "Лестница, поручень или площадка повреждены, ослаблены или загромождены",
        },
        comment: true,
      },
    ),
    item(
      "seat_belt",
      "operator_safety",
      "critical",
      "Operator's seat belt works",
      "Ремень безопасности водителя исправен",
      {
        source: "MSHA 30 CFR 56.14130",
        competencies: ["general_service"],
        forbidsOperation: true,
        fault: { en: "Operator's seat belt faulty", ru: "Неисправен ремень безопасности водителя" },
      },
    ),
    item(
      "extinguisher",
      "fire",
      "critical",
      "Fire extinguisher present, sealed, in date",
      "Огнетушитель на месте, опломбирован, срок не истёк",
      {
        source: "MSHA 30 CFR 56.4230",
        competencies: ["fire_safety"],
        fault: {
          en: "Fire extinguisher missing, unsealed or out of date",
          ru: "Огнетушитель отсутствует, не опломбирован или просрочен",
        },
      },
    ),
  ],
};

export const BUILT_IN_TEMPLATES: TemplateDefinition[] = [
  CITY_BUS_PRE_SHIFT,
  MACHINERY_DAILY,
  HAUL_TRUCK_PRE_SHIFT,
];

/** The items of a template that apply to a vehicle with this powertrain (and type). */
export function itemsFor(
  items: TemplateItem[],
  powertrain: Powertrain,
  vehicleType?: VehicleType,
): TemplateItem[] {
  return items.filter(
    (i) =>
      (i.powertrains.length === 0 || i.powertrains.includes(powertrain)) &&
      (vehicleType === undefined ||
        !i.vehicleTypes?.length ||
        i.vehicleTypes.includes(vehicleType)),
  );
}

/**
 * A built-in item as the code defines it now, by template and item key; null for an
 * organisation's own template or a key no built-in has.
 */
export function builtInItem(templateKey: string, itemKey: string): BuiltInTemplateItem | null {
  const template = BUILT_IN_TEMPLATES.find((t) => t.key === templateKey);
  return template?.items.find((i) => i.key === itemKey) ?? null;
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
