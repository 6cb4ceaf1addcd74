import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../shared/api';
import { Card, ErrorBox, Loading, PageHeader } from '../../shared/ui';
import type { SessionSummary } from './types';

interface Player {
  rank: number;
  nickname: string | null;
  score: number;
  correctCount: number;
}

/** One line a person can read for each activity type's headline result. */
function headlineText(type: string, headline: unknown): string {
  const h = headline as Record<string, unknown> | null;
  if (!h) return '—';
  switch (type) {
    case 'poll':
      return h.topOption ? `Top: ${String(h.topOption)} (${String(h.topCount)}, ${String(h.topPercent ?? 0)} %)` : '—';
    case 'wordcloud':
      return ((h.topWords as { text: string; count: number }[]) ?? []).map((w) => `${w.text} (${w.count})`).join(', ') || '—';
    case 'rating':
      return h.mean == null ? '—' : `Mean ${String(h.mean)}, median ${String(h.median)}`;
    case 'qna':
      return `${String(h.asked)} asked, ${String(h.answered)} answered, ${String(h.dismissed)} dismissed`;
    case 'reactions':
      return Object.entries((h.totals as Record<string, number>) ?? {})
        .map(([emoji, n]) => `${emoji} ${n}`)
        .join('  ');
    case 'quiz':
      return (
        ((h.top as Player[]) ?? []).map((p) => `${p.rank}. ${p.nickname ?? '?'} ${p.score} pts (${p.correctCount} correct)`).join(' · ') +
        (h.averageScore != null ? ` — average ${String(h.averageScore)}` : '')
      );
    default:
      return '—';
  }
}

/** `/live/s/:id/summary`: the summary (partial while live) and export downloads (E1, E2). */
export function SummaryPage() {
  const { id = '' } = useParams();
  const summary = useQuery({
    queryKey: ['live', 'summary', id],
    queryFn: () => api.get<SessionSummary>(`/api/live/sessions/${id}/summary`),
    refetchInterval: (q) => (q.state.data?.final ? false : 5000),
  });
  const exportUrl = (query: string) => `/api/live/sessions/${id}/export?${query}`;
  return (
    <div className="space-y-4">
      <PageHeader title={`Summary: ${summary.data?.title ?? ''}`} />
      <Link to={`/live/s/${id}/run`} className="text-indigo-700 underline">
        Back to the console
      </Link>
      {summary.isLoading ? <Loading /> : null}
      {summary.error ? <ErrorBox error={summary.error} /> : null}
      {summary.data ? (
        <Card>
          <p role="status">
            {summary.data.final ? 'Final' : 'Partial (the session is still running)'} · {summary.data.participantsJoined} joined · {summary.data.online} online now · peak {summary.data.peakOnline} online
          </p>
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col">Activity</th>
                <th scope="col">Type</th>
                <th scope="col">Respondents</th>
                <th scope="col">Participation</th>
                <th scope="col">Headline</th>
              </tr>
            </thead>
            <tbody>
              {summary.data.activities.map((a) => (
                <tr key={a.id} className="border-t">
                  <td>{a.title}</td>
                  <td>{a.type}</td>
                  <td>{a.respondents}</td>
                  <td>{a.participationPercent} %</td>
                  <td>{headlineText(a.type, a.headline)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      ) : null}
      <Card>
        <h2 className="font-semibold">Export</h2>
        <p className="text-sm text-slate-700">Nicknames appear only for identified activities and non-anonymous questions. Works while the session is live.</p>
        <ul className="mt-2 flex flex-wrap gap-3">
          <li>
            <a className="text-indigo-700 underline" href={exportUrl('format=json')} download={`session-${id}.json`}>
              Everything (JSON)
            </a>
          </li>
          {['summary', 'responses', 'questions', 'leaderboard'].map((part) => (
            <li key={part}>
              <a className="text-indigo-700 underline" href={exportUrl(`format=csv&part=${part}`)} download={`session-${id}-${part}.csv`}>
                {part} (CSV)
              </a>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
