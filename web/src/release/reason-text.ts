/**
 * A release reason as a person reads it, in the UI's language: what kind of hold it is,
 * each defect named as a fault with the driver's own words and when it was reported, and
 * who can clear it. The one wording for the board, the vehicle page and the driver's
 * verdict; the API's `message` is English, for API clients.
 */
import type { Locale, ReasonDefect, ReleaseReason, Role } from "../api/types.js";
import { FORMAT_LOCALE, humanize } from "../i18n/i18n.js";
import type { Messages } from "../i18n/messages.js";

/** The language to word a reason in: the dictionary and its locale. */
export interface Wording {
  t: Messages;
  locale: Locale;
}

export interface DefectText {
  id: string;
  /** The checklist item named as a fault ("Gas smell or leak at the cylinders"). */
  fault: string;
  /** The driver's own words, quoted, when they wrote any. */
  driverWords: string | null;
  /** "reported 2 Dec, 06:12". */
  reported: string;
}

export interface ReasonText {
  code: ReleaseReason["code"];
  overridable: boolean;
  /** "Critical defect", "Open work order"… */
  kind: string;
  /** What the hold is about when it is not defects: a status, tasks, an order. */
  detail: string | null;
  defects: DefectText[];
  /** "Who can clear it: mechanic or hub technician". */
  clearedBy: string | null;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(
  locale: Locale,
  timeZone: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone ?? ""}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(FORMAT_LOCALE[locale], { ...options, timeZone });
    } catch {
      // A zone this browser does not know: the device's own time is better than nothing.
      format = new Intl.DateTimeFormat(FORMAT_LOCALE[locale], options);
    }
    formats.set(key, format);
  }
  return format;
}

/**
 * "2 Dec, 06:12" / "2 дек., 06:12": a moment of the last days or the next, without the
 * year. In the depot's time zone when given, so everyone at the depot reads the same time.
 */
export function shortDateTime(value: string | Date, locale: Locale, timeZone?: string): string {
  return dateTimeFormat(locale, timeZone, {
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(value));
}

/** "05:00": the time of day of a moment, in the depot's time zone when given. */
export function timeOfDay(value: string | Date, locale: Locale, timeZone?: string): string {
  return dateTimeFormat(locale, timeZone, {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(value));
}

/** "Hub technician" → "hub technician", for a label in the middle of a sentence. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function roleLabel(role: string, t: Messages): string {
  return Object.hasOwn(t.roles, role) ? t.roles[role as Role] : humanize(role);
}

function statusLabel(status: string, t: Messages): string {
  return Object.hasOwn(t.fleet.statuses, status)
    ? t.fleet.statuses[status as keyof Messages["fleet"]["statuses"]]
    : humanize(status);
}

function workOrderStatusLabel(status: string, t: Messages): string {
  const statuses = t.maintenance.workOrders.statuses;
  return Object.hasOwn(statuses, status)
    ? statuses[status as keyof typeof statuses]
    : humanize(status);
}

function defectText(
  defect: ReasonDefect,
  { t, locale }: Wording,
  timeZone: string | undefined,
): DefectText {
  const words = defect.driverComment?.trim();
  // The stored description already carries the driver's words: quote them only beside a
  // fault or an item's label.
  const named = defect.fault ?? defect.label;
  return {
    id: defect.id,
    fault: defect.fault
      ? defect.fault[locale]
      : defect.label
        ? t.release.failedCheck(defect.label[locale])
        : defect.description,
    driverWords: named && words ? t.release.quoted(words) : null,
    reported: t.release.reported(shortDateTime(defect.openedAt, locale, timeZone)),
  };
}

function detailOf(reason: ReleaseReason, { t, locale }: Wording): string | null {
  const params = reason.params ?? {};
  switch (reason.code) {
    case "VEHICLE_NOT_ACTIVE":
      return typeof params.status === "string" ? lowerFirst(statusLabel(params.status, t)) : null;
    case "NO_PRE_SHIFT_INSPECTION":
      return typeof params.windowHours === "number"
        ? t.release.checkWindow(params.windowHours)
        : null;
    case "MAINTENANCE_OVERDUE": {
      const tasks = locale === "ru" ? params.tasksRu : params.tasksEn;
      return typeof tasks === "string" && tasks ? tasks : null;
    }
    case "WORK_ORDER_OPEN": {
      const title =
        locale === "ru" && typeof params.titleRu === "string" ? params.titleRu : params.title;
      return typeof params.number === "number" && typeof title === "string"
        ? t.release.workOrder(
            t.maintenance.workOrders.number(params.number),
            title,
            lowerFirst(workOrderStatusLabel(String(params.status ?? ""), t)),
          )
        : null;
    }
    case "CHECK_FLAGGED": {
      const kinds = String(params.kinds ?? "")
        .split(",")
        .filter((kind): kind is keyof typeof t.release.flagKinds =>
          Object.hasOwn(t.release.flagKinds, kind),
        );
      return kinds.length
        ? [...new Set(kinds)].map((k) => t.release.flagKinds[k]).join("; ")
        : null;
    }
    default:
      return null;
  }
}

/** A reason in the UI's language; dates in the depot's time zone when it is given. */
export function reasonText(reason: ReleaseReason, wording: Wording, timeZone?: string): ReasonText {
  const { t, locale } = wording;
  const roles = (reason.clearedBy ?? []).map((role) => lowerFirst(roleLabel(role, t)));
  return {
    code: reason.code,
    overridable: reason.overridable,
    kind: Object.hasOwn(t.release.kinds, reason.code)
      ? t.release.kinds[reason.code]
      : humanize(reason.code),
    detail: detailOf(reason, wording),
    defects: (reason.defects ?? []).map((defect) => defectText(defect, wording, timeZone)),
    clearedBy: roles.length
      ? t.release.clearedBy(
          new Intl.ListFormat(FORMAT_LOCALE[locale], { type: "disjunction" }).format(roles),
        )
      : null,
  };
}

/** One defect in a line: the fault — the driver's words (when reported). */
export function defectLine(defect: DefectText): string {
  return `${defect.fault}${defect.driverWords ? ` — ${defect.driverWords}` : ""} (${defect.reported})`;
}

/** A reason in one line, as the board and the verdict show it. */
export function reasonLine(text: ReasonText): string {
  const about = [text.detail, ...text.defects.map(defectLine)].filter(Boolean).join("; ");
  return `${text.kind}${about ? `: ${about}` : ""}${text.clearedBy ? `. ${text.clearedBy}` : ""}`;
}
