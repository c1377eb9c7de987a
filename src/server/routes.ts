import type { FastifyPluginAsync } from "fastify";
import { agreementRoutes } from "../modules/agreements/agreements.js";
import { apiTokenRoutes } from "../modules/api-tokens/api-tokens.js";
import { auditRoutes } from "../modules/audit/routes.js";
import { authRoutes } from "../modules/auth/routes.js";
import { depotRoutes } from "../modules/depots/depots.js";
import { meterReadingRoutes } from "../modules/fleet/meter-readings.js";
import { vehicleModelRoutes } from "../modules/fleet/vehicle-models.js";
import { vehicleCsvRoutes } from "../modules/fleet/vehicles-csv.js";
import { vehicleRoutes } from "../modules/fleet/vehicles.js";
import { defectRoutes } from "../modules/inspections/defects.js";
import { inspectionRoutes } from "../modules/inspections/inspections.js";
import { photoRoutes } from "../modules/inspections/photos.js";
import { templateRoutes } from "../modules/inspections/templates.js";
import { releaseRoutes } from "../modules/release/routes.js";
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
  await app.register(vehicleModelRoutes);
  await app.register(vehicleRoutes);
  await app.register(vehicleCsvRoutes);
  await app.register(meterReadingRoutes);
  await app.register(templateRoutes);
  await app.register(photoRoutes);
  await app.register(inspectionRoutes);
  await app.register(defectRoutes);
  await app.register(releaseRoutes);
};
