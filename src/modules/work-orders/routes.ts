import { Type } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { todayIso } from "../../db/scope.js";
import { actorOf } from "../../server/context.js";
import { IdParams, withErrors } from "../../server/schemas.js";
import { createDueWorkOrdersFor } from "./from-due.js";
import { addLabour, addPart, addTask, completeTask, removeLabour, returnPart } from "./lines.js";
import {
  AddLabour,
  AddPart,
  AddTask,
  CreateWorkOrder,
  FromDueRequest,
  FromDueResponse,
  LabourParams,
  ListWorkOrdersQuery,
  PartLineParams,
  TaskParams,
  Transition,
  UpdateWorkOrder,
  WorkOrder,
  WorkOrderSummary,
} from "./schemas.js";
import { transitionWorkOrder } from "./transitions.js";
import { createWorkOrder, listWorkOrders, loadWorkOrder, updateWorkOrder } from "./work-orders.js";

export const workOrderRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db, config } = app.deps;
  const tags = ["work-orders"];
  const order = withErrors({ 200: WorkOrder });
  const created = withErrors({ 201: WorkOrder });

  app.get(
    "/work-orders",
    {
      schema: {
        operationId: "listWorkOrders",
        tags,
        summary:
          "Work orders, urgent first: open before closed; blocking, then priority, then oldest (status=open for requested, scheduled and in progress)",
        querystring: ListWorkOrdersQuery,
        response: withErrors({ 200: Type.Array(WorkOrderSummary) }),
      },
    },
    (request) => listWorkOrders(db, actorOf(request), request.query),
  );
  app.post(
    "/work-orders",
    {
      schema: {
        operationId: "createWorkOrder",
        tags,
        summary: "Open a work order by hand, with tasks and/or maintenance tasks",
        body: CreateWorkOrder,
        response: created,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createWorkOrder(db, actorOf(request), request.body)),
  );
  app.post(
    "/work-orders/from-due",
    {
      schema: {
        operationId: "createWorkOrdersFromDue",
        tags,
        summary:
          "Open a work order for each overdue or due-soon maintenance task of an operator that has none open",
        body: FromDueRequest,
        response: withErrors({ 200: FromDueResponse }),
      },
    },
    async (request) => ({
      created: await createDueWorkOrdersFor(
        db,
        actorOf(request),
        request.body.organisationId,
        todayIso(),
      ),
    }),
  );
  app.get(
    "/work-orders/:id",
    {
      schema: {
        operationId: "getWorkOrder",
        tags,
        summary: "A work order with tasks, labour, parts, downtime and whether I may sign it off",
        params: IdParams,
        response: order,
      },
    },
    (request) => loadWorkOrder(db, actorOf(request), request.params.id),
  );
  app.patch(
    "/work-orders/:id",
    {
      schema: {
        operationId: "updateWorkOrder",
        tags,
        summary: "Change an open work order: title, priority, blocking, date, assignee",
        params: IdParams,
        body: UpdateWorkOrder,
        response: order,
      },
    },
    (request) => updateWorkOrder(db, actorOf(request), request.params.id, request.body),
  );
  app.post(
    "/work-orders/:id/tasks",
    {
      schema: {
        operationId: "addWorkOrderTask",
        tags,
        summary: "Add a task (described by hand, or a maintenance programme's task)",
        params: IdParams,
        body: AddTask,
        response: created,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addTask(db, actorOf(request), request.params.id, request.body)),
  );
  app.post(
    "/work-orders/:id/tasks/:taskId/done",
    {
      schema: {
        operationId: "completeWorkOrderTask",
        tags,
        summary: "Tick a task off (needs a valid certificate for each of its competencies)",
        params: TaskParams,
        response: order,
      },
    },
    (request) => completeTask(db, actorOf(request), request.params.id, request.params.taskId),
  );
  app.post(
    "/work-orders/:id/labour",
    {
      schema: {
        operationId: "addWorkOrderLabour",
        tags,
        summary: "Record hours worked on the order by one person on one day",
        params: IdParams,
        body: AddLabour,
        response: created,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addLabour(db, actorOf(request), request.params.id, request.body)),
  );
  app.delete(
    "/work-orders/:id/labour/:labourId",
    {
      schema: {
        operationId: "removeWorkOrderLabour",
        tags,
        summary: "Remove a labour entry while the order is open",
        params: LabourParams,
        response: order,
      },
    },
    (request) => removeLabour(db, actorOf(request), request.params.id, request.params.labourId),
  );
  app.post(
    "/work-orders/:id/parts",
    {
      schema: {
        operationId: "addWorkOrderPart",
        tags,
        summary:
          "Use a part: taken from the vehicle's depot (or the hub's store) at once; never below zero",
        params: IdParams,
        body: AddPart,
        response: created,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addPart(db, actorOf(request), request.params.id, request.body)),
  );
  app.delete(
    "/work-orders/:id/parts/:lineId",
    {
      schema: {
        operationId: "returnWorkOrderPart",
        tags,
        summary: "Return an unused part to the stock it came from",
        params: PartLineParams,
        response: order,
      },
    },
    (request) => returnPart(db, actorOf(request), request.params.id, request.params.lineId),
  );
  app.post(
    "/work-orders/:id/transitions",
    {
      schema: {
        operationId: "transitionWorkOrder",
        tags,
        summary:
          "Move the order on: scheduled, in_progress, completed (certified sign-off), verified (a second certified person), or cancelled with a reason",
        params: IdParams,
        body: Transition,
        response: order,
      },
    },
    (request) =>
      transitionWorkOrder(
        db,
        actorOf(request),
        request.params.id,
        request.body,
        config.meterDailyLimits,
      ),
  );
};
