import { verifyPassword } from "../../modules/auth/passwords.js";
import type { Database } from "../database.js";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-network.js";

/**
 * The demo accounts that still accept the demo password, which is published in the
 * README: a production server refuses to start while any is left. Each stored hash is
 * checked against the known password (one argon2 check per distinct hash, as the demo
 * seeds one hash for all), so an account whose password was reset no longer counts.
 */
export async function accountsWithDemoPassword(db: Database): Promise<string[]> {
  const rows = await db
    .selectFrom("users")
    .select(["email", "password_hash"])
    .where(
      "email",
      "in",
      DEMO_USERS.map((user) => user.email),
    )
    .orderBy("email")
    .execute();
  const verdicts = new Map<string, Promise<boolean>>();
  const found: string[] = [];
  for (const row of rows) {
    let verdict = verdicts.get(row.password_hash);
    if (!verdict) {
      verdict = verifyPassword(row.password_hash, DEMO_PASSWORD);
      verdicts.set(row.password_hash, verdict);
    }
    if (await verdict) found.push(row.email);
  }
  return found;
}

/** Whether anyone can sign in yet: a production database starts with no accounts. */
export async function hasAnyUser(db: Database): Promise<boolean> {
  const row = await db.selectFrom("users").select("id").limit(1).executeTakeFirst();
  return row !== undefined;
}
