/**
 * Pre-trip control as Russian law requires, as pure rules (issue #11).
 *
 * A Russian bus goes out only after three things, all recorded on its waybill:
 * - pre-trip technical control by a controller qualified under Mintrans order No. 282 of
 *   31 Jul 2020, who enters the date, time and odometer and signs with surname and
 *   initials (Mintrans order No. 9 of 15 Jan 2021; order No. 390 of 28 Sep 2022);
 * - the driver's pre-trip medical examination by a medical worker, who admits the driver
 *   or not;
 * - the waybill itself (order No. 390), electronic for passenger carriers from
 *   1 Sep 2026 under the Federal Tax Service format of order ЕД-7-26/116@ of 17 Feb 2023.
 *
 * An organisation chooses its release policy: the driver's walkaround alone (fleethub's
 * behaviour before) or the Russian pre-trip control.
 */
import type { LocalText } from "./server-text.js";
import { addMonths } from "./calendar-dates.js";

export const RELEASE_POLICIES = ["walkaround", "ru_pretrip"] as const;
export type ReleasePolicy = (typeof RELEASE_POLICIES)[number];
export const DEFAULT_RELEASE_POLICY: ReleasePolicy = "walkaround";

/** The competency a technical controller's certificate is for (Mintrans order No. 282/2020). */
export const CONTROLLER_COMPETENCY = "pretrip_technical_control";
/** The competency a medical worker's certificate is for (pre-trip medical examinations). */
export const MEDICAL_COMPETENCY = "pretrip_medical_examination";

export const DOCUMENT_KINDS = [
  "osago",
  "diagnostic_card",
  "tachograph_skzi",
  "tachograph_calibration",
  "cng_cylinder_requalification",
  "driving_licence",
  "tachograph_card",
  "medical_certificate",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface DocumentKindDefinition {
  holder: "vehicle" | "driver";
  name: { en: string; ru: string };
}

export const DOCUMENT_KIND_DEFINITIONS: Readonly<Record<DocumentKind, DocumentKindDefinition>> = {
  osago: {
    holder: "vehicle",
    name: { en: "Compulsory motor insurance (OSAGO)", ru: "Полис ОСАГО" },
  },
  diagnostic_card: {
    holder: "vehicle",
    name: { en: "Roadworthiness diagnostic card", ru: "Диагностическая карта" },
  },
  tachograph_skzi: {
    holder: "vehicle",
    name: { en: "Tachograph crypto unit (SKZI)", ru: "Блок СКЗИ тахографа" },
  },
  tachograph_calibration: {
    holder: "vehicle",
    name: { en: "Tachograph calibration", ru: "Калибровка тахографа" },
  },
  cng_cylinder_requalification: {
    holder: "vehicle",
    name: {
      en: "CNG cylinder requalification",
      ru: "Освидетельствование газовых баллонов",
    },
  },
  driving_licence: {
    holder: "driver",
    name: { en: "Driving licence", ru: "Водительское удостоверение" },
  },
  tachograph_card: {
    holder: "driver",
    name: { en: "Driver's tachograph card", ru: "Карта водителя для тахографа" },
  },
  medical_certificate: {
    holder: "driver",
    name: {
      en: "Periodic medical certificate",
      ru: "Медицинское заключение (периодический осмотр)",
    },
  },
};

export const VEHICLE_DOCUMENT_KINDS = DOCUMENT_KINDS.filter(
  (k) => DOCUMENT_KIND_DEFINITIONS[k].holder === "vehicle",
);
export const DRIVER_DOCUMENT_KINDS = DOCUMENT_KINDS.filter(
  (k) => DOCUMENT_KIND_DEFINITIONS[k].holder === "driver",
);

/** Bus types a diagnostic card's six-month rule applies to. */
const BUS_TYPES = new Set(["city_bus", "intercity_bus"]);

/**
 * The longest a document of `kind` may be valid, in months, where a rule fixes it; null
 * when fleethub knows no fixed limit (insurance terms vary, cylinder requalification
 * depends on the cylinder's material: 2, 3 or 5 years).
 * - Diagnostic card of a bus: 6 months once the bus is over 5 years old, 12 months before
 *   (Federal law No. 170-FZ of 1 Jul 2011 "On technical inspection", art. 15). The age is
 *   counted from the vehicle's in-service date, the nearest date fleethub holds to its
 *   year of manufacture.
 * - Tachograph crypto unit: replaced every 3 years (its certificate's term).
 */
export function maxValidityMonths(
  kind: DocumentKind,
  vehicle: { vehicleType: string; inServiceDate: string | null } | null,
  issuedOn: string,
): number | null {
  if (kind === "tachograph_skzi") return 36;
  if (kind === "diagnostic_card" && vehicle && BUS_TYPES.has(vehicle.vehicleType)) {
    if (!vehicle.inServiceDate) return 12;
    return addMonths(vehicle.inServiceDate, 60) < issuedOn ? 6 : 12;
  }
  return null;
}

/**
 * What is wrong with a document's dates, as a field and a problem, or null. A document
 * never expires before it was issued; where a rule limits its term, it expires no later
 * than the term allows.
 */
export function documentDatesProblem(
  kind: DocumentKind,
  issuedOn: string,
  expiresOn: string,
  vehicle: { vehicleType: string; inServiceDate: string | null } | null,
): { field: "expiresOn"; problem: string; text: LocalText } | null {
  if (expiresOn < issuedOn)
    return {
      field: "expiresOn",
      problem: `${expiresOn} is before the date of issue ${issuedOn}`,
      text: { key: "pretrip.expiresBeforeIssue", params: { expires: expiresOn, issued: issuedOn } },
    };
  const months = maxValidityMonths(kind, vehicle, issuedOn);
  if (months !== null && expiresOn > addMonths(issuedOn, months)) {
    const why =
      kind === "tachograph_skzi"
        ? "a tachograph crypto unit is valid at most 3 years"
        : months === 6
          ? "a bus over 5 years old has a diagnostic card for at most 6 months (170-FZ art. 15)"
          : "a bus up to 5 years old has a diagnostic card for at most 12 months (170-FZ art. 15)";
    const key =
      kind === "tachograph_skzi"
        ? "pretrip.tachographTerm"
        : months === 6
          ? "pretrip.diagnosticCardOld"
          : "pretrip.diagnosticCardNew";
    return {
      field: "expiresOn",
      problem: `${expiresOn} is later than ${addMonths(issuedOn, months)}: ${why}`,
      text: { key, params: { expires: expiresOn, latest: addMonths(issuedOn, months) } },
    };
  }
  return null;
}

/** A document's state on a day: valid through its expiry date, inclusive. */
export type DocumentState = "valid" | "expiring" | "expired";
export const EXPIRING_WITHIN_DAYS = 30;

export function documentState(expiresOn: string, onDate: string, soonDate: string): DocumentState {
  if (expiresOn < onDate) return "expired";
  if (expiresOn <= soonDate) return "expiring";
  return "valid";
}

/**
 * A controller signs the waybill with surname and initials (order No. 390): "Иванов И.И."
 * or "Ivanov I.I.". The signature is a surname (letters, maybe hyphenated) and one or two
 * initials, each a capital letter with a full stop.
 */
const SIGNATURE = /^\p{Lu}[\p{L}'’-]+(?:-\p{Lu}[\p{L}'’-]+)?\s+\p{Lu}\.\s?(?:\p{Lu}\.)?$/u;

export function signatureProblem(signature: string): string | null {
  if (!SIGNATURE.test(signature.trim()))
    return 'must be a surname and initials, e.g. "Иванов И.И." or "Ivanov I.I."';
  return null;
}
