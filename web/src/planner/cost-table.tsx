import { DataTable } from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { usePlanNames } from "./names.js";
import type { PlanResultView } from "./types.js";

type CostPart = keyof PlanResultView["options"][number]["tco"];

/**
 * An option's cost part; a run stored before grid connection, demand charges and the CNG
 * station were counted has none of them (shown as 0).
 */
export function costPart(option: PlanResultView["options"][number], key: CostPart): number {
  const value: unknown = option.tco[key];
  return typeof value === "number" ? value : 0;
}

/** The present value of each option's cost parts, cheapest option first. */
export function CostTable({ result }: { result: PlanResultView }) {
  const { t, formatNumber } = useI18n();
  const names = usePlanNames();
  const p = t.planner;
  const parts = Object.keys(p.costParts) as (keyof typeof p.costParts)[];
  const options = [...result.options].sort((a, b) => a.tco.total - b.tco.total);
  return (
    <section aria-labelledby="planner-cost-parts">
      <h3 id="planner-cost-parts">{p.costTableTitle(result.currency)}</h3>
      <DataTable
        label={p.costTableTitle(result.currency)}
        rows={options}
        rowKey={(o) => o.id}
        columns={[
          { header: p.option, cell: (o) => names.option(o.label) },
          ...parts.map((key) => ({
            header: p.costParts[key],
            cell: (o: PlanResultView["options"][number]) =>
              formatNumber(Math.round(costPart(o, key))),
            className: "num",
          })),
          {
            header: p.tco(result.currency),
            cell: (o) => formatNumber(Math.round(o.tco.total)),
            className: "num",
          },
        ]}
      />
    </section>
  );
}
