/** Escapes text for HTML and SVG. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export interface LineSeries {
  label: string;
  color: string;
  points: [number, number][];
}

export interface LineChartSpec {
  title: string;
  series: LineSeries[];
  xLabel: string;
  yLabel: string;
  xFormat: (x: number) => string;
  /** Horizontal reference lines, e.g. the SoC reserve. */
  hLines?: { y: number; label: string; color: string }[];
  /**
   * Lowest value drawn: points below are drawn at it and the chart says so (a block far
   * beyond its battery, often a data error, would squash every other line to the top).
   */
  yFloor?: { y: number; note: string };
  /** What follows the title when there is nothing to draw ("no data"). */
  noData?: string;
  width?: number;
  height?: number;
  /** How the y axis writes its ticks; as plain numbers unless given (see BarChartSpec). */
  yFormat?: (y: number) => string;
}

const PALETTE = [
  "#1f77b4",
  "#ff7f0e",
  "#2ca02c",
  "#d62728",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#7f7f7f",
  "#bcbd22",
  "#17becf",
];

export function paletteColor(i: number): string {
  return PALETTE[i % PALETTE.length]!;
}

function niceTicks(min: number, max: number, count: number): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step)
    ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/** A line chart as inline SVG (no scripts, no external assets). */
export function lineChart(spec: LineChartSpec): string {
  const width = spec.width ?? 900;
  const height = spec.height ?? 320;
  const m = { left: 60, right: 20, top: 30, bottom: 45 };
  const floor = spec.yFloor?.y ?? -Infinity;
  let clipped = false;
  const series = spec.series.map((s) => ({
    ...s,
    points: s.points.map(([x, y]): [number, number] => {
      if (y < floor) clipped = true;
      return [x, Math.max(floor, y)];
    }),
  }));
  const all = series.flatMap((s) => s.points);
  const ys = [...all.map((p) => p[1]), ...(spec.hLines ?? []).map((h) => h.y)];
  const xMin = Math.min(...all.map((p) => p[0]));
  const xMax = Math.max(...all.map((p) => p[0]));
  let yMin = Math.min(0, ...ys);
  let yMax = Math.max(...ys);
  if (!(yMax > yMin)) yMax = yMin + 1;
  if (!Number.isFinite(xMin))
    return `<p>${escapeHtml(spec.title)}: ${escapeHtml(spec.noData ?? "no data")}</p>`;
  const pad = (yMax - yMin) * 0.05;
  yMin -= yMin < 0 ? pad : 0;
  yMax += pad;
  const sx = (x: number): number =>
    m.left + ((x - xMin) / Math.max(1e-9, xMax - xMin)) * (width - m.left - m.right);
  const sy = (y: number): number =>
    height - m.bottom - ((y - yMin) / (yMax - yMin)) * (height - m.top - m.bottom);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escapeHtml(spec.title)}">`,
  );
  parts.push(
    `<text x="${width / 2}" y="18" text-anchor="middle" font-size="14" font-weight="bold">${escapeHtml(spec.title)}</text>`,
  );
  for (const t of niceTicks(yMin, yMax, 5)) {
    parts.push(
      `<line x1="${m.left}" x2="${width - m.right}" y1="${sy(t).toFixed(1)}" y2="${sy(t).toFixed(1)}" stroke="#ddd"/>`,
    );
    parts.push(
      `<text x="${m.left - 6}" y="${(sy(t) + 4).toFixed(1)}" text-anchor="end" font-size="11">${escapeHtml((spec.yFormat ?? String)(t))}</text>`,
    );
  }
  for (const t of niceTicks(xMin, xMax, 8)) {
    parts.push(
      `<line x1="${sx(t).toFixed(1)}" x2="${sx(t).toFixed(1)}" y1="${m.top}" y2="${height - m.bottom}" stroke="#eee"/>`,
    );
    parts.push(
      `<text x="${sx(t).toFixed(1)}" y="${height - m.bottom + 16}" text-anchor="middle" font-size="11">${escapeHtml(spec.xFormat(t))}</text>`,
    );
  }
  parts.push(
    `<text x="${width / 2}" y="${height - 6}" text-anchor="middle" font-size="12">${escapeHtml(spec.xLabel)}</text>`,
  );
  parts.push(
    `<text x="14" y="${height / 2}" text-anchor="middle" font-size="12" transform="rotate(-90 14 ${height / 2})">${escapeHtml(spec.yLabel)}</text>`,
  );
  for (const h of spec.hLines ?? []) {
    parts.push(
      `<line x1="${m.left}" x2="${width - m.right}" y1="${sy(h.y).toFixed(1)}" y2="${sy(h.y).toFixed(1)}" stroke="${h.color}" stroke-dasharray="6 4"/>`,
    );
    parts.push(
      `<text x="${width - m.right - 4}" y="${(sy(h.y) - 4).toFixed(1)}" text-anchor="end" font-size="11" fill="${h.color}">${escapeHtml(h.label)}</text>`,
    );
  }
  if (clipped && spec.yFloor !== undefined)
    parts.push(
      `<text x="${m.left + 4}" y="${(sy(floor) - 4).toFixed(1)}" font-size="11" fill="#d62728">${escapeHtml(spec.yFloor.note)}</text>`,
    );
  for (const s of series) {
    if (s.points.length === 0) continue;
    const d = s.points
      .map((p, i) => `${i === 0 ? "M" : "L"}${sx(p[0]).toFixed(1)},${sy(p[1]).toFixed(1)}`)
      .join("");
    parts.push(
      `<path d="${d}" fill="none" stroke="${s.color}" stroke-width="1.3" opacity="0.85"><title>${escapeHtml(s.label)}</title></path>`,
    );
  }
  parts.push("</svg>");
  return parts.join("");
}

export interface BarChartSpec {
  title: string;
  categories: string[];
  /** Stacked segments; values[i] belongs to categories[i]. */
  stacks: { label: string; color: string; values: number[] }[];
  unit: string;
  width?: number;
  /**
   * How the totals and tooltips write a number; the planner report's own format unless
   * given. The web UI passes its locale's formatter (web/src/i18n/format.ts), so a bar
   * reads like the same number in the table beside it.
   */
  formatNumber?: (value: number) => string;
}

/**
 * Width of a label at 11 px in a proportional sans-serif font: DejaVu Sans (Debian's default)
 * averages about 0.58 em a character in mixed text, 6.4 px; 0.6 em (6.6 px) errs wide.
 */
const labelWidthPx = (text: string): number => Math.ceil(text.length * 6.6);

/** A label as one line, or two split at the space nearest the middle when it is too wide. */
function wrapLabel(text: string, maxPx: number): string[] {
  if (labelWidthPx(text) <= maxPx) return [text];
  let best = -1;
  for (let i = text.indexOf(" "); i >= 0; i = text.indexOf(" ", i + 1))
    if (best < 0 || Math.abs(i - text.length / 2) < Math.abs(best - text.length / 2)) best = i;
  return best < 0 ? [text] : [text.slice(0, best), text.slice(best + 1)];
}

/** A horizontal stacked bar chart as inline SVG, with a legend. */
export function barChart(spec: BarChartSpec): string {
  const writeNumber = spec.formatNumber ?? ((value: number) => formatNumber(value));
  const width = spec.width ?? 900;
  // The label column is as wide as the longest label needs, up to 45 % of the chart; a label
  // longer than that wraps onto a second line at a space, so no option name is cut off.
  const maxLabelPx = Math.round(width * 0.45);
  const lines = spec.categories.map((cat) => wrapLabel(cat, maxLabelPx));
  const labelPx = Math.max(40, ...lines.flat().map(labelWidthPx));
  const rowH = lines.some((l) => l.length > 1) ? 34 : 24;
  const m = {
    left: Math.min(maxLabelPx, labelPx) + 12,
    right: Math.min(90, Math.round(width * 0.1)),
    top: 30,
    bottom: 40,
  };
  const height = m.top + m.bottom + rowH * spec.categories.length + 20;
  const totals = spec.categories.map((_, i) =>
    spec.stacks.reduce((s, st) => s + Math.max(0, st.values[i] ?? 0), 0),
  );
  const max = Math.max(1e-9, ...totals);
  const sx = (v: number): number => (v / max) * (width - m.left - m.right);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escapeHtml(spec.title)}">`,
  );
  parts.push(
    `<text x="${width / 2}" y="18" text-anchor="middle" font-size="14" font-weight="bold">${escapeHtml(spec.title)}</text>`,
  );
  spec.categories.forEach((cat, i) => {
    const y = m.top + i * rowH;
    const label = lines[i]!;
    const firstY = y + rowH / 2 + 4 - ((label.length - 1) * 13) / 2;
    parts.push(
      `<text x="${m.left - 6}" y="${firstY}" text-anchor="end" font-size="11">${label
        .map((line, k) =>
          k === 0
            ? escapeHtml(line)
            : `<tspan x="${m.left - 6}" dy="13">${escapeHtml(line)}</tspan>`,
        )
        .join("")}<title>${escapeHtml(cat)}</title></text>`,
    );
    let x = m.left;
    for (const st of spec.stacks) {
      const v = Math.max(0, st.values[i] ?? 0);
      if (v <= 0) continue;
      const w = sx(v);
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowH - 6}" fill="${st.color}"><title>${escapeHtml(`${st.label}: ${writeNumber(v)} ${spec.unit}`)}</title></rect>`,
      );
      x += w;
    }
    parts.push(
      `<text x="${(x + 4).toFixed(1)}" y="${y + rowH / 2 + 4}" font-size="11">${escapeHtml(writeNumber(totals[i]!))}</text>`,
    );
  });
  let lx = m.left;
  const ly = height - m.bottom + 10;
  for (const st of spec.stacks) {
    parts.push(
      `<rect x="${lx}" y="${ly}" width="12" height="12" fill="${st.color}"/><text x="${lx + 16}" y="${ly + 10}" font-size="11">${escapeHtml(st.label)}</text>`,
    );
    lx += 22 + st.label.length * 6.5;
  }
  parts.push(
    `<text x="${width - m.right}" y="${height - 6}" text-anchor="end" font-size="11">${escapeHtml(spec.unit)}</text>`,
  );
  parts.push("</svg>");
  return parts.join("");
}

/** The languages the planner's report and charts write numbers in. */
export type NumberLocale = "en" | "ru";

const ruNumbers = new Map<number, Intl.NumberFormat>();

/**
 * Thousands-separated number with sensible precision. English is written by hand (no Intl:
 * it is slow to start, and the CLI writes English); Russian through Intl's ru-RU, as the web
 * page writes it (a no-break space between thousands from
 * 10 000 on, a decimal comma).
 */
export function formatNumber(v: number, digits?: number, locale: NumberLocale = "en"): string {
  if (!Number.isFinite(v)) return String(v);
  // Whole numbers (counts of people, tasks, defects) print without decimals.
  const d = digits ?? (Number.isInteger(v) || Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 1 ? 1 : 3);
  if (locale === "ru") {
    let format = ruNumbers.get(d);
    if (format === undefined) {
      format = new Intl.NumberFormat("ru-RU", {
        minimumFractionDigits: d,
        maximumFractionDigits: d,
      });
      ruNumbers.set(d, format);
    }
    // "-0" is written without its sign, as the English is.
    const text = format.format(v);
    return Number(v.toFixed(d)) === 0 ? text.replace(/^-/, "") : text;
  }
  const [int = "0", frac] = Math.abs(v).toFixed(d).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const sign = v < 0 && Number(`${int}.${frac ?? "0"}`) !== 0 ? "-" : "";
  return `${sign}${grouped}${frac !== undefined ? `.${frac}` : ""}`;
}
