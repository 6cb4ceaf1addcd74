import { describe, expect, it } from 'vitest';
import { splitPartial } from './types';

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
    expect(rows.map((r) => r.total)).toEqual([10, 20, null]);
    expect(rows.map((r) => r['total:partial'])).toEqual([null, 20, 3]);
  });

  it('leaves a chart without a running period as one solid line', () => {
    const rows = splitPartial([{ label: 'a', values: { x: 1 } }, { label: 'b', values: { x: null } }], [{ key: 'x', name: 'X' }]);
    expect(rows).toEqual([
      { label: 'a', x: 1, 'x:partial': null },
      { label: 'b', x: null, 'x:partial': null },
    ]);
  });
});
