import { describe, expect, it } from 'vitest';
import { splitPartial } from './types';

const column = (rows: Record<string, unknown>[], key: string) => rows.map((r) => r[key]);

describe('splitPartial', () => {
  it('draws complete periods solid and joins the running period with a dashed segment', () => {
    const rows = splitPartial(
      [
        { label: '2026-10', values: { total: 10 } },
        { label: '2026-11', values: { total: 20 } },
        { label: '2026-12', values: { total: 3 }, partial: true },
      ],
      [{ key: 'total', name: 'Total' }],
    );
    expect(column(rows, 'total')).toEqual([10, 20, null]);
    expect(column(rows, 'total:into')).toEqual([null, 20, 3]);
    expect(column(rows, 'total:out')).toEqual([null, null, 3]);
  });

  it('keeps the complete months between a cut first month and a running last month solid, not dashed', () => {
    const rows = splitPartial(
      [
        { label: '2026-09', values: { total: 4 }, partial: true },
        { label: '2026-10', values: { total: 10 } },
        { label: '2026-11', values: { total: 20 } },
        { label: '2026-12', values: { total: 3 }, partial: true },
      ],
      [{ key: 'total', name: 'Total' }],
    );
    expect(column(rows, 'total')).toEqual([null, 10, 20, null]);
    // Each dashed layer draws a segment only between two adjacent non-null points: neither joins October to November.
    const joins = (key: string) => rows.slice(1).map((r, i) => rows[i][key] !== null && r[key] !== null);
    expect(joins('total:into')).toEqual([false, false, true]);
    expect(joins('total:out')).toEqual([true, false, false]);
    expect(joins('total')).toEqual([false, true, false]);
  });

  it('leaves a chart without a running period as one solid line', () => {
    const rows = splitPartial([{ label: 'a', values: { x: 1 } }, { label: 'b', values: { x: null } }], [{ key: 'x', name: 'X' }]);
    expect(rows).toEqual([
      { label: 'a', x: 1, 'x:into': null, 'x:out': null },
      { label: 'b', x: null, 'x:into': null, 'x:out': null },
    ]);
  });
});
