import { NavLink, Route, Routes, useLocation } from 'react-router-dom';
import { hasRole, RequireAuth, useMe } from '../../shared/auth';
import { Button, NotFound } from '../../shared/ui';
import { cx } from '../../shared/ui/cx';
import { AdminPage } from './AdminPage';
import { BudgetsPage } from './BudgetsPage';
import { CalendarPage } from './CalendarPage';
import { CategoriesPage } from './CategoriesPage';
import { Dashboard } from './Dashboard';
import { ExpenseDetail } from './ExpenseDetail';
import { ExpenseForm } from './ExpenseForm';
import { ExpenseList } from './ExpenseList';
import { ImportWizard } from './ImportWizard';
import { clearFailed, useOfflineQueue } from './offlineQueue';
import { Reports } from './Reports';
import { RestaurantDetail } from './RestaurantDetail';
import { RestaurantList } from './RestaurantList';
import { SettingsPage } from './SettingsPage';

const links = [
  ['', 'Dashboard'],
  ['expenses', 'Expenses'],
  ['calendar', 'Calendar'],
  ['restaurants', 'Restaurants'],
  ['reports', 'Reports'],
  ['budgets', 'Budgets'],
  ['categories', 'Categories & tags'],
  ['import', 'Import'],
  ['settings', 'Settings'],
] as const;

function MealsNav() {
  const me = useMe();
  const { pathname } = useLocation();
  if (pathname.endsWith('/print')) return null;
  const all = hasRole(me.data, 'meals.admin') ? [...links, ['admin', 'Admin'] as const] : links;
  return (
    <nav aria-label="Meals" className="mb-4 flex gap-1 overflow-x-auto border-b border-slate-200 pb-2 print:hidden">
      {all.map(([to, label]) => (
        <NavLink
          key={to}
          to={to === '' ? '/meals' : `/meals/${to}`}
          end={to === ''}
          className={({ isActive }) =>
            cx(
              'inline-flex min-h-11 shrink-0 items-center rounded-md px-3 text-sm font-medium whitespace-nowrap',
              isActive ? 'bg-indigo-50 text-indigo-700' : 'text-slate-700 hover:bg-slate-100',
            )
          }
        >
          {label}
        </NavLink>
      ))}
    </nav>
  );
}

/** Expenses saved offline: how many wait, and any the server refused when they were sent. */
function OfflineStatus() {
  const { waiting, failed } = useOfflineQueue();
  if (waiting.length === 0 && failed.length === 0) return null;
  return (
    <div role="status" className="mb-4 space-y-1 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 print:hidden">
      {waiting.length > 0 ? (
        <p>
          {waiting.length} {waiting.length === 1 ? 'expense' : 'expenses'} waiting to be sent — they go out in order when you are back online.
        </p>
      ) : null}
      {failed.length > 0 ? (
        <>
          <p>These offline expenses were refused:</p>
          <ul className="list-disc pl-5">
            {failed.map((f, i) => (
              <li key={`${i}-${f}`}>{f}</li>
            ))}
          </ul>
          <Button size="sm" variant="secondary" onClick={clearFailed}>
            Dismiss
          </Button>
        </>
      ) : null}
    </div>
  );
}

/** Routes of the app, mounted by App.tsx at `/meals/*`. Paths here are relative to `/meals`. */
export default function MealsRoutes() {
  return (
    <RequireAuth>
      <MealsNav />
      <OfflineStatus />
      <Routes>
        <Route index element={<Dashboard />} />
        <Route path="expenses" element={<ExpenseList />} />
        <Route path="expenses/new" element={<ExpenseForm />} />
        <Route path="expenses/:id" element={<ExpenseDetail />} />
        <Route path="expenses/:id/edit" element={<ExpenseForm />} />
        <Route path="calendar" element={<CalendarPage />} />
        <Route path="restaurants" element={<RestaurantList />} />
        <Route path="restaurants/:id" element={<RestaurantDetail />} />
        <Route path="categories" element={<CategoriesPage />} />
        <Route path="budgets" element={<BudgetsPage />} />
        <Route path="import" element={<ImportWizard />} />
        <Route path="import/:id" element={<ImportWizard />} />
        <Route path="reports" element={<Reports />} />
        <Route path="reports/print" element={<Reports print />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route
          path="admin"
          element={
            <RequireAuth role="meals.admin">
              <AdminPage />
            </RequireAuth>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </RequireAuth>
  );
}
