import { Button, Notice } from '../../shared/ui';
import { draftKey, type ExpenseFormState } from './expenseFormState';

/** Offers the expense left unsaved on an earlier visit: restore it into the form or discard it. */
export function ExpenseDraftNotice({ draft, onRestore, onDone }: { draft: ExpenseFormState; onRestore: (form: ExpenseFormState) => void; onDone: () => void }) {
  return (
    <Notice className="mb-3">
      <p>You have an unsaved expense from earlier{draft.restaurantQuery ? ` at ${draft.restaurantQuery}` : ''}.</p>
      <div className="mt-2 flex gap-2">
        <Button
          size="sm"
          onClick={() => {
            onRestore({ ...draft, tags: Array.isArray(draft.tags) ? draft.tags : [], tagDraft: draft.tagDraft ?? '' });
            onDone();
          }}
        >
          Restore draft
        </Button>
        <Button
          size="sm"
          variant="secondary"
          onClick={() => {
            localStorage.removeItem(draftKey);
            onDone();
          }}
        >
          Discard draft
        </Button>
      </div>
    </Notice>
  );
}
