import { describe, expect, it } from 'vitest';
import { calendarGrid } from './calendar';

describe('calendarGrid', () => {
  it('puts each day at its weekday and week, naming a week by the month that starts in it', () => {
    // 2026-01-01 is a Thursday; 2026-02-01 a Sunday.
    const days = Array.from({ length: 40 }, (_, i) => {
      const d = new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
      return { date: d, value: i === 0 ? 0.4 : null };
    });
    const grid = calendarGrid(days);
    expect(grid.weekdays[3]).toBe('Thu');
    expect(grid.cells[3][0]).toBe(0.4);
    expect(grid.dates[3][0]).toBe('2026-01-01');
    expect(grid.dates[0][0]).toBeNull();
    expect(grid.dates[0][1]).toBe('2026-01-05');
    expect(grid.dates[6][4]).toBe('2026-02-01');
    expect(grid.weeks.slice(0, 6)).toEqual(['Jan', '', '', '', 'Feb', '']);
    expect(grid.cells.every((row) => row.length === grid.weeks.length)).toBe(true);
  });
});
