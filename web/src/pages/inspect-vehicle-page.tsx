/**
 * One pre-shift check on a phone (/inspect/:vehicleId): review of repairs certified
 * since the last check (49 CFR 396.13: the next driver reviews and signs), the meter,
 * every checklist item with large pass / fail / n.a. buttons, a comment and a camera
 * photo where a failure needs them, then the driver's signature. Every change is saved
 * on the phone; "submit" puts the check in the outbox, which sends it when it can, and
 * opens the list with the check's verdict (release/check-verdict.tsx).
 */
import { useCallback, useEffect, useMemo, useState, type ChangeEvent } from "react";
import { api, errorMessage, unwrap } from "../api/client.js";
import type { Defect, InspectionForm, TemplateItem, Vehicle } from "../api/types.js";
import { RepairNote } from "../components/evidence.js";
import { useOnline } from "../components/outbox-list.js";
import { ActionButton, ErrorMessage, PageHeader } from "../components/ui.js";
import "../components/fleet.css";
import { humanize, useI18n } from "../i18n/i18n.js";
import {
  clearDraft,
  emptyDraft,
  evidenceOf,
  loadDraft,
  positionConsent,
  saveDraft,
  setPositionConsent,
  type Draft,
  TYRE_SETS,
  type DraftAnswer,
  type DraftEvidence,
  type TyreSet,
  type Outcome,
} from "../offline/draft.js";
import { loadForm, loadVehicles, type Cached } from "../offline/fleet-cache.js";
import { enqueue, loadPhoto, newKey, savePhoto } from "../offline/outbox.js";
import { navigate, usePath } from "../router.js";
import { useMe } from "../session.js";

/** Photos are scaled to this many pixels on the long side: enough to see a leak, small to send. */
const PHOTO_MAX_PX = 1600;

async function shrinkPhoto(file: File): Promise<Blob> {
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, PHOTO_MAX_PX / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && file.size < 2_000_000) return file;
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext("2d")?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, "image/jpeg", 0.82),
    );
    return blob ?? file;
  } catch {
    return file; // An image the browser cannot decode goes as it is; the server decides.
  }
}

function PhotoThumb({ localId, alt }: { localId: string; alt: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let objectUrl: string | null = null;
    let current = true;
    void loadPhoto(localId).then((blob) => {
      if (!blob || !current) return;
      objectUrl = URL.createObjectURL(blob);
      setUrl(objectUrl);
    });
    return () => {
      current = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [localId]);
  return url ? <img src={url} alt={alt} /> : null;
}

/**
 * The certified repairs the driver reviews before the shift: what was reported, and what
 * the mechanic did or found, who and when, so "reviewed" means they read it.
 */
function ReviewRepairs({ defects, online }: { defects: Defect[]; online: boolean }) {
  const { t } = useI18n();
  const [done, setDone] = useState<string[]>([]);
  const open = defects.filter((d) => !done.includes(d.id));
  if (!open.length) return null;
  return (
    <section aria-labelledby="review-title">
      <h2 id="review-title" className="section-title">
        {t.inspect.reviewTitle}
      </h2>
      <p className="muted">{t.inspect.reviewHelp}</p>
      {open.map((defect) => (
        <div key={defect.id} className="review-card" data-defect={defect.id}>
          <p className="strong">{defect.description}</p>
          <p>{defect.status === "repaired" ? t.defects.repaired : t.defects.noRepairNeeded}</p>
          <RepairNote defect={defect} />
          {online ? (
            <ActionButton
              label={t.inspect.reviewed}
              onAction={async () => {
                await unwrap(
                  api.POST("/api/v1/defects/{id}/review", {
                    params: { path: { id: defect.id } },
                    body: {},
                  }),
                );
                setDone((ids) => [...ids, defect.id]);
              }}
            />
          ) : (
            <p className="muted small">{t.inspect.reviewOnline}</p>
          )}
        </div>
      ))}
    </section>
  );
}

function CheckItem({
  item,
  answer,
  missing,
  onChange,
}: {
  item: TemplateItem;
  answer: DraftAnswer | undefined;
  missing: boolean;
  onChange: (answer: DraftAnswer) => void;
}) {
  const { t, locale } = useI18n();
  const [photoError, setPhotoError] = useState<string | null>(null);
  const current: DraftAnswer = answer ?? { outcome: "pass", comment: "", photos: [] };
  const choose = (outcome: Outcome) => onChange({ ...current, outcome });
  const outcomes: Outcome[] =
    item.severity === "critical" ? ["pass", "fail"] : ["pass", "fail", "na"];
  const addPhoto = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setPhotoError(null);
    try {
      const localId = await savePhoto(await shrinkPhoto(file));
      onChange({ ...current, photos: [...current.photos, localId] });
    } catch (failure) {
      setPhotoError(errorMessage(failure));
    }
  };
  const label = item.label[locale];
  return (
    <div
      className="check-item"
      id={`item-${item.key}`}
      data-item={item.key}
      data-outcome={answer?.outcome ?? ""}
      data-missing={missing}
    >
      <p className="check-label">
        {label}{" "}
        <span className={`badge badge-${item.severity === "critical" ? "warn" : "muted"}`}>
          {t.fleet.severity[item.severity]}
        </span>
      </p>
      <div
        className={`outcomes${outcomes.length === 2 ? " two" : ""}`}
        role="group"
        aria-label={label}
      >
        {outcomes.map((outcome) => (
          <button
            key={outcome}
            type="button"
            className="outcome"
            data-value={outcome}
            aria-pressed={answer?.outcome === outcome}
            onClick={() => choose(outcome)}
          >
            {t.inspect.outcomes[outcome]}
          </button>
        ))}
      </div>
      {item.measurement === "tyre_tread_mm" ? (
        <div className="measurement">
          <label htmlFor={`tread-${item.key}`}>{t.inspect.treadDepth}</label>
          <input
            id={`tread-${item.key}`}
            data-tread-input={item.key}
            inputMode="decimal"
            value={current.measuredValue ?? ""}
            onChange={(event) => onChange({ ...current, measuredValue: event.target.value })}
          />
          <label htmlFor={`tyres-${item.key}`}>{t.inspect.tyresFitted}</label>
          <select
            id={`tyres-${item.key}`}
            data-tyres-input={item.key}
            value={current.tyres ?? ""}
            onChange={(event) =>
              onChange({
                ...current,
                ...(event.target.value ? { tyres: event.target.value as TyreSet } : {}),
              })
            }
          >
            <option value="" />
            {TYRE_SETS.map((set) => (
              <option key={set} value={set}>
                {t.inspect.tyreSets[set]}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {answer?.outcome === "fail" ? (
        <>
          <label className="visually-hidden" htmlFor={`comment-${item.key}`}>
            {t.inspect.comment}
          </label>
          <textarea
            id={`comment-${item.key}`}
            placeholder={item.failNeedsComment ? t.inspect.commentRequired : t.inspect.comment}
            value={current.comment}
            maxLength={2000}
            onChange={(event) => onChange({ ...current, comment: event.target.value })}
          />
          <div className="photo-row">
            {current.photos.map((localId, index) => (
              <PhotoThumb key={localId} localId={localId} alt={`${label} ${index + 1}`} />
            ))}
            <label className="photo-button">
              {item.failNeedsPhoto && !current.photos.length
                ? t.inspect.photoRequired
                : t.inspect.addPhoto}
              <input
                type="file"
                accept="image/jpeg,image/png,image/webp"
                capture="environment"
                data-photo-input={item.key}
                onChange={(event) => void addPhoto(event)}
              />
            </label>
            {current.photos.length ? (
              <button
                type="button"
                className="link-button"
                onClick={() => onChange({ ...current, photos: current.photos.slice(0, -1) })}
              >
                {t.inspect.removePhoto}
              </button>
            ) : null}
          </div>
          <ErrorMessage message={photoError} />
        </>
      ) : null}
    </div>
  );
}

/** A measured value as typed ("1,8" or "1.8"), or null when it is not a number of at least 0. */
function measured(answer: DraftAnswer): number | null {
  const typed = answer.measuredValue?.trim().replace(",", ".") ?? "";
  const value = Number(typed);
  return typed && Number.isFinite(value) && value >= 0 ? value : null;
}

/** The first thing a check still needs, or null when it can be submitted. */
function firstProblem(
  form: InspectionForm,
  draft: Draft,
  t: ReturnType<typeof useI18n>["t"],
  locale: ReturnType<typeof useI18n>["locale"],
): { message: string; itemKey?: string; field?: string } | null {
  const meter = Number(draft.meterValue.replace(",", "."));
  if (!draft.meterValue.trim() || !Number.isFinite(meter) || meter < 0)
    return { message: t.inspect.needMeter, field: "meter-value" };
  for (const item of form.template.items) {
    const answer = draft.answers[item.key];
    if (!answer) return { message: t.inspect.needAnswer(item.label[locale]), itemKey: item.key };
    if (answer.outcome === "fail" && item.failNeedsComment && !answer.comment.trim())
      return { message: t.inspect.needComment, itemKey: item.key };
    if (answer.outcome === "fail" && item.failNeedsPhoto && !answer.photos.length)
      return { message: t.inspect.needPhoto, itemKey: item.key };
    if (item.measurement === "tyre_tread_mm") {
      if (measured(answer) === null) return { message: t.inspect.needTread, itemKey: item.key };
      if (!answer.tyres) return { message: t.inspect.needTyres, itemKey: item.key };
    }
  }
  if (draft.signatureName.trim().length < 2)
    return { message: t.inspect.needName, field: "sign-name" };
  if (!draft.confirmed) return { message: t.inspect.needConfirm, field: "sign-confirm" };
  return null;
}

/** The phone's position once, or null when it cannot or may not be had. */
function currentPosition(): Promise<DraftEvidence["position"] | null> {
  if (!("geolocation" in navigator)) return Promise.resolve(null);
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (p) =>
        resolve({
          latitude: p.coords.latitude,
          longitude: p.coords.longitude,
          accuracyM: p.coords.accuracy,
          at: new Date(p.timestamp).toISOString(),
        }),
      () => resolve(null),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  });
}

/** The evidence as the API takes it; `deviceClock` is set again by the outbox as it sends. */
function evidenceBody(evidence: DraftEvidence, now: string) {
  return {
    openedAt: evidence.openedAt,
    sentAt: now,
    deviceClock: now,
    itemTimes: Object.entries(evidence.itemTimes).map(([itemKey, time]) => ({
      itemKey,
      at: time.at,
      ...(time.viaPassRest ? { viaPassRest: true } : {}),
    })),
    ...(evidence.position ? { position: evidence.position } : {}),
    ...(evidence.qr ? { qr: evidence.qr } : {}),
  };
}

function Checklist({ vehicle, form }: { vehicle: Vehicle; form: Cached<InspectionForm> }) {
  const { t, locale, formatNumber, formatDateTime } = useI18n();
  const me = useMe();
  const online = useOnline();
  const items = form.data.template.items;
  const [draft, setDraftState] = useState<Draft>(
    () => loadDraft(vehicle.id) ?? emptyDraft(form.data.template.id, me.user?.name ?? ""),
  );
  const [problem, setProblem] = useState<ReturnType<typeof firstProblem>>(null);
  const [busy, setBusy] = useState(false);
  const [consent, setConsent] = useState(positionConsent);
  const passRestAllowed = form.data.proof?.passRestAllowed === true;

  const update = useCallback(
    (change: (draft: Draft) => Draft) =>
      setDraftState((previous) => {
        const next = { ...change(previous), updatedAt: new Date().toISOString() };
        saveDraft(vehicle.id, next);
        return next;
      }),
    [vehicle.id],
  );
  const answered = items.filter((item) => draft.answers[item.key]).length;

  // Opened from the vehicle's QR code (its link carries ?qr=): the check starts at the vehicle.
  useEffect(() => {
    const scanned = new URLSearchParams(window.location.search).has("qr");
    update((d) => {
      const evidence = evidenceOf(d);
      return scanned && !evidence.qr
        ? {
            ...d,
            evidence: {
              ...evidence,
              qr: { text: window.location.href, scannedAt: new Date().toISOString() },
            },
          }
        : { ...d, evidence };
    });
  }, [update]);

  // The position, only with the person's consent, once per check.
  useEffect(() => {
    if (!consent || draft.evidence?.position) return;
    let current = true;
    void currentPosition().then((position) => {
      if (current && position) update((d) => ({ ...d, evidence: { ...evidenceOf(d), position } }));
    });
    return () => {
      current = false;
    };
  }, [consent, draft.evidence?.position, update]);

  /** An answer, and when it was given (a comment or photo changes the answer, not its time). */
  const answer = (item: TemplateItem, next: DraftAnswer) =>
    update((d) => {
      const evidence = evidenceOf(d);
      const changed = d.answers[item.key]?.outcome !== next.outcome;
      return {
        ...d,
        answers: { ...d.answers, [item.key]: next },
        evidence: changed
          ? {
              ...evidence,
              itemTimes: { ...evidence.itemTimes, [item.key]: { at: new Date().toISOString() } },
            }
          : evidence,
      };
    });
  const categories = useMemo(() => {
    const groups = new Map<string, TemplateItem[]>();
    for (const item of items)
      groups.set(item.category, [...(groups.get(item.category) ?? []), item]);
    return [...groups.entries()];
  }, [items]);
  const meterLabel = form.data.meter === "odometer_km" ? t.fleet.odometerKm : t.fleet.engineHours;
  const failed = items.filter((item) => draft.answers[item.key]?.outcome === "fail");

  const submit = async () => {
    const found = firstProblem(form.data, draft, t, locale);
    setProblem(found);
    if (found) {
      const target = found.itemKey ? `item-${found.itemKey}` : found.field;
      if (target) document.getElementById(target)?.scrollIntoView({ block: "center" });
      return;
    }
    setBusy(true);
    try {
      const meter = Number(draft.meterValue.replace(",", "."));
      const results = items.map((item) => {
        const answer = draft.answers[item.key] as DraftAnswer;
        const comment = answer.outcome === "fail" ? answer.comment.trim() : "";
        const value = item.measurement ? measured(answer) : null;
        return {
          itemKey: item.key,
          outcome: answer.outcome,
          ...(comment ? { comment } : {}),
          // The server fails the item when the tread or the tyres break the rules.
          ...(value !== null ? { measuredValue: value } : {}),
          ...(item.measurement && answer.tyres ? { tyres: answer.tyres } : {}),
        };
      });
      const key = newKey();
      const now = new Date().toISOString();
      await enqueue({
        key,
        organisationId: vehicle.organisationId,
        vehicleId: vehicle.id,
        vehicleLabel: `${vehicle.fleetNumber}${vehicle.registrationPlate ? ` · ${vehicle.registrationPlate}` : ""}`,
        body: {
          vehicleId: vehicle.id,
          templateId: form.data.template.id,
          // The moment of signing, not of sending: an offline check keeps its own time.
          submittedAt: now,
          ...(form.data.meter === "odometer_km" ? { odometerKm: meter } : { engineHours: meter }),
          results,
          ...(draft.comments.trim() ? { comments: draft.comments.trim() } : {}),
          signature: { name: draft.signatureName.trim(), confirmed: true },
          evidence: evidenceBody(evidenceOf(draft), now),
        },
        photos: items.flatMap((item) => {
          const answer = draft.answers[item.key];
          if (answer?.outcome !== "fail") return [];
          return answer.photos.map((localId) => ({ localId, itemKey: item.key, serverId: null }));
        }),
      });
      clearDraft(vehicle.id);
      // The list shows this check's verdict: not sent yet, or whether the bus may go out.
      navigate(`/inspect?check=${encodeURIComponent(key)}`);
    } catch (failure) {
      setProblem({ message: errorMessage(failure) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="check-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {form.offline ? (
        <p className="muted small">{t.inspect.cachedForm(formatDateTime(form.savedAt))}</p>
      ) : null}
      <ReviewRepairs defects={form.data.repairsToReview} online={online} />
      <label className="consent-box small" htmlFor="position-consent">
        <input
          id="position-consent"
          type="checkbox"
          checked={consent}
          onChange={(event) => {
            const allowed = event.target.checked;
            setPositionConsent(allowed);
            setConsent(allowed);
            if (!allowed)
              update((d) => {
                const evidence = { ...evidenceOf(d) };
                delete evidence.position;
                return { ...d, evidence };
              });
          }}
        />
        <span>{t.inspect.positionConsent}</span>
      </label>
      <p className="muted small">
        {form.data.template.name[locale]} · {t.fleet.version(form.data.template.version)}
      </p>
      <div className="field">
        <label htmlFor="meter-value">{meterLabel}</label>
        <input
          id="meter-value"
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          value={draft.meterValue}
          onChange={(event) => {
            const value = event.target.value;
            update((d) => ({ ...d, meterValue: value }));
          }}
        />
        {form.data.lastMeterValue !== null ? (
          <p className="muted small">
            {t.inspect.lastMeter(formatNumber(form.data.lastMeterValue))}
          </p>
        ) : null}
      </div>
      <div className="check-progress">
        <span className="strong" aria-live="polite">
          {t.inspect.progress(answered, items.length)}
        </span>
        {/* Only where the operator allows it, and never for a safety-critical item: each of
            those is answered on its own (issue #15). */}
        {passRestAllowed &&
        items.some((item) => item.severity !== "critical" && !draft.answers[item.key]) ? (
          <button
            type="button"
            className="button button-small"
            data-pass-rest
            onClick={() =>
              update((d) => {
                const answers = { ...d.answers };
                const evidence = evidenceOf(d);
                const itemTimes = { ...evidence.itemTimes };
                const at = new Date().toISOString();
                for (const item of items) {
                  if (item.severity === "critical" || answers[item.key]) continue;
                  answers[item.key] = { outcome: "pass", comment: "", photos: [] };
                  itemTimes[item.key] = { at, viaPassRest: true };
                }
                return { ...d, answers, evidence: { ...evidence, itemTimes } };
              })
            }
          >
            {t.inspect.restPassNonCritical}
          </button>
        ) : null}
      </div>
      {categories.map(([category, group]) => (
        <section key={category}>
          <h2 className="check-category">
            {Object.hasOwn(t.fleet.categories, category)
              ? t.fleet.categories[category as keyof typeof t.fleet.categories]
              : humanize(category)}
          </h2>
          {group.map((item) => (
            <CheckItem
              key={item.key}
              item={item}
              answer={draft.answers[item.key]}
              missing={problem?.itemKey === item.key}
              onChange={(next) => answer(item, next)}
            />
          ))}
        </section>
      ))}
      <div className="field">
        <label htmlFor="check-comments">
          {t.inspect.comments} <span className="field-hint">({t.common.optional})</span>
        </label>
        <textarea
          id="check-comments"
          maxLength={4000}
          value={draft.comments}
          onChange={(event) => {
            const value = event.target.value;
            update((d) => ({ ...d, comments: value }));
          }}
        />
      </div>
      <h2 className="section-title">{t.inspect.signTitle}</h2>
      {failed.length ? (
        <div className="alert alert-error" role="status">
          {t.inspect.failedSummary(failed.length)}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="sign-name">{t.inspect.signName}</label>
        <input
          id="sign-name"
          type="text"
          autoComplete="name"
          value={draft.signatureName}
          onChange={(event) => {
            const value = event.target.value;
            update((d) => ({ ...d, signatureName: value }));
          }}
        />
      </div>
      <label className="sign-box" htmlFor="sign-confirm">
        <input
          id="sign-confirm"
          type="checkbox"
          checked={draft.confirmed}
          onChange={(event) => {
            const checked = event.target.checked;
            update((d) => ({ ...d, confirmed: checked }));
          }}
        />
        <span>{t.inspect.signConfirm(vehicle.fleetNumber)}</span>
      </label>
      <ErrorMessage message={problem?.message} />
      <button type="submit" className="button button-primary button-large" disabled={busy}>
        {online ? t.inspect.submit : t.inspect.submitOffline}
      </button>
    </form>
  );
}

export function InspectVehiclePage() {
  const { t } = useI18n();
  const me = useMe();
  const vehicleId = usePath().split("/")[2] ?? "";
  const [vehicle, setVehicle] = useState<Vehicle | null>(null);
  const [form, setForm] = useState<Cached<InspectionForm> | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const findVehicle = async () => {
      const list = await loadVehicles(me.organisation.id).catch(() => null);
      return (
        list?.data.find((v) => v.id === vehicleId) ??
        unwrap(api.GET("/api/v1/vehicles/{id}", { params: { path: { id: vehicleId } } }))
      );
    };
    Promise.all([findVehicle(), loadForm(vehicleId)])
      .then(([foundVehicle, foundForm]) => {
        if (!current) return;
        setVehicle(foundVehicle);
        setForm(foundForm);
      })
      .catch((failure: unknown) => {
        if (current) setError(errorMessage(failure));
      });
    return () => {
      current = false;
    };
  }, [vehicleId, me.organisation.id]);

  const title = vehicle ? `${t.inspect.checkOf} ${vehicle.fleetNumber}` : t.inspect.title;
  return (
    <>
      <PageHeader
        title={title}
        subtitle={
          vehicle ? (
            <>
              {vehicle.registrationPlate ? (
                <span className="plate">{vehicle.registrationPlate}</span>
              ) : null}{" "}
              {vehicle.model.maker} {vehicle.model.model}
            </>
          ) : undefined
        }
        actions={
          <button type="button" className="button" onClick={() => navigate("/inspect")}>
            {t.inspect.back}
          </button>
        }
      />
      <ErrorMessage message={error} />
      {vehicle && form ? (
        <Checklist key={vehicle.id} vehicle={vehicle} form={form} />
      ) : error ? null : (
        <p className="muted" aria-busy="true">
          {t.common.loading}
        </p>
      )}
    </>
  );
}
