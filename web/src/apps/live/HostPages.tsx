import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ChevronLeft, ChevronRight, MonitorPlay, Users } from 'lucide-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../shared/api';
import { useLocale } from '../../shared/i18n';
import { Button, Card, ErrorBox, LanguageSelect, PageHeader } from '../../shared/ui';
import { ActivityEditor } from './ActivityEditor';
import { ActivityForm } from './ActivityForm';
import { JoinQr, ScaledBigScreen } from './BigScreen';
import { SessionSettings } from './SessionSettings';
import { enumText, lt, typeText } from './i18n';
import { Interpolated } from './Interpolated';
import { displayCode, entitiesOf, entity, useLiveSync } from './sync';
import type {
  ActivityEntity,
  Leaderboard,
  Page,
  Presence,
  QuestionEntity,
  Results,
  SessionDefinition,
  SessionEntity,
  SessionParticipant,
} from './types';

/** `/live/s/:id/run`: build and run a session — activities, navigation, results, moderation, participants. */
export function ConsolePage() {
  useLocale();
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
      <PageHeader title={session?.title ?? definition.data?.title ?? lt('console.session')} actions={<LanguageSelect label={lt('language')} />} />
      {error ? <ErrorBox error={error} /> : null}
      <Card className="flex flex-wrap items-center gap-4">
        {session?.code ? <JoinQr code={session.code} className="hidden size-20 sm:block" /> : null}
        <div className="min-w-0 flex-1 basis-64 space-y-1">
          <p>
            {rehearsing ? <strong className="mr-2 rounded bg-amber-100 px-2">{lt('console.rehearsal')}</strong> : null}
            <JoinLine code={session?.code ?? definition.data?.code ?? ''} />
          </p>
          <p role="status" aria-label={lt('console.connection')} className="text-sm text-slate-700">
            {lt('console.status', { status: enumText('status', status ?? 'draft') })} ·{' '}
            {sync.reconnecting ? lt('console.reconnecting') : lt('console.connected', { transport: lt(`transport.${sync.transport}`) })}
          </p>
        </div>
        <div className="flex items-center gap-2 rounded-lg bg-indigo-50 px-4 py-2 text-indigo-950 max-sm:w-full" aria-label={lt('console.participantsNow')}>
          <Users aria-hidden className="size-7" />
          <div>
            <p className="text-3xl font-bold tabular-nums">{presence?.online ?? 0}</p>
            <p className="text-xs">{presence ? lt('console.presence', { joined: presence.joined, idle: presence.idle }) : lt('console.noOneYet')}</p>
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          {status === 'draft' && !rehearsing ? <Button onClick={() => void act('/start')}>{lt('console.start')}</Button> : null}
          <Link className="inline-flex items-center gap-1 rounded-md border border-slate-300 px-3 py-2 text-sm" to={`/live/s/${id}/present`} target="_blank">
            <MonitorPlay aria-hidden className="size-4" /> {lt('console.openPresenter')}
          </Link>
          <Link className="inline-flex items-center rounded-md border border-slate-300 px-3 py-2 text-sm" to={`/live/s/${id}/summary`}>
            {lt('console.summary')}
          </Link>
          <Button variant="danger" onClick={() => void act('/end')}>
            {lt('console.end')}
          </Button>
        </div>
        {status === 'draft' ? (
          <div className="flex w-full flex-wrap items-end gap-2" aria-label={lt('console.rehearsalControls')}>
            {rehearsing ? (
              <Button variant="secondary" onClick={() => void rehearsal(false)}>
                {lt('console.stopRehearsal')}
              </Button>
            ) : (
              <>
                <label className="text-sm">
                  {lt('console.bots')}{' '}
                  <input type="number" min={0} max={500} value={bots} onChange={(e) => setBots(Number(e.target.value))} className="w-20 rounded border p-1" />
                </label>
                <Button variant="secondary" onClick={() => void rehearsal(true)}>
                  {lt('console.rehearse')}
                </Button>
              </>
            )}
          </div>
        ) : null}
      </Card>

      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_26rem] xl:grid-cols-[minmax(0,1fr)_30rem]">
        <div className="min-w-0 space-y-4">
          <Card className="space-y-4" aria-label={lt('console.current')}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <div className="min-w-0">
                <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">
                  {current
                    ? lt('console.position', { index: currentIndex + 1, count: activities.length, type: typeText(current.type), state: enumText('state', current.state) })
                    : lt('console.lobby')}
                </p>
                <h2 className="text-2xl font-bold">{current?.title ?? lt('console.waitingAudience')}</h2>
              </div>
              <div className="flex gap-2">
                <Button variant="secondary" className="min-h-14 px-5 text-lg" onClick={() => void act('/navigate', { to: 'previous' })}>
                  <ChevronLeft aria-hidden className="size-6" /> {lt('console.previous')}
                </Button>
                <Button className="min-h-14 px-6 text-lg" onClick={() => void act('/navigate', { to: 'next' })}>
                  {lt('console.next')} <ChevronRight aria-hidden className="size-6" />
                </Button>
              </div>
            </div>
            <div className="flex flex-wrap gap-2">
              {current ? (
                <>
                  <Button variant="secondary" disabled={current.state === 'open'} onClick={() => void act(`/activities/${current.id}/open`)}>{lt('console.openAnswers')}</Button>
                  <Button variant="secondary" disabled={current.state !== 'open'} onClick={() => void act(`/activities/${current.id}/close`)}>{lt('console.closeAnswers')}</Button>
                  {current.type !== 'quiz' ? (
                    <Button variant="secondary" onClick={() => void act(`/activities/${current.id}/${current.revealed ? 'hide-results' : 'reveal'}`)}>
                      {current.revealed ? lt('console.hideResults') : lt('console.revealResults')}
                    </Button>
                  ) : null}
                </>
              ) : null}
              <Button variant="secondary" onClick={() => void act('/navigate', { to: 'lobby' })}>{lt('console.lobby')}</Button>
              <Button variant="secondary" onClick={() => void act(session?.locked ? '/unlock' : '/lock')}>{session?.locked ? lt('console.unlock') : lt('console.lock')}</Button>
            </div>
            {current?.type === 'quiz' ? <p className="text-sm">{lt('console.quizStage', { index: (current.quiz?.quizIndex ?? -1) + 1, stage: enumText('stage', current.quiz?.question?.stage ?? 'hidden') })}</p> : null}
            <figure aria-label={lt('console.preview')} className="overflow-hidden rounded-xl border-4 border-slate-800 bg-white shadow-inner">
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
                {current && !current.revealed && current.resultsMode !== 'live' ? lt('console.previewHidden') : lt('console.previewCaption')}
              </figcaption>
            </figure>
          </Card>
          <Card>
            <h2 className="font-semibold">{lt('console.inbox', { count: inbox.length })}</h2>
            <ul className="space-y-2">
              {inbox.map((q) => (
                <li key={q.id} className="rounded border p-2">
                  <span>{q.text}</span> <span className="text-sm">({enumText('question', q.state)})</span>
                  <div className="flex gap-1">
                    <Button size="sm" onClick={() => void act(`/questions/${q.id}/approve`)}>
                      {lt('console.approve')}
                    </Button>
                    <Button size="sm" variant="secondary" onClick={() => void act(`/questions/${q.id}/dismiss`)}>
                      {lt('console.dismiss')}
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
            <h2 className="mt-4 font-semibold">{lt('console.questions')}</h2>
            <ul className="space-y-2">
              {questions
                .filter((q) => q.state === 'visible' || q.state === 'answered')
                .map((q) => (
                  <li key={q.id} className="rounded border p-2">
                    {q.pinned ? '📌 ' : ''}
                    {q.text} · {lt('console.votes', { count: q.voteCount })} · {enumText('question', q.state)}
                    <div className="flex flex-wrap gap-1">
                      <Button size="sm" variant="secondary" onClick={() => void act(`/questions/${q.id}/${q.state === 'answered' ? 'unanswer' : 'answer'}`)}>
                        {q.state === 'answered' ? lt('console.unanswer') : lt('console.markAnswered')}
                      </Button>
                      <Button size="sm" variant="secondary" onClick={() => void act(`/questions/${q.id}/${q.pinned ? 'unpin' : 'pin'}`)}>
                        {q.pinned ? lt('console.unpin') : lt('console.pin')}
                      </Button>
                      <Button size="sm" variant="secondary" onClick={() => void act(`/questions/${q.id}/hide`)}>
                        {lt('console.hide')}
                      </Button>
                      <Button size="sm" variant="danger" onClick={() => void act(`/questions/${q.id}/remove-author`, { ban: false })}>
                        {lt('console.removeAuthor')}
                      </Button>
                    </div>
                  </li>
                ))}
            </ul>
          </Card>
        </div>

        <aside className="min-w-0 space-y-4" aria-label={lt('console.side')}>
          <Card className="space-y-2">
            <h2 className="font-semibold">{lt('console.runOrder')}</h2>
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
                    <span className="text-xs text-slate-600">{enumText('state', a.state)}</span>
                  </button>
                </li>
              ))}
            </ol>
          </Card>
          <Card className="space-y-3">
            <h2 className="font-semibold">{lt('console.edit')}</h2>
            {definition.data ? <ActivityEditor sessionId={id} activities={definition.data.activities} /> : null}
            <h3 className="font-medium">{lt('console.addActivity')}</h3>
            <ActivityForm sessionId={id} onSaved={() => void client.invalidateQueries({ queryKey: ['live', 'session', id] })} />
            {definition.data && status !== 'ended' ? (
              <details className="rounded-md border border-slate-200 p-2">
                <summary className="cursor-pointer font-medium">{lt('console.settings')}</summary>
                <SessionSettings session={definition.data} />
              </details>
            ) : null}
          </Card>
        </aside>
      </div>
      <Card>
        <h2 className="font-semibold">{lt('console.participants')}</h2>
        <p className="text-sm text-slate-700">{lt('console.banNote')}</p>
        <ul className="mt-2 space-y-1">
          {participants.data?.items.map((p) => (
            <li key={p.id} className="flex items-center gap-2">
              <span>
                {p.nickname} · {enumText('presence', p.presence)} · {enumText('participant', p.status)}
              </span>
              {p.status === 'active' ? (
                <>
                  <Button size="sm" variant="secondary" onClick={() => void act(`/participants/${p.id}/kick`, {}).then(() => participants.refetch())}>
                    {lt('console.kick', { name: p.nickname })}
                  </Button>
                  <Button size="sm" variant="danger" onClick={() => void act(`/participants/${p.id}/ban`, {}).then(() => participants.refetch())}>
                    {lt('console.ban', { name: p.nickname })}
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

/** "Join at /j/CODE with code ABC 123", the code large and kept on one line. */
function JoinLine({ code }: { code: string }) {
  return (
    <Interpolated
      template={lt('console.joinAt')}
      values={{
        place: <strong>{`/j/${code}`}</strong>,
        code: <strong className="font-mono text-2xl whitespace-nowrap">{displayCode(code)}</strong>,
      }}
    />
  );
}
