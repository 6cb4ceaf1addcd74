import { useQuery } from '@tanstack/react-query';
import { api } from './api';
import { t, type MessageKey } from './i18n';

export type AppKey = 'shop' | 'meals' | 'live' | 'parks';

export interface AppInfo {
  key: AppKey;
  name: string;
  description: string;
  path: string;
}

/** Enabled apps, as reported by the host. */
export function useApps() {
  return useQuery({
    queryKey: ['apps'],
    queryFn: () => api.get<AppInfo[]>('/api/apps'),
    staleTime: 5 * 60_000,
  });
}

export function appName(app: Pick<AppInfo, 'key' | 'name'>): string {
  return app.name || t(`app.${app.key}.name` as MessageKey);
}
