import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { isApiError } from '../shared/api';
import { emailProblem, landingPage, passwordProblem, safeReturnUrl, useMe, useRegister, type User } from '../shared/auth';
import { t } from '../shared/i18n';
import { Button, Card, ErrorBox, Loading, PageHeader, TextField, errorMessage } from '../shared/ui';

type Fields = 'email' | 'displayName' | 'password';

export function RegisterPage() {
  const [params] = useSearchParams();
  const requested = params.get('returnUrl');
  const returnUrl = safeReturnUrl(requested);
  const destination = (user: User | null | undefined) => (requested ? returnUrl : landingPage(user));
  const navigate = useNavigate();
  const me = useMe();
  const register = useRegister();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [clientErrors, setClientErrors] = useState<Partial<Record<Fields, string>>>({});

  if (me.isPending) return <Loading />;
  if (me.data && !register.isPending && !register.isSuccess) return <Navigate to={destination(me.data)} replace />;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errors = { email: emailProblem(email), password: passwordProblem(password) };
    setClientErrors(errors);
    if (errors.email || errors.password) return;
    register.mutate(
      { email: email.trim(), password, displayName: displayName.trim() || undefined },
      { onSuccess: (user) => void navigate(destination(user), { replace: true }) },
    );
  };

  const error = register.error;
  const api = isApiError(error) ? error : undefined;
  const fieldError = (field: Fields) =>
    clientErrors[field] ??
    api?.fieldError(field) ??
    (field === 'email' && (api?.status === 409 || api?.code === 'EMAIL_TAKEN') ? t('register.emailTaken') : undefined);

  let summary: string | null = null;
  if (api?.status === 409 || api?.code === 'EMAIL_TAKEN') summary = t('register.emailTaken');
  else if (api && Object.keys(api.errors).length > 0) {
    summary = api.hasOtherFieldErrors(['email', 'displayName', 'password'])
      ? Object.values(api.errors).flat().join(' ')
      : t('register.fixErrors');
  } else if (error) summary = errorMessage(error);

  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t('register.title')} />
      <Card>
        <form noValidate onSubmit={onSubmit} className="space-y-4">
          <ErrorBox>{summary}</ErrorBox>
          <TextField
            label={t('auth.email')}
            type="email"
            name="email"
            autoComplete="email"
            inputMode="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={fieldError('email')}
          />
          <TextField
            label={t('auth.displayName')}
            name="displayName"
            autoComplete="nickname"
            maxLength={100}
            hint={t('auth.displayName.hint')}
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
            error={fieldError('displayName')}
          />
          <TextField
            label={t('auth.password')}
            type="password"
            name="password"
            autoComplete="new-password"
            required
            minLength={8}
            hint={t('auth.passwordPolicy')}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={fieldError('password')}
          />
          <Button type="submit" className="w-full" loading={register.isPending}>
            {t('register.submit')}
          </Button>
        </form>
        <p className="mt-4 text-sm text-slate-600">
          {t('register.haveAccount')}{' '}
          <Link
            to={returnUrl === '/' ? '/signin' : `/signin?returnUrl=${encodeURIComponent(returnUrl)}`}
            className="font-medium text-indigo-700 underline hover:text-indigo-900"
          >
            {t('register.signInLink')}
          </Link>
        </p>
      </Card>
    </div>
  );
}
