import { ShoppingCart } from 'lucide-react';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { NavLink, Route, Routes } from 'react-router-dom';
import { hasRole, RequireAuth, useMe } from '../../shared/auth';
import { getLocale, setLocale } from '../../shared/i18n';
import { cx, Loading, NotFound, Select } from '../../shared/ui';
import { useBalance } from './api';
import { useCart } from './cart';
import { CataloguePage } from './CataloguePage';
import { fmtDate, fmtNumber, st } from './i18n';

// The catalogue is the first page; the others, and the whole admin, load when visited.
const AdminRoutes = lazy(() => import('./admin/AdminRoutes'));
const CartPage = lazy(() => import('./CartPage').then((m) => ({ default: m.CartPage })));
const OrdersPage = lazy(() => import('./OrdersPage').then((m) => ({ default: m.OrdersPage })));
const OrderDetailPage = lazy(() => import('./OrdersPage').then((m) => ({ default: m.OrderDetailPage })));
const PointsPage = lazy(() => import('./PointsPage').then((m) => ({ default: m.PointsPage })));
const ProductPage = lazy(() => import('./ProductPage').then((m) => ({ default: m.ProductPage })));

const page = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

const ADMIN_ROLES = ['shop.admin', 'shop.products', 'shop.points'];

/** Routes of the app, mounted by App.tsx at `/shop/*`. Paths here are relative to `/shop`. */
export default function ShopRoutes() {
  const [, setRenderLocale] = useState(getLocale());
  return (
    <RequireAuth>
      <ShopHeader onLocale={setRenderLocale} />
      <Routes>
        <Route index element={<EmployeeOnly><CataloguePage /></EmployeeOnly>} />
        <Route path="products/:id" element={<EmployeeOnly>{page(<ProductPage />)}</EmployeeOnly>} />
        <Route path="cart" element={<EmployeeOnly>{page(<CartPage />)}</EmployeeOnly>} />
        <Route path="points" element={<EmployeeOnly>{page(<PointsPage />)}</EmployeeOnly>} />
        <Route path="orders" element={<EmployeeOnly>{page(<OrdersPage />)}</EmployeeOnly>} />
        <Route path="orders/:id" element={<EmployeeOnly>{page(<OrderDetailPage />)}</EmployeeOnly>} />
        <Route path="admin/*" element={page(<AdminRoutes />)} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </RequireAuth>
  );
}

function EmployeeOnly({ children }: { children: ReactNode }) {
  return <RequireAuth role="shop.employee">{children}</RequireAuth>;
}

function ShopHeader({ onLocale }: { onLocale: (locale: 'en' | 'zh') => void }) {
  const me = useMe();
  const isEmployee = hasRole(me.data, 'shop.employee');
  const isAdmin = ADMIN_ROLES.some((r) => hasRole(me.data, r));
  const link = ({ isActive }: { isActive: boolean }) =>
    cx('rounded-md px-3 py-1.5 text-sm font-medium', isActive ? 'bg-indigo-600 text-white' : 'text-slate-700 hover:bg-slate-100');
  return (
    <div className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-3">
      <nav aria-label={st('nav.label')} className="flex flex-wrap gap-1">
        {isEmployee ? (
          <>
            <NavLink to="/shop" end className={link}>{st('nav.shop')}</NavLink>
            <NavLink to="/shop/points" className={link}>{st('nav.points')}</NavLink>
            <NavLink to="/shop/orders" className={link}>{st('nav.orders')}</NavLink>
          </>
        ) : null}
        {isAdmin ? <NavLink to="/shop/admin" className={link}>{st('nav.admin')}</NavLink> : null}
      </nav>
      <div className="flex flex-wrap items-center gap-3">
        {isEmployee ? <CartLink /> : null}
        {isEmployee ? <BalanceBadge /> : null}
        <label className="flex items-center gap-2 text-sm text-slate-700">
          {st('header.language')}
          <Select
            value={getLocale()}
            onChange={(e) => {
              const locale = e.target.value === 'zh' ? 'zh' : 'en';
              setLocale(locale);
              onLocale(locale);
            }}
            className="w-auto"
          >
            <option value="en">English</option>
            <option value="zh">中文</option>
          </Select>
        </label>
      </div>
    </div>
  );
}

function CartLink() {
  const cart = useCart();
  const count = cart.lines.reduce((sum, l) => sum + l.quantity, 0);
  return (
    <NavLink
      to="/shop/cart"
      className={({ isActive }) => cx('relative flex items-center gap-1 rounded-md px-3 py-1.5 text-sm font-medium',
        isActive ? 'bg-indigo-600 text-white' : 'text-slate-700 hover:bg-slate-100')}
    >
      <ShoppingCart aria-hidden className="size-5" />
      <span>{st('nav.cart')}</span>
      {count > 0 ? <span className="sr-only">{st('nav.cartCount', { count })}</span> : null}
      {count > 0 ? (
        <span aria-hidden data-testid="cart-count" className="min-w-5 rounded-full bg-amber-500 px-1.5 text-center text-xs font-semibold text-slate-950">{count}</span>
      ) : null}
    </NavLink>
  );
}

function BalanceBadge() {
  const balance = useBalance();
  // Until the balance arrives an invisible stand-in of its size holds its place, so the header does not grow under the reader.
  if (!balance.data) {
    return (
      <p aria-hidden className="invisible text-sm">
        {st('header.balance')}: <strong>{st('header.points', { points: fmtNumber(10000) })}</strong>
      </p>
    );
  }
  const expiring = balance.data.expiringSoon;
  return (
    <div className="text-right">
      <p className="text-sm text-slate-700">
        {st('header.balance')}:{' '}
        <strong data-testid="shop-balance" aria-live="polite">{st('header.points', { points: fmtNumber(balance.data.balance) })}</strong>
      </p>
      {expiring ? (
        <p className="text-xs text-amber-800">
          {st('header.expiring', { points: fmtNumber(expiring.points), date: fmtDate(expiring.earliestAt) })}
        </p>
      ) : null}
    </div>
  );
}
