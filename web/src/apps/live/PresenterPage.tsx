import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { api } from '../../shared/api';
import { ResultsView } from './ResultsView';
import { displayCode, entitiesOf, entity, useLiveSync } from './sync';
import type { ActivityEntity, Leaderboard, Presence, QuestionEntity, Results, SessionEntity } from './types';

/**
 * `/live/s/:id/present`: the big screen. A presenter key in the URL fragment is exchanged for a presenter cookie and
 * removed from the address bar; the owner's login works without one. Shows the join code always.
 */
export function PresenterPage() {
  const { id = '' } = useParams();
  const [ready, setReady] = useState(() => !window.location.hash.includes('key='));
  useEffect(() => {
    const key = new URLSearchParams(window.location.hash.slice(1)).get('key');
    if (!key) return;
    void api.post(`/api/live/present/${id}/key`, { key }).finally(() => {
      history.replaceState(null, '', window.location.pathname);
      setReady(true);
    });
  }, [id]);
  const sync = useLiveSync(ready ? `/api/live/present/${id}/sync` : null, `live.present.${id}`);
  const session = entity<SessionEntity>(sync.entities, 'session', id);
  const presence = entity<Presence>(sync.entities, 'presence', id);
  const current = entitiesOf<ActivityEntity>(sync.entities, 'activity').find((a) => a.id === session?.currentActivityId);
  const joinUrl = `${window.location.origin}/j/${session?.code ?? ''}`;
  const resultsId = current?.type === 'quiz' ? `${current.id}:${current.quiz?.quizIndex}` : current?.id;

  return (
    <main className="min-h-screen bg-white p-8 text-slate-900">
      <aside className="fixed right-4 top-4 rounded bg-slate-100 p-3 text-right" aria-label="Join code">
        <p className="text-lg">{joinUrl.replace(/^https?:\/\//, '')}</p>
        <p className="font-mono text-4xl font-bold">{displayCode(session?.code ?? '')}</p>
      </aside>
      {!session ? <p className="text-3xl">Connecting…</p> : null}
      {session && (session.screen === 'lobby' || !current) && session.screen !== 'end' ? (
        <section className="mt-24 text-center">
          <h1 className="text-5xl font-bold">{session.title}</h1>
          <p className="mt-8 text-3xl">
            Join at <strong>{joinUrl.replace(/^https?:\/\//, '')}</strong>
          </p>
          <p className="mt-4 font-mono text-8xl font-bold">{displayCode(session.code)}</p>
          <p className="mt-8 text-3xl" role="status">
            {presence?.joined ?? 0} joined
          </p>
        </section>
      ) : null}
      {session?.screen === 'end' ? <h1 className="mt-24 text-center text-5xl font-bold">Thank you!</h1> : null}
      {current && session?.screen === 'activity' ? (
        <section className="mt-24 space-y-6" aria-label={current.title}>
          <h1 className="text-5xl font-bold">{current.type === 'quiz' ? (current.quiz?.question?.text ?? current.title) : current.title}</h1>
          <ResultsView
            big
            activity={current}
            results={entity<Results>(sync.entities, 'results', resultsId)}
            questions={entitiesOf<QuestionEntity>(sync.entities, 'question').filter((q) => q.activityId === current.id)}
            leaderboard={entity<Leaderboard>(sync.entities, 'leaderboard', current.id)}
          />
        </section>
      ) : null}
    </main>
  );
}
