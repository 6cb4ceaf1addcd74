import { Link } from 'react-router-dom';
import { buttonClass, Card, PageHeader } from '../../shared/ui';
import type { Summary } from './importSummary';

/** What an applied import created, updated and skipped. */
export function ImportApplied({ summary: s }: { summary: Summary }) {
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title="Import applied" description={s.fileName} />
      <Card className="space-y-3" aria-label="Import result">
        {s.result ? (
          <ul className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-3">
            <ResultCount label="Expenses created" value={s.result.created} />
            <ResultCount label="Expenses updated" value={s.result.updated} />
            <ResultCount label="Rows skipped" value={s.result.skipped} />
            <ResultCount label="Restaurants created" value={s.result.restaurantsCreated} />
            <ResultCount label="Categories created" value={s.result.categoriesCreated} />
            <ResultCount label="Tags created" value={s.result.tagsCreated} />
          </ul>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <Link className={buttonClass()} to={`/meals/expenses?importId=${s.id}`}>
            See the imported expenses
          </Link>
          <Link className={buttonClass('secondary')} to="/meals/import">
            Import another file
          </Link>
        </div>
      </Card>
    </div>
  );
}

/** An import that was discarded or expired. */
export function ImportClosed({ summary: s }: { summary: Summary }) {
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title="Import closed" description={s.fileName} />
      <Card className="space-y-3">
        <p>This import was {s.status}; nothing from it was saved.</p>
        <Link className={buttonClass()} to="/meals/import">
          Start a new import
        </Link>
      </Card>
    </div>
  );
}

function ResultCount({ label, value }: { label: string; value: number }) {
  return (
    <li className="rounded-md bg-slate-100 p-2">
      <span className="block text-slate-600">{label}</span>
      <span className="text-lg font-semibold">{value}</span>
    </li>
  );
}
