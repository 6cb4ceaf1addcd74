import { useState } from 'react';
import { ErrorBox, Input, Loading, PageHeader } from '../../../shared/ui';
import { useShopQuery, type Page } from '../api';
import { Pager } from '../components';
import { fmtDateTime, st } from '../i18n';

interface AuditEntry { id: string; at: string; actorId: string | null; actorKind: string; action: string; entityType: string; entityId: string; before: string | null; after: string | null; reason: string | null }

const pretty = (json: string | null) => (json ? JSON.stringify(JSON.parse(json), null, 2) : '—');

export function AuditPage() {
  const [action, setAction] = useState('');
  const [entityId, setEntityId] = useState('');
  const [page, setPage] = useState(1);
  const audit = useShopQuery<Page<AuditEntry>>('/api/shop/admin/audit', { action: action || undefined, entityId: entityId || undefined, page });
  return (
    <div>
      <PageHeader title={st('admin.audit')} />
      <div className="mb-4 flex flex-wrap gap-3">
        <label className="text-sm">{st('audit.action')}<Input value={action} onChange={(e) => { setAction(e.target.value); setPage(1); }} placeholder="product.update" /></label>
        <label className="text-sm">{st('audit.entity')}<Input value={entityId} onChange={(e) => { setEntityId(e.target.value); setPage(1); }} /></label>
      </div>
      {audit.isPending ? <Loading label={st('common.loading')} /> : null}
      {audit.isError ? <ErrorBox error={audit.error} /> : null}
      <ul className="space-y-2">
        {audit.data?.items.map((a) => (
          <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
            <details>
              <summary className="cursor-pointer">
                <span className="font-medium">{a.action}</span> · {a.entityType} {a.entityId} · {a.actorKind} · {fmtDateTime(a.at)}
                {a.reason ? <> · {a.reason}</> : null}
              </summary>
              <div className="mt-2 grid gap-2 md:grid-cols-2">
                <div><h3 className="text-xs font-medium text-slate-600">{st('audit.before')}</h3><pre className="overflow-x-auto rounded bg-red-50 p-2 text-xs">{pretty(a.before)}</pre></div>
                <div><h3 className="text-xs font-medium text-slate-600">{st('audit.after')}</h3><pre className="overflow-x-auto rounded bg-green-50 p-2 text-xs">{pretty(a.after)}</pre></div>
              </div>
            </details>
          </li>
        ))}
      </ul>
      {audit.data ? <Pager page={audit.data.page} pageSize={audit.data.pageSize} total={audit.data.total} onPage={setPage} /> : null}
    </div>
  );
}
