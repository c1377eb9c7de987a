/** The hub service API: requests, the hub's queue, and their moves. */
import { Type } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { actorOf } from "../../server/context.js";
import { IdParams, withErrors } from "../../server/schemas.js";
import {
  AcceptServiceRequest,
  CancelServiceRequest,
  CreateServiceRequest,
  DeclineServiceRequest,
  ListServiceRequestsQuery,
  ResolveServiceRequest,
  ServiceRequest,
} from "./schemas.js";
import {
  createServiceRequest,
  getServiceRequest,
  listServiceRequests,
  presentServiceRequest,
} from "./service-requests.js";
import {
  acceptServiceRequest,
  cancelServiceRequest,
  declineServiceRequest,
  resolveServiceRequest,
} from "./transitions.js";

export const serviceRequestRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps;
  const tags = ["service"];
  const response = withErrors({ 200: ServiceRequest });

  app.get(
    "/service-requests",
    {
      schema: {
        operationId: "listServiceRequests",
        tags,
        summary:
          "Service requests, the earliest missed or nearest target first, closed ones last: a hub's queue of every operator it serves, an operator's own",
        querystring: ListServiceRequestsQuery,
        response: withErrors({ 200: Type.Array(ServiceRequest) }),
      },
    },
    async (request) =>
      (await listServiceRequests(db, actorOf(request), request.query)).map(presentServiceRequest),
  );
  app.get(
    "/service-requests/:id",
    {
      schema: {
        operationId: "getServiceRequest",
        tags,
        summary: "One service request",
        params: IdParams,
        response,
      },
    },
    async (request) =>
      presentServiceRequest(await getServiceRequest(db, actorOf(request), request.params.id)),
  );
  app.post(
    "/service-requests",
    {
      schema: {
        operationId: "createServiceRequest",
        tags,
        summary: "Operator: ask the hub serving it to take over a work order or send a specialist",
        body: CreateServiceRequest,
        response: withErrors({ 201: ServiceRequest }),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentServiceRequest(await createServiceRequest(db, actorOf(request), request.body)),
        ),
  );
  app.post(
    "/service-requests/:id/accept",
    {
      schema: {
        operationId: "acceptServiceRequest",
        tags,
        summary: "Hub: accept with one of its technicians (a take-over assigns the work order)",
        params: IdParams,
        body: AcceptServiceRequest,
        response,
      },
    },
    async (request) =>
      presentServiceRequest(
        await acceptServiceRequest(
          db,
          actorOf(request),
          request.params.id,
          request.body.assigneeUserId,
        ),
      ),
  );
  app.post(
    "/service-requests/:id/decline",
    {
      schema: {
        operationId: "declineServiceRequest",
        tags,
        summary: "Hub: decline an open request, with a reason",
        params: IdParams,
        body: DeclineServiceRequest,
        response,
      },
    },
    async (request) =>
      presentServiceRequest(
        await declineServiceRequest(db, actorOf(request), request.params.id, request.body.reason),
      ),
  );
  app.post(
    "/service-requests/:id/resolve",
    {
      schema: {
        operationId: "resolveServiceRequest",
        tags,
        summary: "Hub: resolve an accepted request, saying what was done",
        params: IdParams,
        body: ResolveServiceRequest,
        response,
      },
    },
    async (request) =>
      presentServiceRequest(
        await resolveServiceRequest(db, actorOf(request), request.params.id, request.body.note),
      ),
  );
  app.post(
    "/service-requests/:id/cancel",
    {
      schema: {
        operationId: "cancelServiceRequest",
        tags,
        summary: "Operator: withdraw a request the hub has not answered yet",
        params: IdParams,
        body: CancelServiceRequest,
        response,
      },
    },
    async (request) =>
      presentServiceRequest(
        await cancelServiceRequest(db, actorOf(request), request.params.id, request.body.reason),
      ),
  );
};
