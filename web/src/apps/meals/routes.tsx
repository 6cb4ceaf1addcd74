import { NavLink, Route, Routes } from 'react-router-dom';
import { NotFound } from '../../shared/ui';
import { cx } from '../../shared/ui/cx';
import { Dashboard } from './Dashboard';
import { ExpenseForm } from './ExpenseForm';
import { ExpenseList } from './ExpenseList';
import { ImportWizard } from './ImportWizard';
import { Reports } from './Reports';
import { SettingsPage } from './SettingsPage';

const links = [
  ['', 'Dashboard'],
  ['expenses', 'Expenses'],
  ['import', 'Import'],
  ['reports', 'Reports'],
  ['settings', 'Settings'],
] as const;

/** Routes of the app, mounted by App.tsx at `/meals/*`. Paths here are relative to `/meals`. */
export default function MealsRoutes() {
  return (
    <div>
      <nav aria-label="Meals" className="mb-4 flex gap-1 overflow-x-auto border-b border-slate-200 pb-2 print:hidden">
        {links.map(([to, label]) => (
          <NavLink
            key={to}
            to={to === '' ? '/meals' : `/meals/${to}`}
            end={to === ''}
            className={({ isActive }) =>
              cx('inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium', isActive ? 'bg-indigo-50 text-indigo-700' : 'text-slate-700 hover:bg-slate-100')
            }
          >
            {label}
          </NavLink>
        ))}
      </nav>
      <Routes>
        <Route index element={<Dashboard />} />
        <Route path="expenses" element={<ExpenseList />} />
        <Route path="expenses/new" element={<ExpenseForm />} />
        <Route path="expenses/:id/edit" element={<ExpenseForm />} />
        <Route path="import" element={<ImportWizard />} />
        <Route path="reports" element={<Reports />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </div>
  );
}
