import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../shared/api';
import { Button, Checkbox, ErrorBox, Input, Loading, PageHeader, Select, TextField, buttonClass, toast } from '../../../shared/ui';
import { csvUrl, useShopQuery, type Order, type Page } from '../api';
import { Pager, StatusChip, Table } from '../components';
import { errorText, fmtDateTime, fmtNumber, st } from '../i18n';

interface AdminOrder { order: Order; employeeName: string | null; employeeEmail: string | null }

export function AdminOrdersPage() {
  const [status, setStatus] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [cancelling, setCancelling] = useState<Order | null>(null);
  const filters = { status: status || undefined, q: q.trim() || undefined };
  const orders = useShopQuery<Page<AdminOrder>>('/api/shop/admin/orders', { ...filters, page });
  const queryClient = useQueryClient();
  const fulfil = useMutation({
    mutationFn: (id: string) => api.post(`/api/shop/admin/orders/${id}/fulfil`, {}),
    onSuccess: () => {
      toast(st('ordersAdmin.fulfilled'));
      return queryClient.invalidateQueries({ queryKey: ['shop'] });
    },
  });
  return (
    <div>
      <PageHeader title={st('admin.orders')} actions={<a className={buttonClass('secondary')} href={csvUrl('/api/shop/admin/exports/orders.csv', filters)} download>{st('common.downloadCsv')}</a>} />
      <div className="mb-4 flex flex-wrap gap-3">
        <label className="text-sm">{st('ordersAdmin.q')}<Input type="search" value={q} maxLength={100} onChange={(e) => { setQ(e.target.value); setPage(1); }} /></label>
        <label className="text-sm">{st('common.status')}
          <Select value={status} onChange={(e) => { setStatus(e.target.value); setPage(1); }}>
            <option value="">{st('common.all')}</option>
            {(['placed', 'fulfilled', 'cancelled'] as const).map((s) => <option key={s} value={s}>{st(`status.${s}`)}</option>)}
          </Select>
        </label>
      </div>
      {fulfil.isError ? <p role="alert" className="mb-2 text-red-700">{errorText(fulfil.error)}</p> : null}
      {orders.isPending ? <Loading label={st('common.loading')} /> : null}
      {orders.isError ? <ErrorBox error={orders.error} /> : null}
      {orders.data ? (
        <Table caption={st('admin.orders')} head={<tr><th className="p-2">{st('orders.number')}</th><th className="p-2">{st('ordersAdmin.employee')}</th><th className="p-2">{st('orders.product')}</th><th className="p-2 text-right">{st('orders.total')}</th><th className="p-2">{st('common.status')}</th><th className="p-2">{st('orders.placed')}</th><th className="p-2">{st('common.actions')}</th></tr>}>
          {orders.data.items.map(({ order: o, employeeName, employeeEmail }) => (
            <tr key={o.id}>
              <td className="p-2">{o.orderNumber}</td>
              <td className="p-2">{employeeName}<br /><span className="text-xs text-slate-600">{employeeEmail}</span></td>
              <td className="p-2">{o.productName} × {o.quantity}</td>
              <td className="p-2 text-right">{fmtNumber(o.totalCost)}</td>
              <td className="p-2"><StatusChip status={o.status} /></td>
              <td className="p-2 whitespace-nowrap">{fmtDateTime(o.placedAt)}</td>
              <td className="p-2 space-x-1 whitespace-nowrap">
                {o.status === 'placed' ? <Button size="sm" onClick={() => fulfil.mutate(o.id)}>{st('ordersAdmin.fulfil')}</Button> : null}
                {o.status !== 'cancelled' ? <Button size="sm" variant="danger" onClick={() => setCancelling(o)}>{st('ordersAdmin.cancel')}</Button> : null}
              </td>
            </tr>
          ))}
        </Table>
      ) : null}
      {orders.data ? <Pager page={orders.data.page} pageSize={orders.data.pageSize} total={orders.data.total} onPage={setPage} /> : null}
      {cancelling ? <CancelDialog order={cancelling} onClose={() => setCancelling(null)} /> : null}
    </div>
  );
}

function CancelDialog({ order, onClose }: { order: Order; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [restock, setRestock] = useState(order.status === 'placed');
  const queryClient = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => api.post(`/api/shop/admin/orders/${order.id}/cancel`, { reason, restock }),
    onSuccess: async () => { toast(st('orders.cancelled')); await queryClient.invalidateQueries({ queryKey: ['shop'] }); onClose(); },
  });
  return (
    <div role="dialog" aria-modal="true" aria-labelledby="cancel-title" className="fixed inset-0 z-10 flex items-center justify-center bg-slate-900/40 p-4">
      <form className="w-full max-w-md space-y-3 rounded-lg bg-white p-5" onSubmit={(e) => { e.preventDefault(); cancel.mutate(); }}>
        <h2 id="cancel-title" className="text-lg font-semibold">{st('ordersAdmin.cancelTitle', { number: order.orderNumber })}</h2>
        <TextField label={st('common.reason')} required maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
        {order.status === 'fulfilled' ? <Checkbox label={st('ordersAdmin.restock')} checked={restock} onChange={(e) => setRestock(e.target.checked)} /> : null}
        {cancel.isError ? <p role="alert" className="text-sm text-red-700">{errorText(cancel.error)}</p> : null}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>{st('common.cancel')}</Button>
          <Button type="submit" variant="danger" loading={cancel.isPending} disabled={!reason.trim()}>{st('ordersAdmin.cancel')}</Button>
        </div>
      </form>
    </div>
  );
}
