import { NavLink, Route, Routes } from 'react-router-dom';
import { hasRole, useMe } from '../../../shared/auth';
import { Card, NotFound, cx } from '../../../shared/ui';
import { st } from '../i18n';
import { AuditPage } from './AuditPage';
import { DashboardPage } from './DashboardPage';
import { EmployeeDetailPage, EmployeesPage } from './EmployeesPage';
import { AdminOrdersPage } from './AdminOrdersPage';
import { PointsAdminPage } from './PointsAdminPage';
import { ProductEditPage, ProductsPage } from './ProductsPage';

export default function AdminRoutes() {
  const me = useMe();
  const admin = hasRole(me.data, 'shop.admin');
  const products = admin || hasRole(me.data, 'shop.products');
  const points = admin || hasRole(me.data, 'shop.points');
  if (!products && !points) {
    return <Card><p>{st('error.FORBIDDEN')}</p></Card>;
  }
  const link = ({ isActive }: { isActive: boolean }) =>
    cx('rounded-md px-3 py-1.5 text-sm', isActive ? 'bg-slate-800 text-white' : 'text-slate-700 hover:bg-slate-100');
  return (
    <div>
      <nav aria-label={st('admin.title')} className="mb-4 flex flex-wrap gap-1">
        <NavLink to="/shop/admin" end className={link}>{st('admin.dashboard')}</NavLink>
        {products ? <NavLink to="/shop/admin/products" className={link}>{st('admin.products')}</NavLink> : null}
        {products ? <NavLink to="/shop/admin/orders" className={link}>{st('admin.orders')}</NavLink> : null}
        {points ? <NavLink to="/shop/admin/points" className={link}>{st('admin.points')}</NavLink> : null}
        {points ? <NavLink to="/shop/admin/employees" className={link}>{st('admin.employees')}</NavLink> : null}
        {admin ? <NavLink to="/shop/admin/audit" className={link}>{st('admin.audit')}</NavLink> : null}
      </nav>
      <Routes>
        <Route index element={<DashboardPage />} />
        {products ? <Route path="products" element={<ProductsPage />} /> : null}
        {products ? <Route path="products/new" element={<ProductEditPage />} /> : null}
        {products ? <Route path="products/:id" element={<ProductEditPage />} /> : null}
        {products ? <Route path="orders" element={<AdminOrdersPage />} /> : null}
        {points ? <Route path="points" element={<PointsAdminPage />} /> : null}
        {points ? <Route path="employees" element={<EmployeesPage />} /> : null}
        {points ? <Route path="employees/:id" element={<EmployeeDetailPage />} /> : null}
        {admin ? <Route path="audit" element={<AuditPage />} /> : null}
        <Route path="*" element={<NotFound />} />
      </Routes>
    </div>
  );
}
