import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../shared/api';
import { Button, buttonClass, Card, ConfirmDialog, ErrorBox, Loading, PageHeader } from '../../shared/ui';
import { base, humanize, money, type Expense } from './model';

export function ExpenseDetail() {
  const { id } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [deleting, setDeleting] = useState(false);
  const expense = useQuery({ queryKey: ['meals', 'expense', id], queryFn: () => api.get<Expense>(`${base}/expenses/${id}`) });
  const remove = useMutation({
    mutationFn: () => api.delete(`${base}/expenses/${id}`),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['meals'] });
      navigate('/meals/expenses');
    },
  });
  if (expense.isPending) return <Loading />;
  if (expense.isError) return <ErrorBox error={expense.error} onRetry={() => void expense.refetch()} />;
  const e = expense.data;
  const rows: [string, string][] = [
    ['Date', `${e.localDate}${e.localTime ? ` ${e.localTime}` : ''} (${e.timeZone})`],
    ['Amount', `${money(e.amountMinor, e.currency)}${e.amountMinor < 0 ? ' (refund)' : ''}`],
    ['Party size', `${e.partySize} · ${money(e.pricePerPersonMinor, e.currency)} per person`],
    ['Category', e.categoryName ?? 'Uncategorised'],
    ['Meal type', humanize(e.mealType)],
    ['Order type', humanize(e.orderType)],
    ['Tags', e.tags.length > 0 ? e.tags.join(', ') : '—'],
    ['Notes', e.notes ?? '—'],
    ['Posted', e.postedDate ?? '—'],
    ['Source', e.source === 'import' ? 'Imported' : 'Entered by hand'],
  ];
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <PageHeader
        title={e.restaurantName}
        description={
          <Link className="text-indigo-700 underline" to={`/meals/restaurants/${e.restaurantId}`}>
            Restaurant page
          </Link>
        }
        actions={
          <>
            <Link className={buttonClass()} to={`/meals/expenses/${e.id}/edit`}>
              Edit
            </Link>
            <Link className={buttonClass('secondary')} to={`/meals/expenses/new?duplicate=${e.id}`}>
              Duplicate
            </Link>
            <Link className={buttonClass('secondary')} to={`/meals/expenses/new?restaurantId=${e.restaurantId}`}>
              Add another here
            </Link>
            <Button variant="danger" onClick={() => setDeleting(true)}>
              Delete
            </Button>
          </>
        }
      />
      <Card>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          {rows.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-slate-600">{k}</dt>
              <dd className="break-words">{v}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <ReceiptCard expense={e} />
      <ErrorBox error={remove.error} />
      <ConfirmDialog
        open={deleting}
        danger
        busy={remove.isPending}
        title="Delete this expense?"
        confirmLabel="Delete"
        onConfirm={() => remove.mutate()}
        onCancel={() => setDeleting(false)}
      >
        {e.receipt ? 'Its receipt is deleted too. ' : ''}This cannot be undone.
      </ConfirmDialog>
    </div>
  );
}

/** Receipt preview (images inline, PDFs as a download), upload/replace and remove. */
export function ReceiptCard({ expense }: { expense: Expense }) {
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const url = `${base}/expenses/${expense.id}/receipt`;
  const done = () => void client.invalidateQueries({ queryKey: ['meals'] });
  const upload = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api.put(url, form);
    },
    onSuccess: done,
  });
  const remove = useMutation({
    mutationFn: () => api.delete(url),
    onSuccess: () => {
      setConfirming(false);
      done();
    },
  });
  const receipt = expense.receipt;
  return (
    <Card className="space-y-3" aria-label="Receipt">
      <h2 className="font-semibold">Receipt</h2>
      {receipt ? (
        <>
          {receipt.contentType.startsWith('image/') ? (
            <a href={url} target="_blank" rel="noreferrer">
              <img src={`${url}?v=${expense.version}-${receipt.sizeBytes}`} alt={`Receipt ${receipt.originalName}`} className="max-h-96 rounded border border-slate-200" />
            </a>
          ) : (
            <a className="text-indigo-700 underline" href={url}>
              Download {receipt.originalName}
            </a>
          )}
          <p className="text-xs text-slate-600">
            {receipt.originalName} · {(receipt.sizeBytes / 1024).toFixed(0)} KB
          </p>
        </>
      ) : (
        <p className="text-sm text-slate-600">No receipt yet.</p>
      )}
      <label className="block">
        <span className="mb-1 block text-sm font-medium">{receipt ? 'Replace receipt' : 'Add receipt'} (JPEG, PNG, WebP or PDF, at most 5 MB)</span>
        <input
          type="file"
          accept="image/jpeg,image/png,image/webp,application/pdf"
          capture="environment"
          className="block min-h-11 w-full text-sm file:mr-3 file:min-h-11 file:rounded-md file:border-0 file:bg-indigo-50 file:px-4 file:text-indigo-700"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) upload.mutate(file);
            e.target.value = '';
          }}
        />
      </label>
      {upload.isPending ? <Loading label="Uploading…" /> : null}
      {receipt ? (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          Remove receipt
        </Button>
      ) : null}
      <ErrorBox error={upload.error ?? remove.error} />
      <ConfirmDialog open={confirming} danger busy={remove.isPending} title="Remove the receipt?" confirmLabel="Remove" onConfirm={() => remove.mutate()} onCancel={() => setConfirming(false)} />
    </Card>
  );
}
