import { Button } from '../../shared/ui';

/** Previous / next through a ranked list, with "x–y of z" so the reader knows where they are. */
export function Pager({ label, page, pageSize, total, onPage }: { label: string; page: number; pageSize: number; total: number; onPage: (page: number) => void }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const first = (page - 1) * pageSize + 1;
  return (
    <nav aria-label={label} className="mt-3 flex flex-wrap items-center justify-end gap-2 text-sm">
      <span className="mr-auto text-slate-600" aria-live="polite">
        {first}–{Math.min(total, page * pageSize)} of {total}
      </span>
      <Button variant="secondary" size="sm" className="min-h-10" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous
      </Button>
      <span>
        Page {page} of {pages}
      </span>
      <Button variant="secondary" size="sm" className="min-h-10" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Next
      </Button>
    </nav>
  );
}
