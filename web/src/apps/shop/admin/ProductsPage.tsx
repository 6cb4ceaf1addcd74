import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, isApiError, type ApiError } from '../../../shared/api';
import { Button, Card, Checkbox, ConfirmDialog, ErrorBox, Field, Input, Loading, PageHeader, Select, TextField, buttonClass } from '../../../shared/ui';
import { csvUrl, useShopQuery, type AdminProduct, type Page } from '../api';
import { Badge, Pager, Table } from '../components';
import { errorText, fmtDateTime, fmtNumber, st } from '../i18n';

const MAX_IMAGE_BYTES = 512_000;
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

export function ProductsPage() {
  const [q, setQ] = useState('');
  const [status, setStatus] = useState('all');
  const [lowStock, setLowStock] = useState(false);
  const [page, setPage] = useState(1);
  const products = useShopQuery<Page<AdminProduct>>('/api/shop/admin/products', { q: q.trim() || undefined, status, lowStock: lowStock || undefined, page });
  return (
    <div>
      <PageHeader title={st('admin.products')} actions={<>
        <Link to="/shop/admin/products/new" className={buttonClass()}>{st('products.new')}</Link>
        <a className={buttonClass('secondary')} href={csvUrl('/api/shop/admin/exports/orders.csv', {})} download>{st('common.downloadCsv')} ({st('admin.orders')})</a>
      </>} />
      <div className="mb-4 flex flex-wrap items-end gap-3">
        <label className="text-sm">{st('common.search')}<Input type="search" value={q} maxLength={100} onChange={(e) => { setQ(e.target.value); setPage(1); }} /></label>
        <label className="text-sm">{st('products.status')}
          <Select value={status} onChange={(e) => { setStatus(e.target.value); setPage(1); }}>
            {(['all', 'active', 'inactive'] as const).map((s) => <option key={s} value={s}>{st(`products.status.${s}`)}</option>)}
          </Select>
        </label>
        <Checkbox label={st('products.lowStockOnly')} checked={lowStock} onChange={(e) => { setLowStock(e.target.checked); setPage(1); }} />
      </div>
      {products.isPending ? <Loading label={st('common.loading')} /> : null}
      {products.isError ? <ErrorBox error={products.error} /> : null}
      {products.data?.items.length === 0 ? <p className="py-8 text-center text-slate-600">{st('products.empty')}</p> : null}
      {products.data && products.data.items.length > 0 ? (
        <Table caption={st('admin.products')} head={<tr><th className="p-2">{st('products.name')}</th><th className="p-2">{st('products.category')}</th><th className="p-2 text-right">{st('products.cost')}</th><th className="p-2 text-right">{st('products.stock')}</th><th className="p-2">{st('products.status')}</th></tr>}>
          {products.data.items.map((p) => (
            <tr key={p.id}>
              <td className="p-2"><Link className="text-indigo-700 underline" to={`/shop/admin/products/${p.id}`}>{p.name}</Link></td>
              <td className="p-2">{p.category}</td>
              <td className="p-2 text-right">{fmtNumber(p.pointsCost)}</td>
              <td className="p-2 text-right">{fmtNumber(p.stock)}</td>
              <td className="p-2">{p.isActive ? <Badge tone="green">{st('products.status.active')}</Badge> : <Badge>{st('products.status.inactive')}</Badge>}</td>
            </tr>
          ))}
        </Table>
      ) : null}
      {products.data ? <Pager page={products.data.page} pageSize={products.data.pageSize} total={products.data.total} onPage={setPage} /> : null}
    </div>
  );
}

interface FormState { name: string; description: string; usageNotes: string; category: string; pointsCost: string; stock: string; isActive: boolean; maxPerEmployeePerMonth: string }

const fieldError = (error: unknown, field: string) => (isApiError(error) ? error.fieldError(field) : undefined);

const NEW_CATEGORY = '\u0000new';

/** The categories in use as a choice (so "Gadgets" and "gadget " do not split a category), or a new name. */
function CategoryField({ value, onChange, error }: { value: string; onChange: (category: string) => void; error?: string }) {
  const categories = useShopQuery<{ category: string; count: number }[]>('/api/shop/admin/products/categories');
  const known = categories.data?.map((c) => c.category) ?? [];
  const [adding, setAdding] = useState(false);
  const chosen = known.find((k) => k.toLowerCase() === value.trim().toLowerCase());
  const typingNew = adding || (!!value && !!categories.data && !chosen);
  return (
    <div className="space-y-2">
      <Field label={st('products.category')} error={typingNew ? undefined : error}>
        {(control) => (
          <Select
            {...control}
            required
            value={typingNew ? NEW_CATEGORY : (chosen ?? '')}
            onChange={(e) => {
              const picked = e.target.value;
              setAdding(picked === NEW_CATEGORY);
              onChange(picked === NEW_CATEGORY ? '' : picked);
            }}
          >
            <option value="" disabled>{st('products.chooseCategory')}</option>
            {known.map((k) => <option key={k} value={k}>{k}</option>)}
            <option value={NEW_CATEGORY}>{st('products.newCategory')}</option>
          </Select>
        )}
      </Field>
      {typingNew ? (
        <TextField label={st('products.newCategoryName')} required maxLength={50} value={value} onChange={(e) => onChange(e.target.value)} error={error} />
      ) : null}
    </div>
  );
}

export function ProductEditPage() {
  const { id } = useParams();
  const product = useShopQuery<AdminProduct>(`/api/shop/admin/products/${id}`, undefined, !!id);
  if (id && product.isPending) return <Loading label={st('common.loading')} />;
  if (id && product.isError) return <ErrorBox error={product.error} />;
  return <ProductEditor key={product.data?.version ?? 'new'} product={product.data} />;
}

function ProductEditor({ product }: { product?: AdminProduct }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<FormState>({
    name: product?.name ?? '', description: product?.description ?? '', usageNotes: product?.usageNotes ?? '', category: product?.category ?? '',
    pointsCost: String(product?.pointsCost ?? ''), stock: '0', isActive: product?.isActive ?? false, maxPerEmployeePerMonth: String(product?.maxPerEmployeePerMonth ?? ''),
  });
  const set = (patch: Partial<FormState>) => setForm((f) => ({ ...f, ...patch }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['shop'] });
  const save = useMutation({
    mutationFn: () => {
      const body = {
        name: form.name, description: form.description, usageNotes: form.usageNotes, category: form.category,
        pointsCost: Number(form.pointsCost), maxPerEmployeePerMonth: form.maxPerEmployeePerMonth ? Number(form.maxPerEmployeePerMonth) : null,
      };
      return product
        ? api.put<AdminProduct>(`/api/shop/admin/products/${product.id}`, body, { headers: { 'If-Match': `"${product.version}"` } })
        : api.post<AdminProduct>('/api/shop/admin/products', { ...body, stock: Number(form.stock), isActive: form.isActive });
    },
    onSuccess: async (saved) => {
      await refresh();
      if (!product) navigate(`/shop/admin/products/${saved.id}`, { replace: true });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <div className="space-y-6">
      <PageHeader title={product ? st('products.edit') : st('products.new')} />
      <Card>
        <form onSubmit={submit} className="grid gap-4 md:grid-cols-2" noValidate>
          <TextField label={st('products.name')} required maxLength={200} value={form.name} onChange={(e) => set({ name: e.target.value })} error={fieldError(save.error, 'name')} />
          <CategoryField value={form.category} onChange={(category) => set({ category })} error={fieldError(save.error, 'category')} />
          <TextField label={st('products.cost')} type="number" required min={1} max={100000} value={form.pointsCost} onChange={(e) => set({ pointsCost: e.target.value })} error={fieldError(save.error, 'pointsCost')} />
          <TextField label={st('products.limit')} type="number" min={1} max={1000} value={form.maxPerEmployeePerMonth} onChange={(e) => set({ maxPerEmployeePerMonth: e.target.value })} error={fieldError(save.error, 'maxPerEmployeePerMonth')} />
          {!product ? (
            <>
              <TextField label={st('products.initialStock')} type="number" min={0} max={1000000} value={form.stock} onChange={(e) => set({ stock: e.target.value })} error={fieldError(save.error, 'stock')} />
              <Checkbox label={st('products.active')} checked={form.isActive} onChange={(e) => set({ isActive: e.target.checked })} />
            </>
          ) : null}
          <label className="text-sm md:col-span-2">{st('products.description')}
            <textarea className="block w-full rounded-md border border-slate-300 p-2" rows={4} maxLength={2000} value={form.description} onChange={(e) => set({ description: e.target.value })} />
          </label>
          <label className="text-sm md:col-span-2">{st('products.usageNotes')}
            <textarea className="block w-full rounded-md border border-slate-300 p-2" rows={2} maxLength={1000} value={form.usageNotes} onChange={(e) => set({ usageNotes: e.target.value })} />
          </label>
          {save.isError ? <p role="alert" className="text-red-700 md:col-span-2">{errorText(save.error)}</p> : null}
          {save.isSuccess ? <p role="status" className="text-green-800 md:col-span-2">{product ? st('common.saved') : st('products.created')}</p> : null}
          <div className="md:col-span-2"><Button type="submit" loading={save.isPending}>{st('common.save')}</Button></div>
        </form>
      </Card>
      {product ? <ProductExtras product={product} onChanged={refresh} /> : null}
    </div>
  );
}

function ProductExtras({ product, onChanged }: { product: AdminProduct; onChanged: () => Promise<void> }) {
  const navigate = useNavigate();
  const [fileError, setFileError] = useState<string>();
  const [mode, setMode] = useState<'delta' | 'set'>('delta');
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const toggle = useMutation({ mutationFn: () => api.post(`/api/shop/admin/products/${product.id}/${product.isActive ? 'deactivate' : 'activate'}`), onSuccess: onChanged });
  const upload = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api.put(`/api/shop/admin/products/${product.id}/image`, form);
    },
    onSuccess: onChanged,
  });
  const removeImage = useMutation({ mutationFn: () => api.delete(`/api/shop/admin/products/${product.id}/image`), onSuccess: onChanged });
  const stock = useMutation({
    mutationFn: () => api.post(`/api/shop/admin/products/${product.id}/stock`, { [mode]: Number(value), reason }),
    onSuccess: async () => { setValue(''); setReason(''); await onChanged(); },
  });
  const remove = useMutation({ mutationFn: () => api.delete(`/api/shop/admin/products/${product.id}`), onSuccess: () => navigate('/shop/admin/products'), onError: () => setConfirmDelete(false) });
  const history = useShopQuery<Page<{ id: string; delta: number; stockAfter: number; kind: string; reason: string | null; createdAt: string }>>(`/api/shop/admin/products/${product.id}/stock-movements`);
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <Card className="space-y-3">
        <h2 className="font-medium">{st('products.image')}</h2>
        {product.imageUrl ? <img src={product.imageUrl} alt={product.name} className="max-h-48 rounded" /> : <p className="text-sm text-slate-600">{st('catalogue.noImage')}</p>}
        <label className="block text-sm">{st('products.upload')}
          <input type="file" accept={IMAGE_TYPES.join(',')} aria-describedby="image-hint" className="block text-sm"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              if (file.size > MAX_IMAGE_BYTES) return setFileError(st('products.imageTooBig'));
              if (!IMAGE_TYPES.includes(file.type)) return setFileError(st('products.imageType'));
              setFileError(undefined);
              upload.mutate(file);
            }} />
        </label>
        <p id="image-hint" className="text-xs text-slate-600">{st('products.imageHint')}</p>
        {fileError ? <p role="alert" className="text-sm text-red-700">{fileError}</p> : null}
        {upload.isError ? <p role="alert" className="text-sm text-red-700">{errorText(upload.error)}</p> : null}
        {product.imageUrl ? <Button variant="secondary" size="sm" loading={removeImage.isPending} onClick={() => removeImage.mutate()}>{st('products.removeImage')}</Button> : null}
      </Card>
      <Card className="space-y-3">
        <h2 className="font-medium">{st('products.adjustStock')} — {st('products.stock')}: {fmtNumber(product.stock)}</h2>
        <form className="space-y-2" onSubmit={(e) => { e.preventDefault(); stock.mutate(); }}>
          <label className="block text-sm">{st('products.mode')}
            <Select value={mode} onChange={(e) => setMode(e.target.value as 'delta' | 'set')}>
              <option value="delta">{st('products.delta')}</option>
              <option value="set">{st('products.set')}</option>
            </Select>
          </label>
          <TextField label={mode === 'delta' ? st('products.delta') : st('products.set')} type="number" value={value} onChange={(e) => setValue(e.target.value)} />
          <TextField label={st('common.reason')} required maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} error={fieldError(stock.error, 'reason')} />
          {stock.isError ? <p role="alert" className="text-sm text-red-700">{errorText(stock.error)}</p> : null}
          <Button type="submit" loading={stock.isPending}>{st('products.adjustStock')}</Button>
        </form>
      </Card>
      <Card className="space-y-3">
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" loading={toggle.isPending} onClick={() => toggle.mutate()}>{product.isActive ? st('products.deactivate') : st('products.activate')}</Button>
          {product.orderCount === 0 ? <Button variant="danger" onClick={() => setConfirmDelete(true)}>{st('products.delete')}</Button> : <p className="text-sm text-slate-600">{st('products.hasOrders')}</p>}
        </div>
        {remove.isError ? <p role="alert" className="text-sm text-red-700">{errorText(remove.error as ApiError)}</p> : null}
        <ConfirmDialog open={confirmDelete} danger busy={remove.isPending} title={st('products.deleteTitle', { name: product.name })} confirmLabel={st('products.delete')}
          onConfirm={() => remove.mutate()} onCancel={() => setConfirmDelete(false)}>{st('products.deleteBody')}</ConfirmDialog>
      </Card>
      <Card>
        <h2 className="mb-2 font-medium">{st('products.history')}</h2>
        <ul className="space-y-1 text-sm">
          {history.data?.items.map((m) => (
            <li key={m.id}>{fmtDateTime(m.createdAt)} · {m.kind} · {m.delta > 0 ? '+' : ''}{m.delta} → {m.stockAfter}{m.reason ? ` · ${m.reason}` : ''}</li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
