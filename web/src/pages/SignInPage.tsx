import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { isApiError } from '../shared/api';
import { emailProblem, landingPage, safeReturnUrl, useLogin, useMe, useSignInMethods, type User } from '../shared/auth';
import { t } from '../shared/i18n';
import { Button, Card, Checkbox, ErrorBox, Loading, PageHeader, TextField, errorMessage } from '../shared/ui';
import { at } from './account/text';

function loginErrorMessage(error: unknown): string {
  if (isApiError(error)) {
    if (error.status === 401 || error.code === 'INVALID_CREDENTIALS') return t('signin.invalid');
    if (error.status === 423 || error.code === 'ACCOUNT_LOCKED') return error.detail || t('signin.locked');
    if (error.status === 429 || error.code === 'RATE_LIMITED')
      return error.retryAfterSeconds
        ? t('signin.rateLimitedSeconds', { seconds: error.retryAfterSeconds })
        : t('signin.rateLimited');
  }
  return errorMessage(error);
}

export function SignInPage() {
  const [params] = useSearchParams();
  const requested = params.get('returnUrl');
  const returnUrl = safeReturnUrl(requested);
  const destination = (user: User | null | undefined) => (requested ? returnUrl : landingPage(user));
  const navigate = useNavigate();
  const me = useMe();
  const login = useLogin();
  const methods = useSignInMethods();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [rememberMe, setRememberMe] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});

  if (me.isPending || methods.isPending) return <Loading />;
  if (me.data && !login.isPending && !login.isSuccess) return <Navigate to={destination(me.data)} replace />;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errors = { email: emailProblem(email), password: password ? undefined : t('auth.required') };
    setFieldErrors(errors);
    if (errors.email || errors.password) return;
    login.mutate({ email: email.trim(), password, rememberMe }, { onSuccess: (user) => void navigate(destination(user), { replace: true }) });
  };

  const serverError = login.error;
  const external = methods.data?.external;
  const passwordSignIn = methods.data?.password ?? true;
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t('signin.title')} />
      <Card>
        {external ? (
          <div className="mb-4 space-y-3">
            <ErrorBox>{params.get('error') === 'external' ? t('signin.externalFailed', { name: external.displayName }) : null}</ErrorBox>
            <a
              href={`${external.loginUrl}?returnUrl=${encodeURIComponent(returnUrl)}`}
              className="block w-full rounded-md bg-indigo-700 px-4 py-2 text-center font-medium text-white hover:bg-indigo-800 focus:ring-2 focus:ring-indigo-500 focus:ring-offset-2 focus:outline-none"
            >
              {t('signin.external', { name: external.displayName })}
            </a>
            {passwordSignIn ? <p className="text-center text-sm text-slate-600">{t('signin.or')}</p> : null}
          </div>
        ) : null}
        {passwordSignIn ? (
          <form noValidate onSubmit={onSubmit} className="space-y-4">
            <ErrorBox>{serverError ? loginErrorMessage(serverError) : null}</ErrorBox>
            <TextField
              label={t('auth.email')}
              type="email"
              name="email"
              autoComplete="username"
              inputMode="email"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={fieldErrors.email ?? (isApiError(serverError) ? serverError.fieldError('email') : undefined)}
            />
            <TextField
              label={t('auth.password')}
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={fieldErrors.password ?? (isApiError(serverError) ? serverError.fieldError('password') : undefined)}
            />
            <Checkbox label={t('auth.rememberMe')} checked={rememberMe} onChange={(e) => setRememberMe(e.target.checked)} />
            <p className="text-sm">
              <Link to="/forgot-password" className="font-medium text-indigo-700 underline hover:text-indigo-900">
                {at('forgot.link')}
              </Link>
            </p>
            <Button type="submit" className="w-full" loading={login.isPending}>
              {t('signin.submit')}
            </Button>
          </form>
        ) : null}
        {passwordSignIn ? (
          <p className="mt-4 text-sm text-slate-600">
            {t('signin.noAccount')}{' '}
            <Link
              to={returnUrl === '/' ? '/register' : `/register?returnUrl=${encodeURIComponent(returnUrl)}`}
              className="font-medium text-indigo-700 underline hover:text-indigo-900"
            >
              {t('signin.registerLink')}
            </Link>
          </p>
        ) : null}
      </Card>
    </div>
  );
}
