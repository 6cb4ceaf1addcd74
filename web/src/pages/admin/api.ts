import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api';

export interface AdminUser {
  id: string;
  email: string;
  displayName: string | null;
  roles: string[];
  isActive: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export const adminKeys = {
  users: ['admin', 'users'] as const,
  usersPage: (search: string, page: number, pageSize: number) => ['admin', 'users', { search, page, pageSize }] as const,
  roles: ['admin', 'roles'] as const,
};

export function useAdminUsers(search: string, page: number, pageSize = 20) {
  return useQuery({
    queryKey: adminKeys.usersPage(search, page, pageSize),
    queryFn: ({ signal }) =>
      api.get<Page<AdminUser>>('/api/admin/users', { query: { search, page, pageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRoles() {
  return useQuery({
    queryKey: adminKeys.roles,
    queryFn: () => api.get<string[]>('/api/admin/roles'),
    staleTime: 5 * 60_000,
  });
}

function useUserMutation<V>(fn: (vars: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: adminKeys.users }),
  });
}

export const useGrantRole = () =>
  useUserMutation(({ id, role }: { id: string; role: string }) =>
    api.post(`/api/admin/users/${encodeURIComponent(id)}/roles`, { role }),
  );

export const useRevokeRole = () =>
  useUserMutation(({ id, role }: { id: string; role: string }) =>
    api.delete(`/api/admin/users/${encodeURIComponent(id)}/roles/${encodeURIComponent(role)}`),
  );

export const useDeactivate = () =>
  useUserMutation(({ id }: { id: string }) => api.post(`/api/admin/users/${encodeURIComponent(id)}/deactivate`));

/** Deletes the account and every app's data of it (the server refuses the own account and the last platform admin). */
export const useDeleteUser = () =>
  useUserMutation(({ id }: { id: string }) => api.delete(`/api/admin/users/${encodeURIComponent(id)}`));
