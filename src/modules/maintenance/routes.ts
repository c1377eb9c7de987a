import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { completionRoutes } from "./completions.js";
import { dueRoutes } from "./due-routes.js";
import { programmeRoutes } from "./programmes.js";
import { settingsRoutes } from "./settings.js";

/** Preventive maintenance: programmes, what is due, completions recorded, settings. */
export const maintenanceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(programmeRoutes);
  await app.register(dueRoutes);
  await app.register(completionRoutes);
  await app.register(settingsRoutes);
};
