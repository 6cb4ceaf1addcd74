import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, isApiError } from '../../../shared/api';
import { Button, Card, ErrorBox, Input, Loading, PageHeader, Select, TextField, buttonClass } from '../../../shared/ui';
import { csvUrl, useShopQuery, type Employee, type LedgerEntry, type Page } from '../api';
import { Pager, Table, ledgerLabel } from '../components';
import { errorText, fmtDateTime, fmtNumber, st } from '../i18n';

const SORTS = ['name', 'balance_desc', 'balance_asc', 'last_activity'] as const;

export function EmployeesPage() {
  const [q, setQ] = useState('');
  const [min, setMin] = useState('');
  const [max, setMax] = useState('');
  const [sort, setSort] = useState<(typeof SORTS)[number]>('name');
  const [page, setPage] = useState(1);
  const employees = useShopQuery<Page<Employee>>('/api/shop/admin/employees', { q: q.trim() || undefined, minBalance: min || undefined, maxBalance: max || undefined, sort, page });
  return (
    <div>
      <PageHeader title={st('admin.employees')} actions={<a className={buttonClass('secondary')} href={csvUrl('/api/shop/admin/exports/ledger.csv', {})} download>{st('common.downloadCsv')} ({st('employees.ledger')})</a>} />
      <div className="mb-4 flex flex-wrap gap-3">
        <label className="text-sm">{st('employees.search')}<Input type="search" value={q} maxLength={100} onChange={(e) => { setQ(e.target.value); setPage(1); }} /></label>
        <label className="text-sm">{st('employees.minBalance')}<Input type="number" value={min} onChange={(e) => setMin(e.target.value)} /></label>
        <label className="text-sm">{st('employees.maxBalance')}<Input type="number" value={max} onChange={(e) => setMax(e.target.value)} /></label>
        <label className="text-sm">{st('employees.sort')}
          <Select value={sort} onChange={(e) => setSort(e.target.value as (typeof SORTS)[number])}>
            {SORTS.map((s) => <option key={s} value={s}>{st(`employees.sort.${s}`)}</option>)}
          </Select>
        </label>
      </div>
      {employees.isPending ? <Loading label={st('common.loading')} /> : null}
      {employees.isError ? <ErrorBox error={employees.error} /> : null}
      {employees.data?.items.length === 0 ? <p className="py-8 text-center text-slate-600">{st('employees.empty')}</p> : null}
      {employees.data && employees.data.items.length > 0 ? (
        <Table caption={st('admin.employees')} head={<tr><th className="p-2">{st('employees.name')}</th><th className="p-2">{st('employees.number')}</th><th className="p-2">{st('employees.department')}</th><th className="p-2 text-right">{st('employees.balance')}</th><th className="p-2 text-right">{st('employees.allocation')}</th></tr>}>
          {employees.data.items.map((e) => (
            <tr key={e.userId}>
              <td className="p-2"><Link className="text-indigo-700 underline" to={`/shop/admin/employees/${e.userId}`}>{e.name}</Link><br /><span className="text-xs text-slate-600">{e.email}</span></td>
              <td className="p-2">{e.employeeNumber ?? '—'}</td>
              <td className="p-2">{e.department ?? '—'}</td>
              <td className="p-2 text-right">{fmtNumber(e.balance)}</td>
              <td className="p-2 text-right">{fmtNumber(e.monthlyAllocation)}</td>
            </tr>
          ))}
        </Table>
      ) : null}
      {employees.data ? <Pager page={employees.data.page} pageSize={employees.data.pageSize} total={employees.data.total} onPage={setPage} /> : null}
    </div>
  );
}

export function EmployeeDetailPage() {
  const { id } = useParams();
  const employee = useShopQuery<Employee>(`/api/shop/admin/employees/${id}`);
  const [page, setPage] = useState(1);
  const ledger = useShopQuery<Page<LedgerEntry>>('/api/shop/admin/ledger', { userId: id, page });
  if (employee.isPending) return <Loading label={st('common.loading')} />;
  if (employee.isError) return <ErrorBox error={employee.error} />;
  return (
    <div className="space-y-6">
      <PageHeader title={employee.data.name} description={`${employee.data.email} · ${st('employees.balance')}: ${fmtNumber(employee.data.balance)}`} />
      <ProfileForm key={employee.data.userId + (employee.data.employeeNumber ?? '')} employee={employee.data} />
      <Card>
        <h2 className="mb-2 font-medium">{st('employees.ledger')}</h2>
        <Table caption={st('employees.ledger')} head={<tr><th className="p-2">{st('common.date')}</th><th className="p-2 text-right">{st('points.amount')}</th><th className="p-2">{st('common.reason')}</th><th className="p-2 text-right">{st('points.balanceAfter')}</th></tr>}>
          {ledger.data?.items.map((e) => (
            <tr key={e.id}><td className="p-2">{fmtDateTime(e.createdAt)}</td><td className="p-2 text-right">{fmtNumber(e.amount)}</td><td className="p-2">{ledgerLabel(e)}</td><td className="p-2 text-right">{fmtNumber(e.balanceAfter)}</td></tr>
          ))}
        </Table>
        {ledger.data ? <Pager page={ledger.data.page} pageSize={ledger.data.pageSize} total={ledger.data.total} onPage={setPage} /> : null}
      </Card>
    </div>
  );
}

function ProfileForm({ employee }: { employee: Employee }) {
  const [number, setNumber] = useState(employee.employeeNumber ?? '');
  const [department, setDepartment] = useState(employee.department ?? '');
  const [override, setOverride] = useState(employee.allocationOverride?.toString() ?? '');
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: () => api.patch(`/api/shop/admin/employees/${employee.userId}`, {
      employeeNumber: number.trim() || null, department: department.trim() || null, allocationOverride: override === '' ? null : Number(override),
    }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['shop'] }),
  });
  const err = (field: string) => (isApiError(save.error) ? save.error.fieldError(field) : undefined);
  return (
    <Card>
      <form className="grid gap-3 md:grid-cols-3" onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
        <TextField label={st('employees.number')} maxLength={32} value={number} onChange={(e) => setNumber(e.target.value)} error={err('employeeNumber')} />
        <TextField label={st('employees.department')} maxLength={100} value={department} onChange={(e) => setDepartment(e.target.value)} error={err('department')} />
        <TextField label={st('employees.override')} type="number" min={0} max={100000} value={override} onChange={(e) => setOverride(e.target.value)} error={err('allocationOverride')} />
        {save.isError ? <p role="alert" className="text-red-700 md:col-span-3">{errorText(save.error)}</p> : null}
        {save.isSuccess ? <p role="status" className="text-green-800 md:col-span-3">{st('common.saved')}</p> : null}
        <div className="md:col-span-3"><Button type="submit" loading={save.isPending}>{st('common.save')}</Button></div>
      </form>
    </Card>
  );
}
