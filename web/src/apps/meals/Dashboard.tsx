import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api } from '../../shared/api';
import { buttonClass, Card, ErrorBox, Loading, PageHeader } from '../../shared/ui';
import { cx } from '../../shared/ui/cx';
import { RankList } from '../../shared/charts';
import { AddExpenseButton } from './components';
import { base, money, type BudgetStatus, type Dashboard as DashboardData } from './model';
import { plural } from '../../shared/plural';

const stateText = { ok: 'On track', warning: 'Warning', over: 'Over budget' } as const;

export function BudgetBar({ budget }: { budget: BudgetStatus }) {
  const colour = budget.state === 'over' ? 'bg-red-600' : budget.state === 'warning' ? 'bg-amber-500' : 'bg-green-600';
  const label = `${budget.categoryName ?? 'Overall'} (${budget.currency})`;
  return (
    <div>
      <div className="flex flex-wrap justify-between gap-x-2 text-sm">
        <span className="font-medium">{label}</span>
        <span className="tabular-nums">
          {money(budget.spentMinor, budget.currency)} / {money(budget.limitMinor, budget.currency)}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuenow={Math.round(Number(budget.percent))}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuetext={`${Math.round(Number(budget.percent))}% · ${stateText[budget.state]}`}
        className="relative mt-1 h-3 rounded bg-slate-200"
      >
        <div className={cx('h-3 rounded', colour)} style={{ width: `${Math.min(100, Number(budget.percent))}%` }} />
        <div aria-hidden="true" title={`Warning at ${budget.warnAtPercent}%`} className="absolute top-0 h-3 w-0.5 bg-slate-700" style={{ left: `${budget.warnAtPercent}%` }} />
      </div>
      <p className="mt-1 text-xs text-slate-600">
        {stateText[budget.state]} · {Math.round(Number(budget.percent))}%
        {budget.remainingMinor > 0 ? ` · ${money(budget.remainingMinor, budget.currency)} left` : ''}
        {budget.projectedMinor !== null ? ` · projected month end ${money(budget.projectedMinor, budget.currency)}` : ''}
      </p>
    </div>
  );
}

export function Dashboard() {
  const query = useQuery({ queryKey: ['meals', 'dashboard'], queryFn: () => api.get<DashboardData>(`${base}/dashboard`) });
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorBox error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;
  return (
    <div>
      <PageHeader title="Meals dashboard" description={`Today is ${data.today}`} />
      {data.isEmpty ? (
        <Card className="space-y-3 p-6 text-center">
          <p>No meals logged yet.</p>
          <div className="flex justify-center gap-2">
            <Link className={buttonClass()} to="/meals/expenses/new">
              Add first expense
            </Link>
            <Link className={buttonClass('secondary')} to="/meals/import">
              Import
            </Link>
          </div>
        </Card>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        {data.currencies.map((c) => (
          <Card key={c.currency} className="space-y-2 p-4" aria-label={`Spending in ${c.currency}`}>
            <h2 className="font-semibold">{c.currency}</h2>
            <dl className="grid grid-cols-3 gap-2 text-sm">
              <div>
                <dt className="text-slate-600">Month to date</dt>
                <dd className="text-lg font-semibold">{money(c.monthToDateMinor, c.currency)}</dd>
                <dd className="text-xs text-slate-600">{plural(c.monthToDateCount, 'meal', 'meals')}</dd>
              </div>
              <div>
                <dt className="text-slate-600">Last 30 days</dt>
                <dd className="text-lg font-semibold">{money(c.last30Minor, c.currency)}</dd>
                <dd className="text-xs text-slate-600">{plural(c.last30Count, 'meal', 'meals')}</dd>
              </div>
              <div>
                <dt className="text-slate-600">Average per meal</dt>
                <dd className="text-lg font-semibold">{money(c.last30AvgPerMealMinor, c.currency)}</dd>
              </div>
            </dl>
            {c.topRestaurants.length > 0 ? (
              <>
                <h3 className="text-sm font-medium">Top restaurants (90 days, by visits)</h3>
                <RankList
                  title={`Top restaurants in ${c.currency}`}
                  format={(minor) => money(minor, c.currency)}
                  items={c.topRestaurants.map((r) => ({ label: r.name, detail: plural(r.visits, 'visit', 'visits'), value: r.totalMinor }))}
                />
              </>
            ) : null}
          </Card>
        ))}
        {data.budgets.length > 0 ? (
          <Card className="space-y-3 p-4">
            <div className="flex justify-between">
              <h2 className="font-semibold">Budgets this month</h2>
              <Link to="/meals/budgets" className="text-sm text-indigo-700 underline">
                Manage
              </Link>
            </div>
            {data.budgets.map((b) => (
              <BudgetBar key={b.id} budget={b} />
            ))}
          </Card>
        ) : null}
        {data.latest.length > 0 ? (
          <Card className="p-4">
            <h2 className="mb-2 font-semibold">Recent expenses</h2>
            <ul aria-label="Recent expenses" className="divide-y divide-slate-100 text-sm">
              {data.latest.map((e) => (
                <li key={e.id} className="flex justify-between py-2">
                  <Link to={`/meals/expenses/${e.id}`} className="text-indigo-700 hover:underline">
                    {e.restaurantName}
                  </Link>
                  <span>
                    {e.localDate} · {money(e.amountMinor, e.currency)}
                  </span>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
      </div>
      <AddExpenseButton />
    </div>
  );
}
