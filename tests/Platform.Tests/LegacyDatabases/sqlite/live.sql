PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY,
    "Timestamp" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
INSERT INTO __EFMigrationsHistory VALUES('20261121200000_LiveInitial','10.0.14');
CREATE TABLE IF NOT EXISTS "live_sessions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_live_sessions" PRIMARY KEY,
    "HostUserId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Locked" INTEGER NOT NULL,
    "CurrentActivityId" TEXT NULL,
    "Screen" TEXT NOT NULL,
    "MaxParticipants" INTEGER NOT NULL,
    "JoinRatePerSecond" INTEGER NOT NULL,
    "ProfanityFilter" INTEGER NOT NULL,
    "ExtraBlockedWords" TEXT NOT NULL,
    "PresenterKeyHash" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "DeltaFloor" INTEGER NOT NULL,
    "Revision" INTEGER NOT NULL,
    "IsRehearsal" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "StartedAt" TEXT NULL,
    "EndedAt" TEXT NULL,
    "LastActionAt" TEXT NOT NULL,
    CONSTRAINT "CK_live_sessions_capacity" CHECK ("MaxParticipants" BETWEEN 1 AND 20000),
    CONSTRAINT "CK_live_sessions_join_rate" CHECK ("JoinRatePerSecond" BETWEEN 10 AND 500)
);
INSERT INTO live_sessions VALUES('01A24DAB-45A2-77A4-9406-84903B4BA1E9','01A24DAB-4508-740F-84AB-5AD477D4890F','Quartet town hall (demo)','Every activity type, ready to run.','TEAM42','Live',0,NULL,'Lobby',1000,500,1,'[]','21b7aeda686a7c62f95b7be23d78150df67675d076cdfd92696ff7890f083143',1,0,0,0,'2026-12-06 23:23:19.8371161','2026-12-06 23:23:19.8371161',NULL,'2026-12-06 23:23:19.8371161');
CREATE TABLE IF NOT EXISTS "live_activities" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_live_activities" PRIMARY KEY,
    "SessionId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Type" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Config" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "ResultsMode" TEXT NOT NULL,
    "Revealed" INTEGER NOT NULL,
    "TimeLimitSeconds" INTEGER NULL,
    "CloseGraceSeconds" INTEGER NOT NULL,
    "Identified" INTEGER NOT NULL,
    "Revision" INTEGER NOT NULL,
    "QuizIndex" INTEGER NOT NULL,
    "QuizPodium" INTEGER NOT NULL,
    "OpenedAt" TEXT NULL,
    "ClosesAt" TEXT NULL,
    "ClosedAt" TEXT NULL,
    CONSTRAINT "FK_live_activities_session" FOREIGN KEY ("SessionId") REFERENCES "live_sessions" ("Id") ON DELETE CASCADE
);
INSERT INTO live_activities VALUES('01A24DAB-45EE-750A-9273-EA297201BCFC','01A24DAB-45A2-77A4-9406-84903B4BA1E9',0,'Poll','Where are you joining from?','{"options":["Office","Home","On the road","Somewhere else"],"multiple":false,"maxChoices":null,"allowChange":true,"maxWordsPerParticipant":3,"maxWordLength":25,"min":1,"max":5,"minLabel":null,"maxLabel":null,"maxLength":280,"entriesPerParticipant":1,"moderated":false,"anonymousAllowed":true,"preModeration":false,"maxQuestionsPerParticipant":10,"sort":"votes","questions":null,"openOnShow":true,"emojis":null}','Pending','Live',0,NULL,0,0,0,-1,0,NULL,NULL,NULL);
INSERT INTO live_activities VALUES('01A24DAB-4670-7001-B127-179E6B448629','01A24DAB-45A2-77A4-9406-84903B4BA1E9',4,'Qna','Ask the leadership team','{"options":null,"multiple":false,"maxChoices":null,"allowChange":true,"maxWordsPerParticipant":3,"maxWordLength":25,"min":1,"max":5,"minLabel":null,"maxLabel":null,"maxLength":280,"entriesPerParticipant":1,"moderated":false,"anonymousAllowed":true,"preModeration":false,"maxQuestionsPerParticipant":10,"sort":"votes","questions":null,"openOnShow":true,"emojis":null}','Pending','Live',0,NULL,0,0,0,-1,0,NULL,NULL,NULL);
INSERT INTO live_activities VALUES('01A24DAB-4670-70FE-B68C-EE74EDCB5CCA','01A24DAB-45A2-77A4-9406-84903B4BA1E9',3,'Opentext','What should we stop doing?','{"options":null,"multiple":false,"maxChoices":null,"allowChange":true,"maxWordsPerParticipant":3,"maxWordLength":25,"min":1,"max":5,"minLabel":null,"maxLabel":null,"maxLength":280,"entriesPerParticipant":1,"moderated":false,"anonymousAllowed":true,"preModeration":false,"maxQuestionsPerParticipant":10,"sort":"votes","questions":null,"openOnShow":true,"emojis":null}','Pending','OnReveal',0,NULL,0,0,0,-1,0,NULL,NULL,NULL);
INSERT INTO live_activities VALUES('01A24DAB-4670-7116-AC1D-2E37C7FD84E1','01A24DAB-45A2-77A4-9406-84903B4BA1E9',2,'Rating','How clear is our strategy?','{"options":null,"multiple":false,"maxChoices":null,"allowChange":true,"maxWordsPerParticipant":3,"maxWordLength":25,"min":1,"max":5,"minLabel":"Foggy","maxLabel":"Crystal clear","maxLength":280,"entriesPerParticipant":1,"moderated":false,"anonymousAllowed":true,"preModeration":false,"maxQuestionsPerParticipant":10,"sort":"votes","questions":null,"openOnShow":true,"emojis":null}','Pending','Live',0,NULL,0,0,0,-1,0,NULL,NULL,NULL);
INSERT INTO live_activities VALUES('01A24DAB-4670-7274-A042-BE43484F75B2','01A24DAB-45A2-77A4-9406-84903B4BA1E9',5,'Quiz','Company trivia','{"options":null,"multiple":false,"maxChoices":null,"allowChange":true,"maxWordsPerParticipant":3,"maxWordLength":25,"min":1,"max":5,"minLabel":null,"maxLabel":null,"maxLength":280,"entriesPerParticipant":1,"moderated":false,"anonymousAllowed":true,"preModeration":false,"maxQuestionsPerParticipant":10,"sort":"votes","questions":[{"text":"In which year was the company founded?","options":["2009","2012","2015","2018"],"correct":[1],"points":1000,"timeLimitSeconds":20,"speedBonus":true,"showLeaderboard":false,"explanation":""},{"text":"How many offices do we have?","options":["3","5","7"],"correct":[1],"points":1000,"timeLimitSeconds":15,"speedBonus":true,"showLeaderboard":false,"explanation":""},{"text":"Warm-up: pick your favourite colour","options":["Red","Green","Blue"],"correct":[0,1,2],"points":0,"timeLimitSeconds":null,"speedBonus":true,"showLeaderboard":true,"explanation":""}],"openOnShow":true,"emojis":null}','Pending','OnReveal',0,NULL,0,1,0,-1,0,NULL,NULL,NULL);
INSERT INTO live_activities VALUES('01A24DAB-4670-7447-9DDE-B809B9C3CC57','01A24DAB-45A2-77A4-9406-84903B4BA1E9',1,'Wordcloud','One word for this quarter?','{"options":null,"multiple":false,"maxChoices":null,"allowChange":true,"maxWordsPerParticipant":3,"maxWordLength":25,"min":1,"max":5,"minLabel":null,"maxLabel":null,"maxLength":280,"entriesPerParticipant":1,"moderated":false,"anonymousAllowed":true,"preModeration":false,"maxQuestionsPerParticipant":10,"sort":"votes","questions":null,"openOnShow":true,"emojis":null}','Pending','Live',0,NULL,0,0,0,-1,0,NULL,NULL,NULL);
INSERT INTO live_activities VALUES('01A24DAB-4680-725F-BBB7-3D3375E27899','01A24DAB-45A2-77A4-9406-84903B4BA1E9',6,'Reactions','Reactions','{"options":null,"multiple":false,"maxChoices":null,"allowChange":true,"maxWordsPerParticipant":3,"maxWordLength":25,"min":1,"max":5,"minLabel":null,"maxLabel":null,"maxLength":280,"entriesPerParticipant":1,"moderated":false,"anonymousAllowed":true,"preModeration":false,"maxQuestionsPerParticipant":10,"sort":"votes","questions":null,"openOnShow":true,"emojis":["\uD83D\uDC4D","\u2764\uFE0F","\uD83D\uDE02","\uD83D\uDC4F","\uD83C\uDF89","\uD83D\uDE2E"]}','Pending','Live',0,NULL,0,0,0,-1,0,NULL,NULL,NULL);
CREATE TABLE IF NOT EXISTS "live_quiz_questions" (
    "ActivityId" TEXT NOT NULL,
    "Index" INTEGER NOT NULL,
    "Stage" TEXT NOT NULL,
    "OpenedAt" TEXT NULL,
    "DeadlineAt" TEXT NULL,
    "ClosedAt" TEXT NULL,
    CONSTRAINT "PK_live_quiz_questions" PRIMARY KEY ("ActivityId", "Index"),
    CONSTRAINT "FK_live_quiz_questions_activity" FOREIGN KEY ("ActivityId") REFERENCES "live_activities" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "live_participants" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_live_participants" PRIMARY KEY,
    "SessionId" TEXT NOT NULL,
    "Nickname" TEXT NOT NULL,
    "NicknameKey" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "TokenGeneration" INTEGER NOT NULL,
    "RecoveryCodeHash" TEXT NOT NULL,
    "IsBot" INTEGER NOT NULL,
    "JoinedAt" TEXT NOT NULL,
    "LastSeenAt" TEXT NOT NULL,
    CONSTRAINT "FK_live_participants_session" FOREIGN KEY ("SessionId") REFERENCES "live_sessions" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "live_responses" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_live_responses" PRIMARY KEY,
    "SessionId" TEXT NOT NULL,
    "ActivityId" TEXT NOT NULL,
    "ParticipantId" TEXT NOT NULL,
    "QuestionIndex" INTEGER NOT NULL,
    "Slot" INTEGER NOT NULL,
    "Payload" TEXT NOT NULL,
    "SubmittedAt" TEXT NOT NULL,
    "ElapsedMs" INTEGER NULL,
    "Correct" INTEGER NULL,
    "Points" INTEGER NULL,
    "Moderation" TEXT NOT NULL,
    CONSTRAINT "FK_live_responses_activity" FOREIGN KEY ("ActivityId") REFERENCES "live_activities" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "live_write_receipts" (
    "ParticipantId" TEXT NOT NULL,
    "RequestId" TEXT NOT NULL,
    "SessionId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "PK_live_write_receipts" PRIMARY KEY ("ParticipantId", "RequestId")
);
CREATE TABLE IF NOT EXISTS "live_questions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_live_questions" PRIMARY KEY,
    "SessionId" TEXT NOT NULL,
    "ActivityId" TEXT NOT NULL,
    "AuthorParticipantId" TEXT NOT NULL,
    "Anonymous" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Edited" INTEGER NOT NULL,
    "State" TEXT NOT NULL,
    "Pinned" INTEGER NOT NULL,
    "VoteCount" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "AnsweredAt" TEXT NULL,
    CONSTRAINT "FK_live_questions_activity" FOREIGN KEY ("ActivityId") REFERENCES "live_activities" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "live_question_votes" (
    "QuestionId" TEXT NOT NULL,
    "ParticipantId" TEXT NOT NULL,
    CONSTRAINT "PK_live_question_votes" PRIMARY KEY ("QuestionId", "ParticipantId"),
    CONSTRAINT "FK_live_question_votes_question" FOREIGN KEY ("QuestionId") REFERENCES "live_questions" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "live_reaction_totals" (
    "ActivityId" TEXT NOT NULL,
    "Emoji" TEXT NOT NULL,
    "Total" INTEGER NOT NULL,
    CONSTRAINT "PK_live_reaction_totals" PRIMARY KEY ("ActivityId", "Emoji"),
    CONSTRAINT "FK_live_reaction_totals_activity" FOREIGN KEY ("ActivityId") REFERENCES "live_activities" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "live_bans" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_live_bans" PRIMARY KEY,
    "SessionId" TEXT NOT NULL,
    "ParticipantId" TEXT NOT NULL,
    "NicknameKey" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_live_bans_session" FOREIGN KEY ("SessionId") REFERENCES "live_sessions" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "live_changes" (
    "SessionId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "Audience" TEXT NOT NULL,
    "ScopeId" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Removed" INTEGER NOT NULL,
    "Data" TEXT NULL,
    "ChangedAt" TEXT NOT NULL,
    CONSTRAINT "PK_live_changes" PRIMARY KEY ("SessionId", "Kind", "EntityId", "Audience"),
    CONSTRAINT "FK_live_changes_session" FOREIGN KEY ("SessionId") REFERENCES "live_sessions" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "live_publisher_leases" (
    "SessionId" TEXT NOT NULL CONSTRAINT "PK_live_publisher_leases" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "FencingToken" INTEGER NOT NULL,
    "LeaseUntil" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "live_audit" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_live_audit" PRIMARY KEY,
    "SessionId" TEXT NOT NULL,
    "ActorUserId" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "Detail" TEXT NULL,
    "At" TEXT NOT NULL
);
CREATE INDEX "ix_live_sessions_code" ON "live_sessions" ("Code");
CREATE INDEX "ix_live_sessions_host_status" ON "live_sessions" ("HostUserId", "Status");
CREATE INDEX "ix_live_activities_session_position" ON "live_activities" ("SessionId", "Position");
CREATE UNIQUE INDEX "ix_live_participants_session_nickname" ON "live_participants" ("SessionId", "NicknameKey");
CREATE UNIQUE INDEX "ix_live_responses_unique_answer" ON "live_responses" ("ActivityId", "QuestionIndex", "ParticipantId", "Slot");
CREATE INDEX "ix_live_responses_participant" ON "live_responses" ("ParticipantId");
CREATE INDEX "ix_live_write_receipts_session" ON "live_write_receipts" ("SessionId");
CREATE INDEX "ix_live_questions_activity" ON "live_questions" ("ActivityId");
CREATE INDEX "ix_live_questions_author" ON "live_questions" ("AuthorParticipantId");
CREATE INDEX "ix_live_bans_session" ON "live_bans" ("SessionId");
CREATE INDEX "ix_live_changes_session_version" ON "live_changes" ("SessionId", "Version");
CREATE INDEX "ix_live_audit_session" ON "live_audit" ("SessionId");
COMMIT;
