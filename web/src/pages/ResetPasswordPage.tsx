import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { isApiError } from '../shared/api';
import { landingPage, passwordProblem } from '../shared/auth';
import { t } from '../shared/i18n';
import { Button, Card, ErrorBox, PageHeader, TextField, errorMessage } from '../shared/ui';
import { useResetPassword } from './account/api';
import { at, type AccountKey } from './account/text';

const tokenProblems = ['RESET_TOKEN_INVALID', 'RESET_TOKEN_USED', 'RESET_TOKEN_EXPIRED'];

function resetErrorMessage(error: unknown): string | null {
  if (isApiError(error) && error.code && tokenProblems.includes(error.code)) return at(`reset.${error.code}` as AccountKey);
  if (isApiError(error) && error.fieldError('password')) return null;
  return errorMessage(error);
}

export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const reset = useResetPassword();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const problem = passwordProblem(password);
    setError(problem);
    if (problem) return;
    reset.mutate({ token, password }, { onSuccess: (user) => void navigate(landingPage(user), { replace: true }) });
  };

  const serverError = reset.error;
  const tokenFailed = isApiError(serverError) && !!serverError.code && tokenProblems.includes(serverError.code);
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={at('reset.title')} />
      <Card>
        {!token ? (
          <ErrorBox>{at('reset.noToken')}</ErrorBox>
        ) : (
          <form noValidate onSubmit={onSubmit} className="space-y-4">
            <ErrorBox>{serverError ? resetErrorMessage(serverError) : null}</ErrorBox>
            <TextField
              label={t('account.newPassword')}
              type="password"
              name="password"
              autoComplete="new-password"
              required
              minLength={8}
              hint={t('auth.passwordPolicy')}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={error ?? (isApiError(serverError) ? serverError.fieldError('password') : undefined)}
            />
            <Button type="submit" className="w-full" loading={reset.isPending}>
              {at('reset.submit')}
            </Button>
          </form>
        )}
        {!token || tokenFailed ? (
          <p className="mt-4 text-sm">
            <Link to="/forgot-password" className="font-medium text-indigo-700 underline hover:text-indigo-900">
              {at('reset.again')}
            </Link>
          </p>
        ) : null}
      </Card>
    </div>
  );
}
