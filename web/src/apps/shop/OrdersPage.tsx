import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../shared/api';
import { Button, Card, ConfirmDialog, ErrorBox, Loading, PageHeader, Select } from '../../shared/ui';
import { shopKeys, useShopQuery, type Balance, type Order, type Page } from './api';
import { Pager, StatusChip, Table } from './components';
import { errorText, fmtDateTime, fmtNumber, st } from './i18n';

export function OrdersPage() {
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(1);
  const orders = useShopQuery<Page<Order>>('/api/shop/orders', { status: status || undefined, page });
  return (
    <div>
      <PageHeader title={st('orders.title')} />
      <label className="mb-4 block w-48 text-sm">
        {st('common.status')}
        <Select value={status} onChange={(e) => { setStatus(e.target.value); setPage(1); }}>
          <option value="">{st('common.all')}</option>
          {(['placed', 'fulfilled', 'cancelled'] as const).map((s) => <option key={s} value={s}>{st(`status.${s}`)}</option>)}
        </Select>
      </label>
      {orders.isPending ? <Loading label={st('common.loading')} /> : null}
      {orders.isError ? <ErrorBox error={orders.error} /> : null}
      {orders.data?.items.length === 0 ? <p className="py-8 text-center text-slate-600">{st('orders.empty')}</p> : null}
      {orders.data && orders.data.items.length > 0 ? (
        <Table caption={st('orders.title')} head={<tr><th className="p-2">{st('orders.number')}</th><th className="p-2">{st('orders.product')}</th><th className="p-2 text-right">{st('orders.total')}</th><th className="p-2">{st('common.status')}</th><th className="p-2">{st('orders.placed')}</th></tr>}>
          {orders.data.items.map((o) => (
            <tr key={o.id}>
              <td className="p-2"><Link className="text-indigo-700 underline" to={`/shop/orders/${o.id}`}>{o.orderNumber}</Link></td>
              <td className="p-2">{o.productName} × {o.quantity}</td>
              <td className="p-2 text-right">{fmtNumber(o.totalCost)}</td>
              <td className="p-2"><StatusChip status={o.status} /></td>
              <td className="p-2 whitespace-nowrap">{fmtDateTime(o.placedAt)}</td>
            </tr>
          ))}
        </Table>
      ) : null}
      {orders.data ? <Pager page={orders.data.page} pageSize={orders.data.pageSize} total={orders.data.total} onPage={setPage} /> : null}
    </div>
  );
}

export function OrderDetailPage() {
  const { id } = useParams();
  const order = useShopQuery<Order>(`/api/shop/orders/${id}`);
  const [confirming, setConfirming] = useState(false);
  const queryClient = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => api.post<{ order: Order; balance: number }>(`/api/shop/orders/${id}/cancel`, {}),
    onSuccess: (result) => {
      setConfirming(false);
      queryClient.setQueryData<Balance>(shopKeys.balance, (old) => (old ? { ...old, balance: result.balance } : old));
      void queryClient.invalidateQueries({ queryKey: shopKeys.all });
    },
    onError: () => setConfirming(false),
  });
  if (order.isPending) return <Loading label={st('common.loading')} />;
  if (order.isError) return <ErrorBox error={order.error} />;
  const o = order.data;
  const until = o.cancellableUntil ? new Date(o.cancellableUntil).getTime() - Date.now() : 0;
  return (
    <Card className="space-y-4">
      <PageHeader title={`${st('orders.number')} ${o.orderNumber}`} actions={<StatusChip status={o.status} />} />
      <dl className="grid max-w-md grid-cols-2 gap-y-1 text-sm">
        <dt>{st('orders.product')}</dt><dd><Link className="text-indigo-700 underline" to={`/shop/products/${o.productId}`}>{o.productName}</Link></dd>
        <dt>{st('orders.quantity')}</dt><dd>{o.quantity}</dd>
        <dt>{st('orders.total')}</dt><dd>{fmtNumber(o.totalCost)}</dd>
        <dt>{st('orders.placed')}</dt><dd>{fmtDateTime(o.placedAt)}</dd>
        {o.fulfilmentNote ? <><dt>{st('orders.note')}</dt><dd>{o.fulfilmentNote}</dd></> : null}
        {o.cancelReason ? <><dt>{st('orders.cancelReason')}</dt><dd>{o.cancelReason}</dd></> : null}
      </dl>
      {cancel.isSuccess ? <p role="status" className="text-green-800">{st('orders.cancelled')}</p> : null}
      {cancel.isError ? <p role="alert" className="text-red-700">{errorText(cancel.error)}</p> : null}
      {o.cancellableUntil && until > 0 ? (
        <div className="space-y-2">
          <p className="text-sm text-slate-700">{st('orders.timeLeft', { hours: Math.floor(until / 3_600_000), minutes: Math.floor((until % 3_600_000) / 60_000) })}</p>
          <Button variant="danger" onClick={() => setConfirming(true)}>{st('orders.cancel')}</Button>
        </div>
      ) : null}
      <ConfirmDialog open={confirming} danger busy={cancel.isPending} title={st('orders.cancelTitle', { number: o.orderNumber })} confirmLabel={st('orders.cancel')}
        onConfirm={() => cancel.mutate()} onCancel={() => setConfirming(false)}>
        {st('orders.cancelBody', { points: fmtNumber(o.totalCost) })}
      </ConfirmDialog>
    </Card>
  );
}
