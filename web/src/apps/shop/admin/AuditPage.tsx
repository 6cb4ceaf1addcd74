import { useState } from 'react';
import { ErrorBox, Input, Loading, PageHeader, Select } from '../../../shared/ui';
import { useShopQuery, type Page } from '../api';
import { Badge, Pager } from '../components';
import { fmtDateTime, st, type ShopKey } from '../i18n';

interface AuditEntry {
  id: string;
  at: string;
  actorKind: 'employee' | 'admin' | 'system';
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  entityId: string;
  subject: string;
  before: string | null;
  after: string | null;
  reason: string | null;
}

const ACTIONS = [
  'product.create', 'product.update', 'product.activate', 'product.deactivate', 'product.delete', 'product.image.set', 'product.image.remove',
  'stock.adjust', 'order.place', 'order.fulfil', 'order.cancel', 'points.grant', 'points.deduct', 'points.batch.grant', 'points.batch.deduct',
  'allocation.run', 'employee.update',
];

const actionLabel = (action: string) => (ACTIONS.includes(action) ? st(`audit.do.${action}` as ShopKey) : action);

const shown = (value: unknown) => (value === null || value === undefined ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value));

/** The fields a change touched, before and after (a creation or deletion shows every field on its side). */
function changes(before: string | null, after: string | null) {
  const parse = (json: string | null): Record<string, unknown> => {
    const value: unknown = json ? JSON.parse(json) : {};
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  };
  const from = parse(before);
  const to = parse(after);
  return [...new Set([...Object.keys(from), ...Object.keys(to)])]
    .filter((key) => JSON.stringify(from[key]) !== JSON.stringify(to[key]))
    .map((key) => ({ key, from: shown(from[key]), to: shown(to[key]) }));
}

export function AuditPage() {
  const [action, setAction] = useState('');
  const [entityId, setEntityId] = useState('');
  const [page, setPage] = useState(1);
  const audit = useShopQuery<Page<AuditEntry>>('/api/shop/admin/audit', { action: action || undefined, entityId: entityId.trim() || undefined, page });
  return (
    <div>
      <PageHeader title={st('admin.audit')} />
      <div className="mb-4 flex flex-wrap gap-3">
        <label className="text-sm">
          {st('audit.action')}
          <Select value={action} onChange={(e) => { setAction(e.target.value); setPage(1); }}>
            <option value="">{st('audit.allActions')}</option>
            {ACTIONS.map((a) => <option key={a} value={a}>{actionLabel(a)}</option>)}
          </Select>
        </label>
        <label className="text-sm">{st('audit.entity')}<Input value={entityId} onChange={(e) => { setEntityId(e.target.value); setPage(1); }} /></label>
      </div>
      {audit.isPending ? <Loading label={st('common.loading')} /> : null}
      {audit.isError ? <ErrorBox error={audit.error} /> : null}
      <ul className="space-y-2">
        {audit.data?.items.map((a) => {
          const changed = changes(a.before, a.after);
          const actor = a.actorName || a.actorEmail ? `${a.actorName ?? ''}${a.actorEmail ? ` (${a.actorEmail})` : ''}`.trim() : null;
          return (
            <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium">{actionLabel(a.action)}</span>: <span className="break-words">{a.subject}</span>
                  <span className="block text-xs text-slate-600">
                    {actor ? st('audit.by', { name: actor }) : st('audit.bySystem')} <Badge>{a.actorKind}</Badge> · {fmtDateTime(a.at)}
                    {a.reason ? <> · {a.reason}</> : null}
                  </span>
                </summary>
                {changed.length > 0 ? (
                  <div className="mt-2 overflow-x-auto">
                    <table className="min-w-full text-left text-xs">
                      <thead className="text-slate-600"><tr><th className="p-1">{st('audit.field')}</th><th className="p-1">{st('audit.before')}</th><th className="p-1">{st('audit.after')}</th></tr></thead>
                      <tbody>
                        {changed.map((c) => (
                          <tr key={c.key} className="border-t border-slate-100 align-top">
                            <td className="p-1 font-medium">{c.key}</td>
                            <td className="max-w-xs break-words p-1 text-red-800">{c.from}</td>
                            <td className="max-w-xs break-words p-1 text-green-800">{c.to}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                ) : null}
              </details>
            </li>
          );
        })}
      </ul>
      {audit.data ? <Pager page={audit.data.page} pageSize={audit.data.pageSize} total={audit.data.total} onPage={setPage} /> : null}
    </div>
  );
}
