/**
 * Training coverage: how many of an operator's mechanics (or a hub's technicians) hold a
 * valid certificate for each competency, and how many of those expire soon. A hub sees
 * the operators it serves; the chart is drawn by the planner's SVG bar chart.
 */
import { useMemo, useState } from "react";
import { barChart } from "../../../src/planner/report/svg-charts.js";
import type { TrainingCoverage } from "../api/types.js";
import { useResource } from "../api/use-resource.js";
import { DataTable, Loaded, SelectField, type Column } from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { SvgChart } from "../reports/svg-chart.js";

type Row = TrainingCoverage["competencies"][number];

function CoverageView({ coverage }: { coverage: TrainingCoverage }) {
  const { t, locale, formatNumber } = useI18n();
  const svg = useMemo(
    () =>
      barChart({
        formatNumber,
        title: t.training.coverageChart(coverage.organisationName),
        categories: coverage.competencies.map((c) => c.name[locale]),
        stacks: [
          {
            label: t.training.validNotExpiring,
            color: "#1d7346",
            values: coverage.competencies.map((c) => c.certified - c.expiringSoon),
          },
          {
            label: t.training.expiringLegend,
            color: "#e8a33d",
            values: coverage.competencies.map((c) => c.expiringSoon),
          },
        ],
        unit: t.training.people,
      }),
    [coverage, locale, t, formatNumber],
  );
  const columns: Column<Row>[] = [
    {
      header: t.training.competency,
      cell: (c) => <span className="strong">{c.name[locale]}</span>,
    },
    {
      header: t.training.certified,
      className: "num",
      cell: (c) => `${formatNumber(c.certified)} / ${formatNumber(coverage.headcount)}`,
    },
    {
      header: t.training.expiringSoon(coverage.expiringWithinDays),
      className: "num",
      cell: (c) => formatNumber(c.expiringSoon),
    },
  ];
  return (
    <>
      <p className="muted" data-headcount={coverage.headcount}>
        {coverage.organisationName} · {t.training.headcount(coverage.headcount, coverage.role)}
      </p>
      {coverage.headcount > 0 ? <SvgChart svg={svg} testId="coverage-chart" /> : null}
      <DataTable
        rows={coverage.competencies}
        columns={columns}
        rowKey={(c) => c.competency}
        label={t.training.tabs.coverage}
      />
    </>
  );
}

export function Coverage() {
  const { t } = useI18n();
  // Every operator and hub in scope: a hub's own technicians and the operators it serves.
  const coverage = useResource("/api/v1/training/coverage");
  const [picked, setPicked] = useState("");
  return (
    <Loaded resource={coverage}>
      {(all) => {
        // Operators first, those with people to train before those without.
        const ordered = [...all].sort(
          (a, b) =>
            Number(a.kind !== "operator") - Number(b.kind !== "operator") ||
            Number(a.headcount === 0) - Number(b.headcount === 0) ||
            a.organisationName.localeCompare(b.organisationName),
        );
        const shown = ordered.find((c) => c.organisationId === picked) ?? ordered[0];
        if (!shown) return <p className="empty">{t.common.empty}</p>;
        return (
          <>
            {ordered.length > 1 ? (
              <div className="training-filters">
                <SelectField
                  label={t.training.coverageFor}
                  data-field="coverage-organisation"
                  value={shown.organisationId}
                  onChange={(event) => setPicked(event.target.value)}
                  options={ordered.map((c) => ({
                    value: c.organisationId,
                    label: c.organisationName,
                  }))}
                />
              </div>
            ) : null}
            <CoverageView coverage={shown} />
          </>
        );
      }}
    </Loaded>
  );
}
