import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../shared/api';
import { Button, Card, ConfirmDialog, ErrorBox, Input, Loading, PageHeader, Select } from '../../shared/ui';
import { base, fetchCategories, fetchTags, money, type Category, type Tag } from './model';
import { plural } from '../../shared/plural';

export function CategoriesPage() {
  return (
    <div className="space-y-6">
      <PageHeader title="Categories and tags" />
      <CategoriesSection />
      <TagsSection />
    </div>
  );
}

function useRefresh() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: ['meals'] });
}

function CategoriesSection() {
  const refresh = useRefresh();
  const categories = useQuery({ queryKey: ['meals', 'categories'], queryFn: fetchCategories });
  const [name, setName] = useState('');
  const [colour, setColour] = useState('#4f46e5');
  const [deleting, setDeleting] = useState<Category | null>(null);
  const create = useMutation({
    mutationFn: () => api.post(`${base}/categories`, { name, colour }),
    onSuccess: () => {
      setName('');
      refresh();
    },
  });
  const update = useMutation({
    mutationFn: (c: Pick<Category, 'id' | 'name' | 'colour' | 'sortOrder'>) => api.put(`${base}/categories/${c.id}`, { name: c.name, colour: c.colour, sortOrder: c.sortOrder }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`${base}/categories/${id}`),
    onSuccess: () => {
      setDeleting(null);
      refresh();
    },
  });
  const restore = useMutation({ mutationFn: () => api.post(`${base}/categories/restore-defaults`), onSuccess: refresh });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const list = [...(categories.data ?? [])].sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name));
  /** Moves a category one place by giving every category its position as sortOrder. */
  const move = async (index: number, delta: number) => {
    const reordered = [...list];
    const [item] = reordered.splice(index, 1);
    reordered.splice(index + delta, 0, item);
    try {
      for (const [position, c] of reordered.entries()) {
        if (c.sortOrder !== position) await update.mutateAsync({ ...c, sortOrder: position });
      }
    } catch {
      // update.error shows the failure beside the list.
    }
  };
  return (
    <Card className="space-y-4" aria-label="Categories">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">Categories</h2>
        <Button variant="secondary" loading={restore.isPending} onClick={() => restore.mutate()}>
          Restore default categories
        </Button>
      </div>
      {categories.isPending ? (
        <Loading />
      ) : categories.isError ? (
        <ErrorBox error={categories.error} onRetry={() => void categories.refetch()} />
      ) : list.length === 0 ? (
        <p className="text-slate-600">No categories. Add one below or restore the defaults.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {list.map((c, i) => (
            <CategoryRow
              key={`${c.id}-${c.name}-${c.colour}`}
              category={c}
              first={i === 0}
              last={i === list.length - 1}
              busy={update.isPending}
              onSave={(name, colour) => update.mutate({ ...c, name, colour })}
              onMove={(delta) => void move(i, delta)}
              onDelete={() => setDeleting(c)}
            />
          ))}
        </ul>
      )}
      <ErrorBox error={update.error ?? restore.error} />
      <form onSubmit={submit} className="flex flex-wrap items-end gap-2" aria-label="New category">
        <label className="text-sm">
          <span className="mb-1 block font-medium">New category</span>
          <Input className="min-h-11" maxLength={50} value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium">Colour</span>
          <input type="color" className="h-11 w-14 rounded border border-slate-300" value={colour} onChange={(e) => setColour(e.target.value)} />
        </label>
        <Button type="submit" className="min-h-11" loading={create.isPending}>
          Add category
        </Button>
      </form>
      <ErrorBox error={create.error} />
      <ConfirmDialog
        open={!!deleting}
        danger
        busy={remove.isPending}
        title={`Delete category ${deleting?.name ?? ''}?`}
        confirmLabel="Delete category"
        onConfirm={() => deleting && remove.mutate(deleting.id)}
        onCancel={() => setDeleting(null)}
      >
        {deleting?.expenseCount ?? 0} expenses become uncategorised and budgets for this category are deleted.
        <ErrorBox error={remove.error} />
      </ConfirmDialog>
    </Card>
  );
}

function CategoryRow({
  category: c,
  first,
  last,
  busy,
  onSave,
  onMove,
  onDelete,
}: {
  category: Category;
  first: boolean;
  last: boolean;
  busy: boolean;
  onSave: (name: string, colour: string) => void;
  onMove: (delta: number) => void;
  onDelete: () => void;
}) {
  const [name, setName] = useState(c.name);
  const [colour, setColour] = useState(c.colour);
  const dirty = name.trim() !== c.name || colour !== c.colour;
  return (
    <li className="flex flex-wrap items-center gap-2 py-2">
      <input type="color" aria-label={`Colour of ${c.name}`} className="h-11 w-14 rounded border border-slate-300" value={colour} onChange={(e) => setColour(e.target.value)} />
      <Input aria-label={`Name of ${c.name}`} className="min-h-11 w-auto flex-1" maxLength={50} value={name} onChange={(e) => setName(e.target.value)} />
      <Link className="text-sm text-indigo-700 underline" to={`/meals/expenses?categoryId=${c.id}`}>
        {plural(c.expenseCount, 'expense', 'expenses')}
      </Link>
      {dirty ? (
        <Button className="min-h-11" disabled={busy || !name.trim()} onClick={() => onSave(name.trim(), colour)}>
          Save
        </Button>
      ) : null}
      <Button variant="ghost" className="min-h-11" aria-label={`Move ${c.name} up`} disabled={first || busy} onClick={() => onMove(-1)}>
        ↑
      </Button>
      <Button variant="ghost" className="min-h-11" aria-label={`Move ${c.name} down`} disabled={last || busy} onClick={() => onMove(1)}>
        ↓
      </Button>
      <Button variant="ghost" className="min-h-11 text-red-700" aria-label={`Delete ${c.name}`} onClick={onDelete}>
        Delete
      </Button>
    </li>
  );
}

function TagsSection() {
  const refresh = useRefresh();
  const tags = useQuery({ queryKey: ['meals', 'tags'], queryFn: fetchTags });
  const [filter, setFilter] = useState('');
  const [name, setName] = useState('');
  const [deleting, setDeleting] = useState<Tag | null>(null);
  const [merging, setMerging] = useState<Tag | null>(null);
  const [target, setTarget] = useState('');
  const create = useMutation({
    mutationFn: () => api.post(`${base}/tags`, { name }),
    onSuccess: () => {
      setName('');
      refresh();
    },
  });
  const update = useMutation({ mutationFn: (t: Pick<Tag, 'id' | 'name' | 'colour'>) => api.put(`${base}/tags/${t.id}`, { name: t.name, colour: t.colour }), onSuccess: refresh });
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`${base}/tags/${id}`),
    onSuccess: () => {
      setDeleting(null);
      refresh();
    },
  });
  const merge = useMutation({
    mutationFn: ({ id, into }: { id: string; into: string }) => api.post(`${base}/tags/${id}/merge`, { intoTagId: into }),
    onSuccess: () => {
      setMerging(null);
      refresh();
    },
  });
  const shown = (tags.data ?? []).filter((t) => t.name.toLowerCase().includes(filter.trim().toLowerCase()));
  return (
    <Card className="space-y-4" aria-label="Tags">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">Tags</h2>
        <Input aria-label="Filter tags" type="search" placeholder="Filter tags" className="min-h-11 w-auto" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      {tags.isPending ? (
        <Loading />
      ) : tags.isError ? (
        <ErrorBox error={tags.error} onRetry={() => void tags.refetch()} />
      ) : shown.length === 0 ? (
        <p className="text-slate-600">{filter ? 'No tags match.' : 'No tags yet. Tags typed on an expense are created automatically.'}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {shown.map((t) => (
            <TagRow
              key={`${t.id}-${t.name}-${t.colour}`}
              tag={t}
              busy={update.isPending}
              onSave={(n, colour) => update.mutate({ id: t.id, name: n, colour })}
              onMerge={() => {
                setTarget('');
                setMerging(t);
              }}
              onDelete={() => setDeleting(t)}
            />
          ))}
        </ul>
      )}
      <ErrorBox error={update.error} />
      <form
        aria-label="New tag"
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <label className="text-sm">
          <span className="mb-1 block font-medium">New tag</span>
          <Input className="min-h-11" maxLength={30} value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <Button type="submit" className="min-h-11" loading={create.isPending}>
          Add tag
        </Button>
      </form>
      <ErrorBox error={create.error} />
      <ConfirmDialog
        open={!!deleting}
        danger
        busy={remove.isPending}
        title={`Delete tag ${deleting?.name ?? ''}?`}
        confirmLabel="Delete tag"
        onConfirm={() => deleting && remove.mutate(deleting.id)}
        onCancel={() => setDeleting(null)}
      >
        It is removed from {deleting?.useCount ?? 0} expenses; the expenses stay.
        <ErrorBox error={remove.error} />
      </ConfirmDialog>
      <ConfirmDialog
        open={!!merging}
        busy={merge.isPending}
        title={`Merge tag ${merging?.name ?? ''} into…`}
        confirmLabel="Merge"
        onConfirm={() => merging && target && merge.mutate({ id: merging.id, into: target })}
        onCancel={() => setMerging(null)}
      >
        <label className="block">
          <span className="mb-1 block font-medium">Target tag</span>
          <Select className="min-h-11" value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">Choose a tag…</option>
            {(tags.data ?? [])
              .filter((t) => t.id !== merging?.id)
              .map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name} ({t.useCount})
                </option>
              ))}
          </Select>
        </label>
        <p className="mt-2">Every expense with “{merging?.name}” gets the target tag instead, and “{merging?.name}” is deleted.</p>
        <ErrorBox error={merge.error} />
      </ConfirmDialog>
    </Card>
  );
}

function TagRow({ tag: t, busy, onSave, onMerge, onDelete }: { tag: Tag; busy: boolean; onSave: (name: string, colour: string) => void; onMerge: () => void; onDelete: () => void }) {
  const [name, setName] = useState(t.name);
  const [colour, setColour] = useState(t.colour);
  const dirty = name.trim() !== t.name || colour !== t.colour;
  return (
    <li className="flex flex-wrap items-center gap-2 py-2">
      <input type="color" aria-label={`Colour of tag ${t.name}`} className="h-11 w-14 rounded border border-slate-300" value={colour} onChange={(e) => setColour(e.target.value)} />
      <Input aria-label={`Name of tag ${t.name}`} className="min-h-11 w-auto flex-1" maxLength={30} value={name} onChange={(e) => setName(e.target.value)} />
      <Link className="text-sm text-indigo-700 underline" to={`/meals/expenses?tag=${encodeURIComponent(t.name)}`}>
        {t.useCount} uses
      </Link>
      <span className="text-xs text-slate-600">
        {t.totals.map((x) => money(x.amountMinor, x.currency)).join(' · ')}
        {t.lastUsed ? ` · last ${t.lastUsed}` : ''}
      </span>
      {dirty ? (
        <Button className="min-h-11" disabled={busy || !name.trim()} onClick={() => onSave(name.trim(), colour)}>
          Save
        </Button>
      ) : null}
      <Button variant="ghost" className="min-h-11" aria-label={`Merge tag ${t.name}`} onClick={onMerge}>
        Merge
      </Button>
      <Button variant="ghost" className="min-h-11 text-red-700" aria-label={`Delete tag ${t.name}`} onClick={onDelete}>
        Delete
      </Button>
    </li>
  );
}
