// Generated from tests/openapi/documents by `npm run gen:api --prefix tests/openapi`; do not edit.
export interface paths {
    "/api/live/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get health */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join session */
        post: operations["joinSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/join/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Look up join code */
        get: operations["lookUpJoinCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/join/{code}/qr.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get join QR code */
        get: operations["getJoinQRCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/p/{sid}/activities/{aid}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List questions */
        get: operations["listQuestions"];
        put?: never;
        /** Ask question */
        post: operations["askQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/p/{sid}/activities/{aid}/quiz/{index}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer question */
        post: operations["answerQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/p/{sid}/activities/{aid}/reactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send reactions */
        post: operations["sendReactions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/p/{sid}/activities/{aid}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit response */
        post: operations["submitResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/p/{sid}/heartbeat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send heartbeat */
        post: operations["sendHeartbeat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/p/{sid}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Leave session */
        post: operations["leaveSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/p/{sid}/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get own participation */
        get: operations["getOwnParticipation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/p/{sid}/questions/{qid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw question */
        delete: operations["withdrawQuestion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/p/{sid}/questions/{qid}/vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Vote for question */
        put: operations["voteForQuestion"];
        post?: never;
        /** Remove vote */
        delete: operations["removeVote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/p/{sid}/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stream as participant */
        get: operations["streamAsParticipant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/p/{sid}/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sync as participant */
        get: operations["syncAsParticipant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/present/{sid}/key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange presenter key */
        post: operations["exchangePresenterKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/present/{sid}/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stream as presenter */
        get: operations["streamAsPresenter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/present/{sid}/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sync as presenter */
        get: operations["syncAsPresenter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get sessions */
        get: operations["getSessions"];
        put?: never;
        /** Create session */
        post: operations["createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get session */
        get: operations["getSession"];
        put?: never;
        post?: never;
        /** Delete session */
        delete: operations["deleteSession"];
        options?: never;
        head?: never;
        /** Update session */
        patch: operations["updateSession"];
        trace?: never;
    };
    "/api/live/sessions/{id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create session activity */
        post: operations["createSessionActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}/activities/{aid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete session activity */
        delete: operations["deleteSessionActivity"];
        options?: never;
        head?: never;
        /** Update session activity */
        patch: operations["updateSessionActivity"];
        trace?: never;
    };
    "/api/live/sessions/{id}/activities/{aid}/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change activity state */
        post: operations["changeActivityState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}/activities/{aid}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get session activity entries */
        get: operations["getSessionActivityEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}/activities/{aid}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get session activity questions */
        get: operations["getSessionActivityQuestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}/activities/{aid}/quiz/{index}/{stage}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move quiz question */
        post: operations["moveQuizQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}/activities/{aid}/words/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Block word */
        post: operations["blockWord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}/activities/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set session activities order */
        put: operations["setSessionActivitiesOrder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}/bans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get session bans */
        get: operations["getSessionBans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}/bans/{banId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Lift ban */
        delete: operations["liftBan"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Regenerate join code */
        post: operations["regenerateJoinCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Duplicate session */
        post: operations["duplicateSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End session */
        post: operations["endSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}/entries/{rid}/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Moderate entry */
        post: operations["moderateEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export session */
        get: operations["exportSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lock session */
        post: operations["lockSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}/navigate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Navigate session */
        post: operations["navigateSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get session participants */
        get: operations["getSessionParticipants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}/participants/{pid}/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kick or ban participant */
        post: operations["kickOrBanParticipant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}/presenter-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate presenter key */
        post: operations["rotatePresenterKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}/questions/{qid}/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Moderate question */
        post: operations["moderateQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}/questions/{qid}/remove-author": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove question author */
        post: operations["removeQuestionAuthor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}/rehearsal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start rehearsal */
        post: operations["startRehearsal"];
        /** Stop rehearsal */
        delete: operations["stopRehearsal"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start session */
        post: operations["startSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stream as host */
        get: operations["streamAsHost"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get session summary */
        get: operations["getSessionSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sync as host */
        get: operations["syncAsHost"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live/sessions/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unlock session */
        post: operations["unlockSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ActivityConfig: {
            allowChange?: boolean;
            anonymousAllowed?: boolean;
            emojis?: null | string[];
            /** Format: int32 */
            entriesPerParticipant?: number;
            /** Format: int32 */
            max?: number;
            /** Format: int32 */
            maxChoices?: null | number;
            maxLabel?: null | string;
            /** Format: int32 */
            maxLength?: number;
            /** Format: int32 */
            maxQuestionsPerParticipant?: number;
            /** Format: int32 */
            maxWordLength?: number;
            /** Format: int32 */
            maxWordsPerParticipant?: number;
            /** Format: int32 */
            min?: number;
            minLabel?: null | string;
            moderated?: boolean;
            multiple?: boolean;
            openOnShow?: boolean;
            options?: null | string[];
            preModeration?: boolean;
            questions?: null | components["schemas"]["QuizQuestionDefinition"][];
            sort?: string;
        };
        ActivityDefinitionView: {
            /** Format: int32 */
            closeGraceSeconds: number;
            config: components["schemas"]["ActivityConfig"];
            hasResponses: boolean;
            /** Format: uuid */
            id: string;
            identified: boolean;
            /** Format: int32 */
            position: number;
            /** Format: int32 */
            quizIndex: number;
            quizPodium: boolean;
            resultsMode: components["schemas"]["ResultsMode"];
            revealed: boolean;
            /** Format: int32 */
            revision: number;
            state: components["schemas"]["ActivityState"];
            /** Format: int32 */
            timeLimitSeconds: null | number;
            title: string;
            type: components["schemas"]["ActivityType"];
        };
        ActivityEntity: {
            /** Format: date-time */
            closedAt: null | string;
            /** Format: int32 */
            closeGraceSeconds: number;
            /** Format: date-time */
            closesAt: null | string;
            config: components["schemas"]["ActivitySettings"];
            /** Format: uuid */
            id: string;
            identified: boolean;
            /** Format: date-time */
            openedAt: null | string;
            /** Format: int32 */
            position: number;
            quiz: null | components["schemas"]["QuizProgress"];
            resultsMode: components["schemas"]["ResultsMode"];
            revealed: boolean;
            state: components["schemas"]["ActivityState"];
            /** Format: int32 */
            timeLimitSeconds: null | number;
            title: string;
            type: components["schemas"]["ActivityType"];
        };
        ActivityHeadline: components["schemas"]["ActivityHeadlinePollHeadline"] | components["schemas"]["ActivityHeadlineWordcloudHeadline"] | components["schemas"]["ActivityHeadlineRatingHeadline"] | components["schemas"]["ActivityHeadlineQnaHeadline"] | components["schemas"]["ActivityHeadlineReactionsHeadline"] | components["schemas"]["ActivityHeadlineQuizHeadline"];
        ActivityHeadlinePollHeadline: {
            /** Format: int32 */
            topCount: number;
            topOption: null | string;
            /** Format: double */
            topPercent: null | number;
        };
        ActivityHeadlineQnaHeadline: {
            /** Format: int32 */
            answered: number;
            /** Format: int32 */
            asked: number;
            /** Format: int32 */
            dismissed: number;
            /** Format: int32 */
            pending: number;
        };
        ActivityHeadlineQuizHeadline: {
            /** Format: double */
            averageScore: null | number;
            top: components["schemas"]["PodiumPlace"][];
        };
        ActivityHeadlineRatingHeadline: {
            /** Format: double */
            mean: null | number;
            /** Format: double */
            median: null | number;
        };
        ActivityHeadlineReactionsHeadline: {
            totals: {
                [key: string]: number;
            };
        };
        ActivityHeadlineWordcloudHeadline: {
            topWords: components["schemas"]["WordCount"][];
        };
        ActivityRequest: {
            /** Format: int32 */
            closeGraceSeconds?: null | number;
            config?: null | components["schemas"]["ActivityConfig"];
            identified?: null | boolean;
            resultsMode?: null | components["schemas"]["ResultsMode"];
            /** Format: int32 */
            timeLimitSeconds?: null | number;
            title?: null | string;
            type?: null | components["schemas"]["ActivityType"];
        };
        ActivitySettings: components["schemas"]["ActivitySettingsPollSettings"] | components["schemas"]["ActivitySettingsWordcloudSettings"] | components["schemas"]["ActivitySettingsRatingSettings"] | components["schemas"]["ActivitySettingsOpentextSettings"] | components["schemas"]["ActivitySettingsQnaSettings"] | components["schemas"]["ActivitySettingsQuizSettings"] | components["schemas"]["ActivitySettingsReactionsSettings"];
        ActivitySettingsOpentextSettings: {
            /** Format: int32 */
            entriesPerParticipant: number;
            /** Format: int32 */
            maxLength: number;
            moderated: boolean;
        };
        ActivitySettingsPollSettings: {
            allowChange: boolean;
            /** Format: int32 */
            maxChoices: null | number;
            multiple: boolean;
            options: null | string[];
        };
        ActivitySettingsQnaSettings: {
            anonymousAllowed: boolean;
            /** Format: int32 */
            maxLength: number;
            /** Format: int32 */
            maxQuestionsPerParticipant: number;
            preModeration: boolean;
            sort: string;
        };
        ActivitySettingsQuizSettings: {
            /** Format: int32 */
            questionCount: number;
        };
        ActivitySettingsRatingSettings: {
            allowChange: boolean;
            /** Format: int32 */
            max: number;
            maxLabel: null | string;
            /** Format: int32 */
            min: number;
            minLabel: null | string;
        };
        ActivitySettingsReactionsSettings: {
            emojis: null | string[];
        };
        ActivitySettingsWordcloudSettings: {
            /** Format: int32 */
            maxWordLength: number;
            /** Format: int32 */
            maxWordsPerParticipant: number;
        };
        /** @enum {unknown} */
        ActivityState: "pending" | "open" | "closed";
        ActivitySummary: {
            headline: null | components["schemas"]["ActivityHeadline"];
            /** Format: uuid */
            id: string;
            /** Format: double */
            participationPercent: number;
            /** Format: int32 */
            respondents: number;
            /** Format: int32 */
            responses: number;
            title: string;
            type: components["schemas"]["ActivityType"];
        };
        /** @enum {unknown} */
        ActivityType: "poll" | "wordcloud" | "rating" | "opentext" | "qna" | "quiz" | "reactions";
        ActivityView: {
            /** Format: date-time */
            closedAt: null | string;
            /** Format: int32 */
            closeGraceSeconds: number;
            /** Format: date-time */
            closesAt: null | string;
            config: components["schemas"]["ActivityConfig"];
            /** Format: uuid */
            id: string;
            identified: boolean;
            /** Format: date-time */
            openedAt: null | string;
            /** Format: int32 */
            position: number;
            /** Format: int32 */
            quizIndex: number;
            quizPodium: boolean;
            resultsMode: components["schemas"]["ResultsMode"];
            revealed: boolean;
            /** Format: int32 */
            revision: number;
            state: components["schemas"]["ActivityState"];
            /** Format: int32 */
            timeLimitSeconds: null | number;
            title: string;
            type: components["schemas"]["ActivityType"];
        };
        ApproveRequest: {
            text?: null | string;
        };
        AskedQuestionView: {
            /** Format: uuid */
            activityId: string;
            anonymous: boolean;
            /** Format: uuid */
            id: string;
            state: components["schemas"]["QuestionState"];
            text: string;
        };
        AskRequest: {
            anonymous?: boolean;
            requestId?: null | string;
            text?: null | string;
        };
        BanView: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            nickname: null | string;
            /** Format: uuid */
            participantId: string;
            reason: string;
        };
        BlockWordRequest: {
            word?: null | string;
        };
        CloudWord: {
            key: string;
            text: string;
        };
        CreateSessionRequest: {
            description?: null | string;
            settings?: null | components["schemas"]["SessionSettingsRequest"];
            title: string;
        };
        EntryDecisionView: {
            /** Format: uuid */
            id: string;
            moderation: components["schemas"]["EntryModeration"];
        };
        /** @enum {unknown} */
        EntryModeration: "visible" | "pending" | "filtered" | "hidden";
        ExportedQuestion: {
            activity: string;
            author: null | string;
            /** Format: date-time */
            createdAt: string;
            state: components["schemas"]["QuestionState"];
            text: string;
            /** Format: int32 */
            voteCount: number;
        };
        ExportedResponse: {
            activity: string;
            answer: string;
            correct: null | boolean;
            nickname: null | string;
            /** Format: int32 */
            points: null | number;
            /** Format: int32 */
            questionIndex: number;
            /** Format: date-time */
            submittedAt: string;
        };
        GivenAnswerView: {
            /** Format: uuid */
            activityId: string;
            answer: components["schemas"]["ResponsePayload"];
            moderation: components["schemas"]["EntryModeration"];
            /** Format: int32 */
            questionIndex: number;
            /** Format: int32 */
            slot: number;
            /** Format: date-time */
            submittedAt: string;
        };
        HostLeaderboardPlace: {
            /** Format: int32 */
            answeredCount: number;
            /** Format: int32 */
            correctCount: number;
            nickname: null | string;
            /** Format: int32 */
            rank: number;
            /** Format: int32 */
            score: number;
        };
        HttpValidationProblemDetails: {
            detail?: null | string;
            errors?: {
                [key: string]: string[];
            };
            instance?: null | string;
            /** Format: int32 */
            status?: null | number;
            title?: null | string;
            type?: null | string;
        };
        JoinCodeLookup: {
            isRehearsal: boolean;
            joinable: boolean;
            locked: boolean;
            /** Format: uuid */
            sessionId: string;
            status: components["schemas"]["SessionStatus"];
            title: string;
        };
        JoinRequest: {
            code: string;
            nickname?: null | string;
            recoveryCode?: null | string;
        };
        JoinResponse: {
            nickname: string;
            nicknameChanged: boolean;
            /** Format: uuid */
            participantId: string;
            recoveryCode: null | string;
            rejoined: boolean;
            /** Format: uuid */
            sessionId: string;
            snapshot: components["schemas"]["SyncSnapshot"];
            token: string;
        };
        LastRevealedAnswer: {
            answered: boolean;
            correct: boolean;
            /** Format: int32 */
            index: number;
            /** Format: int32 */
            points: number;
        };
        LeaderboardEntity: components["schemas"]["LeaderboardEntityHostLeaderboard"] | components["schemas"]["LeaderboardEntityPublicLeaderboard"];
        LeaderboardEntityHostLeaderboard: {
            /** Format: int32 */
            players: number;
            top: components["schemas"]["HostLeaderboardPlace"][];
        };
        LeaderboardEntityPublicLeaderboard: {
            /** Format: int32 */
            players: number;
            podium: boolean;
            top: components["schemas"]["PodiumPlace"][];
        };
        LeaderboardPlayer: {
            /** Format: int32 */
            answeredCount: number;
            /** Format: int32 */
            correctCount: number;
            nickname: null | string;
            /** Format: int32 */
            rank: number;
            /** Format: int32 */
            score: number;
        };
        LiveHealthView: {
            database: string;
            /** Format: int32 */
            heldConnections: number;
            /** Format: int64 */
            listenerLagMs: number;
            /** Format: int32 */
            liveSessions: null | number;
            /** Format: int32 */
            loadedSessions: number;
            status: string;
        };
        MeEntity: components["schemas"]["MeEntityAskedQuestionEntity"] | components["schemas"]["MeEntityQuizScoreEntity"];
        MeEntityAskedQuestionEntity: {
            /** Format: uuid */
            activityId: string;
            anonymous: boolean;
            /** Format: uuid */
            id: string;
            state: components["schemas"]["QuestionState"];
            text: string;
        };
        MeEntityQuizScoreEntity: {
            /** Format: uuid */
            activityId: string;
            /** Format: int32 */
            answeredCount: number;
            /** Format: int32 */
            correctCount: number;
            last: components["schemas"]["LastRevealedAnswer"];
            /** Format: int32 */
            players: number;
            /** Format: int32 */
            rank: number;
            /** Format: int32 */
            score: number;
        };
        ModeratedEntryView: {
            /** Format: uuid */
            id: string;
            moderation: components["schemas"]["EntryModeration"];
            /** Format: date-time */
            submittedAt: string;
            text: null | string;
        };
        ModeratedQuestionView: {
            anonymous: boolean;
            author: null | string;
            /** Format: date-time */
            createdAt: string;
            edited: boolean;
            /** Format: uuid */
            id: string;
            pinned: boolean;
            state: components["schemas"]["QuestionState"];
            text: string;
            /** Format: int32 */
            voteCount: number;
        };
        NavigateRequest: {
            to: string;
        };
        OpentextEntry: {
            /** Format: uuid */
            id: string;
            moderation: components["schemas"]["EntryModeration"];
            /** Format: date-time */
            submittedAt: string;
            text: null | string;
        };
        OrderRequest: {
            ids: string[];
        };
        OwnAnswer: {
            answer: components["schemas"]["ResponsePayload"];
            /** Format: uuid */
            id?: null | string;
            moderation: components["schemas"]["EntryModeration"];
            /** Format: date-time */
            submittedAt: string;
        };
        OwnAnswers: {
            /** Format: uuid */
            activityId: string;
            answers: components["schemas"]["OwnAnswer"][];
        };
        OwnParticipationView: {
            answers: components["schemas"]["GivenAnswerView"][];
            nickname: string;
            /** Format: uuid */
            participantId: string;
            questions: components["schemas"]["AskedQuestionView"][];
            quizzes: components["schemas"]["QuizScoreView"][];
            /** Format: uuid */
            sessionId: string;
            status: components["schemas"]["ParticipantStatus"];
            votedQuestionIds: string[];
        };
        OwnQuestion: {
            /** Format: uuid */
            activityId: string;
            anonymous: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            state: components["schemas"]["QuestionState"];
            text: string;
        };
        OwnQuizAnswer: {
            /** Format: uuid */
            activityId: string;
            answered: boolean;
            correct: null | boolean;
            /** Format: int32 */
            index: number;
            options: null | number[];
            /** Format: int32 */
            points: null | number;
        };
        PagedListOfModeratedEntryView: {
            items: components["schemas"]["ModeratedEntryView"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            total: number;
        };
        PagedListOfModeratedQuestionView: {
            items: components["schemas"]["ModeratedQuestionView"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            total: number;
        };
        PagedListOfSessionParticipantView: {
            items: components["schemas"]["SessionParticipantView"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            total: number;
        };
        PagedListOfSessionSummaryView: {
            items: components["schemas"]["SessionSummaryView"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            total: number;
        };
        ParticipantStanding: {
            status: components["schemas"]["ParticipantStatus"];
            /** Format: int32 */
            tokenGeneration: number;
        };
        /** @enum {unknown} */
        ParticipantStatus: "active" | "kicked" | "banned";
        PodiumPlace: {
            /** Format: int32 */
            correctCount: number;
            nickname: null | string;
            /** Format: int32 */
            rank: number;
            /** Format: int32 */
            score: number;
        };
        PresenceCounts: {
            /** Format: int32 */
            idle: number;
            /** Format: int32 */
            joined: number;
            /** Format: int32 */
            online: number;
            /** Format: int32 */
            peakOnline: number;
        };
        PresenterKeyRequest: {
            key?: null | string;
        };
        PresenterKeyView: {
            key: string;
            link: string;
        };
        /** @description An RFC 9457 problem with a stable machine-readable code; validation problems list the fields in errors. */
        ProblemDetails: {
            code?: string;
            detail?: null | string;
            errors?: {
                [key: string]: string[];
            };
            instance?: null | string;
            /** Format: int32 */
            status?: null | number;
            title?: null | string;
            type?: null | string;
        };
        PublicOpentextEntry: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            submittedAt: string;
            text: null | string;
        };
        QuestionDecisionView: {
            edited: boolean;
            /** Format: uuid */
            id: string;
            pinned: boolean;
            state: components["schemas"]["QuestionState"];
            text: string;
            /** Format: int32 */
            voteCount: number;
        };
        QuestionEntity: {
            /** Format: uuid */
            activityId: string;
            anonymous: boolean;
            /** Format: date-time */
            answeredAt: null | string;
            author: null | string;
            /** Format: date-time */
            createdAt: string;
            edited: boolean;
            /** Format: uuid */
            id: string;
            pinned: boolean;
            state: components["schemas"]["QuestionState"];
            text: string;
            /** Format: int32 */
            voteCount: number;
        };
        /** @enum {unknown} */
        QuestionState: "pending" | "filtered" | "visible" | "answered" | "hidden" | "dismissed" | "withdrawn";
        QuestionVoteState: {
            /** Format: uuid */
            questionId: string;
            /** Format: int32 */
            voteCount: number;
            voted: boolean;
        };
        QuizAnswerRequest: {
            options?: null | number[];
            requestId?: null | string;
        };
        QuizLeaderboard: {
            players: components["schemas"]["LeaderboardPlayer"][];
            quiz: string;
            /** Format: uuid */
            quizId: string;
        };
        QuizProgress: {
            question: null | components["schemas"]["QuizQuestionEntity"];
            /** Format: int32 */
            questionCount: number;
            /** Format: int32 */
            quizIndex: number;
            quizPodium: boolean;
        };
        QuizQuestionDefinition: {
            correct?: number[];
            explanation?: string;
            options?: string[];
            /** Format: int32 */
            points?: number;
            showLeaderboard?: null | boolean;
            speedBonus?: boolean;
            text?: string;
            /** Format: int32 */
            timeLimitSeconds?: null | number;
        };
        QuizQuestionEntity: {
            /** Format: date-time */
            closesAt: null | string;
            correct: null | number[];
            explanation: null | string;
            /** Format: int32 */
            index: number;
            multiple: boolean;
            /** Format: date-time */
            openedAt: null | string;
            options: null | string[];
            /** Format: int32 */
            points: number;
            stage: components["schemas"]["QuizStage"];
            text: null | string;
            /** Format: int32 */
            timeLimitSeconds: null | number;
        };
        QuizScoreView: {
            /** Format: uuid */
            activityId: string;
            /** Format: int32 */
            correctCount: number;
            /** Format: int32 */
            score: number;
        };
        /** @enum {unknown} */
        QuizStage: "hidden" | "shown" | "open" | "closed" | "revealed" | "leaderboard";
        ReactionRequest: {
            counts?: null | {
                [key: string]: number;
            };
        };
        ReactionsView: {
            burst: null | {
                [key: string]: number;
            };
            totals: {
                [key: string]: number;
            };
        };
        RehearsalRequest: {
            /** Format: int32 */
            bots?: number;
        };
        RemoveAuthorRequest: {
            ban?: boolean;
            removeResponses?: boolean;
        };
        RemoveRequest: {
            reason?: null | string;
            removeResponses?: boolean;
        };
        ResponsePayload: {
            choices?: null | number[];
            /** Format: int32 */
            rating?: null | number;
            text?: null | string;
            words?: null | components["schemas"]["CloudWord"][];
        };
        ResponseRequest: {
            choices?: null | number[];
            /** Format: int32 */
            rating?: null | number;
            requestId?: null | string;
            text?: null | string;
            words?: null | string[];
        };
        ResultsEntity: components["schemas"]["ResultsEntityPollResults"] | components["schemas"]["ResultsEntityRatingResults"] | components["schemas"]["ResultsEntityWordcloudResults"] | components["schemas"]["ResultsEntityOpentextResults"] | components["schemas"]["ResultsEntityPublicOpentextResults"] | components["schemas"]["ResultsEntityHiddenResults"] | components["schemas"]["ResultsEntityQnaResults"] | components["schemas"]["ResultsEntityQuizQuestionResults"] | components["schemas"]["ResultsEntityHiddenQuizQuestionResults"];
        ResultsEntityHiddenQuizQuestionResults: {
            /** Format: int32 */
            answered: number;
            hidden: boolean;
            /** Format: int32 */
            index: number;
        };
        ResultsEntityHiddenResults: {
            hidden: boolean;
            /** Format: int32 */
            respondents: number;
            /** Format: int32 */
            responses: number;
        };
        ResultsEntityOpentextResults: {
            entries: components["schemas"]["OpentextEntry"][];
            /** Format: int32 */
            pending: number;
            /** Format: int32 */
            respondents: number;
            /** Format: int32 */
            responses: number;
        };
        ResultsEntityPollResults: {
            counts: number[];
            percents: number[];
            /** Format: int32 */
            respondents: number;
            /** Format: int32 */
            responses: number;
        };
        ResultsEntityPublicOpentextResults: {
            entries: components["schemas"]["PublicOpentextEntry"][];
            /** Format: int32 */
            respondents: number;
            /** Format: int32 */
            responses: number;
        };
        ResultsEntityQnaResults: {
            counts: {
                [key: string]: number;
            };
            /** Format: int32 */
            total: number;
        };
        ResultsEntityQuizQuestionResults: {
            /** Format: int32 */
            answered: number;
            /** Format: int32 */
            correctCount: number;
            counts: number[];
            /** Format: int32 */
            index: number;
        };
        ResultsEntityRatingResults: {
            counts: number[];
            /** Format: int32 */
            max: number;
            /** Format: double */
            mean: null | number;
            /** Format: double */
            median: null | number;
            /** Format: int32 */
            min: number;
            /** Format: int32 */
            respondents: number;
            /** Format: int32 */
            responses: number;
        };
        ResultsEntityWordcloudResults: {
            /** Format: int32 */
            distinct: number;
            /** Format: int32 */
            respondents: number;
            /** Format: int32 */
            responses: number;
            words: components["schemas"]["WordCount"][];
        };
        /** @enum {unknown} */
        ResultsMode: "live" | "onClose" | "onReveal";
        SessionEntity: {
            code: string;
            /** Format: uuid */
            currentActivityId: null | string;
            description: string;
            /** Format: date-time */
            endedAt: null | string;
            /** Format: uuid */
            id: string;
            isRehearsal: boolean;
            locked: boolean;
            screen: components["schemas"]["SessionScreen"];
            /** Format: date-time */
            startedAt: null | string;
            status: components["schemas"]["SessionStatus"];
            title: string;
        };
        SessionExport: {
            leaderboards: components["schemas"]["QuizLeaderboard"][];
            questions: components["schemas"]["ExportedQuestion"][];
            responses: components["schemas"]["ExportedResponse"][];
            session: components["schemas"]["SessionView"];
            summary: components["schemas"]["SessionSummary"];
        };
        SessionParticipantView: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            joinedAt: string;
            nickname: string;
            presence: string;
            status: components["schemas"]["ParticipantStatus"];
        };
        /** @enum {unknown} */
        SessionScreen: "lobby" | "activity" | "end";
        SessionSettingsRequest: {
            description?: null | string;
            extraBlockedWords?: null | string[];
            /** Format: int32 */
            joinRatePerSecond?: null | number;
            /** Format: int32 */
            maxParticipants?: null | number;
            profanityFilter?: null | boolean;
            title?: null | string;
        };
        SessionStateView: {
            code: string;
            /** Format: uuid */
            currentActivityId: null | string;
            displayCode: string;
            /** Format: uuid */
            id: string;
            locked: boolean;
            screen: components["schemas"]["SessionScreen"];
            status: components["schemas"]["SessionStatus"];
            /** Format: int64 */
            version: number;
        };
        /** @enum {unknown} */
        SessionStatus: "draft" | "live" | "ended";
        SessionSummary: {
            activities: components["schemas"]["ActivitySummary"][];
            final: boolean;
            /** Format: int32 */
            online: number;
            /** Format: int32 */
            participantsJoined: number;
            /** Format: int32 */
            peakOnline: number;
            /** Format: uuid */
            sessionId: string;
            status: components["schemas"]["SessionStatus"];
            title: string;
        };
        SessionSummaryView: {
            /** Format: int32 */
            activityCount: number;
            code: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            endedAt: null | string;
            /** Format: uuid */
            id: string;
            isRehearsal: boolean;
            locked: boolean;
            /** Format: date-time */
            startedAt: null | string;
            status: components["schemas"]["SessionStatus"];
            title: string;
        };
        SessionView: {
            activities: components["schemas"]["ActivityDefinitionView"][];
            code: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            currentActivityId: null | string;
            description: string;
            displayCode: string;
            /** Format: date-time */
            endedAt: null | string;
            extraBlockedWords: string[];
            /** Format: uuid */
            id: string;
            isRehearsal: boolean;
            /** Format: int32 */
            joinRatePerSecond: number;
            locked: boolean;
            /** Format: int32 */
            maxParticipants: number;
            profanityFilter: boolean;
            /** Format: int32 */
            revision: number;
            screen: components["schemas"]["SessionScreen"];
            /** Format: date-time */
            startedAt: null | string;
            status: components["schemas"]["SessionStatus"];
            title: string;
            /** Format: int64 */
            version: number;
        };
        SyncChange: components["schemas"]["SyncChangeSessionChange"] | components["schemas"]["SyncChangeActivityChange"] | components["schemas"]["SyncChangeResultsChange"] | components["schemas"]["SyncChangeQuestionChange"] | components["schemas"]["SyncChangeLeaderboardChange"] | components["schemas"]["SyncChangePresenceChange"] | components["schemas"]["SyncChangeReactionsChange"] | components["schemas"]["SyncChangeMeChange"] | components["schemas"]["SyncChangeParticipantChange"];
        SyncChangeActivityChange: {
            data: components["schemas"]["ActivityEntity"];
            id: string;
            /** @enum {string} */
            kind?: "activity";
        };
        SyncChangeLeaderboardChange: {
            data: components["schemas"]["LeaderboardEntity"];
            id: string;
            /** @enum {string} */
            kind?: "leaderboard";
        };
        SyncChangeMeChange: {
            data: components["schemas"]["MeEntity"];
            id: string;
            /** @enum {string} */
            kind?: "me";
        };
        SyncChangeParticipantChange: {
            data: components["schemas"]["ParticipantStanding"];
            id: string;
            /** @enum {string} */
            kind?: "participant";
        };
        SyncChangePresenceChange: {
            data: components["schemas"]["PresenceCounts"];
            id: string;
            /** @enum {string} */
            kind?: "presence";
        };
        SyncChangeQuestionChange: {
            data: components["schemas"]["QuestionEntity"];
            id: string;
            /** @enum {string} */
            kind?: "question";
        };
        SyncChangeReactionsChange: {
            data: components["schemas"]["ReactionsView"];
            id: string;
            /** @enum {string} */
            kind?: "reactions";
        };
        SyncChangeResultsChange: {
            data: components["schemas"]["ResultsEntity"];
            id: string;
            /** @enum {string} */
            kind?: "results";
        };
        SyncChangeSessionChange: {
            data: components["schemas"]["SessionEntity"];
            id: string;
            /** @enum {string} */
            kind?: "session";
        };
        /** @enum {unknown} */
        SyncKind: "session" | "activity" | "results" | "question" | "leaderboard" | "presence" | "reactions" | "me" | "participant";
        SyncMessage: {
            changes: components["schemas"]["SyncChange"][];
            full: boolean;
            /** Format: int32 */
            pollAfterMs: number;
            removed: components["schemas"]["SyncRemoval"][];
            /** Format: date-time */
            serverTime: string;
            /** Format: uuid */
            sessionId: string;
            /** Format: int64 */
            version: number;
        };
        SyncRemoval: {
            id: string;
            kind: components["schemas"]["SyncKind"];
        };
        /** @description The session's state as the participant sees it: a full sync. */
        SyncSnapshot: components["schemas"]["SyncMessage"];
        VisibleQuestionView: {
            anonymous: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            mine: boolean;
            pinned: boolean;
            state: components["schemas"]["QuestionState"];
            text: string;
            /** Format: int32 */
            voteCount: number;
            voted: boolean;
        };
        WordCount: {
            /** Format: int32 */
            count: number;
            text: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveHealthView"];
                };
            };
            /** @description The request line or headers are malformed (e.g. a missing Host header); answered by the server without a body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveHealthView"];
                };
            };
        };
    };
    joinSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinResponse"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of a media type this operation reads. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    lookUpJoinCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinCodeLookup"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getJoinQRCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listQuestions: {
        parameters: {
            query?: {
                sort?: string;
            };
            header?: never;
            path: {
                aid: string;
                sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisibleQuestionView"][];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token is missing, invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token does not allow this call. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    askQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                aid: string;
                sid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AskRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnQuestion"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token is missing, invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token does not allow this call. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of a media type this operation reads. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    answerQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                aid: string;
                index: number;
                sid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuizAnswerRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnQuizAnswer"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token is missing, invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token does not allow this call. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of a media type this operation reads. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    sendReactions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                aid: string;
                sid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReactionRequest"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token is missing, invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token does not allow this call. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of a media type this operation reads. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    submitResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                aid: string;
                sid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResponseRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnAnswers"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token is missing, invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token does not allow this call. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of a media type this operation reads. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    sendHeartbeat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token is missing, invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token does not allow this call. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    leaveSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token is missing, invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token does not allow this call. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getOwnParticipation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnParticipationView"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token is missing, invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token does not allow this call. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    withdrawQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                qid: string;
                sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnQuestion"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token is missing, invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token does not allow this call. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    voteForQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                qid: string;
                sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionVoteState"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token is missing, invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token does not allow this call. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    removeVote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                qid: string;
                sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionVoteState"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token is missing, invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token does not allow this call. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    streamAsParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["SyncMessage"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token is missing, invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token does not allow this call. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    syncAsParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncMessage"];
                };
            };
            /** @description Not Modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token is missing, invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The token does not allow this call. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    exchangePresenterKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PresenterKeyRequest"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of a media type this operation reads. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    streamAsPresenter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["SyncMessage"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    syncAsPresenter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncMessage"];
                };
            };
            /** @description Not Modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getSessions: {
        parameters: {
            query?: {
                status?: components["schemas"]["SessionStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedListOfSessionSummaryView"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSessionRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of a media type this operation reads. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionSettingsRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of a media type this operation reads. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createSessionActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityView"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of a media type this operation reads. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteSessionActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                aid: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateSessionActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                aid: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityView"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of a media type this operation reads. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    changeActivityState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action: string;
                aid: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityView"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getSessionActivityEntries: {
        parameters: {
            query?: {
                state?: components["schemas"]["EntryModeration"];
            };
            header?: never;
            path: {
                aid: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedListOfModeratedEntryView"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getSessionActivityQuestions: {
        parameters: {
            query?: {
                state?: components["schemas"]["QuestionState"];
            };
            header?: never;
            path: {
                aid: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedListOfModeratedQuestionView"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    moveQuizQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                aid: string;
                id: string;
                index: number;
                stage: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityView"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    blockWord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                aid: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BlockWordRequest"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of a media type this operation reads. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    setSessionActivitiesOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderRequest"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of a media type this operation reads. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getSessionBans: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BanView"][];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    liftBan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                banId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    regenerateJoinCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionStateView"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    duplicateSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    endSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionStateView"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    moderateEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action: string;
                id: string;
                rid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryDecisionView"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    exportSession: {
        parameters: {
            query?: {
                format?: string;
                part?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionExport"];
                    "text/csv": string;
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    lockSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionStateView"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    navigateSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NavigateRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionStateView"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of a media type this operation reads. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getSessionParticipants: {
        parameters: {
            query?: {
                q?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedListOfSessionParticipantView"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    kickOrBanParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action: string;
                id: string;
                pid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": null | components["schemas"]["RemoveRequest"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of a media type this operation reads. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    rotatePresenterKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresenterKeyView"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    moderateQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action: string;
                id: string;
                qid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": null | components["schemas"]["ApproveRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionDecisionView"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of a media type this operation reads. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    removeQuestionAuthor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                qid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemoveAuthorRequest"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of a media type this operation reads. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    startRehearsal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RehearsalRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionStateView"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of a media type this operation reads. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    stopRehearsal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionStateView"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    startSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionStateView"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    streamAsHost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["SyncMessage"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getSessionSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionSummary"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    syncAsHost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncMessage"];
                };
            };
            /** @description Not Modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    unlockSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionStateView"];
                };
            };
            /** @description The input is invalid; the problem lists the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account lacks the role this call needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Nothing with this id (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
