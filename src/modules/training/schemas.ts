/** Schemas of the training API: competencies, courses, sessions, enrolments, certificates. */
import { Type } from "typebox";
import { ENROLMENT_STATUSES, SESSION_STATUSES } from "../../db/maintenance-schema.js";
import { IsoDate, Name, Timestamp, Uuid } from "../../server/schemas.js";
import { CERTIFICATE_STATUSES } from "./validity.js";

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const CompetencyKey = Type.String({
  pattern: "^[a-z][a-z0-9_]{1,40}$",
  description: "Lower-case letters, digits and underscores, starting with a letter",
});
/** A competency named in a request: any existing key (checked against the catalogue). */
const CompetencyRef = Type.String({ minLength: 1, maxLength: 41 });
export const LocalisedName = Type.Object({ en: Name, ru: Name }, { additionalProperties: false });

export const Competency = Type.Object(
  { key: Type.String(), name: LocalisedName, builtIn: Type.Boolean() },
  { $id: "Competency" },
);
export const CreateCompetency = Type.Object(
  { key: CompetencyKey, name: LocalisedName },
  { additionalProperties: false },
);

export const Course = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    organisationName: Type.String(),
    competency: Type.String(),
    competencyName: LocalisedName,
    name: Type.String(),
    description: Nullable(Type.String()),
    validityMonths: Type.Integer(),
    active: Type.Boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: "Course" },
);
const Description = Type.String({ maxLength: 4000 });
const ValidityMonths = Type.Integer({
  minimum: 1,
  maximum: 120,
  description: "How long a certificate from this course stays valid",
});
export const CreateCourse = Type.Object(
  {
    organisationId: Uuid,
    competency: CompetencyRef,
    name: Name,
    description: Type.Optional(Nullable(Description)),
    validityMonths: ValidityMonths,
  },
  { additionalProperties: false },
);
export const UpdateCourse = Type.Object(
  {
    name: Type.Optional(Name),
    description: Type.Optional(Nullable(Description)),
    validityMonths: Type.Optional(ValidityMonths),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export const ListCoursesQuery = Type.Object(
  {
    organisationId: Type.Optional(Uuid),
    competency: Type.Optional(CompetencyRef),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const Enrolment = Type.Object(
  {
    id: Uuid,
    sessionId: Uuid,
    userId: Uuid,
    userName: Type.String(),
    organisationId: Uuid,
    organisationName: Type.String(),
    status: Type.Enum([...ENROLMENT_STATUSES]),
    certificateId: Nullable(Uuid),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: "Enrolment" },
);
const SessionFields = {
  id: Uuid,
  courseId: Uuid,
  courseName: Type.String(),
  competency: Type.String(),
  organisationId: Uuid,
  organisationName: Type.String(),
  startsAt: Timestamp,
  endsAt: Timestamp,
  place: Type.String(),
  trainerUserId: Nullable(Uuid),
  trainerName: Nullable(Type.String()),
  capacity: Type.Integer(),
  enrolledCount: Type.Integer({ description: "Enrolments not cancelled (what fills the places)" }),
  status: Type.Enum([...SESSION_STATUSES]),
};
export const TrainingSession = Type.Object(SessionFields, { $id: "TrainingSession" });
export const TrainingSessionDetail = Type.Object(
  {
    ...SessionFields,
    enrolments: Type.Array(Enrolment, {
      description: "All of them for the provider; for others, only people they may see",
    }),
  },
  { $id: "TrainingSessionDetail" },
);
const Place = Type.String({ minLength: 1, maxLength: 200 });
const Capacity = Type.Integer({ minimum: 1, maximum: 500 });
export const CreateSession = Type.Object(
  {
    courseId: Uuid,
    startsAt: Timestamp,
    endsAt: Timestamp,
    place: Place,
    trainerUserId: Uuid,
    capacity: Capacity,
  },
  { additionalProperties: false },
);
export const UpdateSession = Type.Object(
  {
    startsAt: Type.Optional(Timestamp),
    endsAt: Type.Optional(Timestamp),
    place: Type.Optional(Place),
    trainerUserId: Type.Optional(Uuid),
    capacity: Type.Optional(Capacity),
    status: Type.Optional(
      Type.Enum(["cancelled"], { description: "Cancel the session and its enrolments" }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);
export const ListSessionsQuery = Type.Object(
  {
    courseId: Type.Optional(Uuid),
    organisationId: Type.Optional(Uuid),
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
    status: Type.Optional(Type.Enum([...SESSION_STATUSES])),
    limit: Type.Integer({ minimum: 1, maximum: 2000, default: 500 }),
  },
  { additionalProperties: false },
);
export const EnrolRequest = Type.Object({ userId: Uuid }, { additionalProperties: false });
export const EnrolmentParams = Type.Object(
  { id: Uuid, enrolmentId: Uuid },
  { additionalProperties: false },
);
export const CompleteEnrolment = Type.Object(
  {
    passed: Type.Boolean(),
    completedOn: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);

export const Certificate = Type.Object(
  {
    id: Uuid,
    userId: Uuid,
    userName: Type.String(),
    organisationId: Uuid,
    organisationName: Type.String(),
    competency: Type.String(),
    competencyName: LocalisedName,
    issuedOn: IsoDate,
    expiresOn: IsoDate,
    issuedByOrganisationId: Uuid,
    issuedByName: Type.String(),
    courseId: Nullable(Uuid),
    sessionId: Nullable(Uuid),
    status: Type.Enum([...CERTIFICATE_STATUSES]),
    daysLeft: Type.Integer({ description: "Days until expiry; negative once expired" }),
    revokedAt: Nullable(Timestamp),
    revokeReason: Nullable(Type.String()),
    createdAt: Timestamp,
  },
  { $id: "Certificate" },
);
export const CompletionResult = Type.Object({
  enrolment: Enrolment,
  certificate: Nullable(Certificate),
});
export const ListCertificatesQuery = Type.Object(
  {
    userId: Type.Optional(Uuid),
    organisationId: Type.Optional(Uuid),
    competency: Type.Optional(CompetencyRef),
    status: Type.Enum([...CERTIFICATE_STATUSES, "all"], { default: "all" }),
    expiringWithinDays: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 3650,
        description: "Only valid certificates expiring within this many days",
      }),
    ),
    limit: Type.Integer({ minimum: 1, maximum: 5000, default: 500 }),
  },
  { additionalProperties: false },
);
export const ExpiringQuery = Type.Object(
  {
    days: Type.Integer({ minimum: 1, maximum: 3650, default: 60 }),
    organisationId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export const CreateCertificate = Type.Object(
  {
    userId: Uuid,
    organisationId: Uuid,
    competency: CompetencyRef,
    issuedOn: IsoDate,
    expiresOn: IsoDate,
  },
  { additionalProperties: false },
);
export const RevokeCertificate = Type.Object(
  { reason: Type.String({ minLength: 3, maxLength: 500 }) },
  { additionalProperties: false },
);

export const Coverage = Type.Object(
  {
    organisationId: Uuid,
    organisationName: Type.String(),
    kind: Type.Enum(["operator", "hub"]),
    role: Type.Enum(["mechanic", "hub_technician"], {
      description: "Whose certificates count: an operator's mechanics, a hub's technicians",
    }),
    headcount: Type.Integer(),
    expiringWithinDays: Type.Integer(),
    competencies: Type.Array(
      Type.Object({
        competency: Type.String(),
        name: LocalisedName,
        certified: Type.Integer({ description: "People with a valid certificate today" }),
        expiringSoon: Type.Integer({
          description: "Of those, people whose last valid certificate expires within the window",
        }),
      }),
    ),
  },
  { $id: "TrainingCoverage" },
);
export const CoverageQuery = Type.Object(
  { organisationId: Type.Optional(Uuid) },
  { additionalProperties: false },
);
