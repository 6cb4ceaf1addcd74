/** An uploaded import as the server reports it: its options, counters, warnings and, once applied, the result. */

import type { components } from '../../shared/api-types/meals';

export type Counts = components['schemas']['ImportCounts'];

export type Summary = Omit<components['schemas']['ImportSummary'], 'status'> & { status: 'reviewing' | 'applied' | 'discarded' | 'expired' };
