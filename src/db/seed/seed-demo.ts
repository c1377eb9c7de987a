import { auditValues } from "../../modules/audit/audit.js";
import { hashPassword } from "../../modules/auth/passwords.js";
import { seedDemoFleet } from "./demo-fleet.js";
import { seedDemoMaintenance } from "./demo-maintenance.js";
import { seedDemoPretrip } from "./demo-pretrip.js";
import type { Database } from "../database.js";
import {
  DEMO_AGREEMENTS,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_REGIONS,
  DEMO_USERS,
} from "./demo-network.js";

/**
 * Loads the demo network into an empty database, all in one transaction. Returns false
 * (and changes nothing) when the database already has organisations.
 */
export async function seedDemo(db: Database): Promise<boolean> {
  const existing = await db.selectFrom("organisations").select("id").limit(1).execute();
  if (existing.length) return false;
  // One hash for the shared demo password keeps the first start fast.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const regionIds = new Map<string, string>();
    for (const region of DEMO_REGIONS) {
      const row = await trx
        .insertInto("regions")
        .values({ country: region.country, name: region.name })
        .returning("id")
        .executeTakeFirstOrThrow();
      regionIds.set(region.key, row.id);
    }
    const organisationIds = new Map<string, string>();
    for (const organisation of DEMO_ORGANISATIONS) {
      const row = await trx
        .insertInto("organisations")
        .values({
          kind: organisation.kind,
          name: organisation.name,
          parent_id: organisation.parent
            ? (organisationIds.get(organisation.parent) ?? null)
            : null,
          region_id: regionIds.get(organisation.region) ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      organisationIds.set(organisation.key, row.id);
      for (const depot of organisation.depots ?? []) {
        await trx
          .insertInto("depots")
          .values({
            organisation_id: row.id,
            name: depot.name,
            address: depot.address,
            region_id: regionIds.get(organisation.region) ?? null,
            // Every demo organisation is in Russia, on Moscow time.
            time_zone: "Europe/Moscow",
            shift_starts: depot.shiftStarts ?? ["05:00", "13:00"],
          })
          .execute();
      }
    }
    const idOf = (key: string): string => {
      const id = organisationIds.get(key);
      if (!id) throw new Error(`demo network: unknown organisation ${key}`);
      return id;
    };
    for (const agreement of DEMO_AGREEMENTS) {
      await trx
        .insertInto("service_agreements")
        .values({
          hub_id: idOf(agreement.hub),
          operator_id: idOf(agreement.operator),
          valid_from: agreement.from,
          valid_to: agreement.to,
          region_ids: agreement.regions.map((key) => regionIds.get(key) ?? ""),
          services: agreement.services,
          response_hours: agreement.responseHours,
          resolution_hours: agreement.resolutionHours,
        })
        .execute();
    }
    for (const user of DEMO_USERS) {
      const row = await trx
        .insertInto("users")
        .values({
          email: user.email,
          name: user.name,
          locale: user.locale,
          password_hash: passwordHash,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx
        .insertInto("memberships")
        .values(
          user.memberships.map(([organisation, role]) => ({
            user_id: row.id,
            organisation_id: idOf(organisation),
            role,
          })),
        )
        .execute();
    }
    await trx
      .insertInto("audit_log")
      .values(
        auditValues(null, {
          action: "seed",
          entity: "demo_network",
          entityId: null,
          organisationId: null,
          details: { organisations: DEMO_ORGANISATIONS.length, users: DEMO_USERS.length },
        }),
      )
      .execute();
  });
  await seedDemoFleet(db);
  await seedDemoMaintenance(db);
  await seedDemoPretrip(db);
  return true;
}
