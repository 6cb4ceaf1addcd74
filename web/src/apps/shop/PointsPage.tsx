import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorBox, Input, Loading, PageHeader, Select, buttonClass } from '../../shared/ui';
import { csvUrl, useShopQuery, type LedgerEntry, type LedgerType, type Page } from './api';
import { Badge, Pager, Table, ledgerLabel } from './components';
import { fmtDateTime, fmtNumber, st } from './i18n';

const TYPES: LedgerType[] = ['grant', 'deduct', 'redeem', 'refund', 'expire'];
type Period = 'month' | '3months' | 'all' | 'custom';

function rangeOf(period: Period, from: string, to: string) {
  const now = new Date();
  if (period === 'month') return { from: new Date(now.getFullYear(), now.getMonth(), 1).toISOString() };
  if (period === '3months') return { from: new Date(now.getFullYear(), now.getMonth() - 2, 1).toISOString() };
  if (period === 'custom') return { from: from ? new Date(from).toISOString() : undefined, to: to ? new Date(`${to}T23:59:59`).toISOString() : undefined };
  return {};
}

export function PointsPage() {
  const [type, setType] = useState('');
  const [period, setPeriod] = useState<Period>('all');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(1);
  const filters = { type: type || undefined, ...rangeOf(period, from, to) };
  const ledger = useShopQuery<Page<LedgerEntry>>('/api/shop/me/ledger', { ...filters, page });

  return (
    <div>
      <PageHeader title={st('points.title')} actions={<a className={buttonClass('secondary', 'sm')} href={csvUrl('/api/shop/me/ledger.csv', filters)} download>{st('common.downloadCsv')}</a>} />
      <div className="mb-4 flex flex-wrap gap-3">
        <label className="text-sm">
          {st('points.type')}
          <Select value={type} onChange={(e) => { setType(e.target.value); setPage(1); }}>
            <option value="">{st('common.all')}</option>
            {TYPES.map((t) => <option key={t} value={t}>{st(`type.${t}`)}</option>)}
          </Select>
        </label>
        <label className="text-sm">
          {st('points.period')}
          <Select value={period} onChange={(e) => { setPeriod(e.target.value as Period); setPage(1); }}>
            {(['month', '3months', 'all', 'custom'] as const).map((p) => <option key={p} value={p}>{st(`points.period.${p}`)}</option>)}
          </Select>
        </label>
        {period === 'custom' ? (
          <>
            <label className="text-sm">{st('common.from')}<Input type="date" value={from} onChange={(e) => setFrom(e.target.value)} /></label>
            <label className="text-sm">{st('common.to')}<Input type="date" value={to} onChange={(e) => setTo(e.target.value)} /></label>
          </>
        ) : null}
      </div>
      {ledger.isPending ? <Loading label={st('common.loading')} /> : null}
      {ledger.isError ? <ErrorBox error={ledger.error} /> : null}
      {ledger.data?.items.length === 0 ? <p className="py-8 text-center text-slate-600">{st('points.empty')}</p> : null}
      {ledger.data && ledger.data.items.length > 0 ? (
        <Table caption={st('points.title')} head={<tr><th className="p-2">{st('common.date')}</th><th className="p-2">{st('points.type')}</th><th className="p-2 text-right">{st('points.amount')}</th><th className="p-2">{st('common.reason')}</th><th className="p-2 text-right">{st('points.balanceAfter')}</th></tr>}>
          {ledger.data.items.map((e) => (
            <tr key={e.id}>
              <td className="p-2 whitespace-nowrap">{fmtDateTime(e.createdAt)}</td>
              <td className="p-2"><Badge tone={e.amount > 0 ? 'green' : 'red'}>{st(`type.${e.type}`)}</Badge></td>
              <td className={`p-2 text-right font-medium ${e.amount > 0 ? 'text-green-700' : 'text-red-700'}`}>{e.amount > 0 ? '+' : '−'}{fmtNumber(Math.abs(e.amount))}</td>
              <td className="p-2">{e.orderId ? <Link className="text-indigo-700 underline" to={`/shop/orders/${e.orderId}`}>{ledgerLabel(e)}</Link> : ledgerLabel(e)}</td>
              <td className="p-2 text-right">{fmtNumber(e.balanceAfter)}</td>
            </tr>
          ))}
        </Table>
      ) : null}
      {ledger.data ? <Pager page={ledger.data.page} pageSize={ledger.data.pageSize} total={ledger.data.total} onPage={setPage} /> : null}
    </div>
  );
}
