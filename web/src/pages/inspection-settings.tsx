/**
 * An operator's rules for the proof of its pre-shift checks (issue #15): whether drivers
 * may pass the remaining non-critical items at once, whether a check must start from the
 * vehicle's QR code, the minimum length of a check, and for each kind of flag whether it
 * only warns or also holds the vehicle until a manager confirms the check.
 */
import { useState } from "react";
import { FLAG_KINDS, type FlagAction } from "../../../src/core/inspection-proof.js";
import { api, unwrap } from "../api/client.js";
import { useResource } from "../api/use-resource.js";
import { ApiForm, Loaded, SelectField, TextField } from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";

interface ProofSettings {
  organisationId: string;
  passRestAllowed: boolean;
  qrScanRequired: boolean;
  minimumCheckSeconds: number | null;
  flagActions: Record<string, FlagAction>;
}

function SettingsForm({ loaded }: { loaded: ProofSettings }) {
  const { t } = useI18n();
  const d = t.depots;
  const [passRest, setPassRest] = useState(loaded.passRestAllowed);
  const [qr, setQr] = useState(loaded.qrScanRequired);
  const [minimum, setMinimum] = useState(
    loaded.minimumCheckSeconds === null ? "" : String(loaded.minimumCheckSeconds),
  );
  const [actions, setActions] = useState<Record<string, FlagAction>>(loaded.flagActions);
  const [saved, setSaved] = useState(false);
  return (
    <ApiForm
      title={d.proofTitle}
      submitLabel={t.common.save}
      onSubmit={async () => {
        setSaved(false);
        await unwrap(
          api.PUT("/api/v1/inspections/settings", {
            body: {
              organisationId: loaded.organisationId,
              passRestAllowed: passRest,
              qrScanRequired: qr,
              minimumCheckSeconds: minimum.trim() === "" ? null : Number(minimum),
              flagActions: actions,
            },
          }),
        );
        setSaved(true);
      }}
    >
      <p className="muted small">{d.proofHint}</p>
      <label className="check">
        <input
          type="checkbox"
          name="passRestAllowed"
          checked={passRest}
          onChange={(event) => setPassRest(event.target.checked)}
        />
        <span>{d.passRestAllowed}</span>
      </label>
      <label className="check">
        <input
          type="checkbox"
          name="qrScanRequired"
          checked={qr}
          onChange={(event) => setQr(event.target.checked)}
        />
        <span>{d.qrScanRequired}</span>
      </label>
      <TextField
        label={d.minimumCheckSeconds}
        hint={d.minimumCheckSecondsHint}
        name="minimumCheckSeconds"
        inputMode="numeric"
        value={minimum}
        onChange={(event) => setMinimum(event.target.value)}
      />
      {FLAG_KINDS.map((kind) => (
        <SelectField
          key={kind}
          label={d.flagKindNames[kind]}
          name={`flagActions.${kind}`}
          value={actions[kind] ?? "warn"}
          onChange={(event) =>
            setActions((current) => ({ ...current, [kind]: event.target.value as FlagAction }))
          }
          options={(["warn", "hold"] as const).map((action) => ({
            value: action,
            label: d.flagAction[action],
          }))}
        />
      ))}
      {saved ? (
        <p className="muted small" role="status">
          {d.saved}
        </p>
      ) : null}
    </ApiForm>
  );
}

export function InspectionSettingsPanel({ organisationId }: { organisationId: string }) {
  const settings = useResource("/api/v1/inspections/settings", {
    params: { query: { organisationId } },
  });
  return (
    <Loaded resource={settings}>
      {(loaded) => <SettingsForm key={loaded.organisationId} loaded={loaded} />}
    </Loaded>
  );
}
