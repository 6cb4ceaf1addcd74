import { Users } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { api } from '../../shared/api';
import { plural } from '../../shared/plural';
import { FloatingReactions } from './FloatingReactions';
import { ResultsView } from './ResultsView';
import { displayCode, entitiesOf, entity, useLiveSync } from './sync';
import type { ActivityEntity, Leaderboard, Presence, QuestionEntity, ReactionsEntity, Results, SessionEntity } from './types';

/**
 * `/live/s/:id/present`: the big screen, full screen without the site's header: join code and QR always at the top,
 * the current activity in large type, participants and reaction bursts at the bottom. A presenter key in the URL fragment is exchanged for a presenter cookie and
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
  const reactionsActivity = entitiesOf<ActivityEntity>(sync.entities, 'activity').find((a) => a.type === 'reactions' && a.state === 'open');
  const reactions = entity<ReactionsEntity>(sync.entities, 'reactions', reactionsActivity?.id);

  const joinAt = joinUrl.replace(/^https?:\/\//, '').replace(/\/j\/.*$/, '/j');
  const joined = presence?.joined ?? 0;

  return (
    <div className="flex min-h-screen flex-col bg-white text-slate-900" data-transport={sync.transport}>
      <header className="flex flex-wrap items-center justify-between gap-4 bg-indigo-950 px-4 py-4 text-white sm:px-8" aria-label="Join code">
        <p className="min-w-0 max-w-full truncate text-2xl font-semibold sm:text-3xl">{session?.title ?? 'Caja Live'}</p>
        <div className="flex min-w-0 items-center gap-4 sm:gap-6">
          <div className="min-w-0 text-right">
            <p className="text-lg break-all sm:text-2xl">Join at <strong>{joinAt}</strong> with code</p>
            <p className="font-mono text-4xl font-bold tracking-wider whitespace-nowrap sm:text-6xl">{displayCode(session?.code ?? '')}</p>
          </div>
          {session?.code ? <JoinQr code={session.code} className="size-24 shrink-0 rounded-lg bg-white p-2 sm:size-36" /> : null}
        </div>
      </header>
      <main className="min-w-0 flex-1 px-4 py-8 sm:px-8 xl:px-16">
        {!session ? <p className="text-4xl">Connecting…</p> : null}
        {session && (session.screen === 'lobby' || !current) && session.screen !== 'end' ? (
          <section className="grid items-center gap-12 text-center lg:grid-cols-2 lg:text-left">
            <div>
              <h1 className="text-5xl font-bold leading-tight break-words sm:text-7xl">{session.title}</h1>
              <p className="mt-10 text-3xl break-all sm:text-4xl">
                Go to <strong>{joinAt}</strong>
              </p>
              <p className="mt-4 text-3xl sm:text-4xl">and enter</p>
              <p className="mt-4 font-mono text-6xl font-bold tracking-wider whitespace-nowrap text-indigo-800 sm:text-8xl 2xl:text-9xl">{displayCode(session.code)}</p>
            </div>
            <JoinQr code={session.code} className="mx-auto aspect-square w-full max-w-md" />
          </section>
        ) : null}
        {session?.screen === 'end' ? <h1 className="mt-24 text-center text-8xl font-bold">Thank you!</h1> : null}
        {current && session?.screen === 'activity' ? (
          <section className="space-y-8" aria-label={current.title}>
            <h1 className="text-4xl font-bold leading-tight break-words sm:text-6xl">{current.type === 'quiz' ? (current.quiz?.question?.text ?? current.title) : current.title}</h1>
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
      <footer className="flex flex-wrap items-center justify-between gap-6 border-t border-slate-200 px-4 py-4 sm:px-8">
        <p className="text-3xl" role="status">
          <Users aria-hidden className="mr-3 inline size-9 align-[-0.2em]" />
          {plural(joined, 'participant', 'participants')}
        </p>
        {reactions ? <FloatingReactions reactions={reactions} /> : null}
      </footer>
    </div>
  );
}

/** The server-drawn QR code of `/j/{code}`; a new code (regenerated by the host) loads a new image. */
export function JoinQr({ code, className }: { code: string; className: string }) {
  return <img src={`/api/live/join/${code}/qr.svg`} alt={`QR code to join with code ${displayCode(code)}`} className={className} />;
}
