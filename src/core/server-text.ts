/**
 * What the server says to a person, in their language (issue #14 item 1). A refusal
 * carries a stable key and its parameters beside its code; the text is produced here for
 * the caller's language (the account's locale, else Accept-Language, else English), so an
 * API client gets it too and the web UI shows it as it comes. English keeps the
 * "field: problem" form clients have read so far; Russian names the field after the
 * problem, since a person reads the problem first.
 *
 * Parameters are filled into `{name}` places. Numbers are written as the language writes
 * them in Russian (Intl: "12 500"; English keeps the plain figures clients have matched
 * on); a parameter that is a key of one of the word lists below (a JSON type, a
 * comparison, a unit, a noun) is written as its word.
 */

export type TextLocale = "en" | "ru";
export interface Text {
  en: string;
  ru: string;
}

/** A value the message is written with: a word in each language where it has one. */
export type TextParam = string | number | Text;
export type TextParams = Record<string, TextParam>;

/** The nouns `notFound` names, as the message "… not found" needs them. */
export const NOUNS: Record<string, Text> = {
  "API token": { en: "API token", ru: "API-токен" },
  certificate: { en: "certificate", ru: "сертификат" },
  course: { en: "course", ru: "курс" },
  defect: { en: "defect", ru: "неисправность" },
  depot: { en: "depot", ru: "депо" },
  enrolment: { en: "enrolment", ru: "запись на курс" },
  inspection: { en: "inspection", ru: "осмотр" },
  "inspection template": { en: "inspection template", ru: "шаблон осмотра" },
  "inspection template for this kind of vehicle": {
    en: "inspection template for this kind of vehicle",
    ru: "шаблон осмотра для этого вида техники",
  },
  "labour entry": { en: "labour entry", ru: "запись о работе" },
  "maintenance programme": { en: "maintenance programme", ru: "программа ТО" },
  "maintenance task": { en: "maintenance task", ru: "работа программы ТО" },
  "medical admission": { en: "medical admission", ru: "медицинский допуск" },
  membership: { en: "membership", ru: "членство в организации" },
  "meter reading": { en: "meter reading", ru: "показание счётчика" },
  organisation: { en: "organisation", ru: "организация" },
  part: { en: "part", ru: "запчасть" },
  "part line": { en: "part line", ru: "строка запчастей" },
  photo: { en: "photo", ru: "фотография" },
  region: { en: "region", ru: "регион" },
  scenario: { en: "scenario", ru: "сценарий" },
  "service agreement": { en: "service agreement", ru: "договор обслуживания" },
  "service request": { en: "service request", ru: "заявка в сервисный центр" },
  task: { en: "task", ru: "задание" },
  timetable: { en: "timetable", ru: "расписание" },
  "training session": { en: "training session", ru: "занятие" },
  user: { en: "user", ru: "пользователь" },
  vehicle: { en: "vehicle", ru: "транспортное средство" },
  "vehicle model": { en: "vehicle model", ru: "модель техники" },
  waybill: { en: "waybill", ru: "путевой лист" },
  "work order": { en: "work order", ru: "заказ-наряд" },
};

/** JSON Schema types, as "must be {type}" needs them. */
const TYPES: Record<string, Text> = {
  string: { en: "string", ru: "строкой" },
  number: { en: "number", ru: "числом" },
  integer: { en: "integer", ru: "целым числом" },
  boolean: { en: "boolean", ru: "логическим значением (true/false)" },
  object: { en: "object", ru: "объектом" },
  array: { en: "array", ru: "списком" },
  null: { en: "null", ru: "пустым (null)" },
};

const COMPARISONS: Record<string, Text> = {
  ">=": { en: ">=", ru: "не меньше" },
  "<=": { en: "<=", ru: "не больше" },
  ">": { en: ">", ru: "больше" },
  "<": { en: "<", ru: "меньше" },
};

/** A work order's status, as "work order 12 is {orderStatus}" needs it. */
const ORDER_STATUSES: Record<string, Text> = {
  requested: { en: "requested", ru: "запрошен" },
  scheduled: { en: "scheduled", ru: "запланирован" },
  in_progress: { en: "in progress", ru: "в работе" },
  completed: { en: "completed", ru: "выполнен" },
  verified: { en: "verified", ru: "принят" },
  cancelled: { en: "cancelled", ru: "отменён" },
};

/** A defect's status, as "the defect is already {defectStatus}" needs it. */
const DEFECT_STATUSES: Record<string, Text> = {
  open: { en: "open", ru: "открыта" },
  in_repair: { en: "in repair", ru: "в ремонте" },
  repaired: { en: "repaired", ru: "устранена" },
  no_repair_needed: { en: "no repair needed", ru: "закрыта без ремонта" },
};

/** A kind of vehicle (core/fleet.ts), as "this checklist is not for a {vehicleType}" needs it. */
const VEHICLE_TYPES: Record<string, Text> = {
  city_bus: { en: "city bus", ru: "городского автобуса" },
  intercity_bus: { en: "intercity bus", ru: "междугороднего автобуса" },
  tractor: { en: "tractor", ru: "трактора" },
  combine_harvester: { en: "combine harvester", ru: "комбайна" },
  mining_dump_truck: { en: "mining dump truck", ru: "карьерного самосвала" },
  other: { en: "other", ru: "прочей техники" },
};

/** A role (core/roles.ts): English keeps the role's key, as clients have read it. */
const ROLES: Record<string, Text> = {
  network_admin: { en: "network_admin", ru: "администратор сети" },
  hub_manager: { en: "hub_manager", ru: "руководитель сервисного центра" },
  hub_technician: { en: "hub_technician", ru: "техник сервисного центра" },
  trainer: { en: "trainer", ru: "инструктор" },
  operator_manager: { en: "operator_manager", ru: "руководитель перевозчика" },
  dispatcher: { en: "dispatcher", ru: "диспетчер" },
  mechanic: { en: "mechanic", ru: "механик" },
  driver: { en: "driver", ru: "водитель" },
  planner: { en: "planner", ru: "планировщик" },
  technical_controller: { en: "technical_controller", ru: "контролёр технического состояния" },
  medical_worker: { en: "medical_worker", ru: "медицинский работник" },
};

/** A kind of organisation, as "a {role} cannot belong to a {orgKind}" needs it. */
const ORGANISATION_KINDS: Record<string, Text> = {
  manufacturer: { en: "manufacturer", ru: "производитель" },
  hub: { en: "hub", ru: "сервисный центр" },
  operator: { en: "operator", ru: "перевозчик" },
};

/** A training session's status, as "the session is {sessionStatus}" needs it. */
const SESSION_STATUSES: Record<string, Text> = {
  planned: { en: "planned", ru: "запланировано" },
  completed: { en: "completed", ru: "проведено" },
  cancelled: { en: "cancelled", ru: "отменено" },
};

/** An enrolment's status, as "the enrolment is already {enrolmentStatus}" needs it. */
const ENROLMENT_STATUSES: Record<string, Text> = {
  enrolled: { en: "enrolled", ru: "оформлена" },
  completed: { en: "completed", ru: "закрыта: курс пройден" },
  failed: { en: "failed", ru: "закрыта: курс не пройден" },
  cancelled: { en: "cancelled", ru: "отменена" },
};

/** What a service request asks for, as "an agreement for {serviceKind}" needs it. */
const SERVICE_KINDS: Record<string, Text> = {
  take_over: { en: "maintenance (a take-over)", ru: "ТО и ремонт (с передачей заказ-наряда)" },
  specialist: { en: "specialist visits", ru: "выезды специалистов" },
};

/** A service request's status, as "request #4 is {requestStatus}" needs it. */
const REQUEST_STATUSES: Record<string, Text> = {
  open: { en: "open", ru: "открыта" },
  accepted: { en: "accepted", ru: "принята" },
  resolved: { en: "resolved", ru: "выполнена" },
  declined: { en: "declined", ru: "отклонена" },
  cancelled: { en: "cancelled", ru: "отменена" },
};

/** The one status a move starts from, as "only an {requestFrom} request" needs it. */
const REQUEST_FROM: Record<string, Text> = {
  open: { en: "open", ru: "открытую" },
  accepted: { en: "accepted", ru: "принятую" },
};

/** A move of a service request, as "only the hub may {requestMove} request #4" needs it. */
const REQUEST_MOVES: Record<string, Text> = {
  accept: { en: "accept", ru: "принять" },
  decline: { en: "decline", ru: "отклонить" },
  resolve: { en: "resolve", ru: "закрыть как выполненную" },
  cancel: { en: "cancel", ru: "отменить" },
};

/** The same move, as "only an open request can be {requestMoved}" needs it. */
const REQUEST_MOVED: Record<string, Text> = {
  accept: { en: "accepted", ru: "принять" },
  decline: { en: "declined", ru: "отклонить" },
  resolve: { en: "resolved", ru: "закрыть как выполненную" },
  cancel: { en: "cancelled", ru: "отменить" },
};

/** A powertrain (core/fleet.ts) in a model's name: English keeps the key clients read. */
const POWERTRAINS: Record<string, Text> = {
  diesel: { en: "diesel", ru: "дизель" },
  cng: { en: "cng", ru: "КПГ" },
  battery_electric: { en: "battery_electric", ru: "электро" },
  hybrid: { en: "hybrid", ru: "гибрид" },
};

/** The same, as "a {powertrainOf} model has no traction battery" needs it. */
const POWERTRAINS_OF: Record<string, Text> = {
  diesel: { en: "diesel", ru: "дизельной" },
  cng: { en: "cng", ru: "газовой (КПГ)" },
  battery_electric: { en: "battery_electric", ru: "электрической" },
  hybrid: { en: "hybrid", ru: "гибридной" },
};

const UNITS: Record<string, Text> = {
  km: { en: "km", ru: "км" },
  h: { en: "h", ru: "ч" },
  "engine hours": { en: "engine hours", ru: "моточ." },
  days: { en: "days", ru: "дн." },
};

/** A unit a due-soon window is counted in, as "a due-soon window in {windowUnit}" needs it. */
const WINDOW_UNITS: Record<string, Text> = {
  km: { en: "km", ru: "км" },
  "engine hours": { en: "engine hours", ru: "моточасах" },
  days: { en: "days", ru: "днях" },
};

/**
 * Every message with a key. `{field}` is not written in the text: `render` adds it in the
 * language's own form. A test renders each in both languages.
 */
export const SERVER_TEXT = {
  // Sign-in and sessions.
  "auth.wrongPassword": {
    en: "the email or password is wrong",
    ru: "неверный адрес электронной почты или пароль",
  },
  "auth.signInFirst": { en: "sign in first", ru: "сначала войдите в систему" },
  "auth.sessionEnded": {
    en: "your session has ended (expired, signed out, password changed, account disabled or no role left in this organisation); sign in again",
    ru: "сеанс завершён (истёк срок, выполнен выход, сменён пароль, учётная запись отключена или в организации не осталось роли); войдите снова",
  },
  "auth.tokenUnknown": {
    en: "the API token is unknown, expired or revoked, or its maker no longer holds the role that made it",
    ru: "API-токен неизвестен, истёк или отозван, либо у его владельца больше нет роли, с которой он создан",
  },
  "auth.crossSite": {
    en: "cross-site request refused: the Origin header is missing or foreign",
    ru: "межсайтовый запрос отклонён: заголовок Origin отсутствует или чужой",
  },
  "auth.notMember": {
    en: "you are not a member of this organisation",
    ru: "вы не состоите в этой организации",
  },
  "auth.noOrganisation": {
    en: "your account belongs to no organisation yet; ask your manager",
    ru: "ваша учётная запись пока не относится ни к одной организации; обратитесь к руководителю",
  },
  "auth.currentPasswordWrong": { en: "is wrong", ru: "указан неверно" },
  "auth.passwordTooShort": {
    en: "must be at least {min} characters",
    ru: "должен содержать не менее {min} символов",
  },
  "auth.passwordTooEasy": { en: "is too easy to guess", ru: "слишком простой" },
  "auth.roleMayNot": {
    en: "your role in {organisation} may not do this ({permission})",
    ru: "ваша роль в организации «{organisation}» не позволяет это сделать ({permission})",
  },
  // Meter readings: the odometer question.
  "reading.belowEarlier": {
    en: "{value} {unit} is below the reading of {earlier} {unit} on {at}",
    ru: "{value} {unit} меньше показания {earlier} {unit} от {at}",
  },
  "reading.aboveLater": {
    en: "{value} {unit} is above the later reading of {later} {unit} on {at}",
    ru: "{value} {unit} больше более позднего показания {later} {unit} от {at}",
  },
  "reading.implausibleJump": {
    en: "{delta} {unit} since {at} is {perDay} {unit} a day, more than the {limit} {unit} a day plausible for this vehicle; confirm it if it is right",
    ru: "{delta} {unit} с {at} — это {perDay} {unit} в сутки, больше правдоподобных для этой техники {limit} {unit} в сутки; подтвердите, если показание верно",
  },
  // Certificates.
  "competence.tokenMayNot": {
    en: "only a certified person may {action}; an API token may not",
    ru: "действие «{action}» может выполнить только сотрудник с сертификатом, не API-токен",
  },
  "competence.missingDefect": {
    en: "you may not certify this defect: no valid certificate for {competencies}",
    ru: "вы не можете подтвердить устранение неисправности: нет действующего сертификата: {competencies}",
  },
  "competence.missingWorkOrder": {
    en: "you may not {verb} work order {number}: no valid certificate for {competencies}",
    ru: "вы не можете {verb} заказ-наряд {number}: нет действующего сертификата: {competencies}",
  },
  "competence.missing": {
    en: "you may not {action}: no valid certificate for {competencies}",
    ru: "вы не можете выполнить действие «{action}»: нет действующего сертификата: {competencies}",
  },
  // The pre-shift check, as a driver's phone submits it.
  "inspection.noMeasurement": {
    en: "{item} takes no measurement",
    ru: "пункт {item} не требует измерения",
  },
  "inspection.notTyreItem": { en: "{item} is not a tyre item", ru: "пункт {item} не о шинах" },
  "inspection.tyresRequired": {
    en: "is required: which tyres are fitted ({sets})",
    ru: "укажите, какие шины установлены ({sets})",
  },
  "inspection.unknownItem": {
    en: '"{item}" is not an item of this checklist version',
    ru: "«{item}» — не пункт этой версии чек-листа",
  },
  "inspection.answeredTwice": { en: "{item} is answered twice", ru: "пункт {item} отмечен дважды" },
  "inspection.commentRequired": {
    en: 'is required when "{label}" fails',
    ru: "опишите, что обнаружено, если не выполнено «{label}»",
  },
  "inspection.photoRequired": {
    en: 'a photo is required when "{label}" fails',
    ru: "нужна фотография, если не выполнено «{label}»",
  },
  "inspection.criticalNotApplicable": {
    en: '"{label}" is safety-critical and cannot be marked not applicable',
    ru: "«{label}» влияет на безопасность: отметить его как неприменимый нельзя",
  },
  "inspection.notAnswered": {
    en: 'item "{item}" ({label}) is not answered',
    ru: "пункт «{label}» ({item}) не отмечен",
  },
  "tyres.depthRequired": {
    en: "is required: the measured tread depth in millimetres",
    ru: "укажите измеренную глубину протектора в миллиметрах",
  },
  "tyres.depthNotNumber": {
    en: "must be a number of millimetres",
    ru: "должно быть числом миллиметров",
  },
  "tyres.depthNegative": {
    en: "must not be negative (got {value} mm)",
    ru: "не может быть отрицательным (указано {value} мм)",
  },
  "tyres.depthImplausible": {
    en: "{value} mm is not a plausible tread depth (at most {max} mm); enter millimetres",
    ru: "{value} мм — неправдоподобная глубина протектора (не более {max} мм); укажите миллиметры",
  },
  // Validation of a request.
  "validation.required": { en: "is required", ru: "обязательное поле" },
  "validation.unknownField": { en: "is not a known field", ru: "неизвестное поле" },
  "validation.type": { en: "must be {type}", ru: "должно быть {type}" },
  "validation.maxLength": {
    en: "must be at most {limit} characters",
    ru: "не длиннее {limit} символов",
  },
  "validation.minLength": {
    en: "must be at least {limit} characters",
    ru: "не короче {limit} символов",
  },
  "validation.empty": { en: "must not be empty", ru: "не может быть пустым" },
  "validation.format.email": { en: "is not an email address", ru: "не адрес электронной почты" },
  "validation.format.uuid": { en: "is not a valid id", ru: "не идентификатор (UUID)" },
  "validation.format.date": { en: "is not a date (YYYY-MM-DD)", ru: "не дата (ГГГГ-ММ-ДД)" },
  "validation.format.date-time": {
    en: "is not a date and time (ISO 8601)",
    ru: "не дата и время (ISO 8601)",
  },
  "validation.format.uri": { en: "is not a URL", ru: "не адрес (URL)" },
  "validation.oneOf": { en: "must be one of {values}", ru: "допустимые значения: {values}" },
  "validation.notAllowed": { en: "is not an allowed value", ru: "недопустимое значение" },
  "validation.range": {
    en: "must be {comparison} {limit}",
    ru: "должно быть {comparison} {limit}",
  },
  "validation.text": {
    en: "{problem}",
    ru: "содержит недопустимый или невидимый символ {char}",
  },
  "validation.other": { en: "{problem}", ru: "недопустимое значение" },
  "validation.invalid": { en: "is invalid", ru: "неверное значение" },
  "validation.noSuch": { en: "no such {what}", ru: "не найдено: {what}" },
  // Words many modules share.
  "common.blank": { en: "must not be blank", ru: "не может быть пустым" },
  "common.inPast": { en: "is in the past", ru: "дата уже прошла" },
  "common.inFuture": { en: "is in the future", ru: "не может быть в будущем" },
  "common.noSuchCompetency": {
    en: "no such competency: {keys}",
    ru: "нет такой компетенции: {keys}",
  },
  "common.accountDisabled": {
    en: "{name}'s account is disabled",
    ru: "учётная запись пользователя {name} отключена",
  },
  "common.positive": { en: "must be more than 0", ru: "должно быть больше 0" },
  "common.formulaStart": {
    en: 'must not start with "=", "+", "-", "@", a tab or a line break (a spreadsheet would run it as a formula)',
    ru: "не может начинаться с «=», «+», «-», «@», табуляции или перевода строки (таблица выполнила бы его как формулу)",
  },
  // Parts and stock.
  "parts.duplicateNumber": {
    en: 'the organisation already has a part numbered "{partNumber}"',
    ru: "в организации уже есть запчасть с номером «{partNumber}»",
  },
  "parts.networkCatalogue": {
    en: "the network catalogue is kept by the manufacturer",
    ru: "общий каталог сети ведёт производитель",
  },
  "stock.ownStore": {
    en: "{organisation} keeps its stock in its own store, not at a depot",
    ru: "{organisation} хранит запас на своём складе, а не в депо",
  },
  "stock.depotRequired": {
    en: "is required: an operator keeps its stock at a depot",
    ru: "обязательно: перевозчик хранит запас в депо",
  },
  "stock.noDepot": {
    en: "no such depot in this organisation",
    ru: "в этой организации нет такого депо",
  },
  "stock.noPart": {
    en: "no such part in this organisation's or the network's catalogue",
    ru: "такой запчасти нет ни в каталоге организации, ни в общем каталоге сети",
  },
  "stock.none": { en: "not in stock at {place}", ru: "нет в наличии: {place}" },
  "stock.tooFew": {
    en: "only {held} in stock at {place}",
    ru: "в наличии только {held}: {place}",
  },
  "stock.receiptPositive": {
    en: "must be more than 0 for a receipt",
    ru: "при поступлении должно быть больше 0",
  },
  "stock.zero": { en: "must not be 0", ru: "не может быть равно 0" },
  "stock.adjustmentNote": {
    en: "is required for an adjustment: say why the count changed",
    ru: "обязательно при корректировке: укажите, почему изменилось количество",
  },
  // Service agreements.
  "agreement.notHub": { en: "is not a hub", ru: "не сервисный центр" },
  "agreement.notOperator": { en: "is not an operator", ru: "не перевозчик" },
  "agreement.noRegion": { en: "no region {id}", ru: "нет региона {id}" },
  "agreement.beforeValidFrom": {
    en: "is before validFrom",
    ru: "раньше даты начала действия",
  },
  // Work orders.
  "workOrder.noTaskInProgramme": {
    en: 'no task "{task}" in maintenance programme "{programme}"',
    ru: "в программе ТО «{programme}» нет работы «{task}»",
  },
  "workOrder.notOpen": {
    en: "work order {number} is {orderStatus}; {doing} only while it is open",
    ru: "заказ-наряд {number} {orderStatus}; {doing} только пока он открыт",
  },
  "workOrder.noPersonAssigned": {
    en: "no such person in the operator or the hub the order is assigned to",
    ru: "нет такого сотрудника ни у перевозчика, ни в сервисном центре, которому передан заказ-наряд",
  },
  "workOrder.noPerson": {
    en: "no such person in the organisation of the order",
    ru: "нет такого сотрудника в организации заказ-наряда",
  },
  "workOrder.noDefectOfVehicle": {
    en: "no such defect of this vehicle",
    ru: "у этого транспортного средства нет такой неисправности",
  },
  "workOrder.defectAlready": {
    en: "the defect is already {defectStatus}",
    ru: "неисправность уже {defectStatus}",
  },
  "workOrder.sameTaskTwice": {
    en: "names the same task twice",
    ru: "одна и та же работа указана дважды",
  },
  "workOrder.taskHasOrder": {
    en: "this task already has an open work order",
    ru: "на эту работу уже есть открытый заказ-наряд",
  },
  "workOrder.defectHasOrder": {
    en: "the defect already has a work order that is not cancelled",
    ru: "на эту неисправность уже есть неотменённый заказ-наряд",
  },
  "workOrder.scheduledNeedsDate": {
    en: "a scheduled order needs its date",
    ru: "у запланированного заказ-наряда должна быть дата",
  },
  "workOrder.beforeOpened": {
    en: "is before the order was opened",
    ru: "раньше открытия заказ-наряда",
  },
  "workOrder.beforeOpenedOn": {
    en: "is before the order was opened ({opened})",
    ru: "раньше открытия заказ-наряда ({opened})",
  },
  "workOrder.staysBlocking": {
    en: "work order {number} holds the vehicle for a defect that is not repaired; it stays blocking until the defect is certified repaired",
    ru: "заказ-наряд {number} удерживает транспортное средство из-за неустранённой неисправности; он остаётся блокирующим, пока устранение не подтверждено",
  },
  "workOrder.requiredWith": { en: "is required with {other}", ru: "обязательно вместе с {other}" },
  "workOrder.taskBringsOwn": {
    en: "a maintenance task brings its own name and competencies; leave description and competencies out",
    ru: "работа программы ТО уже содержит название и компетенции; не указывайте description и competencies",
  },
  "workOrder.hasTask": {
    en: "the order already has this maintenance task",
    ru: "в заказ-наряде уже есть эта работа программы ТО",
  },
  "workOrder.startFirst": {
    en: "work order {number} is {orderStatus}; start it before ticking tasks off",
    ru: "заказ-наряд {number} {orderStatus}; начните его, прежде чем отмечать работы",
  },
  "workOrder.taskDone": { en: '"{task}" is already done', ru: "работа «{task}» уже выполнена" },
  "workOrder.hoursPerDay": {
    en: "must be at most {max} in one day",
    ru: "не больше {max} за один день",
  },
  "workOrder.hoursAlready": {
    en: "{name} already has {already} h on {date}; at most {max} h a day",
    ru: "у сотрудника {name} уже {already} ч за {date}; не больше {max} ч в день",
  },
  "workOrder.noDepotForParts": {
    en: "is required: the vehicle has no depot to take parts from",
    ru: "укажите депо: у транспортного средства нет депо, откуда взять запчасти",
  },
  "workOrder.onlyOperatorMaintains": {
    en: "only an operator has vehicles to maintain",
    ru: "транспортные средства для обслуживания есть только у перевозчика",
  },
  "workOrder.cancelReason": {
    en: "is required to cancel a work order",
    ru: "укажите причину отмены заказ-наряда",
  },
  "workOrder.scheduleDate": {
    en: "is required to schedule the order",
    ru: "укажите дату, чтобы запланировать заказ-наряд",
  },
  "workOrder.changedMeanwhile": {
    en: "work order {number} changed meanwhile; reload it",
    ru: "заказ-наряд {number} тем временем изменился; обновите страницу",
  },
  "workOrder.notDoneYet": { en: "not done yet: {tasks}", ru: "ещё не выполнено: {tasks}" },
  "workOrder.taskLeftProgramme": {
    en: '"{task}" is no longer in maintenance programme "{programme}"',
    ru: "работы «{task}» больше нет в программе ТО «{programme}»",
  },
  "workOrder.needsKm": {
    en: 'is required: "{task}" is planned by km and the vehicle has no odometer reading',
    ru: "укажите пробег: работа «{task}» планируется по км, а показаний одометра у транспортного средства нет",
  },
  "workOrder.needsHours": {
    en: 'is required: "{task}" is planned by engine hours and the vehicle has no reading',
    ru: "укажите моточасы: работа «{task}» планируется по моточасам, а показаний у транспортного средства нет",
  },
  // A step of a work order the state machine refuses (core/work-order-states.ts).
  "workOrderStep.notAllowedFrom": {
    en: "work order {number} is {orderStatus}; it cannot go to {toStatus}",
    ru: "заказ-наряд {number} {orderStatus}; перевести его в состояние «{toStatus}» нельзя",
  },
  "common.needsPermission": {
    en: "you may not do this: it needs the {permission} permission",
    ru: "у вас нет на это права: нужно разрешение {permission}",
  },
  "workOrderStep.notAPerson": {
    en: "only a certified person may sign off work, not an API token",
    ru: "подписать работу может только сотрудник с сертификатом, не API-токен",
  },
  "workOrderStep.ownWork": {
    en: "you completed work order {number}; another certified person must verify it",
    ru: "вы выполнили заказ-наряд {number}; принять его должен другой сотрудник с сертификатом",
  },
  "common.notCertified": {
    en: "no valid certificate for {competencies}",
    ru: "нет действующего сертификата: {competencies}",
  },
  "workOrderStep.defectUnresolved": {
    en: "work order {number} holds the vehicle for a defect that is not repaired; it cannot be cancelled until the defect is certified repaired",
    ru: "заказ-наряд {number} удерживает транспортное средство из-за неустранённой неисправности; отменить его нельзя, пока устранение не подтверждено",
  },
  // A step of a defect (core/defect-states.ts).
  "defectStep.onlyDriverReviews": {
    en: "only a driver may review a repair before the next shift",
    ru: "проверить ремонт перед следующей сменой может только водитель",
  },
  "defectStep.notAPerson": {
    en: "only a person may certify or review a defect, not an API token",
    ru: "подтвердить или проверить устранение неисправности может только сотрудник, не API-токен",
  },
  "defectStep.alreadyStarted": {
    en: "the repair has already started",
    ru: "ремонт уже начат",
  },
  "defectStep.underWorkOrder": {
    en: "the defect is being repaired under work order {number}; complete that order to certify it",
    ru: "неисправность устраняется по заказ-наряду {number}; чтобы подтвердить устранение, выполните этот заказ-наряд",
  },
  "defectStep.notResolved": {
    en: "only a repaired defect (or one needing no repair) can be reviewed",
    ru: "проверить можно только устранённую неисправность (или закрытую без ремонта)",
  },
  "defectStep.alreadyReviewed": {
    en: "this repair has already been reviewed",
    ru: "этот ремонт уже проверен",
  },
  "defectStep.ownRepair": {
    en: "you certified this repair; the next driver must review it",
    ru: "вы сами подтвердили этот ремонт; проверить его должен следующий водитель",
  },
  // Defects, inspections and checklists.
  "defect.changedMeanwhile": {
    en: "the defect changed meanwhile; reload it and try again",
    ru: "неисправность тем временем изменилась; обновите страницу и повторите",
  },
  "defect.noteRequired": {
    en: 'is required to certify "{defectStatus}": say what was done or found',
    ru: "опишите, что сделано или обнаружено: без этого нельзя отметить неисправность как «{defectStatus}»",
  },
  "inspection.keyReused": {
    en: "was already used for a different inspection; send a new key",
    ru: "этот ключ уже использован для другого осмотра; отправьте новый",
  },
  "inspection.noChecklist": { en: "no such checklist", ru: "нет такого чек-листа" },
  "inspection.checklistNotFor": {
    en: "this checklist is not for a {vehicleType}",
    ru: "этот чек-лист не предназначен для {vehicleType}",
  },
  "inspection.photoNotHere": {
    en: "photo {photo} is not one uploaded for this organisation",
    ru: "фотография {photo} загружена не в этой организации",
  },
  "inspection.noSuchOfVehicle": {
    en: "no such inspection of this vehicle",
    ru: "у этого транспортного средства нет такого осмотра",
  },
  "common.nulCharacter": {
    en: "contains a NUL character",
    ru: "содержит нулевой символ (NUL)",
  },
  "template.keyTwice": { en: '"{key}" appears twice', ru: "«{key}» встречается дважды" },
  "template.criticalComment": {
    en: "a critical item must ask for a comment when it fails",
    ru: "критический пункт должен требовать комментарий, если он не выполнен",
  },
  "template.notCompetency": {
    en: '"{key}" is not a competency',
    ru: "«{key}» — не компетенция",
  },
  "template.builtIn": {
    en: "a built-in template cannot be changed; copy it to your organisation first",
    ru: "встроенный шаблон изменить нельзя; сначала скопируйте его в свою организацию",
  },
  "photo.noFile": {
    en: 'no file was sent (multipart field "photo")',
    ru: "файл не отправлен (поле формы «photo»)",
  },
  "photo.notImage": {
    en: "is not a JPEG, PNG or WebP image",
    ru: "не изображение JPEG, PNG или WebP",
  },
  "photo.sendMultipart": {
    en: 'send multipart/form-data with a "photo" field',
    ru: "отправьте multipart/form-data с полем «photo»",
  },
  "proof.onlyOperator": {
    en: "only an operator has vehicles to check",
    ru: "транспортные средства для осмотра есть только у перевозчика",
  },
  "proof.notFlagKind": {
    en: "is not a kind of flag ({kinds})",
    ru: "нет такого вида отметки ({kinds})",
  },
  "proof.sayWhatChecked": {
    en: "say in a few words what you checked",
    ru: "опишите в нескольких словах, что вы проверили",
  },
  "proof.noFlagWaiting": {
    en: "this check has no flag waiting for confirmation",
    ru: "у этого осмотра нет отметки, ожидающей подтверждения",
  },
  "common.toBeforeFrom": { en: "is before from", ru: "раньше начала периода (from)" },
  "common.rangeTooLong": {
    en: "the range is longer than {days} days; export in parts",
    ru: "период длиннее {days} дн.; выгрузите его частями",
  },
  // Pre-trip control, documents, medical admission and waybills.
  "pretrip.onlyOperator": {
    en: "only an operator releases vehicles to the line",
    ru: "выпускает транспортные средства на линию только перевозчик",
  },
  "pretrip.noVehicle": {
    en: "no such vehicle in your organisations",
    ru: "в ваших организациях нет такого транспортного средства",
  },
  "pretrip.noDriverOfOperator": {
    en: "no such driver in the vehicle's operator",
    ru: "у перевозчика этого транспортного средства нет такого водителя",
  },
  "pretrip.noDriver": {
    en: "no such driver in your organisations",
    ru: "в ваших организациях нет такого водителя",
  },
  "pretrip.shiftEnded": {
    en: "that shift ended at {end}; record it for a shift under way or to come",
    ru: "эта смена закончилась {end}; записывайте для идущей или предстоящей смены",
  },
  "pretrip.beyondNextShift": {
    en: "is beyond the next shift; record it before that departure",
    ru: "позже следующей смены; запишите это перед тем выездом",
  },
  "pretrip.documentHolder": {
    en: "a document belongs to a vehicle or to a driver, not both",
    ru: "документ относится либо к транспортному средству, либо к водителю, но не к обоим",
  },
  "pretrip.requiredForDocument": {
    en: "is required for a {kind} document",
    ru: "обязательно для документа вида {kind}",
  },
  "pretrip.empty": { en: "is empty", ru: "не заполнено" },
  "pretrip.signature": {
    en: 'must be a surname and initials, e.g. "Иванов И.И." or "Ivanov I.I."',
    ru: "укажите фамилию и инициалы, например «Иванов И.И.»",
  },
  "pretrip.notCheckOfVehicle": {
    en: "is not a check of this vehicle",
    ru: "не осмотр этого транспортного средства",
  },
  "pretrip.checkBeforeWindow": {
    en: "that check was made at {made}, before this shift's inspection window",
    ru: "этот осмотр проведён {made}, раньше окна осмотра для этой смены",
  },
  "pretrip.sayWhatFound": {
    en: "say what was found when the vehicle does not pass the control",
    ru: "опишите, что обнаружено, если транспортное средство не прошло контроль",
  },
  "pretrip.notDate": { en: "is not a date", ru: "не дата" },
  "pretrip.noDepot": {
    en: "no such depot in your organisations",
    ru: "в ваших организациях нет такого депо",
  },
  "pretrip.medicalSignedIn": {
    en: "only a medical worker signed in may admit a driver",
    ru: "допустить водителя может только медицинский работник, вошедший в систему",
  },
  "waybill.shiftEnded": { en: "that shift ended at {end}", ru: "эта смена закончилась {end}" },
  "waybill.vehicleHeld": {
    en: "the vehicle is held for this shift, so no waybill: {reasons}",
    ru: "транспортное средство не выпускается в эту смену, путевой лист не оформить: {reasons}",
  },
  "waybill.noControlDriver": {
    en: "no passed pre-trip technical control names a driver for this shift; a waybill records one",
    ru: "ни один пройденный предрейсовый контроль не называет водителя на эту смену, а в путевом листе он должен быть",
  },
  "waybill.noAdmission": {
    en: "the driver has no pre-trip medical admission for this shift",
    ru: "у водителя нет предрейсового медицинского допуска на эту смену",
  },
  "waybill.alreadyIssued": {
    en: "waybill No. {number} is already issued for this shift",
    ru: "на эту смену уже выдан путевой лист № {number}",
  },
  "waybill.alreadyClosed": {
    en: "this waybill is already closed",
    ru: "этот путевой лист уже закрыт",
  },
  "waybill.returnBelowDeparture": {
    en: "{value} km is less than {departure} km at departure",
    ru: "{value} км меньше показания {departure} км при выезде",
  },
  "waybill.closedMeanwhile": {
    en: "this waybill was closed meanwhile",
    ru: "этот путевой лист тем временем закрыт",
  },
  // Maintenance programmes and completions.
  "maintenance.noProgramme": {
    en: 'no maintenance programme "{programme}" applies to this vehicle',
    ru: "программа ТО «{programme}» не относится к этому транспортному средству",
  },
  "maintenance.noTask": {
    en: 'the programme "{programme}" has no task "{task}"',
    ru: "в программе «{programme}» нет работы «{task}»",
  },
  "maintenance.beforeInService": {
    en: "is before the vehicle went into service on {date}",
    ru: "раньше ввода транспортного средства в эксплуатацию ({date})",
  },
  "maintenance.alreadyDone": {
    en: "this task is already recorded as done on {date}",
    ru: "эта работа уже записана как выполненная {date}",
  },
  "maintenance.beforeLast": {
    en: "is before the last recorded completion of this task ({date}); its schedule already counts from that one",
    ru: "раньше последнего записанного выполнения этой работы ({date}); график уже отсчитывается от него",
  },
  "maintenance.needsKm": {
    en: "is required: the task is due by km, so its schedule counts from the odometer at completion",
    ru: "укажите пробег: работа планируется по км, и график отсчитывается от показания одометра при выполнении",
  },
  "maintenance.needsHours": {
    en: "is required: the task is due by engine hours, so its schedule counts from the hour meter at completion",
    ru: "укажите моточасы: работа планируется по моточасам, и график отсчитывается от показания счётчика моточасов при выполнении",
  },
  "maintenance.toBeforeFrom": {
    en: "is before from ({from})",
    ru: "раньше начала периода ({from})",
  },
  "maintenance.calendarDays": {
    en: "the calendar covers at most {days} days at once",
    ru: "календарь охватывает не более {days} дн. за раз",
  },
  "maintenance.builtInProgramme": {
    en: 'the built-in programme "{key}" cannot be changed; copy it for your organisation first (POST /maintenance-programmes with basedOnId), then change the copy',
    ru: "встроенную программу «{key}» изменить нельзя; сначала скопируйте её для своей организации (POST /maintenance-programmes с basedOnId), затем измените копию",
  },
  "maintenance.noModel": {
    en: "no such model in the catalogue",
    ru: "такой модели нет в каталоге",
  },
  "maintenance.programmeTaken": {
    en: 'the organisation already has a maintenance programme "{key}"',
    ru: "у организации уже есть программа ТО «{key}»",
  },
  "maintenance.copyKeepsKey": {
    en: 'a copy keeps the key of the programme it is based on ("{key}"), so it replaces that programme for your vehicles; leave basedOnId out to create a new programme',
    ru: "копия сохраняет ключ исходной программы («{key}») и заменяет её для ваших транспортных средств; чтобы создать новую программу, не указывайте basedOnId",
  },
  "maintenance.keyRequired": {
    en: "is required for a new programme (or give basedOnId to copy one)",
    ru: "обязательно для новой программы (или укажите basedOnId, чтобы скопировать существующую)",
  },
  "maintenance.nameRequired": {
    en: "is required for a new programme",
    ru: "обязательно для новой программы",
  },
  "maintenance.noBuiltIn": {
    en: 'there is no built-in programme "{key}" to take',
    ru: "встроенной программы «{key}» нет",
  },
  "maintenance.needsInterval": {
    en: "a task needs at least one of intervalKm, intervalHours and intervalDays",
    ru: "у работы должен быть хотя бы один интервал: intervalKm, intervalHours или intervalDays",
  },
  "maintenance.windowNeedsInterval": {
    en: "a due-soon window in {windowUnit} needs {intervalField}",
    ru: "окно «скоро срок» в {windowUnit} требует {intervalField}",
  },
  "maintenance.windowTooWide": {
    en: "must be smaller than {intervalField} ({interval} {unit}), or the task would always be due soon",
    ru: "должно быть меньше {intervalField} ({interval} {unit}), иначе срок работы всегда будет «скоро»",
  },
  "maintenance.competencyTwice": { en: '"{key}" appears twice', ru: "«{key}» указана дважды" },
  "maintenance.noCompetency": {
    en: 'no such competency "{key}"',
    ru: "нет компетенции «{key}»",
  },
  "maintenance.taskTaken": {
    en: 'the programme "{programme}" already has a task "{key}"',
    ru: "в программе «{programme}» уже есть работа «{key}»",
  },
  "maintenance.onlyOperator": {
    en: "only an operator has vehicles and work orders",
    ru: "транспортные средства и заказ-наряды есть только у перевозчика",
  },
  // People, organisations, depots and regions.
  "users.notManaged": {
    en: "you manage only the people of {organisation}; a role in another organisation is given by its own manager or the network admin",
    ru: "вы управляете только сотрудниками организации «{organisation}»; роль в другой организации назначает её руководитель или администратор сети",
  },
  "users.roleNotIn": {
    en: "a {role} cannot belong to a {orgKind}",
    ru: "роль «{role}» недопустима в организации вида «{orgKind}»",
  },
  "users.emailTaken": {
    en: "a user with this email already exists",
    ru: "пользователь с таким адресом электронной почты уже есть",
  },
  "users.otherOrganisations": {
    en: "this person also belongs to organisations you do not manage; ask the network admin",
    ru: "этот сотрудник состоит и в организациях, которыми вы не управляете; обратитесь к администратору сети",
  },
  "users.notYourself": {
    en: "you cannot disable yourself",
    ru: "нельзя отключить собственную учётную запись",
  },
  "organisations.noParent": {
    en: "a {orgKind} has no parent organisation",
    ru: "у организации вида «{orgKind}» не бывает вышестоящей организации",
  },
  "organisations.hubParent": {
    en: "a hub must belong to a manufacturer",
    ru: "сервисный центр должен относиться к производителю",
  },
  "organisations.nameTaken": {
    en: 'an organisation named "{name}" already exists',
    ru: "организация «{name}» уже есть",
  },
  "organisations.onlyOwn": {
    en: "you may change only your own organisation",
    ru: "изменять можно только свою организацию",
  },
  "organisations.nameTakenOther": {
    en: "another organisation has that name",
    ru: "это название уже у другой организации",
  },
  "depots.onlyOperator": {
    en: "only an operator has depots",
    ru: "депо есть только у перевозчика",
  },
  "depots.nameTaken": {
    en: 'the organisation already has a depot named "{name}"',
    ru: "у организации уже есть депо «{name}»",
  },
  "depots.nameTakenOther": {
    en: "the organisation already has a depot of that name",
    ru: "у организации уже есть депо с таким названием",
  },
  "depots.stillUsed": {
    en: "the depot still has vehicles or records; move them first",
    ru: "в депо ещё есть транспортные средства или записи; сначала перенесите их",
  },
  "regions.nameTaken": {
    en: 'a region "{name}" already exists in {country}',
    ru: "регион «{name}» уже есть в стране {country}",
  },
  "regions.nameTakenOther": {
    en: "a region of that name already exists in that country",
    ru: "регион с таким названием в этой стране уже есть",
  },
  // The request as a whole.
  "request.notFound": { en: "{what} not found", ru: "не найдено: {what}" },
  "request.noRoute": { en: "{route}: no such route", ru: "нет такого адреса: {route}" },
  "request.invalidJson": { en: "is not valid JSON", ru: "не является корректным JSON" },
  "request.tooLarge": { en: "is too large", ru: "слишком большой запрос" },
  "request.sendJson": { en: "send application/json", ru: "нужен формат application/json" },
  "request.rateLimited": {
    en: "too many requests; try again later",
    ru: "слишком много запросов; повторите позже",
  },
  "request.databaseUnavailable": {
    en: "the database is unavailable for a moment (failover or restart); send the request again in {seconds} seconds",
    ru: "база данных ненадолго недоступна (переключение или перезапуск); повторите запрос через {seconds} с",
  },
  "request.internal": {
    en: "internal error; it has been logged",
    ru: "внутренняя ошибка; она записана в журнал",
  },
  "vehicle.cylinderTypeNotGas": {
    en: "only a gas (CNG) vehicle has a CNG cylinder type",
    ru: "тип газовых баллонов указывается только у газовой (КПГ) техники",
  },
  "maintenance.recordedByShiftCheck": {
    en: "{task} is recorded by the shift's pre-shift check or pre-trip control, not entered as work done",
    ru: "{task} отмечается предсменным осмотром или предрейсовым контролем, а не вносится как выполненная работа",
  },
  // Compliance documents' dates (core/pretrip.ts).
  "document.beforeIssue": {
    en: "{expiresOn} is before the date of issue {issuedOn}",
    ru: "{expiresOn} раньше даты выдачи {issuedOn}",
  },
  "document.termExceeded": {
    en: "{expiresOn} is later than {latest}: {why}",
    ru: "{expiresOn} позже {latest}: {why}",
  },
  // Training: competencies, certificates, courses, sessions and enrolments.
  "training.tokenHoldsNoCertificates": {
    en: "an API token holds no certificates; sign in as a person",
    ru: "у API-токена нет сертификатов; войдите в систему как сотрудник",
  },
  "training.noPersonHere": {
    en: "no such person in this organisation",
    ru: "в этой организации нет такого сотрудника",
  },
  "training.expiresAfterIssued": {
    en: "must be after issuedOn",
    ru: "срок действия должен заканчиваться позже даты выдачи",
  },
  "training.mayNotRevoke": {
    en: "only those responsible for {organisation} may revoke it",
    ru: "отозвать сертификат могут только ответственные в организации «{organisation}»",
  },
  "training.alreadyRevoked": {
    en: "the certificate is already revoked",
    ru: "сертификат уже отозван",
  },
  "training.revokeReason": {
    en: "say why the certificate is revoked",
    ru: "укажите, почему сертификат отзывается",
  },
  "training.onlyNetworkAdmins": {
    en: "only the manufacturer's network administrators may add competencies",
    ru: "добавлять компетенции могут только администраторы сети производителя",
  },
  "training.competencyExists": {
    en: 'a competency "{key}" exists',
    ru: "компетенция «{key}» уже есть",
  },
  "training.notProvider": {
    en: "only a hub or the manufacturer provides training",
    ru: "обучение проводит только сервисный центр или производитель",
  },
  "training.mayNotChangeCourses": {
    en: "only {organisation} may change its courses",
    ru: "изменять эти курсы может только организация «{organisation}»",
  },
  "training.coverageKinds": {
    en: "coverage is kept for operators and hubs",
    ru: "охват обучением ведётся только для перевозчиков и сервисных центров",
  },
  "training.notSessionProvider": {
    en: "only {organisation} manages its training sessions",
    ru: "этими занятиями управляет только организация «{organisation}»",
  },
  "training.notTrainer": {
    en: "must be a trainer or hub manager of {organisation}",
    ru: "должен быть инструктором или руководителем в организации «{organisation}»",
  },
  "training.endsAfterStart": {
    en: "must be after startsAt",
    ru: "занятие должно заканчиваться позже, чем начинается",
  },
  "training.noCourse": { en: "no such course", ru: "нет такого курса" },
  "training.courseWithdrawn": {
    en: "the course is no longer offered",
    ru: "этот курс больше не проводится",
  },
  "training.sessionLocked": {
    en: "the session is {sessionStatus}; it can no longer be changed",
    ru: "занятие {sessionStatus}; изменить его уже нельзя",
  },
  "training.sessionClosedToEnrol": {
    en: "the session is {sessionStatus}; no one can enrol",
    ru: "занятие {sessionStatus}; записаться на него нельзя",
  },
  "training.enrolmentsLocked": {
    en: "the session is {sessionStatus}; its enrolments can no longer change",
    ru: "занятие {sessionStatus}; записи на него изменить уже нельзя",
  },
  "training.resultsRecorded": {
    en: "results are already recorded for this session",
    ru: "результаты этого занятия уже записаны",
  },
  "training.capacityBelowEnrolled": {
    en: "{enrolled} people are enrolled; the capacity cannot be below that",
    ru: "записано человек: {enrolled}; мест не может быть меньше",
  },
  "training.noPersonInYours": {
    en: "no such person in your organisations",
    ru: "в ваших организациях нет такого сотрудника",
  },
  "training.alreadyStarted": {
    en: "the session has already started; enrol into a later one",
    ru: "занятие уже началось; запишитесь на более позднее",
  },
  "training.alreadyEnrolled": {
    en: "{name} is already enrolled in this session",
    ru: "{name} уже записан(а) на это занятие",
  },
  "training.sessionFull": {
    en: "session is full ({enrolled} of {capacity})",
    ru: "свободных мест на занятии нет (занято {enrolled} из {capacity})",
  },
  "training.enrolmentAlready": {
    en: "the enrolment is already {enrolmentStatus}",
    ru: "запись уже {enrolmentStatus}",
  },
  "training.enrolmentChanged": {
    en: "the enrolment has changed meanwhile; reload it",
    ru: "запись тем временем изменилась; обновите страницу",
  },
  "training.cancelledNoResults": {
    en: "the session is cancelled; it has no results",
    ru: "занятие отменено; результатов у него нет",
  },
  "training.resultsAfterEnd": {
    en: "the session ends at {at}; results are recorded after it",
    ru: "занятие заканчивается {at}; результаты записываются после его окончания",
  },
  "training.completedBeforeStart": {
    en: "is before the session started ({date})",
    ru: "раньше начала занятия ({date})",
  },
  // Service requests: an operator asks a hub for a take-over or a specialist.
  "serviceRequest.noAgreement": {
    en: "no service agreement in force with a hub for {serviceKind} of {operator}",
    ru: "у перевозчика «{operator}» нет действующего договора обслуживания с сервисным центром на {serviceKind}",
  },
  "serviceRequest.noAgreementWithHub": {
    en: "no service agreement in force between this hub and {operator} for {serviceKind}",
    ru: "между этим сервисным центром и перевозчиком «{operator}» нет действующего договора обслуживания на {serviceKind}",
  },
  "serviceRequest.severalHubs": {
    en: "several hubs serve {operator} for this ({hubs}): name one",
    ru: "перевозчика «{operator}» по этому виду работ обслуживают несколько сервисных центров ({hubs}): укажите один",
  },
  "serviceRequest.onlyOperator": {
    en: "only an operator asks a hub for service",
    ru: "обратиться в сервисный центр может только перевозчик",
  },
  "serviceRequest.noOpenOrder": {
    en: "no such open work order of {operator}",
    ru: "у перевозчика «{operator}» нет такого открытого заказ-наряда",
  },
  "serviceRequest.notOrderVehicle": {
    en: "is not the vehicle of work order {order}",
    ru: "не транспортное средство заказ-наряда {order}",
  },
  "serviceRequest.orderHasRequest": {
    en: "work order {order} already has an open service request (#{request})",
    ru: "по заказ-наряду {order} уже есть открытая заявка в сервисный центр (№ {request})",
  },
  "serviceRequest.orderHasRequestMeanwhile": {
    en: "work order {order} already has an open service request",
    ru: "по заказ-наряду {order} уже есть открытая заявка в сервисный центр",
  },
  "serviceRequest.orderRequired": {
    en: "is required: name the work order the hub should take over",
    ru: "укажите заказ-наряд, который должен принять сервисный центр",
  },
  "serviceRequest.noVehicle": {
    en: "no such vehicle of {operator}",
    ru: "у перевозчика «{operator}» нет такого транспортного средства",
  },
  "serviceRequest.sayWhat": {
    en: "say what the hub should do",
    ru: "опишите, что должен сделать сервисный центр",
  },
  "serviceRequest.notParty": {
    en: "only {organisation} may {requestMove} request #{request}",
    ru: "{requestMove} заявку № {request} может только организация «{organisation}»",
  },
  "serviceRequest.wrongState": {
    en: "request #{request} is {requestStatus}; only an {requestFrom} request can be {requestMoved}",
    ru: "заявка № {request} {requestStatus}; {requestMoved} можно только {requestFrom} заявку",
  },
  "serviceRequest.notTechnician": {
    en: "must be a hub technician of {organisation}",
    ru: "должен быть техником сервисного центра «{organisation}»",
  },
  "serviceRequest.orderClosed": {
    en: "work order {order} is no longer open; decline the request instead",
    ru: "заказ-наряд {order} уже не открыт; вместо этого отклоните заявку",
  },
  "serviceRequest.declineReason": {
    en: "say why the request is declined",
    ru: "укажите, почему заявка отклоняется",
  },
  "serviceRequest.resolveNote": { en: "say what was done", ru: "опишите, что сделано" },
  // Vehicles, vehicle models and their meters.
  "vehicles.vinRequiredBus": { en: "is required for a bus", ru: "обязателен для автобуса" },
  "vehicles.vinOrSerial": {
    en: "a VIN or a serial number is required",
    ru: "укажите VIN или заводской номер",
  },
  "vehicles.vinTaken": {
    en: "another vehicle has this VIN",
    ru: "этот VIN уже указан у другого транспортного средства",
  },
  "vehicles.fleetNumberTaken": {
    en: "another vehicle of this organisation has this fleet number",
    ru: "этот гаражный номер уже у другого транспортного средства организации",
  },
  "vehicles.onlyOperator": {
    en: "only an operator has vehicles",
    ru: "транспортные средства есть только у перевозчика",
  },
  "vin.length": {
    en: "must be 17 characters (got {length})",
    ru: "должен состоять из 17 символов (указано {length})",
  },
  "vin.letterIOQ": {
    en: "must not contain the letter {letter} (I, O and Q are not used in VINs)",
    ru: "не может содержать букву {letter} (в VIN не используются буквы I, O и Q)",
  },
  "vin.character": { en: 'must not contain "{char}"', ru: "не может содержать «{char}»" },
  "models.batteryRequired": {
    en: "is required for a battery-electric model",
    ru: "обязательно для модели с электроприводом",
  },
  "models.noBattery": {
    en: "a {powertrainOf} model has no traction battery",
    ru: "у {powertrainOf} модели нет тяговой батареи",
  },
  "models.exists": {
    en: "{maker} {model} ({powertrain}) is already in the catalogue",
    ru: "{maker} {model} ({powertrain}) уже есть в каталоге",
  },
  "reading.alreadyVoided": { en: "is already voided", ru: "показание уже аннулировано" },
  "reading.voided": { en: "is voided", ru: "показание аннулировано" },
  "reading.notWaiting": {
    en: "is not waiting for confirmation",
    ru: "показание не ожидает подтверждения",
  },
  "reading.contradicts": {
    en: "{problem}; void this reading or the one it contradicts",
    ru: "{problem}; аннулируйте это показание или то, которому оно противоречит",
  },
  "reading.changedMeanwhile": {
    en: "was confirmed or voided meanwhile; reload it",
    ru: "показание тем временем подтверждено или аннулировано; обновите страницу",
  },
  // A vehicles CSV import: all or nothing, each bad line named.
  "csv.oneProblem": {
    en: "the file has {count} problem; nothing was imported. First: {first}",
    ru: "в файле ошибок: {count}; ничего не импортировано. Ошибка: {first}",
  },
  "csv.problems": {
    en: "the file has {count} problems; nothing was imported. First: {first}",
    ru: "в файле ошибок: {count}; ничего не импортировано. Первая: {first}",
  },
  "csv.invalid": { en: "is not valid CSV ({reason})", ru: "файл не в формате CSV ({reason})" },
  "csv.noRows": { en: "has no rows", ru: "в файле нет строк" },
  "csv.tooManyRows": {
    en: "has more than {max} rows; split it",
    ru: "в файле больше {max} строк; разделите его",
  },
  "csv.missingColumn": { en: "missing column: {columns}", ru: "нет столбца: {columns}" },
  "csv.missingColumns": { en: "missing columns: {columns}", ru: "нет столбцов: {columns}" },
  "csv.unknownColumn": {
    en: "unknown column: {columns} (known: {known})",
    ru: "неизвестный столбец: {columns} (допустимые: {known})",
  },
  "csv.unknownColumns": {
    en: "unknown columns: {columns} (known: {known})",
    ru: "неизвестные столбцы: {columns} (допустимые: {known})",
  },
  "csv.noModel": {
    en: 'no model "{maker} {model}" ({powertrain}) in the catalogue',
    ru: "в каталоге нет модели «{maker} {model}» ({powertrain})",
  },
  "csv.noDepot": {
    en: 'no depot "{name}" in this organisation',
    ru: "в организации нет депо «{name}»",
  },
  "csv.status": {
    en: '"{status}" is not one of {values}',
    ru: "«{status}» — недопустимый статус; допустимые: {values}",
  },
  "csv.duplicate": { en: "{value} is also on line {line}", ru: "{value} уже есть в строке {line}" },
  "csv.registeredMeanwhile": {
    en: "{problem} already registered (no line of the file was imported)",
    ru: "{problem}; ни одна строка файла не импортирована",
  },
  // Releasing a vehicle despite its defects, in writing.
  "release.notMoment": { en: "is not a date and time", ru: "не дата и время" },
  "release.reasonTooShort": {
    en: "must say in at least 10 characters why the vehicle may go out",
    ru: "объясните не менее чем в 10 символах, почему транспортное средство можно выпустить",
  },
  "release.shiftEnded": {
    en: "that shift ended at {end}; a release is for a shift under way or to come",
    ru: "эта смена закончилась {end}; выпуск оформляется на идущую или предстоящую смену",
  },
  "release.nothingToOverride": {
    en: "the vehicle may already go out for this shift; nothing to override",
    ru: "транспортное средство и так допущено к выпуску в эту смену; выпуск под ответственность не нужен",
  },
  "release.blocked": {
    en: "no one may release this vehicle: {reasons}",
    ru: "выпустить это транспортное средство не может никто: {reasons}",
  },
  // Accounts and API tokens.
  "auth.switchSignedIn": {
    en: "only a signed-in person can switch organisation",
    ru: "сменить организацию может только сотрудник, вошедший в систему",
  },
  "auth.tokenNoProfile": { en: "an API token has no profile", ru: "у API-токена нет профиля" },
  "auth.tokenNoPassword": { en: "an API token has no password", ru: "у API-токена нет пароля" },
  "tokens.tokenCannotMake": {
    en: "an API token cannot make API tokens; a person signs in to make one",
    ru: "API-токен не может создавать API-токены; токен создаёт сотрудник, вошедший в систему",
  },
  "tokens.lifetime": {
    en: "must be a whole number of days from 1 to {max}",
    ru: "должно быть целым числом дней от 1 до {max}",
  },
  "tokens.roleNotHeld": {
    en: "{roleField}: you do not hold the role {role} yourself",
    ru: "у вас самих нет роли «{role}» (поле {roleField})",
  },
  "tokens.roleNotIn": {
    en: "a {role} cannot act in a {orgKind}",
    ru: "роль «{role}» не действует в организации вида «{orgKind}»",
  },
  // Reports, the audit log and depots' shifts.
  "reports.periodTooLong": {
    en: "the period may be at most {years} years: to must be on or before {latest}",
    ru: "период не может быть длиннее {years} г.: конечная дата — не позже {latest}",
  },
  "audit.toAfterFrom": { en: "must be later than from", ru: "должно быть позже начала периода" },
  "shifts.badZone": {
    en: '"{zone}" is not a time zone (e.g. {example})',
    ru: "«{zone}» — не часовой пояс (например, {example})",
  },
  "shifts.none": {
    en: "needs at least one start time",
    ru: "нужно хотя бы одно время начала смены",
  },
  "shifts.tooMany": { en: "at most {max} shifts a day", ru: "не больше {max} смен в сутки" },
  "shifts.notTime": { en: '"{start}" is not a time HH:MM', ru: "«{start}» — не время ЧЧ:ММ" },
  "shifts.twice": {
    en: "has the same start time twice",
    ru: "одно и то же время начала смены указано дважды",
  },
  // The planner's timetables, scenarios and runs. A problem the planner finds in its input
  // is in the planner's own English words (src/planner is the command's, not the server's).
  "planner.inputProblem": {
    en: "{message}",
    ru: "ошибка во входных данных планировщика: {message}",
  },
  // One problem of a planner input, worded by the planner in both languages (PlannerInputError);
  // English is the problem alone, as clients have read it.
  "planner.inputProblemDetail": { en: "{problem}", ru: "ошибка: {problem}" },
  "planner.textOrScenario": {
    en: "send either {one} or {other}, not both",
    ru: "укажите только одно из полей: {one} или {other}",
  },
  "planner.scenarioTaken": {
    en: 'the organisation already has a scenario named "{name}"',
    ru: "у организации уже есть сценарий «{name}»",
  },
  "planner.noFile": {
    en: 'no file was sent (multipart field "{part}")',
    ru: "файл не получен (поле «{part}» формы multipart/form-data)",
  },
  "planner.timetableBusy": {
    en: "a plan of this timetable is still running; wait for it",
    ru: "план по этому расписанию ещё рассчитывается; дождитесь окончания",
  },
  "planner.otherOrganisation": {
    en: "the scenario belongs to another organisation than the timetable",
    ru: "сценарий относится к другой организации, чем расписание",
  },
  "planner.runNoResult": {
    en: "the run has not finished with a result",
    ru: "расчёт не завершился результатом",
  },
  "planner.sendMultipart": {
    en: 'send multipart/form-data with a "{part}" field',
    ru: "отправьте multipart/form-data с полем «{part}»",
  },
  // Limits on a request and its upload.
  "request.tooLargeForRoute": {
    en: "is larger than this route accepts ({mb} MB)",
    ru: "запрос больше, чем принимает этот адрес ({mb} МБ)",
  },
  "request.rateLimitedAddress": {
    en: "too many requests from this address; try again in {seconds} s",
    ru: "слишком много запросов с этого адреса; повторите через {seconds} с",
  },
  "upload.cutOff": {
    en: "the upload ended before the file was complete (send the whole multipart form)",
    ru: "загрузка оборвалась раньше, чем пришёл весь файл (отправьте всю форму multipart/form-data)",
  },
  "upload.tooLarge": { en: "is larger than {mb} MB", ru: "файл больше {mb} МБ" },
} satisfies Record<string, Text>;

export type TextKey = keyof typeof SERVER_TEXT;

/** A message that can be written in either language: its key and parameters. */
export interface LocalText {
  key: TextKey;
  params?: TextParams;
  /** The message does not name its field (a refusal of who asks, not of an input). */
  fieldless?: true;
}

const WORD_LISTS: Record<string, Record<string, Text>> = {
  type: TYPES,
  comparison: COMPARISONS,
  unit: UNITS,
  what: NOUNS,
  orderStatus: ORDER_STATUSES,
  toStatus: ORDER_STATUSES,
  defectStatus: DEFECT_STATUSES,
  vehicleType: VEHICLE_TYPES,
  windowUnit: WINDOW_UNITS,
  role: ROLES,
  orgKind: ORGANISATION_KINDS,
  sessionStatus: SESSION_STATUSES,
  enrolmentStatus: ENROLMENT_STATUSES,
  serviceKind: SERVICE_KINDS,
  requestStatus: REQUEST_STATUSES,
  requestFrom: REQUEST_FROM,
  requestMove: REQUEST_MOVES,
  requestMoved: REQUEST_MOVED,
  powertrain: POWERTRAINS,
  powertrainOf: POWERTRAINS_OF,
};

const NUMBER_LOCALE: Record<TextLocale, string> = { en: "en-US", ru: "ru-RU" };
const numberFormats = new Map<TextLocale, Intl.NumberFormat>();

function writeNumber(value: number, locale: TextLocale): string {
  // English keeps the plain figures API clients have matched on ("50000 km").
  if (locale === "en") return String(value);
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALE[locale], { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

// Made on first use: building it loads ICU's Russian data, ≈22 ms CPU at start-up for every
// process that imports this file (the `fleethub` command among them) though few need it.
let ruDateTime: Intl.DateTimeFormat | null = null;

function writeRuDateTime(value: string): string {
  ruDateTime ??= new Intl.DateTimeFormat("ru-RU", {
    dateStyle: "short",
    timeStyle: "short",
    timeZone: "UTC",
  });
  return `${ruDateTime.format(new Date(value))} UTC`;
}

function writeParam(name: string, value: TextParam, locale: TextLocale): string {
  if (typeof value === "number") return writeNumber(value, locale);
  if (typeof value === "object") return value[locale];
  // A moment ("at"), sent as ISO 8601: English keeps it; Russian reads "02.12.2026, 06:12 UTC".
  if (name === "at" && locale === "ru" && !Number.isNaN(Date.parse(value)))
    return writeRuDateTime(value);
  const word = WORD_LISTS[name]?.[value];
  return word ? word[locale] : value;
}

/** The message in `locale`, its parameters filled in; without the field. */
export function renderText(text: LocalText, locale: TextLocale): string {
  const template = SERVER_TEXT[text.key][locale];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = text.params?.[name];
    return value === undefined ? whole : writeParam(name, value, locale);
  });
}

/** The whole message: "field: problem" in English, "Problem (поле field)" in Russian. */
export function renderMessage(
  text: LocalText,
  locale: TextLocale,
  field: string | undefined,
): string {
  const problem = renderText(text, locale);
  if (!field || text.fieldless) return locale === "ru" ? capitalise(problem) : problem;
  return locale === "ru" ? `${capitalise(problem)} (поле ${field})` : `${field}: ${problem}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A stored text in the reader's language: the Russian the program stored beside its
 * English when it built the text (a work order titled by a checklist item's fault), else
 * the text as stored (a person's own words, or a row from before the Russian was kept).
 */
export function storedText(en: string, ru: string | null, locale: TextLocale): string {
  return locale === "ru" && ru !== null ? ru : en;
}
