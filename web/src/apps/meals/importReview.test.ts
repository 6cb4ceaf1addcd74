import { describe, expect, it } from 'vitest';
import { acceptAll, collectDecisions, expenseChoice, expenseValue, restaurantChoice, restaurantValue, skipAll, type Row } from './importReview';

const row = (rowNumber: number, changes: Partial<Row> = {}): Row => ({
  rowNumber,
  status: 'undecided',
  raw: {},
  parsed: {
    id: null,
    localDate: '2026-12-01',
    localTime: null,
    postedDate: null,
    timeZone: 'UTC',
    amountMinor: 1250,
    currency: 'USD',
    restaurant: {
      name: 'Little Kitchen',
      addressLine1: null,
      addressLine2: null,
      city: null,
      region: null,
      postalCode: null,
      countryCode: null,
      cuisine: null,
      priceLevel: null,
      rating: null,
      website: null,
      phone: null,
    },
    category: null,
    mealType: null,
    orderType: null,
    partySize: 1,
    notes: null,
    tags: [],
  },
  errors: [],
  warnings: [],
  restaurantCandidates: [],
  duplicateCandidates: [],
  possibleDuplicate: false,
  decision: { restaurantAction: null, restaurantId: null, expenseAction: null, targetExpenseId: null },
  ...changes,
});

describe('import review choices', () => {
  it('shows a decision in the selects and turns a selection back into a decision', () => {
    expect(restaurantValue({ restaurantAction: 'match', restaurantId: 'r1', expenseAction: null, targetExpenseId: null })).toBe('r1');
    expect(restaurantValue({ restaurantAction: 'create', restaurantId: null, expenseAction: null, targetExpenseId: null })).toBe('create');
    expect(expenseValue({ restaurantAction: null, restaurantId: null, expenseAction: 'update', targetExpenseId: 'e9' })).toBe('update:e9');
    expect(expenseValue({ restaurantAction: null, restaurantId: null, expenseAction: null, targetExpenseId: null })).toBe('');

    expect(restaurantChoice(4, 'create')).toEqual({ rowNumber: 4, restaurantAction: 'create' });
    expect(restaurantChoice(4, 'r1')).toEqual({ rowNumber: 4, restaurantAction: 'match', restaurantId: 'r1' });
    expect(expenseChoice(4, 'update:e9')).toEqual({ rowNumber: 4, expenseAction: 'update', targetExpenseId: 'e9' });
    expect(expenseChoice(4, 'skip')).toEqual({ rowNumber: 4, expenseAction: 'skip', targetExpenseId: null });
  });

  it('"create all" takes the best restaurant candidate, else a new one, keeps a choice made, and leaves rows with errors alone', () => {
    const candidate = { id: 'best', name: 'Little Kitchen', city: 'Boston', score: 0.93 };
    expect(acceptAll(row(1, { restaurantCandidates: [candidate, { ...candidate, id: 'second', score: 0.7 }] }))).toEqual({
      rowNumber: 1, expenseAction: 'create', restaurantAction: 'match', restaurantId: 'best',
    });
    expect(acceptAll(row(2))).toEqual({ rowNumber: 2, expenseAction: 'create', restaurantAction: 'create' });
    expect(acceptAll(row(3, { decision: { restaurantAction: 'match', restaurantId: 'mine', expenseAction: null, targetExpenseId: null }, restaurantCandidates: [candidate] })))
      .toEqual({ rowNumber: 3, expenseAction: 'create' });
    expect(acceptAll(row(4, { status: 'error', errors: ['Amount is missing.'] }))).toBeNull();
    expect(skipAll(row(5))).toEqual({ rowNumber: 5, expenseAction: 'skip' });
  });

  it('reads every page of the filter and sends the decisions in calls of at most 1,000', async () => {
    const all = Array.from({ length: 2150 }, (_, i) => row(i + 1, i % 10 === 0 ? { status: 'error' } : {}));
    const pagesRead: number[] = [];
    const batches = await collectDecisions(async (page) => {
      pagesRead.push(page);
      return { items: all.slice((page - 1) * 100, page * 100), total: all.length, pageSize: 100 };
    }, acceptAll);

    expect(pagesRead).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(batches.map((b) => b.length)).toEqual([1000, 935]);
    expect(batches.flat().some((p) => (p.rowNumber - 1) % 10 === 0)).toBe(false);
  });

  it('stops on an empty page even when the total promised more (rows decided meanwhile)', async () => {
    const batches = await collectDecisions(async (page) => ({ items: page === 1 ? [row(1)] : [], total: 500, pageSize: 100 }), skipAll);
    expect(batches).toEqual([[{ rowNumber: 1, expenseAction: 'skip' }]]);
  });
});
