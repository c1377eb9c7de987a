/**
 * A problem in the planner's input: a GTFS file, a SimBA file or a scenario.
 *
 * Carries where the problem is (`file`, 1-based `line` when known, `field`) so a CLI can
 * print it and an HTTP route can return it as a 400 without parsing the message.
 *
 * The problem is written in English and in Russian (a city's transport planner reads the
 * web app in Russian): `problem` and `message` stay English, as the CLI prints them;
 * `problemRu` and `messageIn("ru")` give the Russian. Both are required, so a new
 * problem cannot be added in English alone.
 */
export interface PlannerProblem {
  en: string;
  ru: string;
}

export type PlannerLocale = keyof PlannerProblem;

export class PlannerInputError extends Error {
  override readonly name = "PlannerInputError";
  readonly file: string;
  readonly line: number | null;
  readonly field: string | null;
  /** The problem alone, in English, without the location prefix that `message` carries. */
  readonly problem: string;
  /** The problem alone, in Russian. */
  readonly problemRu: string;

  constructor(
    where: { file: string; line?: number | null; field?: string | null },
    problem: PlannerProblem,
  ) {
    const line = where.line ?? null;
    const field = where.field ?? null;
    super(locate(where.file, line, field, problem.en));
    this.file = where.file;
    this.line = line;
    this.field = field;
    this.problem = problem.en;
    this.problemRu = problem.ru;
  }

  /** The whole message ("file:line: field: problem") in `locale`; English is `message`. */
  messageIn(locale: PlannerLocale): string {
    return locale === "en"
      ? this.message
      : locate(this.file, this.line, this.field, this.problemRu);
  }

  /** The problem alone in both languages. */
  problemText(): PlannerProblem {
    return { en: this.problem, ru: this.problemRu };
  }

  /** Plain object for JSON responses and logs. */
  toJSON(): { file: string; line: number | null; field: string | null; message: string } {
    return { file: this.file, line: this.line, field: this.field, message: this.problem };
  }
}

function locate(file: string, line: number | null, field: string | null, problem: string): string {
  return `${file}${line !== null ? `:${line}` : ""}: ${field !== null ? `${field}: ` : ""}${problem}`;
}

/** Type guard usable by callers that catch `unknown`. */
export function isPlannerInputError(error: unknown): error is PlannerInputError {
  return error instanceof PlannerInputError;
}
