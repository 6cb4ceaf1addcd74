import type { Counts } from './importSummary';

const counters: [keyof Counts, string][] = [
  ['rows', 'Rows'],
  ['ready', 'Ready'],
  ['undecided', 'Undecided'],
  ['errors', 'Errors'],
  ['possibleDuplicates', 'Possible duplicates'],
  ['newRestaurants', 'New restaurants'],
  ['newCategories', 'New categories'],
  ['newTags', 'New tags'],
  ['toCreate', 'To create'],
  ['toUpdate', 'To update'],
  ['toSkip', 'To skip'],
];

/** The import's counters: rows, decisions still open, duplicates, what will be created, updated and skipped. */
export function ImportCounters({ counts }: { counts: Counts }) {
  return (
    <dl aria-label="Import counters" className="mb-4 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4 lg:grid-cols-6">
      {counters.map(([key, label]) => (
        <div key={key} className="rounded-md bg-slate-100 p-2">
          <dt className="text-slate-600">{label}</dt>
          <dd className="text-lg font-semibold">{counts[key]}</dd>
        </div>
      ))}
    </dl>
  );
}
