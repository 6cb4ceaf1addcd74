import { useState, type FormEvent } from 'react';
import { isApiError } from '../shared/api';
import { passwordProblem, useChangePassword, useMe } from '../shared/auth';
import { t } from '../shared/i18n';
import { Button, Card, ErrorBox, Loading, Notice, PageHeader, TextField, errorMessage } from '../shared/ui';
import { ChangeEmailCard } from './account/ChangeEmailCard';
import { DeleteAccountCard } from './account/DeleteAccountCard';
import { EmailCard } from './account/EmailCard';
import { MailPreferencesCard } from './account/MailPreferencesCard';

function Profile() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorBox error={me.error} onRetry={() => void me.refetch()} />;
  const user = me.data;
  if (!user) return null;
  return (
    <Card aria-labelledby="profile-heading">
      <h2 id="profile-heading" className="mb-3 text-lg font-semibold">
        {t('account.profile')}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-600">{t('auth.email')}</dt>
        <dd className="break-all">{user.email}</dd>
        <dt className="font-medium text-slate-600">{t('auth.displayName')}</dt>
        <dd>{user.displayName || '—'}</dd>
        <dt className="font-medium text-slate-600">{t('account.roles')}</dt>
        <dd>{user.roles?.length ? user.roles.join(', ') : t('account.noRoles')}</dd>
      </dl>
    </Card>
  );
}

function ChangePassword() {
  const change = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [clientErrors, setClientErrors] = useState<{ currentPassword?: string; newPassword?: string }>({});
  const [done, setDone] = useState(false);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const errors = {
      currentPassword: currentPassword ? undefined : t('auth.required'),
      newPassword:
        passwordProblem(newPassword) ?? (newPassword === currentPassword ? t('account.samePassword') : undefined),
    };
    setClientErrors(errors);
    if (errors.currentPassword || errors.newPassword) return;
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
          setDone(true);
        },
      },
    );
  };

  const api = isApiError(change.error) ? change.error : undefined;
  const fields = ['currentPassword', 'newPassword'];
  const summary = change.error
    ? api && Object.keys(api.errors).length > 0 && !api.hasOtherFieldErrors(fields)
      ? null
      : api && Object.keys(api.errors).length > 0
        ? Object.values(api.errors).flat().join(' ')
        : errorMessage(change.error)
    : null;

  return (
    <Card aria-labelledby="password-heading">
      <h2 id="password-heading" className="mb-3 text-lg font-semibold">
        {t('account.changePassword')}
      </h2>
      <form noValidate onSubmit={onSubmit} className="max-w-md space-y-4">
        <ErrorBox>{summary}</ErrorBox>
        <Notice>{done ? t('account.passwordChanged') : null}</Notice>
        <TextField
          label={t('account.currentPassword')}
          type="password"
          name="currentPassword"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(e) => setCurrentPassword(e.target.value)}
          error={clientErrors.currentPassword ?? api?.fieldError('currentPassword')}
        />
        <TextField
          label={t('account.newPassword')}
          type="password"
          name="newPassword"
          autoComplete="new-password"
          required
          minLength={8}
          hint={t('auth.passwordPolicy')}
          value={newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
          error={clientErrors.newPassword ?? api?.fieldError('newPassword')}
        />
        <Button type="submit" loading={change.isPending}>
          {t('account.savePassword')}
        </Button>
      </form>
    </Card>
  );
}

export function AccountPage() {
  return (
    <div>
      <PageHeader title={t('account.title')} />
      <div className="grid gap-6">
        <Profile />
        <EmailCard />
        <ChangeEmailCard />
        <ChangePassword />
        <MailPreferencesCard />
        <DeleteAccountCard />
      </div>
    </div>
  );
}
