/** The training API: competencies, courses, sessions, enrolments, certificates, coverage. */
import { Type } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { actorOf } from "../../server/context.js";
import { IdParams, withErrors } from "../../server/schemas.js";
import {
  listCertificates,
  listExpiringCertificates,
  myCertificates,
  presentCertificate,
  recordCertificate,
  revokeCertificate,
} from "./certificates.js";
import { createCompetency, listCompetencies } from "./competencies.js";
import { createCourse, getCourse, listCourses, presentCourse, updateCourse } from "./courses.js";
import { trainingCoverage } from "./coverage.js";
import { cancelEnrolment, completeEnrolment, enrol } from "./enrolments.js";
import {
  Certificate,
  CompleteEnrolment,
  Competency,
  CompletionResult,
  Course,
  Coverage,
  CoverageQuery,
  CreateCertificate,
  CreateCompetency,
  CreateCourse,
  CreateSession,
  EnrolRequest,
  Enrolment,
  EnrolmentParams,
  ExpiringQuery,
  ListCertificatesQuery,
  ListCoursesQuery,
  ListSessionsQuery,
  RevokeCertificate,
  TrainingSession,
  TrainingSessionDetail,
  UpdateCourse,
  UpdateSession,
} from "./schemas.js";
import {
  createSession,
  listSessions,
  presentEnrolment,
  presentSession,
  sessionDetail,
  updateSession,
} from "./sessions.js";

export const trainingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps;
  const tags = ["training"];

  app.get(
    "/competencies",
    {
      schema: {
        operationId: "listCompetencies",
        tags,
        summary: "The competencies work is signed off by (built-in first)",
        response: withErrors({ 200: Type.Array(Competency) }),
      },
    },
    () => listCompetencies(db),
  );
  app.post(
    "/competencies",
    {
      schema: {
        operationId: "createCompetency",
        tags,
        summary: "Manufacturer: add a competency to the network's catalogue",
        body: CreateCompetency,
        response: withErrors({ 201: Competency }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCompetency(db, actorOf(request), request.body)),
  );

  app.get(
    "/courses",
    {
      schema: {
        operationId: "listCourses",
        tags,
        summary: "Courses I may see: my organisations', my hub's and the manufacturer's",
        querystring: ListCoursesQuery,
        response: withErrors({ 200: Type.Array(Course) }),
      },
    },
    async (request) => (await listCourses(db, actorOf(request), request.query)).map(presentCourse),
  );
  app.get(
    "/courses/:id",
    {
      schema: {
        operationId: "getCourse",
        tags,
        summary: "One course",
        params: IdParams,
        response: withErrors({ 200: Course }),
      },
    },
    async (request) => presentCourse(await getCourse(db, actorOf(request), request.params.id)),
  );
  app.post(
    "/courses",
    {
      schema: {
        operationId: "createCourse",
        tags,
        summary: "Offer a course of a hub or the manufacturer for one competency",
        body: CreateCourse,
        response: withErrors({ 201: Course }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(presentCourse(await createCourse(db, actorOf(request), request.body))),
  );
  app.patch(
    "/courses/:id",
    {
      schema: {
        operationId: "updateCourse",
        tags,
        summary: "Change a course's name, description, validity or whether it is offered",
        params: IdParams,
        body: UpdateCourse,
        response: withErrors({ 200: Course }),
      },
    },
    async (request) =>
      presentCourse(await updateCourse(db, actorOf(request), request.params.id, request.body)),
  );

  app.get(
    "/training-sessions",
    {
      schema: {
        operationId: "listTrainingSessions",
        tags,
        summary: "Sessions of the courses I may see, by start, with places taken",
        querystring: ListSessionsQuery,
        response: withErrors({ 200: Type.Array(TrainingSession) }),
      },
    },
    async (request) =>
      (await listSessions(db, actorOf(request), request.query)).map(presentSession),
  );
  app.post(
    "/training-sessions",
    {
      schema: {
        operationId: "createTrainingSession",
        tags,
        summary: "Provider: schedule a session of one of its courses",
        body: CreateSession,
        response: withErrors({ 201: TrainingSession }),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentSession(await createSession(db, actorOf(request), request.body))),
  );
  app.get(
    "/training-sessions/:id",
    {
      schema: {
        operationId: "getTrainingSession",
        tags,
        summary: "A session with the enrolments I may see",
        params: IdParams,
        response: withErrors({ 200: TrainingSessionDetail }),
      },
    },
    (request) => sessionDetail(db, actorOf(request), request.params.id),
  );
  app.patch(
    "/training-sessions/:id",
    {
      schema: {
        operationId: "updateTrainingSession",
        tags,
        summary: "Provider: change place, times, trainer or capacity, or cancel the session",
        params: IdParams,
        body: UpdateSession,
        response: withErrors({ 200: TrainingSession }),
      },
    },
    async (request) =>
      presentSession(await updateSession(db, actorOf(request), request.params.id, request.body)),
  );
  app.post(
    "/training-sessions/:id/enrolments",
    {
      schema: {
        operationId: "createEnrolment",
        tags,
        summary: "Enrol a person of my organisations into a session (while places last)",
        params: IdParams,
        body: EnrolRequest,
        response: withErrors({ 201: Enrolment }),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentEnrolment(
            await enrol(db, actorOf(request), request.params.id, request.body.userId),
          ),
        ),
  );
  app.delete(
    "/training-sessions/:id/enrolments/:enrolmentId",
    {
      schema: {
        operationId: "cancelEnrolment",
        tags,
        summary: "Take a person off a planned session (the enrolment is kept as cancelled)",
        params: EnrolmentParams,
        response: withErrors({ 200: Enrolment }),
      },
    },
    async (request) =>
      presentEnrolment(
        await cancelEnrolment(db, actorOf(request), request.params.id, request.params.enrolmentId),
      ),
  );
  app.post(
    "/training-sessions/:id/enrolments/:enrolmentId/complete",
    {
      schema: {
        operationId: "completeEnrolment",
        tags,
        summary: "Provider: record a trainee's result; passing issues the certificate",
        params: EnrolmentParams,
        body: CompleteEnrolment,
        response: withErrors({ 200: CompletionResult }),
      },
    },
    (request) =>
      completeEnrolment(
        db,
        actorOf(request),
        request.params.id,
        request.params.enrolmentId,
        request.body,
      ),
  );

  app.get(
    "/certificates",
    {
      schema: {
        operationId: "listCertificates",
        tags,
        summary: "Certificates of the people I may see, and mine, soonest expiry first",
        querystring: ListCertificatesQuery,
        response: withErrors({ 200: Type.Array(Certificate) }),
      },
    },
    async (request) =>
      (await listCertificates(db, actorOf(request), request.query)).map((row) =>
        presentCertificate(row),
      ),
  );
  app.get(
    "/certificates/expiring",
    {
      schema: {
        operationId: "listExpiringCertificates",
        tags,
        summary: "Valid certificates that expire within N days (default 60), soonest first",
        querystring: ExpiringQuery,
        response: withErrors({ 200: Type.Array(Certificate) }),
      },
    },
    async (request) =>
      (await listExpiringCertificates(db, actorOf(request), request.query)).map((row) =>
        presentCertificate(row),
      ),
  );
  app.get(
    "/me/certificates",
    {
      schema: {
        operationId: "listMyCertificates",
        tags,
        summary: "My own certificates, with status and days left",
        response: withErrors({ 200: Type.Array(Certificate) }),
      },
    },
    async (request) =>
      (await myCertificates(db, actorOf(request))).map((row) => presentCertificate(row)),
  );
  app.post(
    "/certificates",
    {
      schema: {
        operationId: "createCertificate",
        tags,
        summary: "Record a certificate earned elsewhere",
        body: CreateCertificate,
        response: withErrors({ 201: Certificate }),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentCertificate(await recordCertificate(db, actorOf(request), request.body))),
  );
  app.post(
    "/certificates/:id/revoke",
    {
      schema: {
        operationId: "revokeCertificate",
        tags,
        summary: "Revoke a certificate, with a reason: it no longer counts for sign-off",
        params: IdParams,
        body: RevokeCertificate,
        response: withErrors({ 200: Certificate }),
      },
    },
    async (request) =>
      presentCertificate(
        await revokeCertificate(db, actorOf(request), request.params.id, request.body.reason),
      ),
  );

  app.get(
    "/training/coverage",
    {
      schema: {
        operationId: "getTrainingCoverage",
        tags,
        summary:
          "Per competency: certified mechanics (operators) or technicians (hubs), expiring within 60 days, headcount",
        querystring: CoverageQuery,
        response: withErrors({ 200: Type.Array(Coverage) }),
      },
    },
    (request) => trainingCoverage(db, actorOf(request), request.query),
  );
};
