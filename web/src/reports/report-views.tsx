/**
 * One view per report: the API's rows as a chart (drawn by the planner's SVG chart
 * functions, src/planner/report/svg-charts.ts) above a table of the same rows. Each view
 * reads its own report, so its rows keep the type of that report's schema.
 */
import { useState, type ReactNode } from "react";
import { barChart, paletteColor } from "../../../src/planner/report/svg-charts.js";
import type {
  AgreementTargetsReportRow,
  AvailabilityReportRow,
  CheckFlagsWeeklyReportRow,
  CheckProofReportRow,
  DefectsByCategoryReportRow,
  DeliveriesReportRow,
  MkbfReportRow,
  OverdueMaintenanceReportRow,
  TrainingCoverageReportRow,
  WorkOrderBacklogReportRow,
} from "../api/types.js";
import { useResource, type Resource } from "../api/use-resource.js";
import { Badge, DataTable, Loaded, SelectField, type Column } from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { Link } from "../router.js";
import { SvgChart } from "./svg-chart.js";

export const REPORT_NAMES = [
  "overdue-maintenance",
  "availability",
  "mkbf",
  "defects-by-category",
  "work-order-backlog",
  "training-coverage",
  "agreement-targets",
  "deliveries",
  "check-proof",
  "check-flags-weekly",
] as const;
export type ReportName = (typeof REPORT_NAMES)[number];

/** Reports over a period (from, to); the others describe today. */
export const PERIOD_REPORTS: ReadonlySet<ReportName> = new Set([
  "availability",
  "mkbf",
  "defects-by-category",
  "agreement-targets",
  "check-proof",
  "check-flags-weekly",
]);

const RED = "#b3261e";
const ORANGE = "#e8a33d";
const GREEN = "#1d7346";
const TEAL = "#1d5c6e";
const GREY = "#9aa5b1";

/** The rows of one report as a chart and a table, with loading and error states. */
function ReportBody<Row>({
  report,
  label,
  chart,
  columns,
  rowKey,
  shown = (rows) => rows,
  children,
}: {
  report: Resource<Row[]>;
  label: string;
  chart: (rows: Row[]) => string | null;
  columns: Column<Row>[];
  rowKey: (row: Row) => string;
  /** The rows the chart and the table show (default: all). */
  shown?: (rows: Row[]) => Row[];
  /** Above the chart, e.g. a filter; gets all rows. */
  children?: (rows: Row[]) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Loaded resource={report}>
      {(rows) =>
        rows.length ? (
          <>
            {children ? children(rows) : null}
            <ReportRows
              rows={shown(rows)}
              label={label}
              chart={chart}
              columns={columns}
              rowKey={rowKey}
            />
          </>
        ) : (
          <p className="empty">{t.reports.noRows}</p>
        )
      }
    </Loaded>
  );
}

function ReportRows<Row>({
  rows,
  label,
  chart,
  columns,
  rowKey,
}: {
  rows: Row[];
  label: string;
  chart: (rows: Row[]) => string | null;
  columns: Column<Row>[];
  rowKey: (row: Row) => string;
}) {
  const svg = chart(rows);
  return (
    <>
      {svg ? <SvgChart svg={svg} testId="report-chart" /> : null}
      <DataTable rows={rows} columns={columns} rowKey={rowKey} label={label} />
    </>
  );
}

const num = "num";

function OverdueMaintenance() {
  const report = useResource("/api/v1/reports/overdue-maintenance");
  const { t, formatNumber } = useI18n();
  const r = t.reports;
  const place = (row: OverdueMaintenanceReportRow) =>
    `${row.organisationName} · ${row.regionName ?? r.noRegion}`;
  return (
    <ReportBody<OverdueMaintenanceReportRow>
      report={report}
      label={r.names["overdue-maintenance"]}
      rowKey={(row) => `${row.organisationId}:${row.regionId ?? ""}`}
      chart={(rows) =>
        barChart({
          formatNumber,
          title: r.names["overdue-maintenance"],
          categories: rows.map(place),
          stacks: [
            {
              label: r.safetyCritical,
              color: RED,
              values: rows.map((row) => row.safetyCriticalOverdueTasks),
            },
            {
              label: r.otherOverdue,
              color: ORANGE,
              values: rows.map((row) => row.overdueTasks - row.safetyCriticalOverdueTasks),
            },
          ],
          unit: r.tasks,
        })
      }
      columns={[
        {
          header: r.operator,
          cell: (row) => <span className="strong">{row.organisationName}</span>,
        },
        { header: r.region, cell: (row) => row.regionName ?? r.noRegion },
        { header: r.vehicles, className: num, cell: (row) => formatNumber(row.vehicles) },
        {
          header: r.vehiclesOverdue,
          className: num,
          cell: (row) => formatNumber(row.vehiclesOverdue),
        },
        { header: r.overdueTasks, className: num, cell: (row) => formatNumber(row.overdueTasks) },
        {
          header: r.safetyCritical,
          className: num,
          cell: (row) => (
            <span className={row.safetyCriticalOverdueTasks > 0 ? "report-alarm" : undefined}>
              {formatNumber(row.safetyCriticalOverdueTasks)}
            </span>
          ),
        },
      ]}
    />
  );
}

function Availability({ period }: ViewProps) {
  const report = useResource("/api/v1/reports/availability", { params: { query: period } });
  const { t, formatNumber } = useI18n();
  const r = t.reports;
  // Two decimals: a fleet loses few days, and 99.98 % must not read as 100 %.
  const percent = (share: number | null) =>
    share === null ? t.common.none : `${formatNumber(Math.round(share * 10_000) / 100)} %`;
  const place = (row: AvailabilityReportRow) =>
    row.level === "operator"
      ? `${row.organisationName} (${r.allDepots})`
      : `${row.organisationName} · ${row.depotName ?? r.noDepot}`;
  return (
    <ReportBody<AvailabilityReportRow>
      report={report}
      label={r.names.availability}
      rowKey={(row) => `${row.organisationId}:${row.level}:${row.depotId ?? ""}`}
      chart={(rows) => {
        // Shares near 100 % look alike as bars: the chart shows the days each depot lost.
        const depots = rows.filter((row) => row.level === "depot");
        return barChart({
          formatNumber,
          title: r.daysLostChart,
          categories: depots.map(place),
          stacks: [
            {
              label: r.unavailableDays,
              color: RED,
              values: depots.map((row) => row.unavailableDays),
            },
          ],
          unit: r.vehicleDaysUnit,
        });
      }}
      columns={[
        {
          header: r.operator,
          cell: (row) => (
            <span className={row.level === "operator" ? "strong" : undefined}>
              {row.organisationName}
            </span>
          ),
        },
        {
          header: r.depot,
          cell: (row) => (row.level === "operator" ? r.allDepots : (row.depotName ?? r.noDepot)),
        },
        { header: r.vehicles, className: num, cell: (row) => formatNumber(row.vehicles) },
        { header: r.vehicleDays, className: num, cell: (row) => formatNumber(row.vehicleDays) },
        {
          header: r.unavailableDays,
          className: num,
          cell: (row) => formatNumber(row.unavailableDays),
        },
        { header: r.availability, className: num, cell: (row) => percent(row.availability) },
      ]}
    />
  );
}

function Mkbf({ period }: ViewProps) {
  const report = useResource("/api/v1/reports/mkbf", { params: { query: period } });
  const { t, formatNumber } = useI18n();
  const r = t.reports;
  const name = (row: MkbfReportRow) => `${row.maker} ${row.model}`;
  const powertrain = (row: MkbfReportRow) => t.fleet.powertrains[row.powertrain];
  const use = (row: MkbfReportRow) =>
    row.meter === "odometer_km"
      ? row.distanceKm === null
        ? t.common.none
        : `${formatNumber(row.distanceKm)} ${r.km}`
      : row.engineHours === null
        ? t.common.none
        : `${formatNumber(row.engineHours)} ${r.hours}`;
  const between = (row: MkbfReportRow) => {
    const value = row.meter === "odometer_km" ? row.kmBetweenFailures : row.hoursBetweenFailures;
    return value === null
      ? t.common.none
      : `${formatNumber(value)} ${row.meter === "odometer_km" ? r.km : r.hours}`;
  };
  return (
    <ReportBody<MkbfReportRow>
      report={report}
      label={r.names.mkbf}
      rowKey={(row) => `${row.modelId}:${row.meter}`}
      chart={(rows) => {
        // Buses are read in km, machinery in engine hours: one chart for each kind.
        // A model without failures has no mean distance between them: it has no bar.
        const byKm = rows.filter((row) => row.kmBetweenFailures !== null);
        const byHours = rows.filter((row) => row.hoursBetweenFailures !== null);
        const chartOf = (subset: MkbfReportRow[], title: string, unit: string, color: string) =>
          subset.length
            ? barChart({
                formatNumber,
                title,
                categories: subset.map((row) => `${name(row)} (${powertrain(row)})`),
                stacks: [
                  {
                    label: title,
                    color,
                    values: subset.map(
                      (row) => row.kmBetweenFailures ?? row.hoursBetweenFailures ?? 0,
                    ),
                  },
                ],
                unit,
              })
            : "";
        return (
          chartOf(byKm, r.kmBetweenFailures, r.km, TEAL) +
            chartOf(byHours, r.hoursBetweenFailures, r.hours, ORANGE) || null
        );
      }}
      columns={[
        { header: r.model, cell: (row) => <span className="strong">{name(row)}</span> },
        { header: r.powertrain, cell: powertrain },
        { header: r.vehicles, className: num, cell: (row) => formatNumber(row.vehicles) },
        { header: r.distance, className: num, cell: use },
        { header: r.failures, className: num, cell: (row) => formatNumber(row.failures) },
        { header: r.kmBetweenFailures, className: num, cell: between },
      ]}
    />
  );
}

function DefectsByCategory({ period }: ViewProps) {
  const report = useResource("/api/v1/reports/defects-by-category", { params: { query: period } });
  const { t, formatNumber } = useI18n();
  const r = t.reports;
  const categoryName = (category: string) =>
    Object.hasOwn(t.fleet.categories, category)
      ? t.fleet.categories[category as keyof typeof t.fleet.categories]
      : category;
  return (
    <ReportBody<DefectsByCategoryReportRow>
      report={report}
      label={r.names["defects-by-category"]}
      rowKey={(row) => `${row.category}:${row.severity}`}
      chart={(rows) => {
        const categories = [...new Set(rows.map((row) => row.category))];
        const fire = new Set(rows.filter((row) => row.fireRisk).map((row) => row.category));
        const total = (category: string) =>
          rows.filter((row) => row.category === category).reduce((s, row) => s + row.defects, 0);
        // Fire-risk categories in red, the rest in the house colour (DOMAIN.md §2).
        return barChart({
          formatNumber,
          title: r.names["defects-by-category"],
          categories: categories.map(
            (c) => `${categoryName(c)}${fire.has(c) ? ` (${r.fireRisk})` : ""}`,
          ),
          stacks: [
            {
              label: r.fireRiskCategories,
              color: RED,
              values: categories.map((c) => (fire.has(c) ? total(c) : 0)),
            },
            {
              label: r.otherCategories,
              color: TEAL,
              values: categories.map((c) => (fire.has(c) ? 0 : total(c))),
            },
          ],
          unit: r.defects,
        });
      }}
      columns={[
        {
          header: r.category,
          cell: (row) => (
            <span className={row.fireRisk ? "report-fire" : "strong"} data-fire-risk={row.fireRisk}>
              {categoryName(row.category)}
              {row.fireRisk ? <Badge tone="warn">{r.fireRisk}</Badge> : null}
            </span>
          ),
        },
        { header: r.severity, cell: (row) => t.fleet.severity[row.severity] },
        { header: r.defects, className: num, cell: (row) => formatNumber(row.defects) },
        { header: r.vehicles, className: num, cell: (row) => formatNumber(row.vehicles) },
        { header: r.unresolved, className: num, cell: (row) => formatNumber(row.unresolved) },
      ]}
    />
  );
}

const AGE_BUCKETS = ["age0To2Days", "age3To7Days", "age8To30Days", "ageOver30Days"] as const;
const AGE_COLOURS = [GREEN, TEAL, ORANGE, RED];

function WorkOrderBacklog() {
  const report = useResource("/api/v1/reports/work-order-backlog");
  const { t, formatNumber } = useI18n();
  const r = t.reports;
  const group = (row: WorkOrderBacklogReportRow) =>
    `${row.organisationName} · ${r.workOrderStatuses[row.status]}`;
  return (
    <ReportBody<WorkOrderBacklogReportRow>
      report={report}
      label={r.names["work-order-backlog"]}
      rowKey={(row) => `${row.organisationId}:${row.status}`}
      chart={(rows) =>
        barChart({
          formatNumber,
          title: r.names["work-order-backlog"],
          categories: rows.map(group),
          stacks: AGE_BUCKETS.map((bucket, i) => ({
            label: r.ages[bucket],
            color: AGE_COLOURS[i] ?? GREY,
            values: rows.map((row) => row[bucket]),
          })),
          unit: r.workOrders,
        })
      }
      columns={[
        {
          header: r.operator,
          cell: (row) => <span className="strong">{row.organisationName}</span>,
        },
        { header: r.status, cell: (row) => r.workOrderStatuses[row.status] },
        { header: r.open, className: num, cell: (row) => formatNumber(row.open) },
        ...AGE_BUCKETS.map((bucket) => ({
          header: r.ages[bucket],
          className: num,
          cell: (row: WorkOrderBacklogReportRow) => formatNumber(row[bucket]),
        })),
        {
          header: r.oldest,
          cell: (row) => (
            <Link to={`/work-orders/${row.oldestWorkOrderId}`}>
              {r.oldestValue(row.oldestWorkOrderNumber, row.oldestAgeDays)}
            </Link>
          ),
        },
      ]}
    />
  );
}

function TrainingCoverageReport() {
  const report = useResource("/api/v1/reports/training-coverage");
  const { t, locale, formatNumber } = useI18n();
  const r = t.reports;
  const [organisationId, setOrganisationId] = useState("");
  const competencyName = (row: TrainingCoverageReportRow) =>
    locale === "ru" ? row.competencyNameRu : row.competencyNameEn;
  const shown = (rows: TrainingCoverageReportRow[]) => {
    const first =
      rows.find((row) => row.organisationId === organisationId) ??
      rows.find((row) => row.kind === "operator" && row.headcount > 0) ??
      rows[0];
    return rows.filter((row) => row.organisationId === first?.organisationId);
  };
  return (
    <ReportBody<TrainingCoverageReportRow>
      report={report}
      label={r.names["training-coverage"]}
      rowKey={(row) => `${row.organisationId}:${row.competency}`}
      shown={shown}
      chart={(subset) => {
        return barChart({
          formatNumber,
          title: `${r.names["training-coverage"]}: ${subset[0]?.organisationName ?? ""}`,
          categories: subset.map(competencyName),
          stacks: [
            {
              label: r.certifiedNotExpiring,
              color: GREEN,
              values: subset.map((row) => row.certified - row.expiringSoon),
            },
            {
              label: r.expiringSoon,
              color: ORANGE,
              values: subset.map((row) => row.expiringSoon),
            },
          ],
          unit: r.people,
        });
      }}
      columns={[
        {
          header: r.organisation,
          cell: (row) => <span className="strong">{row.organisationName}</span>,
        },
        { header: r.competency, cell: competencyName },
        { header: r.headcount, className: num, cell: (row) => formatNumber(row.headcount) },
        { header: r.certified, className: num, cell: (row) => formatNumber(row.certified) },
        {
          header: r.coverage,
          className: num,
          cell: (row) =>
            row.coverage === null
              ? t.common.none
              : `${formatNumber(Math.round(row.coverage * 100))} %`,
        },
        { header: r.expiringSoon, className: num, cell: (row) => formatNumber(row.expiringSoon) },
      ]}
    >
      {(rows) => {
        const organisations = [
          ...new Map(rows.map((row) => [row.organisationId, row.organisationName])),
        ];
        return organisations.length > 1 ? (
          <div className="report-filters">
            <SelectField
              label={r.organisation}
              data-field="coverage-organisation"
              value={shown(rows)[0]?.organisationId ?? ""}
              onChange={(event) => setOrganisationId(event.target.value)}
              options={organisations.map(([value, label]) => ({ value, label }))}
            />
          </div>
        ) : null;
      }}
    </ReportBody>
  );
}

function AgreementTargets({ period }: ViewProps) {
  const report = useResource("/api/v1/reports/agreement-targets", { params: { query: period } });
  const { t, formatNumber } = useI18n();
  const r = t.reports;
  const count = (value: number, bad = false) => (
    <span className={bad && value > 0 ? "report-alarm" : undefined}>{formatNumber(value)}</span>
  );
  return (
    <ReportBody<AgreementTargetsReportRow>
      report={report}
      label={r.names["agreement-targets"]}
      rowKey={(row) => row.agreementId}
      chart={(rows) =>
        barChart({
          formatNumber,
          title: r.names["agreement-targets"],
          categories: rows.map((row) => `${row.operatorName} · ${row.hubName}`),
          stacks: [
            {
              label: r.resolvedWithinTarget,
              color: GREEN,
              values: rows.map((row) => row.resolvedWithinTarget),
            },
            {
              label: r.resolutionMissed,
              color: ORANGE,
              values: rows.map((row) => row.resolutionMissed),
            },
            {
              label: r.openPastTarget,
              color: RED,
              values: rows.map((row) => row.openPastTarget),
            },
          ],
          unit: r.requestsUnit,
        })
      }
      columns={[
        { header: r.operator, cell: (row) => <span className="strong">{row.operatorName}</span> },
        { header: r.hub, cell: (row) => row.hubName },
        {
          header: r.targets,
          cell: (row) => (
            <span className="report-counts">
              <span>{r.responseTarget(row.responseHours)}</span>
              <span>{r.resolutionTarget(row.resolutionHours)}</span>
            </span>
          ),
        },
        { header: r.requests, className: num, cell: (row) => formatNumber(row.requests) },
        {
          header: r.response,
          cell: (row) => (
            <span className="report-counts">
              <span>
                {r.inTime} {count(row.respondedWithinTarget)}
              </span>
              <span>
                {r.late} {count(row.responseMissed, true)}
              </span>
            </span>
          ),
        },
        {
          header: r.resolution,
          cell: (row) => (
            <span className="report-counts">
              <span>
                {r.inTime} {count(row.resolvedWithinTarget)}
              </span>
              <span>
                {r.late} {count(row.resolutionMissed, true)}
              </span>
              <span>
                {r.openPastTarget} {count(row.openPastTarget, true)}
              </span>
            </span>
          ),
        },
        {
          header: r.notTaken,
          cell: (row) => (
            <span className="report-counts">
              <span>
                {r.declined} {count(row.declined)}
              </span>
              <span>
                {r.cancelled} {count(row.cancelled)}
              </span>
            </span>
          ),
        },
      ]}
    />
  );
}

function Deliveries() {
  const report = useResource("/api/v1/reports/deliveries");
  const { t, formatNumber } = useI18n();
  const r = t.reports;
  const region = (row: DeliveriesReportRow) => row.regionName ?? r.noRegion;
  return (
    <ReportBody<DeliveriesReportRow>
      report={report}
      label={r.names.deliveries}
      rowKey={(row) => `${row.regionId ?? ""}:${row.year}`}
      chart={(rows) => {
        // A bar per year, a segment per region.
        const years = [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b);
        const regions = [...new Set(rows.map(region))];
        return barChart({
          formatNumber,
          title: r.names.deliveries,
          categories: years.map(String),
          stacks: regions.map((name, i) => ({
            label: name,
            color: paletteColor(i),
            values: years.map((year) =>
              rows
                .filter((row) => row.year === year && region(row) === name)
                .reduce((s, row) => s + row.vehicles, 0),
            ),
          })),
          unit: r.vehicles,
        });
      }}
      columns={[
        { header: r.region, cell: (row) => <span className="strong">{region(row)}</span> },
        { header: r.country, cell: (row) => row.country ?? t.common.none },
        { header: r.year, className: num, cell: (row) => String(row.year) },
        { header: r.delivered, className: num, cell: (row) => formatNumber(row.vehicles) },
      ]}
    />
  );
}

/** The period a report covers, for those over a period (PERIOD_REPORTS). */
export interface Period {
  from: string;
  to: string;
}
interface ViewProps {
  period: Period;
}

/** How each person's checks were made (issue #15): durations, flags, faults per 100 checks. */
function CheckProof({ period }: ViewProps) {
  const report = useResource("/api/v1/reports/check-proof", { params: { query: period } });
  const { t, formatNumber } = useI18n();
  const r = t.reports;
  const who = (row: CheckProofReportRow) => `${row.personName} · ${row.depotName ?? r.noDepot}`;
  return (
    <ReportBody<CheckProofReportRow>
      report={report}
      label={r.names["check-proof"]}
      rowKey={(row) => `${row.depotId ?? ""}:${row.personId ?? row.personName}`}
      chart={(rows) =>
        barChart({
          formatNumber,
          title: r.medianCheckChart,
          categories: rows.map(who),
          stacks: [
            {
              label: r.medianSeconds,
              color: TEAL,
              values: rows.map((row) => row.medianSeconds ?? 0),
            },
          ],
          unit: r.seconds,
        })
      }
      columns={[
        {
          header: r.person,
          cell: (row) => (
            <span className="strong" data-never-finds={row.neverFinds}>
              {row.personName}
              {row.neverFinds ? <Badge tone="warn">{r.neverFinds}</Badge> : null}
            </span>
          ),
        },
        { header: r.depot, cell: (row) => row.depotName ?? r.noDepot },
        { header: r.checks, className: num, cell: (row) => formatNumber(row.checks) },
        {
          header: r.medianSeconds,
          className: num,
          cell: (row) =>
            row.medianSeconds === null ? t.common.none : formatNumber(row.medianSeconds),
        },
        { header: r.flaggedChecks, className: num, cell: (row) => formatNumber(row.flaggedChecks) },
        { header: r.flagKinds.tooFast, className: num, cell: (row) => formatNumber(row.tooFast) },
        {
          header: r.flagKinds.notAtDepot,
          className: num,
          cell: (row) => formatNumber(row.notAtDepot),
        },
        { header: r.flagKinds.clock, className: num, cell: (row) => formatNumber(row.clock) },
        { header: r.flagKinds.evidence, className: num, cell: (row) => formatNumber(row.evidence) },
        {
          header: r.faultsPer100Checks,
          className: num,
          cell: (row) =>
            row.faultsPer100Checks === null ? t.common.none : formatNumber(row.faultsPer100Checks),
        },
      ]}
    />
  );
}

/** Checks and their flags week by week: whether the proof is getting better. */
function CheckFlagsWeekly({ period }: ViewProps) {
  const report = useResource("/api/v1/reports/check-flags-weekly", { params: { query: period } });
  const { t, formatNumber } = useI18n();
  const r = t.reports;
  const kinds = [
    ["tooFast", RED],
    ["notAtDepot", ORANGE],
    ["clock", GREY],
    ["evidence", TEAL],
  ] as const;
  return (
    <ReportBody<CheckFlagsWeeklyReportRow>
      report={report}
      label={r.names["check-flags-weekly"]}
      rowKey={(row) => row.week}
      chart={(rows) =>
        barChart({
          formatNumber,
          title: r.names["check-flags-weekly"],
          categories: rows.map((row) => row.week),
          stacks: kinds.map(([kind, color]) => ({
            label: r.flagKinds[kind],
            color,
            values: rows.map((row) => row[kind]),
          })),
          unit: r.checks,
        })
      }
      columns={[
        { header: r.week, cell: (row) => <span className="strong">{row.week}</span> },
        { header: r.checks, className: num, cell: (row) => formatNumber(row.checks) },
        { header: r.flaggedChecks, className: num, cell: (row) => formatNumber(row.flaggedChecks) },
        ...kinds.map(([kind]) => ({
          header: r.flagKinds[kind],
          className: num,
          cell: (row: CheckFlagsWeeklyReportRow) => formatNumber(row[kind]),
        })),
      ]}
    />
  );
}

const VIEWS: Record<ReportName, (props: ViewProps) => ReactNode> = {
  "overdue-maintenance": OverdueMaintenance,
  availability: Availability,
  mkbf: Mkbf,
  "defects-by-category": DefectsByCategory,
  "work-order-backlog": WorkOrderBacklog,
  "training-coverage": TrainingCoverageReport,
  "agreement-targets": AgreementTargets,
  deliveries: Deliveries,
  "check-proof": CheckProof,
  "check-flags-weekly": CheckFlagsWeekly,
};

/** The view of a report, reading its JSON route (over `period` where it covers one). */
export function ReportView({ name, period }: { name: ReportName; period: Period }) {
  const View = VIEWS[name];
  // A new period starts the view afresh, as a new report does.
  const key = PERIOD_REPORTS.has(name) ? `${name}:${period.from}:${period.to}` : name;
  return <View key={key} period={period} />;
}
