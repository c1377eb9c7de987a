/** Pre-trip control's request and answer schemas (issue #11). */
import { Type } from "typebox";
import { DOCUMENT_KINDS, RELEASE_POLICIES } from "../../core/pretrip.js";
import { IsoDate, Timestamp, Uuid } from "../../server/schemas.js";

const Words = Type.Object({ en: Type.String(), ru: Type.String() });

export const ReleasePolicySchema = Type.Object(
  {
    organisationId: Uuid,
    policy: Type.Enum([...RELEASE_POLICIES], {
      description:
        "walkaround: the driver's own pre-shift check; ru_pretrip: also a qualified controller's technical control, a medical worker's admission of the driver and documents in date (Mintrans orders No. 9/2021 and No. 390/2022)",
    }),
  },
  { $id: "ReleasePolicy" },
);
export const PutReleasePolicy = Type.Object(
  { organisationId: Uuid, policy: Type.Enum([...RELEASE_POLICIES]) },
  { additionalProperties: false },
);
export const OrganisationQuery = Type.Object(
  { organisationId: Type.Optional(Uuid) },
  { additionalProperties: false },
);

/** Which shift a control or an admission is for: the one under way at a moment, or the next. */
const shiftFields = {
  shiftStart: Type.Optional(
    Type.String({
      format: "date-time",
      description: "Any moment of the shift it is for (default: now)",
    }),
  ),
  shift: Type.Optional(
    Type.Enum(["current", "next"], {
      description: "The shift under way at that moment, or the one after it",
    }),
  ),
};

export const CreateDocument = Type.Object(
  {
    vehicleId: Type.Optional(Uuid),
    driverUserId: Type.Optional(Uuid),
    kind: Type.Enum([...DOCUMENT_KINDS]),
    number: Type.String({ minLength: 1, maxLength: 100 }),
    issuedOn: IsoDate,
    expiresOn: IsoDate,
  },
  { additionalProperties: false },
);
export const ComplianceDocument = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    vehicleId: Type.Union([Uuid, Type.Null()]),
    fleetNumber: Type.Union([Type.String(), Type.Null()]),
    registrationPlate: Type.Union([Type.String(), Type.Null()]),
    driverUserId: Type.Union([Uuid, Type.Null()]),
    driverName: Type.Union([Type.String(), Type.Null()]),
    kind: Type.Enum([...DOCUMENT_KINDS]),
    kindName: Words,
    number: Type.String(),
    issuedOn: IsoDate,
    expiresOn: IsoDate,
    state: Type.Enum(["valid", "expiring", "expired"]),
    daysLeft: Type.Integer({ description: "Days from today to the expiry (negative: expired)" }),
    current: Type.Boolean({
      description:
        "The newest document of its kind for its vehicle or driver (the one that counts)",
    }),
  },
  { $id: "ComplianceDocument" },
);
export const CalendarQuery = Type.Object(
  {
    depotId: Uuid,
    withinDays: Type.Integer({
      minimum: 0,
      maximum: 366,
      default: 30,
      description: "Show what expires within this many days (and everything expired)",
    }),
  },
  { additionalProperties: false },
);
export const ComplianceCalendar = Type.Object(
  {
    depotId: Uuid,
    today: IsoDate,
    until: IsoDate,
    documents: Type.Array(ComplianceDocument, {
      description:
        "Expired (state expired) and expiring by `until`, soonest expiry first; only the newest document of each kind per vehicle or driver",
    }),
  },
  { $id: "ComplianceCalendar" },
);

export const CreateTechnicalControl = Type.Object(
  {
    vehicleId: Uuid,
    ...shiftFields,
    driverUserId: Uuid,
    passed: Type.Boolean({ description: "The vehicle is fit to go out" }),
    odometerKm: Type.Number({ minimum: 0, maximum: 9_999_999 }),
    signature: Type.String({
      minLength: 3,
      maxLength: 120,
      description: 'The controller\'s surname and initials, e.g. "Иванов И.И."',
    }),
    inspectionId: Type.Optional(
      Uuid,
      // The driver's walkaround the controller reviewed, if there was one.
    ),
    notes: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export const TechnicalControl = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    vehicleId: Uuid,
    fleetNumber: Type.String(),
    registrationPlate: Type.Union([Type.String(), Type.Null()]),
    model: Type.String(),
    depotId: Type.Union([Uuid, Type.Null()]),
    shiftStart: Timestamp,
    shiftEnd: Timestamp,
    driverUserId: Type.Union([Uuid, Type.Null()]),
    driverName: Type.Union([Type.String(), Type.Null()]),
    passed: Type.Boolean(),
    controlledAt: Timestamp,
    odometerKm: Type.Number(),
    notes: Type.Union([Type.String(), Type.Null()]),
    controllerUserId: Uuid,
    controllerName: Type.String(),
    controllerOrganisationId: Uuid,
    signature: Type.String(),
    inspectionId: Type.Union([Uuid, Type.Null()]),
  },
  { $id: "TechnicalControl" },
);

export const CreateMedicalAdmission = Type.Object(
  {
    driverUserId: Uuid,
    depotId: Uuid,
    ...shiftFields,
    stage: Type.Optional(
      Type.Enum(["pre_trip", "post_trip"], { description: "Before the trip (default) or after" }),
    ),
    admitted: Type.Boolean({ description: "Admitted to drive (pre-trip) or fit after the trip" }),
    details: Type.Optional(
      Type.String({
        maxLength: 2000,
        description:
          "Optional medical details; stored apart, shown only to medical workers, every read audited (152-FZ art. 10)",
      }),
    ),
  },
  { additionalProperties: false },
);
export const MedicalAdmission = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    driverUserId: Uuid,
    driverName: Type.String(),
    depotId: Type.Union([Uuid, Type.Null()]),
    stage: Type.Enum(["pre_trip", "post_trip"]),
    shiftStart: Timestamp,
    shiftEnd: Timestamp,
    admitted: Type.Boolean(),
    examinedAt: Timestamp,
    byUserId: Uuid,
    byName: Type.String(),
    byOrganisationId: Uuid,
    hasDetails: Type.Boolean({
      description: "Medical details are on record (medical workers only)",
    }),
  },
  { $id: "MedicalAdmission" },
);
export const MedicalDetails = Type.Object(
  { admissionId: Uuid, details: Type.Union([Type.String(), Type.Null()]) },
  { $id: "MedicalDetails" },
);

export const DayQuery = Type.Object(
  {
    date: Type.Optional(
      Type.String({ format: "date", description: "The depot's local day (default: today)" }),
    ),
  },
  { additionalProperties: false },
);
