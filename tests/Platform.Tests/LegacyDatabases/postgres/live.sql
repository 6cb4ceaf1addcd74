--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: live; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA live;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: __EFMigrationsHistory; Type: TABLE; Schema: live; Owner: -
--

CREATE TABLE live."__EFMigrationsHistory" (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL
);


--
-- Name: live_activities; Type: TABLE; Schema: live; Owner: -
--

CREATE TABLE live.live_activities (
    "Id" uuid NOT NULL,
    "SessionId" uuid NOT NULL,
    "Position" integer NOT NULL,
    "Type" character varying(16) NOT NULL,
    "Title" character varying(300) NOT NULL,
    "Config" text NOT NULL,
    "State" character varying(16) NOT NULL,
    "ResultsMode" character varying(16) NOT NULL,
    "Revealed" boolean NOT NULL,
    "TimeLimitSeconds" integer,
    "CloseGraceSeconds" integer NOT NULL,
    "Identified" boolean NOT NULL,
    "Revision" integer NOT NULL,
    "QuizIndex" integer NOT NULL,
    "QuizPodium" boolean NOT NULL,
    "OpenedAt" timestamp with time zone,
    "ClosesAt" timestamp with time zone,
    "ClosedAt" timestamp with time zone
);


--
-- Name: live_audit; Type: TABLE; Schema: live; Owner: -
--

CREATE TABLE live.live_audit (
    "Id" uuid NOT NULL,
    "SessionId" uuid NOT NULL,
    "ActorUserId" uuid NOT NULL,
    "Action" character varying(40) NOT NULL,
    "Detail" character varying(500),
    "At" timestamp with time zone NOT NULL
);


--
-- Name: live_bans; Type: TABLE; Schema: live; Owner: -
--

CREATE TABLE live.live_bans (
    "Id" uuid NOT NULL,
    "SessionId" uuid NOT NULL,
    "ParticipantId" uuid NOT NULL,
    "NicknameKey" character varying(100) NOT NULL,
    "Reason" character varying(200) NOT NULL,
    "CreatedBy" uuid NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL
);


--
-- Name: live_changes; Type: TABLE; Schema: live; Owner: -
--

CREATE TABLE live.live_changes (
    "SessionId" uuid NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "EntityId" character varying(80) NOT NULL,
    "Audience" character varying(60) NOT NULL,
    "ScopeId" uuid,
    "Version" bigint NOT NULL,
    "Removed" boolean NOT NULL,
    "Data" text,
    "ChangedAt" timestamp with time zone NOT NULL
);


--
-- Name: live_participants; Type: TABLE; Schema: live; Owner: -
--

CREATE TABLE live.live_participants (
    "Id" uuid NOT NULL,
    "SessionId" uuid NOT NULL,
    "Nickname" character varying(24) NOT NULL,
    "NicknameKey" character varying(100) NOT NULL,
    "Status" character varying(16) NOT NULL,
    "TokenGeneration" integer NOT NULL,
    "RecoveryCodeHash" character varying(64) NOT NULL,
    "IsBot" boolean NOT NULL,
    "JoinedAt" timestamp with time zone NOT NULL,
    "LastSeenAt" timestamp with time zone NOT NULL
);


--
-- Name: live_publisher_leases; Type: TABLE; Schema: live; Owner: -
--

CREATE TABLE live.live_publisher_leases (
    "SessionId" uuid NOT NULL,
    "InstanceId" character varying(100) NOT NULL,
    "FencingToken" bigint NOT NULL,
    "LeaseUntil" timestamp with time zone NOT NULL
);


--
-- Name: live_question_votes; Type: TABLE; Schema: live; Owner: -
--

CREATE TABLE live.live_question_votes (
    "QuestionId" uuid NOT NULL,
    "ParticipantId" uuid NOT NULL
);


--
-- Name: live_questions; Type: TABLE; Schema: live; Owner: -
--

CREATE TABLE live.live_questions (
    "Id" uuid NOT NULL,
    "SessionId" uuid NOT NULL,
    "ActivityId" uuid NOT NULL,
    "AuthorParticipantId" uuid NOT NULL,
    "Anonymous" boolean NOT NULL,
    "Text" character varying(500) NOT NULL,
    "Edited" boolean NOT NULL,
    "State" character varying(16) NOT NULL,
    "Pinned" boolean NOT NULL,
    "VoteCount" integer NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "AnsweredAt" timestamp with time zone
);


--
-- Name: live_quiz_questions; Type: TABLE; Schema: live; Owner: -
--

CREATE TABLE live.live_quiz_questions (
    "ActivityId" uuid NOT NULL,
    "Index" integer NOT NULL,
    "Stage" character varying(16) NOT NULL,
    "OpenedAt" timestamp with time zone,
    "DeadlineAt" timestamp with time zone,
    "ClosedAt" timestamp with time zone
);


--
-- Name: live_reaction_totals; Type: TABLE; Schema: live; Owner: -
--

CREATE TABLE live.live_reaction_totals (
    "ActivityId" uuid NOT NULL,
    "Emoji" character varying(16) NOT NULL,
    "Total" bigint NOT NULL
);


--
-- Name: live_responses; Type: TABLE; Schema: live; Owner: -
--

CREATE TABLE live.live_responses (
    "Id" uuid NOT NULL,
    "SessionId" uuid NOT NULL,
    "ActivityId" uuid NOT NULL,
    "ParticipantId" uuid NOT NULL,
    "QuestionIndex" integer NOT NULL,
    "Slot" integer NOT NULL,
    "Payload" text NOT NULL,
    "SubmittedAt" timestamp with time zone NOT NULL,
    "ElapsedMs" integer,
    "Correct" boolean,
    "Points" integer,
    "Moderation" character varying(16) NOT NULL
);


--
-- Name: live_sessions; Type: TABLE; Schema: live; Owner: -
--

CREATE TABLE live.live_sessions (
    "Id" uuid NOT NULL,
    "HostUserId" uuid NOT NULL,
    "Title" character varying(120) NOT NULL,
    "Description" character varying(1000) NOT NULL,
    "Code" character varying(6) NOT NULL,
    "Status" character varying(16) NOT NULL,
    "Locked" boolean NOT NULL,
    "CurrentActivityId" uuid,
    "Screen" character varying(16) NOT NULL,
    "MaxParticipants" integer NOT NULL,
    "JoinRatePerSecond" integer NOT NULL,
    "ProfanityFilter" boolean NOT NULL,
    "ExtraBlockedWords" text NOT NULL,
    "PresenterKeyHash" character varying(64) NOT NULL,
    "Version" bigint NOT NULL,
    "DeltaFloor" bigint NOT NULL,
    "Revision" integer NOT NULL,
    "IsRehearsal" boolean NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "StartedAt" timestamp with time zone,
    "EndedAt" timestamp with time zone,
    "LastActionAt" timestamp with time zone NOT NULL,
    CONSTRAINT "CK_live_sessions_capacity" CHECK ((("MaxParticipants" >= 1) AND ("MaxParticipants" <= 20000))),
    CONSTRAINT "CK_live_sessions_join_rate" CHECK ((("JoinRatePerSecond" >= 10) AND ("JoinRatePerSecond" <= 500)))
);


--
-- Name: live_write_receipts; Type: TABLE; Schema: live; Owner: -
--

CREATE TABLE live.live_write_receipts (
    "ParticipantId" uuid NOT NULL,
    "RequestId" character varying(64) NOT NULL,
    "SessionId" uuid NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL
);


--
-- Data for Name: __EFMigrationsHistory; Type: TABLE DATA; Schema: live; Owner: -
--

INSERT INTO live."__EFMigrationsHistory" VALUES ('20261121200000_LiveInitial', '10.0.14');


--
-- Data for Name: live_activities; Type: TABLE DATA; Schema: live; Owner: -
--

INSERT INTO live.live_activities VALUES ('01a24daf-0380-735f-b3fe-8a2276f5d29d', '01a24daf-033d-7cde-8491-cb1e58d7cc38', 0, 'Poll', 'Where are you joining from?', '{"options":["Office","Home","On the road","Somewhere else"],"multiple":false,"maxChoices":null,"allowChange":true,"maxWordsPerParticipant":3,"maxWordLength":25,"min":1,"max":5,"minLabel":null,"maxLabel":null,"maxLength":280,"entriesPerParticipant":1,"moderated":false,"anonymousAllowed":true,"preModeration":false,"maxQuestionsPerParticipant":10,"sort":"votes","questions":null,"openOnShow":true,"emojis":null}', 'Pending', 'Live', false, NULL, 0, false, 0, -1, false, NULL, NULL, NULL);
INSERT INTO live.live_activities VALUES ('01a24daf-03c9-7535-b960-f55f36b4f71e', '01a24daf-033d-7cde-8491-cb1e58d7cc38', 3, 'Opentext', 'What should we stop doing?', '{"options":null,"multiple":false,"maxChoices":null,"allowChange":true,"maxWordsPerParticipant":3,"maxWordLength":25,"min":1,"max":5,"minLabel":null,"maxLabel":null,"maxLength":280,"entriesPerParticipant":1,"moderated":false,"anonymousAllowed":true,"preModeration":false,"maxQuestionsPerParticipant":10,"sort":"votes","questions":null,"openOnShow":true,"emojis":null}', 'Pending', 'OnReveal', false, NULL, 0, false, 0, -1, false, NULL, NULL, NULL);
INSERT INTO live.live_activities VALUES ('01a24daf-03c9-77e3-b7f3-f5a4d9e86386', '01a24daf-033d-7cde-8491-cb1e58d7cc38', 2, 'Rating', 'How clear is our strategy?', '{"options":null,"multiple":false,"maxChoices":null,"allowChange":true,"maxWordsPerParticipant":3,"maxWordLength":25,"min":1,"max":5,"minLabel":"Foggy","maxLabel":"Crystal clear","maxLength":280,"entriesPerParticipant":1,"moderated":false,"anonymousAllowed":true,"preModeration":false,"maxQuestionsPerParticipant":10,"sort":"votes","questions":null,"openOnShow":true,"emojis":null}', 'Pending', 'Live', false, NULL, 0, false, 0, -1, false, NULL, NULL, NULL);
INSERT INTO live.live_activities VALUES ('01a24daf-03c9-7b17-bfbe-99bb818d98bf', '01a24daf-033d-7cde-8491-cb1e58d7cc38', 4, 'Qna', 'Ask the leadership team', '{"options":null,"multiple":false,"maxChoices":null,"allowChange":true,"maxWordsPerParticipant":3,"maxWordLength":25,"min":1,"max":5,"minLabel":null,"maxLabel":null,"maxLength":280,"entriesPerParticipant":1,"moderated":false,"anonymousAllowed":true,"preModeration":false,"maxQuestionsPerParticipant":10,"sort":"votes","questions":null,"openOnShow":true,"emojis":null}', 'Pending', 'Live', false, NULL, 0, false, 0, -1, false, NULL, NULL, NULL);
INSERT INTO live.live_activities VALUES ('01a24daf-03c9-7f93-a6b7-a13ddca639c1', '01a24daf-033d-7cde-8491-cb1e58d7cc38', 1, 'Wordcloud', 'One word for this quarter?', '{"options":null,"multiple":false,"maxChoices":null,"allowChange":true,"maxWordsPerParticipant":3,"maxWordLength":25,"min":1,"max":5,"minLabel":null,"maxLabel":null,"maxLength":280,"entriesPerParticipant":1,"moderated":false,"anonymousAllowed":true,"preModeration":false,"maxQuestionsPerParticipant":10,"sort":"votes","questions":null,"openOnShow":true,"emojis":null}', 'Pending', 'Live', false, NULL, 0, false, 0, -1, false, NULL, NULL, NULL);
INSERT INTO live.live_activities VALUES ('01a24daf-03ca-7ac6-9cdb-d3f74cb914ff', '01a24daf-033d-7cde-8491-cb1e58d7cc38', 5, 'Quiz', 'Company trivia', '{"options":null,"multiple":false,"maxChoices":null,"allowChange":true,"maxWordsPerParticipant":3,"maxWordLength":25,"min":1,"max":5,"minLabel":null,"maxLabel":null,"maxLength":280,"entriesPerParticipant":1,"moderated":false,"anonymousAllowed":true,"preModeration":false,"maxQuestionsPerParticipant":10,"sort":"votes","questions":[{"text":"In which year was the company founded?","options":["2009","2012","2015","2018"],"correct":[1],"points":1000,"timeLimitSeconds":20,"speedBonus":true,"showLeaderboard":false,"explanation":""},{"text":"How many offices do we have?","options":["3","5","7"],"correct":[1],"points":1000,"timeLimitSeconds":15,"speedBonus":true,"showLeaderboard":false,"explanation":""},{"text":"Warm-up: pick your favourite colour","options":["Red","Green","Blue"],"correct":[0,1,2],"points":0,"timeLimitSeconds":null,"speedBonus":true,"showLeaderboard":true,"explanation":""}],"openOnShow":true,"emojis":null}', 'Pending', 'OnReveal', false, NULL, 0, true, 0, -1, false, NULL, NULL, NULL);
INSERT INTO live.live_activities VALUES ('01a24daf-03d5-70a1-9bfd-c6cb3fe800c2', '01a24daf-033d-7cde-8491-cb1e58d7cc38', 6, 'Reactions', 'Reactions', '{"options":null,"multiple":false,"maxChoices":null,"allowChange":true,"maxWordsPerParticipant":3,"maxWordLength":25,"min":1,"max":5,"minLabel":null,"maxLabel":null,"maxLength":280,"entriesPerParticipant":1,"moderated":false,"anonymousAllowed":true,"preModeration":false,"maxQuestionsPerParticipant":10,"sort":"votes","questions":null,"openOnShow":true,"emojis":["\uD83D\uDC4D","\u2764\uFE0F","\uD83D\uDE02","\uD83D\uDC4F","\uD83C\uDF89","\uD83D\uDE2E"]}', 'Pending', 'Live', false, NULL, 0, false, 0, -1, false, NULL, NULL, NULL);


--
-- Data for Name: live_audit; Type: TABLE DATA; Schema: live; Owner: -
--



--
-- Data for Name: live_bans; Type: TABLE DATA; Schema: live; Owner: -
--



--
-- Data for Name: live_changes; Type: TABLE DATA; Schema: live; Owner: -
--



--
-- Data for Name: live_participants; Type: TABLE DATA; Schema: live; Owner: -
--



--
-- Data for Name: live_publisher_leases; Type: TABLE DATA; Schema: live; Owner: -
--



--
-- Data for Name: live_question_votes; Type: TABLE DATA; Schema: live; Owner: -
--



--
-- Data for Name: live_questions; Type: TABLE DATA; Schema: live; Owner: -
--



--
-- Data for Name: live_quiz_questions; Type: TABLE DATA; Schema: live; Owner: -
--



--
-- Data for Name: live_reaction_totals; Type: TABLE DATA; Schema: live; Owner: -
--



--
-- Data for Name: live_responses; Type: TABLE DATA; Schema: live; Owner: -
--



--
-- Data for Name: live_sessions; Type: TABLE DATA; Schema: live; Owner: -
--

INSERT INTO live.live_sessions VALUES ('01a24daf-033d-7cde-8491-cb1e58d7cc38', '01a24daf-027e-705d-86b3-9ce2018083b3', 'Quartet town hall (demo)', 'Every activity type, ready to run.', 'TEAM42', 'Live', false, NULL, 'Lobby', 1000, 500, true, '[]', '22c5d7a73140f9911fcc47c8f8886f519555508b37c17ac6b757df2731a604e7', 1, 0, 0, false, '2026-12-06 23:27:24.989537+00', '2026-12-06 23:27:24.989537+00', NULL, '2026-12-06 23:27:24.989537+00');


--
-- Data for Name: live_write_receipts; Type: TABLE DATA; Schema: live; Owner: -
--



--
-- Name: __EFMigrationsHistory PK___EFMigrationsHistory; Type: CONSTRAINT; Schema: live; Owner: -
--

ALTER TABLE ONLY live."__EFMigrationsHistory"
    ADD CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId");


--
-- Name: live_activities PK_live_activities; Type: CONSTRAINT; Schema: live; Owner: -
--

ALTER TABLE ONLY live.live_activities
    ADD CONSTRAINT "PK_live_activities" PRIMARY KEY ("Id");


--
-- Name: live_audit PK_live_audit; Type: CONSTRAINT; Schema: live; Owner: -
--

ALTER TABLE ONLY live.live_audit
    ADD CONSTRAINT "PK_live_audit" PRIMARY KEY ("Id");


--
-- Name: live_bans PK_live_bans; Type: CONSTRAINT; Schema: live; Owner: -
--

ALTER TABLE ONLY live.live_bans
    ADD CONSTRAINT "PK_live_bans" PRIMARY KEY ("Id");


--
-- Name: live_changes PK_live_changes; Type: CONSTRAINT; Schema: live; Owner: -
--

ALTER TABLE ONLY live.live_changes
    ADD CONSTRAINT "PK_live_changes" PRIMARY KEY ("SessionId", "Kind", "EntityId", "Audience");


--
-- Name: live_participants PK_live_participants; Type: CONSTRAINT; Schema: live; Owner: -
--

ALTER TABLE ONLY live.live_participants
    ADD CONSTRAINT "PK_live_participants" PRIMARY KEY ("Id");


--
-- Name: live_publisher_leases PK_live_publisher_leases; Type: CONSTRAINT; Schema: live; Owner: -
--

ALTER TABLE ONLY live.live_publisher_leases
    ADD CONSTRAINT "PK_live_publisher_leases" PRIMARY KEY ("SessionId");


--
-- Name: live_question_votes PK_live_question_votes; Type: CONSTRAINT; Schema: live; Owner: -
--

ALTER TABLE ONLY live.live_question_votes
    ADD CONSTRAINT "PK_live_question_votes" PRIMARY KEY ("QuestionId", "ParticipantId");


--
-- Name: live_questions PK_live_questions; Type: CONSTRAINT; Schema: live; Owner: -
--

ALTER TABLE ONLY live.live_questions
    ADD CONSTRAINT "PK_live_questions" PRIMARY KEY ("Id");


--
-- Name: live_quiz_questions PK_live_quiz_questions; Type: CONSTRAINT; Schema: live; Owner: -
--

ALTER TABLE ONLY live.live_quiz_questions
    ADD CONSTRAINT "PK_live_quiz_questions" PRIMARY KEY ("ActivityId", "Index");


--
-- Name: live_reaction_totals PK_live_reaction_totals; Type: CONSTRAINT; Schema: live; Owner: -
--

ALTER TABLE ONLY live.live_reaction_totals
    ADD CONSTRAINT "PK_live_reaction_totals" PRIMARY KEY ("ActivityId", "Emoji");


--
-- Name: live_responses PK_live_responses; Type: CONSTRAINT; Schema: live; Owner: -
--

ALTER TABLE ONLY live.live_responses
    ADD CONSTRAINT "PK_live_responses" PRIMARY KEY ("Id");


--
-- Name: live_sessions PK_live_sessions; Type: CONSTRAINT; Schema: live; Owner: -
--

ALTER TABLE ONLY live.live_sessions
    ADD CONSTRAINT "PK_live_sessions" PRIMARY KEY ("Id");


--
-- Name: live_write_receipts PK_live_write_receipts; Type: CONSTRAINT; Schema: live; Owner: -
--

ALTER TABLE ONLY live.live_write_receipts
    ADD CONSTRAINT "PK_live_write_receipts" PRIMARY KEY ("ParticipantId", "RequestId");


--
-- Name: ix_live_activities_session_position; Type: INDEX; Schema: live; Owner: -
--

CREATE INDEX ix_live_activities_session_position ON live.live_activities USING btree ("SessionId", "Position");


--
-- Name: ix_live_audit_session; Type: INDEX; Schema: live; Owner: -
--

CREATE INDEX ix_live_audit_session ON live.live_audit USING btree ("SessionId");


--
-- Name: ix_live_bans_session; Type: INDEX; Schema: live; Owner: -
--

CREATE INDEX ix_live_bans_session ON live.live_bans USING btree ("SessionId");


--
-- Name: ix_live_changes_session_version; Type: INDEX; Schema: live; Owner: -
--

CREATE INDEX ix_live_changes_session_version ON live.live_changes USING btree ("SessionId", "Version");


--
-- Name: ix_live_participants_session_nickname; Type: INDEX; Schema: live; Owner: -
--

CREATE UNIQUE INDEX ix_live_participants_session_nickname ON live.live_participants USING btree ("SessionId", "NicknameKey");


--
-- Name: ix_live_questions_activity; Type: INDEX; Schema: live; Owner: -
--

CREATE INDEX ix_live_questions_activity ON live.live_questions USING btree ("ActivityId");


--
-- Name: ix_live_questions_author; Type: INDEX; Schema: live; Owner: -
--

CREATE INDEX ix_live_questions_author ON live.live_questions USING btree ("AuthorParticipantId");


--
-- Name: ix_live_responses_participant; Type: INDEX; Schema: live; Owner: -
--

CREATE INDEX ix_live_responses_participant ON live.live_responses USING btree ("ParticipantId");


--
-- Name: ix_live_responses_unique_answer; Type: INDEX; Schema: live; Owner: -
--

CREATE UNIQUE INDEX ix_live_responses_unique_answer ON live.live_responses USING btree ("ActivityId", "QuestionIndex", "ParticipantId", "Slot");


--
-- Name: ix_live_sessions_code; Type: INDEX; Schema: live; Owner: -
--

CREATE INDEX ix_live_sessions_code ON live.live_sessions USING btree ("Code");


--
-- Name: ix_live_sessions_host_status; Type: INDEX; Schema: live; Owner: -
--

CREATE INDEX ix_live_sessions_host_status ON live.live_sessions USING btree ("HostUserId", "Status");


--
-- Name: ix_live_write_receipts_session; Type: INDEX; Schema: live; Owner: -
--

CREATE INDEX ix_live_write_receipts_session ON live.live_write_receipts USING btree ("SessionId");


--
-- Name: live_activities FK_live_activities_session; Type: FK CONSTRAINT; Schema: live; Owner: -
--

ALTER TABLE ONLY live.live_activities
    ADD CONSTRAINT "FK_live_activities_session" FOREIGN KEY ("SessionId") REFERENCES live.live_sessions("Id") ON DELETE CASCADE;


--
-- Name: live_bans FK_live_bans_session; Type: FK CONSTRAINT; Schema: live; Owner: -
--

ALTER TABLE ONLY live.live_bans
    ADD CONSTRAINT "FK_live_bans_session" FOREIGN KEY ("SessionId") REFERENCES live.live_sessions("Id") ON DELETE CASCADE;


--
-- Name: live_changes FK_live_changes_session; Type: FK CONSTRAINT; Schema: live; Owner: -
--

ALTER TABLE ONLY live.live_changes
    ADD CONSTRAINT "FK_live_changes_session" FOREIGN KEY ("SessionId") REFERENCES live.live_sessions("Id") ON DELETE CASCADE;


--
-- Name: live_participants FK_live_participants_session; Type: FK CONSTRAINT; Schema: live; Owner: -
--

ALTER TABLE ONLY live.live_participants
    ADD CONSTRAINT "FK_live_participants_session" FOREIGN KEY ("SessionId") REFERENCES live.live_sessions("Id") ON DELETE CASCADE;


--
-- Name: live_question_votes FK_live_question_votes_question; Type: FK CONSTRAINT; Schema: live; Owner: -
--

ALTER TABLE ONLY live.live_question_votes
    ADD CONSTRAINT "FK_live_question_votes_question" FOREIGN KEY ("QuestionId") REFERENCES live.live_questions("Id") ON DELETE CASCADE;


--
-- Name: live_questions FK_live_questions_activity; Type: FK CONSTRAINT; Schema: live; Owner: -
--

ALTER TABLE ONLY live.live_questions
    ADD CONSTRAINT "FK_live_questions_activity" FOREIGN KEY ("ActivityId") REFERENCES live.live_activities("Id") ON DELETE CASCADE;


--
-- Name: live_quiz_questions FK_live_quiz_questions_activity; Type: FK CONSTRAINT; Schema: live; Owner: -
--

ALTER TABLE ONLY live.live_quiz_questions
    ADD CONSTRAINT "FK_live_quiz_questions_activity" FOREIGN KEY ("ActivityId") REFERENCES live.live_activities("Id") ON DELETE CASCADE;


--
-- Name: live_reaction_totals FK_live_reaction_totals_activity; Type: FK CONSTRAINT; Schema: live; Owner: -
--

ALTER TABLE ONLY live.live_reaction_totals
    ADD CONSTRAINT "FK_live_reaction_totals_activity" FOREIGN KEY ("ActivityId") REFERENCES live.live_activities("Id") ON DELETE CASCADE;


--
-- Name: live_responses FK_live_responses_activity; Type: FK CONSTRAINT; Schema: live; Owner: -
--

ALTER TABLE ONLY live.live_responses
    ADD CONSTRAINT "FK_live_responses_activity" FOREIGN KEY ("ActivityId") REFERENCES live.live_activities("Id") ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


