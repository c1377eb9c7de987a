/**
 * The API's shapes, taken from the server's own response schemas (type-only imports:
 * nothing from the server is bundled), so the UI and the API cannot drift apart.
 */
import type { Static } from "typebox";
import type { MeResponse } from "../../../src/modules/auth/schemas.js";
import type { Agreement as AgreementSchema } from "../../../src/modules/agreements/agreements.js";
import type { ApiToken as ApiTokenSchema } from "../../../src/modules/api-tokens/api-tokens.js";
import type { AuditEntry as AuditEntrySchema } from "../../../src/modules/audit/routes.js";
import type { Depot as DepotSchema } from "../../../src/modules/depots/depots.js";
import type { Organisation as OrganisationSchema } from "../../../src/modules/organisations/organisations.js";
import type { Region as RegionSchema } from "../../../src/modules/regions/regions.js";
import type { User as UserSchema } from "../../../src/modules/users/users.js";

export type { OrganisationKind, Permission, Role } from "../../../src/core/roles.js";

export type Me = Static<typeof MeResponse>;
export type Locale = NonNullable<Me["user"]>["locale"];
export type Organisation = Static<typeof OrganisationSchema>;
export type Depot = Static<typeof DepotSchema>;
export type Agreement = Static<typeof AgreementSchema>;
export type Service = Agreement["services"][number];
export type Region = Static<typeof RegionSchema>;
export type User = Static<typeof UserSchema>;
export type ApiToken = Static<typeof ApiTokenSchema>;
export type CreatedApiToken = { token: ApiToken; secret: string };
export type AuditEntry = Static<typeof AuditEntrySchema>;
