import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../shared/api';
import { Button, buttonClass, Card, ErrorBox, Input, Loading, PageHeader, Select } from '../../shared/ui';
import { cx } from '../../shared/ui/cx';
import { DonutChart, RankBars, TrendChart } from '../../shared/charts';
import { base, compactMoney, money, type Report, type ReportSlice as Slice } from './model';
import { plural } from '../../shared/plural';

const presets = ['7d', '30d', '90d', '180d', '365d'];

function useReport() {
  const [params, setParams] = useSearchParams();
  const query = {
    period: params.get('period') ?? '30d',
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    currency: params.get('currency') ?? undefined,
  };
  const ready = query.period !== 'custom' || (!!query.from && !!query.to);
  const report = useQuery({ queryKey: ['meals', 'report', query], queryFn: () => api.get<Report>(`${base}/reports`, { query }), enabled: ready });
  return { params, setParams, query, ready, report };
}

const items = (slices: Slice[]) => slices.map((s) => ({ label: s.label, value: s.totalMinor, colour: s.colour, detail: `${Number(s.share)}%` }));

/** A month is still running (or cut by the period) when the period does not cover all of it. */
export function monthPoints(report: Pick<Report, 'from' | 'to' | 'monthly'>) {
  const lastDay = (month: string) => {
    const [year, m] = month.split('-').map(Number);
    return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
  };
  return report.monthly.map((m) => ({
    label: m.month,
    values: { total: m.totalMinor },
    partial: report.from > `${m.month}-01` || report.to < lastDay(m.month),
  }));
}

export function Reports({ print = false }: { print?: boolean }) {
  const { params, setParams, query, ready, report } = useReport();
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };
  const data = report.data;
  return (
    <div>
      {print ? (
        <>
          {/* The print view drops the site chrome on paper; on screen it keeps a way back. */}
          <style>{'@media print { body header, body nav { display: none !important; } main { max-width: none !important; padding: 0 !important; } }'}</style>
          <div className="mb-4 flex flex-wrap gap-2 print:hidden">
            <Button onClick={() => window.print()}>Print or save as PDF</Button>
            <Link className={buttonClass('secondary')} to={`/meals/reports?${params.toString()}`}>
              Back to reports
            </Link>
          </div>
          {data ? (
            <header className="mb-4 border-b border-slate-300 pb-2">
              <h1 className="text-2xl font-semibold">Meal spending report</h1>
              <p className="text-sm text-slate-700">
                {data.from} – {data.to} · {data.currency} · generated {new Date(data.generatedAt).toLocaleString()}
              </p>
            </header>
          ) : null}
        </>
      ) : (
        <>
          <PageHeader
            title="Reports"
            actions={
              <Link className={buttonClass('secondary')} to={`/meals/reports/print?${params.toString()}`}>
                Print
              </Link>
            }
          />
          <div className="mb-4 flex flex-wrap items-end gap-2">
            <div role="group" aria-label="Period" className="flex flex-wrap gap-1">
              {presets.map((p) => (
                <button
                  key={p}
                  type="button"
                  aria-pressed={query.period === p}
                  onClick={() => set({ period: p, from: '', to: '' })}
                  className={cx('min-h-11 rounded-md px-3 text-sm', query.period === p ? 'bg-indigo-600 text-white' : 'bg-slate-100 hover:bg-slate-200')}
                >
                  {p.replace('d', ' days')}
                </button>
              ))}
              <button
                type="button"
                aria-pressed={query.period === 'custom'}
                onClick={() => set({ period: 'custom', from: query.from ?? data?.from ?? '', to: query.to ?? data?.to ?? '' })}
                className={cx('min-h-11 rounded-md px-3 text-sm', query.period === 'custom' ? 'bg-indigo-600 text-white' : 'bg-slate-100 hover:bg-slate-200')}
              >
                Custom
              </button>
            </div>
            {query.period === 'custom' ? (
              <>
                <label className="text-sm">
                  <span className="mb-1 block font-medium">From</span>
                  <Input type="date" className="min-h-11" value={query.from ?? ''} onChange={(e) => set({ from: e.target.value })} />
                </label>
                <label className="text-sm">
                  <span className="mb-1 block font-medium">To</span>
                  <Input type="date" className="min-h-11" value={query.to ?? ''} onChange={(e) => set({ to: e.target.value })} />
                </label>
              </>
            ) : null}
            {data && data.otherCurrencies.length > 0 ? (
              <label className="text-sm">
                <span className="mb-1 block font-medium">Currency</span>
                <Select className="min-h-11" value={data.currency} onChange={(e) => set({ currency: e.target.value })}>
                  {[data.currency, ...data.otherCurrencies].sort().map((c) => (
                    <option key={c}>{c}</option>
                  ))}
                </Select>
              </label>
            ) : null}
          </div>
        </>
      )}
      {!ready ? (
        <p className="text-slate-600">Choose both dates of the custom range.</p>
      ) : report.isPending ? (
        <Loading />
      ) : report.isError ? (
        <ErrorBox error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <ReportBody report={report.data} print={print} />
      )}
    </div>
  );
}

/** Meals keeps no exchange rates: a report counts one currency and says so, rather than silently mixing or converting. */
function CurrencyNote({ report: r }: { report: Report }) {
  return (
    <p className="mt-1 text-xs text-slate-600">
      {r.otherCurrencies.length > 0
        ? `Only expenses paid in ${r.currency} are counted. Expenses in ${r.otherCurrencies.join(', ')} are not converted (Meals stores no exchange rates) — choose their currency above to see them.`
        : `All expenses in this period were paid in ${r.currency}; amounts are never converted between currencies.`}
    </p>
  );
}

function ReportBody({ report: r, print }: { report: Report; print: boolean }) {
  const card = cx(print && 'break-inside-avoid shadow-none');
  const format = (minor: number) => money(minor, r.currency);
  if (r.totals.mealCount === 0 && r.totals.totalMinor === 0) {
    return (
      <Card>
        <p className="text-slate-600">
          No {r.currency} expenses between {r.from} and {r.to}.
          {r.otherCurrencies.length > 0 ? ` There are expenses in ${r.otherCurrencies.join(', ')}.` : ''}
        </p>
      </Card>
    );
  }
  return (
    <div className={cx('grid gap-4', !print && 'md:grid-cols-2', print && 'grid-cols-2')}>
      <Card className={cx(card, 'col-span-full')} aria-label="Totals">
        {!print ? (
          <p className="text-sm text-slate-600">
            {r.from} – {r.to} · {r.currency}
            {r.otherCurrencies.length > 0 ? ` (also: ${r.otherCurrencies.join(', ')})` : ''}
          </p>
        ) : null}
        <p className="text-3xl font-semibold tabular-nums">{money(r.totals.totalMinor, r.currency)}</p>
        <CurrencyNote report={r} />
        <p className="text-sm">
          {plural(r.totals.mealCount, 'meal', 'meals')} · {money(r.totals.avgPerMealMinor, r.currency)} per meal · {money(r.totals.avgPerPersonMinor, r.currency)} per person
        </p>
      </Card>
      <Card className={card} aria-label="By category">
        <h2 className="mb-3 font-semibold">By category</h2>
        <DonutChart title="Spending by category" items={items(r.byCategory)} format={format} />
      </Card>
      <Card className={card} aria-label="By meal type">
        <h2 className="mb-3 font-semibold">By meal type</h2>
        <RankBars title="Spending by meal type" items={items(r.byMealType)} format={format} />
      </Card>
      <Card className={card} aria-label="By restaurant">
        <h2 className="mb-3 font-semibold">By restaurant</h2>
        <RankBars title="Spending by restaurant" items={items(r.byRestaurant)} format={format} />
      </Card>
      <Card className={card} aria-label="Monthly trend">
        <h2 className="mb-3 font-semibold">Monthly trend</h2>
        <TrendChart title="Spending per month" points={monthPoints(r)} series={[{ key: 'total', name: `Spending (${r.currency})` }]} format={format} formatAxis={(minor) => compactMoney(minor, r.currency)} />
      </Card>
      <Card className={cx(card, 'col-span-full')} aria-label="Top expenses">
        <h2 className="mb-2 font-semibold">Top 10 expenses</h2>
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left">
              <th className="py-1">Date</th>
              <th className="py-1">Restaurant</th>
              <th className="py-1 text-right">Amount</th>
            </tr>
          </thead>
          <tbody>
            {r.topExpenses.map((e) => (
              <tr key={e.id} className="border-t border-slate-100">
                <td className="py-1">{e.localDate}</td>
                <td className="py-1">
                  {print ? (
                    e.restaurantName
                  ) : (
                    <Link className="text-indigo-700 hover:underline" to={`/meals/expenses/${e.id}`}>
                      {e.restaurantName}
                    </Link>
                  )}
                </td>
                <td className="py-1 text-right tabular-nums">{money(e.amountMinor, e.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </div>
  );
}
