import { useMutation } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { api } from '../../shared/api';
import { Card, ErrorBox, Loading, PageHeader } from '../../shared/ui';
import { ImportReviewPage } from './ImportReviewPage';
import type { Summary } from './importSummary';
import { base } from './model';

/** Upload step; the review lives at /meals/import/:id so a reload keeps it. */
export function ImportWizard() {
  const { id } = useParams();
  return id ? <ImportReviewPage id={id} /> : <ImportUpload />;
}

function ImportUpload() {
  const navigate = useNavigate();
  const upload = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api.post<Summary>(`${base}/imports`, form);
    },
    onSuccess: (s) => navigate(`/meals/import/${s.id}`),
  });
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title="Import expenses" description="CSV or JSON from a spreadsheet, a bank export or this app's own export. Nothing is saved until you apply." />
      <Card className="space-y-4">
        <label className="block">
          <span className="mb-1 block text-sm font-medium">File to import (CSV or JSON, at most 10 MB)</span>
          <input
            type="file"
            className="block min-h-11 w-full text-sm file:mr-3 file:min-h-11 file:rounded-md file:border-0 file:bg-indigo-50 file:px-4 file:text-indigo-700"
            accept=".csv,.json,.txt,.tsv,text/csv,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) upload.mutate(file);
            }}
          />
        </label>
        <p className="text-sm text-slate-700">
          Not sure about the columns? Download a template:{' '}
          <a className="text-indigo-700 underline" href={`${base}/imports/template?format=csv`}>
            CSV
          </a>{' '}
          ·{' '}
          <a className="text-indigo-700 underline" href={`${base}/imports/template?format=json`}>
            JSON
          </a>
        </p>
        {upload.isPending ? <Loading label="Reading the file…" /> : null}
        <ErrorBox error={upload.error} />
      </Card>
    </div>
  );
}
