import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, isApiError } from '../../shared/api';
import { Button, Checkbox, ErrorBox, Field, TextField } from '../../shared/ui';
import { lt } from './i18n';
import type { PresenterKey, SessionDefinition } from './types';

export type SessionSettingsValues = Pick<
  SessionDefinition,
  'id' | 'title' | 'description' | 'maxParticipants' | 'joinRatePerSecond' | 'profanityFilter' | 'extraBlockedWords' | 'revision'
>;

/**
 * The settings part of the editor (§7): title, description, capacity, join rate, the profanity filter and the
 * session's extra blocked words, saved with `If-Match` (the server's field errors appear next to the fields), and the
 * presenter link, rotated on demand and shown once.
 */
export function SessionSettings({ session }: { session: SessionSettingsValues }) {
  const client = useQueryClient();
  const [title, setTitle] = useState(session.title);
  const [description, setDescription] = useState(session.description);
  const [capacity, setCapacity] = useState(String(session.maxParticipants));
  const [joinRate, setJoinRate] = useState(String(session.joinRatePerSecond));
  const [filter, setFilter] = useState(session.profanityFilter);
  const [words, setWords] = useState(session.extraBlockedWords.join('\n'));
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [presenterLink, setPresenterLink] = useState<string | null>(null);
  const fieldError = (field: string) => (isApiError(error) ? error.fieldError(field) : undefined);

  function save() {
    setError(null);
    setSaved(false);
    const body = {
      title,
      description,
      maxParticipants: Number(capacity),
      joinRatePerSecond: Number(joinRate),
      profanityFilter: filter,
      extraBlockedWords: words
        .split('\n')
        .map((w) => w.trim())
        .filter(Boolean),
    };
    void api
      .patch(`/api/live/sessions/${session.id}`, body, { headers: { 'If-Match': `"r${session.revision}"` } })
      .then(() => {
        setSaved(true);
        return client.invalidateQueries({ queryKey: ['live', 'session', session.id] });
      })
      .catch(setError);
  }

  function rotatePresenterKey() {
    setError(null);
    void api
      .post<PresenterKey>(`/api/live/sessions/${session.id}/presenter-key`)
      .then((r) => setPresenterLink(`${window.location.origin}${r.link}`))
      .catch(setError);
  }

  return (
    <form
      noValidate
      aria-label={lt('settings.label')}
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      {error ? <ErrorBox error={error} /> : null}
      <TextField label={lt('settings.title')} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={120} error={fieldError('title')} />
      <Field label={lt('settings.description')} error={fieldError('description')}>
        {(control) => <textarea {...control} className="w-full rounded border p-2" rows={2} maxLength={1000} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
      <div className="flex flex-wrap gap-3">
        <TextField label={lt('settings.capacity')} type="number" className="w-28" value={capacity} onChange={(e) => setCapacity(e.target.value)} error={fieldError('maxParticipants')} />
        <TextField
          label={lt('settings.joinRate')}
          type="number"
          className="w-28"
          value={joinRate}
          onChange={(e) => setJoinRate(e.target.value)}
          error={fieldError('joinRatePerSecond')}
        />
      </div>
      <Checkbox label={lt('settings.filter')} checked={filter} onChange={(e) => setFilter(e.target.checked)} />
      <Field label={lt('settings.blockedWords')} error={fieldError('extraBlockedWords')}>
        {(control) => <textarea {...control} className="w-full rounded border p-2" rows={3} value={words} onChange={(e) => setWords(e.target.value)} />}
      </Field>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" size="sm">
          {lt('settings.save')}
        </Button>
        {saved ? <span role="status">{lt('settings.saved')}</span> : null}
        <Button size="sm" variant="secondary" onClick={rotatePresenterKey}>
          {lt('settings.newPresenterLink')}
        </Button>
      </div>
      {presenterLink ? (
        <TextField label={lt('settings.presenterLink')} value={presenterLink} readOnly onFocus={(e) => e.target.select()} />
      ) : null}
    </form>
  );
}
