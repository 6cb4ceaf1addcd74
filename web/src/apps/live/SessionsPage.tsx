import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../shared/api';
import { useLocale } from '../../shared/i18n';
import { Button, Card, ErrorBox, LanguageSelect, Loading, PageHeader, TextField } from '../../shared/ui';
import { enumText, lt } from './i18n';
import { displayCode } from './sync';
import type { Page, SessionDefinition, SessionListItem } from './types';

/** `/live`: the host's sessions, create, duplicate, delete, open the console. */
export function SessionsPage() {
  useLocale();
  const client = useQueryClient();
  const sessions = useQuery({ queryKey: ['live', 'sessions'], queryFn: () => api.get<Page<SessionListItem>>('/api/live/sessions') });
  const [title, setTitle] = useState('');
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: () => api.post<SessionDefinition>('/api/live/sessions', { title }),
    onSuccess: (created) => {
      void client.invalidateQueries({ queryKey: ['live', 'sessions'] });
      navigate(`/live/s/${created.id}/run`);
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`/api/live/sessions/${id}`),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['live', 'sessions'] }),
  });
  const duplicate = useMutation({
    mutationFn: (id: string) => api.post(`/api/live/sessions/${id}/duplicate`),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['live', 'sessions'] }),
  });
  return (
    <div className="space-y-4">
      <PageHeader title={lt('sessions.title')} actions={<LanguageSelect label={lt('language')} />} />
      <form
        className="flex items-end gap-2"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <TextField label={lt('sessions.newTitle')} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={120} />
        <Button type="submit" loading={create.isPending}>
          {lt('sessions.create')}
        </Button>
      </form>
      {create.error ? <ErrorBox error={create.error} /> : null}
      {remove.error ? <ErrorBox error={remove.error} /> : null}
      {sessions.isLoading ? <Loading /> : null}
      {sessions.error ? <ErrorBox error={sessions.error} /> : null}
      {sessions.data?.items.length === 0 ? <p className="text-slate-700">{lt('sessions.empty')}</p> : null}
      <ul className="space-y-2" aria-label={lt('sessions.list')}>
        {sessions.data?.items.map((s) => (
          <li key={s.id}>
            <Card>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <div>
                  <Link to={`s/${s.id}/run`} className="font-semibold text-indigo-700 underline">
                    {s.title}
                  </Link>
                  <span className="ml-2 text-sm text-slate-700">
                    {displayCode(s.code)} · {enumText('status', s.status)} · {lt('sessions.activities', { count: s.activityCount })}
                  </span>
                </div>
                <div className="flex gap-2">
                  <Button size="sm" variant="secondary" onClick={() => duplicate.mutate(s.id)}>
                    {lt('sessions.duplicate')}
                  </Button>
                  <Button size="sm" variant="danger" onClick={() => remove.mutate(s.id)}>
                    {lt('sessions.delete')}
                  </Button>
                </div>
              </div>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
