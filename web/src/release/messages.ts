/**
 * The words of why a vehicle may not go out (the board, the vehicle page and the driver's
 * verdict), in both languages. `releaseRu` must have exactly the English keys (a missing
 * translation does not compile); en.ts and ru.ts include them as `release`.
 */
import { RELEASE_REASON_RU, type ReleaseReasonCode } from "../../../src/core/release-reasons.js";
import type { Messages } from "../i18n/messages.js";

export const releaseEn = {
  kinds: {
    VEHICLE_NOT_ACTIVE: "Vehicle not in service",
    NO_PRE_SHIFT_INSPECTION: "Not checked before the shift",
    CRITICAL_DEFECT_OPEN: "Critical defect",
    OPERATION_FORBIDDEN_DEFECT: "Fault that forbids operation (decree No. 837)",
    MAJOR_DEFECT_OPEN: "Major defect",
    MINOR_DEFECT_OPEN: "Minor defect",
    REPAIR_NOT_REVIEWED: "Repair not yet reviewed by the driver",
    MAINTENANCE_OVERDUE: "Safety maintenance overdue",
    WORK_ORDER_OPEN: "Open work order",
    CHECK_FLAGGED: "Check flagged: a manager must confirm it was made",
    PRETRIP_CONTROL_MISSING: "No pre-trip technical control by a controller",
    PRETRIP_CONTROL_FAILED: "Pre-trip technical control not passed",
    MEDICAL_ADMISSION_MISSING: "Driver not yet examined by a medical worker",
    DRIVER_NOT_ADMITTED: "Driver not admitted by the medical worker",
    VEHICLE_DOCUMENT_EXPIRED: "Vehicle document expired",
    DRIVER_DOCUMENT_EXPIRED: "Driver's document expired",
  },
  /** What a flagged check's evidence showed (issue #15). */
  flagKinds: {
    too_fast: "done too fast",
    not_at_depot: "not made at the vehicle or depot",
    clock: "phone clock wrong",
    evidence: "no proof of the check, or proof that cannot be true",
  },
  /** One flag of a check, as the board and the check's record show it. */
  flags: {
    short_check: (seconds: number, minimum: number) =>
      `Check done in ${seconds} s; at least ${minimum} s expected`,
    quick_answers: (quick: number, answers: number) =>
      `${quick} of ${answers} answers less than a second apart`,
    outside_area: (metres: number) => `Check made ${metres} m from the depot`,
    no_qr_scan: "The vehicle's QR code was not scanned",
    other_vehicle_qr: "The QR code of another vehicle was scanned",
    clock_off: (minutes: number) => `Phone clock off by ${minutes} min`,
    missing: "Sent without proof of when and where the check was made",
    impossible: (field: string) => `Proof that cannot be true (${field})`,
    other: (reason: string) => `Flagged: ${reason}`,
    holds: "holds the vehicle until a manager confirms the check",
    confirmed: (name: string, note: string) => `confirmed by ${name}: “${note}”`,
    confirm: "Confirm the check was made",
    confirmPrompt: "What did you check? (e.g. watched the driver check the bus again)",
    proofTitle: "How the check was made",
    noProof: "No proof was sent with this check.",
    madeIn: (seconds: number, minimum: number) =>
      `Opened to sent: ${seconds} s (at least ${minimum} s expected)`,
    clockOffset: (seconds: number) => `Phone clock off by ${seconds} s`,
    position: (latitude: string, longitude: string, accuracy: number) =>
      `Position: ${latitude}, ${longitude} (± ${accuracy} m)`,
    noPosition: "Position: not shared",
    qrScanned: (matches: boolean) =>
      matches ? "Started from the vehicle's QR code" : "Started from another vehicle's QR code",
    noQr: "Not started from the vehicle's QR code",
    noFlags: "No flags.",
  },
  failedCheck: (label: string) => `Failed check: ${label}`,
  /** Someone's own words (a driver's, a manager's), in the language's quotation marks. */
  quoted: (words: string) => `“${words}”`,
  reported: (date: string) => `reported ${date}`,
  clearedBy: (roles: string) => `Who can clear it: ${roles}`,
  checkWindow: (hours: number) => `a check counts from ${hours} h before the shift`,
  workOrder: (order: string, title: string, status: string) => `${order} “${title}”, ${status}`,
  releasedBy: (name: string, until: string) => `Released by ${name} until ${until}`,
  verdict: {
    held: "Do not drive — held:",
    ready: "Ready for the shift",
    pending: "Not sent yet — do not drive until it is sent",
    refused: (error: string) =>
      `Not accepted: ${error}. Do not drive until a check has been accepted.`,
    releasedDespite: "Released despite:",
    asking: "Asking whether the vehicle may go out…",
    unknown: "Could not find out whether the vehicle may go out. Do not drive until you know:",
    askAgain: "Ask again",
  },
};

export const releaseRu: Messages["release"] = {
  // The server's words for the same reasons (core/release-reasons.ts), capitalised.
  kinds: Object.fromEntries(
    Object.entries(RELEASE_REASON_RU).map(([code, words]) => [
      code,
      words.charAt(0).toUpperCase() + words.slice(1),
    ]),
  ) as Record<ReleaseReasonCode, string>,
  flagKinds: {
    too_fast: "проведён слишком быстро",
    not_at_depot: "проведён не у ТС или не в парке",
    clock: "неверное время на телефоне",
    evidence: "нет подтверждения осмотра, или оно невозможно",
  },
  flags: {
    short_check: (seconds, minimum) =>
      `Осмотр проведён за ${seconds} с; нужно не менее ${minimum} с`,
    quick_answers: (quick, answers) => `${quick} из ${answers} ответов с интервалом меньше секунды`,
    outside_area: (metres) => `Осмотр проведён в ${metres} м от парка`,
    no_qr_scan: "QR-код ТС не отсканирован",
    other_vehicle_qr: "Отсканирован QR-код другого ТС",
    clock_off: (minutes) => `Часы телефона расходятся на ${minutes} мин`,
    missing: "Отправлен без подтверждения, когда и где проведён осмотр",
    impossible: (field) => `Невозможные данные осмотра (${field})`,
    other: (reason) => `Отмечено: ${reason}`,
    holds: "выпуск запрещён, пока руководитель не подтвердит осмотр",
    confirmed: (name, note) => `подтвердил(а) ${name}: «${note}»`,
    confirm: "Подтвердить, что осмотр был",
    confirmPrompt: "Что вы проверили? (например, водитель осмотрел автобус ещё раз при мне)",
    proofTitle: "Как проводился осмотр",
    noProof: "С этим осмотром не передано подтверждение.",
    madeIn: (seconds, minimum) =>
      `От открытия до отправки: ${seconds} с (нужно не менее ${minimum} с)`,
    clockOffset: (seconds) => `Часы телефона расходятся на ${seconds} с`,
    position: (latitude, longitude, accuracy) =>
      `Место: ${latitude}, ${longitude} (± ${accuracy} м)`,
    noPosition: "Место: не передано",
    qrScanned: (matches) => (matches ? "Начат с QR-кода этого ТС" : "Начат с QR-кода другого ТС"),
    noQr: "Начат не с QR-кода ТС",
    noFlags: "Отметок нет.",
  },
  failedCheck: (label) => `Не пройдена проверка: ${label}`,
  quoted: (words) => `«${words}»`,
  reported: (date) => `выявлена ${date}`,
  clearedBy: (roles) => `Кто может снять запрет: ${roles}`,
  checkWindow: (hours) => `осмотр засчитывается за ${hours} ч до начала смены`,
  workOrder: (order, title, status) => `${order} «${title}», ${status}`,
  releasedBy: (name, until) => `Выпуск разрешил(а) ${name} до ${until}`,
  verdict: {
    held: "Не выезжайте — выпуск запрещён:",
    ready: "Можно выезжать на смену",
    pending: "Ещё не отправлено — не выезжайте, пока осмотр не отправлен",
    refused: (error) => `Осмотр не принят: ${error}. Не выезжайте, пока осмотр не будет принят.`,
    releasedDespite: "Несмотря на:",
    asking: "Узнаём, можно ли выезжать…",
    unknown: "Не удалось узнать, можно ли выезжать. Не выезжайте, пока это не выяснится:",
    askAgain: "Узнать ещё раз",
  },
};
