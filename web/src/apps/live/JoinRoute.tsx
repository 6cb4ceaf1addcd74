import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api, isApiError } from '../../shared/api';
import { useLocale } from '../../shared/i18n';
import { Button, ErrorBox, LanguageSelect, TextField } from '../../shared/ui';
import { lt } from './i18n';
import { ParticipantView } from './ParticipantView';
import { displayCode } from './sync';
import type { JoinAnswer, JoinLookup } from './types';


const joinedMarker = (sessionId: string) => `live.joined.${sessionId}`;

function randomName(): string {
  const names = lt('join.names').split('|');
  return names[Math.floor(Math.random() * names.length)];
}

const languageSelect = () => <LanguageSelect label={lt('language')} className="justify-end" />;

/** Participant entry `/j/:code` (and `/live/join`): code, nickname, recovery code, then the live phone view. */
export default function JoinRoute() {
  useLocale();
  const { code: routeCode = '' } = useParams();
  const navigate = useNavigate();
  const [code, setCode] = useState(routeCode);
  const [lookup, setLookup] = useState<JoinLookup | null>(null);
  const [joined, setJoined] = useState<JoinAnswer | null>(null);
  const [resumed, setResumed] = useState(false);
  const [nickname, setNickname] = useState('');
  const [recovery, setRecovery] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [waiting, setWaiting] = useState(false);

  useEffect(() => {
    if (!routeCode) return;
    let cancelled = false;
    api
      .get<JoinLookup>(`/api/live/join/${encodeURIComponent(routeCode)}`)
      .then(async (found) => {
        if (cancelled) return;
        setLookup(found);
        // The participant cookie is HttpOnly; this marker spares a first-time visitor the 401 of asking anyway.
        if (!localStorage.getItem(joinedMarker(found.sessionId))) return;
        try {
          await api.get(`/api/live/p/${found.sessionId}/me`);
          if (!cancelled) setResumed(true);
        } catch {
          localStorage.removeItem(joinedMarker(found.sessionId));
        }
      })
      .catch((e: unknown) => !cancelled && setError(e));
    return () => {
      cancelled = true;
    };
  }, [routeCode]);

  async function join(event: FormEvent) {
    event.preventDefault();
    setError(null);
    for (;;) {
      try {
        const answer = await api.post<JoinAnswer>('/api/live/join', {
          code: routeCode,
          nickname,
          recoveryCode: recovery || undefined,
        });
        setWaiting(false);
        localStorage.setItem(joinedMarker(answer.sessionId), '1');
        setJoined(answer);
        return;
      } catch (e) {
        if (isApiError(e) && e.code === 'JOIN_BUSY') {
          setWaiting(true);
          await new Promise((r) => setTimeout(r, Number(e.problem.retryAfterMs ?? 2000)));
          continue;
        }
        setWaiting(false);
        setError(e);
        return;
      }
    }
  }

  if (!routeCode) {
    return (
      <form
        className="mx-auto max-w-sm space-y-4 p-4"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(`/j/${code.replace(/[\s-]/g, '').toUpperCase()}`);
        }}
      >
        {languageSelect()}
        <h1 className="text-2xl font-bold">{lt('join.title')}</h1>
        <TextField label={lt('join.code')} value={code} onChange={(e) => setCode(e.target.value)} autoCapitalize="characters" required />
        <Button type="submit" className="min-h-11 w-full">
          {lt('join.continue')}
        </Button>
      </form>
    );
  }

  if (lookup && (resumed || (joined && !joined.recoveryCode))) {
    return <ParticipantView sessionId={lookup.sessionId} title={lookup.title} rehearsal={lookup.isRehearsal} />;
  }

  if (lookup && joined?.recoveryCode) {
    return (
      <div className="mx-auto max-w-sm space-y-4 p-4">
        {languageSelect()}
        <h1 className="text-2xl font-bold">{lt('join.youAreIn', { name: joined.nickname })}</h1>
        {joined.nicknameChanged ? <p>{lt('join.nameTaken', { name: joined.nickname })}</p> : null}
        <p>
          {lt('join.recoveryBefore')} <strong className="font-mono text-xl">{joined.recoveryCode}</strong>. {lt('join.recoveryAfter')}
        </p>
        <Button className="min-h-11 w-full" onClick={() => setJoined({ ...joined, recoveryCode: null })}>
          {lt('join.continue')}
        </Button>
      </div>
    );
  }

  return (
    <form className="mx-auto max-w-sm space-y-4 p-4" onSubmit={join}>
      {languageSelect()}
      <h1 className="text-2xl font-bold break-words">{lookup ? lookup.title : lt('join.sessionCode', { code: displayCode(routeCode) })}</h1>
      {lookup?.isRehearsal ? <p className="rounded bg-amber-100 p-2">{lt('join.rehearsal')}</p> : null}
      {error ? <ErrorBox error={error} /> : null}
      {waiting ? (
        <p role="status" className="rounded bg-slate-100 p-2">
          {lt('join.busy')}
        </p>
      ) : null}
      {lookup && !lookup.joinable ? <p role="status">{lt('join.closed')}</p> : null}
      <TextField label={lt('join.nickname')} value={nickname} onChange={(e) => setNickname(e.target.value)} minLength={2} maxLength={24} required />
      <Button variant="secondary" onClick={() => setNickname(randomName())}>
        {lt('join.randomName')}
      </Button>
      <TextField label={lt('join.recovery')} value={recovery} onChange={(e) => setRecovery(e.target.value)} maxLength={7} />
      <Button type="submit" className="min-h-11 w-full" loading={waiting} disabled={!lookup}>
        {lt('join.join')}
      </Button>
    </form>
  );
}
