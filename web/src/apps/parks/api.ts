import { useQuery } from '@tanstack/react-query';
import { api, type QueryValue } from '../../shared/api';
import type { components } from '../../shared/api-types/parks';

/** Generated from /openapi/parks.json (web/src/shared/api-types; scripts/openapi-check.sh --update). */
export type Attribution = components['schemas']['Attribution'];
export type PeriodView = components['schemas']['PeriodView'];
export interface ParkRef { id: string; slug: string; name: string; brand: string; location: { city?: string; region?: string; country: string }; queueTimesUrl?: string | null }
export interface RideRef { id: string; name: string; tier: number | null; weight: number; category: string; queueTimesUrl?: string | null }

export interface Listing<T> {
  period: PeriodView;
  dataAsOf: string | null;
  attribution: Attribution[];
  emptyReason: string | null;
  items: T[];
  total: number;
}

export interface ParkRankItem {
  rank: number; park: ParkRef; shameScore: number | null; band: string | null; weightedDowntimeHours: number; downtimeHours: number;
  uptimePct: number | null; ridesDown: number; countedRides: number; incidents: number; parkOpen: boolean | null; trendPct: number | null;
}
export interface RideRankItem {
  rank: number; ride: RideRef; park: ParkRef; downtimeHours: number; uptimePct: number | null; incidents: number; longestOutageMinutes: number;
  currentStatus: string; currentOutageMinutes: number | null; avgWait: number | null; peakWait: number | null; trendPct: number | null;
}
export interface ParkWaitItem { rank: number; park: ParkRef; avgWait: number | null; peakWait: number | null; ridesReporting: number; trendPct: number | null }
export interface RideWaitItem { rank: number; ride: RideRef; park: ParkRef; currentWait: number | null; avgWait: number | null; peakWait: number | null; currentStatus: string; trendPct: number | null }

export interface Meta {
  timeZone: string; zoneAbbreviation: string; dataVersion: string; formula: string; periods: PeriodView[]; embedAncestors: string[]; attribution: Attribution[];
}

export const parksKey = (path: string, query?: Record<string, QueryValue>) => ['parks', path, query ?? {}] as const;

export function useParks<T>(path: string, query?: Record<string, QueryValue>, enabled = true) {
  return useQuery({
    queryKey: parksKey(path, query),
    queryFn: () => api.get<T>(`/api/parks${path}`, { query }),
    enabled,
  });
}

/** Polls /meta every 2 minutes while the page is visible; when the data version changes every parks view refetches. */
export function useMeta() {
  return useQuery({
    queryKey: ['parks', 'meta'],
    queryFn: () => api.get<Meta>('/api/parks/meta'),
    refetchInterval: 120_000,
    refetchIntervalInBackground: false,
  });
}

export const STATUS_LABEL: Record<string, string> = {
  OPERATING: 'Operating', DOWN: 'Down', CLOSED: 'Closed', REFURBISHMENT: 'Refurbishment', PARK_CLOSED: 'Park closed', NO_DATA: 'No data',
};
