import { ChevronDown } from 'lucide-react';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { NavLink, Route, Routes, useLocation } from 'react-router-dom';
import { hasRole, RequireAuth, useMe } from '../../shared/auth';
import { Button, buttonClass, Loading, NotFound } from '../../shared/ui';
import { cx } from '../../shared/ui/cx';
import { Dashboard } from './Dashboard';
import { clearFailed, useOfflineQueue } from './offlineQueue';

// The dashboard and the list load with the app; every other page is its own chunk.
const AdminPage = lazy(() => import('./AdminPage').then((m) => ({ default: m.AdminPage })));
const BudgetsPage = lazy(() => import('./BudgetsPage').then((m) => ({ default: m.BudgetsPage })));
const CalendarPage = lazy(() => import('./CalendarPage').then((m) => ({ default: m.CalendarPage })));
const CategoriesPage = lazy(() => import('./CategoriesPage').then((m) => ({ default: m.CategoriesPage })));
const ExpenseDetail = lazy(() => import('./ExpenseDetail').then((m) => ({ default: m.ExpenseDetail })));
const ExpenseList = lazy(() => import('./ExpenseList').then((m) => ({ default: m.ExpenseList })));
const ExpenseForm = lazy(() => import('./ExpenseForm').then((m) => ({ default: m.ExpenseForm })));
const ImportWizard = lazy(() => import('./ImportWizard').then((m) => ({ default: m.ImportWizard })));
const Reports = lazy(() => import('./Reports').then((m) => ({ default: m.Reports })));
const RestaurantDetail = lazy(() => import('./RestaurantDetail').then((m) => ({ default: m.RestaurantDetail })));
const RestaurantList = lazy(() => import('./RestaurantList').then((m) => ({ default: m.RestaurantList })));
const SettingsPage = lazy(() => import('./SettingsPage').then((m) => ({ default: m.SettingsPage })));

const PagesMenu = lazy(() => import('./PagesMenu').then((m) => ({ default: m.PagesMenu })));
const loadPagesMenu = () => void import('./PagesMenu');
const menuButtonClass = cx(buttonClass('secondary'), 'min-h-11 w-full justify-between');

const page = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

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

const pathOf = (to: string) => (to === '' ? '/meals' : `/meals/${to}`);

/** The app's pages: a row of links on wide screens, one menu button (named after the current page) on phones. */
function MealsNav() {
  const me = useMe();
  const { pathname } = useLocation();
  // The dropdown is loaded at the first press (fetched ahead when the button is hovered or focused).
  const [menuLoaded, setMenuLoaded] = useState(false);
  if (pathname.endsWith('/print')) return null;
  const all = hasRole(me.data, 'meals.admin') ? [...links, ['admin', 'Admin'] as const] : links;
  const current = [...all].reverse().find(([to]) => (to === '' ? pathname === '/meals' || pathname === '/meals/' : pathname.startsWith(pathOf(to))));
  const menuLabel = (
    <>
      <span>
        <span className="sr-only">Meals pages, current: </span>
        {current?.[1] ?? 'Meals'}
      </span>
      <ChevronDown aria-hidden="true" />
    </>
  );
  const menuButton = (
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded={false}
      className={menuButtonClass}
      onPointerEnter={loadPagesMenu}
      onFocus={loadPagesMenu}
      onClick={() => setMenuLoaded(true)}
    >
      {menuLabel}
    </button>
  );
  return (
    <nav aria-label="Meals" className="mb-4 border-b border-slate-200 pb-2 print:hidden">
      <div className="md:hidden">
        {menuLoaded ? (
          <Suspense fallback={menuButton}>
            <PagesMenu
              triggerClassName={menuButtonClass}
              trigger={menuLabel}
              pages={all.map(([to, label]) => [to, label, pathOf(to)] as const)}
              current={current?.[0]}
            />
          </Suspense>
        ) : (
          menuButton
        )}
      </div>
      <ul className="hidden flex-wrap gap-1 md:flex">
        {all.map(([to, label]) => (
          <li key={to}>
            <NavLink
              to={pathOf(to)}
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
          </li>
        ))}
      </ul>
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
        <Route path="expenses" element={page(<ExpenseList />)} />
        <Route path="expenses/new" element={page(<ExpenseForm />)} />
        <Route path="expenses/:id" element={page(<ExpenseDetail />)} />
        <Route path="expenses/:id/edit" element={page(<ExpenseForm />)} />
        <Route path="calendar" element={page(<CalendarPage />)} />
        <Route path="restaurants" element={page(<RestaurantList />)} />
        <Route path="restaurants/:id" element={page(<RestaurantDetail />)} />
        <Route path="categories" element={page(<CategoriesPage />)} />
        <Route path="budgets" element={page(<BudgetsPage />)} />
        <Route path="import" element={page(<ImportWizard />)} />
        <Route path="import/:id" element={page(<ImportWizard />)} />
        <Route path="reports" element={page(<Reports />)} />
        <Route path="reports/print" element={page(<Reports print />)} />
        <Route path="settings" element={page(<SettingsPage />)} />
        <Route
          path="admin"
          element={
            <RequireAuth role="meals.admin">
              {page(<AdminPage />)}
            </RequireAuth>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </RequireAuth>
  );
}
