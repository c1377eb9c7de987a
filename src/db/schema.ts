/**
 * Table types for Kysely. They mirror the migrations in ./migrations; a column added
 * there is added here in the same commit.
 */
import type { ColumnType, Generated } from "kysely";
import type { OrganisationKind, Role } from "../core/roles.js";

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** A calendar date, kept as its ISO text (YYYY-MM-DD) on both database engines. */
type DateText = string;

export interface RegionTable {
  id: Generated<string>;
  country: string;
  name: string;
  created_at: CreatedAt;
}

export interface OrganisationTable {
  id: Generated<string>;
  kind: OrganisationKind;
  name: string;
  parent_id: string | null;
  region_id: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface DepotTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  address: string | null;
  region_id: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface UserTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string;
  locale: "en" | "ru";
  disabled: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface MembershipTable {
  user_id: string;
  organisation_id: string;
  role: Role;
  created_at: CreatedAt;
}

export interface ServiceAgreementTable {
  id: Generated<string>;
  hub_id: string;
  operator_id: string;
  valid_from: DateText;
  valid_to: DateText | null;
  region_ids: ColumnType<string[], string[], string[]>;
  services: ColumnType<string[], string[], string[]>;
  response_hours: number;
  resolution_hours: number;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface SessionTable {
  id: string;
  user_id: string;
  organisation_id: string;
  created_at: CreatedAt;
  expires_at: Date;
  revoked_at: Date | null;
}

export interface ApiTokenTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  role: Role;
  token_hash: string;
  prefix: string;
  created_by: string | null;
  created_at: CreatedAt;
  expires_at: Date | null;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<Date>;
  actor_user_id: string | null;
  actor_token_id: string | null;
  actor_label: string;
  organisation_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  details: ColumnType<Record<string, unknown>, string, string>;
}

export interface DB {
  regions: RegionTable;
  organisations: OrganisationTable;
  depots: DepotTable;
  users: UserTable;
  memberships: MembershipTable;
  service_agreements: ServiceAgreementTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  audit_log: AuditLogTable;
}
