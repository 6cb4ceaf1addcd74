import { useState, type FormEvent } from 'react';
import { isApiError } from '../../shared/api';
import { emailProblem } from '../../shared/auth';
import { t } from '../../shared/i18n';
import { Button, Card, ErrorBox, Notice, TextField, errorMessage } from '../../shared/ui';
import { useChangeEmail } from './api';
import { at } from './text';

/** Asks for a new sign-in address: the password again, then a confirmation link goes to the new address. */
export function ChangeEmailCard() {
  const change = useChangeEmail();
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [clientErrors, setClientErrors] = useState<{ newEmail?: string; password?: string }>({});

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errors = { newEmail: emailProblem(newEmail), password: password ? undefined : t('auth.required') };
    setClientErrors(errors);
    if (errors.newEmail || errors.password) return;
    change.mutate({ newEmail: newEmail.trim(), password }, { onSuccess: () => setPassword('') });
  };

  const api = isApiError(change.error) ? change.error : undefined;
  const fieldError = api?.fieldError('newEmail') ?? api?.fieldError('password');
  return (
    <Card aria-labelledby="change-email-heading">
      <h2 id="change-email-heading" className="mb-3 text-lg font-semibold">
        {at('change.title')}
      </h2>
      <form noValidate onSubmit={onSubmit} className="max-w-md space-y-4">
        <p className="text-sm text-slate-600">{at('change.intro')}</p>
        <ErrorBox>{change.error && !fieldError ? errorMessage(change.error) : null}</ErrorBox>
        <Notice>{change.isSuccess ? at('change.sent', { email: change.data.pendingEmail }) : null}</Notice>
        <TextField
          label={at('change.newEmail')}
          type="email"
          name="newEmail"
          autoComplete="email"
          required
          value={newEmail}
          onChange={(e) => setNewEmail(e.target.value)}
          error={clientErrors.newEmail ?? api?.fieldError('newEmail')}
        />
        <TextField
          label={at('change.password')}
          type="password"
          name="changeEmailPassword"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={clientErrors.password ?? api?.fieldError('password')}
        />
        <Button type="submit" loading={change.isPending}>
          {at('change.submit')}
        </Button>
      </form>
    </Card>
  );
}
