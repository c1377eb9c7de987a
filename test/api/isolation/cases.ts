/**
 * How a feature adds its routes to the tenant-isolation walk (test/api/tenant-isolation.test.ts):
 * a file here exports an IsolationFeature that makes operator B's records of that
 * feature (through B's own API calls where it can) and says, per route, how to aim at
 * them. List it in ./index.ts.
 */
import type { Client, TestApp } from "../../helpers/app.js";
import type { makeNetwork } from "../../helpers/factories.js";

export type Method = "get" | "post" | "patch" | "put" | "delete";
export type Network = Awaited<ReturnType<typeof makeNetwork>>;

export interface PathCase {
  ids: Record<string, string>;
  bodies: Partial<Record<Method, object>>;
  query?: string;
}

export interface CreateCase {
  url?: string;
  body: object | string;
  status: number;
  message: RegExp;
  contentType?: string;
}

export interface IsolationCases {
  /** Ids (or other identifiers) of B's records that no answer to A may contain. */
  secretIds: string[];
  /** Routes with ids in the path: each must answer 404 for B's records. */
  byPath: Record<string, PathCase>;
  /** Creates that name B's records: refused as if B's records did not exist. */
  creates: Record<string, CreateCase>;
  /** Lists that need a query string. */
  listQueries: Record<string, string>;
  /** "method path" of routes that touch no other tenant's records by construction. */
  ownOnly: string[];
  /** Tables whose rows of B must be unchanged afterwards, with B's id column. */
  ownedTables: { table: string; column: string }[];
}

export interface IsolationContext {
  t: TestApp;
  n: Network;
  /** Signed in as operator B's manager. */
  clientB: Client;
  /** A vehicle of B with a CNG powertrain, in B's depot. */
  vehicleB: { id: string; model_id: string };
  depotB: { id: string };
  /** An open defect of B's (a failed CNG leak check). */
  defectIdB: string;
  /** A hub serving B under an agreement in force (not A's hub). */
  hubOfB: { id: string };
}

export type IsolationFeature = (context: IsolationContext) => Promise<Partial<IsolationCases>>;
