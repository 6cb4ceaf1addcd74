import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../shared/api';
import { Button, Card, ErrorBox, Loading, PageHeader, Select } from '../../shared/ui';
import { base, money, type Page } from './model';

interface Summary {
  id: string;
  fileName: string;
  status: string;
  options: { dateOrder: string; signConvention: string; defaultCurrency: string };
  counts: Record<string, number> | null;
  warnings: string[];
  result: Record<string, number> | null;
}

interface Row {
  rowNumber: number;
  status: string;
  raw: Record<string, string | null>;
  parsed: { localDate: string; amountMinor: number; currency: string; restaurant: { name: string } } | null;
  errors: string[];
  warnings: string[];
  restaurantCandidates: { id: string; name: string; city: string | null; score: number }[];
  duplicateCandidates: { expenseId: string; localDate: string; amountMinor: number; currency: string; restaurantName: string; differences: { field: string; imported: string | null; existing: string | null }[] }[];
  decision: { restaurantAction: string | null; restaurantId: string | null; expenseAction: string | null; targetExpenseId: string | null };
}

export function ImportWizard() {
  const [batchId, setBatchId] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const client = useQueryClient();
  const upload = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api.post<Summary>(`${base}/imports`, form);
    },
    onSuccess: (s) => setBatchId(s.id),
  });
  const summary = useQuery({ queryKey: ['meals', 'import', batchId], queryFn: () => api.get<Summary>(`${base}/imports/${batchId}`), enabled: !!batchId });
  const rows = useQuery({
    queryKey: ['meals', 'import-rows', batchId, status],
    queryFn: () => api.get<Page<Row>>(`${base}/imports/${batchId}/rows`, { query: { status, pageSize: 100 } }),
    enabled: !!batchId && summary.data?.status === 'reviewing',
  });
  const refresh = () => void client.invalidateQueries({ queryKey: ['meals'] });
  const options = useMutation({ mutationFn: (patch: Record<string, string>) => api.patch(`${base}/imports/${batchId}`, patch), onSuccess: refresh });
  const decide = useMutation({
    mutationFn: (decisions: Record<string, unknown>[]) => api.patch(`${base}/imports/${batchId}/rows`, { decisions }),
    onSuccess: refresh,
  });
  const apply = useMutation({ mutationFn: () => api.post(`${base}/imports/${batchId}/apply`), onSuccess: refresh });

  if (!batchId) {
    return (
      <div>
        <PageHeader title="Import expenses" description="CSV or JSON from a spreadsheet, a bank export or this app's export." />
        <Card className="space-y-3 p-4">
          <label className="block">
            <span className="mb-1 block text-sm font-medium">File to import</span>
            <input type="file" accept=".csv,.json,.txt,text/csv,application/json" onChange={(e) => e.target.files?.[0] && upload.mutate(e.target.files[0])} />
          </label>
          <p className="text-sm">
            Templates: <a className="text-indigo-700 underline" href={`${base}/imports/template?format=csv`}>CSV</a> ·{' '}
            <a className="text-indigo-700 underline" href={`${base}/imports/template?format=json`}>JSON</a>
          </p>
          {upload.isPending ? <Loading label="Reading the file…" /> : null}
          <ErrorBox error={upload.error} />
        </Card>
      </div>
    );
  }
  if (!summary.data) return <Loading />;
  const s = summary.data;
  if (s.status === 'applied' && s.result) {
    return (
      <div>
        <PageHeader title="Import applied" />
        <Card className="space-y-2 p-4" aria-label="Import result">
          <p>
            {s.result.created} created, {s.result.updated} updated, {s.result.skipped} skipped; {s.result.restaurantsCreated} new restaurants.
          </p>
          <Link className="text-indigo-700 underline" to={`/meals/expenses?importId=${s.id}`}>
            See the imported expenses
          </Link>
        </Card>
      </div>
    );
  }

  return (
    <div>
      <PageHeader title={`Review ${s.fileName}`} />
      {s.counts ? (
        <dl aria-label="Import counters" className="mb-3 grid grid-cols-3 gap-2 text-sm sm:grid-cols-6">
          {Object.entries(s.counts).map(([k, v]) => (
            <div key={k} className="rounded bg-slate-50 p-2">
              <dt className="text-slate-600">{k}</dt>
              <dd className="font-semibold">{v}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <div className="mb-3 flex flex-wrap gap-2">
        <Select aria-label="Date order" value={s.options.dateOrder} onChange={(e) => options.mutate({ dateOrder: e.target.value })}>
          <option value="MDY">Month/day/year</option>
          <option value="DMY">Day/month/year</option>
        </Select>
        <Select aria-label="Sign convention" value={s.options.signConvention} onChange={(e) => options.mutate({ signConvention: e.target.value })}>
          <option value="spendPositive">Spending is positive</option>
          <option value="spendNegative">Spending is negative</option>
        </Select>
        <Select aria-label="Show rows" value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">All rows</option>
          <option value="undecided">Undecided</option>
          <option value="duplicate">Possible duplicates</option>
          <option value="error">Errors</option>
          <option value="newRestaurant">New restaurants</option>
          <option value="ready">Ready</option>
        </Select>
        {rows.data && rows.data.items.length > 0 ? (
          <Button
            variant="secondary"
            onClick={() => decide.mutate(rows.data.items.filter((r) => r.status !== 'error').map((r) => ({ rowNumber: r.rowNumber, restaurantAction: r.decision.restaurantAction ?? 'create', expenseAction: 'create' })))}
          >
            Import all shown rows
          </Button>
        ) : null}
      </div>
      {s.warnings.map((w) => (
        <p key={w} className="text-sm text-amber-700">
          {w}
        </p>
      ))}
      <ErrorBox error={apply.error ?? decide.error ?? options.error} />
      <Card>
        <ul aria-label="Import rows" className="divide-y divide-slate-100">
          {rows.data?.items.map((r) => (
            <li key={r.rowNumber} className="space-y-1 p-3 text-sm" aria-label={`Row ${r.rowNumber}`}>
              <div className="flex flex-wrap justify-between gap-2">
                <span className="font-medium">
                  Row {r.rowNumber}: {r.parsed ? `${r.parsed.restaurant.name} · ${r.parsed.localDate} · ${money(r.parsed.amountMinor, r.parsed.currency)}` : Object.values(r.raw).join(', ')}
                </span>
                <span className="rounded bg-slate-100 px-2">{r.status}</span>
              </div>
              {r.errors.map((e) => (
                <p key={e} className="text-red-700">
                  {e}
                </p>
              ))}
              {r.duplicateCandidates.map((d) => (
                <p key={d.expenseId} className="text-amber-800">
                  Possible duplicate: {d.restaurantName} {d.localDate} {money(d.amountMinor, d.currency)}
                  {d.differences.length > 0 ? ` — differs in ${d.differences.map((x) => x.field).join(', ')}` : ' — identical'}
                </p>
              ))}
              {r.status !== 'error' ? (
                <div className="flex flex-wrap gap-2">
                  <Select
                    aria-label={`Restaurant for row ${r.rowNumber}`}
                    value={r.decision.restaurantAction === 'match' ? (r.decision.restaurantId ?? '') : r.decision.restaurantAction === 'create' ? 'create' : ''}
                    onChange={(e) =>
                      decide.mutate([e.target.value === 'create' ? { rowNumber: r.rowNumber, restaurantAction: 'create' } : { rowNumber: r.rowNumber, restaurantAction: 'match', restaurantId: e.target.value }])
                    }
                  >
                    <option value="" disabled>
                      Choose a restaurant…
                    </option>
                    <option value="create">Create new restaurant</option>
                    {r.restaurantCandidates.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name} {c.city ?? ''} ({c.score})
                      </option>
                    ))}
                  </Select>
                  <Select
                    aria-label={`Action for row ${r.rowNumber}`}
                    value={r.decision.expenseAction ?? ''}
                    onChange={(e) =>
                      decide.mutate([{ rowNumber: r.rowNumber, expenseAction: e.target.value, targetExpenseId: e.target.value === 'update' ? (r.decision.targetExpenseId ?? r.duplicateCandidates[0]?.expenseId) : undefined }])
                    }
                  >
                    <option value="create">Create</option>
                    <option value="skip">Skip</option>
                    {r.duplicateCandidates.length > 0 ? <option value="update">Update the existing expense</option> : null}
                  </Select>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </Card>
      <div className="mt-4 flex gap-2">
        <Button onClick={() => apply.mutate()} loading={apply.isPending}>
          Apply import
        </Button>
        <Button variant="secondary" onClick={() => void api.delete(`${base}/imports/${batchId}`).then(() => setBatchId(null))}>
          Discard
        </Button>
      </div>
    </div>
  );
}
