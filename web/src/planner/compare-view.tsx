/** Two finished runs side by side, per technology option, with the difference B − A. */
import { useResource } from "../api/use-resource.js";
import { Loaded } from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { usePlanNames } from "./names.js";
import type { RunComparison } from "./types.js";

type Figures = NonNullable<RunComparison["options"][number]["a"]>;

export function CompareView({ a, b }: { a: string; b: string }) {
  const { t, formatNumber } = useI18n();
  const names = usePlanNames();
  const p = t.planner;
  const comparison = useResource("/api/v1/planner/compare", { params: { query: { a, b } } });
  return (
    <Loaded resource={comparison}>
      {(data) => {
        const currency = data.b.summary?.currency ?? "";
        const rows: [string, (f: Figures) => number][] = [
          [p.fleet, (f) => f.fleet],
          [p.feasibleBlocks, (f) => f.feasibleBlocks],
          [p.electricity, (f) => f.electricityKwhPerYear / 1000],
          [p.diesel, (f) => f.dieselLitresPerYear / 1000],
          [p.gas, (f) => f.gasM3PerYear / 1000],
          [p.co2, (f) => f.co2TonnesPerYear],
          [p.tco(currency), (f) => f.tcoTotal],
        ];
        const show = (v: number) => formatNumber(Math.round(v * 10) / 10);
        return (
          <div className="planner-compare" data-testid="comparison">
            <p className="muted small">
              A: {data.a.timetableName} · {data.a.scenarioName} · {data.a.serviceDate} — B:{" "}
              {data.b.timetableName} · {data.b.scenarioName} · {data.b.serviceDate}
            </p>
            {data.options.map((option) => (
              <div className="table-wrap" key={option.id}>
                <table
                  className="data-table planner-compare-table"
                  aria-label={names.option(option.label)}
                >
                  <caption>{names.option(option.label)}</caption>
                  <thead>
                    <tr>
                      <th scope="col"></th>
                      <th scope="col">{p.a}</th>
                      <th scope="col">{p.b}</th>
                      <th scope="col">{p.difference}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map(([label, value]) => {
                      const diff = option.difference ? value(option.difference) : null;
                      return (
                        <tr key={label}>
                          <th scope="row">{label}</th>
                          <td className="num">
                            {option.a ? show(value(option.a)) : p.onlyIn(p.b)}
                          </td>
                          <td className="num">
                            {option.b ? show(value(option.b)) : p.onlyIn(p.a)}
                          </td>
                          <td
                            className={`num ${diff === null || Math.abs(diff) < 0.05 ? "" : diff > 0 ? "planner-up" : "planner-down"}`}
                          >
                            {diff === null ? "—" : `${diff > 0 ? "+" : ""}${show(diff)}`}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            ))}
          </div>
        );
      }}
    </Loaded>
  );
}
