import { DataTable } from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { usePlanNames } from "./names.js";
import type { PlanResultView } from "./types.js";

/** How the ranking of options moves with the electricity price and a colder winter day. */
export function SensitivityTable({ result }: { result: PlanResultView }) {
  const { t, formatNumber } = useI18n();
  const names = usePlanNames();
  const p = t.planner;
  if (result.sensitivity.length === 0) return null;
  const label = new Map(result.options.map((o) => [o.id, names.option(o.label)]));
  const name = (id: string | undefined) => (id === undefined ? "—" : (label.get(id) ?? id));
  return (
    <section aria-labelledby="planner-sensitivity">
      <h3 id="planner-sensitivity">{p.sensitivityTitle}</h3>
      <DataTable
        label={p.sensitivityTitle}
        rows={result.sensitivity}
        rowKey={(s) => `${s.parameter}-${s.value}`}
        columns={[
          {
            header: p.sensitivityCase,
            cell: (s) =>
              s.parameter === "electricityPrice"
                ? p.electricityTimes(formatNumber(s.value))
                : p.winterShift(formatNumber(s.value)),
          },
          { header: p.cheapest, cell: (s) => name(s.ranking[0]) },
          { header: p.second, cell: (s) => name(s.ranking[1]) },
          {
            header: p.tco(result.currency),
            cell: (s) => formatNumber(Math.round(s.totals[s.ranking[0] ?? ""] ?? 0)),
            className: "num",
          },
        ]}
      />
    </section>
  );
}
