/** Every feature's tenant-isolation cases; a feature with routes adds its file here. */
import type { IsolationFeature } from "./cases.js";

export const ISOLATION_FEATURES: IsolationFeature[] = [];
