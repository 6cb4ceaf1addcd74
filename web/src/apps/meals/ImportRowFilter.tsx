import { cx } from '../../shared/ui/cx';
import type { Counts } from './importSummary';

const filters: [string, string, keyof Counts][] = [
  ['', 'All', 'rows'],
  ['undecided', 'Undecided', 'undecided'],
  ['duplicate', 'Possible duplicates', 'possibleDuplicates'],
  ['error', 'Errors', 'errors'],
  ['newRestaurant', 'New restaurants', 'newRestaurants'],
  ['ready', 'Ready', 'ready'],
];

/** The buttons that show one status of rows, each with its count. */
export function ImportRowFilter({ status, counts, onChange }: { status: string; counts: Counts | null; onChange: (status: string) => void }) {
  return (
    <div role="group" aria-label="Show rows" className="mb-3 flex flex-wrap gap-2">
      {filters.map(([value, label, key]) => (
        <button
          key={value}
          type="button"
          aria-pressed={status === value}
          onClick={() => onChange(value)}
          className={cx('min-h-11 rounded-full px-3 text-sm', status === value ? 'bg-indigo-600 text-white' : 'bg-slate-100 text-slate-800 hover:bg-slate-200')}
        >
          {label} {counts ? `(${counts[key]})` : ''}
        </button>
      ))}
    </div>
  );
}
