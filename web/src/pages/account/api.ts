import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, refreshCsrf } from '../../shared/api';
import { meQueryKey, type User } from '../../shared/auth';

export interface EmailStatus {
  email: string;
  verified: boolean;
  verificationRequired: boolean;
}

export interface MailTopic {
  key: string;
  label: string;
  enabled: boolean;
}

export interface MailPreferences {
  language: string;
  languages: string[];
  topics: MailTopic[];
}

export interface OutboxMail {
  id: string;
  topic: string;
  to: string;
  subject: string;
  createdAt: string;
  sentAt: string | null;
  failedAt: string | null;
  attempts: number;
  lastError: string | null;
  textBody: string | null;
  htmlBody: string | null;
}

export interface Mailbox {
  developmentMailbox: boolean;
  mails: OutboxMail[];
}

export function useForgotPassword() {
  return useMutation({ mutationFn: (email: string) => api.post('/api/auth/password/forgot', { email }) });
}

/** Sets the new password; the server signs this browser in, so the new user replaces whatever was cached. */
export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { token: string; password: string }) => api.post<User>('/api/auth/password/reset', input),
    onSuccess: async (user) => {
      await refreshCsrf();
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, user);
    },
  });
}

export function useVerifyEmail() {
  return useMutation({ mutationFn: (token: string) => api.post('/api/auth/email/verify', { token }) });
}

export function useEmailStatus() {
  return useQuery({ queryKey: ['auth', 'email'], queryFn: () => api.get<EmailStatus>('/api/auth/email') });
}

export function useResendVerification() {
  return useMutation({ mutationFn: () => api.post('/api/auth/email/verification') });
}

export interface EmailChangeRequested {
  pendingEmail: string;
  expiresAt: string;
}

export function useChangeEmail() {
  return useMutation({
    mutationFn: (input: { newEmail: string; password: string }) => api.post<EmailChangeRequested>('/api/auth/email/change', input),
  });
}

/** Follows the mailed link; the signed-in user (if it is this browser's) now has the new address. */
export function useConfirmEmailChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => api.post<EmailStatus>('/api/auth/email/change/confirm', { token }),
    onSuccess: async (status) => {
      queryClient.setQueryData(['auth', 'email'], status);
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}

export function useMailPreferences() {
  return useQuery({ queryKey: ['auth', 'mail-preferences'], queryFn: () => api.get<MailPreferences>('/api/auth/mail-preferences') });
}

export function useSaveMailPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { language: string; optedOut: string[] }) => api.put<MailPreferences>('/api/auth/mail-preferences', input),
    onSuccess: (saved) => queryClient.setQueryData(['auth', 'mail-preferences'], saved),
  });
}

export function useDeleteMyAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => api.delete('/api/auth/me', { body: { password } }),
    onSuccess: async () => {
      await refreshCsrf();
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}

export function useMailbox(to: string) {
  return useQuery({
    queryKey: ['admin', 'mail', to],
    queryFn: () => api.get<Mailbox>('/api/admin/mail', { query: { to: to || undefined, take: 50 } }),
    refetchInterval: 5000,
  });
}
