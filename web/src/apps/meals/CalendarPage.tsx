import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../shared/api';
import { Button, buttonClass, Card, ErrorBox, Loading, PageHeader } from '../../shared/ui';
import { cx } from '../../shared/ui/cx';
import { monthName, shiftMonth } from './BudgetsPage';
import { AddExpenseButton } from './components';
import { base, fetchSettings, money, type CalendarDay as Day } from './model';
import { plural } from '../../shared/plural';

const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function CalendarPage() {
  const [params, setParams] = useSearchParams();
  const settings = useQuery({ queryKey: ['meals', 'settings'], queryFn: fetchSettings });
  const today = settings.data?.today;
  const month = params.get('month') ?? today?.slice(0, 7);
  const selected = params.get('day');
  const calendar = useQuery({
    queryKey: ['meals', 'calendar', month],
    queryFn: () => api.get<{ value: string; days: Day[] }>(`${base}/calendar`, { query: { month } }),
    enabled: !!month,
    placeholderData: keepPreviousData,
  });
  if (settings.isError) return <ErrorBox error={settings.error} onRetry={() => void settings.refetch()} />;
  if (!month) return <Loading />;
  const go = (next: Record<string, string | null>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    setParams(p);
  };
  const [y, m] = month.split('-').map(Number);
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const leading = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  const byDate = new Map((calendar.data?.days ?? []).map((d) => [d.date, d]));
  const dates = Array.from({ length: daysInMonth }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
  const day = selected ? byDate.get(selected) : undefined;

  return (
    <div className="space-y-4">
      <PageHeader
        title={monthName(month)}
        description="Meals by their own local date."
        actions={
          <>
            <Button variant="secondary" className="min-h-11" onClick={() => go({ month: shiftMonth(month, -1), day: null })}>
              Previous month
            </Button>
            <Button variant="secondary" className="min-h-11" onClick={() => go({ month: shiftMonth(month, 1), day: null })}>
              Next month
            </Button>
          </>
        }
      />
      {calendar.isPending ? (
        <Loading />
      ) : calendar.isError ? (
        <ErrorBox error={calendar.error} onRetry={() => void calendar.refetch()} />
      ) : (
        <>
          {/* Month grid on tablets and up; a list of days with meals on phones. */}
          <div role="region" aria-label={`Calendar ${monthName(month)}`} className="hidden rounded-lg border border-slate-200 bg-white md:block">
            <div aria-hidden="true" className="grid grid-cols-7 border-b border-slate-200 text-center text-xs font-medium text-slate-600">
              {weekdays.map((w) => (
                <div key={w} className="p-2">
                  {w}
                </div>
              ))}
            </div>
            <div className="grid grid-cols-7">
              {Array.from({ length: leading }, (_, i) => (
                <div key={`pad-${i}`} className="min-h-24 border-b border-r border-slate-100 bg-slate-50" />
              ))}
              {dates.map((date) => {
                const d = byDate.get(date);
                return (
                  <div key={date} className="min-h-24 border-b border-r border-slate-100">
                    <button
                      type="button"
                      aria-pressed={selected === date}
                      onClick={() => go({ day: date })}
                      className={cx('flex h-full w-full flex-col items-start justify-start p-2 text-left text-xs hover:bg-indigo-50', d && 'bg-indigo-50/50', selected === date && 'bg-indigo-100', date === today && 'font-bold')}
                    >
                      {/* The name read out begins with the day shown (then the full date), so voice control finds it by what is on screen. */}
                      <span className="block text-sm">
                        {Number(date.slice(8))}
                        <span className="sr-only"> ({date}){d ? '' : ', no meals'}</span>
                      </span>
                      {d ? (
                        <>
                          {d.totals.map((t) => (
                            <span key={t.currency} className="mt-1 block text-sm font-semibold tabular-nums text-slate-900">
                              {money(t.amountMinor, t.currency)}
                            </span>
                          ))}
                          <span className="block text-slate-600">
                            {plural(d.count, 'meal', 'meals')}
                          </span>
                        </>
                      ) : null}
                    </button>
                  </div>
                );
              })}
            </div>
          </div>
          <ul aria-label="Days with meals" className="space-y-2 md:hidden">
            {calendar.data.days.length === 0 ? <li className="text-slate-600">No meals this month.</li> : null}
            {calendar.data.days.map((d) => (
              <li key={d.date}>
                <button type="button" onClick={() => go({ day: d.date })} className="flex min-h-11 w-full justify-between rounded-md border border-slate-200 bg-white p-3 text-left">
                  <span>
                    {d.date} · {d.count} {d.count === 1 ? 'meal' : 'meals'}
                  </span>
                  <span className="tabular-nums">{d.totals.map((t) => money(t.amountMinor, t.currency)).join(' · ')}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {selected ? (
        <Card aria-label={`Meals on ${selected}`} className="space-y-2">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 className="font-semibold">{selected}</h2>
            <Link className={buttonClass()} to={`/meals/expenses/new?date=${selected}`}>
              Add on this day
            </Link>
          </div>
          {day ? (
            <ul className="divide-y divide-slate-100 text-sm">
              {day.items.map((e) => (
                <li key={e.id} className="flex justify-between gap-2 py-2">
                  <Link className="text-indigo-700 hover:underline" to={`/meals/expenses/${e.id}`}>
                    {e.localTime ? `${e.localTime} · ` : ''}
                    {e.restaurantName}
                  </Link>
                  <span className="tabular-nums">{money(e.amountMinor, e.currency)}</span>
                </li>
              ))}
              {day.more > 0 ? (
                <li className="py-2">
                  <Link className="text-indigo-700 underline" to={`/meals/expenses?from=${selected}&to=${selected}`}>
                    {day.more} more…
                  </Link>
                </li>
              ) : null}
            </ul>
          ) : (
            <p className="text-sm text-slate-600">No meals on this day.</p>
          )}
        </Card>
      ) : null}
      <AddExpenseButton to={selected ? `/meals/expenses/new?date=${selected}` : undefined} />
    </div>
  );
}
