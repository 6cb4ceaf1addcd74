import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api, isApiError } from '../../shared/api';
import { Button, ErrorBox, TextField } from '../../shared/ui';
import { ParticipantView } from './ParticipantView';
import { displayCode } from './sync';
import type { JoinAnswer, JoinLookup } from './types';


const joinedMarker = (sessionId: string) => `live.joined.${sessionId}`;

const randomNames = ['Curious Otter', 'Brave Falcon', 'Quiet Panda', 'Swift Fox', 'Happy Koala', 'Clever Owl'];

/** Participant entry `/j/:code` (and `/live/join`): code, nickname, recovery code, then the live phone view. */
export default function JoinRoute() {
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
        <h1 className="text-2xl font-bold">Join a live session</h1>
        <TextField label="Session code" value={code} onChange={(e) => setCode(e.target.value)} autoCapitalize="characters" required />
        <Button type="submit" className="min-h-11 w-full">
          Continue
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
        <h1 className="text-2xl font-bold">You are in as {joined.nickname}</h1>
        {joined.nicknameChanged ? <p>That name was taken, so you are “{joined.nickname}”.</p> : null}
        <p>
          Your recovery code is <strong className="font-mono text-xl">{joined.recoveryCode}</strong>. Save it: with your nickname it
          moves you to another phone with your answers and score.
        </p>
        <Button className="min-h-11 w-full" onClick={() => setJoined({ ...joined, recoveryCode: null })}>
          Continue
        </Button>
      </div>
    );
  }

  return (
    <form className="mx-auto max-w-sm space-y-4 p-4" onSubmit={join}>
      <h1 className="text-2xl font-bold">{lookup ? lookup.title : `Session ${displayCode(routeCode)}`}</h1>
      {lookup?.isRehearsal ? <p className="rounded bg-amber-100 p-2">Rehearsal</p> : null}
      {error ? <ErrorBox error={error} /> : null}
      {waiting ? (
        <p role="status" className="rounded bg-slate-100 p-2">
          Many people are joining — please wait, retrying automatically…
        </p>
      ) : null}
      {lookup && !lookup.joinable ? <p role="status">This session is not open for new participants right now.</p> : null}
      <TextField label="Nickname" value={nickname} onChange={(e) => setNickname(e.target.value)} minLength={2} maxLength={24} required />
      <Button variant="secondary" onClick={() => setNickname(randomNames[Math.floor(Math.random() * randomNames.length)])}>
        Random name
      </Button>
      <TextField label="Recovery code (optional)" value={recovery} onChange={(e) => setRecovery(e.target.value)} maxLength={7} />
      <Button type="submit" className="min-h-11 w-full" loading={waiting} disabled={!lookup}>
        Join
      </Button>
    </form>
  );
}
