/** One category or time bucket of a chart. `partial` marks a period still running (this month, this hour). */
export interface ChartPoint {
  label: string;
  values: Record<string, number | null>;
  partial?: boolean;
}

/** One line or bar series; `onSelect` makes its legend entry a button (e.g. to open the park's page). */
export interface ChartSeries {
  key: string;
  name: string;
  colour?: string;
  onSelect?: () => void;
}

/** One slice of a donut or one bar of a ranking. */
export interface ChartItem {
  label: string;
  value: number;
  colour?: string | null;
  detail?: string;
}

export interface ChartCommon {
  /** The chart's accessible name (also the caption of the data table screen readers get). */
  title: string;
  /** How a value reads in the axis, the tooltip and the table: money, minutes, hours. */
  format: (value: number) => string;
  /** How a value reads on the axis, when shorter than `format` (e.g. without the unit). */
  formatAxis?: (value: number) => string;
  /** The unit, written once above the value axis when `formatAxis` leaves it out. */
  unit?: string;
  height?: number;
}

export const palette = ['#4f46e5', '#0891b2', '#16a34a', '#ea580c', '#db2777', '#7c3aed', '#ca8a04', '#64748b', '#dc2626', '#0d9488'];

export const colourOf = (index: number, colour?: string | null) => colour ?? palette[index % palette.length];

/** Splits each series so complete periods draw solid and the segment into a running period draws dashed. */
export function splitPartial(points: ChartPoint[], series: ChartSeries[]) {
  return points.map((point, i) => {
    const row: Record<string, string | number | null> = { label: point.label };
    for (const s of series) {
      const value = point.values[s.key] ?? null;
      const touchesPartial = point.partial || points[i - 1]?.partial || points[i + 1]?.partial;
      row[s.key] = point.partial ? null : value;
      row[`${s.key}:partial`] = touchesPartial ? value : null;
    }
    return row;
  });
}
