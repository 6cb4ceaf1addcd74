import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { emailProblem } from '../shared/auth';
import { t } from '../shared/i18n';
import { Button, Card, ErrorBox, Notice, PageHeader, TextField, errorMessage } from '../shared/ui';
import { useForgotPassword } from './account/api';
import { at } from './account/text';

export function ForgotPasswordPage() {
  const forgot = useForgotPassword();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>();

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const problem = emailProblem(email);
    setError(problem);
    if (!problem) forgot.mutate(email.trim());
  };

  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={at('forgot.title')} />
      <Card>
        {forgot.isSuccess ? (
          <Notice>{at('forgot.sent', { email: forgot.variables })}</Notice>
        ) : (
          <form noValidate onSubmit={onSubmit} className="space-y-4">
            <p className="text-sm text-slate-600">{at('forgot.intro')}</p>
            <ErrorBox>{forgot.error ? errorMessage(forgot.error) : null}</ErrorBox>
            <TextField
              label={t('auth.email')}
              type="email"
              name="email"
              autoComplete="username"
              inputMode="email"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={error}
            />
            <Button type="submit" className="w-full" loading={forgot.isPending}>
              {at('forgot.submit')}
            </Button>
          </form>
        )}
        <p className="mt-4 text-sm">
          <Link to="/signin" className="font-medium text-indigo-700 underline hover:text-indigo-900">
            {t('signin.title')}
          </Link>
        </p>
      </Card>
    </div>
  );
}
