import { NavLink, Route, Routes, useLocation } from 'react-router-dom';
import { hasRole, RequireAuth, useMe } from '../../shared/auth';
import { NotFound } from '../../shared/ui';
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

/** Routes of the app, mounted by App.tsx at `/meals/*`. Paths here are relative to `/meals`. */
export default function MealsRoutes() {
  return (
    <RequireAuth>
      <MealsNav />
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
