/** PostgreSQL's SQLSTATE for a unique-constraint violation, the same on both engines. */
export function isUniqueViolation(error: unknown): boolean {
  return sqlState(error) === "23505";
}

/** A foreign key still refers to the row being deleted. */
export function isForeignKeyViolation(error: unknown): boolean {
  return sqlState(error) === "23503";
}

function sqlState(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/**
 * The database could not answer now, through no fault of the request: the server is
 * down or restarting (class 08 connection exceptions, 57P01-57P03 shutdown, 53 out of
 * resources, 25006 a write sent to a primary that has just become a standby), a lock
 * wait or statement timed out (55P03, 57014), or two transactions
 * collided (40001, 40P01). Asking again later may work. Node's socket errors
 * (ECONNREFUSED, ECONNRESET…) and a closed pool or PGlite instance count too.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = sqlState(error);
  if (code !== undefined) {
    if (/^(08|53|40)/.test(code)) return true;
    if (["57P01", "57P02", "57P03", "57014", "55P03", "25006"].includes(code)) return true;
    if (["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND"].includes(code))
      return true;
  }
  const message = error instanceof Error ? error.message : "";
  return /Connection terminated|Cannot use a pool after calling end|driver has already been destroyed|PGlite is closed|connection timeout/i.test(
    message,
  );
}

/**
 * A value the request named does not exist: the column of a foreign-key violation on
 * insert or update ("Key (organisation_id)=(…) is not present in table "organisations"").
 * Null for any other error, and for a delete blocked by rows still referring to it.
 */
export function missingReference(error: unknown): { column: string; table: string } | null {
  if (!isForeignKeyViolation(error)) return null;
  const detail = (error as { detail?: unknown }).detail;
  if (typeof detail !== "string") return null;
  const m = /^Key \(([a-z_]+)\)=\(.*\) is not present in table "([a-z_]+)"/s.exec(detail);
  return m?.[1] && m[2] ? { column: m[1], table: m[2] } : null;
}
