/**
 * The words of an export read by a person (issue #14): the column headers and the values
 * of enumerations in English and Russian, and how dates, numbers and yes/no are written
 * for each. The wording follows the web UI's message files (web/src/i18n/ru.ts,
 * web/src/reports/messages.ts), so a file reads like the page it was downloaded from.
 * Integrations keep the stable machine headers (`?format=machine`, server/export-format.ts).
 */
export type ExportLocale = "en" | "ru";
type Words = Readonly<Record<ExportLocale, string>>;

/** Header of each machine column name, as a person reads it. */
export const EXPORT_HEADERS: Readonly<Record<string, Words>> = {
  // Inspections and defects
  inspection_id: { en: "Inspection ID", ru: "ID осмотра" },
  submitted_at: { en: "Submitted (UTC)", ru: "Отправлен (UTC)" },
  shift_start: { en: "Shift start (UTC)", ru: "Начало смены (UTC)" },
  organisation: { en: "Organisation", ru: "Организация" },
  fleet_number: { en: "Fleet number", ru: "Гар. №" },
  registration_plate: { en: "Registration plate", ru: "Госномер" },
  vehicle_model: { en: "Vehicle model", ru: "Модель ТС" },
  vin_or_serial: { en: "VIN / serial number", ru: "VIN / зав. №" },
  depot: { en: "Depot", ru: "Депо" },
  checklist: { en: "Checklist", ru: "Чек-лист" },
  odometer_km: { en: "Odometer, km", ru: "Пробег по одометру, км" },
  engine_hours: { en: "Engine hours", ru: "Моточасы" },
  result: { en: "Result", ru: "Результат" },
  failed_items: { en: "Failed items", ru: "Неисправные пункты" },
  not_applicable_items: { en: "Not applicable items", ru: "Неприменимые пункты" },
  signed_by: { en: "Signed by", ru: "Подписал(а)" },
  comments: { en: "Comments", ru: "Комментарии" },
  corrects_inspection_id: { en: "Corrects inspection ID", ru: "Исправляет осмотр (ID)" },
  defect_id: { en: "Defect ID", ru: "ID неисправности" },
  opened_at: { en: "Opened (UTC)", ru: "Выявлена (UTC)" },
  item: { en: "Checklist item", ru: "Пункт чек-листа" },
  category: { en: "Category", ru: "Категория" },
  severity: { en: "Severity", ru: "Важность" },
  description: { en: "Description", ru: "Неисправность" },
  status: { en: "Status", ru: "Состояние" },
  certified_by: { en: "Certified by", ru: "Подтвердил(а) ремонт" },
  resolved_at: { en: "Resolved (UTC)", ru: "Устранена (UTC)" },
  reviewed_by: { en: "Reviewed by", ru: "Проверил(а)" },
  reviewed_at: { en: "Reviewed (UTC)", ru: "Проверено (UTC)" },
  // Vehicles
  vin: { en: "VIN", ru: "VIN" },
  serial_number: { en: "Serial number", ru: "Зав. №" },
  maker: { en: "Maker", ru: "Производитель" },
  model: { en: "Model", ru: "Модель" },
  powertrain: { en: "Powertrain", ru: "Силовая установка" },
  in_service_date: { en: "In service since", ru: "В эксплуатации с" },
  // Pre-trip journal
  controlled_at_local: { en: "Controlled (local time)", ru: "Время контроля (местное)" },
  controlled_at_utc: { en: "Controlled (UTC)", ru: "Время контроля (UTC)" },
  shift_start_utc: { en: "Shift start (UTC)", ru: "Начало смены (UTC)" },
  driver: { en: "Driver", ru: "Водитель" },
  controller: { en: "Controller", ru: "Контролёр" },
  signature: { en: "Signature", ru: "Подпись" },
  notes: { en: "Notes", ru: "Примечания" },
  // Reports
  agreementId: { en: "Agreement ID", ru: "ID соглашения" },
  operatorId: { en: "Operator ID", ru: "ID перевозчика" },
  operatorName: { en: "Operator", ru: "Перевозчик" },
  hubId: { en: "Hub ID", ru: "ID сервисного центра" },
  hubName: { en: "Hub", ru: "Сервисный центр" },
  responseHours: { en: "Response target, h", ru: "Срок реакции, ч" },
  resolutionHours: { en: "Resolution target, h", ru: "Срок устранения, ч" },
  requests: { en: "Requests", ru: "Заявки" },
  respondedWithinTarget: { en: "Responded in time", ru: "Реакция в срок" },
  responseMissed: { en: "Response late", ru: "Реакция с опозданием" },
  resolvedWithinTarget: { en: "Resolved in time", ru: "Устранено в срок" },
  resolutionMissed: { en: "Resolved late", ru: "Устранено с опозданием" },
  openPastTarget: { en: "Open past target", ru: "Открыто сверх срока" },
  declined: { en: "Declined", ru: "Отклонено" },
  cancelled: { en: "Cancelled", ru: "Отменено" },
  level: { en: "Level", ru: "Уровень" },
  organisationId: { en: "Organisation ID", ru: "ID организации" },
  organisationName: { en: "Organisation", ru: "Организация" },
  depotId: { en: "Depot ID", ru: "ID депо" },
  depotName: { en: "Depot", ru: "Депо" },
  vehicles: { en: "Vehicles", ru: "ТС" },
  vehicleDays: { en: "Vehicle-days", ru: "Машино-дни" },
  unavailableDays: { en: "Days unavailable", ru: "Дни простоя" },
  availableDays: { en: "Days available", ru: "Дни готовности" },
  availability: { en: "Availability (share)", ru: "Коэффициент готовности" },
  week: { en: "Week (Monday)", ru: "Неделя (понедельник)" },
  checks: { en: "Checks", ru: "Осмотры" },
  flaggedChecks: { en: "Flagged checks", ru: "Осмотры с отметками" },
  flaggedShare: { en: "Flagged share", ru: "Доля с отметками" },
  tooFast: { en: "Too fast", ru: "Слишком быстро" },
  notAtDepot: { en: "Not at the depot", ru: "Не в депо" },
  clock: { en: "Phone clock", ru: "Часы телефона" },
  evidence: { en: "Evidence missing", ru: "Нет подтверждений" },
  personId: { en: "Person ID", ru: "ID сотрудника" },
  personName: { en: "Person", ru: "Сотрудник" },
  medianSeconds: { en: "Median time, s", ru: "Медианное время, с" },
  faultsReported: { en: "Faults reported", ru: "Отмечено неисправностей" },
  faultsPer100Checks: { en: "Faults per 100 checks", ru: "Неисправностей на 100 осмотров" },
  neverFinds: { en: "Never finds faults", ru: "Никогда не находит неисправностей" },
  fireRisk: { en: "Fire risk", ru: "Пожароопасно" },
  defects: { en: "Defects", ru: "Неисправности" },
  unresolved: { en: "Unresolved", ru: "Не устранены" },
  regionId: { en: "Region ID", ru: "ID региона" },
  regionName: { en: "Region", ru: "Регион" },
  country: { en: "Country", ru: "Страна" },
  year: { en: "Year", ru: "Год" },
  modelId: { en: "Model ID", ru: "ID модели" },
  vehicleType: { en: "Vehicle type", ru: "Тип ТС" },
  meter: { en: "Meter", ru: "Счётчик" },
  distanceKm: { en: "Distance, km", ru: "Пробег, км" },
  engineHours: { en: "Engine hours", ru: "Моточасы" },
  failures: { en: "Failures", ru: "Отказы" },
  kmBetweenFailures: { en: "Km between failures", ru: "Пробег на отказ, км" },
  hoursBetweenFailures: { en: "Hours between failures", ru: "Моточасов на отказ" },
  overdueTasks: { en: "Overdue tasks", ru: "Просроченные работы" },
  safetyCriticalOverdueTasks: {
    en: "Overdue safety-critical tasks",
    ru: "Просроченные работы, важные для безопасности",
  },
  vehiclesOverdue: { en: "Vehicles overdue", ru: "ТС с просрочкой" },
  vehiclesSafetyCriticalOverdue: {
    en: "Vehicles with safety-critical overdue",
    ru: "ТС с просрочкой работ, важных для безопасности",
  },
  kind: { en: "Kind", ru: "Вид" },
  role: { en: "Role", ru: "Роль" },
  competency: { en: "Competency key", ru: "Код допуска" },
  competencyNameEn: { en: "Competency (English)", ru: "Допуск (англ.)" },
  competencyNameRu: { en: "Competency (Russian)", ru: "Допуск" },
  headcount: { en: "Headcount", ru: "Численность" },
  certified: { en: "Certified", ru: "С допуском" },
  coverage: { en: "Coverage (share)", ru: "Охват (доля)" },
  expiringSoon: { en: "Expiring soon", ru: "Истекают скоро" },
  expiringWithinDays: { en: "Expiring within, days", ru: "Истекают в течение, дней" },
  open: { en: "Open", ru: "Открыто" },
  age0To2Days: { en: "0–2 days", ru: "0–2 дня" },
  age3To7Days: { en: "3–7 days", ru: "3–7 дней" },
  age8To30Days: { en: "8–30 days", ru: "8–30 дней" },
  ageOver30Days: { en: "Over 30 days", ru: "Более 30 дней" },
  oldestWorkOrderId: { en: "Oldest work order ID", ru: "ID самого старого наряда" },
  oldestWorkOrderNumber: { en: "Oldest work order No.", ru: "№ самого старого наряда" },
  oldestOpenedAt: { en: "Oldest opened (UTC)", ru: "Самый старый открыт (UTC)" },
  oldestAgeDays: { en: "Oldest age, days", ru: "Возраст самого старого, дней" },
};

/**
 * The sheet of each export's workbook (`?format=xlsx`), named as its page names it
 * (web/src/reports/messages.ts for the reports), within Excel's 31 characters.
 */
export const EXPORT_SHEETS: Readonly<Record<string, Words>> = {
  inspections: { en: "Inspections", ru: "Осмотры" },
  defects: { en: "Defects", ru: "Неисправности" },
  vehicles: { en: "Vehicles", ru: "Транспортные средства" },
  "pretrip-journal": { en: "Pre-trip control journal", ru: "Журнал предрейсового контроля" },
  "overdue-maintenance": { en: "Overdue maintenance", ru: "Просроченное ТО" },
  availability: { en: "Fleet availability", ru: "Готовность парка" },
  mkbf: { en: "Km between failures", ru: "Пробег между отказами" },
  "defects-by-category": { en: "Defects by category", ru: "Неисправности по категориям" },
  "work-order-backlog": { en: "Work-order backlog", ru: "Незакрытые заказ-наряды" },
  "training-coverage": { en: "Training coverage", ru: "Охват обучением" },
  "agreement-targets": { en: "Agreement targets", ru: "Сроки договоров обслуживания" },
  deliveries: { en: "Deliveries", ru: "Поставки машин" },
  "check-proof": { en: "How checks were made", ru: "Как проводились осмотры" },
  "check-flags-weekly": { en: "Flagged checks by week", ru: "Осмотры под сомнением" },
};

/** The name of an export's sheet in the person's language; its key when it has none. */
export function exportSheetName(key: string, locale: ExportLocale): string {
  return EXPORT_SHEETS[key]?.[locale] ?? key;
}

/** The enumerations an export writes as words, each value in both languages. */
export const EXPORT_ENUMS = {
  inspectionResult: {
    pass: { en: "passed", ru: "исправен" },
    fail: { en: "failed", ru: "неисправен" },
  },
  controlResult: {
    passed: { en: "passed", ru: "пройден" },
    "not passed": { en: "not passed", ru: "не пройден" },
  },
  severity: {
    critical: { en: "critical", ru: "критично" },
    major: { en: "major", ru: "существенно" },
    minor: { en: "minor", ru: "незначительно" },
  },
  defectStatus: {
    open: { en: "open", ru: "открыта" },
    in_repair: { en: "in repair", ru: "в ремонте" },
    repaired: { en: "repaired", ru: "устранена" },
    no_repair_needed: { en: "no repair needed", ru: "ремонт не требуется" },
  },
  vehicleStatus: {
    active: { en: "active", ru: "в работе" },
    in_repair: { en: "in repair", ru: "в ремонте" },
    out_of_service: { en: "out of service", ru: "выведено из эксплуатации" },
    retired: { en: "retired", ru: "списано" },
  },
  powertrain: {
    diesel: { en: "diesel", ru: "дизель" },
    cng: { en: "CNG", ru: "КПГ" },
    battery_electric: { en: "battery electric", ru: "электро" },
    hybrid: { en: "hybrid", ru: "гибрид" },
  },
  defectCategory: {
    fire: { en: "fire safety", ru: "пожарная безопасность" },
    gas: { en: "gas system", ru: "газовая система" },
    high_voltage: { en: "high voltage", ru: "высокое напряжение" },
    brakes: { en: "brakes", ru: "тормоза" },
    steering: { en: "steering", ru: "рулевое управление" },
    wheels: { en: "wheels and tyres", ru: "колёса и шины" },
    lights: { en: "lights", ru: "световые приборы" },
    leaks: { en: "leaks", ru: "подтёки" },
    engine: { en: "engine", ru: "двигатель" },
    visibility: { en: "visibility", ru: "обзорность" },
    body: { en: "body", ru: "кузов" },
    equipment: { en: "equipment", ru: "оснащение" },
    passenger_safety: { en: "passenger safety", ru: "безопасность пассажиров" },
    operator_safety: { en: "operator safety", ru: "безопасность оператора" },
    machine_safety: { en: "machine safety", ru: "безопасность машины" },
    other: { en: "other", ru: "прочее" },
  },
  availabilityLevel: {
    operator: { en: "whole operator", ru: "весь перевозчик" },
    depot: { en: "depot", ru: "депо" },
  },
  vehicleType: {
    city_bus: { en: "city bus", ru: "городской автобус" },
    intercity_bus: { en: "intercity bus", ru: "междугородный автобус" },
    tractor: { en: "tractor", ru: "трактор" },
    combine_harvester: { en: "combine harvester", ru: "зерноуборочный комбайн" },
    mining_dump_truck: { en: "mining dump truck", ru: "карьерный самосвал" },
    other: { en: "other", ru: "прочее" },
  },
  lengthClass: {
    up_to_8m: { en: "up to 8 m", ru: "до 8 м" },
    "8_to_10_5m": { en: "8–10.5 m", ru: "8–10,5 м" },
    "10_5_to_13m": { en: "10.5–13 m", ru: "10,5–13 м" },
    articulated_18m: { en: "articulated, 18 m", ru: "сочленённый, 18 м" },
    not_applicable: { en: "not applicable", ru: "не применимо" },
  },
  meter: {
    odometer_km: { en: "odometer, km", ru: "одометр, км" },
    engine_hours: { en: "engine hours", ru: "моточасы" },
  },
  organisationKind: {
    operator: { en: "operator", ru: "перевозчик" },
    hub: { en: "service hub", ru: "сервисный центр" },
  },
  role: {
    mechanic: { en: "mechanic", ru: "механик" },
    hub_technician: { en: "hub technician", ru: "техник сервисного центра" },
  },
  workOrderStatus: {
    requested: { en: "requested", ru: "запрошен" },
    scheduled: { en: "scheduled", ru: "запланирован" },
    in_progress: { en: "in progress", ru: "в работе" },
  },
} as const satisfies Record<string, Record<string, Words>>;
export type ExportEnum = keyof typeof EXPORT_ENUMS;

/** How a column's cells are written for a person. */
export type ColumnKind =
  | "text"
  /** A timestamp (a Date or an ISO 8601 string), written as the locale reads it, in UTC. */
  | "datetime"
  /** A calendar day "YYYY-MM-DD", written as the locale reads it. */
  | "date"
  | { enum: ExportEnum };

export interface ExportColumn {
  /** The stable machine header (what `?format=machine` writes). */
  key: string;
  kind?: ColumnKind;
  /** Written only for a person: a name beside an id that integrations never had. */
  personOnly?: boolean;
}

export function exportHeader(key: string, locale: ExportLocale): string {
  return EXPORT_HEADERS[key]?.[locale] ?? key;
}

/** An enumeration's value in words; a value the dictionary does not know is kept as it is. */
export function enumWord(name: ExportEnum, value: string, locale: ExportLocale): string {
  const words: Partial<Record<string, Words>> = EXPORT_ENUMS[name];
  return words[value]?.[locale] ?? value;
}

const LOCALE_TAG: Readonly<Record<ExportLocale, string>> = { en: "en-GB", ru: "ru-RU" };

/**
 * Dates and times as the locale's spreadsheet reads them: Russian Excel takes
 * "03.12.2026 14:05" as a date and time, English (UK) Excel "03/12/2026 14:05". UTC, as
 * the header says.
 */
export function dateTimeWriter(locale: ExportLocale): (value: Date) => string {
  const format = new Intl.DateTimeFormat(LOCALE_TAG[locale], {
    timeZone: "UTC",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  });
  return (value) => format.format(value).replace(",", "");
}

export function dateWriter(locale: ExportLocale): (isoDay: string) => string {
  const format = new Intl.DateTimeFormat(LOCALE_TAG[locale], {
    timeZone: "UTC",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  return (isoDay) => {
    const day = new Date(`${isoDay}T00:00:00Z`);
    return Number.isNaN(day.getTime()) ? isoDay : format.format(day);
  };
}

/**
 * Numbers without thousands separators (a spreadsheet would read "21 225" as text) and
 * with the locale's decimal mark: a comma in Russian, so Russian Excel reads 0,95 as a
 * number.
 */
export function numberWriter(locale: ExportLocale): (value: number) => string {
  const format = new Intl.NumberFormat(LOCALE_TAG[locale], {
    useGrouping: false,
    maximumFractionDigits: 10,
  });
  return (value) => format.format(value);
}

export function booleanWriter(locale: ExportLocale): (value: boolean) => string {
  return locale === "ru" ? (value) => (value ? "да" : "нет") : (value) => (value ? "yes" : "no");
}

/**
 * The machine column a header names: the machine name itself, or its English or Russian
 * header (as a person's export wrote it, perhaps re-saved from Excel). Case and spaces
 * around it do not matter. Null when the header names none of `keys`.
 */
export function columnOfHeader(header: string, keys: readonly string[]): string | null {
  const text = header.trim().toLowerCase();
  for (const key of keys) {
    const words = EXPORT_HEADERS[key];
    if (text === key || text === words?.en.toLowerCase() || text === words?.ru.toLowerCase())
      return key;
  }
  return null;
}

/** An enumeration's raw value from its word in either language, or the text unchanged. */
export function enumValueOfWord(name: ExportEnum, word: string): string {
  const text = word.trim().toLowerCase();
  const words: Readonly<Record<string, Words>> = EXPORT_ENUMS[name];
  for (const [value, names] of Object.entries(words))
    if (text === names.en.toLowerCase() || text === names.ru.toLowerCase()) return value;
  return word;
}

/**
 * A calendar day as a person's export wrote it ("01.05.2022" in Russian, "01/05/2022" in
 * English: day, month, year) as "YYYY-MM-DD"; any other text unchanged.
 */
export function isoDayOfLocalDay(text: string): string {
  const match = /^(\d{2})[./](\d{2})[./](\d{4})$/.exec(text.trim());
  return match ? `${match[3]}-${match[2]}-${match[1]}` : text;
}
