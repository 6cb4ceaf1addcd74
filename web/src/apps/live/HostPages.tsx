import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ChevronLeft, ChevronRight, MonitorPlay, Users } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../shared/api';
import { Button, Card, ErrorBox, Loading, PageHeader, TextField } from '../../shared/ui';
import { ActivityEditor } from './ActivityEditor';
import { ActivityForm } from './ActivityForm';
import { JoinQr, ScaledBigScreen } from './BigScreen';
import { SessionSettings } from './SessionSettings';
import { displayCode, entitiesOf, entity, type Transport, useLiveSync } from './sync';
import type {
  ActivityEntity,
  Leaderboard,
  Page,
  Presence,
  QuestionEntity,
  Results,
  SessionDefinition,
  SessionEntity,
  SessionListItem,
  SessionParticipant,
} from './types';
import { plural } from '../../shared/plural';

/** `/live`: the host's sessions, create, duplicate, delete, open the console. */
export function SessionsPage() {
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
      <PageHeader title="Caja Live sessions" />
      <form
        className="flex items-end gap-2"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <TextField label="New session title" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={120} />
        <Button type="submit" loading={create.isPending}>
          Create
        </Button>
      </form>
      {create.error ? <ErrorBox error={create.error} /> : null}
      {remove.error ? <ErrorBox error={remove.error} /> : null}
      {sessions.isLoading ? <Loading /> : null}
      {sessions.error ? <ErrorBox error={sessions.error} /> : null}
      <ul className="space-y-2" aria-label="Sessions">
        {sessions.data?.items.map((s) => (
          <li key={s.id}>
            <Card>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <div>
                  <Link to={`s/${s.id}/run`} className="font-semibold text-indigo-700 underline">
                    {s.title}
                  </Link>
                  <span className="ml-2 text-sm text-slate-700">
                    {displayCode(s.code)} · {s.status} · {plural(s.activityCount, 'activity', 'activities')}
                  </span>
                </div>
                <div className="flex gap-2">
                  <Button size="sm" variant="secondary" onClick={() => duplicate.mutate(s.id)}>
                    Duplicate
                  </Button>
                  <Button size="sm" variant="danger" onClick={() => remove.mutate(s.id)}>
                    Delete
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

const transportNames: Record<Transport, string> = { sse: 'live stream', longpoll: 'long-poll', poll: 'polling' };

/** `/live/s/:id/run`: build and run a session — activities, navigation, results, moderation, participants. */
export function ConsolePage() {
  const { id = '' } = useParams();
  const client = useQueryClient();
  const definition = useQuery({ queryKey: ['live', 'session', id], queryFn: () => api.get<SessionDefinition>(`/api/live/sessions/${id}`) });
  const sync = useLiveSync(`/api/live/sessions/${id}/sync`, `live.host.${id}`);
  const session = entity<SessionEntity>(sync.entities, 'session', id);
  const activities = entitiesOf<ActivityEntity>(sync.entities, 'activity').sort((a, b) => a.position - b.position);
  const current = activities.find((a) => a.id === session?.currentActivityId);
  const presence = entity<Presence>(sync.entities, 'presence', id);
  const [error, setError] = useState<unknown>(null);
  const act = (path: string, body?: object) =>
    api
      .post(`/api/live/sessions/${id}${path}`, body)
      .then(() => client.invalidateQueries({ queryKey: ['live', 'session', id] }))
      .catch(setError);

  const [bots, setBots] = useState(50);
  const status = session?.status ?? definition.data?.status;
  const rehearsing = session?.isRehearsal ?? definition.data?.isRehearsal ?? false;
  const rehearsal = (start: boolean) =>
    (start ? api.post(`/api/live/sessions/${id}/rehearsal`, { bots }) : api.delete(`/api/live/sessions/${id}/rehearsal`))
      .then(() => client.invalidateQueries({ queryKey: ['live', 'session', id] }))
      .catch(setError);
  const questions = entitiesOf<QuestionEntity>(sync.entities, 'question');
  const inbox = questions.filter((q) => q.state === 'pending' || q.state === 'filtered');
  const participants = useQuery({
    queryKey: ['live', 'participants', id],
    queryFn: () => api.get<Page<SessionParticipant>>(`/api/live/sessions/${id}/participants`, { query: { pageSize: 100 } }),
    refetchInterval: 5000,
  });

  const results = current
    ? entity<Results>(sync.entities, 'results', current.type === 'quiz' ? `${current.id}:${current.quiz?.quizIndex}` : current.id)
    : undefined;
  const currentIndex = current ? activities.indexOf(current) : -1;

  return (
    <div className="space-y-4">
      <PageHeader title={session?.title ?? definition.data?.title ?? 'Session'} />
      {error ? <ErrorBox error={error} /> : null}
      <Card className="flex flex-wrap items-center gap-4">
        {session?.code ? <JoinQr code={session.code} className="hidden size-20 sm:block" /> : null}
        <div className="min-w-0 flex-1 basis-64 space-y-1">
          <p>
            {rehearsing ? <strong className="mr-2 rounded bg-amber-100 px-2">Rehearsal</strong> : null}
            Join at <strong>/j/{session?.code}</strong> with code{' '}
            <strong className="font-mono text-2xl whitespace-nowrap">{displayCode(session?.code ?? definition.data?.code ?? '')}</strong>
          </p>
          <p role="status" aria-label="Connection" className="text-sm text-slate-700">
            Status {session?.status ?? definition.data?.status} · {sync.reconnecting ? 'Reconnecting…' : `Connected (${transportNames[sync.transport]})`}
          </p>
        </div>
        <div className="flex items-center gap-2 rounded-lg bg-indigo-50 px-4 py-2 text-indigo-950 max-sm:w-full" aria-label="Participants now">
          <Users aria-hidden className="size-7" />
          <div>
            <p className="text-3xl font-bold tabular-nums">{presence?.online ?? 0}</p>
            <p className="text-xs">{presence ? `${presence.joined} joined · ${presence.idle} idle` : 'no one yet'}</p>
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          {status === 'draft' && !rehearsing ? <Button onClick={() => void act('/start')}>Start session</Button> : null}
          <Link className="inline-flex items-center gap-1 rounded-md border border-slate-300 px-3 py-2 text-sm" to={`/live/s/${id}/present`} target="_blank">
            <MonitorPlay aria-hidden className="size-4" /> Open presenter
          </Link>
          <Link className="inline-flex items-center rounded-md border border-slate-300 px-3 py-2 text-sm" to={`/live/s/${id}/summary`}>
            Summary and export
          </Link>
          <Button variant="danger" onClick={() => void act('/end')}>
            End session
          </Button>
        </div>
        {status === 'draft' ? (
          <div className="flex w-full flex-wrap items-end gap-2" aria-label="Rehearsal">
            {rehearsing ? (
              <Button variant="secondary" onClick={() => void rehearsal(false)}>
                Stop rehearsal and wipe its data
              </Button>
            ) : (
              <>
                <label className="text-sm">
                  Bots (0–500){' '}
                  <input type="number" min={0} max={500} value={bots} onChange={(e) => setBots(Number(e.target.value))} className="w-20 rounded border p-1" />
                </label>
                <Button variant="secondary" onClick={() => void rehearsal(true)}>
                  Rehearse with bots
                </Button>
              </>
            )}
          </div>
        ) : null}
      </Card>

      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_26rem] xl:grid-cols-[minmax(0,1fr)_30rem]">
        <div className="min-w-0 space-y-4">
          <Card className="space-y-4" aria-label="Current activity">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <div className="min-w-0">
                <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">
                  {current ? `Activity ${currentIndex + 1} of ${activities.length} · ${current.type} · ${current.state}` : 'Lobby'}
                </p>
                <h2 className="text-2xl font-bold">{current?.title ?? 'Waiting for the audience'}</h2>
              </div>
              <div className="flex gap-2">
                <Button variant="secondary" className="min-h-14 px-5 text-lg" onClick={() => void act('/navigate', { to: 'previous' })}>
                  <ChevronLeft aria-hidden className="size-6" /> Previous
                </Button>
                <Button className="min-h-14 px-6 text-lg" onClick={() => void act('/navigate', { to: 'next' })}>
                  Next <ChevronRight aria-hidden className="size-6" />
                </Button>
              </div>
            </div>
            <div className="flex flex-wrap gap-2">
              {current ? (
                <>
                  <Button variant="secondary" disabled={current.state === 'open'} onClick={() => void act(`/activities/${current.id}/open`)}>Open answers</Button>
                  <Button variant="secondary" disabled={current.state !== 'open'} onClick={() => void act(`/activities/${current.id}/close`)}>Close answers</Button>
                  {current.type !== 'quiz' ? (
                    <Button variant="secondary" onClick={() => void act(`/activities/${current.id}/${current.revealed ? 'hide-results' : 'reveal'}`)}>
                      {current.revealed ? 'Hide results' : 'Reveal results'}
                    </Button>
                  ) : null}
                </>
              ) : null}
              <Button variant="secondary" onClick={() => void act('/navigate', { to: 'lobby' })}>Lobby</Button>
              <Button variant="secondary" onClick={() => void act(session?.locked ? '/unlock' : '/lock')}>{session?.locked ? 'Unlock' : 'Lock'}</Button>
            </div>
            {current?.type === 'quiz' ? <p className="text-sm">Question {(current.quiz?.quizIndex ?? -1) + 1} · stage {current.quiz?.question?.stage ?? 'not started'} — press Next to advance.</p> : null}
            <figure aria-label="Preview of the big screen" className="overflow-hidden rounded-xl border-4 border-slate-800 bg-white shadow-inner">
              <ScaledBigScreen
                state={{
                  session,
                  joined: presence?.joined ?? 0,
                  current,
                  results,
                  questions: questions.filter((q) => q.activityId === current?.id),
                  leaderboard: entity<Leaderboard>(sync.entities, 'leaderboard', current?.id),
                }}
              />
              <figcaption className="border-t border-slate-200 bg-slate-50 px-3 py-2 text-xs text-slate-700">
                The big screen as the room sees it, scaled down{current && !current.revealed && current.resultsMode !== 'live' ? ' · results are hidden from the room until you reveal them' : ''}.
              </figcaption>
            </figure>
          </Card>
          <Card>
            <h2 className="font-semibold">Moderation inbox ({inbox.length})</h2>
            <ul className="space-y-2">
              {inbox.map((q) => (
                <li key={q.id} className="rounded border p-2">
                  <span>{q.text}</span> <span className="text-sm">({q.state})</span>
                  <div className="flex gap-1">
                    <Button size="sm" onClick={() => void act(`/questions/${q.id}/approve`)}>
                      Approve
                    </Button>
                    <Button size="sm" variant="secondary" onClick={() => void act(`/questions/${q.id}/dismiss`)}>
                      Dismiss
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
            <h2 className="mt-4 font-semibold">Questions</h2>
            <ul className="space-y-2">
              {questions
                .filter((q) => q.state === 'visible' || q.state === 'answered')
                .map((q) => (
                  <li key={q.id} className="rounded border p-2">
                    {q.pinned ? '📌 ' : ''}
                    {q.text} · {plural(q.voteCount, 'vote', 'votes')} · {q.state}
                    <div className="flex flex-wrap gap-1">
                      <Button size="sm" variant="secondary" onClick={() => void act(`/questions/${q.id}/${q.state === 'answered' ? 'unanswer' : 'answer'}`)}>
                        {q.state === 'answered' ? 'Unanswer' : 'Mark answered'}
                      </Button>
                      <Button size="sm" variant="secondary" onClick={() => void act(`/questions/${q.id}/${q.pinned ? 'unpin' : 'pin'}`)}>
                        {q.pinned ? 'Unpin' : 'Pin'}
                      </Button>
                      <Button size="sm" variant="secondary" onClick={() => void act(`/questions/${q.id}/hide`)}>
                        Hide
                      </Button>
                      <Button size="sm" variant="danger" onClick={() => void act(`/questions/${q.id}/remove-author`, { ban: false })}>
                        Remove author
                      </Button>
                    </div>
                  </li>
                ))}
            </ul>
          </Card>
        </div>

        <aside className="min-w-0 space-y-4" aria-label="Activities and editing">
          <Card className="space-y-2">
            <h2 className="font-semibold">Run order</h2>
            <ol className="space-y-1">
              {activities.map((a) => (
                <li key={a.id}>
                  <button
                    type="button"
                    aria-current={a.id === current?.id ? 'step' : undefined}
                    onClick={() => void act('/navigate', { to: a.id })}
                    className={`flex w-full items-center gap-2 rounded-md px-2 py-2 text-left text-sm hover:bg-slate-100 ${a.id === current?.id ? 'bg-indigo-50 font-semibold text-indigo-900 ring-1 ring-indigo-300' : ''}`}
                  >
                    <span className="w-5 text-right tabular-nums text-slate-600">{a.position + 1}</span>
                    <span className="min-w-0 flex-1 truncate">{a.title}</span>
                    <span className="text-xs text-slate-600">{a.state}</span>
                  </button>
                </li>
              ))}
            </ol>
          </Card>
          <Card className="space-y-3">
            <h2 className="font-semibold">Edit and reorder</h2>
            {definition.data ? <ActivityEditor sessionId={id} activities={definition.data.activities} /> : null}
            <h3 className="font-medium">Add activity</h3>
            <ActivityForm sessionId={id} onSaved={() => void client.invalidateQueries({ queryKey: ['live', 'session', id] })} />
            {definition.data && status !== 'ended' ? (
              <details className="rounded-md border border-slate-200 p-2">
                <summary className="cursor-pointer font-medium">Session settings</summary>
                <SessionSettings session={definition.data} />
              </details>
            ) : null}
          </Card>
        </aside>
      </div>
      <Card>
        <h2 className="font-semibold">Participants</h2>
        <p className="text-sm text-slate-700">
          Bans are per session and by nickname: someone who clears the browser and picks another name gets back in. There is no IP or device ban.
          Against a hostile crowd, lock the session or lower the join rate.
        </p>
        <ul className="mt-2 space-y-1">
          {participants.data?.items.map((p) => (
            <li key={p.id} className="flex items-center gap-2">
              <span>
                {p.nickname} · {p.presence} · {p.status}
              </span>
              {p.status === 'active' ? (
                <>
                  <Button size="sm" variant="secondary" onClick={() => void act(`/participants/${p.id}/kick`, {}).then(() => participants.refetch())}>
                    Kick {p.nickname}
                  </Button>
                  <Button size="sm" variant="danger" onClick={() => void act(`/participants/${p.id}/ban`, {}).then(() => participants.refetch())}>
                    Ban {p.nickname}
                  </Button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
