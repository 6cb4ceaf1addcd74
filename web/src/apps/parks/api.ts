import { useQuery } from '@tanstack/react-query';
import { api, type QueryValue } from '../../shared/api';
import type { components } from '../../shared/api-types/parks';

/** The API's shapes, generated from /openapi/parks.json (web/src/shared/api-types; scripts/openapi-check.sh --update). */
type Schemas = components['schemas'];

export type Attribution = Schemas['Attribution'];
export type PeriodView = Schemas['PeriodView'];
export type ParkRef = Schemas['ParkRef'];
export type RideRef = Schemas['RideRef'];
export type RideAndPark = Schemas['RideAndPark'];
/** What a chart or heatmap row names: a park, or a ride with its park. */
export type ChartEntity = Schemas['ChartEntity'];

/** The envelope every ranked list shares (rankings and waits), around its items. */
export type Listing<T> = Omit<Schemas['RideRanking'], 'items'> & { items: T[] };
export type ParkRanking = Schemas['ParkRanking'];
export type ParkRankItem = Schemas['ParkRankingItem'];
export type RideRankItem = Schemas['RideRankingItem'];
export type ParkWaitItem = Schemas['ParkWaitItem'];
export type RideWaitItem = Schemas['RideWaitItem'];
export type LiveSummary = Schemas['LiveSummary'];

export type Meta = Schemas['SiteMeta'];
export type SearchIndex = Schemas['SearchIndex'];
export type ParkDetail = Schemas['ParkDetail'];
export type ParkCalendar = Schemas['ParkCalendar'];
export type ParkRideChart = Schemas['ParkRideChart'];
export type RideDetail = Schemas['RideDetail'];
export type AwardsView = Schemas['AwardsView'];
export type ChartView = Schemas['ChartView'];
export type HeatmapView = Schemas['HeatmapView'];
type ParkAudit = Schemas['AuditTraceParkAudit'];
type RideAudit = Schemas['AuditTraceRideAudit'];
/** A park's or a ride's trace (GET /audit): what both have, and a park's A, B, breakdown and provenance when it is one. */
export type AuditTrace = Pick<ParkAudit | RideAudit, 'metric' | 'value' | 'displayed' | 'matches' | 'formula' | 'period' | 'anomalies'>
  & { inputs: (ParkAudit['inputs'][number] | RideAudit['inputs'][number])[]; checks: (ParkAudit['checks'][number] | RideAudit['checks'][number])[] }
  & Partial<Pick<ParkAudit, 'a' | 'b' | 'breakdown' | 'provenance'>>;
export type DataQualityReport = Schemas['DataQualityReport'];

export type AdminParkRow = Schemas['AdminParkRow'];
export type AdminRideRow = Schemas['AdminRideRow'];
export type MatchReviewItem = Schemas['MatchReviewItem'];
/** What the admin pages list: overrides, open data-quality issues and runs. */
export type SourceOverride = Schemas['OverrideView'];
export type DataQualityIssue = Schemas['OpenIssueView'];
export type CollectionRun = Schemas['RunView'];
export type ScheduleWindow = Schemas['ScheduleWindow'];
export type ScheduleWindowInput = Schemas['ScheduleWindowInput'];

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
