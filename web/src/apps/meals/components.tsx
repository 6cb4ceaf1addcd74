import { Link } from 'react-router-dom';
import { Button } from '../../shared/ui';

/** Previous / next paging with "page x of y". */
export function Pager({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage: (page: number) => void }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-end gap-2 border-t border-slate-200 p-3 text-sm">
      <Button variant="secondary" className="min-h-11" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous
      </Button>
      <span>
        Page {page} of {pages}
      </span>
      <Button variant="secondary" className="min-h-11" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Next
      </Button>
    </nav>
  );
}

/**
 * The floating "add expense" button of the dashboard, expense list and calendar, rendered last on the page; the
 * spacer before it lets the page's last card scroll clear of the button on a phone.
 */
export function AddExpenseButton({ to = '/meals/expenses/new' }: { to?: string }) {
  return (
    <>
      <div aria-hidden="true" className="h-20 print:hidden" />
      <Link
        to={to}
        aria-label="Add expense"
        className="fixed bottom-6 right-6 z-10 inline-flex h-14 w-14 items-center justify-center rounded-full bg-indigo-600 text-3xl text-white shadow-lg hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 print:hidden"
      >
        +
      </Link>
    </>
  );
}
