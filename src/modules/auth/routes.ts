import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { actorOf } from "../../server/context.js";
import { OkResponse, withErrors } from "../../server/schemas.js";
import {
  ChangePasswordRequest,
  LoginRequest,
  MeResponse,
  SwitchOrganisationRequest,
  UpdateMeRequest,
} from "./schemas.js";
import {
  changePassword,
  describeMe,
  login,
  logout,
  switchOrganisation,
  updateMe,
} from "./service.js";
import { SESSION_COOKIE } from "./tokens.js";

export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db, config, loginLimiter } = app.deps;

  app.post(
    "/auth/login",
    {
      config: { public: true },
      schema: {
        operationId: "login",
        tags: ["auth"],
        summary: "Sign in with email and password; sets the session cookie",
        security: [],
        body: LoginRequest,
        response: withErrors({ 200: MeResponse, 429: { $ref: "Error" } }),
      },
    },
    async (request, reply) => {
      const { secret, expiresAt, actor } = await login(db, loginLimiter, config.sessionTtlHours, {
        ...request.body,
        address: request.ip,
      });
      reply.setCookie(SESSION_COOKIE, secret, {
        httpOnly: true,
        sameSite: "lax",
        secure: config.secureCookies,
        path: "/",
        expires: expiresAt,
      });
      request.actor = actor;
      return describeMe(db, request.actor);
    },
  );

  app.post(
    "/auth/logout",
    {
      schema: {
        operationId: "logout",
        tags: ["auth"],
        summary: "Sign out: the session ends",
        response: withErrors({ 200: OkResponse }),
      },
    },
    async (request, reply) => {
      await logout(db, actorOf(request));
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return { ok: true };
    },
  );

  app.get(
    "/me",
    {
      schema: {
        operationId: "getMe",
        tags: ["auth"],
        summary: "Who I am and what I may do",
        response: withErrors({ 200: MeResponse }),
      },
    },
    (request) => describeMe(db, actorOf(request)),
  );

  app.patch(
    "/me",
    {
      schema: {
        operationId: "updateMe",
        tags: ["auth"],
        summary: "Change my name or language",
        body: UpdateMeRequest,
        response: withErrors({ 200: OkResponse }),
      },
    },
    async (request) => {
      await updateMe(db, actorOf(request), request.body);
      return { ok: true };
    },
  );

  app.put(
    "/me/organisation",
    {
      schema: {
        operationId: "switchMyOrganisation",
        tags: ["auth"],
        summary: "Work in another organisation I belong to",
        body: SwitchOrganisationRequest,
        response: withErrors({ 200: OkResponse }),
      },
    },
    async (request) => {
      await switchOrganisation(db, actorOf(request), request.body.organisationId);
      return { ok: true };
    },
  );

  app.post(
    "/me/password",
    {
      schema: {
        operationId: "changeMyPassword",
        tags: ["auth"],
        summary: "Change my password; my other sessions end",
        body: ChangePasswordRequest,
        response: withErrors({ 200: OkResponse }),
      },
    },
    async (request) => {
      await changePassword(db, actorOf(request), request.body);
      return { ok: true };
    },
  );
};
