import type { FastifyRequest } from "fastify";
import type { Config } from "../config.js";
import type { Database } from "../db/database.js";
import { localized } from "../errors.js";
import type { Actor } from "../modules/auth/actor.js";
import type { LoginLimiter } from "../modules/auth/login-limiter.js";
import type { PrincipalCache } from "../modules/auth/principal-cache.js";
import type { PlanJobRunner } from "../modules/planner/job-runner.js";
import type { ReleaseGate } from "../modules/release/gate.js";

/** What every route can reach: configuration, the database and shared services. */
export interface AppDeps {
  config: Config;
  db: Database;
  loginLimiter: LoginLimiter;
  releaseGate: ReleaseGate;
  /** Sessions kept in memory (FLEETHUB_PRINCIPAL_CACHE=notify), or null: looked up every time. */
  principalCache: PrincipalCache | null;
  /** The planner's job runner, set when its routes are registered (tests look at it). */
  plannerJobs?: PlanJobRunner;
}

declare module "fastify" {
  interface FastifyInstance {
    deps: AppDeps;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in (login, health). Everything else needs an actor. */
    public?: boolean;
  }
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw localized("UNAUTHENTICATED", { key: "auth.signInFirst" });
  return request.actor;
}
