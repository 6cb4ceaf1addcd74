import { Button, Card, ErrorBox, Loading, Notice, errorMessage } from '../../shared/ui';
import { useEmailStatus, useResendVerification } from './api';
import { at } from './text';

/** The account's address and whether it is confirmed, with a button for a new confirmation link. */
export function EmailCard() {
  const status = useEmailStatus();
  const resend = useResendVerification();
  if (status.isPending) return <Loading />;
  if (status.isError) return <ErrorBox error={status.error} onRetry={() => void status.refetch()} />;
  const { email, verified, verificationRequired } = status.data;
  if (!verificationRequired && verified) return null;
  return (
    <Card aria-labelledby="email-heading">
      <h2 id="email-heading" className="mb-3 text-lg font-semibold">
        {at('email.title')}
      </h2>
      <p className="text-sm break-all">{email}</p>
      <p className="mt-1 text-sm text-slate-600">{verified ? at('email.verified') : at('email.unverified')}</p>
      {verified ? null : (
        <div className="mt-3 space-y-2">
          <ErrorBox>{resend.error ? errorMessage(resend.error) : null}</ErrorBox>
          <Notice>{resend.isSuccess ? at('email.resent') : null}</Notice>
          <Button type="button" variant="secondary" loading={resend.isPending} onClick={() => resend.mutate()}>
            {at('email.resend')}
          </Button>
        </div>
      )}
    </Card>
  );
}
