import { Check } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../shared/api';
import { useLocale } from '../../shared/i18n';
import { Button, ErrorBox, LanguageSelect } from '../../shared/ui';
import { enumText, lt } from './i18n';
import { optionColours, ResultsView } from './ResultsView';
import { entitiesOf, entity, postOnce, useLiveSync } from './sync';
import type { ActivityEntity, AskedQuestion, QuestionEntity, QuizScore as Score, Results, SessionEntity } from './types';

/** The phone: waiting screen, one answer form per activity type, Q&A, reactions, own score; survives drops and reloads. */
export function ParticipantView({ sessionId, title, rehearsal }: { sessionId: string; title: string; rehearsal: boolean }) {
  useLocale();
  const sync = useLiveSync(`/api/live/p/${sessionId}/sync`, `live.p.${sessionId}`);
  const session = entity<SessionEntity>(sync.entities, 'session', sessionId);
  const activities = entitiesOf<ActivityEntity>(sync.entities, 'activity');
  const current = activities.find((a) => a.id === session?.currentActivityId);
  const qna = activities.find((a) => a.type === 'qna' && a.state === 'open');
  const reactions = activities.find((a) => a.type === 'reactions' && a.state === 'open');

  if (sync.removed) {
    return (
      <main className="p-4">
        <h1 className="text-2xl font-bold">{lt('phone.removed')}</h1>
      </main>
    );
  }

  return (
    <main className="mx-auto max-w-md space-y-4 p-4" data-transport={sync.transport}>
      {sync.reconnecting ? (
        <p role="status" className="rounded bg-amber-100 p-2">
          {lt('phone.reconnecting')}
        </p>
      ) : null}
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h1 className="text-xl font-bold break-words">{session?.title ?? title}</h1>
          {rehearsal || session?.isRehearsal ? <span className="rounded bg-amber-100 px-2">{lt('phone.rehearsal')}</span> : null}
        </div>
        <LanguageSelect label={lt('language')} />
      </header>
      {session?.status === 'ended' || session?.screen === 'end' ? (
        <section aria-label={lt('phone.ended')}>
          <p className="text-lg">{lt('phone.thanks')}</p>
          <MyScores entities={sync.entities} />
        </section>
      ) : current && current.state !== 'pending' ? (
        <ActivityAnswerForm key={current.id} sessionId={sessionId} activity={current} entities={sync.entities} />
      ) : (
        <p className="text-lg" role="status">
          {lt('phone.waiting')}
        </p>
      )}
      {qna && qna.id !== current?.id ? <QnaPanel sessionId={sessionId} activity={qna} entities={sync.entities} /> : null}
      {reactions ? <ReactionBar sessionId={sessionId} activity={reactions} /> : null}
    </main>
  );
}

function MyScores({ entities }: { entities: Record<string, unknown> }) {
  const scores = entitiesOf<Score>(entities, 'me').filter((m) => 'score' in (m as object));
  return (
    <ul>
      {scores.map((s) => (
        <li key={s.activityId}>
          {lt('phone.score', { score: s.score, rank: s.rank, players: s.players })}
        </li>
      ))}
    </ul>
  );
}

interface GivenAnswer {
  choices?: number[];
  rating?: number;
}

function readGiven(key: string): GivenAnswer | null {
  try {
    return JSON.parse(sessionStorage.getItem(key) ?? 'null') as GivenAnswer | null;
  } catch {
    return null;
  }
}

/** The participant's answer to the current activity (the host edits activities with `ActivityForm`). */
function ActivityAnswerForm({ sessionId, activity, entities }: { sessionId: string; activity: ActivityEntity; entities: Record<string, unknown> }) {
  const [sent, setSent] = useState<'phone.retrying' | 'phone.received' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [text, setText] = useState('');
  const base = `/api/live/p/${sessionId}/activities/${activity.id}`;
  const open = activity.state === 'open';
  // The answer given stays marked after voting, and after a reload (the phone may sleep between activities).
  const answerKey = `live.answer.${sessionId}.${activity.id}`;
  const [given, setGiven] = useState<GivenAnswer | null>(() => readGiven(answerKey));
  const [choices, setChoices] = useState<number[]>(() => given?.choices ?? []);

  async function submit(body: GivenAnswer | { words: string[] } | { text: string }) {
    setError(null);
    try {
      await postOnce(`${base}/responses`, body, (retrying) => setSent(retrying ? 'phone.retrying' : null));
      setSent('phone.received');
      if ('choices' in body || 'rating' in body) {
        sessionStorage.setItem(answerKey, JSON.stringify(body));
        setGiven(body);
      }
    } catch (e) {
      setError(e);
    }
  }

  const heading = <h2 className="text-lg font-semibold">{activity.title}</h2>;
  if (activity.type === 'qna') return <QnaPanel sessionId={sessionId} activity={activity} entities={entities} />;
  if (activity.type === 'reactions') return heading;
  if (activity.type === 'quiz') return <QuizForm sessionId={sessionId} activity={activity} entities={entities} />;
  const results = entity<Results>(entities, 'results', activity.id);

  return (
    <section className="space-y-3" aria-label={activity.title}>
      {heading}
      {error ? <ErrorBox error={error} /> : null}
      {sent ? <p role="status">✔ {lt(sent)}</p> : null}
      {!open ? <p role="status">{lt('phone.closed')}</p> : null}
      {activity.type === 'poll' && open ? (
        <div className="grid gap-2">
          {(activity.config.options ?? []).map((option, i) =>
            activity.config.multiple ? (
              <label key={option + i} className="flex min-h-11 items-center gap-2 rounded border p-2">
                <input
                  type="checkbox"
                  checked={choices.includes(i)}
                  onChange={() => setChoices((c) => (c.includes(i) ? c.filter((x) => x !== i) : [...c, i]))}
                />
                {option}
              </label>
            ) : (
              <Button
                key={option + i}
                variant={given?.choices?.includes(i) ? 'primary' : 'secondary'}
                aria-pressed={given?.choices?.includes(i) ?? false}
                className="min-h-11 justify-between"
                onClick={() => void submit({ choices: [i] })}
              >
                {option}
                {given?.choices?.includes(i) ? <Check aria-hidden className="size-5" /> : null}
              </Button>
            ),
          )}
          {activity.config.multiple ? <Button onClick={() => void submit({ choices })}>{lt('phone.send')}</Button> : null}
        </div>
      ) : null}
      {activity.type === 'rating' && open ? (
        <div className="flex flex-wrap gap-2" role="group" aria-label={lt('phone.rating')}>
          {Array.from({ length: (activity.config.max ?? 5) - (activity.config.min ?? 1) + 1 }, (_, i) => (activity.config.min ?? 1) + i).map((v) => (
            <Button
              key={v}
              variant={given?.rating === v ? 'primary' : 'secondary'}
              aria-pressed={given?.rating === v}
              className="min-h-11 min-w-11"
              onClick={() => void submit({ rating: v })}
            >
              {v}
            </Button>
          ))}
        </div>
      ) : null}
      {(activity.type === 'wordcloud' || activity.type === 'opentext') && open ? (
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            void submit(activity.type === 'wordcloud' ? { words: [text] } : { text }).then(() => setText(''));
          }}
        >
          <label className="block">
            <span className="text-sm">{activity.type === 'wordcloud' ? lt('phone.yourWord') : lt('phone.yourAnswer')}</span>
            {activity.type === 'wordcloud' ? (
              <input className="w-full rounded border p-2" value={text} onChange={(e) => setText(e.target.value)} required />
            ) : (
              <textarea className="w-full rounded border p-2" value={text} onChange={(e) => setText(e.target.value)} required />
            )}
          </label>
          <Button type="submit" className="min-h-11 w-full">
            {lt('phone.send')}
          </Button>
        </form>
      ) : null}
      {results && !results.hidden ? <ResultsView activity={activity} results={results} /> : null}
    </section>
  );
}

function QuizForm({ sessionId, activity, entities }: { sessionId: string; activity: ActivityEntity; entities: Record<string, unknown> }) {
  const question = activity.quiz?.question;
  const [answered, setAnswered] = useState<Record<number, number[]>>({});
  const [error, setError] = useState<unknown>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, []);
  const score = entity<Score>(entities, 'me', `score:${activity.id}`);
  if (!question || !question.options) return <p role="status">{lt('phone.getReady')}</p>;
  const mine = answered[question.index];
  const remaining = question.closesAt ? Math.max(0, Math.ceil((Date.parse(question.closesAt) - now) / 1000)) : null;

  async function answer(options: number[]) {
    setError(null);
    try {
      await postOnce(`/api/live/p/${sessionId}/activities/${activity.id}/quiz/${question!.index}/answer`, { options });
      setAnswered((a) => ({ ...a, [question!.index]: options }));
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="space-y-3" aria-label={lt('phone.quizQuestion')}>
      <h2 className="text-lg font-semibold">{question.text}</h2>
      {remaining !== null && question.stage === 'open' ? <p role="timer">{lt('phone.seconds', { seconds: remaining })}</p> : null}
      {error ? <ErrorBox error={error} /> : null}
      <div className="grid grid-cols-2 gap-2">
        {question.options.map((option, i) => (
          <button
            key={option + i}
            type="button"
            disabled={question.stage !== 'open' || mine !== undefined}
            onClick={() => void answer([i])}
            className={`min-h-16 rounded p-2 text-left font-semibold text-white disabled:opacity-70 ${optionColours[i]} ${mine?.includes(i) ? 'ring-4 ring-black' : ''}`}
          >
            {['▲', '◆', '●', '■', '★', '⬟'][i]} {option}
            {question.correct?.includes(i) ? ' ✔' : ''}
          </button>
        ))}
      </div>
      {mine !== undefined && !question.correct ? <p role="status">{lt('phone.locked')}</p> : null}
      {score && question.correct ? (
        <p role="status">
          {score.last.correct ? lt('phone.correct', { points: score.last.points }) : lt('phone.wrong')} {lt('phone.quizScore', { score: score.score, rank: score.rank })}
        </p>
      ) : null}
    </section>
  );
}

function QnaPanel({ sessionId, activity, entities }: { sessionId: string; activity: ActivityEntity; entities: Record<string, unknown> }) {
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [sort, setSort] = useState<'votes' | 'newest'>('votes');
  const [voted, setVoted] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const questions = entitiesOf<QuestionEntity>(entities, 'question').filter((q) => q.activityId === activity.id && q.state === 'visible');
  const mine = entitiesOf<AskedQuestion>(entities, 'me').filter(
    (m) => m.activityId === activity.id && 'state' in m && m.state !== 'visible',
  );
  const sorted = [...questions].sort((a, b) =>
    sort === 'votes' ? Number(b.pinned) - Number(a.pinned) || b.voteCount - a.voteCount : b.createdAt.localeCompare(a.createdAt),
  );

  async function vote(q: QuestionEntity) {
    const has = voted.includes(q.id);
    try {
      if (has) await api.delete(`/api/live/p/${sessionId}/questions/${q.id}/vote`);
      else await api.put(`/api/live/p/${sessionId}/questions/${q.id}/vote`);
      setVoted((v) => (has ? v.filter((x) => x !== q.id) : [...v, q.id]));
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="space-y-3" aria-label={lt('phone.qna')}>
      <h2 className="text-lg font-semibold">{activity.title}</h2>
      {error ? <ErrorBox error={error} /> : null}
      <form
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          postOnce(`/api/live/p/${sessionId}/activities/${activity.id}/questions`, { text, anonymous })
            .then(() => setText(''))
            .catch(setError);
        }}
      >
        <label className="block">
          <span className="text-sm">{lt('phone.yourQuestion')}</span>
          <textarea className="w-full rounded border p-2" value={text} onChange={(e) => setText(e.target.value)} required />
        </label>
        {activity.config.anonymousAllowed ? (
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} /> {lt('phone.anonymous')}
          </label>
        ) : null}
        <Button type="submit" className="min-h-11 w-full">
          {lt('phone.ask')}
        </Button>
      </form>
      {mine.map((m) => (
        <p key={m.id} className="rounded bg-slate-100 p-2">
          {lt('phone.mine', { text: m.text, state: enumText('question', m.state === 'filtered' ? 'pending' : m.state) })}
        </p>
      ))}
      <label className="block text-sm">
        {lt('phone.sort')}{' '}
        <select value={sort} onChange={(e) => setSort(e.target.value as 'votes' | 'newest')} className="rounded border">
          <option value="votes">{lt('phone.sort.votes')}</option>
          <option value="newest">{lt('phone.sort.newest')}</option>
        </select>
      </label>
      <ul className="space-y-2">
        {sorted.map((q) => (
          <li key={q.id} className="flex items-start justify-between gap-2 rounded border p-2">
            <span>
              {q.pinned ? '📌 ' : ''}
              {q.text}
            </span>
            <Button variant={voted.includes(q.id) ? 'primary' : 'secondary'} className="min-h-11" aria-pressed={voted.includes(q.id)} onClick={() => void vote(q)}>
              ▲ {q.voteCount}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ReactionBar({ sessionId, activity }: { sessionId: string; activity: ActivityEntity }) {
  const pending = useRef<Record<string, number>>({});
  useEffect(() => {
    const id = setInterval(() => {
      const counts = pending.current;
      pending.current = {};
      if (Object.keys(counts).length > 0) {
        void api.post(`/api/live/p/${sessionId}/activities/${activity.id}/reactions`, { counts }).catch(() => undefined);
      }
    }, 1100);
    return () => clearInterval(id);
  }, [sessionId, activity.id]);
  return (
    <div className="flex justify-around" role="group" aria-label={lt('phone.reactions')}>
      {(activity.config.emojis ?? []).map((emoji) => (
        <button
          key={emoji}
          type="button"
          aria-label={lt('phone.react', { emoji })}
          className="min-h-11 min-w-11 text-2xl"
          onClick={() => {
            pending.current = { ...pending.current, [emoji]: Math.min(20, (pending.current[emoji] ?? 0) + 1) };
          }}
        >
          {emoji}
        </button>
      ))}
    </div>
  );
}
