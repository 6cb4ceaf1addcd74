import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../shared/api';
import { Button, Card, ErrorBox, Input, Loading, PageHeader, Select } from '../../shared/ui';
import { base, money, type Expense } from './model';

interface Slice {
  id: string | null;
  label: string;
  colour: string | null;
  totalMinor: number;
  count: number;
  share: number;
}

interface Report {
  from: string;
  to: string;
  currency: string;
  otherCurrencies: string[];
  totals: { totalMinor: number; mealCount: number; avgPerMealMinor: number; avgPerPersonMinor: number };
  byCategory: Slice[];
  byRestaurant: Slice[];
  byMealType: Slice[];
  monthly: { month: string; totalMinor: number; count: number }[];
  topExpenses: Expense[];
  generatedAt: string;
}

function Bars({ title, slices, currency }: { title: string; slices: Slice[]; currency: string }) {
  return (
    <Card className="p-4">
      <h2 className="mb-2 font-semibold">{title}</h2>
      <ul aria-label={title} className="space-y-1 text-sm">
        {slices.map((s) => (
          <li key={s.label}>
            <div className="flex justify-between">
              <span>{s.label}</span>
              <span>
                {money(s.totalMinor, currency)} · {s.share}%
              </span>
            </div>
            <div className="h-2 rounded bg-slate-100">
              <div className="h-2 rounded" style={{ width: `${Math.max(0, Math.min(100, s.share))}%`, background: s.colour ?? '#4f46e5' }} />
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}

export function Reports() {
  const [params, setParams] = useSearchParams();
  const query = { period: params.get('period') ?? '30d', from: params.get('from') ?? undefined, to: params.get('to') ?? undefined, currency: params.get('currency') ?? undefined };
  const report = useQuery({ queryKey: ['meals', 'report', query], queryFn: () => api.get<Report>(`${base}/reports`, { query }) });
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  return (
    <div>
      <PageHeader title="Reports" actions={<Button variant="secondary" onClick={() => window.print()}>Print</Button>} />
      <div className="mb-3 flex flex-wrap gap-2 print:hidden">
        <Select aria-label="Period" value={query.period} onChange={(e) => set('period', e.target.value)}>
          {['7d', '30d', '90d', '180d', '365d'].map((p) => (
            <option key={p} value={p}>
              Last {p.replace('d', ' days')}
            </option>
          ))}
          <option value="custom">Custom range</option>
        </Select>
        {query.period === 'custom' ? (
          <>
            <Input aria-label="From" type="date" value={query.from ?? ''} onChange={(e) => set('from', e.target.value)} />
            <Input aria-label="To" type="date" value={query.to ?? ''} onChange={(e) => set('to', e.target.value)} />
          </>
        ) : null}
        {report.data && report.data.otherCurrencies.length > 0 ? (
          <Select aria-label="Currency" value={report.data.currency} onChange={(e) => set('currency', e.target.value)}>
            {[report.data.currency, ...report.data.otherCurrencies].map((c) => (
              <option key={c}>{c}</option>
            ))}
          </Select>
        ) : null}
      </div>
      {report.isPending ? <Loading /> : report.isError ? <ErrorBox error={report.error} /> : (
        <div className="grid gap-4 md:grid-cols-2">
          <Card className="p-4 md:col-span-2">
            <p className="text-sm text-slate-600">
              {report.data.from} – {report.data.to} · {report.data.currency} · generated {new Date(report.data.generatedAt).toLocaleString()}
            </p>
            <p className="text-2xl font-semibold">{money(report.data.totals.totalMinor, report.data.currency)}</p>
            <p className="text-sm">
              {report.data.totals.mealCount} meals · {money(report.data.totals.avgPerMealMinor, report.data.currency)} per meal ·{' '}
              {money(report.data.totals.avgPerPersonMinor, report.data.currency)} per person
            </p>
          </Card>
          <Bars title="By category" slices={report.data.byCategory} currency={report.data.currency} />
          <Bars title="By restaurant" slices={report.data.byRestaurant} currency={report.data.currency} />
          <Bars title="By meal type" slices={report.data.byMealType} currency={report.data.currency} />
          <Card className="p-4">
            <h2 className="mb-2 font-semibold">Monthly trend</h2>
            <ol aria-label="Monthly trend" className="flex h-32 items-end gap-1">
              {report.data.monthly.map((m) => {
                const max = Math.max(1, ...report.data.monthly.map((x) => x.totalMinor));
                return (
                  <li key={m.month} title={`${m.month}: ${money(m.totalMinor, report.data.currency)}`} className="flex-1 bg-indigo-500" style={{ height: `${(100 * Math.max(0, m.totalMinor)) / max}%` }}>
                    <span className="sr-only">
                      {m.month}: {money(m.totalMinor, report.data.currency)}
                    </span>
                  </li>
                );
              })}
            </ol>
          </Card>
          <Card className="p-4 md:col-span-2">
            <h2 className="mb-2 font-semibold">Top 10 expenses</h2>
            <table className="w-full text-sm">
              <thead>
                <tr className="text-left">
                  <th>Date</th>
                  <th>Restaurant</th>
                  <th className="text-right">Amount</th>
                </tr>
              </thead>
              <tbody>
                {report.data.topExpenses.map((e) => (
                  <tr key={e.id}>
                    <td>{e.localDate}</td>
                    <td>{e.restaurantName}</td>
                    <td className="text-right">{money(e.amountMinor, e.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        </div>
      )}
    </div>
  );
}
