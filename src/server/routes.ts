import type { FastifyPluginAsync } from "fastify";
import { agreementRoutes } from "../modules/agreements/agreements.js";
import { apiTokenRoutes } from "../modules/api-tokens/api-tokens.js";
import { auditRoutes } from "../modules/audit/routes.js";
import { authRoutes } from "../modules/auth/routes.js";
import { depotRoutes } from "../modules/depots/depots.js";
import { organisationRoutes } from "../modules/organisations/organisations.js";
import { regionRoutes } from "../modules/regions/regions.js";
import { userRoutes } from "../modules/users/users.js";

/** Every feature's routes, under /api/v1. A new feature adds one line here. */
export const registerApiRoutes: FastifyPluginAsync = async (app) => {
  await app.register(authRoutes);
  await app.register(organisationRoutes);
  await app.register(regionRoutes);
  await app.register(depotRoutes);
  await app.register(userRoutes);
  await app.register(agreementRoutes);
  await app.register(apiTokenRoutes);
  await app.register(auditRoutes);
};
