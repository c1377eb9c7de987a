/**
 * Small pieces the work-order and maintenance pages share: competency names in the
 * person's language, status and priority badges, how old an order is, local dates.
 */
import { useCallback, useMemo } from "react";
import type { DueStatus, Locale, WorkOrderPriority, WorkOrderStatus } from "../api/types.js";
import { useResource } from "../api/use-resource.js";
import { Badge } from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";

/** Today on this device, as YYYY-MM-DD. */
export function localIsoDate(date: Date = new Date()): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** A datetime-local input's value (local time, to the minute) for a moment. */
export function localDateTimeValue(date: Date = new Date()): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** A name given in both languages, in the person's. */
export function localName(name: { en: string; ru: string }, locale: Locale): string {
  return name[locale] || name.en;
}

/**
 * The competencies of the network (GET /competencies) and a function naming a key in the
 * person's language; "…" while the list loads, and a key the list does not know reads as
 * itself.
 */
export function useCompetencies() {
  const { locale } = useI18n();
  const resource = useResource("/api/v1/competencies");
  const names = useMemo(
    () => new Map((resource.data ?? []).map((c) => [c.key, localName(c.name, locale)])),
    [resource.data, locale],
  );
  // Until the list has loaded, a key is not shown as its code (a Russian page would flash
  // "brakes"); after, a key the list does not know reads as itself.
  const loaded = resource.data !== undefined;
  const nameOf = useCallback(
    (key: string) => names.get(key) ?? (loaded ? key : "…"),
    [names, loaded],
  );
  return { list: resource.data ?? [], nameOf };
}

const STATUS_TONE: Record<WorkOrderStatus, "neutral" | "good" | "muted" | "warn" | "accent"> = {
  requested: "neutral",
  scheduled: "accent",
  in_progress: "accent",
  completed: "good",
  verified: "good",
  cancelled: "muted",
};

export function WorkOrderStatusBadge({ status }: { status: WorkOrderStatus }) {
  const { t } = useI18n();
  return (
    <span data-status={status}>
      <Badge tone={STATUS_TONE[status]}>{t.maintenance.workOrders.statuses[status]}</Badge>
    </span>
  );
}

export function PriorityBadge({ priority }: { priority: WorkOrderPriority }) {
  const { t } = useI18n();
  const tone = priority === "urgent" || priority === "high" ? "warn" : "muted";
  return <Badge tone={tone}>{t.maintenance.workOrders.priorities[priority]}</Badge>;
}

export function BlockingBadge() {
  const { t } = useI18n();
  return (
    <span className="badge badge-danger" title={t.maintenance.workOrders.blockingHint}>
      {t.maintenance.workOrders.blockingBadge}
    </span>
  );
}

export function DueStateBadge({ status }: { status: DueStatus }) {
  const { t } = useI18n();
  return (
    <span className={`due-state due-${status}`} data-due-status={status}>
      {t.maintenance.calendar.states[status]}
    </span>
  );
}

export function SafetyMark() {
  const { t } = useI18n();
  return (
    <span className="safety-mark" title={t.maintenance.calendar.safetyCritical}>
      <span aria-hidden="true">⚠</span>
      <span className="visually-hidden">{t.maintenance.calendar.safetyCritical}</span>
    </span>
  );
}

/** How long an order has been open: hours on its first day, then days. */
export function useAge() {
  const { t } = useI18n();
  return useCallback(
    (openedAt: string, until: string | null = null) => {
      const end = until ? Date.parse(until) : Date.now();
      const hours = Math.max(0, Math.floor((end - Date.parse(openedAt)) / 3_600_000));
      return hours < 24
        ? t.maintenance.workOrders.ageHours(hours)
        : t.maintenance.workOrders.ageDays(Math.floor(hours / 24));
    },
    [t],
  );
}
