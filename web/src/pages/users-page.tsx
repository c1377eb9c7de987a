import { useState, type FormEvent } from "react";
import { ROLES, ROLES_BY_KIND } from "../../../src/core/roles.js";
import { api, unwrap } from "../api/client.js";
import type { Locale, Organisation, Role, User } from "../api/types.js";
import { useResource } from "../api/use-resource.js";
import {
  ActionButton,
  ApiForm,
  Badge,
  DataTable,
  Loaded,
  Notice,
  PageHeader,
  SelectField,
  TextField,
} from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { Link } from "../router.js";
import { useCan, useMe } from "../session.js";

const PAGE_SIZE = 50;

function CreateUserForm({
  organisations,
  onDone,
  onCancel,
}: {
  organisations: Organisation[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, locale: uiLocale } = useI18n();
  const me = useMe();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [locale, setLocale] = useState<Locale>(uiLocale);
  const [organisationId, setOrganisationId] = useState(
    organisations.find((o) => o.id === me.organisation.id)?.id ?? organisations[0]?.id ?? "",
  );
  const kind = organisations.find((o) => o.id === organisationId)?.kind ?? "operator";
  const roles = ROLES_BY_KIND[kind];
  const [role, setRole] = useState<Role>(roles[0] ?? "driver");
  const chosenRole = roles.includes(role) ? role : (roles[0] ?? role);
  return (
    <ApiForm
      title={t.users.create}
      submitLabel={t.common.create}
      onCancel={onCancel}
      onSubmit={async () => {
        await unwrap(
          api.POST("/api/v1/users", {
            body: {
              email: email.trim(),
              name: name.trim(),
              password,
              locale,
              memberships: [{ organisationId, role: chosenRole }],
            },
          }),
        );
        onDone();
      }}
    >
      <TextField
        label={t.users.person}
        required
        maxLength={200}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <TextField
        label={t.common.email}
        type="email"
        required
        autoComplete="off"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <TextField
        label={t.users.password}
        type="password"
        required
        autoComplete="new-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <SelectField
        label={t.users.locale}
        value={locale}
        onChange={(event) => setLocale(event.target.value as Locale)}
        options={[
          { value: "ru", label: "Русский" },
          { value: "en", label: "English" },
        ]}
      />
      <SelectField
        label={t.common.organisation}
        value={organisationId}
        onChange={(event) => setOrganisationId(event.target.value)}
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <SelectField
        label={t.common.role}
        value={chosenRole}
        onChange={(event) => setRole(event.target.value as Role)}
        options={roles.map((value) => ({ value, label: t.roles[value] }))}
      />
    </ApiForm>
  );
}

function ResetPasswordForm({
  user,
  onDone,
  onCancel,
}: {
  user: User;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [password, setPassword] = useState("");
  return (
    <ApiForm
      title={`${t.users.resetPassword}: ${user.name}`}
      submitLabel={t.common.save}
      onCancel={onCancel}
      onSubmit={async () => {
        await unwrap(
          api.POST("/api/v1/users/{id}/password", {
            params: { path: { id: user.id } },
            body: { password },
          }),
        );
        onDone();
      }}
    >
      <TextField
        label={t.users.newPassword}
        type="password"
        required
        autoComplete="new-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
    </ApiForm>
  );
}

/**
 * A person's roles in the organisations I see: each taken away with a click, and one
 * given in an organisation I manage (the network admin: any; a manager: their own). The
 * API decides; a role it refuses is explained beside the field it names.
 */
function RolesPanel({
  user,
  organisations,
  onChanged,
  onClose,
}: {
  user: User;
  organisations: Organisation[];
  onChanged: (user: User) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const me = useMe();
  const a = t.admin.users;
  const managed = organisations.filter(
    (o) => me.organisation.kind === "manufacturer" || o.id === me.organisation.id,
  );
  const [organisationId, setOrganisationId] = useState(
    managed.find((o) => o.id === me.organisation.id)?.id ?? managed[0]?.id ?? "",
  );
  const kind = managed.find((o) => o.id === organisationId)?.kind ?? "operator";
  const roles = ROLES_BY_KIND[kind];
  const [role, setRole] = useState<Role>(roles[0] ?? "driver");
  const chosenRole = roles.includes(role) ? role : (roles[0] ?? role);
  const mayRemove = (organisationId: string) =>
    managed.some((o) => o.id === organisationId) && user.id !== me.user?.id;
  return (
    <section className="panel" aria-label={a.rolesOf(user.name)}>
      <h2>{a.rolesOf(user.name)}</h2>
      {user.memberships.length ? (
        <ul className="membership-list">
          {user.memberships.map((m) => (
            <li key={`${m.organisationId}/${m.role}`}>
              <Badge>{t.roles[m.role]}</Badge> <span className="small">{m.organisationName}</span>{" "}
              {mayRemove(m.organisationId) ? (
                <ActionButton
                  label={a.removeRole}
                  tone="danger"
                  confirm={a.confirmRemoveRole(t.roles[m.role], m.organisationName)}
                  onAction={async () => {
                    onChanged(
                      await unwrap(
                        api.DELETE("/api/v1/users/{id}/memberships", {
                          params: { path: { id: user.id } },
                          body: { organisationId: m.organisationId, role: m.role },
                        }),
                      ),
                    );
                  }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{a.noRoles}</p>
      )}
      {managed.length ? (
        <ApiForm
          title={a.addRole}
          submitLabel={a.addRole}
          onCancel={onClose}
          fields={["membership.organisationId", "membership.role"]}
          onSubmit={async () => {
            onChanged(
              await unwrap(
                api.POST("/api/v1/users/{id}/memberships", {
                  params: { path: { id: user.id } },
                  body: { organisationId, role: chosenRole },
                }),
              ),
            );
          }}
        >
          <SelectField
            label={t.common.organisation}
            apiField="membership.organisationId"
            value={organisationId}
            onChange={(event) => setOrganisationId(event.target.value)}
            options={managed.map((o) => ({ value: o.id, label: o.name }))}
          />
          <SelectField
            label={t.common.role}
            apiField="membership.role"
            value={chosenRole}
            onChange={(event) => setRole(event.target.value as Role)}
            options={roles.map((value) => ({ value, label: t.roles[value] }))}
          />
        </ApiForm>
      ) : null}
      <button type="button" className="button" onClick={onClose}>
        {a.done}
      </button>
    </section>
  );
}

interface Search {
  q: string;
  organisationId: string;
  role: Role | "";
}

export function UsersPage() {
  const { t } = useI18n();
  const a = t.admin.users;
  const can = useCan();
  const me = useMe();
  const writable = can("users.write");
  const [draft, setDraft] = useState<Search>({ q: "", organisationId: "", role: "" });
  const [search, setSearch] = useState<Search>(draft);
  const [offset, setOffset] = useState(0);
  // One more than a page: whether there is a next page.
  const users = useResource("/api/v1/users", {
    params: {
      query: {
        ...(search.q.trim() ? { q: search.q.trim() } : {}),
        ...(search.organisationId ? { organisationId: search.organisationId } : {}),
        ...(search.role ? { role: search.role } : {}),
        limit: PAGE_SIZE + 1,
        offset,
      },
    },
  });
  const organisations = useResource("/api/v1/organisations");
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);
  const [editingRoles, setEditingRoles] = useState<User | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const find = (event: FormEvent) => {
    event.preventDefault();
    setOffset(0);
    setSearch(draft);
  };
  return (
    <>
      <PageHeader
        title={t.users.title}
        actions={
          writable && !creating ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                setResetting(null);
                setEditingRoles(null);
                setCreating(true);
              }}
            >
              {t.users.create}
            </button>
          ) : null
        }
      />
      {notice ? <Notice>{notice}</Notice> : null}
      {creating && organisations.data ? (
        <CreateUserForm
          organisations={organisations.data}
          onCancel={() => setCreating(false)}
          onDone={() => {
            setCreating(false);
            users.reload();
          }}
        />
      ) : null}
      {resetting ? (
        <ResetPasswordForm
          key={resetting.id}
          user={resetting}
          onCancel={() => setResetting(null)}
          onDone={() => {
            setResetting(null);
            setNotice(t.users.passwordReset);
          }}
        />
      ) : null}
      {editingRoles && organisations.data ? (
        <RolesPanel
          key={editingRoles.id}
          user={editingRoles}
          organisations={organisations.data}
          onClose={() => setEditingRoles(null)}
          onChanged={(user) => {
            setEditingRoles(user);
            users.reload();
          }}
        />
      ) : null}
      <form className="filters" role="search" onSubmit={find}>
        <TextField
          label={a.search}
          type="search"
          maxLength={200}
          value={draft.q}
          onChange={(event) => setDraft({ ...draft, q: event.target.value })}
        />
        <SelectField
          label={t.common.organisation}
          value={draft.organisationId}
          onChange={(event) => setDraft({ ...draft, organisationId: event.target.value })}
          options={[
            { value: "", label: a.allOrganisations },
            ...(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
        <SelectField
          label={t.common.role}
          value={draft.role}
          onChange={(event) => setDraft({ ...draft, role: event.target.value as Role | "" })}
          options={[
            { value: "", label: a.allRoles },
            ...ROLES.map((value) => ({ value, label: t.roles[value] })),
          ]}
        />
        <button type="submit" className="button">
          {a.find}
        </button>
      </form>
      <Loaded resource={users}>
        {(found) => {
          const rows = found.slice(0, PAGE_SIZE);
          return (
            <>
              <DataTable
                label={t.users.title}
                rows={rows}
                rowKey={(row) => row.id}
                columns={[
                  {
                    header: t.users.person,
                    cell: (row) => (
                      <>
                        <div className="strong">{row.name}</div>
                        <div className="muted small">{row.email}</div>
                      </>
                    ),
                  },
                  {
                    header: t.users.memberships,
                    cell: (row) => (
                      <ul className="membership-list">
                        {row.memberships.map((m) => (
                          <li key={`${m.organisationId}/${m.role}`}>
                            <Badge>{t.roles[m.role]}</Badge>{" "}
                            <span className="small">{m.organisationName}</span>
                          </li>
                        ))}
                      </ul>
                    ),
                  },
                  {
                    header: t.users.status,
                    cell: (row) =>
                      row.disabled ? (
                        <Badge tone="warn">{t.users.disabled}</Badge>
                      ) : (
                        <Badge tone="good">{t.users.active}</Badge>
                      ),
                  },
                  {
                    header: t.common.actions,
                    className: "cell-actions",
                    cell: (row: User) => (
                      <>
                        {can("audit.read") ? (
                          <Link
                            className="button button-small"
                            to={`/audit?entityId=${encodeURIComponent(row.id)}`}
                          >
                            {a.history}
                          </Link>
                        ) : null}
                        {writable && row.id !== me.user?.id ? (
                          <>
                            <button
                              type="button"
                              className="button button-small"
                              onClick={() => {
                                setCreating(false);
                                setResetting(null);
                                setEditingRoles(row);
                              }}
                            >
                              {a.roles}
                            </button>
                            <ActionButton
                              label={row.disabled ? t.users.enable : t.users.disable}
                              tone={row.disabled ? "default" : "danger"}
                              onAction={async () => {
                                await unwrap(
                                  api.PATCH("/api/v1/users/{id}", {
                                    params: { path: { id: row.id } },
                                    body: { disabled: !row.disabled },
                                  }),
                                );
                                users.reload();
                              }}
                            />
                            <button
                              type="button"
                              className="button button-small"
                              onClick={() => {
                                setCreating(false);
                                setEditingRoles(null);
                                setNotice(null);
                                setResetting(row);
                              }}
                            >
                              {t.users.resetPassword}
                            </button>
                          </>
                        ) : null}
                      </>
                    ),
                  },
                ]}
              />
              {offset > 0 || found.length > PAGE_SIZE ? (
                <div className="pager">
                  <button
                    type="button"
                    className="button button-small"
                    disabled={offset === 0}
                    onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
                  >
                    {a.previous}
                  </button>{" "}
                  <span className="muted small">
                    {rows.length ? a.page(offset + 1, offset + rows.length) : null}
                  </span>{" "}
                  <button
                    type="button"
                    className="button button-small"
                    disabled={found.length <= PAGE_SIZE}
                    onClick={() => setOffset(offset + PAGE_SIZE)}
                  >
                    {a.next}
                  </button>
                </div>
              ) : null}
            </>
          );
        }}
      </Loaded>
    </>
  );
}
