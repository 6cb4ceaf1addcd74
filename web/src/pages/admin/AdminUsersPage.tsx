import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { t } from '../../shared/i18n';
import {
  Button,
  ConfirmDialog,
  ErrorBox,
  Input,
  Loading,
  Notice,
  PageHeader,
  Select,
  Spinner,
  cx,
} from '../../shared/ui';
import { at } from '../account/text';
import { useAdminUsers, useDeactivate, useDeleteUser, useGrantRole, useRevokeRole, useRoles, type AdminUser } from './api';

const PAGE_SIZE = 20;
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function formatDate(value: string | null | undefined): string {
  if (!value) return t('common.never');
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

function GrantRole({ user, roles, onGrant, busy }: { user: AdminUser; roles: string[]; onGrant: (role: string) => void; busy: boolean }) {
  const [role, setRole] = useState('');
  const available = roles.filter((r) => !user.roles.some((ur) => ur.toLowerCase() === r.toLowerCase()));
  const id = `grant-${user.id}`;
  if (available.length === 0) return null;
  return (
    <form
      className="mt-2 flex items-center gap-1"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        if (role) {
          onGrant(role);
          setRole('');
        }
      }}
    >
      <label htmlFor={id} className="sr-only">
        {t('admin.grantRole', { email: user.email })}
      </label>
      <Select id={id} value={role} onChange={(e) => setRole(e.target.value)} className="w-auto min-w-0 py-1">
        <option value="">{t('admin.chooseRole')}</option>
        {available.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </Select>
      <Button type="submit" size="sm" variant="secondary" disabled={!role} loading={busy}>
        {t('admin.grant')}
      </Button>
    </form>
  );
}

export function AdminUsersPage() {
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const [draft, setDraft] = useState(search);
  useEffect(() => setDraft(search), [search]);

  const users = useAdminUsers(search, page, PAGE_SIZE);
  const roles = useRoles();
  const grant = useGrantRole();
  const revoke = useRevokeRole();
  const deactivate = useDeactivate();
  const remove = useDeleteUser();
  const [confirming, setConfirming] = useState<AdminUser | null>(null);
  const [deleting, setDeleting] = useState<AdminUser | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const mutationError = grant.error ?? revoke.error ?? deactivate.error ?? remove.error;
  const resetMutations = () => {
    grant.reset();
    revoke.reset();
    deactivate.reset();
    remove.reset();
    setNotice(null);
  };

  const go = (next: { search?: string; page?: number }) => {
    const p = new URLSearchParams();
    const s = next.search ?? search;
    const n = next.page ?? page;
    if (s) p.set('search', s);
    if (n > 1) p.set('page', String(n));
    setParams(p);
  };

  const total = users.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / (users.data?.pageSize || PAGE_SIZE)));

  return (
    <div>
      <PageHeader
        title={t('admin.title')}
        actions={
          <Link to="/admin/mail" className="font-medium text-indigo-700 underline hover:text-indigo-900">
            {at('mailbox.title')}
          </Link>
        }
      />

      <form
        role="search"
        className="mb-4 flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          go({ search: draft.trim(), page: 1 });
        }}
      >
        <div className="min-w-0 flex-1 sm:max-w-sm">
          <label htmlFor="admin-search" className="mb-1 block text-sm font-medium text-slate-800">
            {t('admin.search')}
          </label>
          <Input
            id="admin-search"
            type="search"
            value={draft}
            placeholder={t('admin.searchPlaceholder')}
            onChange={(e) => setDraft(e.target.value)}
          />
        </div>
        <Button type="submit">{t('admin.searchSubmit')}</Button>
        {users.isFetching && !users.isPending ? <Spinner label={t('common.loading')} /> : null}
      </form>

      <ErrorBox className="mb-4" error={mutationError} />
      <Notice className="mb-4">{notice}</Notice>

      {users.isPending ? (
        <Loading />
      ) : users.isError ? (
        <ErrorBox error={users.error} onRetry={() => void users.refetch()} />
      ) : users.data.items.length === 0 ? (
        <p className="text-slate-600">{t('admin.noUsers')}</p>
      ) : (
        <>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className={cx('w-full min-w-[44rem] text-left text-sm', users.isPlaceholderData && 'opacity-60')}>
              <thead className="bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
                <tr>
                  <th scope="col" className="px-3 py-2">{t('admin.col.user')}</th>
                  <th scope="col" className="px-3 py-2">{t('admin.col.roles')}</th>
                  <th scope="col" className="px-3 py-2">{t('admin.col.status')}</th>
                  <th scope="col" className="px-3 py-2">{t('admin.col.created')}</th>
                  <th scope="col" className="px-3 py-2">{t('admin.col.lastLogin')}</th>
                  <th scope="col" className="px-3 py-2"><span className="sr-only">{t('admin.col.actions')}</span></th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {users.data.items.map((user) => (
                  <tr key={user.id} className="align-top">
                    <th scope="row" className="px-3 py-2 font-normal">
                      <div className="font-medium break-all">{user.email}</div>
                      {user.displayName ? <div className="text-slate-600">{user.displayName}</div> : null}
                    </th>
                    <td className="px-3 py-2">
                      <ul className="flex flex-wrap gap-1">
                        {user.roles.map((role) => (
                          <li key={role} className="inline-flex items-center rounded-full bg-indigo-50 pl-2.5 text-xs font-medium text-indigo-800">
                            {role}
                            <button
                              type="button"
                              className="ml-0.5 inline-flex size-6 items-center justify-center rounded-full hover:bg-indigo-100 focus-visible:outline-2 focus-visible:outline-indigo-600"
                              aria-label={t('admin.revokeRole', { role, email: user.email })}
                              title={t('admin.revokeRole', { role, email: user.email })}
                              disabled={revoke.isPending}
                              onClick={() => {
                                resetMutations();
                                revoke.mutate({ id: user.id, role });
                              }}
                            >
                              <span aria-hidden="true">×</span>
                            </button>
                          </li>
                        ))}
                      </ul>
                      {roles.data ? (
                        <GrantRole
                          user={user}
                          roles={roles.data}
                          busy={grant.isPending && grant.variables?.id === user.id}
                          onGrant={(role) => {
                            resetMutations();
                            grant.mutate({ id: user.id, role });
                          }}
                        />
                      ) : roles.isError ? (
                        <ErrorBox error={roles.error} className="mt-2" />
                      ) : null}
                    </td>
                    <td className="px-3 py-2">
                      <span
                        className={cx(
                          'rounded-full px-2 py-0.5 text-xs font-medium',
                          user.isActive ? 'bg-emerald-50 text-emerald-800' : 'bg-slate-100 text-slate-600',
                        )}
                      >
                        {user.isActive ? t('admin.active') : t('admin.inactive')}
                      </span>
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">{formatDate(user.createdAt)}</td>
                    <td className="px-3 py-2 whitespace-nowrap">{formatDate(user.lastLoginAt)}</td>
                    <td className="px-3 py-2 text-right">
                      {user.isActive ? (
                        <Button
                          variant="secondary"
                          size="sm"
                          aria-label={`${t('admin.deactivate')} ${user.email}`}
                          onClick={() => {
                            resetMutations();
                            setConfirming(user);
                          }}
                        >
                          {t('admin.deactivate')}
                        </Button>
                      ) : null}
                      <Button
                        variant="danger"
                        size="sm"
                        className="ml-2"
                        aria-label={`${at('adminDelete.button')} ${user.email}`}
                        onClick={() => {
                          resetMutations();
                          setDeleting(user);
                        }}
                      >
                        {at('adminDelete.button')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <nav aria-label={t('admin.pagination')} className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm">
            <p className="text-slate-600">{t('admin.page', { page, pages, total })}</p>
            <div className="flex gap-2">
              <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => go({ page: page - 1 })}>
                {t('admin.prev')}
              </Button>
              <Button variant="secondary" size="sm" disabled={page >= pages} onClick={() => go({ page: page + 1 })}>
                {t('admin.next')}
              </Button>
            </div>
          </nav>
        </>
      )}

      <ConfirmDialog
        open={confirming !== null}
        title={confirming ? t('admin.deactivateTitle', { email: confirming.email }) : ''}
        confirmLabel={t('admin.deactivate')}
        danger
        busy={deactivate.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          if (!confirming) return;
          const user = confirming;
          deactivate.mutate(
            { id: user.id },
            {
              onSuccess: () => setNotice(t('admin.deactivated', { email: user.email })),
              onSettled: () => setConfirming(null),
            },
          );
        }}
      >
        {t('admin.deactivateBody')}
      </ConfirmDialog>

      <ConfirmDialog
        open={deleting !== null}
        title={deleting ? at('adminDelete.title', { email: deleting.email }) : ''}
        confirmLabel={at('adminDelete.button')}
        danger
        busy={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          const user = deleting;
          remove.mutate(
            { id: user.id },
            {
              onSuccess: () => setNotice(at('adminDelete.done', { email: user.email })),
              onSettled: () => setDeleting(null),
            },
          );
        }}
      >
        {at('adminDelete.body')}
      </ConfirmDialog>
    </div>
  );
}
