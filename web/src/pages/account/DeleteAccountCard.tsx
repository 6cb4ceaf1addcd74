import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { isApiError } from '../../shared/api';
import { t } from '../../shared/i18n';
import { Button, Card, ConfirmDialog, ErrorBox, TextField, errorMessage } from '../../shared/ui';
import { useDeleteMyAccount } from './api';
import { at } from './text';

/** Deletes the signed-in account after the password is typed again and the deletion confirmed. */
export function DeleteAccountCard() {
  const remove = useDeleteMyAccount();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const problem = password ? undefined : t('auth.required');
    setError(problem);
    if (!problem) setConfirming(true);
  };

  const onConfirm = () =>
    remove.mutate(password, {
      onSuccess: () => void navigate('/', { replace: true }),
      onSettled: () => setConfirming(false),
    });

  const api = isApiError(remove.error) ? remove.error : undefined;
  return (
    <Card aria-labelledby="delete-heading">
      <h2 id="delete-heading" className="mb-3 text-lg font-semibold">
        {at('delete.title')}
      </h2>
      <form noValidate onSubmit={onSubmit} className="max-w-md space-y-4">
        <p className="text-sm text-slate-600">{at('delete.intro')}</p>
        <ErrorBox>{remove.error && !api?.fieldError('password') ? errorMessage(remove.error) : null}</ErrorBox>
        <TextField
          label={at('delete.password')}
          type="password"
          name="deletePassword"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={error ?? api?.fieldError('password')}
        />
        <Button type="submit" variant="danger">
          {at('delete.submit')}
        </Button>
      </form>
      <ConfirmDialog
        open={confirming}
        title={at('delete.confirmTitle')}
        confirmLabel={at('delete.submit')}
        danger
        busy={remove.isPending}
        onConfirm={onConfirm}
        onCancel={() => setConfirming(false)}
      >
        {at('delete.confirmBody')}
      </ConfirmDialog>
    </Card>
  );
}
