/** Every feature's tenant-isolation cases; a feature with routes adds its file here. */
import { administrationIsolation } from "./administration.js";
import type { IsolationFeature } from "./cases.js";
import { inspectionProofIsolation } from "./inspection-proof.js";
import { maintenanceIsolation } from "./maintenance.js";
import { partIsolation } from "./parts.js";
import { pretripIsolation } from "./pretrip.js";
import { reportIsolation } from "./reports.js";
import { serviceRequestIsolation } from "./service-requests.js";
import { trainingIsolation } from "./training.js";
import { workOrderIsolation } from "./work-orders.js";

export const ISOLATION_FEATURES: IsolationFeature[] = [
  workOrderIsolation,
  partIsolation,
  maintenanceIsolation,
  trainingIsolation,
  serviceRequestIsolation,
  reportIsolation,
  inspectionProofIsolation,
  pretripIsolation,
  administrationIsolation,
];
