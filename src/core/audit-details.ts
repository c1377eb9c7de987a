/**
 * An audit entry's details as a person reads them (issue #14 items 1 and 5): each stored
 * field named in the reader's language, its value written as a person writes it (yes/no,
 * numbers and dates by `Intl`, a status or kind as its word) instead of the JSON the
 * entry keeps. The JSON itself stays as recorded: the log is evidence, and this is only
 * how it is shown. A repository test (test/repository/audit-detail-names.test.ts) fails
 * when code records a field this list does not name.
 */
import { EXPORT_ENUMS } from "./export-labels.js";
import type { Text, TextLocale } from "./server-text.js";

/** The name of every field an audit entry's details may hold. */
export const AUDIT_DETAIL_NAMES: Record<string, Text> = {
  active: { en: "Active", ru: "Действует" },
  address: { en: "Address", ru: "Адрес" },
  admitted: { en: "Admitted", ru: "Допущен" },
  adoptedBuiltIn: { en: "Built-in version adopted", ru: "Принята встроенная версия" },
  agreementId: { en: "Agreement", ru: "Договор" },
  area: { en: "Area", ru: "Территория" },
  assignedOrganisationId: { en: "Assigned to", ru: "Передан организации" },
  assigneeUserId: { en: "Assignee", ru: "Исполнитель" },
  basedOn: { en: "Based on", ru: "На основе" },
  basedOnId: { en: "Based on", ru: "На основе" },
  batteryKwh: { en: "Battery, kWh", ru: "Батарея, кВт·ч" },
  blocking: { en: "Holds the vehicle", ru: "Блокирует выпуск" },
  cancelledEnrolments: { en: "Enrolments cancelled", ru: "Отменено записей" },
  capacity: { en: "Places", ru: "Мест" },
  certificateId: { en: "Certificate", ru: "Сертификат" },
  cngCylinderType: { en: "CNG cylinder type", ru: "Тип баллонов КПГ" },
  cng_cylinder_type: { en: "CNG cylinder type", ru: "Тип баллонов КПГ" },
  competencies: { en: "Competencies", ru: "Компетенции" },
  competency: { en: "Competency", ru: "Компетенция" },
  competency_keys: { en: "Competencies", ru: "Компетенции" },
  completedAt: { en: "Completed at", ru: "Завершено" },
  completedOn: { en: "Completed on", ru: "Дата выполнения" },
  confirm: { en: "Confirmed by the driver", ru: "Подтверждено водителем" },
  confirmed: { en: "Confirmed", ru: "Подтверждено" },
  count: { en: "Count", ru: "Количество" },
  country: { en: "Country", ru: "Страна" },
  courseId: { en: "Course", ru: "Курс" },
  date: { en: "Date", ru: "Дата" },
  defectId: { en: "Defect", ru: "Неисправность" },
  defects: { en: "Defects", ru: "Неисправности" },
  delta: { en: "Change", ru: "Изменение" },
  depotId: { en: "Depot", ru: "Депо" },
  depot_id: { en: "Depot", ru: "Депо" },
  description: { en: "Description", ru: "Описание" },
  description_ru: { en: "Description (Russian)", ru: "Описание (по-русски)" },
  disabled: { en: "Disabled", ru: "Отключён" },
  driverUserId: { en: "Driver", ru: "Водитель" },
  dueSoonDays: { en: "Due soon, days", ru: "Скоро срок, дней" },
  dueSoonHours: { en: "Due soon, engine hours", ru: "Скоро срок, моточасов" },
  dueSoonKm: { en: "Due soon, km", ru: "Скоро срок, км" },
  email: { en: "Email", ru: "Эл. почта" },
  endsAt: { en: "Ends", ru: "Окончание" },
  expiresOn: { en: "Expires on", ru: "Действует до" },
  fileName: { en: "File", ru: "Файл" },
  flagActions: { en: "Flags acted on", ru: "Решения по отметкам" },
  flags: { en: "Flags", ru: "Отметки" },
  fleetNumber: { en: "Fleet number", ru: "Гаражный номер" },
  fleet_number: { en: "Fleet number", ru: "Гаражный номер" },
  found: { en: "Found", ru: "Выявлено" },
  from: { en: "From", ru: "Из" },
  hours: { en: "Hours", ru: "Часы" },
  hubId: { en: "Hub", ru: "Сервисный центр" },
  inServiceDate: { en: "In service since", ru: "В эксплуатации с" },
  in_service_date: { en: "In service since", ru: "В эксплуатации с" },
  inspectionId: { en: "Inspection", ru: "Осмотр" },
  intervalDays: { en: "Interval, days", ru: "Интервал, дней" },
  intervalHours: { en: "Interval, engine hours", ru: "Интервал, моточасов" },
  intervalKm: { en: "Interval, km", ru: "Интервал, км" },
  issuedOn: { en: "Issued on", ru: "Дата выдачи" },
  key: { en: "Key", ru: "Ключ" },
  kind: { en: "Kind", ru: "Вид" },
  labourId: { en: "Labour entry", ru: "Запись о работе" },
  lengthClass: { en: "Length class", ru: "Класс длины" },
  lengthClasses: { en: "Length classes", ru: "Классы длины" },
  lineId: { en: "Line", ru: "Строка" },
  locale: { en: "Language", ru: "Язык" },
  maintenanceTasks: { en: "Maintenance tasks", ru: "Работы ТО" },
  maker: { en: "Maker", ru: "Производитель" },
  medicalAdmissionId: { en: "Medical admission", ru: "Медицинский допуск" },
  memberships: { en: "Memberships", ru: "Роли в организациях" },
  meter: { en: "Meter", ru: "Счётчик" },
  meterHours: { en: "Engine hours", ru: "Моточасы" },
  meterKm: { en: "Odometer, km", ru: "Пробег, км" },
  meterReadingId: { en: "Meter reading", ru: "Показание счётчика" },
  meterUnconfirmed: { en: "Reading waits for confirmation", ru: "Показание ждёт подтверждения" },
  minimumCheckSeconds: { en: "Shortest check, s", ru: "Минимальная длительность осмотра, с" },
  model: { en: "Model", ru: "Модель" },
  modelId: { en: "Model", ru: "Модель" },
  modelIds: { en: "Models", ru: "Модели" },
  model_id: { en: "Model", ru: "Модель" },
  name: { en: "Name", ru: "Название" },
  note: { en: "Note", ru: "Примечание" },
  notes: { en: "Notes", ru: "Примечания" },
  number: { en: "Number", ru: "Номер" },
  numbers: { en: "Numbers", ru: "Номера" },
  odometerKm: { en: "Odometer, km", ru: "Пробег, км" },
  operatorId: { en: "Operator", ru: "Перевозчик" },
  organisationId: { en: "Organisation", ru: "Организация" },
  organisations: { en: "Organisations", ru: "Организации" },
  overrideId: { en: "Release override", ru: "Разрешение на выпуск" },
  parentId: { en: "Parent organisation", ru: "Вышестоящая организация" },
  partId: { en: "Part", ru: "Запчасть" },
  partNumber: { en: "Part number", ru: "Артикул" },
  passRestAllowed: { en: "'Pass the rest' allowed", ru: "Разрешено «остальное в норме»" },
  passed: { en: "Passed", ru: "Пройден" },
  place: { en: "Place", ru: "Место" },
  policy: { en: "Release policy", ru: "Порядок выпуска" },
  postTripPassed: { en: "Post-trip check passed", ru: "Послерейсовый контроль пройден" },
  powertrain: { en: "Powertrain", ru: "Тип силовой установки" },
  powertrains: { en: "Powertrains", ru: "Типы силовой установки" },
  priority: { en: "Priority", ru: "Приоритет" },
  programme: { en: "Programme", ru: "Программа ТО" },
  programmeKey: { en: "Programme", ru: "Программа ТО" },
  programme_key: { en: "Programme", ru: "Программа ТО" },
  providerId: { en: "Provider", ru: "Исполнитель" },
  qrScanRequired: { en: "QR scan required", ru: "Нужно сканировать QR-код" },
  quantity: { en: "Quantity", ru: "Количество" },
  readAt: { en: "Read at", ru: "Время показания" },
  reason: { en: "Reason", ru: "Причина" },
  reasons: { en: "Reasons", ru: "Причины" },
  regionId: { en: "Region", ru: "Регион" },
  regionIds: { en: "Regions", ru: "Регионы" },
  registrationPlate: { en: "Registration plate", ru: "Госномер" },
  registration_plate: { en: "Registration plate", ru: "Госномер" },
  required: { en: "Required", ru: "Обязательно" },
  resolutionHours: { en: "Resolution target, hours", ru: "Срок выполнения, ч" },
  responseHours: { en: "Response target, hours", ru: "Срок реагирования, ч" },
  returnOdometerKm: { en: "Odometer at return, km", ru: "Пробег при возвращении, км" },
  role: { en: "Role", ru: "Роль" },
  rows: { en: "Rows", ru: "Строк" },
  safetyCritical: { en: "Safety-critical", ru: "Важно для безопасности" },
  scenario: { en: "Scenario", ru: "Сценарий" },
  schedule: { en: "Schedule", ru: "Периодичность" },
  scheduledFor: { en: "Scheduled for", ru: "Запланировано на" },
  serialNumber: { en: "Serial number", ru: "Заводской номер" },
  serial_number: { en: "Serial number", ru: "Заводской номер" },
  serviceRequestId: { en: "Service request", ru: "Заявка" },
  services: { en: "Services", ru: "Услуги" },
  sessionId: { en: "Session", ru: "Занятие" },
  sha256: { en: "SHA-256", ru: "SHA-256" },
  shift: { en: "Shift", ru: "Смена" },
  shiftStart: { en: "Shift start", ru: "Начало смены" },
  shiftStarts: { en: "Shift starts", ru: "Начала смен" },
  signature: { en: "Signed as", ru: "Подпись" },
  sizeBytes: { en: "Size, bytes", ru: "Размер, байт" },
  stage: { en: "Stage", ru: "Этап" },
  startsAt: { en: "Starts", ru: "Начало" },
  status: { en: "Status", ru: "Статус" },
  stockId: { en: "Stock", ru: "Складской остаток" },
  task: { en: "Task", ru: "Работа" },
  taskId: { en: "Task", ru: "Работа" },
  taskKey: { en: "Task", ru: "Работа" },
  task_key: { en: "Task", ru: "Работа" },
  tasks: { en: "Tasks", ru: "Работы" },
  technicalControlId: { en: "Technical control", ru: "Предрейсовый контроль" },
  textChanged: { en: "Text changed", ru: "Текст изменён" },
  timeZone: { en: "Time zone", ru: "Часовой пояс" },
  timetable: { en: "Timetable", ru: "Расписание" },
  title: { en: "Title", ru: "Название" },
  to: { en: "To", ru: "В" },
  today: { en: "Day", ru: "День" },
  tolerancePercent: { en: "Tolerance, %", ru: "Допуск, %" },
  trainerUserId: { en: "Trainer", ru: "Преподаватель" },
  unit: { en: "Unit", ru: "Единица" },
  unitCost: { en: "Unit cost", ru: "Цена за единицу" },
  userId: { en: "User", ru: "Пользователь" },
  users: { en: "Users", ru: "Пользователи" },
  validFrom: { en: "Valid from", ru: "Действует с" },
  validTo: { en: "Valid to", ru: "Действует до" },
  validityMonths: { en: "Valid for, months", ru: "Срок действия, мес." },
  value: { en: "Value", ru: "Значение" },
  vehicleId: { en: "Vehicle", ru: "Транспортное средство" },
  vehicleType: { en: "Vehicle type", ru: "Вид техники" },
  vehicleTypes: { en: "Vehicle types", ru: "Виды техники" },
  version: { en: "Version", ru: "Версия" },
  vin: { en: "VIN", ru: "VIN" },
  withDetails: { en: "With medical details", ru: "С медицинскими сведениями" },
  workDate: { en: "Work date", ru: "Дата работы" },
  workOrderId: { en: "Work order", ru: "Заказ-наряд" },
  workOrdersFromDefects: {
    en: "Work orders from defects",
    ru: "Заказ-наряды по неисправностям",
  },
  workOrdersFromDueTasks: {
    en: "Work orders from due maintenance",
    ru: "Заказ-наряды по наступившему ТО",
  },
  // Fields of the SQL-built entry of a defect's work order (work-orders/from-defects.ts).
  source: { en: "Source", ru: "Источник" },
  // Fields of a nested value: a membership, a schedule, a depot's area, a release reason.
  organisation: { en: "Organisation", ru: "Организация" },
  includes: { en: "Includes", ru: "Включает" },
  km: { en: "km", ru: "км" },
  latitude: { en: "Latitude", ru: "Широта" },
  longitude: { en: "Longitude", ru: "Долгота" },
  radiusM: { en: "Radius, m", ru: "Радиус, м" },
  code: { en: "Code", ru: "Код" },
  message: { en: "Message", ru: "Сообщение" },
  overridable: { en: "May be overridden", ru: "Можно разрешить" },
  defectIds: { en: "Defects", ru: "Неисправности" },
  params: { en: "Parameters", ru: "Параметры" },
  clearedBy: { en: "Cleared by", ru: "Снимают" },
  // A name stored in both languages is shown in the reader's (auditDetailValue).
  en: { en: "English", ru: "по-английски" },
  ru: { en: "Russian", ru: "по-русски" },
};

/** Codes stored as values that are not in an export word list, as words. */
const VALUE_WORDS: Record<string, Text> = {
  defect: { en: "defect", ru: "неисправность" },
  maintenance: { en: "maintenance", ru: "ТО" },
  manual: { en: "by hand", ru: "вручную" },
  walkaround: { en: "walkaround only", ru: "только осмотр водителем" },
  russian_pretrip: { en: "Russian pre-trip control", ru: "предрейсовый контроль (РФ)" },
  en: { en: "English", ru: "английский" },
  ru: { en: "Russian", ru: "русский" },
};

const YES_NO: Record<TextLocale, [string, string]> = { en: ["yes", "no"], ru: ["да", "нет"] };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const CODE = /^[a-z][a-z0-9_]*$/;

/** How the page writes dates and times (its own formatter, in the person's time zone). */
export interface DetailWriters {
  locale: TextLocale;
  dateTime: (iso: string) => string;
  date: (iso: string) => string;
}

/** A field's name in the reader's language; a field no code records keeps its key. */
export function auditDetailName(key: string, locale: TextLocale): string {
  return AUDIT_DETAIL_NAMES[key]?.[locale] ?? key;
}

function codeWord(code: string, locale: TextLocale): string {
  const own = VALUE_WORDS[code];
  if (own) return own[locale];
  const lists: Record<string, Text>[] = Object.values(EXPORT_ENUMS);
  for (const words of lists) {
    const word = words[code];
    if (word) return word[locale];
  }
  return code;
}

function isText(value: object): value is Text {
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as Partial<Text>).en === "string" &&
    typeof (value as Partial<Text>).ru === "string"
  );
}

/** A stored value as a person reads it; a record's id stays an id (it is a filter). */
export function auditDetailValue(value: unknown, w: DetailWriters): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return YES_NO[w.locale][value ? 0 : 1];
  if (typeof value === "number")
    return new Intl.NumberFormat(w.locale === "ru" ? "ru-RU" : "en-GB").format(value);
  if (typeof value === "string") {
    if (UUID.test(value)) return value;
    if (ISO_DATE.test(value)) return w.date(value);
    if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return w.dateTime(value);
    if (CODE.test(value)) return codeWord(value, w.locale);
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => auditDetailValue(item, w)).join(", ");
  if (typeof value === "object" && isText(value)) return value[w.locale];
  if (typeof value === "object")
    return Object.entries(value as Record<string, unknown>)
      .map(([key, inner]) => `${auditDetailName(key, w.locale)}: ${auditDetailValue(inner, w)}`)
      .join("; ");
  // A bigint or a symbol: JSON holds neither, so only a caller's own value gets here.
  return typeof value === "bigint" ? value.toString() : "";
}

/** An entry's details as lines "Name: value", in the order they were recorded. */
export function auditDetailLines(details: Record<string, unknown>, w: DetailWriters): string[] {
  return Object.entries(details).map(
    ([key, value]) => `${auditDetailName(key, w.locale)}: ${auditDetailValue(value, w)}`,
  );
}
