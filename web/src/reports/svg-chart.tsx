/**
 * A chart drawn by src/planner/report/svg-charts.ts (pure functions that escape every
 * text they draw), shown as it is. Wide charts scroll sideways on a phone.
 */
import "./reports.css";

export function SvgChart({ svg, testId }: { svg: string; testId: string }) {
  return (
    <div className="svg-chart" data-testid={testId} dangerouslySetInnerHTML={{ __html: svg }} />
  );
}
