import { lt } from './i18n';
import type { ActivityEntity, Leaderboard, QuestionEntity, Results } from './types';
import { WordCloud } from './WordCloud';

const shapes = ['▲', '◆', '●', '■', '★', '⬟'];
export const optionColours = ['bg-red-700', 'bg-blue-700', 'bg-amber-700', 'bg-green-700', 'bg-purple-700', 'bg-pink-700'];

/** Live results of one activity as bars, cloud, distribution, text wall or question list; texts always rendered escaped. */
export function ResultsView({
  activity,
  results,
  questions,
  leaderboard,
  big = false,
}: {
  activity: ActivityEntity;
  results?: Results;
  questions?: QuestionEntity[];
  leaderboard?: Leaderboard;
  big?: boolean;
}) {
  const text = big ? 'text-3xl' : 'text-sm';
  if (activity.type === 'qna') {
    const list = [...(questions ?? [])]
      .filter((q) => q.state === 'visible')
      .sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.voteCount - a.voteCount || a.createdAt.localeCompare(b.createdAt));
    return (
      <ul className="space-y-2" aria-label={lt('results.questions')}>
        {list.length === 0 ? <li className={text}>{lt('results.noQuestions')}</li> : null}
        {list.map((q) => (
          <li key={q.id} className={`rounded border border-slate-300 p-2 ${text}`}>
            {q.pinned ? <span className="mr-2 font-semibold">{lt('results.pinned')}</span> : null}
            <span>{q.text}</span>
            <span className="ml-2 text-slate-700">
              — {q.author ?? lt('results.anonymous')} · {lt('console.votes', { count: q.voteCount })}
            </span>
          </li>
        ))}
      </ul>
    );
  }
  if (leaderboard && (leaderboard.podium || activity.quiz?.question?.stage === 'leaderboard')) {
    return (
      <ol className={`space-y-1 ${text}`} aria-label={leaderboard.podium ? lt('results.podium') : lt('results.leaderboard')}>
        {leaderboard.top.map((p) => (
          <li key={`${p.rank}-${p.nickname}`}>
            {lt('results.player', { rank: p.rank, name: p.nickname ?? '?', points: p.score, correct: p.correctCount })}
          </li>
        ))}
      </ol>
    );
  }
  if (!results) return <p className={text}>{lt('results.waiting')}</p>;
  if (results.hidden) {
    return (
      <p className={text} role="status">
        {lt('results.hidden', { count: results.responses ?? results.answered ?? 0 })}
      </p>
    );
  }
  if (activity.type === 'wordcloud') {
    const words = results.words ?? [];
    if (words.length === 0) return <p className={text}>{lt('results.noWords')}</p>;
    return <WordCloud words={words} width={big ? 1200 : 600} height={big ? 560 : 320} big={big} />;
  }
  if (activity.type === 'opentext') {
    return (
      <ul className="space-y-2" aria-label={lt('results.entries')}>
        {(results.entries ?? []).map((e) => (
          <li key={e.id} className={`whitespace-pre-wrap rounded bg-slate-100 p-2 ${text}`}>
            {e.text}
          </li>
        ))}
      </ul>
    );
  }
  const labels =
    activity.type === 'rating'
      ? Array.from({ length: (activity.config.max ?? 5) - (activity.config.min ?? 1) + 1 }, (_, i) => String((activity.config.min ?? 1) + i))
      : activity.type === 'quiz'
        ? (activity.quiz?.question?.options ?? [])
        : (activity.config.options ?? []);
  const counts = Array.isArray(results.counts) ? results.counts : [];
  const total = Math.max(1, ...counts);
  const correct = activity.quiz?.question?.correct ?? [];
  const percents = results.percents ?? [];
  return (
    <div>
      <ul className="space-y-2" aria-label={lt('results.results')}>
        {labels.map((label, i) => (
          <li key={label + i} className={text}>
            <div className="flex justify-between">
              <span>
                {activity.type === 'quiz' ? `${shapes[i]} ` : ''}
                {label}
                {correct.includes(i) ? lt('results.correct') : ''}
              </span>
              <span className="tabular-nums">{counts[i] ?? 0}{percents[i] != null ? ` · ${percents[i]}%` : ''}</span>
            </div>
            <div className={big ? 'h-8 rounded-lg bg-slate-200' : 'h-3 rounded bg-slate-200'}>
              <div
                className={`${big ? 'h-8 rounded-lg' : 'h-3 rounded'} ${activity.type === 'quiz' ? optionColours[i % optionColours.length] : 'bg-indigo-700'} transition-all duration-500`}
                style={{ width: `${((counts[i] ?? 0) / total) * 100}%` }}
              />
            </div>
          </li>
        ))}
      </ul>
      <p className={`mt-2 ${text}`}>
        {lt('results.respondents', { count: results.respondents ?? results.answered ?? 0 })}
        {results.mean != null ? lt('results.meanMedian', { mean: results.mean, median: results.median ?? '' }) : ''}
      </p>
    </div>
  );
}
