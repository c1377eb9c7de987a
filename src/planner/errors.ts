/**
 * A problem in the planner's input: a GTFS file, a SimBA file or a scenario.
 *
 * Carries where the problem is (`file`, 1-based `line` when known, `field`) so a CLI can
 * print it and an HTTP route can return it as a 400 without parsing the message.
 */
export class PlannerInputError extends Error {
  override readonly name = "PlannerInputError";
  readonly file: string;
  readonly line: number | null;
  readonly field: string | null;
  /** The problem alone, without the location prefix that `message` carries. */
  readonly problem: string;

  constructor(
    where: { file: string; line?: number | null; field?: string | null },
    problem: string,
  ) {
    const line = where.line ?? null;
    const field = where.field ?? null;
    const location = `${where.file}${line !== null ? `:${line}` : ""}`;
    super(`${location}: ${field !== null ? `${field}: ` : ""}${problem}`);
    this.file = where.file;
    this.line = line;
    this.field = field;
    this.problem = problem;
  }

  /** Plain object for JSON responses and logs. */
  toJSON(): { file: string; line: number | null; field: string | null; message: string } {
    return { file: this.file, line: this.line, field: this.field, message: this.problem };
  }
}

/** Type guard usable by callers that catch `unknown`. */
export function isPlannerInputError(error: unknown): error is PlannerInputError {
  return error instanceof PlannerInputError;
}
