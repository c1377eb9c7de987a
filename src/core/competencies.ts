/**
 * Competencies: what a person must be certified for to sign off a kind of work. Each
 * maintenance task, each built-in checklist item (core/inspection-templates.ts) and each
 * defect category (for items that name none) names the competencies its sign-off needs.
 * The built-in list follows the systems DOMAIN.md singles out: CNG fuel systems
 * (FMVSS 304, NGV2), high-voltage systems (the GATRA audit found no HV maintenance
 * because checklists did not separate low and high voltage), brakes and steering,
 * and the fire causes of §2 (leaks, wiring, suppression).
 */
export interface CompetencyDefinition {
  key: string;
  name: { en: string; ru: string };
}

export const BUILT_IN_COMPETENCIES: readonly CompetencyDefinition[] = [
  { key: "general_service", name: { en: "General service", ru: "Общее техническое обслуживание" } },
  { key: "brakes", name: { en: "Brake systems", ru: "Тормозные системы" } },
  { key: "steering", name: { en: "Steering and suspension", ru: "Рулевое управление и подвеска" } },
  {
    key: "engine_fuel",
    name: { en: "Engine, fuel and exhaust systems", ru: "Двигатель, топливная система и выпуск" },
  },
  {
    key: "cng_fuel_system",
    name: { en: "CNG fuel system", ru: "Газобаллонное оборудование (КПГ)" },
  },
  {
    key: "high_voltage",
    name: { en: "High-voltage systems", ru: "Высоковольтные системы" },
  },
  {
    key: "electrical_lv",
    name: { en: "Low-voltage electrical systems", ru: "Низковольтное электрооборудование" },
  },
  {
    key: "fire_safety",
    name: {
      en: "Fire detection and suppression",
      ru: "Системы обнаружения и тушения пожара",
    },
  },
  // Pre-trip control (issue #11): the controller's qualification (Mintrans order No. 282 of
  // 31 Jul 2020) and the medical worker's, each recorded as a certificate.
  {
    key: "pretrip_technical_control",
    name: {
      en: "Pre-trip technical control of vehicles",
      ru: "Контроль технического состояния транспортных средств",
    },
  },
  {
    key: "pretrip_medical_examination",
    name: {
      en: "Pre-trip medical examination of drivers",
      ru: "Предрейсовые медицинские осмотры водителей",
    },
  },
  {
    key: "agri_machinery",
    name: { en: "Agricultural machinery", ru: "Сельскохозяйственная техника" },
  },
  // Issue #12: per checklist item. A tachograph is repaired and calibrated only by a
  // registered workshop (Mintrans order No. 440 of 28 Oct 2020); CNG cylinders are
  // requalified by an authorised body (ТР ТС 018/2011 §9.8, UN R110).
  {
    key: "tachograph_workshop",
    name: { en: "Tachograph workshop", ru: "Мастерская по обслуживанию тахографов" },
  },
  {
    key: "cng_cylinder_testing",
    name: {
      en: "CNG cylinder requalification",
      ru: "Переосвидетельствование газовых баллонов (КПГ)",
    },
  },
];

/**
 * Which competencies signing off a defect of each checklist category needs (the
 * categories of core/inspection-templates.ts). A category not listed needs general
 * service. Fire-risk items need both the system's specialist and fire safety, since a
 * leak or a chafed cable is how buses burn (DOMAIN.md §2).
 */
export const DEFECT_CATEGORY_COMPETENCIES: Readonly<Record<string, readonly string[]>> = {
  fire: ["fire_safety"],
  leaks: ["engine_fuel"],
  engine: ["engine_fuel"],
  gas: ["cng_fuel_system"],
  high_voltage: ["high_voltage"],
  brakes: ["brakes"],
  steering: ["steering"],
  wheels: ["general_service"],
  lights: ["electrical_lv"],
  // A tractor's or combine's hydraulic leak is the machine specialist's, not the engine's.
  hydraulic_leaks: ["agri_machinery"],
  machine_safety: ["agri_machinery"],
};

export const DEFAULT_DEFECT_COMPETENCIES: readonly string[] = ["general_service"];

/** Defect categories that can start a fire (DOMAIN.md §2), highlighted in reports. */
export const FIRE_RISK_CATEGORIES: readonly string[] = [
  "fire",
  "leaks",
  "hydraulic_leaks",
  "gas",
  "high_voltage",
];

export function competenciesForDefectCategory(category: string): readonly string[] {
  return DEFECT_CATEGORY_COMPETENCIES[category] ?? DEFAULT_DEFECT_COMPETENCIES;
}
