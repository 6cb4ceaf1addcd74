import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { api, refreshCsrf } from './api';
import { t } from './i18n';
import { Card } from './ui/Card';
import { ErrorBox } from './ui/ErrorBox';
import { PageHeader } from './ui/PageHeader';
import { Loading } from './ui/Spinner';

export interface User {
  id: string;
  email: string;
  displayName: string | null;
  roles: string[];
}

export const meQueryKey = ['auth', 'me'] as const;

/** `/api/auth/session` answers a visitor with `user: null` instead of a 401, so a first visit logs no error. */
async function fetchMe(): Promise<User | null> {
  const session = await api.get<{ user: User | null }>('/api/auth/session');
  return session.user;
}

/** The signed-in user, `null` when signed out, `undefined` while loading. */
export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 60_000 });
}

export function hasRole(user: User | null | undefined, role: string): boolean {
  return !!user?.roles?.some((r) => r.toLowerCase() === role.toLowerCase());
}

/** After the signed-in user changes: new antiforgery token, no cached data of the previous user. */
async function userChanged(queryClient: QueryClient, user: User | null) {
  await refreshCsrf();
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
  queryClient.setQueryData(meQueryKey, user);
  await queryClient.invalidateQueries({ queryKey: meQueryKey });
}

export interface LoginInput {
  email: string;
  password: string;
  rememberMe?: boolean;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => api.post<User>('/api/auth/login', input),
    onSuccess: (user) => userChanged(queryClient, user ?? null),
  });
}

export interface SignInMethods {
  password: boolean;
  external: { displayName: string; loginUrl: string; logoutUrl: string } | null;
}

/** Which ways of signing in the server offers (a Quartet password, an external provider). */
export function useSignInMethods() {
  return useQuery({
    queryKey: ['auth', 'methods'],
    queryFn: () => api.get<SignInMethods>('/api/auth/methods'),
    staleTime: Infinity,
  });
}

export interface RegisterInput {
  email: string;
  password: string;
  displayName?: string;
}

/** Registers, then signs in with the same credentials unless the server already did. */
export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RegisterInput) => {
      await api.post<User>('/api/auth/register', input);
      await refreshCsrf();
      let me = await fetchMe();
      if (!me) {
        me = await api.post<User>('/api/auth/login', { email: input.email, password: input.password });
      }
      return me;
    },
    onSuccess: (user) => userChanged(queryClient, user ?? null),
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/api/auth/logout'),
    onSettled: async () => {
      await refreshCsrf();
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) => api.post('/api/auth/password', input),
  });
}

/** Password policy shared by register and change-password (the server has the last word). */
export function passwordProblem(password: string): string | undefined {
  if (password.length < 8 || !/[A-Za-z]/.test(password) || !/\d/.test(password)) return t('auth.passwordWeak');
  return undefined;
}

export function emailProblem(email: string): string | undefined {
  if (!email.trim()) return t('auth.required');
  if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) return t('auth.emailInvalid');
  return undefined;
}

/** Only same-site relative paths are followed after sign-in. */
/**
 * Where a user lands after signing in without a page to return to: the app their roles point at (an employee's shop,
 * a host's live console, …), else the meal tracker, which every account can use.
 */
export function landingPage(user: User | null | undefined): string {
  if (hasRole(user, 'shop.employee')) return '/shop';
  if (['shop.admin', 'shop.products', 'shop.points'].some((r) => hasRole(user, r))) return '/shop/admin';
  if (hasRole(user, 'live.host')) return '/live';
  if (hasRole(user, 'parks.admin')) return '/parks';
  if (hasRole(user, 'admin')) return '/admin/users';
  return '/meals';
}

export function safeReturnUrl(value: string | null | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}

/** Renders children for a signed-in user (optionally with a role); otherwise redirects to sign-in. */
export function RequireAuth({ children, role }: { children: ReactNode; role?: string }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorBox error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const returnUrl = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`/signin?returnUrl=${encodeURIComponent(returnUrl)}`} replace />;
  }
  if (role && !hasRole(me.data, role)) {
    return (
      <Card>
        <PageHeader title={t('auth.forbiddenTitle')} />
        <p>{t('auth.forbidden', { role })}</p>
      </Card>
    );
  }
  return <>{children}</>;
}
