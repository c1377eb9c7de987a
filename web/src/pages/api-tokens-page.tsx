import { useState } from "react";
import { ROLES_BY_KIND } from "../../../src/core/roles.js";
import { api, unwrap } from "../api/client.js";
import type { CreatedApiToken, Role } from "../api/types.js";
import { useResource } from "../api/use-resource.js";
import {
  ActionButton,
  ApiForm,
  Badge,
  DataTable,
  Loaded,
  PageHeader,
  SelectField,
  TextField,
} from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { useMe } from "../session.js";

function SecretOnce({ created, onClose }: { created: CreatedApiToken; onClose: () => void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopied(true);
    } catch {
      // No clipboard (insecure context): the person selects the text instead.
    }
  };
  return (
    <section className="panel secret" role="status">
      <h2>{t.apiTokens.secretTitle}</h2>
      <p className="muted">{t.apiTokens.secretHelp}</p>
      <div className="secret-row">
        <code className="secret-value" data-testid="token-secret">
          {created.secret}
        </code>
        <button type="button" className="button" onClick={() => void copy()}>
          {copied ? t.apiTokens.copied : t.apiTokens.copy}
        </button>
      </div>
      <button type="button" className="button" onClick={onClose}>
        {t.common.close}
      </button>
    </section>
  );
}

export function ApiTokensPage() {
  const { t, formatDate, formatDateTime } = useI18n();
  const me = useMe();
  const tokens = useResource("/api/v1/api-tokens");
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [name, setName] = useState("");
  // A token never has more power than its maker: offer the roles I hold (all, for the admin).
  const roles: readonly Role[] = me.roles.includes("network_admin")
    ? ROLES_BY_KIND[me.organisation.kind]
    : me.roles;
  const [role, setRole] = useState<Role>(roles[0] ?? "driver");
  const [expiresInDays, setExpiresInDays] = useState("");
  return (
    <>
      <PageHeader
        title={t.apiTokens.title}
        subtitle={t.apiTokens.intro}
        actions={
          !creating ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                setCreated(null);
                setCreating(true);
              }}
            >
              {t.apiTokens.create}
            </button>
          ) : null
        }
      />
      {created ? <SecretOnce created={created} onClose={() => setCreated(null)} /> : null}
      {creating ? (
        <ApiForm
          title={t.apiTokens.create}
          submitLabel={t.common.create}
          onCancel={() => setCreating(false)}
          onSubmit={async () => {
            const result = await unwrap(
              api.POST("/api/v1/api-tokens", {
                body: {
                  name: name.trim(),
                  role,
                  ...(expiresInDays ? { expiresInDays: Number(expiresInDays) } : {}),
                },
              }),
            );
            setCreated(result);
            setCreating(false);
            setName("");
            tokens.reload();
          }}
        >
          <TextField
            label={t.common.name}
            required
            maxLength={200}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <SelectField
            label={t.common.role}
            value={role}
            onChange={(event) => setRole(event.target.value as Role)}
            options={roles.map((value) => ({ value, label: t.roles[value] }))}
          />
          <TextField
            label={t.apiTokens.expiresInDays}
            hint={t.common.optional}
            type="number"
            min={1}
            max={3650}
            value={expiresInDays}
            onChange={(event) => setExpiresInDays(event.target.value)}
          />
        </ApiForm>
      ) : null}
      <Loaded resource={tokens}>
        {(rows) => (
          <DataTable
            label={t.apiTokens.title}
            rows={rows}
            rowKey={(row) => row.id}
            columns={[
              {
                header: t.common.name,
                cell: (row) => (
                  <>
                    <div className="strong">{row.name}</div>
                    <div className="muted small code">{row.prefix}…</div>
                  </>
                ),
              },
              { header: t.common.role, cell: (row) => t.roles[row.role] },
              { header: t.common.created, cell: (row) => formatDate(row.createdAt) },
              {
                header: t.apiTokens.expires,
                cell: (row) => (row.expiresAt ? formatDate(row.expiresAt) : t.common.none),
              },
              {
                header: t.apiTokens.lastUsed,
                cell: (row) =>
                  row.lastUsedAt ? formatDateTime(row.lastUsedAt) : t.apiTokens.never,
              },
              {
                header: t.apiTokens.status,
                cell: (row) =>
                  row.revokedAt ? (
                    <Badge tone="muted">{t.apiTokens.revoked}</Badge>
                  ) : (
                    <Badge tone="good">{t.apiTokens.active}</Badge>
                  ),
              },
              {
                header: t.common.actions,
                className: "cell-actions",
                cell: (row) =>
                  row.revokedAt ? null : (
                    <ActionButton
                      label={t.apiTokens.revoke}
                      tone="danger"
                      confirm={t.apiTokens.confirmRevoke}
                      onAction={async () => {
                        await unwrap(
                          api.DELETE("/api/v1/api-tokens/{id}", {
                            params: { path: { id: row.id } },
                          }),
                        );
                        tokens.reload();
                      }}
                    />
                  ),
              },
            ]}
          />
        )}
      </Loaded>
    </>
  );
}
