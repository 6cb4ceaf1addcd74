import { useState, type FormEvent } from 'react';
import { Button, ErrorBox, Input, Loading, Notice, PageHeader } from '../../shared/ui';
import { useMailbox, type OutboxMail } from '../account/api';
import { at } from '../account/text';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

function status(mail: OutboxMail): string {
  if (mail.sentAt) return `${at('mailbox.sent')} ${dateFormat.format(new Date(mail.sentAt))}`;
  if (mail.failedAt) return at('mailbox.failed', { error: mail.lastError ?? '' });
  return at('mailbox.pending', { attempts: mail.attempts });
}

function MailItem({ mail }: { mail: OutboxMail }) {
  return (
    <li className="rounded-md border border-slate-200 bg-white p-3">
      <details>
        <summary className="cursor-pointer">
          <span className="font-medium">{mail.subject}</span>
          <span className="block text-sm text-slate-600">
            {at('mailbox.to')}: {mail.to} · {at('mailbox.created')}: {dateFormat.format(new Date(mail.createdAt))} · {status(mail)}
          </span>
        </summary>
        {mail.textBody ? <pre className="mt-3 text-sm break-words whitespace-pre-wrap">{mail.textBody}</pre> : null}
      </details>
    </li>
  );
}

/** `/admin/mail`: the development mailbox (no SMTP configured) or the delivery status of recent mails. */
export function AdminMailPage() {
  const [filter, setFilter] = useState('');
  const [to, setTo] = useState('');
  const mailbox = useMailbox(to);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTo(filter.trim());
  };

  return (
    <div>
      <PageHeader title={at('mailbox.title')} />
      <form onSubmit={onSubmit} className="mb-4 flex max-w-lg items-end gap-2">
        <label className="flex-1 text-sm font-medium text-slate-700">
          {at('mailbox.filter')}
          <Input type="email" name="to" value={filter} onChange={(e) => setFilter(e.target.value)} className="mt-1" />
        </label>
        <Button type="submit" variant="secondary">
          {at('mailbox.apply')}
        </Button>
      </form>
      {mailbox.isPending ? <Loading /> : null}
      {mailbox.isError ? <ErrorBox error={mailbox.error} onRetry={() => void mailbox.refetch()} /> : null}
      {mailbox.data ? (
        <>
          <Notice>{mailbox.data.developmentMailbox ? at('mailbox.dev') : at('mailbox.smtp')}</Notice>
          {mailbox.data.mails.length === 0 ? (
            <p className="mt-4 text-sm text-slate-600">{at('mailbox.empty')}</p>
          ) : (
            <ul className="mt-4 space-y-2">
              {mailbox.data.mails.map((mail) => (
                <MailItem key={mail.id} mail={mail} />
              ))}
            </ul>
          )}
        </>
      ) : null}
    </div>
  );
}
