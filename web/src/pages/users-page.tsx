import { useState } from "react";
import { ROLES_BY_KIND } from "../../../src/core/roles.js";
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
import { useCan, useMe } from "../session.js";

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

export function UsersPage() {
  const { t } = useI18n();
  const can = useCan();
  const me = useMe();
  const writable = can("users.write");
  const users = useResource("/api/v1/users");
  const organisations = useResource(writable ? "/api/v1/organisations" : null);
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
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
      <Loaded resource={users}>
        {(rows) => (
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
              ...(writable
                ? [
                    {
                      header: t.common.actions,
                      className: "cell-actions",
                      cell: (row: User) =>
                        row.id === me.user?.id ? null : (
                          <>
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
                                setNotice(null);
                                setResetting(row);
                              }}
                            >
                              {t.users.resetPassword}
                            </button>
                          </>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Loaded>
    </>
  );
}
