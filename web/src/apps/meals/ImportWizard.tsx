import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, isApiError } from '../../shared/api';
import { Button, buttonClass, Card, ConfirmDialog, ErrorBox, Input, Loading, Notice, PageHeader, Select } from '../../shared/ui';
import { cx } from '../../shared/ui/cx';
import { Pager } from './components';
import { acceptAll, collectDecisions, expenseChoice, expenseValue, restaurantChoice, restaurantValue, skipAll, type Row, type RowPatch } from './importReview';
import { base, money, type Page } from './model';

interface Counts {
  rows: number;
  ready: number;
  undecided: number;
  errors: number;
  possibleDuplicates: number;
  newRestaurants: number;
  newCategories: number;
  newTags: number;
  toCreate: number;
  toUpdate: number;
  toSkip: number;
}

interface Summary {
  id: string;
  fileName: string;
  format: string;
  status: 'reviewing' | 'applied' | 'discarded' | 'expired';
  options: { dateOrder: string; signConvention: string; defaultCurrency: string };
  rowCount: number;
  counts: Counts | null;
  warnings: string[];
  result: { created: number; updated: number; skipped: number; restaurantsCreated: number; categoriesCreated: number; tagsCreated: number } | null;
}

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

const filters: [string, string, keyof Counts][] = [
  ['', 'All', 'rows'],
  ['undecided', 'Undecided', 'undecided'],
  ['duplicate', 'Possible duplicates', 'possibleDuplicates'],
  ['error', 'Errors', 'errors'],
  ['newRestaurant', 'New restaurants', 'newRestaurants'],
  ['ready', 'Ready', 'ready'],
];

const statusStyle: Record<Row['status'], string> = {
  error: 'bg-red-100 text-red-800',
  undecided: 'bg-amber-100 text-amber-900',
  duplicate: 'bg-orange-100 text-orange-900',
  newRestaurant: 'bg-sky-100 text-sky-900',
  ready: 'bg-green-100 text-green-800',
};

const statusLabel: Record<Row['status'], string> = {
  error: 'Error',
  undecided: 'Undecided',
  duplicate: 'Possible duplicate',
  newRestaurant: 'New restaurant',
  ready: 'Ready',
};

const pageSize = 50;

/** Upload step; the review lives at /meals/import/:id so a reload keeps it. */
export function ImportWizard() {
  const { id } = useParams();
  return id ? <ImportReview id={id} /> : <ImportUpload />;
}

function ImportUpload() {
  const navigate = useNavigate();
  const upload = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api.post<Summary>(`${base}/imports`, form);
    },
    onSuccess: (s) => navigate(`/meals/import/${s.id}`),
  });
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title="Import expenses" description="CSV or JSON from a spreadsheet, a bank export or this app's own export. Nothing is saved until you apply." />
      <Card className="space-y-4">
        <label className="block">
          <span className="mb-1 block text-sm font-medium">File to import (CSV or JSON, at most 10 MB)</span>
          <input
            type="file"
            className="block min-h-11 w-full text-sm file:mr-3 file:min-h-11 file:rounded-md file:border-0 file:bg-indigo-50 file:px-4 file:text-indigo-700"
            accept=".csv,.json,.txt,.tsv,text/csv,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) upload.mutate(file);
            }}
          />
        </label>
        <p className="text-sm text-slate-700">
          Not sure about the columns? Download a template:{' '}
          <a className="text-indigo-700 underline" href={`${base}/imports/template?format=csv`}>
            CSV
          </a>{' '}
          ·{' '}
          <a className="text-indigo-700 underline" href={`${base}/imports/template?format=json`}>
            JSON
          </a>
        </p>
        {upload.isPending ? <Loading label="Reading the file…" /> : null}
        <ErrorBox error={upload.error} />
      </Card>
    </div>
  );
}

function ImportReview({ id }: { id: string }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(1);
  const [bulkBusy, setBulkBusy] = useState(false);
  const [bulkError, setBulkError] = useState<unknown>(null);
  const [discarding, setDiscarding] = useState(false);
  const summaryKey = ['meals', 'import', id];
  const summary = useQuery({ queryKey: summaryKey, queryFn: () => api.get<Summary>(`${base}/imports/${id}`) });
  const reviewing = summary.data?.status === 'reviewing';
  const rows = useQuery({
    queryKey: ['meals', 'import-rows', id, status, page],
    queryFn: () => api.get<Page<Row>>(`${base}/imports/${id}/rows`, { query: { status, page, pageSize } }),
    enabled: reviewing,
    placeholderData: (previous) => previous,
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['meals'] });
  const options = useMutation({
    mutationFn: (patch: Partial<Summary['options']>) => api.patch<Summary>(`${base}/imports/${id}`, patch),
    onSuccess: refresh,
  });
  const decide = useMutation({
    mutationFn: (decisions: RowPatch[]) => api.patch(`${base}/imports/${id}/rows`, { decisions }),
    onSuccess: refresh,
  });
  const apply = useMutation({ mutationFn: () => api.post(`${base}/imports/${id}/apply`), onSuccess: refresh });
  const discard = useMutation({
    mutationFn: () => api.delete(`${base}/imports/${id}`),
    onSuccess: () => {
      void refresh();
      navigate('/meals/import');
    },
  });

  /** Applies one choice to every row of the current filter (all pages), at most 1,000 decisions per call. */
  const bulk = async (choose: (row: Row) => RowPatch | null) => {
    setBulkBusy(true);
    setBulkError(null);
    try {
      const batches = await collectDecisions(
        (page) => api.get<Page<Row>>(`${base}/imports/${id}/rows`, { query: { status, page, pageSize: 100 } }),
        choose,
      );
      for (const batch of batches) await decide.mutateAsync(batch);
    } catch (error) {
      setBulkError(error);
    } finally {
      setBulkBusy(false);
    }
  };

  if (summary.isPending) return <Loading />;
  if (summary.isError) return <ErrorBox error={summary.error} onRetry={() => void summary.refetch()} />;
  const s = summary.data;

  if (s.status === 'applied') {
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
  if (s.status !== 'reviewing') {
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

  const counts = s.counts;
  const shown = rows.data?.total ?? 0;
  const rowsProblem = isApiError(apply.error) && apply.error.code === 'IMPORT_ROWS_INVALID'
    ? (apply.error.problem.rows as { rowNumber: number; errors: string[] }[] | undefined) ?? []
    : [];

  return (
    <div>
      <PageHeader title={`Review ${s.fileName}`} description="Choose what happens to each row, then apply. Applying is all or nothing." />
      {counts ? (
        <dl aria-label="Import counters" className="mb-4 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4 lg:grid-cols-6">
          {counters.map(([key, label]) => (
            <div key={key} className="rounded-md bg-slate-100 p-2">
              <dt className="text-slate-600">{label}</dt>
              <dd className="text-lg font-semibold">{counts[key]}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <Card className="mb-4 space-y-3" aria-label="File options">
        <h2 className="font-semibold">File options</h2>
        <div className="grid gap-2 sm:grid-cols-3">
          <label className="text-sm">
            <span className="mb-1 block font-medium">Date order</span>
            <Select className="min-h-11" value={s.options.dateOrder} disabled={options.isPending} onChange={(e) => options.mutate({ dateOrder: e.target.value })}>
              <option value="MDY">Month/day/year</option>
              <option value="DMY">Day/month/year</option>
            </Select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block font-medium">Amount sign</span>
            <Select className="min-h-11" value={s.options.signConvention} disabled={options.isPending} onChange={(e) => options.mutate({ signConvention: e.target.value })}>
              <option value="spendPositive">Spending is positive (refunds negative)</option>
              <option value="spendNegative">Spending is negative (bank style)</option>
            </Select>
          </label>
          <CurrencyOption key={s.options.defaultCurrency} value={s.options.defaultCurrency} busy={options.isPending} onSave={(defaultCurrency) => options.mutate({ defaultCurrency })} />
        </div>
        {s.warnings.map((w) => (
          <p key={w} className="text-sm text-amber-800">
            {w}
          </p>
        ))}
        <ErrorBox error={options.error} />
      </Card>

      <div role="group" aria-label="Show rows" className="mb-3 flex flex-wrap gap-2">
        {filters.map(([value, label, key]) => (
          <button
            key={value}
            type="button"
            aria-pressed={status === value}
            onClick={() => {
              setStatus(value);
              setPage(1);
            }}
            className={cx('min-h-11 rounded-full px-3 text-sm', status === value ? 'bg-indigo-600 text-white' : 'bg-slate-100 text-slate-800 hover:bg-slate-200')}
          >
            {label} {counts ? `(${counts[key]})` : ''}
          </button>
        ))}
      </div>
      {shown > 0 ? (
        <div className="mb-3 flex flex-wrap items-center gap-2 text-sm">
          <span>For all {shown} rows shown:</span>
          <Button variant="secondary" disabled={bulkBusy} onClick={() => void bulk(skipAll)}>
            Skip all
          </Button>
          <Button
            variant="secondary"
            disabled={bulkBusy}
            onClick={() => void bulk(acceptAll)}
          >
            Create all (best restaurant match)
          </Button>
          {bulkBusy ? <Loading label="Saving choices…" /> : null}
        </div>
      ) : null}
      <ErrorBox error={bulkError ?? decide.error} className="mb-3" />

      <Card className="p-0 sm:p-0">
        {rows.isPending ? (
          <Loading />
        ) : rows.isError ? (
          <ErrorBox error={rows.error} onRetry={() => void rows.refetch()} />
        ) : rows.data.items.length === 0 ? (
          <p className="p-4 text-slate-600">No rows in this view.</p>
        ) : (
          <table aria-label="Import rows" className="block w-full text-sm md:table">
            <thead className="hidden bg-slate-50 text-left md:table-header-group">
              <tr>
                <th className="p-2">Row</th>
                <th className="p-2">Date</th>
                <th className="p-2">Restaurant</th>
                <th className="p-2 text-right">Amount</th>
                <th className="p-2">Status</th>
                <th className="p-2">Your choice</th>
              </tr>
            </thead>
            <tbody className="block divide-y divide-slate-100 md:table-row-group">
              {rows.data.items.map((r) => (
                <ReviewRow key={r.rowNumber} row={r} busy={decide.isPending} onDecide={(patch) => decide.mutate([patch])} />
              ))}
            </tbody>
          </table>
        )}
        {rows.data ? <Pager page={page} pageSize={pageSize} total={rows.data.total} onPage={setPage} /> : null}
      </Card>

      <div className="mt-4 space-y-3">
        {isApiError(apply.error) && apply.error.code === 'IMPORT_ROWS_INVALID' ? (
          <ErrorBox>
            <p>{apply.error.detail}</p>
            <ul className="list-disc pl-5">
              {rowsProblem.map((r) => (
                <li key={r.rowNumber}>
                  Row {r.rowNumber}: {r.errors.join('; ')}
                </li>
              ))}
            </ul>
          </ErrorBox>
        ) : (
          <ErrorBox error={apply.error} />
        )}
        {counts && counts.undecided > 0 ? <Notice>{counts.undecided} rows still need a decision before you can apply.</Notice> : null}
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => apply.mutate()} loading={apply.isPending} disabled={!counts || counts.undecided > 0}>
            Apply import
          </Button>
          <Button variant="secondary" onClick={() => setDiscarding(true)}>
            Discard
          </Button>
        </div>
      </div>
      <ConfirmDialog
        open={discarding}
        title="Discard this import?"
        confirmLabel="Discard"
        danger
        busy={discard.isPending}
        onConfirm={() => discard.mutate()}
        onCancel={() => setDiscarding(false)}
      >
        The uploaded rows and your choices are thrown away. Nothing was saved to your expenses.
      </ConfirmDialog>
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

function CurrencyOption({ value, busy, onSave }: { value: string; busy: boolean; onSave: (currency: string) => void }) {
  const [draft, setDraft] = useState(value);
  return (
    <label className="text-sm">
      <span className="mb-1 block font-medium">Default currency (when a row names none)</span>
      <Input
        className="min-h-11 uppercase"
        maxLength={3}
        value={draft}
        disabled={busy}
        onChange={(e) => setDraft(e.target.value.toUpperCase())}
        onBlur={() => draft !== value && draft.length === 3 && onSave(draft)}
      />
    </label>
  );
}

function ReviewRow({ row: r, busy, onDecide }: { row: Row; busy: boolean; onDecide: (patch: RowPatch) => void }) {
  const cell = 'block px-3 py-1 md:table-cell md:p-2 md:align-top';
  const name = r.parsed ? `${r.parsed.restaurant.name}${r.parsed.restaurant.city ? `, ${r.parsed.restaurant.city}` : ''}` : (r.raw.restaurant ?? '');
  return (
    <tr aria-label={`Row ${r.rowNumber}`} className="block py-2 md:table-row md:py-0">
      <td className={cx(cell, 'font-medium')}>
        <span className="md:hidden">Row </span>
        {r.rowNumber}
      </td>
      <td className={cell}>{r.parsed ? `${r.parsed.localDate}${r.parsed.localTime ? ` ${r.parsed.localTime}` : ''}` : (r.raw.date ?? '')}</td>
      <td className={cell}>
        {name}
        {r.parsed?.category ? <span className="block text-xs text-slate-600">{r.parsed.category}</span> : null}
      </td>
      <td className={cx(cell, 'md:text-right')}>{r.parsed ? money(r.parsed.amountMinor, r.parsed.currency) : (r.raw.amount ?? '')}</td>
      <td className={cell}>
        <span className={cx('inline-block rounded px-2 py-0.5 text-xs font-medium', statusStyle[r.status])}>{statusLabel[r.status]}</span>
      </td>
      <td className={cx(cell, 'space-y-2 md:min-w-72')}>
        {r.errors.map((e) => (
          <p key={e} className="text-red-700">
            {e}
          </p>
        ))}
        {r.warnings.map((w) => (
          <p key={w} className="text-amber-800">
            {w}
          </p>
        ))}
        {r.status !== 'error' ? (
          <>
            <Select
              aria-label={`Restaurant for row ${r.rowNumber}`}
              className="min-h-11"
              disabled={busy}
              value={restaurantValue(r.decision)}
              onChange={(e) => onDecide(restaurantChoice(r.rowNumber, e.target.value))}
            >
              <option value="" disabled>
                Choose a restaurant…
              </option>
              <option value="create">New restaurant “{r.parsed?.restaurant.name}”</option>
              {r.restaurantCandidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                  {c.city ? `, ${c.city}` : ''} (match {c.score})
                </option>
              ))}
            </Select>
            <Select
              aria-label={`Action for row ${r.rowNumber}`}
              className="min-h-11"
              disabled={busy}
              value={expenseValue(r.decision)}
              onChange={(e) => onDecide(expenseChoice(r.rowNumber, e.target.value))}
            >
              <option value="" disabled>
                Choose an action…
              </option>
              <option value="create">Create a new expense</option>
              <option value="skip">Skip this row</option>
              {r.duplicateCandidates.map((d) => (
                <option key={d.expenseId} value={`update:${d.expenseId}`}>
                  Update {d.restaurantName} on {d.localDate}
                </option>
              ))}
            </Select>
          </>
        ) : null}
        {r.duplicateCandidates.length > 0 ? (
          <details className="rounded-md border border-orange-200 bg-orange-50 p-2">
            <summary className="min-h-11 cursor-pointer py-2 font-medium text-orange-900">
              {r.duplicateCandidates.length === 1 ? 'Possible duplicate' : `${r.duplicateCandidates.length} possible duplicates`} — compare
            </summary>
            {r.duplicateCandidates.map((d) => (
              <div key={d.expenseId} className="mt-2">
                <p>
                  <Link className="text-indigo-700 underline" to={`/meals/expenses/${d.expenseId}`}>
                    {d.restaurantName} · {d.localDate} · {money(d.amountMinor, d.currency)}
                  </Link>
                  {d.isTarget ? ' (same id)' : d.sameRestaurant ? ' (same restaurant)' : ''}
                </p>
                {d.differences.length === 0 ? (
                  <p className="text-slate-700">Every field is the same.</p>
                ) : (
                  <table className="mt-1 w-full text-xs">
                    <thead>
                      <tr className="text-left">
                        <th className="pr-2">Field</th>
                        <th className="pr-2">In the file</th>
                        <th>Existing</th>
                      </tr>
                    </thead>
                    <tbody>
                      {d.differences.map((f) => (
                        <tr key={f.field}>
                          <td className="pr-2">{f.field}</td>
                          <td className="pr-2">{f.imported ?? '—'}</td>
                          <td>{f.existing ?? '—'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </div>
            ))}
          </details>
        ) : null}
      </td>
    </tr>
  );
}
