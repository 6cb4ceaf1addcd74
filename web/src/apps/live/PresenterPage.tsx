import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { api } from '../../shared/api';
import { BigScreen } from './BigScreen';
import { entitiesOf, entity, useLiveSync } from './sync';
import type { ActivityEntity, Leaderboard, Presence, QuestionEntity, ReactionsEntity, Results, SessionEntity } from './types';

/**
 * `/live/s/:id/present`: the big screen (BigScreen), full screen without the site's header. A presenter key in the URL fragment is exchanged for a presenter cookie and
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
  const resultsId = current?.type === 'quiz' ? `${current.id}:${current.quiz?.quizIndex}` : current?.id;
  const reactionsActivity = entitiesOf<ActivityEntity>(sync.entities, 'activity').find((a) => a.type === 'reactions' && a.state === 'open');
  const reactions = entity<ReactionsEntity>(sync.entities, 'reactions', reactionsActivity?.id);

  return (
    <div data-transport={sync.transport}>
      <BigScreen
        state={{
          session,
          joined: presence?.joined ?? 0,
          current,
          results: entity<Results>(sync.entities, 'results', resultsId),
          questions: entitiesOf<QuestionEntity>(sync.entities, 'question').filter((q) => q.activityId === current?.id),
          leaderboard: entity<Leaderboard>(sync.entities, 'leaderboard', current?.id),
          reactions,
        }}
      />
    </div>
  );
}
