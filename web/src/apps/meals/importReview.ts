/** The import review's decisions: what each row's choices show, what a choice sends, and the bulk choices over every page. */

import type { components } from '../../shared/api-types/meals';

export interface Decision {
  restaurantAction: 'match' | 'create' | null;
  restaurantId: string | null;
  expenseAction: 'create' | 'update' | 'skip' | null;
  targetExpenseId: string | null;
}

/** An import row as the server reports it; its status and decision take the closed sets of values the server sends. */
export type Row = Omit<components['schemas']['ImportRowView'], 'status' | 'decision'> & {
  status: 'error' | 'undecided' | 'duplicate' | 'newRestaurant' | 'ready';
  decision: Decision;
};

export type RowPatch = { rowNumber: number } & Partial<Decision>;
/** The restaurant select's value for a decision: a matched restaurant's id, "create", or nothing chosen yet. */
export const restaurantValue = (d: Decision) => (d.restaurantAction === 'match' ? (d.restaurantId ?? '') : d.restaurantAction === 'create' ? 'create' : '');

/** The action select's value for a decision: "create", "skip", "update:<expense id>", or nothing chosen yet. */
export const expenseValue = (d: Decision) => (d.expenseAction === 'update' ? `update:${d.targetExpenseId}` : (d.expenseAction ?? ''));

export function restaurantChoice(rowNumber: number, value: string): RowPatch {
  return value === 'create' ? { rowNumber, restaurantAction: 'create' } : { rowNumber, restaurantAction: 'match', restaurantId: value };
}

export function expenseChoice(rowNumber: number, value: string): RowPatch {
  const [action, target] = value.split(':');
  return { rowNumber, expenseAction: action as Decision['expenseAction'], targetExpenseId: target ?? null };
}

export const skipAll = (row: Row): RowPatch => ({ rowNumber: row.rowNumber, expenseAction: 'skip' });

/**
 * "Create all": every row without errors becomes a new expense; a row without a restaurant choice takes its best
 * candidate, or a new restaurant when there is none. Rows with errors are left alone.
 */
export function acceptAll(row: Row): RowPatch | null {
  if (row.status === 'error') return null;
  const restaurant: Partial<Decision> = row.decision.restaurantAction
    ? {}
    : row.restaurantCandidates[0]
      ? { restaurantAction: 'match', restaurantId: row.restaurantCandidates[0].id }
      : { restaurantAction: 'create' };
  return { rowNumber: row.rowNumber, expenseAction: 'create', ...restaurant };
}

/** The server takes at most this many decisions per call. */
export const decisionsPerCall = 1000;

/** Reads every page of the filtered rows, applies `choose` to each, and returns the decisions in calls of at most 1,000. */
export async function collectDecisions(
  readPage: (page: number) => Promise<{ items: Row[]; total: number; pageSize: number }>,
  choose: (row: Row) => RowPatch | null,
): Promise<RowPatch[][]> {
  const patches: RowPatch[] = [];
  for (let page = 1; ; page++) {
    const chunk = await readPage(page);
    for (const row of chunk.items) {
      const patch = choose(row);
      if (patch) patches.push(patch);
    }
    if (chunk.items.length === 0 || page * chunk.pageSize >= chunk.total) break;
  }
  const batches: RowPatch[][] = [];
  for (let i = 0; i < patches.length; i += decisionsPerCall) batches.push(patches.slice(i, i + decisionsPerCall));
  return batches;
}
