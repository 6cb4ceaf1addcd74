/** A year of days laid out as a calendar heatmap: one row per weekday (Monday first), one column per week. */
export interface CalendarGrid {
  weekdays: string[];
  weeks: string[];
  cells: (number | null)[][];
  dates: (string | null)[][];
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Places each day (ISO date, in order) at its weekday and week. A week column is named by the month that starts in
 * it, so the axis reads Jan … Dec; cells before the first day or after the last are empty (no date).
 */
export function calendarGrid(days: { date: string; value: number | null }[]): CalendarGrid {
  const grid: CalendarGrid = { weekdays: WEEKDAYS, weeks: [], cells: WEEKDAYS.map(() => []), dates: WEEKDAYS.map(() => []) };
  let week = -1;
  for (const day of days) {
    const at = new Date(`${day.date}T00:00:00Z`);
    const weekday = (at.getUTCDay() + 6) % 7;
    if (week < 0 || weekday === 0) {
      week++;
      grid.weeks.push('');
      grid.cells.forEach((row) => row.push(null));
      grid.dates.forEach((row) => row.push(null));
    }
    if (at.getUTCDate() === 1 || week === 0) grid.weeks[week] = grid.weeks[week] || MONTHS[at.getUTCMonth()];
    grid.cells[weekday][week] = day.value;
    grid.dates[weekday][week] = day.date;
  }
  return grid;
}
