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

/** The two dashed layers of a series: the segments into a partial point and the segments out of one. */
export const partialLayers = (key: string) => [`${key}:into`, `${key}:out`] as const;

/**
 * Splits each series so complete periods draw solid and only the segments touching a partial period draw dashed.
 * The dashed segments go into two layers (into a partial point, out of one): one layer holding both would also join
 * two complete neighbours of partial points (first and last month cut by the range) with a dashed line.
 */
export function splitPartial(points: ChartPoint[], series: ChartSeries[]) {
  return points.map((point, i) => {
    const row: Record<string, string | number | null> = { label: point.label };
    for (const s of series) {
      const value = point.values[s.key] ?? null;
      const [into, out] = partialLayers(s.key);
      row[s.key] = point.partial ? null : value;
      row[into] = point.partial || points[i + 1]?.partial ? value : null;
      row[out] = point.partial || points[i - 1]?.partial ? value : null;
    }
    return row;
  });
}
