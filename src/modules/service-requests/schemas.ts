/** Schemas of the hub service API: an operator's requests to its hub and their moves. */
import { Type } from "typebox";
import { SERVICE_REQUEST_KINDS, SERVICE_REQUEST_STATUSES } from "../../db/maintenance-schema.js";
import { Timestamp, Uuid } from "../../server/schemas.js";

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const ServiceRequest = Type.Object(
  {
    id: Uuid,
    number: Type.Integer(),
    operatorId: Uuid,
    operatorName: Type.String(),
    hubId: Uuid,
    hubName: Type.String(),
    agreementId: Uuid,
    kind: Type.Enum([...SERVICE_REQUEST_KINDS]),
    workOrderId: Nullable(Uuid),
    workOrderNumber: Nullable(Type.Integer()),
    vehicleId: Nullable(Uuid),
    vehicleFleetNumber: Nullable(Type.String()),
    description: Type.String(),
    status: Type.Enum([...SERVICE_REQUEST_STATUSES]),
    requestedAt: Timestamp,
    requestedByName: Nullable(Type.String()),
    responseDueAt: Timestamp,
    resolutionDueAt: Timestamp,
    acceptedAt: Nullable(Timestamp),
    assigneeUserId: Nullable(Uuid),
    assigneeName: Nullable(Type.String()),
    resolvedAt: Nullable(Timestamp),
    resolutionNote: Nullable(Type.String()),
    declinedAt: Nullable(Timestamp),
    declineReason: Nullable(Type.String()),
    cancelledAt: Nullable(Timestamp),
    cancelReason: Nullable(Type.String()),
    responseOverdue: Type.Boolean({
      description:
        "The hub did not answer (accept or decline) by responseDueAt: still open past it, or answered after it",
    }),
    resolutionOverdue: Type.Boolean({
      description:
        "Not resolved by resolutionDueAt: still open or accepted past it, or resolved after it",
    }),
  },
  { $id: "ServiceRequest" },
);

const Text = (maxLength: number) => Type.String({ minLength: 3, maxLength });

export const CreateServiceRequest = Type.Object(
  {
    organisationId: Type.Optional(
      Type.String({ format: "uuid", description: "The operator asking; default: my organisation" }),
    ),
    kind: Type.Enum([...SERVICE_REQUEST_KINDS]),
    workOrderId: Type.Optional(Uuid),
    vehicleId: Type.Optional(Uuid),
    description: Text(4000),
    hubId: Type.Optional(
      Type.String({
        format: "uuid",
        description: "Needed only when several hubs could serve this",
      }),
    ),
  },
  { additionalProperties: false },
);
export const ListServiceRequestsQuery = Type.Object(
  {
    status: Type.Optional(
      Type.Enum([...SERVICE_REQUEST_STATUSES, "active"], {
        description: "active: open or accepted",
      }),
    ),
    kind: Type.Optional(Type.Enum([...SERVICE_REQUEST_KINDS])),
    overdue: Type.Optional(
      Type.Boolean({ description: "true: a response or resolution target is missed" }),
    ),
    operatorId: Type.Optional(Uuid),
    regionId: Type.Optional(Uuid),
    workOrderId: Type.Optional(Uuid),
    limit: Type.Integer({ minimum: 1, maximum: 2000, default: 200 }),
  },
  { additionalProperties: false },
);
export const AcceptServiceRequest = Type.Object(
  { assigneeUserId: Uuid },
  { additionalProperties: false },
);
export const DeclineServiceRequest = Type.Object(
  { reason: Text(2000) },
  { additionalProperties: false },
);
export const ResolveServiceRequest = Type.Object(
  { note: Text(2000) },
  { additionalProperties: false },
);
export const CancelServiceRequest = Type.Object(
  { reason: Type.Optional(Text(2000)) },
  { additionalProperties: false },
);
