import { isApiError } from '../../shared/api';
import { Button, ErrorBox, Notice } from '../../shared/ui';
import type { Counts } from './importSummary';

/** Apply (once every row is decided) or discard, with the rows the server refused to apply. */
export function ImportApplyBar({ counts, error, applying, onApply, onDiscard }: { counts: Counts | null; error: unknown; applying: boolean; onApply: () => void; onDiscard: () => void }) {
  const rowsProblem = isApiError(error) && error.code === 'IMPORT_ROWS_INVALID'
    ? (error.problem.rows as { rowNumber: number; errors: string[] }[] | undefined) ?? []
    : [];
  return (
    <div className="mt-4 space-y-3">
      {isApiError(error) && error.code === 'IMPORT_ROWS_INVALID' ? (
        <ErrorBox>
          <p>{error.detail}</p>
          <ul className="list-disc pl-5">
            {rowsProblem.map((r) => (
              <li key={r.rowNumber}>
                Row {r.rowNumber}: {r.errors.join('; ')}
              </li>
            ))}
          </ul>
        </ErrorBox>
      ) : (
        <ErrorBox error={error} />
      )}
      {counts && counts.undecided > 0 ? <Notice>{counts.undecided} rows still need a decision before you can apply.</Notice> : null}
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => onApply()} loading={applying} disabled={!counts || counts.undecided > 0}>
          Apply import
        </Button>
        <Button variant="secondary" onClick={() => onDiscard()}>
          Discard
        </Button>
      </div>
    </div>
  );
}
