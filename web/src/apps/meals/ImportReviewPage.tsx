import { useState } from 'react';
import { Button, Card, ConfirmDialog, ErrorBox, Loading, PageHeader } from '../../shared/ui';
import { Pager } from './components';
import { ImportApplyBar } from './ImportApplyBar';
import { ImportCounters } from './ImportCounters';
import { ImportFileOptions } from './ImportFileOptions';
import { ImportApplied, ImportClosed } from './ImportOutcome';
import { acceptAll, skipAll } from './importReview';
import { ImportRowFilter } from './ImportRowFilter';
import { ImportRowsTable } from './ImportRowsTable';
import { pageSize, useImportReview } from './useImportReview';

/** The review of an uploaded import: options, counters, a decision per row, then apply or discard. */
export function ImportReviewPage({ id }: { id: string }) {
  const { status, setStatus, page, setPage, summary, rows, options, decide, bulk, bulkBusy, bulkError, apply, discard } = useImportReview(id);
  const [discarding, setDiscarding] = useState(false);

  if (summary.isPending) return <Loading />;
  if (summary.isError) return <ErrorBox error={summary.error} onRetry={() => void summary.refetch()} />;
  const s = summary.data;
  if (s.status === 'applied') return <ImportApplied summary={s} />;
  if (s.status !== 'reviewing') return <ImportClosed summary={s} />;

  const counts = s.counts;
  const shown = rows.data?.total ?? 0;

  return (
    <div>
      <PageHeader title={`Review ${s.fileName}`} description="Choose what happens to each row, then apply. Applying is all or nothing." />
      {counts ? <ImportCounters counts={counts} /> : null}
      <ImportFileOptions summary={s} busy={options.isPending} error={options.error} onChange={(patch) => options.mutate(patch)} />

      <ImportRowFilter
        status={status}
        counts={counts}
        onChange={(value) => {
          setStatus(value);
          setPage(1);
        }}
      />
      {shown > 0 ? (
        <div className="mb-3 flex flex-wrap items-center gap-2 text-sm">
          <span>For all {shown} rows shown:</span>
          <Button variant="secondary" disabled={bulkBusy} onClick={() => void bulk(skipAll)}>
            Skip all
          </Button>
          <Button
            variant="secondary"
            disabled={bulkBusy}
            onClick={() => void bulk(acceptAll)}
          >
            Create all (best restaurant match)
          </Button>
          {bulkBusy ? <Loading label="Saving choices…" /> : null}
        </div>
      ) : null}
      <ErrorBox error={bulkError ?? decide.error} className="mb-3" />

      <Card className="p-0 sm:p-0">
        {rows.isPending ? (
          <Loading />
        ) : rows.isError ? (
          <ErrorBox error={rows.error} onRetry={() => void rows.refetch()} />
        ) : rows.data.items.length === 0 ? (
          <p className="p-4 text-slate-600">No rows in this view.</p>
        ) : (
          <ImportRowsTable rows={rows.data.items} busy={decide.isPending} onDecide={(patch) => decide.mutate([patch])} />
        )}
        {rows.data ? <Pager page={page} pageSize={pageSize} total={rows.data.total} onPage={setPage} /> : null}
      </Card>
      <ImportApplyBar counts={counts} error={apply.error} applying={apply.isPending} onApply={() => apply.mutate()} onDiscard={() => setDiscarding(true)} />
      <ConfirmDialog
        open={discarding}
        title="Discard this import?"
        confirmLabel="Discard"
        danger
        busy={discard.isPending}
        onConfirm={() => discard.mutate()}
        onCancel={() => setDiscarding(false)}
      >
        The uploaded rows and your choices are thrown away. Nothing was saved to your expenses.
      </ConfirmDialog>
    </div>
  );
}
