import { Type } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { actorOf } from "../../server/context.js";
import { IdParams, withErrors } from "../../server/schemas.js";
import {
  CreatePart,
  ListPartsQuery,
  Part,
  UpdatePart,
  createPart,
  listParts,
  updatePart,
} from "./parts.js";
import {
  CreateMovement,
  ListMovementsQuery,
  ListStockQuery,
  RecordedMovement,
  StockLevel,
  StockMovement,
  listMovements,
  listStock,
  recordMovement,
} from "./stock.js";

export const partRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps;
  const tags = ["parts"];
  app.get(
    "/parts",
    {
      schema: {
        operationId: "listParts",
        tags,
        summary: "Parts of my organisations and the manufacturer's network catalogue",
        querystring: ListPartsQuery,
        response: withErrors({ 200: Type.Array(Part) }),
      },
    },
    (request) => listParts(db, actorOf(request), request.query),
  );
  app.post(
    "/parts",
    {
      schema: {
        operationId: "createPart",
        tags,
        summary: "Add a part to an organisation's catalogue",
        body: CreatePart,
        response: withErrors({ 201: Part }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createPart(db, actorOf(request), request.body)),
  );
  app.patch(
    "/parts/:id",
    {
      schema: {
        operationId: "updatePart",
        tags,
        summary: "Change a part's number, name, unit or cost",
        params: IdParams,
        body: UpdatePart,
        response: withErrors({ 200: Part }),
      },
    },
    (request) => updatePart(db, actorOf(request), request.params.id, request.body),
  );
  app.get(
    "/stock",
    {
      schema: {
        operationId: "listStock",
        tags,
        summary: "Stock per depot or store, with each part's number, name and quantity",
        querystring: ListStockQuery,
        response: withErrors({ 200: Type.Array(StockLevel) }),
      },
    },
    (request) => listStock(db, actorOf(request), request.query),
  );
  app.get(
    "/stock/movements",
    {
      schema: {
        operationId: "listStockMovements",
        tags,
        summary:
          "Stock movements (receipts, use on work orders, returns, adjustments), newest first",
        querystring: ListMovementsQuery,
        response: withErrors({ 200: Type.Array(StockMovement) }),
      },
    },
    (request) => listMovements(db, actorOf(request), request.query),
  );
  app.post(
    "/stock/movements",
    {
      schema: {
        operationId: "createStockMovement",
        tags,
        summary: "Receive parts into stock, or adjust stock after a count (with a note)",
        body: CreateMovement,
        response: withErrors({ 201: RecordedMovement }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordMovement(db, actorOf(request), request.body)),
  );
};
