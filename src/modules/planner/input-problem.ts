/**
 * A planner input problem (PlannerInputError) as the API's 400: the lead-in
 * («ошибка во входных данных планировщика: …») and the detail in the caller's language, from
 * the English and Russian the planner wrote; English reads exactly as before.
 */
import type { Text } from "../../core/server-text.js";
import { localized, type AppError } from "../../errors.js";
import type { PlannerInputError } from "../../planner/index.js";

/**
 * A planner input problem as a 400 that names the field, with file and line in its detail.
 * The planner words each problem in English and Russian; the caller reads it in their own
 * language (English exactly as before).
 */
export function inputProblemError(error: PlannerInputError, bodyField: string): AppError {
  return plannerProblemError(
    { en: error.message, ru: error.messageIn("ru") },
    error.problemText(),
    error,
    error.field ?? bodyField,
  );
}

/**
 * The 400 for a planner input problem: `message` is the whole located message (the
 * lead-in's parameter) and `problem` the problem alone (the detail), both in both languages.
 */
export function plannerProblemError(
  message: Text,
  problem: Text,
  where: { line: number | null; field: string | null },
  field: string,
): AppError {
  return localized(
    "VALIDATION_FAILED",
    { key: "planner.inputProblem", params: { message }, fieldless: true },
    field,
    [
      {
        ...(where.line !== null ? { line: where.line } : {}),
        ...(where.field !== null ? { field: where.field } : {}),
        message: problem.en,
        text: { key: "planner.inputProblemDetail", params: { problem }, fieldless: true },
      },
    ],
  );
}
