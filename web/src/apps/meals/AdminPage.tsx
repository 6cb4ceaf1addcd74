import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../shared/api';
import { Button, Card, ConfirmDialog, ErrorBox, Input, Loading, Notice, PageHeader, Select } from '../../shared/ui';
import { Pager } from './components';
import { base, type AdminUser as UserRow, type AuditEntry, type Page } from './model';
import { plural } from '../../shared/plural';

export function AdminPage() {
  return (
    <div className="space-y-6">
      <PageHeader title="Meals admin" description="Manage access and passwords. Expenses stay private: no amounts are shown here." />
      <UsersSection />
      <AuditSection />
    </div>
  );
}

function UsersSection() {
  const client = useQueryClient();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(1);
  const [resetting, setResetting] = useState<UserRow | null>(null);
  const [password, setPassword] = useState<{ email: string; value: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const users = useQuery({
    queryKey: ['meals', 'admin-users', q, status, page],
    queryFn: () => api.get<Page<UserRow>>(`${base}/admin/users`, { query: { q, status, page, pageSize: 25 } }),
    placeholderData: keepPreviousData,
  });
  const access = useMutation({
    mutationFn: ({ user, action }: { user: UserRow; action: 'deactivate' | 'reactivate' }) => api.post(`${base}/admin/users/${user.userId}/${action}`),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['meals'] }),
  });
  const reset = useMutation({
    mutationFn: (user: UserRow) => api.post<{ password: string }>(`${base}/admin/users/${user.userId}/reset-password`),
    onSuccess: (result, user) => {
      setResetting(null);
      setCopied(false);
      void client.invalidateQueries({ queryKey: ['meals', 'admin-audit'] });
      setPassword({ email: user.email, value: result.password });
    },
  });
  return (
    <Card className="space-y-3" aria-label="Meal users">
      <h2 className="text-lg font-semibold">Users</h2>
      <div className="flex flex-wrap gap-2">
        <Input aria-label="Search users" type="search" placeholder="E-mail or name" className="min-h-11 w-auto flex-1" value={q} onChange={(e) => { setQ(e.target.value); setPage(1); }} />
        <Select aria-label="Status" className="min-h-11 w-auto" value={status} onChange={(e) => { setStatus(e.target.value); setPage(1); }}>
          <option value="">All</option>
          <option value="active">Active</option>
          <option value="deactivated">Deactivated</option>
        </Select>
      </div>
      {password ? (
        <Notice>
          <p>
            Temporary password for {password.email} (shown once): <code className="rounded bg-white px-1 font-mono">{password.value}</code>
          </p>
          <Button
            size="sm"
            variant="secondary"
            onClick={() => void navigator.clipboard.writeText(password.value).then(() => setCopied(true))}
          >
            {copied ? 'Copied' : 'Copy'}
          </Button>
        </Notice>
      ) : null}
      <ErrorBox error={access.error ?? reset.error} />
      {users.isPending ? (
        <Loading />
      ) : users.isError ? (
        <ErrorBox error={users.error} onRetry={() => void users.refetch()} />
      ) : users.data.items.length === 0 ? (
        <p className="text-slate-600">No meal users match.</p>
      ) : (
        <>
          <ul className="divide-y divide-slate-100">
            {users.data.items.map((u) => (
              <li key={u.userId} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                <div>
                  <p className="font-medium">
                    {u.email} {u.name ? <span className="font-normal text-slate-600">({u.name})</span> : null}
                  </p>
                  <p className="text-xs text-slate-600">
                    {u.status} · {plural(u.expenses, 'expense', 'expenses')} · {plural(u.restaurants, 'restaurant', 'restaurants')} · last activity {new Date(u.lastActivity).toLocaleString()}
                  </p>
                </div>
                <div className="flex gap-2">
                  {u.status === 'active' ? (
                    <Button variant="secondary" className="min-h-11" onClick={() => access.mutate({ user: u, action: 'deactivate' })}>
                      Deactivate
                    </Button>
                  ) : (
                    <Button variant="secondary" className="min-h-11" onClick={() => access.mutate({ user: u, action: 'reactivate' })}>
                      Reactivate
                    </Button>
                  )}
                  <Button variant="secondary" className="min-h-11" onClick={() => setResetting(u)}>
                    Reset password
                  </Button>
                </div>
              </li>
            ))}
          </ul>
          <Pager page={page} pageSize={25} total={users.data.total} onPage={setPage} />
        </>
      )}
      <ConfirmDialog
        open={!!resetting}
        danger
        busy={reset.isPending}
        title={`Reset the password of ${resetting?.email ?? ''}?`}
        confirmLabel="Reset password"
        onConfirm={() => resetting && reset.mutate(resetting)}
        onCancel={() => setResetting(null)}
      >
        Their current password stops working. A temporary password is shown once for you to pass on.
      </ConfirmDialog>
    </Card>
  );
}

function AuditSection() {
  const [page, setPage] = useState(1);
  const audit = useQuery({
    queryKey: ['meals', 'admin-audit', page],
    queryFn: () => api.get<Page<AuditEntry>>(`${base}/admin/audit`, { query: { page, pageSize: 25 } }),
    placeholderData: keepPreviousData,
  });
  return (
    <Card className="space-y-3 p-0 sm:p-0" aria-label="Audit log">
      <h2 className="p-4 pb-0 text-lg font-semibold sm:px-6">Audit log</h2>
      {audit.isPending ? (
        <Loading />
      ) : audit.isError ? (
        <ErrorBox error={audit.error} onRetry={() => void audit.refetch()} />
      ) : audit.data.items.length === 0 ? (
        <p className="p-4 text-slate-600">Nothing recorded yet.</p>
      ) : (
        <>
          <ul className="divide-y divide-slate-100 text-sm">
            {audit.data.items.map((a) => (
              <li key={a.id} className="space-y-1 px-4 py-2 sm:px-6">
                <p>
                  <span className="font-medium">{a.action}</span> · {new Date(a.at).toLocaleString()}
                </p>
                <p className="break-all text-xs text-slate-600">
                  actor {a.actorId} · subject {a.subjectUserId} · {a.detail}
                </p>
              </li>
            ))}
          </ul>
          <Pager page={page} pageSize={25} total={audit.data.total} onPage={setPage} />
        </>
      )}
    </Card>
  );
}
