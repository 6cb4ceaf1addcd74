import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../shared/api';
import { collectDecisions, type Row, type RowPatch } from './importReview';
import type { Summary } from './importSummary';
import { base, type Page } from './model';

export const pageSize = 50;

/** The review's server state: the summary, one page of the filtered rows, and the option, decision, bulk, apply and discard calls. */
export function useImportReview(id: string) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(1);
  const [bulkBusy, setBulkBusy] = useState(false);
  const [bulkError, setBulkError] = useState<unknown>(null);
  const summaryKey = ['meals', 'import', id];
  const summary = useQuery({ queryKey: summaryKey, queryFn: () => api.get<Summary>(`${base}/imports/${id}`) });
  const reviewing = summary.data?.status === 'reviewing';
  const rows = useQuery({
    queryKey: ['meals', 'import-rows', id, status, page],
    queryFn: () => api.get<Page<Row>>(`${base}/imports/${id}/rows`, { query: { status, page, pageSize } }),
    enabled: reviewing,
    placeholderData: (previous) => previous,
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['meals'] });
  const options = useMutation({
    mutationFn: (patch: Partial<Summary['options']>) => api.patch<Summary>(`${base}/imports/${id}`, patch),
    onSuccess: refresh,
  });
  const decide = useMutation({
    mutationFn: (decisions: RowPatch[]) => api.patch(`${base}/imports/${id}/rows`, { decisions }),
    onSuccess: refresh,
  });
  const apply = useMutation({ mutationFn: () => api.post(`${base}/imports/${id}/apply`), onSuccess: refresh });
  const discard = useMutation({
    mutationFn: () => api.delete(`${base}/imports/${id}`),
    onSuccess: () => {
      void refresh();
      navigate('/meals/import');
    },
  });

  /** Applies one choice to every row of the current filter (all pages), at most 1,000 decisions per call. */
  const bulk = async (choose: (row: Row) => RowPatch | null) => {
    setBulkBusy(true);
    setBulkError(null);
    try {
      const batches = await collectDecisions(
        (page) => api.get<Page<Row>>(`${base}/imports/${id}/rows`, { query: { status, page, pageSize: 100 } }),
        choose,
      );
      for (const batch of batches) await decide.mutateAsync(batch);
    } catch (error) {
      setBulkError(error);
    } finally {
      setBulkBusy(false);
    }
  };
  return { status, setStatus, page, setPage, summary, rows, options, decide, bulk, bulkBusy, bulkError, apply, discard };
}
