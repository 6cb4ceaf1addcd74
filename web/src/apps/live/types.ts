import type { components } from '../../shared/api-types/live';

/** The API's shapes, generated from /openapi/live.json (web/src/shared/api-types; scripts/openapi-check.sh --update). */
type Schemas = components['schemas'];

export type ActivityType = Schemas['ActivityType'];
/** One of the host's sessions in the list (GET /sessions). */
export type SessionListItem = Schemas['SessionSummaryView'];
/** A session's definition with its activities (GET /sessions/{id}; its revision is the ETag of edits). */
export type SessionDefinition = Schemas['SessionView'];
/** An activity of the definition (its revision is the ETag of edits). */
export type ActivityDefinition = Schemas['ActivityDefinitionView'];
/** A quiz question as the form edits it: every field present. */
export type QuizQuestionConfig = Required<Schemas['QuizQuestionDefinition']>;
/** The configuration of §4.3 as the API returns and accepts it; only the fields of the activity's type are used. */
export type ActivityConfig = Omit<Schemas['ActivityConfig'], 'questions'> & { questions?: QuizQuestionConfig[] | null };
export type SessionParticipant = Schemas['SessionParticipantView'];
export type PresenterKey = Schemas['PresenterKeyView'];
export type JoinLookup = Schemas['JoinCodeLookup'];
export type JoinAnswer = Schemas['JoinResponse'];
/** The session summary (E1); each activity's headline depends on its type. */
export type SessionSummary = Schemas['SessionSummary'];
export type ActivitySummary = Schemas['ActivitySummary'];

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface SessionEntity {
  id: string;
  title: string;
  code: string;
  status: 'draft' | 'live' | 'ended';
  locked: boolean;
  screen: 'lobby' | 'activity' | 'end';
  currentActivityId: string | null;
  isRehearsal: boolean;
}

export interface QuizQuestionView {
  index: number;
  stage: 'hidden' | 'shown' | 'open' | 'closed' | 'revealed' | 'leaderboard';
  text: string | null;
  options: string[] | null;
  timeLimitSeconds: number | null;
  closesAt: string | null;
  correct: number[] | null;
  explanation: string | null;
  multiple: boolean;
}

export interface ActivityEntity {
  id: string;
  position: number;
  type: ActivityType;
  title: string;
  state: 'pending' | 'open' | 'closed';
  resultsMode: string;
  revealed: boolean;
  closesAt: string | null;
  config: {
    options?: string[];
    multiple?: boolean;
    maxChoices?: number;
    min?: number;
    max?: number;
    minLabel?: string;
    maxLabel?: string;
    maxWordsPerParticipant?: number;
    maxLength?: number;
    anonymousAllowed?: boolean;
    emojis?: string[];
    questionCount?: number;
  };
  quiz: { quizIndex: number; questionCount: number; quizPodium: boolean; question: QuizQuestionView | null } | null;
}

export interface Results {
  hidden?: boolean;
  respondents?: number;
  responses?: number;
  answered?: number;
  counts?: number[] | Record<string, number>;
  percents?: number[];
  mean?: number | null;
  median?: number | null;
  words?: { text: string; count: number }[];
  entries?: { id: string; text: string }[];
  index?: number;
  correctCount?: number;
}

export interface QuestionEntity {
  id: string;
  activityId: string;
  text: string;
  author: string | null;
  state: string;
  pinned: boolean;
  voteCount: number;
  createdAt: string;
}

export interface Leaderboard {
  podium?: boolean;
  players: number;
  top: { rank: number; nickname: string | null; score: number; correctCount: number }[];
}

export interface Presence {
  joined: number;
  online: number;
  idle: number;
  peakOnline: number;
}

/** Per-emoji totals and the taps of the latest 500 ms window that had any (§4.3). */
export interface ReactionsEntity {
  totals: Record<string, number>;
  burst: Record<string, number> | null;
}
