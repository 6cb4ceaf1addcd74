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

/** A union of shapes read field by field: a field every shape has is required, any other optional, each typed as the union of its types. */
type AnyOf<U> = { [K in keyof U]: FieldOf<U, K> } & { [K in Exclude<KeysOf<U>, keyof U>]?: FieldOf<U, K> };
type KeysOf<U> = U extends unknown ? keyof U : never;
type FieldOf<U, K extends PropertyKey> = U extends unknown ? (K extends keyof U ? U[K] : never) : never;

/** The body of sync and of each stream `sync` event (S4, S9). */
export type SyncMessage = Schemas['SyncMessage'];
/** The synced entities, one per kind (the `data` of a change); results, leaderboards and `me` have one shape per case. */
export type SessionEntity = Schemas['SessionEntity'];
export type QuizQuestionView = Schemas['QuizQuestionEntity'];
export type ActivityEntity = Omit<Schemas['ActivityEntity'], 'config'> & { config: AnyOf<Schemas['ActivitySettings']> };
export type Results = AnyOf<Schemas['ResultsEntity']>;
export type QuestionEntity = Schemas['QuestionEntity'];
export type Leaderboard = AnyOf<Schemas['LeaderboardEntity']>;
export type Presence = Schemas['PresenceCounts'];
/** Per-emoji totals and the taps of the latest 500 ms window that had any (§4.3). */
export type ReactionsEntity = Schemas['ReactionsView'];
/** A participant's quiz score after a reveal (`me/score:{activityId}`). */
export type QuizScore = Schemas['MeEntityQuizScoreEntity'];
/** A question the participant asked (`me/question:{id}`). */
export type AskedQuestion = Schemas['MeEntityAskedQuestionEntity'];
