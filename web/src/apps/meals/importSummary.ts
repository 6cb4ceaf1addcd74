/** An uploaded import as the server reports it: its options, counters, warnings and, once applied, the result. */

export interface Counts {
  rows: number;
  ready: number;
  undecided: number;
  errors: number;
  possibleDuplicates: number;
  newRestaurants: number;
  newCategories: number;
  newTags: number;
  toCreate: number;
  toUpdate: number;
  toSkip: number;
}

export interface Summary {
  id: string;
  fileName: string;
  format: string;
  status: 'reviewing' | 'applied' | 'discarded' | 'expired';
  options: { dateOrder: string; signConvention: string; defaultCurrency: string };
  rowCount: number;
  counts: Counts | null;
  warnings: string[];
  result: { created: number; updated: number; skipped: number; restaurantsCreated: number; categoriesCreated: number; tagsCreated: number } | null;
}
