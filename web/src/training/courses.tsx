/**
 * Courses and their sessions. Anyone may see the courses of their own organisation, of
 * the hubs serving it and of the manufacturer; a person who may enrol puts someone they
 * can see on a session. The provider's trainers and hub managers create courses and
 * sessions and record each enrolment passed or failed; a pass issues the certificate.
 */
import { useMemo, useState } from "react";
import { api, unwrap } from "../api/client.js";
import type { Competency, Course, Enrolment, TrainingSession } from "../api/types.js";
import { useResource } from "../api/use-resource.js";
import {
  ActionButton,
  ApiForm,
  Badge,
  DataTable,
  Loaded,
  Notice,
  SelectField,
  TextField,
  type Column,
} from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { useCan, useMe } from "../session.js";

/** A datetime-local value (local time, minutes) for a moment. */
function localInputValue(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** The first whole hour after `hours` from now, for a new session's default start. */
function hoursFromNow(hours: number): Date {
  const date = new Date(Date.now() + hours * 3_600_000);
  date.setMinutes(0, 0, 0);
  return date;
}

function CourseForm({
  competencies,
  onDone,
  onCancel,
}: {
  competencies: Competency[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const me = useMe();
  const [competency, setCompetency] = useState(competencies[0]?.key ?? "");
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [validityMonths, setValidityMonths] = useState("24");
  return (
    <ApiForm
      title={t.training.newCourse}
      submitLabel={t.training.createCourse}
      onCancel={onCancel}
      onSubmit={async () => {
        await unwrap(
          api.POST("/api/v1/courses", {
            body: {
              organisationId: me.organisation.id,
              competency,
              name: name.trim(),
              description: description.trim() || null,
              validityMonths: Number(validityMonths),
            },
          }),
        );
        onDone();
      }}
    >
      <SelectField
        label={t.training.competency}
        data-field="course-competency"
        value={competency}
        onChange={(event) => setCompetency(event.target.value)}
        options={competencies.map((c) => ({ value: c.key, label: c.name[locale] }))}
      />
      <TextField
        label={t.training.courseName}
        data-field="course-name"
        required
        maxLength={200}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <TextField
        label={t.training.validityMonths}
        data-field="course-validity"
        type="number"
        required
        min={1}
        max={120}
        value={validityMonths}
        onChange={(event) => setValidityMonths(event.target.value)}
      />
      <TextField
        label={t.training.description}
        hint={t.common.optional}
        maxLength={4000}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
      />
    </ApiForm>
  );
}

function SessionForm({
  courses,
  onDone,
  onCancel,
}: {
  courses: Course[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const me = useMe();
  const users = useResource("/api/v1/users", {
    params: { query: { organisationId: me.organisation.id } },
  });
  // The API accepts the provider's trainers and hub managers as the session's trainer.
  const trainers = useMemo(
    () =>
      (users.data ?? []).filter(
        (user) =>
          !user.disabled &&
          user.memberships.some(
            (m) =>
              m.organisationId === me.organisation.id &&
              (m.role === "trainer" || m.role === "hub_manager"),
          ),
      ),
    [users.data, me.organisation.id],
  );
  const [courseId, setCourseId] = useState(courses[0]?.id ?? "");
  const [startsAt, setStartsAt] = useState(() => localInputValue(hoursFromNow(24 * 7)));
  const [endsAt, setEndsAt] = useState(() => localInputValue(hoursFromNow(24 * 7 + 8)));
  const [place, setPlace] = useState("");
  const [trainerId, setTrainerId] = useState("");
  const [capacity, setCapacity] = useState("12");
  const trainer =
    trainerId || (trainers.some((u) => u.id === me.user?.id) ? me.user?.id : trainers[0]?.id) || "";
  return (
    <ApiForm
      title={t.training.newSession}
      submitLabel={t.training.createSession}
      onCancel={onCancel}
      onSubmit={async () => {
        await unwrap(
          api.POST("/api/v1/training-sessions", {
            body: {
              courseId,
              startsAt: new Date(startsAt).toISOString(),
              endsAt: new Date(endsAt).toISOString(),
              place: place.trim(),
              trainerUserId: trainer,
              capacity: Number(capacity),
            },
          }),
        );
        onDone();
      }}
    >
      <SelectField
        label={t.training.course}
        data-field="session-course"
        value={courseId}
        onChange={(event) => setCourseId(event.target.value)}
        options={courses.map((c) => ({ value: c.id, label: c.name }))}
      />
      <TextField
        label={t.training.startsAt}
        type="datetime-local"
        required
        value={startsAt}
        onChange={(event) => setStartsAt(event.target.value)}
      />
      <TextField
        label={t.training.endsAt}
        type="datetime-local"
        required
        value={endsAt}
        onChange={(event) => setEndsAt(event.target.value)}
      />
      <TextField
        label={t.training.place}
        data-field="session-place"
        required
        maxLength={200}
        value={place}
        onChange={(event) => setPlace(event.target.value)}
      />
      <SelectField
        label={t.training.trainer}
        data-field="session-trainer"
        value={trainer}
        onChange={(event) => setTrainerId(event.target.value)}
        options={trainers.map((u) => ({ value: u.id, label: u.name }))}
      />
      <TextField
        label={t.training.capacity}
        type="number"
        required
        min={1}
        max={500}
        value={capacity}
        onChange={(event) => setCapacity(event.target.value)}
      />
    </ApiForm>
  );
}

/** Puts a person the enroller can see on a session; the API checks seats and duplicates. */
function EnrolForm({
  session,
  onDone,
  onCancel,
}: {
  session: TrainingSession;
  onDone: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const users = useResource("/api/v1/users");
  const people = useMemo(
    () =>
      (users.data ?? []).filter((u) => !u.disabled).sort((a, b) => a.name.localeCompare(b.name)),
    [users.data],
  );
  const [userId, setUserId] = useState("");
  return (
    <ApiForm
      title={t.training.enrolTitle(session.courseName)}
      submitLabel={t.training.enrol}
      onCancel={onCancel}
      onSubmit={async () => {
        await unwrap(
          api.POST("/api/v1/training-sessions/{id}/enrolments", {
            params: { path: { id: session.id } },
            body: { userId },
          }),
        );
        onDone(people.find((p) => p.id === userId)?.name ?? "");
      }}
    >
      <SelectField
        label={t.training.enrolPerson}
        data-field="enrol-person"
        required
        value={userId}
        onChange={(event) => setUserId(event.target.value)}
        options={[
          { value: "", label: t.training.choose },
          ...people.map((p) => ({
            value: p.id,
            label: p.memberships[0] ? `${p.name} · ${p.memberships[0].organisationName}` : p.name,
          })),
        ]}
      />
    </ApiForm>
  );
}

/** A session's enrolments; its provider records each one passed or failed. */
function Enrolments({ session, mayComplete }: { session: TrainingSession; mayComplete: boolean }) {
  const { t } = useI18n();
  const detail = useResource("/api/v1/training-sessions/{id}", {
    params: { path: { id: session.id } },
  });
  const complete = async (enrolment: Enrolment, passed: boolean) => {
    await unwrap(
      api.POST("/api/v1/training-sessions/{id}/enrolments/{enrolmentId}/complete", {
        params: { path: { id: session.id, enrolmentId: enrolment.id } },
        body: {
          passed,
        },
      }),
    );
    detail.reload();
  };
  const columns: Column<Enrolment>[] = [
    { header: t.training.person, cell: (e) => <span className="strong">{e.userName}</span> },
    { header: t.training.organisation, cell: (e) => e.organisationName },
    {
      header: t.training.status,
      cell: (e) => (
        <span data-enrolment-status={e.status}>
          <Badge
            tone={e.status === "completed" ? "good" : e.status === "failed" ? "warn" : "neutral"}
          >
            {t.training.enrolmentStatuses[e.status]}
          </Badge>
          {e.certificateId ? (
            <span className="muted small"> {t.training.certificateIssued}</span>
          ) : null}
        </span>
      ),
    },
    ...(mayComplete
      ? [
          {
            header: t.common.actions,
            className: "cell-actions",
            cell: (e: Enrolment) =>
              e.status === "enrolled" ? (
                <>
                  <ActionButton label={t.training.passed} onAction={() => complete(e, true)} />
                  <ActionButton
                    label={t.training.failed}
                    tone="danger"
                    onAction={() => complete(e, false)}
                  />
                </>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <div className="training-enrolments" data-session-enrolments={session.id}>
      <Loaded resource={detail}>
        {(data) =>
          data.enrolments.length ? (
            <DataTable
              rows={data.enrolments}
              columns={columns}
              rowKey={(e) => e.id}
              label={t.training.enrolments}
            />
          ) : (
            <p className="muted">{t.training.noEnrolments}</p>
          )
        }
      </Loaded>
    </div>
  );
}

export function CoursesAndSessions() {
  const { t, locale, formatDateTime, formatNumber } = useI18n();
  const can = useCan();
  const me = useMe();
  /** Hubs and the manufacturer run training; an operator sends its people to it. */
  const mayManage = can("training.manage") && me.organisation.kind !== "operator";
  const mayEnrol = can("training.enrol");
  const courses = useResource("/api/v1/courses");
  const sessions = useResource("/api/v1/training-sessions", {
    params: { query: { status: "planned" } },
  });
  const competencies = useResource(mayManage ? "/api/v1/competencies" : null);
  const [form, setForm] = useState<"course" | "session" | null>(null);
  const [enrolling, setEnrolling] = useState<TrainingSession | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [now] = useState(() => Date.now());
  const ownCourses = (courses.data ?? []).filter(
    (c) => c.organisationId === me.organisation.id && c.active,
  );

  const courseColumns: Column<Course>[] = [
    {
      header: t.training.course,
      cell: (c) => (
        <span data-course={c.id}>
          <span className="strong">{c.name}</span>
          {!c.active ? <Badge tone="muted">{t.training.inactive}</Badge> : null}
          {c.description ? <span className="muted small"> · {c.description}</span> : null}
        </span>
      ),
    },
    { header: t.training.competency, cell: (c) => c.competencyName[locale] },
    { header: t.training.provider, cell: (c) => c.organisationName },
    { header: t.training.validity, cell: (c) => t.training.validityValue(c.validityMonths) },
  ];
  const sessionColumns: Column<TrainingSession>[] = [
    {
      header: t.training.course,
      cell: (s) => (
        <span className="strong" data-session={s.id}>
          {s.courseName}
        </span>
      ),
    },
    {
      header: t.training.date,
      cell: (s) => `${formatDateTime(s.startsAt)} – ${formatDateTime(s.endsAt)}`,
    },
    { header: t.training.place, cell: (s) => s.place },
    { header: t.training.trainer, cell: (s) => s.trainerName ?? t.common.none },
    {
      header: t.training.seatsLeft,
      className: "num",
      cell: (s) => (
        <span data-seats-left={s.capacity - s.enrolledCount}>
          {formatNumber(Math.max(0, s.capacity - s.enrolledCount))} / {formatNumber(s.capacity)}
        </span>
      ),
    },
    {
      header: t.common.actions,
      className: "cell-actions",
      cell: (s) => (
        <>
          {mayEnrol && s.enrolledCount < s.capacity && Date.parse(s.startsAt) > now ? (
            <button
              type="button"
              className="button button-small button-primary"
              data-action="enrol"
              onClick={() => {
                setEnrolling(s);
                setForm(null);
                setNotice(null);
              }}
            >
              {t.training.enrol}
            </button>
          ) : null}
          <button
            type="button"
            className="button button-small"
            data-action="enrolments"
            aria-expanded={open === s.id}
            onClick={() => setOpen(open === s.id ? null : s.id)}
          >
            {open === s.id ? t.training.hideEnrolments : t.training.showEnrolments}
          </button>
        </>
      ),
    },
  ];
  const openSession = (sessions.data ?? []).find((s) => s.id === open);

  return (
    <>
      {notice ? <Notice>{notice}</Notice> : null}
      {mayManage ? (
        <div className="page-actions training-actions">
          <button
            type="button"
            className="button"
            data-action="new-course"
            onClick={() => {
              setForm("course");
              setEnrolling(null);
            }}
          >
            {t.training.newCourse}
          </button>
          <button
            type="button"
            className="button"
            data-action="new-session"
            disabled={!ownCourses.length}
            onClick={() => {
              setForm("session");
              setEnrolling(null);
            }}
          >
            {t.training.newSession}
          </button>
        </div>
      ) : null}
      {form === "course" && competencies.data ? (
        <CourseForm
          competencies={competencies.data}
          onCancel={() => setForm(null)}
          onDone={() => {
            setForm(null);
            courses.reload();
          }}
        />
      ) : null}
      {form === "session" ? (
        <SessionForm
          courses={ownCourses}
          onCancel={() => setForm(null)}
          onDone={() => {
            setForm(null);
            sessions.reload();
          }}
        />
      ) : null}
      {enrolling ? (
        <EnrolForm
          key={enrolling.id}
          session={enrolling}
          onCancel={() => setEnrolling(null)}
          onDone={(name) => {
            setEnrolling(null);
            setNotice(t.training.enrolled(name));
            sessions.reload();
            if (open === enrolling.id) setOpen(null);
          }}
        />
      ) : null}
      <section className="training-section">
        <h2>{t.training.sessions}</h2>
        <Loaded resource={sessions}>
          {(rows) =>
            rows.length ? (
              <DataTable
                rows={rows}
                columns={sessionColumns}
                rowKey={(s) => s.id}
                label={t.training.sessions}
              />
            ) : (
              <p className="empty">{t.training.noSessions}</p>
            )
          }
        </Loaded>
        {openSession ? (
          <div className="panel">
            <h3 className="panel-title">
              {t.training.enrolments}: {openSession.courseName},{" "}
              {formatDateTime(openSession.startsAt)}
            </h3>
            <Enrolments
              key={openSession.id}
              session={openSession}
              mayComplete={
                mayManage &&
                openSession.organisationId === me.organisation.id &&
                Date.parse(openSession.endsAt) <= now
              }
            />
          </div>
        ) : null}
      </section>
      <section className="training-section">
        <h2>{t.training.courses}</h2>
        <Loaded resource={courses}>
          {(rows) =>
            rows.length ? (
              <DataTable
                rows={rows}
                columns={courseColumns}
                rowKey={(c) => c.id}
                label={t.training.courses}
              />
            ) : (
              <p className="empty">{t.training.noCourses}</p>
            )
          }
        </Loaded>
      </section>
    </>
  );
}
