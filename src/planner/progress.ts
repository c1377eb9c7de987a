/** Progress of a long computation; `total` is null when unknown. */
export interface PlanProgress {
  phase: string;
  done: number;
  total: number | null;
}

export type ProgressReporter = (progress: PlanProgress) => void;
