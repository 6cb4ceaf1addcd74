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
-- Name: parks; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA parks;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: __EFMigrationsHistory; Type: TABLE; Schema: parks; Owner: -
--

CREATE TABLE parks."__EFMigrationsHistory" (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL
);


--
-- Name: admin_audit; Type: TABLE; Schema: parks; Owner: -
--

CREATE TABLE parks.admin_audit (
    "Id" uuid NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "Actor" character varying(200) NOT NULL,
    "Action" character varying(40) NOT NULL,
    "EntityType" character varying(20) NOT NULL,
    "EntityId" character varying(64) NOT NULL,
    "Before" text,
    "After" text
);


--
-- Name: data_quality_issues; Type: TABLE; Schema: parks; Owner: -
--

CREATE TABLE parks.data_quality_issues (
    "Id" uuid NOT NULL,
    "Type" character varying(24) NOT NULL,
    "Source" character varying(8) NOT NULL,
    "ParkId" uuid,
    "RideId" uuid,
    "ExternalId" character varying(64),
    "OpenKey" character varying(200),
    "FirstSeenAt" timestamp with time zone NOT NULL,
    "LastSeenAt" timestamp with time zone NOT NULL,
    "Occurrences" integer NOT NULL,
    "MaxAgeMinutes" integer,
    "Details" character varying(4096),
    "ResolvedAt" timestamp with time zone,
    "ResolvedBy" character varying(200)
);


--
-- Name: data_version; Type: TABLE; Schema: parks; Owner: -
--

CREATE TABLE parks.data_version (
    "Id" integer NOT NULL,
    "LastRunId" uuid,
    "RollupRevision" bigint NOT NULL,
    "CatalogueRevision" bigint NOT NULL,
    "PeriodWeekStart" integer
);


--
-- Name: downtime_events; Type: TABLE; Schema: parks; Owner: -
--

CREATE TABLE parks.downtime_events (
    "Id" uuid NOT NULL,
    "RideId" uuid NOT NULL,
    "ParkId" uuid NOT NULL,
    "LocalDate" date NOT NULL,
    "StartedAt" timestamp with time zone NOT NULL,
    "EndedAt" timestamp with time zone,
    "DownMinutes" integer NOT NULL,
    "EndReason" character varying(16)
);


--
-- Name: external_id_changes; Type: TABLE; Schema: parks; Owner: -
--

CREATE TABLE parks.external_id_changes (
    "Id" uuid NOT NULL,
    "EntityType" character varying(8) NOT NULL,
    "EntityId" uuid NOT NULL,
    "Source" character varying(8) NOT NULL,
    "OldId" character varying(64),
    "NewId" character varying(64),
    "ChangedAt" timestamp with time zone NOT NULL,
    "Reason" character varying(16) NOT NULL
);


--
-- Name: match_candidates; Type: TABLE; Schema: parks; Owner: -
--

CREATE TABLE parks.match_candidates (
    "Id" uuid NOT NULL,
    "Source" character varying(8) NOT NULL,
    "EntityType" character varying(8) NOT NULL,
    "ExternalId" character varying(64) NOT NULL,
    "ExternalName" character varying(160) NOT NULL,
    "ParkId" uuid,
    "BestTargetId" uuid,
    "Score" double precision NOT NULL,
    "Status" character varying(16) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL
);


--
-- Name: park_day_stats; Type: TABLE; Schema: parks; Owner: -
--

CREATE TABLE parks.park_day_stats (
    "ParkId" uuid NOT NULL,
    "LocalDate" date NOT NULL,
    "OpenMin" integer NOT NULL,
    "CountedRides" integer NOT NULL,
    "CountedWeight" integer NOT NULL,
    "CapacityWMin" bigint NOT NULL,
    "DownWMin" bigint NOT NULL,
    "DownMin" integer NOT NULL,
    "ObservedMin" integer NOT NULL,
    "RidesWithDowntime" integer NOT NULL,
    "Incidents" integer NOT NULL,
    "WaitSum" bigint NOT NULL,
    "WaitCount" integer NOT NULL,
    "WaitMax" integer,
    "RidesReporting" integer NOT NULL,
    "FallbackMin" integer NOT NULL,
    "StaleSlots" integer NOT NULL,
    "IsFinal" boolean NOT NULL,
    "FormulaVersion" integer NOT NULL,
    CONSTRAINT "CK_park_day_stats_b_le_a" CHECK ((("DownWMin" >= 0) AND ("DownWMin" <= "CapacityWMin")))
);


--
-- Name: park_hour_stats; Type: TABLE; Schema: parks; Owner: -
--

CREATE TABLE parks.park_hour_stats (
    "ParkId" uuid NOT NULL,
    "HourStart" timestamp with time zone NOT NULL,
    "LocalDate" date NOT NULL,
    "OpenMin" integer NOT NULL,
    "CountedRides" integer NOT NULL,
    "CountedWeight" integer NOT NULL,
    "CapacityWMin" bigint NOT NULL,
    "DownWMin" bigint NOT NULL,
    "DownMin" integer NOT NULL,
    "ObservedMin" integer NOT NULL,
    "RidesWithDowntime" integer NOT NULL,
    "Incidents" integer NOT NULL,
    "WaitSum" bigint NOT NULL,
    "WaitCount" integer NOT NULL,
    "WaitMax" integer,
    "RidesReporting" integer NOT NULL,
    "FallbackMin" integer NOT NULL,
    "StaleSlots" integer NOT NULL,
    "IsFinal" boolean NOT NULL,
    "FormulaVersion" integer NOT NULL,
    CONSTRAINT "CK_park_hour_stats_b_le_a" CHECK ((("DownWMin" >= 0) AND ("DownWMin" <= "CapacityWMin")))
);


--
-- Name: park_period_stats; Type: TABLE; Schema: parks; Owner: -
--

CREATE TABLE parks.park_period_stats (
    "Span" character varying(8) NOT NULL,
    "PeriodStart" date NOT NULL,
    "ParkId" uuid NOT NULL,
    "Days" integer NOT NULL,
    "CapacityWMin" bigint NOT NULL,
    "DownWMin" bigint NOT NULL,
    "DownMin" bigint NOT NULL,
    "ObservedMin" bigint NOT NULL,
    "MaxCountedRides" integer NOT NULL,
    "Incidents" integer NOT NULL,
    "WaitSum" bigint NOT NULL,
    "WaitCount" integer NOT NULL,
    "WaitMax" integer,
    "MaxRidesReporting" integer NOT NULL,
    "OpenMin" integer NOT NULL,
    "MaxRidesWithDowntime" integer NOT NULL,
    "FallbackMin" integer NOT NULL,
    "StaleSlots" integer NOT NULL
);


--
-- Name: park_schedules; Type: TABLE; Schema: parks; Owner: -
--

CREATE TABLE parks.park_schedules (
    "Id" uuid NOT NULL,
    "ParkId" uuid NOT NULL,
    "LocalDate" date NOT NULL,
    "Type" character varying(20) NOT NULL,
    "OpensAt" timestamp with time zone NOT NULL,
    "ClosesAt" timestamp with time zone NOT NULL,
    "Origin" character varying(8) NOT NULL,
    "FetchedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "CK_park_schedules_window" CHECK (("OpensAt" < "ClosesAt"))
);


--
-- Name: park_snapshots; Type: TABLE; Schema: parks; Owner: -
--

CREATE TABLE parks.park_snapshots (
    "ParkId" uuid NOT NULL,
    "SlotAt" timestamp with time zone NOT NULL,
    "RunId" uuid NOT NULL,
    "FetchedAt" timestamp with time zone NOT NULL,
    "Source" character varying(8) NOT NULL,
    "IntervalMinutes" integer NOT NULL,
    "ParkOpen" boolean NOT NULL,
    "Operating" integer NOT NULL,
    "Down" integer NOT NULL,
    "Closed" integer NOT NULL,
    "Refurbishment" integer NOT NULL,
    "Unknown" integer NOT NULL,
    "LiveA" integer NOT NULL,
    "LiveB" integer NOT NULL,
    "AvgWait" integer,
    "MaxWait" integer
);


--
-- Name: park_states; Type: TABLE; Schema: parks; Owner: -
--

CREATE TABLE parks.park_states (
    "ParkId" uuid NOT NULL,
    "SlotAt" timestamp with time zone NOT NULL,
    "Open" boolean NOT NULL,
    "LiveA" integer NOT NULL,
    "LiveB" integer NOT NULL,
    "Source" character varying(8) NOT NULL,
    "Stale" boolean NOT NULL,
    "AvgWait" integer,
    "MaxWait" integer,
    "RidesReporting" integer NOT NULL
);


--
-- Name: parks; Type: TABLE; Schema: parks; Owner: -
--

CREATE TABLE parks.parks (
    "Id" uuid NOT NULL,
    "Slug" character varying(80) NOT NULL,
    "Name" character varying(120) NOT NULL,
    "Brand" character varying(16) NOT NULL,
    "StatusModel" character varying(16) NOT NULL,
    "Country" character varying(2) NOT NULL,
    "City" character varying(80),
    "Region" character varying(80),
    "Latitude" numeric(9,6),
    "Longitude" numeric(9,6),
    "TimeZone" character varying(64) NOT NULL,
    "TpwId" character varying(64),
    "QtId" integer,
    "IsActive" boolean NOT NULL,
    "MissingSince" date,
    "ScheduleFetchedAt" timestamp with time zone,
    "Version" integer NOT NULL,
    CONSTRAINT "CK_parks_source" CHECK ((("TpwId" IS NOT NULL) OR ("QtId" IS NOT NULL))),
    CONSTRAINT "CK_parks_us_longitude" CHECK (((("Country")::text <> 'US'::text) OR ("Longitude" IS NULL) OR ("Longitude" <= (0)::numeric)))
);


--
-- Name: ride_day_stats; Type: TABLE; Schema: parks; Owner: -
--

CREATE TABLE parks.ride_day_stats (
    "RideId" uuid NOT NULL,
    "ParkId" uuid NOT NULL,
    "LocalDate" date NOT NULL,
    "Weight" integer NOT NULL,
    "ObservedMin" integer NOT NULL,
    "OperatingMin" integer NOT NULL,
    "DownMin" integer NOT NULL,
    "ClosedMin" integer NOT NULL,
    "RefurbMin" integer NOT NULL,
    "UnknownMin" integer NOT NULL,
    "FallbackMin" integer NOT NULL,
    "OperatedEvidence" integer NOT NULL,
    "DownRunStarts" integer NOT NULL,
    "WaitSum" integer NOT NULL,
    "WaitCount" integer NOT NULL,
    "WaitMax" integer,
    "FormulaVersion" integer NOT NULL,
    "Operated" boolean NOT NULL,
    "FirstOperatedAt" timestamp with time zone,
    "LongestOutageMin" integer NOT NULL,
    "ExclusionReason" character varying(20),
    "IsFinal" boolean NOT NULL,
    CONSTRAINT "CK_ride_day_stats_down" CHECK (("DownMin" <= "ObservedMin"))
);


--
-- Name: ride_hour_stats; Type: TABLE; Schema: parks; Owner: -
--

CREATE TABLE parks.ride_hour_stats (
    "RideId" uuid NOT NULL,
    "HourStart" timestamp with time zone NOT NULL,
    "ParkId" uuid NOT NULL,
    "LocalDate" date NOT NULL,
    "Weight" integer NOT NULL,
    "ObservedMin" integer NOT NULL,
    "OperatingMin" integer NOT NULL,
    "DownMin" integer NOT NULL,
    "ClosedMin" integer NOT NULL,
    "RefurbMin" integer NOT NULL,
    "UnknownMin" integer NOT NULL,
    "FallbackMin" integer NOT NULL,
    "OperatedEvidence" integer NOT NULL,
    "DownRunStarts" integer NOT NULL,
    "WaitSum" integer NOT NULL,
    "WaitCount" integer NOT NULL,
    "WaitMax" integer,
    "FormulaVersion" integer NOT NULL,
    CONSTRAINT "CK_ride_hour_stats_down" CHECK (("DownMin" <= "ObservedMin"))
);


--
-- Name: ride_period_stats; Type: TABLE; Schema: parks; Owner: -
--

CREATE TABLE parks.ride_period_stats (
    "Span" character varying(8) NOT NULL,
    "PeriodStart" date NOT NULL,
    "RideId" uuid NOT NULL,
    "ParkId" uuid NOT NULL,
    "Days" integer NOT NULL,
    "CountedDays" integer NOT NULL,
    "CountedDownMin" bigint NOT NULL,
    "CountedObservedMin" bigint NOT NULL,
    "CountedIncidents" integer NOT NULL,
    "LongestOutageMin" integer NOT NULL,
    "WaitSum" bigint NOT NULL,
    "WaitCount" integer NOT NULL,
    "WaitMax" integer
);


--
-- Name: ride_snapshots; Type: TABLE; Schema: parks; Owner: -
--

CREATE TABLE parks.ride_snapshots (
    "RideId" uuid NOT NULL,
    "SlotAt" timestamp with time zone NOT NULL,
    "ParkId" uuid NOT NULL,
    "Status" character varying(16) NOT NULL,
    "ReportedStatus" character varying(24),
    "WaitMinutes" integer,
    "UpstreamUpdatedAt" timestamp with time zone,
    "Source" character varying(8) NOT NULL,
    "IntervalMinutes" integer NOT NULL,
    "Fallback" boolean NOT NULL,
    "Stale" boolean NOT NULL
);


--
-- Name: ride_states; Type: TABLE; Schema: parks; Owner: -
--

CREATE TABLE parks.ride_states (
    "RideId" uuid NOT NULL,
    "ParkId" uuid NOT NULL,
    "SlotAt" timestamp with time zone NOT NULL,
    "Status" character varying(16) NOT NULL,
    "WaitMinutes" integer,
    "Since" timestamp with time zone NOT NULL,
    "DownSince" timestamp with time zone,
    "Counted" boolean NOT NULL,
    "CountedDown" boolean NOT NULL
);


--
-- Name: rides; Type: TABLE; Schema: parks; Owner: -
--

CREATE TABLE parks.rides (
    "Id" uuid NOT NULL,
    "ParkId" uuid NOT NULL,
    "Name" character varying(160) NOT NULL,
    "Land" character varying(120),
    "Category" character varying(20) NOT NULL,
    "Tier" integer,
    "TierSource" character varying(8) NOT NULL,
    "TpwId" character varying(64),
    "QtId" integer,
    "IsActive" boolean NOT NULL,
    "LastOperatedAt" timestamp with time zone,
    "MissingSince" date,
    "Version" integer NOT NULL,
    CONSTRAINT "CK_rides_source" CHECK ((("TpwId" IS NOT NULL) OR ("QtId" IS NOT NULL))),
    CONSTRAINT "CK_rides_tier" CHECK ((("Tier" IS NULL) OR (("Tier" >= 1) AND ("Tier" <= 3))))
);


--
-- Name: run_park_results; Type: TABLE; Schema: parks; Owner: -
--

CREATE TABLE parks.run_park_results (
    "RunId" uuid NOT NULL,
    "ParkId" uuid NOT NULL,
    "Outcome" character varying(16) NOT NULL,
    "SourceUsed" character varying(8),
    "Attempts" integer NOT NULL,
    "DurationMs" integer NOT NULL,
    "HttpStatus" integer,
    "ErrorCode" character varying(40)
);


--
-- Name: runs; Type: TABLE; Schema: parks; Owner: -
--

CREATE TABLE parks.runs (
    "Id" uuid NOT NULL,
    "Kind" character varying(16) NOT NULL,
    "Trigger" character varying(8) NOT NULL,
    "SlotAt" timestamp with time zone,
    "StartedAt" timestamp with time zone NOT NULL,
    "FinishedAt" timestamp with time zone,
    "Status" character varying(16) NOT NULL,
    "ParksOk" integer NOT NULL,
    "ParksFallback" integer NOT NULL,
    "ParksFailed" integer NOT NULL,
    "ParksSkipped" integer NOT NULL,
    "RidesSeen" integer NOT NULL,
    "SnapshotsWritten" integer NOT NULL,
    "IssuesRaised" integer NOT NULL,
    "ErrorSummary" character varying(2000)
);


--
-- Name: source_overrides; Type: TABLE; Schema: parks; Owner: -
--

CREATE TABLE parks.source_overrides (
    "Id" uuid NOT NULL,
    "Source" character varying(8) NOT NULL,
    "EntityType" character varying(8) NOT NULL,
    "ExternalId" character varying(64) NOT NULL,
    "Action" character varying(8) NOT NULL,
    "TargetId" uuid,
    "Reason" character varying(500) NOT NULL,
    "CreatedBy" character varying(200) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL
);


--
-- Data for Name: __EFMigrationsHistory; Type: TABLE DATA; Schema: parks; Owner: -
--

INSERT INTO parks."__EFMigrationsHistory" VALUES ('20261121200000_ParksInitial', '10.0.14');
INSERT INTO parks."__EFMigrationsHistory" VALUES ('20261121230000_ParksAdmin', '10.0.14');
INSERT INTO parks."__EFMigrationsHistory" VALUES ('20261122010000_ParksPeriodRollups', '10.0.14');


--
-- Data for Name: admin_audit; Type: TABLE DATA; Schema: parks; Owner: -
--



--
-- Data for Name: data_quality_issues; Type: TABLE DATA; Schema: parks; Owner: -
--

INSERT INTO parks.data_quality_issues VALUES ('01a24db3-97f0-7f53-9f11-300b855686a6', 'MISSING_SCHEDULE', 'qt', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', NULL, NULL, 'MISSING_SCHEDULE|qt|01a24daf08567461b39f4b2ec8b9f99b||', '2026-12-06 23:32:25.113535+00', '2026-12-06 23:32:25.113535+00', 1, NULL, '{"date":"2026-12-06","operatingRides":16}', NULL, NULL);
INSERT INTO parks.data_quality_issues VALUES ('01a24db3-99dd-7d59-a37c-425a15c40b0c', 'MISSING_SCHEDULE', 'qt', '01a24daf-0801-78de-8533-c4736a0edd20', NULL, NULL, 'MISSING_SCHEDULE|qt|01a24daf080178de8533c4736a0edd20||', '2026-12-06 23:32:25.683956+00', '2026-12-06 23:32:25.683956+00', 1, NULL, '{"date":"2026-12-06","operatingRides":16}', NULL, NULL);


--
-- Data for Name: data_version; Type: TABLE DATA; Schema: parks; Owner: -
--

INSERT INTO parks.data_version VALUES (1, '01a24db3-961f-7ba1-8b52-13adf7df180e', 1, 1, 0);


--
-- Data for Name: external_id_changes; Type: TABLE DATA; Schema: parks; Owner: -
--



--
-- Data for Name: match_candidates; Type: TABLE DATA; Schema: parks; Owner: -
--



--
-- Data for Name: park_day_stats; Type: TABLE DATA; Schema: parks; Owner: -
--

INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-06', 480, 12, 29, 13920, 210, 90, 5760, 2, 3, 13230, 567, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-07', 480, 12, 29, 13920, 300, 120, 5760, 4, 4, 13115, 564, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-08', 480, 12, 29, 13920, 240, 90, 5760, 2, 3, 13190, 567, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-09', 480, 12, 29, 13920, 570, 210, 5760, 7, 7, 12875, 555, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-10', 480, 12, 29, 13920, 270, 90, 5760, 3, 3, 13235, 567, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-11', 480, 12, 29, 13920, 420, 180, 5760, 5, 6, 13225, 558, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-12', 480, 12, 29, 13920, 420, 180, 5760, 4, 5, 12910, 558, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-13', 480, 12, 29, 13920, 300, 120, 5760, 2, 4, 13165, 564, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-14', 480, 12, 29, 13920, 150, 90, 5760, 2, 3, 13245, 567, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-15', 480, 12, 29, 13920, 360, 150, 5760, 4, 5, 13110, 561, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-16', 480, 12, 29, 13920, 90, 30, 5760, 1, 1, 13365, 573, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-17', 480, 12, 29, 13920, 360, 180, 5760, 6, 6, 12975, 558, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-18', 480, 12, 29, 13920, 480, 180, 5760, 5, 6, 12910, 558, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-19', 480, 12, 29, 13920, 300, 150, 5760, 4, 5, 13185, 561, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-20', 480, 12, 29, 13920, 390, 180, 5760, 6, 6, 12940, 558, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-21', 480, 12, 29, 13920, 450, 180, 5760, 5, 6, 12980, 558, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-22', 480, 12, 29, 13920, 420, 180, 5760, 5, 6, 13025, 558, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-23', 480, 12, 29, 13920, 330, 150, 5760, 5, 5, 13095, 561, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-24', 480, 12, 29, 13920, 210, 90, 5760, 2, 3, 13155, 567, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-25', 480, 12, 29, 13920, 120, 60, 5760, 2, 2, 13265, 570, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-26', 480, 12, 29, 13920, 180, 60, 5760, 2, 2, 13205, 570, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-27', 480, 12, 29, 13920, 450, 210, 5760, 6, 7, 13010, 555, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-28', 480, 12, 29, 13920, 300, 120, 5760, 4, 4, 13090, 564, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-29', 480, 12, 29, 13920, 450, 210, 5760, 6, 6, 13045, 555, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-30', 480, 12, 29, 13920, 300, 120, 5760, 3, 4, 13120, 564, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-01', 480, 12, 29, 13920, 270, 90, 5760, 2, 3, 13305, 567, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-02', 480, 12, 29, 13920, 360, 150, 5760, 4, 5, 13155, 561, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-03', 480, 12, 29, 13920, 420, 150, 5760, 4, 4, 13195, 561, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-04', 480, 12, 29, 13920, 360, 150, 5760, 3, 5, 13020, 561, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-05', 480, 12, 29, 13920, 390, 150, 5760, 5, 5, 13115, 561, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-06', 720, 13, 24, 17280, 390, 240, 9360, 6, 8, 19960, 912, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-07', 720, 13, 24, 17280, 60, 30, 9360, 1, 1, 20405, 933, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-08', 720, 13, 24, 17280, 330, 180, 9360, 5, 6, 20055, 918, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-09', 720, 13, 24, 17280, 300, 150, 9360, 5, 5, 20120, 921, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-10', 720, 13, 24, 17280, 480, 270, 9360, 7, 9, 19955, 909, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-11', 720, 13, 24, 17280, 270, 180, 9360, 4, 6, 20020, 918, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-12', 720, 13, 24, 17280, 150, 90, 9360, 3, 3, 20240, 927, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-13', 720, 13, 24, 17280, 480, 210, 9360, 6, 7, 19985, 915, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-14', 720, 13, 24, 17280, 390, 210, 9360, 5, 7, 20025, 915, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-15', 720, 13, 24, 17280, 360, 180, 9360, 6, 6, 20050, 918, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-16', 720, 13, 24, 17280, 180, 120, 9360, 3, 4, 20120, 924, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-17', 720, 13, 24, 17280, 420, 210, 9360, 4, 7, 20095, 915, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-18', 720, 13, 24, 17280, 360, 180, 9360, 5, 6, 20260, 918, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-19', 720, 13, 24, 17280, 630, 330, 9360, 7, 11, 19905, 903, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-20', 720, 13, 24, 17280, 360, 150, 9360, 4, 5, 20330, 921, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-21', 720, 13, 24, 17280, 300, 150, 9360, 5, 5, 20005, 921, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-22', 720, 13, 24, 17280, 420, 240, 9360, 7, 8, 19785, 912, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-23', 720, 13, 24, 17280, 150, 90, 9360, 3, 3, 20290, 927, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-24', 720, 13, 24, 17280, 510, 240, 9360, 6, 8, 19800, 912, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-25', 720, 13, 24, 17280, 360, 180, 9360, 4, 6, 20040, 918, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-26', 720, 13, 24, 17280, 210, 150, 9360, 4, 5, 20170, 921, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-27', 720, 13, 24, 17280, 690, 330, 9360, 8, 11, 19670, 903, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-28', 720, 13, 24, 17280, 270, 120, 9360, 4, 4, 20195, 924, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-29', 720, 13, 24, 17280, 210, 150, 9360, 5, 5, 20125, 921, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-30', 720, 13, 24, 17280, 210, 90, 9360, 3, 3, 20165, 927, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-01', 720, 13, 24, 17280, 240, 120, 9360, 4, 4, 20145, 924, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-02', 720, 13, 24, 17280, 570, 360, 9360, 10, 12, 19590, 900, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-03', 720, 13, 24, 17280, 150, 60, 9360, 2, 2, 20405, 930, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-04', 720, 13, 24, 17280, 450, 240, 9360, 7, 8, 20010, 912, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-05', 720, 13, 24, 17280, 270, 120, 9360, 3, 4, 20330, 924, 60, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-11-06', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-11-07', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-11-08', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-11-09', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-11-10', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-11-11', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-11-12', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-11-13', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-11-14', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-11-15', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-11-16', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-11-17', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-11-18', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-11-19', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-11-20', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-11-21', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-11-22', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-11-23', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-11-24', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-11-25', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-11-26', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-11-27', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-11-28', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-11-29', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-11-30', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-12-01', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-12-02', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-12-03', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-12-04', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-12-05', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-06', 840, 11, 23, 19320, 300, 180, 9240, 5, 6, 17100, 906, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-07', 840, 11, 23, 19320, 300, 120, 9240, 4, 4, 17340, 912, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-08', 840, 11, 23, 19320, 690, 300, 9240, 8, 10, 16875, 894, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-09', 840, 11, 23, 19320, 180, 60, 9240, 2, 2, 17305, 918, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-10', 840, 11, 23, 19320, 390, 150, 9240, 4, 5, 17275, 909, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-11', 840, 11, 23, 19320, 930, 360, 9240, 7, 12, 16855, 888, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-12', 840, 11, 23, 19320, 240, 120, 9240, 4, 4, 17215, 912, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-13', 840, 11, 23, 19320, 390, 150, 9240, 5, 5, 17100, 909, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-14', 840, 11, 23, 19320, 480, 270, 9240, 5, 9, 16905, 897, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-15', 840, 11, 23, 19320, 330, 150, 9240, 4, 5, 17160, 909, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-16', 840, 11, 23, 19320, 450, 180, 9240, 5, 6, 17110, 906, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-17', 840, 11, 23, 19320, 810, 360, 9240, 8, 12, 16930, 888, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-18', 840, 11, 23, 19320, 510, 210, 9240, 5, 7, 17135, 903, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-19', 840, 11, 23, 19320, 510, 270, 9240, 7, 8, 16975, 897, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-20', 840, 11, 23, 19320, 420, 180, 9240, 6, 6, 17150, 906, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-21', 840, 11, 23, 19320, 360, 210, 9240, 6, 7, 17150, 903, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-22', 840, 11, 23, 19320, 450, 180, 9240, 4, 6, 17105, 906, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-23', 840, 11, 23, 19320, 420, 180, 9240, 5, 6, 17140, 906, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-24', 840, 11, 23, 19320, 270, 90, 9240, 3, 3, 17280, 915, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-25', 840, 11, 23, 19320, 240, 120, 9240, 3, 4, 17015, 912, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-26', 840, 11, 23, 19320, 390, 210, 9240, 7, 7, 17065, 903, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-27', 840, 11, 23, 19320, 390, 210, 9240, 4, 7, 17135, 903, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-28', 840, 11, 23, 19320, 210, 120, 9240, 4, 4, 17320, 912, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-29', 840, 11, 23, 19320, 180, 120, 9240, 4, 4, 17320, 912, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-30', 840, 11, 23, 19320, 330, 180, 9240, 4, 6, 17175, 906, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-01', 840, 11, 23, 19320, 450, 180, 9240, 4, 6, 17270, 906, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-02', 840, 11, 23, 19320, 120, 90, 9240, 2, 3, 17195, 915, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-03', 840, 11, 23, 19320, 480, 210, 9240, 4, 7, 16900, 903, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-04', 840, 11, 23, 19320, 300, 150, 9240, 3, 5, 17180, 909, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-05', 840, 11, 23, 19320, 390, 150, 9240, 4, 5, 17080, 909, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-06', 720, 11, 23, 16560, 330, 120, 7920, 3, 4, 17910, 780, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-07', 720, 11, 23, 16560, 300, 180, 7920, 5, 6, 17840, 774, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-08', 720, 11, 23, 16560, 390, 210, 7920, 6, 7, 17935, 771, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-09', 720, 11, 23, 16560, 720, 360, 7920, 8, 11, 17470, 756, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-10', 720, 11, 23, 16560, 540, 240, 7920, 6, 8, 17520, 768, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-11', 720, 11, 23, 16560, 540, 210, 7920, 5, 6, 17925, 771, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-12', 720, 11, 23, 16560, 420, 180, 7920, 4, 6, 18040, 774, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-13', 720, 11, 23, 16560, 450, 210, 7920, 5, 7, 17795, 771, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-14', 720, 11, 23, 16560, 120, 90, 7920, 3, 3, 18185, 783, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-15', 720, 11, 23, 16560, 480, 180, 7920, 6, 6, 17865, 774, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-16', 720, 11, 23, 16560, 390, 180, 7920, 4, 5, 17805, 774, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-17', 720, 11, 23, 16560, 300, 150, 7920, 5, 5, 17900, 777, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-18', 720, 11, 23, 16560, 240, 120, 7920, 3, 4, 17990, 780, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-19', 720, 11, 23, 16560, 180, 90, 7920, 3, 3, 18215, 783, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-20', 720, 11, 23, 16560, 240, 90, 7920, 3, 3, 18125, 783, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-21', 720, 11, 23, 16560, 120, 90, 7920, 2, 3, 18200, 783, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-22', 720, 11, 23, 16560, 90, 60, 7920, 2, 2, 18155, 786, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-23', 720, 11, 23, 16560, 360, 150, 7920, 4, 5, 18085, 777, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-24', 720, 11, 23, 16560, 390, 270, 7920, 6, 9, 17785, 765, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-25', 720, 11, 23, 16560, 120, 60, 7920, 2, 2, 18095, 786, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-26', 720, 11, 23, 16560, 60, 60, 7920, 2, 2, 18170, 786, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-27', 720, 11, 23, 16560, 330, 120, 7920, 3, 4, 18040, 780, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-28', 720, 11, 23, 16560, 270, 120, 7920, 3, 4, 18080, 780, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-29', 720, 11, 23, 16560, 510, 240, 7920, 5, 8, 17835, 768, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-30', 720, 11, 23, 16560, 150, 90, 7920, 2, 3, 18130, 783, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-01', 720, 11, 23, 16560, 300, 150, 7920, 5, 5, 18140, 777, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-02', 720, 11, 23, 16560, 180, 60, 7920, 2, 2, 18175, 786, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-03', 720, 11, 23, 16560, 390, 180, 7920, 4, 6, 17755, 774, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-04', 720, 11, 23, 16560, 240, 120, 7920, 4, 4, 18150, 780, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-05', 720, 11, 23, 16560, 690, 270, 7920, 6, 8, 17455, 765, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-11-06', 660, 10, 23, 15180, 150, 60, 6600, 2, 2, 15940, 654, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-11-07', 660, 10, 23, 15180, 120, 60, 6600, 2, 2, 15945, 654, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-11-08', 660, 10, 23, 15180, 630, 270, 6600, 4, 8, 15605, 633, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-11-09', 660, 10, 23, 15180, 420, 180, 6600, 5, 6, 15685, 642, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-11-10', 660, 10, 23, 15180, 480, 270, 6600, 6, 8, 15800, 633, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-11-11', 660, 10, 23, 15180, 300, 120, 6600, 3, 4, 15720, 648, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-11-12', 660, 10, 23, 15180, 90, 60, 6600, 2, 2, 15930, 654, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-11-13', 660, 10, 23, 15180, 390, 210, 6600, 6, 7, 15595, 639, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-11-14', 660, 10, 23, 15180, 450, 180, 6600, 4, 6, 15665, 642, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-11-15', 660, 10, 23, 15180, 90, 30, 6600, 1, 1, 16085, 657, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-11-16', 660, 10, 23, 15180, 210, 90, 6600, 3, 3, 15925, 651, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-11-17', 660, 10, 23, 15180, 540, 210, 6600, 5, 6, 15880, 639, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-11-18', 660, 10, 23, 15180, 300, 120, 6600, 4, 4, 15710, 648, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-11-19', 660, 10, 23, 15180, 420, 180, 6600, 5, 6, 15680, 642, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-11-20', 660, 10, 23, 15180, 270, 150, 6600, 4, 5, 15645, 645, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-11-21', 660, 10, 23, 15180, 450, 210, 6600, 5, 7, 15485, 639, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-11-22', 660, 10, 23, 15180, 180, 60, 6600, 2, 2, 15920, 654, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-11-23', 660, 10, 23, 15180, 330, 150, 6600, 3, 5, 15845, 645, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-11-24', 660, 10, 23, 15180, 630, 240, 6600, 5, 8, 15400, 636, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-11-25', 660, 10, 23, 15180, 210, 150, 6600, 4, 5, 15815, 645, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-11-26', 660, 10, 23, 15180, 180, 60, 6600, 2, 2, 16000, 654, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-11-27', 660, 10, 23, 15180, 210, 90, 6600, 2, 3, 16010, 651, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-11-28', 660, 10, 23, 15180, 120, 90, 6600, 3, 3, 15940, 651, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-11-29', 660, 10, 23, 15180, 120, 90, 6600, 3, 3, 15945, 651, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-11-30', 660, 10, 23, 15180, 210, 150, 6600, 4, 5, 15730, 645, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-12-01', 660, 10, 23, 15180, 240, 120, 6600, 4, 4, 15845, 648, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-12-02', 660, 10, 23, 15180, 180, 60, 6600, 2, 2, 15970, 654, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-12-03', 660, 10, 23, 15180, 480, 180, 6600, 5, 6, 15500, 642, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-12-04', 660, 10, 23, 15180, 330, 150, 6600, 5, 5, 15695, 645, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-12-05', 660, 10, 23, 15180, 150, 90, 6600, 3, 3, 15970, 651, 55, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-06', 600, 12, 28, 16800, 270, 120, 7200, 4, 4, 14980, 708, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-07', 600, 12, 28, 16800, 330, 120, 7200, 3, 4, 15040, 708, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-08', 600, 12, 28, 16800, 600, 210, 7200, 4, 7, 14930, 699, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-09', 600, 12, 28, 16800, 360, 150, 7200, 5, 5, 15015, 705, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-10', 600, 12, 28, 16800, 360, 150, 7200, 4, 5, 14890, 705, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-11', 600, 12, 28, 16800, 180, 90, 7200, 2, 3, 15040, 711, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-12', 600, 12, 28, 16800, 720, 360, 7200, 8, 12, 14385, 684, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-13', 600, 12, 28, 16800, 270, 120, 7200, 3, 4, 15035, 708, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-14', 600, 12, 28, 16800, 780, 300, 7200, 8, 10, 14805, 690, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-15', 600, 12, 28, 16800, 240, 90, 7200, 3, 3, 15090, 711, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-16', 600, 12, 28, 16800, 840, 360, 7200, 10, 12, 14665, 684, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-17', 600, 12, 28, 16800, 330, 120, 7200, 3, 4, 15120, 708, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-18', 600, 12, 28, 16800, 390, 150, 7200, 4, 5, 15005, 705, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-19', 600, 12, 28, 16800, 60, 30, 7200, 1, 1, 15205, 717, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-20', 600, 12, 28, 16800, 660, 300, 7200, 8, 9, 14740, 690, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-21', 600, 12, 28, 16800, 60, 30, 7200, 1, 1, 15230, 717, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-22', 600, 12, 28, 16800, 300, 120, 7200, 3, 3, 14805, 708, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-23', 600, 12, 28, 16800, 510, 210, 7200, 6, 7, 14850, 699, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-24', 600, 12, 28, 16800, 90, 30, 7200, 1, 1, 15260, 717, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-25', 600, 12, 28, 16800, 420, 180, 7200, 5, 5, 14940, 702, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-26', 600, 12, 28, 16800, 420, 180, 7200, 5, 6, 14655, 702, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-27', 600, 12, 28, 16800, 360, 150, 7200, 5, 5, 15035, 705, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-28', 600, 12, 28, 16800, 630, 240, 7200, 6, 8, 14805, 696, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-29', 600, 12, 28, 16800, 90, 60, 7200, 2, 2, 15080, 714, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-30', 600, 12, 28, 16800, 210, 90, 7200, 3, 3, 15065, 711, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-01', 600, 12, 28, 16800, 480, 180, 7200, 6, 6, 14900, 702, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-02', 600, 12, 28, 16800, 420, 150, 7200, 5, 5, 15090, 705, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-03', 600, 12, 28, 16800, 330, 120, 7200, 4, 4, 14990, 708, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-04', 600, 12, 28, 16800, 420, 150, 7200, 4, 5, 14960, 705, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-05', 600, 12, 28, 16800, 240, 90, 7200, 3, 3, 15160, 711, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-06', 480, 9, 19, 9120, 360, 120, 4320, 3, 4, 10910, 420, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-07', 480, 9, 19, 9120, 30, 30, 4320, 1, 1, 11260, 429, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-08', 480, 9, 19, 9120, 240, 90, 4320, 2, 3, 11075, 423, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-09', 480, 9, 19, 9120, 150, 60, 4320, 2, 2, 11085, 426, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-10', 480, 9, 19, 9120, 270, 120, 4320, 4, 4, 10860, 420, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-11', 480, 9, 19, 9120, 120, 90, 4320, 3, 3, 11035, 423, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-12', 480, 9, 19, 9120, 0, 0, 4320, 0, 0, 11290, 432, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-13', 480, 9, 19, 9120, 120, 60, 4320, 2, 2, 11070, 426, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-14', 480, 9, 19, 9120, 390, 150, 4320, 4, 5, 11005, 417, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-15', 480, 9, 19, 9120, 120, 60, 4320, 2, 2, 11100, 426, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-16', 480, 9, 19, 9120, 150, 60, 4320, 2, 2, 11030, 426, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-17', 480, 9, 19, 9120, 480, 180, 4320, 4, 6, 10865, 414, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-18', 480, 9, 19, 9120, 270, 150, 4320, 4, 5, 10945, 417, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-19', 480, 9, 19, 9120, 180, 90, 4320, 3, 3, 11070, 423, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-20', 480, 9, 19, 9120, 240, 90, 4320, 2, 3, 10980, 423, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-21', 480, 9, 19, 9120, 120, 90, 4320, 2, 3, 11060, 423, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-22', 480, 9, 19, 9120, 0, 0, 4320, 0, 0, 11290, 432, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-23', 480, 9, 19, 9120, 120, 60, 4320, 2, 2, 11180, 426, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-24', 480, 9, 19, 9120, 360, 150, 4320, 4, 5, 10755, 417, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-25', 480, 9, 19, 9120, 300, 120, 4320, 4, 4, 11105, 420, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-26', 480, 9, 19, 9120, 210, 90, 4320, 3, 3, 10965, 423, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-27', 480, 9, 19, 9120, 0, 0, 4320, 0, 0, 11290, 432, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-28', 480, 9, 19, 9120, 330, 150, 4320, 3, 3, 10630, 417, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-29', 480, 9, 19, 9120, 180, 60, 4320, 1, 2, 11145, 426, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-30', 480, 9, 19, 9120, 480, 210, 4320, 5, 7, 10710, 411, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-01', 480, 9, 19, 9120, 270, 120, 4320, 4, 4, 10910, 420, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-02', 480, 9, 19, 9120, 180, 90, 4320, 3, 3, 11115, 423, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-03', 480, 9, 19, 9120, 90, 30, 4320, 1, 1, 11260, 429, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-04', 480, 9, 19, 9120, 150, 60, 4320, 2, 2, 11065, 426, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-05', 480, 9, 19, 9120, 90, 30, 4320, 1, 1, 11125, 429, 55, 9, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-11-06', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-11-07', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-11-08', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-11-09', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-11-10', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-11-11', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-11-12', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-11-13', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-11-14', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-11-15', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-11-16', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-11-17', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-11-18', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-11-19', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-11-20', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-11-21', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-11-22', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-11-23', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-11-24', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-11-25', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-11-26', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-11-27', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-11-28', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-11-29', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-11-30', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-12-01', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-12-02', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-12-03', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-12-04', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-12-05', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-06', 660, 14, 24, 15840, 330, 180, 9240, 5, 6, 19785, 906, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-07', 660, 14, 24, 15840, 360, 180, 9240, 4, 6, 19820, 906, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-08', 660, 14, 24, 15840, 180, 120, 9240, 4, 4, 19955, 912, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-09', 660, 14, 24, 15840, 480, 270, 9240, 7, 9, 19715, 897, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-10', 660, 14, 24, 15840, 180, 120, 9240, 3, 4, 20010, 912, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-11', 660, 14, 24, 15840, 270, 150, 9240, 5, 5, 19840, 909, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-12', 660, 14, 24, 15840, 300, 210, 9240, 5, 7, 19810, 903, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-13', 660, 14, 24, 15840, 360, 210, 9240, 7, 7, 19640, 903, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-14', 660, 14, 24, 15840, 360, 210, 9240, 7, 7, 19775, 903, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-15', 660, 14, 24, 15840, 480, 270, 9240, 6, 9, 19395, 897, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-16', 660, 14, 24, 15840, 360, 210, 9240, 5, 6, 19790, 903, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-17', 660, 14, 24, 15840, 480, 270, 9240, 6, 9, 19610, 897, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-18', 660, 14, 24, 15840, 300, 180, 9240, 5, 6, 19870, 906, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-19', 660, 14, 24, 15840, 90, 90, 9240, 2, 3, 19855, 915, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-20', 660, 14, 24, 15840, 240, 150, 9240, 4, 5, 19940, 909, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-21', 660, 14, 24, 15840, 270, 150, 9240, 5, 5, 19800, 909, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-22', 660, 14, 24, 15840, 270, 180, 9240, 5, 6, 19785, 906, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-23', 660, 14, 24, 15840, 360, 210, 9240, 5, 7, 19660, 903, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-24', 660, 14, 24, 15840, 150, 150, 9240, 2, 5, 19635, 909, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-25', 660, 14, 24, 15840, 270, 180, 9240, 6, 6, 19675, 906, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-26', 660, 14, 24, 15840, 270, 150, 9240, 5, 5, 19835, 909, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-27', 660, 14, 24, 15840, 330, 210, 9240, 7, 7, 19660, 903, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-28', 660, 14, 24, 15840, 300, 270, 9240, 6, 9, 19465, 897, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-29', 660, 14, 24, 15840, 450, 240, 9240, 6, 8, 19540, 900, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-30', 660, 14, 24, 15840, 180, 60, 9240, 2, 2, 20115, 918, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-01', 660, 14, 24, 15840, 150, 90, 9240, 3, 3, 20005, 915, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-02', 660, 14, 24, 15840, 210, 150, 9240, 4, 5, 19830, 909, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-03', 660, 14, 24, 15840, 300, 180, 9240, 5, 6, 19760, 906, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-04', 660, 14, 24, 15840, 270, 120, 9240, 4, 4, 19940, 912, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-05', 660, 14, 24, 15840, 300, 120, 9240, 3, 3, 20010, 912, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-06', 660, 12, 25, 16500, 450, 180, 7920, 5, 6, 18870, 774, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-07', 660, 12, 25, 16500, 690, 300, 7920, 5, 9, 18515, 762, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-08', 660, 12, 25, 16500, 300, 150, 7920, 5, 5, 19005, 777, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-09', 660, 12, 25, 16500, 270, 90, 7920, 2, 3, 19375, 783, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-10', 660, 12, 25, 16500, 420, 240, 7920, 6, 8, 18925, 768, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-11', 660, 12, 25, 16500, 60, 30, 7920, 1, 1, 19475, 789, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-12', 660, 12, 25, 16500, 450, 210, 7920, 7, 7, 19025, 771, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-13', 660, 12, 25, 16500, 300, 120, 7920, 3, 4, 19085, 780, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-14', 660, 12, 25, 16500, 330, 150, 7920, 3, 5, 19220, 777, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-15', 660, 12, 25, 16500, 270, 180, 7920, 5, 5, 19170, 774, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-16', 660, 12, 25, 16500, 30, 30, 7920, 1, 1, 19495, 789, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-17', 660, 12, 25, 16500, 390, 150, 7920, 5, 5, 19195, 777, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-18', 660, 12, 25, 16500, 360, 180, 7920, 6, 6, 19080, 774, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-19', 660, 12, 25, 16500, 180, 60, 7920, 2, 2, 19285, 786, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-20', 660, 12, 25, 16500, 180, 120, 7920, 3, 4, 19280, 780, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-21', 660, 12, 25, 16500, 390, 180, 7920, 6, 6, 19170, 774, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-22', 660, 12, 25, 16500, 330, 150, 7920, 5, 5, 19230, 777, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-23', 660, 12, 25, 16500, 300, 180, 7920, 4, 6, 19085, 774, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-24', 660, 12, 25, 16500, 270, 120, 7920, 3, 3, 19085, 780, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-25', 660, 12, 25, 16500, 90, 30, 7920, 1, 1, 19485, 789, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-26', 660, 12, 25, 16500, 240, 90, 7920, 3, 3, 19225, 783, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-27', 660, 12, 25, 16500, 300, 120, 7920, 4, 4, 19400, 780, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-28', 660, 12, 25, 16500, 510, 210, 7920, 6, 7, 18995, 771, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-29', 660, 12, 25, 16500, 390, 210, 7920, 5, 7, 19025, 771, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-30', 660, 12, 25, 16500, 600, 270, 7920, 8, 9, 18815, 765, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-01', 660, 12, 25, 16500, 210, 90, 7920, 3, 3, 19255, 783, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-02', 660, 12, 25, 16500, 330, 150, 7920, 5, 5, 19065, 777, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-03', 660, 12, 25, 16500, 0, 0, 7920, 0, 0, 19530, 792, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-04', 660, 12, 25, 16500, 300, 120, 7920, 4, 4, 19115, 780, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-05', 660, 12, 25, 16500, 360, 180, 7920, 5, 6, 19050, 774, 55, 12, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-06', 840, 15, 37, 31080, 780, 270, 12600, 6, 9, 25890, 1233, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-07', 840, 15, 37, 31080, 540, 210, 12600, 7, 7, 25845, 1239, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-08', 840, 15, 37, 31080, 630, 240, 12600, 7, 8, 25655, 1236, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-09', 840, 15, 37, 31080, 540, 240, 12600, 7, 8, 25775, 1236, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-10', 840, 15, 37, 31080, 570, 210, 12600, 6, 7, 26040, 1239, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-11', 840, 15, 37, 31080, 600, 240, 12600, 6, 7, 25735, 1236, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-12', 840, 15, 37, 31080, 240, 120, 12600, 4, 4, 26070, 1248, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-13', 840, 15, 37, 31080, 690, 270, 12600, 6, 8, 25845, 1233, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-14', 840, 15, 37, 31080, 690, 330, 12600, 6, 11, 25635, 1227, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-15', 840, 15, 37, 31080, 840, 360, 12600, 10, 12, 25485, 1224, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-16', 840, 15, 37, 31080, 690, 270, 12600, 8, 9, 25535, 1233, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-17', 840, 15, 37, 31080, 480, 240, 12600, 6, 8, 25755, 1236, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-18', 840, 15, 37, 31080, 810, 330, 12600, 10, 11, 25550, 1227, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-19', 840, 15, 37, 31080, 750, 300, 12600, 7, 10, 25820, 1230, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-20', 840, 15, 37, 31080, 570, 210, 12600, 5, 7, 25775, 1239, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-21', 840, 15, 37, 31080, 480, 270, 12600, 6, 9, 25675, 1233, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-22', 840, 15, 37, 31080, 480, 180, 12600, 6, 6, 25960, 1242, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-23', 840, 15, 37, 31080, 540, 210, 12600, 5, 6, 25935, 1239, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-24', 840, 15, 37, 31080, 450, 180, 12600, 6, 6, 25935, 1242, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-25', 840, 15, 37, 31080, 630, 240, 12600, 5, 7, 25715, 1236, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-26', 840, 15, 37, 31080, 450, 210, 12600, 6, 7, 25780, 1239, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-27', 840, 15, 37, 31080, 810, 330, 12600, 8, 10, 25735, 1227, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-28', 840, 15, 37, 31080, 690, 270, 12600, 7, 9, 25700, 1233, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-29', 840, 15, 37, 31080, 480, 180, 12600, 6, 6, 25900, 1242, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-30', 840, 15, 37, 31080, 630, 210, 12600, 4, 7, 26020, 1239, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-01', 840, 15, 37, 31080, 540, 240, 12600, 6, 7, 25745, 1236, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-02', 840, 15, 37, 31080, 930, 390, 12600, 7, 13, 25385, 1221, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-03', 840, 15, 37, 31080, 750, 330, 12600, 10, 10, 25720, 1227, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-04', 840, 15, 37, 31080, 570, 210, 12600, 5, 7, 25705, 1239, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-05', 840, 15, 37, 31080, 390, 150, 12600, 3, 5, 26070, 1245, 55, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-06', 780, 10, 21, 16380, 540, 240, 7800, 6, 8, 14730, 756, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-07', 780, 10, 21, 16380, 270, 150, 7800, 5, 5, 14930, 765, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-08', 780, 10, 21, 16380, 180, 90, 7800, 3, 3, 14990, 771, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-09', 780, 10, 21, 16380, 330, 180, 7800, 5, 6, 14790, 762, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-10', 780, 10, 21, 16380, 600, 210, 7800, 4, 6, 14940, 759, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-11', 780, 10, 21, 16380, 510, 330, 7800, 6, 10, 14265, 747, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-12', 780, 10, 21, 16380, 420, 210, 7800, 7, 7, 14850, 759, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-13', 780, 10, 21, 16380, 180, 90, 7800, 3, 3, 15050, 771, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-14', 780, 10, 21, 16380, 420, 210, 7800, 3, 5, 14835, 759, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-15', 780, 10, 21, 16380, 270, 150, 7800, 5, 5, 14975, 765, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-16', 780, 10, 21, 16380, 450, 210, 7800, 5, 7, 14830, 759, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-17', 780, 10, 21, 16380, 330, 150, 7800, 4, 5, 14945, 765, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-18', 780, 10, 21, 16380, 600, 300, 7800, 9, 10, 14515, 750, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-19', 780, 10, 21, 16380, 510, 210, 7800, 5, 7, 14865, 759, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-20', 780, 10, 21, 16380, 390, 150, 7800, 4, 5, 14980, 765, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-21', 780, 10, 21, 16380, 270, 120, 7800, 4, 4, 14955, 768, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-22', 780, 10, 21, 16380, 300, 150, 7800, 5, 5, 14895, 765, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-23', 780, 10, 21, 16380, 90, 60, 7800, 2, 2, 15015, 774, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-24', 780, 10, 21, 16380, 180, 90, 7800, 3, 3, 15000, 771, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-25', 780, 10, 21, 16380, 480, 210, 7800, 4, 7, 14760, 759, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-26', 780, 10, 21, 16380, 240, 120, 7800, 3, 4, 15045, 768, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-27', 780, 10, 21, 16380, 150, 60, 7800, 2, 2, 15135, 774, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-28', 780, 10, 21, 16380, 270, 150, 7800, 4, 5, 14985, 765, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-29', 780, 10, 21, 16380, 300, 180, 7800, 5, 6, 14900, 762, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-30', 780, 10, 21, 16380, 30, 30, 7800, 1, 1, 15195, 777, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-01', 780, 10, 21, 16380, 210, 90, 7800, 3, 3, 15055, 771, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-02', 780, 10, 21, 16380, 390, 180, 7800, 4, 6, 14925, 762, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-03', 780, 10, 21, 16380, 180, 150, 7800, 3, 5, 14805, 765, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-04', 780, 10, 21, 16380, 450, 210, 7800, 6, 7, 14735, 759, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-05', 780, 10, 21, 16380, 240, 120, 7800, 4, 4, 14925, 768, 60, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-06', 540, 15, 36, 19440, 150, 60, 8100, 2, 2, 16285, 804, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-07', 540, 15, 36, 19440, 570, 240, 8100, 8, 8, 15950, 786, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-08', 540, 15, 36, 19440, 270, 120, 8100, 3, 4, 16180, 798, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-09', 540, 15, 36, 19440, 510, 270, 8100, 7, 9, 15820, 783, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-10', 540, 15, 36, 19440, 660, 270, 8100, 5, 9, 15910, 783, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-11', 540, 15, 36, 19440, 150, 60, 8100, 2, 2, 16315, 804, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-12', 540, 15, 36, 19440, 150, 60, 8100, 2, 2, 16320, 804, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-13', 540, 15, 36, 19440, 330, 150, 8100, 5, 5, 16190, 795, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-14', 540, 15, 36, 19440, 420, 210, 8100, 6, 7, 16085, 789, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-15', 540, 15, 36, 19440, 240, 120, 8100, 4, 4, 16140, 798, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-16', 540, 15, 36, 19440, 690, 270, 8100, 7, 9, 15610, 783, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-17', 540, 15, 36, 19440, 300, 120, 8100, 4, 4, 16180, 798, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-18', 540, 15, 36, 19440, 180, 90, 8100, 3, 3, 16285, 801, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-19', 540, 15, 36, 19440, 90, 30, 8100, 1, 1, 16375, 807, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-20', 540, 15, 36, 19440, 60, 30, 8100, 1, 1, 16375, 807, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-21', 540, 15, 36, 19440, 240, 120, 8100, 4, 4, 16110, 798, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-22', 540, 15, 36, 19440, 210, 90, 8100, 3, 3, 16235, 801, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-23', 540, 15, 36, 19440, 360, 180, 8100, 6, 6, 16165, 792, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-24', 540, 15, 36, 19440, 480, 180, 8100, 5, 6, 15905, 792, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-25', 540, 15, 36, 19440, 360, 150, 8100, 5, 5, 16045, 795, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-26', 540, 15, 36, 19440, 570, 240, 8100, 6, 8, 15840, 786, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-27', 540, 15, 36, 19440, 720, 270, 8100, 6, 7, 15950, 783, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-28', 540, 15, 36, 19440, 540, 240, 8100, 6, 8, 15850, 786, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-29', 540, 15, 36, 19440, 450, 180, 8100, 6, 6, 15950, 792, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-30', 540, 15, 36, 19440, 390, 150, 8100, 4, 5, 16225, 795, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-01', 540, 15, 36, 19440, 360, 120, 8100, 3, 4, 16175, 798, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-02', 540, 15, 36, 19440, 660, 240, 8100, 6, 7, 15860, 786, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-03', 540, 15, 36, 19440, 390, 150, 8100, 5, 5, 16140, 795, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-04', 540, 15, 36, 19440, 360, 150, 8100, 4, 5, 16045, 795, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-05', 540, 15, 36, 19440, 390, 150, 8100, 4, 5, 16030, 795, 50, 15, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-06', 480, 14, 28, 13440, 150, 60, 6720, 2, 2, 18680, 666, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-07', 480, 14, 28, 13440, 210, 120, 6720, 3, 4, 18580, 660, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-08', 480, 14, 28, 13440, 210, 120, 6720, 4, 4, 18575, 660, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-09', 480, 14, 28, 13440, 240, 180, 6720, 3, 5, 18570, 654, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-10', 480, 14, 28, 13440, 270, 180, 6720, 4, 5, 18550, 654, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-11', 480, 14, 28, 13440, 60, 30, 6720, 1, 1, 18825, 669, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-12', 480, 14, 28, 13440, 60, 30, 6720, 1, 1, 18810, 669, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-13', 480, 14, 28, 13440, 180, 90, 6720, 2, 3, 18630, 663, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-14', 480, 14, 28, 13440, 360, 210, 6720, 7, 7, 18435, 651, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-15', 480, 14, 28, 13440, 150, 60, 6720, 2, 2, 18630, 666, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-16', 480, 14, 28, 13440, 60, 30, 6720, 1, 1, 18795, 669, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-17', 480, 14, 28, 13440, 270, 180, 6720, 3, 6, 18485, 654, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-18', 480, 14, 28, 13440, 90, 60, 6720, 2, 2, 18880, 666, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-19', 480, 14, 28, 13440, 60, 30, 6720, 1, 1, 18760, 669, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-20', 480, 14, 28, 13440, 300, 120, 6720, 4, 4, 18570, 660, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-21', 480, 14, 28, 13440, 150, 90, 6720, 3, 3, 18640, 663, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-22', 480, 14, 28, 13440, 210, 120, 6720, 3, 4, 18555, 660, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-23', 480, 14, 28, 13440, 60, 30, 6720, 1, 1, 18825, 669, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-24', 480, 14, 28, 13440, 180, 90, 6720, 3, 3, 18800, 663, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-25', 480, 14, 28, 13440, 210, 120, 6720, 4, 4, 18555, 660, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-26', 480, 14, 28, 13440, 210, 180, 6720, 5, 5, 18580, 654, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-27', 480, 14, 28, 13440, 300, 180, 6720, 5, 6, 18405, 654, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-28', 480, 14, 28, 13440, 390, 180, 6720, 6, 6, 18355, 654, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-29', 480, 14, 28, 13440, 270, 120, 6720, 3, 4, 18410, 660, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-30', 480, 14, 28, 13440, 480, 240, 6720, 7, 8, 18350, 648, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-01', 480, 14, 28, 13440, 210, 120, 6720, 4, 4, 18625, 660, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-02', 480, 14, 28, 13440, 270, 120, 6720, 3, 4, 18610, 660, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-03', 480, 14, 28, 13440, 180, 90, 6720, 3, 3, 18655, 663, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-04', 480, 14, 28, 13440, 420, 210, 6720, 6, 6, 18445, 651, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-05', 480, 14, 28, 13440, 150, 90, 6720, 3, 3, 18695, 663, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-11-06', 660, 11, 26, 17160, 540, 240, 7260, 6, 7, 16520, 702, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-11-07', 660, 11, 26, 17160, 480, 180, 7260, 4, 5, 16465, 708, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-11-08', 660, 11, 26, 17160, 330, 150, 7260, 5, 5, 16525, 711, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-11-09', 660, 11, 26, 17160, 180, 60, 7260, 2, 2, 16725, 720, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-11-10', 660, 11, 26, 17160, 210, 120, 7260, 4, 4, 16595, 714, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-11-11', 660, 11, 26, 17160, 240, 120, 7260, 4, 4, 16660, 714, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-11-12', 660, 11, 26, 17160, 480, 180, 7260, 4, 6, 16390, 708, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-11-13', 660, 11, 26, 17160, 510, 240, 7260, 5, 8, 16375, 702, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-11-14', 660, 11, 26, 17160, 300, 150, 7260, 2, 4, 16745, 711, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-11-15', 660, 11, 26, 17160, 120, 90, 7260, 2, 3, 16770, 717, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-11-16', 660, 11, 26, 17160, 270, 90, 7260, 2, 3, 16650, 717, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-11-17', 660, 11, 26, 17160, 570, 210, 7260, 6, 7, 16255, 705, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-11-18', 660, 11, 26, 17160, 90, 60, 7260, 2, 2, 16810, 720, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-11-19', 660, 11, 26, 17160, 480, 270, 7260, 6, 8, 16170, 699, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-11-20', 660, 11, 26, 17160, 240, 90, 7260, 3, 3, 16830, 717, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-11-21', 660, 11, 26, 17160, 150, 90, 7260, 2, 3, 16485, 717, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-11-22', 660, 11, 26, 17160, 330, 120, 7260, 3, 4, 16545, 714, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-11-23', 660, 11, 26, 17160, 240, 90, 7260, 3, 3, 16750, 717, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-11-24', 660, 11, 26, 17160, 240, 120, 7260, 4, 4, 16535, 714, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-11-25', 660, 11, 26, 17160, 450, 210, 7260, 6, 7, 16355, 705, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-11-26', 660, 11, 26, 17160, 180, 60, 7260, 1, 2, 16750, 720, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-11-27', 660, 11, 26, 17160, 90, 30, 7260, 1, 1, 16860, 723, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-11-28', 660, 11, 26, 17160, 510, 210, 7260, 4, 6, 16390, 705, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-11-29', 660, 11, 26, 17160, 300, 120, 7260, 3, 4, 16670, 714, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-11-30', 660, 11, 26, 17160, 120, 60, 7260, 2, 2, 16765, 720, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-12-01', 660, 11, 26, 17160, 270, 120, 7260, 4, 4, 16680, 714, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-12-02', 660, 11, 26, 17160, 300, 120, 7260, 4, 4, 16590, 714, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-12-03', 660, 11, 26, 17160, 240, 90, 7260, 3, 3, 16670, 717, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-12-04', 660, 11, 26, 17160, 630, 270, 7260, 6, 9, 16265, 699, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-12-05', 660, 11, 26, 17160, 180, 90, 7260, 3, 3, 16770, 717, 55, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-06', 600, 14, 31, 18600, 720, 300, 8400, 8, 9, 17370, 810, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-07', 600, 14, 31, 18600, 420, 210, 8400, 7, 7, 17490, 819, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-08', 600, 14, 31, 18600, 240, 150, 8400, 5, 5, 17645, 825, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-09', 600, 14, 31, 18600, 360, 120, 8400, 4, 4, 17705, 828, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-10', 600, 14, 31, 18600, 90, 90, 8400, 2, 3, 17760, 831, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-11', 600, 14, 31, 18600, 660, 240, 8400, 6, 8, 17300, 816, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-12', 600, 14, 31, 18600, 90, 30, 8400, 1, 1, 17900, 837, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-13', 600, 14, 31, 18600, 180, 120, 8400, 3, 4, 17725, 828, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-14', 600, 14, 31, 18600, 330, 150, 8400, 5, 5, 17655, 825, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-15', 600, 14, 31, 18600, 420, 150, 8400, 4, 5, 17750, 825, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-16', 600, 14, 31, 18600, 240, 120, 8400, 4, 4, 17780, 828, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-17', 600, 14, 31, 18600, 420, 150, 8400, 4, 5, 17600, 825, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-18', 600, 14, 31, 18600, 480, 180, 8400, 6, 6, 17425, 822, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-19', 600, 14, 31, 18600, 660, 240, 8400, 6, 7, 17510, 816, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-20', 600, 14, 31, 18600, 300, 120, 8400, 3, 4, 17650, 828, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-21', 600, 14, 31, 18600, 420, 180, 8400, 6, 6, 17535, 822, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-22', 600, 14, 31, 18600, 300, 120, 8400, 3, 4, 17685, 828, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-23', 600, 14, 31, 18600, 240, 150, 8400, 5, 5, 17730, 825, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-24', 600, 14, 31, 18600, 390, 210, 8400, 6, 7, 17665, 819, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-25', 600, 14, 31, 18600, 390, 150, 8400, 4, 5, 17685, 825, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-26', 600, 14, 31, 18600, 540, 180, 8400, 5, 6, 17510, 822, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-27', 600, 14, 31, 18600, 240, 120, 8400, 3, 4, 17795, 828, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-28', 600, 14, 31, 18600, 570, 240, 8400, 8, 8, 17390, 816, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-29', 600, 14, 31, 18600, 360, 180, 8400, 5, 6, 17525, 822, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-30', 600, 14, 31, 18600, 60, 30, 8400, 1, 1, 17945, 837, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-01', 600, 14, 31, 18600, 210, 90, 8400, 3, 3, 17780, 831, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-02', 600, 14, 31, 18600, 480, 210, 8400, 7, 7, 17380, 819, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-03', 600, 14, 31, 18600, 390, 150, 8400, 4, 5, 17695, 825, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-04', 600, 14, 31, 18600, 150, 90, 8400, 3, 3, 17845, 831, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-05', 600, 14, 31, 18600, 390, 150, 8400, 4, 5, 17790, 825, 60, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-06', 660, 10, 21, 13860, 180, 60, 6600, 2, 2, 13500, 654, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-07', 660, 10, 21, 13860, 330, 180, 6600, 4, 5, 13300, 642, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-08', 660, 10, 21, 13860, 240, 90, 6600, 2, 3, 13480, 651, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-09', 660, 10, 21, 13860, 180, 90, 6600, 3, 3, 13515, 651, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-10', 660, 10, 21, 13860, 180, 60, 6600, 1, 2, 13560, 654, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-11', 660, 10, 21, 13860, 150, 60, 6600, 2, 2, 13550, 654, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-12', 660, 10, 21, 13860, 300, 120, 6600, 3, 4, 13320, 648, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-13', 660, 10, 21, 13860, 240, 120, 6600, 4, 4, 13320, 648, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-14', 660, 10, 21, 13860, 210, 90, 6600, 3, 3, 13450, 651, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-15', 660, 10, 21, 13860, 240, 90, 6600, 3, 3, 13480, 651, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-16', 660, 10, 21, 13860, 330, 150, 6600, 5, 5, 13375, 645, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-17', 660, 10, 21, 13860, 210, 90, 6600, 3, 3, 13465, 651, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-18', 660, 10, 21, 13860, 570, 240, 6600, 6, 8, 13165, 636, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-19', 660, 10, 21, 13860, 180, 90, 6600, 3, 3, 13500, 651, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-20', 660, 10, 21, 13860, 390, 150, 6600, 5, 5, 13310, 645, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-21', 660, 10, 21, 13860, 300, 120, 6600, 4, 4, 13390, 648, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-22', 660, 10, 21, 13860, 210, 150, 6600, 3, 5, 13305, 645, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-23', 660, 10, 21, 13860, 210, 120, 6600, 3, 4, 13390, 648, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-24', 660, 10, 21, 13860, 180, 120, 6600, 4, 4, 13470, 648, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-25', 660, 10, 21, 13860, 420, 210, 6600, 6, 7, 13230, 639, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-26', 660, 10, 21, 13860, 150, 90, 6600, 3, 3, 13555, 651, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-27', 660, 10, 21, 13860, 360, 180, 6600, 4, 6, 13130, 642, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-28', 660, 10, 21, 13860, 300, 180, 6600, 5, 6, 13240, 642, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-29', 660, 10, 21, 13860, 360, 180, 6600, 4, 6, 13285, 642, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-30', 660, 10, 21, 13860, 360, 150, 6600, 3, 5, 13350, 645, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-01', 660, 10, 21, 13860, 330, 150, 6600, 4, 5, 13295, 645, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-02', 660, 10, 21, 13860, 420, 240, 6600, 6, 7, 13185, 636, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-03', 660, 10, 21, 13860, 210, 120, 6600, 3, 4, 13395, 648, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-04', 660, 10, 21, 13860, 210, 90, 6600, 3, 3, 13535, 651, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-05', 660, 10, 21, 13860, 210, 150, 6600, 3, 5, 13305, 645, 45, 10, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-06', 780, 14, 30, 23400, 660, 330, 10920, 10, 11, 21720, 1059, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-07', 780, 14, 30, 23400, 390, 210, 10920, 5, 6, 21995, 1071, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-08', 780, 14, 30, 23400, 870, 420, 10920, 9, 14, 21770, 1050, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-09', 780, 14, 30, 23400, 780, 360, 10920, 7, 12, 21905, 1056, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-10', 780, 14, 30, 23400, 330, 150, 10920, 5, 5, 22270, 1077, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-11', 780, 14, 30, 23400, 300, 150, 10920, 4, 5, 22110, 1077, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-12', 780, 14, 30, 23400, 540, 210, 10920, 6, 7, 21940, 1071, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-13', 780, 14, 30, 23400, 660, 300, 10920, 9, 10, 21840, 1062, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-14', 780, 14, 30, 23400, 720, 390, 10920, 10, 13, 21840, 1053, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-15', 780, 14, 30, 23400, 450, 180, 10920, 5, 6, 22120, 1074, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-16', 780, 14, 30, 23400, 450, 210, 10920, 7, 7, 21890, 1071, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-17', 780, 14, 30, 23400, 750, 330, 10920, 7, 11, 21795, 1059, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-18', 780, 14, 30, 23400, 450, 180, 10920, 6, 6, 22070, 1074, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-19', 780, 14, 30, 23400, 480, 240, 10920, 7, 8, 21965, 1068, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-20', 780, 14, 30, 23400, 420, 210, 10920, 6, 7, 22080, 1071, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-21', 780, 14, 30, 23400, 450, 150, 10920, 3, 5, 22230, 1077, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-22', 780, 14, 30, 23400, 360, 180, 10920, 6, 6, 22100, 1074, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-23', 780, 14, 30, 23400, 600, 240, 10920, 6, 8, 22145, 1068, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-24', 780, 14, 30, 23400, 750, 330, 10920, 10, 11, 21840, 1059, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-25', 780, 14, 30, 23400, 210, 120, 10920, 3, 4, 22305, 1080, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-26', 780, 14, 30, 23400, 300, 120, 10920, 4, 4, 22220, 1080, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-27', 780, 14, 30, 23400, 660, 300, 10920, 7, 10, 21935, 1062, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-28', 780, 14, 30, 23400, 720, 300, 10920, 7, 10, 21925, 1062, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-29', 780, 14, 30, 23400, 210, 90, 10920, 3, 3, 22310, 1083, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-30', 780, 14, 30, 23400, 450, 180, 10920, 5, 6, 22130, 1074, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-01', 780, 14, 30, 23400, 600, 240, 10920, 7, 8, 21965, 1068, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-02', 780, 14, 30, 23400, 480, 180, 10920, 5, 6, 21930, 1074, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-03', 780, 14, 30, 23400, 540, 300, 10920, 7, 10, 22065, 1062, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-04', 780, 14, 30, 23400, 210, 90, 10920, 2, 3, 22350, 1083, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-05', 780, 14, 30, 23400, 930, 420, 10920, 10, 13, 21560, 1050, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-06', 600, 13, 28, 16800, 270, 150, 7800, 4, 5, 18235, 765, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-07', 600, 13, 28, 16800, 480, 210, 7800, 6, 7, 18135, 759, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-08', 600, 13, 28, 16800, 210, 120, 7800, 4, 4, 18265, 768, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-09', 600, 13, 28, 16800, 60, 30, 7800, 1, 1, 18650, 777, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-10', 600, 13, 28, 16800, 60, 30, 7800, 1, 1, 18575, 777, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-11', 600, 13, 28, 16800, 480, 180, 7800, 4, 6, 18200, 762, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-12', 600, 13, 28, 16800, 240, 120, 7800, 3, 4, 18445, 768, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-13', 600, 13, 28, 16800, 600, 240, 7800, 6, 7, 18075, 756, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-14', 600, 13, 28, 16800, 450, 240, 7800, 7, 8, 18245, 756, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-15', 600, 13, 28, 16800, 180, 90, 7800, 3, 3, 18585, 771, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-16', 600, 13, 28, 16800, 240, 90, 7800, 3, 3, 18570, 771, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-17', 600, 13, 28, 16800, 240, 120, 7800, 3, 4, 18455, 768, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-18', 600, 13, 28, 16800, 360, 180, 7800, 6, 6, 18270, 762, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-19', 600, 13, 28, 16800, 270, 120, 7800, 4, 4, 18345, 768, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-20', 600, 13, 28, 16800, 240, 120, 7800, 3, 4, 18225, 768, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-21', 600, 13, 28, 16800, 420, 180, 7800, 5, 6, 18295, 762, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-22', 600, 13, 28, 16800, 420, 150, 7800, 3, 5, 18190, 765, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-23', 600, 13, 28, 16800, 240, 120, 7800, 2, 3, 18400, 768, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-24', 600, 13, 28, 16800, 270, 150, 7800, 4, 5, 18245, 765, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-25', 600, 13, 28, 16800, 90, 30, 7800, 1, 1, 18545, 777, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-26', 600, 13, 28, 16800, 210, 90, 7800, 3, 3, 18525, 771, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-27', 600, 13, 28, 16800, 270, 120, 7800, 3, 4, 18195, 768, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-28', 600, 13, 28, 16800, 240, 150, 7800, 3, 5, 18250, 765, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-29', 600, 13, 28, 16800, 210, 90, 7800, 3, 3, 18500, 771, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-30', 600, 13, 28, 16800, 90, 60, 7800, 2, 2, 18450, 774, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-01', 600, 13, 28, 16800, 270, 90, 7800, 2, 3, 18560, 771, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-02', 600, 13, 28, 16800, 330, 150, 7800, 5, 5, 18400, 765, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-03', 600, 13, 28, 16800, 390, 150, 7800, 3, 5, 18270, 765, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-04', 600, 13, 28, 16800, 120, 60, 7800, 2, 2, 18605, 774, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-05', 600, 13, 28, 16800, 390, 180, 7800, 5, 6, 18185, 762, 55, 13, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-11-06', 720, 11, 26, 18720, 210, 120, 7920, 4, 4, 16850, 780, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-11-07', 720, 11, 26, 18720, 150, 90, 7920, 2, 3, 16985, 783, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-11-08', 720, 11, 26, 18720, 600, 270, 7920, 8, 9, 16640, 765, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-11-09', 720, 11, 26, 18720, 180, 120, 7920, 3, 4, 17075, 780, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-11-10', 720, 11, 26, 18720, 270, 90, 7920, 2, 3, 17015, 783, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-11-11', 720, 11, 26, 18720, 390, 180, 7920, 5, 6, 16935, 774, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-11-12', 720, 11, 26, 18720, 570, 240, 7920, 6, 8, 16710, 768, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-11-13', 720, 11, 26, 18720, 360, 150, 7920, 5, 5, 16905, 777, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-11-14', 720, 11, 26, 18720, 360, 120, 7920, 2, 4, 17065, 780, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-11-15', 720, 11, 26, 18720, 840, 330, 7920, 7, 11, 16580, 759, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-11-16', 720, 11, 26, 18720, 570, 300, 7920, 5, 10, 16675, 762, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-11-17', 720, 11, 26, 18720, 240, 150, 7920, 4, 5, 16955, 777, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-11-18', 720, 11, 26, 18720, 690, 300, 7920, 7, 10, 16615, 762, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-11-19', 720, 11, 26, 18720, 360, 150, 7920, 3, 5, 16890, 777, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-11-20', 720, 11, 26, 18720, 570, 240, 7920, 6, 8, 16415, 768, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-11-21', 720, 11, 26, 18720, 600, 240, 7920, 6, 8, 16835, 768, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-11-22', 720, 11, 26, 18720, 180, 90, 7920, 3, 3, 17045, 783, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-11-23', 720, 11, 26, 18720, 360, 120, 7920, 3, 4, 17050, 780, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-11-24', 720, 11, 26, 18720, 810, 300, 7920, 8, 10, 16645, 762, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-11-25', 720, 11, 26, 18720, 420, 180, 7920, 5, 5, 16825, 774, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-11-26', 720, 11, 26, 18720, 180, 90, 7920, 3, 3, 17165, 783, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-11-27', 720, 11, 26, 18720, 660, 240, 7920, 6, 8, 16610, 768, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-11-28', 720, 11, 26, 18720, 90, 60, 7920, 2, 2, 17105, 786, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-11-29', 720, 11, 26, 18720, 420, 210, 7920, 4, 7, 16885, 771, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-11-30', 720, 11, 26, 18720, 120, 60, 7920, 2, 2, 17045, 786, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-12-01', 720, 11, 26, 18720, 270, 120, 7920, 2, 4, 16865, 780, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-12-02', 720, 11, 26, 18720, 480, 210, 7920, 6, 7, 16660, 771, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-12-03', 720, 11, 26, 18720, 420, 150, 7920, 4, 5, 16800, 777, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-12-04', 720, 11, 26, 18720, 180, 90, 7920, 2, 2, 17065, 783, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-12-05', 720, 11, 26, 18720, 360, 150, 7920, 5, 5, 16815, 777, 50, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-11-06', 660, 11, 22, 14520, 330, 150, 7260, 4, 5, 16495, 711, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-11-07', 660, 11, 22, 14520, 180, 90, 7260, 3, 3, 16480, 717, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-11-08', 660, 11, 22, 14520, 360, 150, 7260, 4, 5, 16505, 711, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-11-09', 660, 11, 22, 14520, 150, 60, 7260, 2, 2, 16580, 720, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-11-10', 660, 11, 22, 14520, 90, 60, 7260, 2, 2, 16525, 720, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-11-11', 660, 11, 22, 14520, 180, 90, 7260, 3, 3, 16535, 717, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-11-12', 660, 11, 22, 14520, 210, 120, 7260, 4, 4, 16470, 714, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-11-13', 660, 11, 22, 14520, 180, 90, 7260, 3, 3, 16580, 717, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-11-14', 660, 11, 22, 14520, 450, 240, 7260, 7, 8, 16130, 702, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-11-15', 660, 11, 22, 14520, 300, 150, 7260, 5, 5, 16390, 711, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-11-16', 660, 11, 22, 14520, 510, 240, 7260, 6, 7, 16015, 702, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-11-17', 660, 11, 22, 14520, 180, 90, 7260, 3, 3, 16475, 717, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-11-18', 660, 11, 22, 14520, 270, 150, 7260, 4, 5, 16430, 711, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-11-19', 660, 11, 22, 14520, 120, 60, 7260, 2, 2, 16530, 720, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-11-20', 660, 11, 22, 14520, 300, 150, 7260, 4, 5, 16290, 711, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-11-21', 660, 11, 22, 14520, 510, 240, 7260, 5, 7, 16240, 702, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-11-22', 660, 11, 22, 14520, 240, 90, 7260, 3, 3, 16580, 717, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-11-23', 660, 11, 22, 14520, 330, 180, 7260, 6, 6, 16070, 708, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-11-24', 660, 11, 22, 14520, 30, 30, 7260, 1, 1, 16610, 723, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-11-25', 660, 11, 22, 14520, 210, 120, 7260, 3, 4, 16285, 714, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-11-26', 660, 11, 22, 14520, 300, 120, 7260, 3, 4, 16305, 714, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-11-27', 660, 11, 22, 14520, 300, 120, 7260, 3, 4, 16240, 714, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-11-28', 660, 11, 22, 14520, 240, 120, 7260, 4, 4, 16390, 714, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-11-29', 660, 11, 22, 14520, 120, 60, 7260, 2, 2, 16590, 720, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-11-30', 660, 11, 22, 14520, 330, 120, 7260, 3, 4, 16435, 714, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-12-01', 660, 11, 22, 14520, 30, 30, 7260, 1, 1, 16555, 723, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-12-02', 660, 11, 22, 14520, 510, 210, 7260, 4, 6, 16170, 705, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-12-03', 660, 11, 22, 14520, 510, 240, 7260, 6, 8, 16165, 702, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-12-04', 660, 11, 22, 14520, 480, 210, 7260, 6, 7, 16305, 705, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-12-05', 660, 11, 22, 14520, 150, 90, 7260, 3, 3, 16495, 717, 60, 11, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-11-06', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-11-07', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-11-08', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-11-09', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-11-10', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-11-11', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-11-12', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-11-13', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-11-14', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-11-15', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-11-16', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-11-17', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-11-18', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-11-19', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-11-20', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-11-21', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-11-22', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-11-23', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-11-24', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-11-25', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-11-26', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-11-27', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-11-28', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-11-29', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-11-30', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-12-01', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-12-02', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-12-03', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-12-04', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-12-05', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-06', 480, 14, 26, 12480, 300, 150, 6720, 4, 5, 13865, 657, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-07', 480, 14, 26, 12480, 270, 210, 6720, 5, 7, 14005, 651, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-08', 480, 14, 26, 12480, 570, 270, 6720, 9, 9, 13735, 645, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-09', 480, 14, 26, 12480, 240, 120, 6720, 3, 4, 13850, 660, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-10', 480, 14, 26, 12480, 90, 60, 6720, 2, 2, 14230, 666, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-11', 480, 14, 26, 12480, 300, 180, 6720, 5, 6, 14040, 654, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-12', 480, 14, 26, 12480, 570, 300, 6720, 8, 10, 13795, 642, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-13', 480, 14, 26, 12480, 270, 120, 6720, 4, 4, 14180, 660, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-14', 480, 14, 26, 12480, 240, 150, 6720, 5, 5, 14120, 657, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-15', 480, 14, 26, 12480, 180, 120, 6720, 4, 4, 13990, 660, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-16', 480, 14, 26, 12480, 180, 90, 6720, 3, 3, 14195, 663, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-17', 480, 14, 26, 12480, 120, 90, 6720, 3, 3, 14145, 663, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-18', 480, 14, 26, 12480, 240, 120, 6720, 4, 4, 14120, 660, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-19', 480, 14, 26, 12480, 420, 180, 6720, 4, 6, 13950, 654, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-20', 480, 14, 26, 12480, 180, 120, 6720, 3, 4, 14140, 660, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-21', 480, 14, 26, 12480, 120, 120, 6720, 3, 4, 14080, 660, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-22', 480, 14, 26, 12480, 240, 150, 6720, 4, 5, 14005, 657, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-23', 480, 14, 26, 12480, 30, 30, 6720, 1, 1, 14185, 669, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-24', 480, 14, 26, 12480, 180, 120, 6720, 3, 4, 13965, 660, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-25', 480, 14, 26, 12480, 360, 240, 6720, 6, 8, 13765, 648, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-26', 480, 14, 26, 12480, 480, 270, 6720, 7, 9, 13550, 645, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-27', 480, 14, 26, 12480, 60, 30, 6720, 1, 1, 14295, 669, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-28', 480, 14, 26, 12480, 270, 180, 6720, 4, 6, 13890, 654, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-29', 480, 14, 26, 12480, 480, 210, 6720, 6, 7, 13885, 651, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-30', 480, 14, 26, 12480, 270, 150, 6720, 5, 5, 14050, 657, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-01', 480, 14, 26, 12480, 60, 30, 6720, 1, 1, 14290, 669, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-02', 480, 14, 26, 12480, 270, 180, 6720, 5, 6, 13935, 654, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-03', 480, 14, 26, 12480, 210, 120, 6720, 4, 4, 14060, 660, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-04', 480, 14, 26, 12480, 60, 60, 6720, 2, 2, 14255, 666, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-05', 480, 14, 26, 12480, 90, 90, 6720, 2, 3, 14170, 663, 55, 14, 0, 0, true, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-12-06', 660, 12, 25, 11750, 210, 90, 5120, 3, 3, 13530, 491, 55, 10, 0, 0, false, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-06', 720, 13, 24, 10800, 270, 120, 5850, 4, 4, 13375, 560, 60, 13, 0, 0, false, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-06', 480, 12, 29, 13920, 60, 30, 5760, 1, 1, 13315, 573, 55, 12, 0, 0, false, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-06', 840, 11, 23, 10350, 60, 30, 4950, 1, 1, 9170, 481, 55, 11, 0, 0, false, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-06', 720, 11, 23, 7590, 150, 90, 3630, 4, 4, 7340, 344, 55, 11, 0, 0, false, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-06', 480, 9, 19, 9120, 270, 120, 4320, 4, 4, 10925, 420, 55, 9, 0, 0, false, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-12-06', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, false, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-06', 600, 12, 28, 9240, 0, 0, 3960, 0, 0, 8260, 384, 55, 12, 0, 0, false, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-12-06', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, false, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-06', 660, 14, 24, 13680, 180, 90, 7980, 3, 3, 18555, 775, 55, 14, 0, 0, false, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-06', 780, 12, 24, 9480, 660, 270, 4520, 3, 9, 8530, 413, 60, 10, 0, 0, false, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-06', 840, 15, 37, 18870, 330, 150, 7650, 4, 5, 16430, 735, 55, 15, 0, 0, false, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-06', 660, 12, 25, 12750, 830, 380, 6120, 8, 13, 15695, 562, 55, 12, 0, 0, false, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-12-06', 660, 11, 26, 8580, 200, 70, 3630, 2, 2, 7675, 346, 55, 11, 0, 0, false, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-06', 480, 14, 28, 13440, 240, 90, 6720, 2, 3, 18645, 663, 60, 14, 0, 0, false, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-06', 540, 15, 36, 19440, 570, 240, 8100, 6, 8, 15795, 786, 50, 15, 0, 0, false, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-06', 600, 15, 32, 13960, 270, 120, 6310, 4, 4, 14505, 604, 60, 14, 0, 0, false, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-06', 600, 13, 28, 14280, 590, 250, 6630, 7, 9, 16635, 626, 55, 13, 0, 0, false, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-12-06', 720, 11, 26, 14820, 330, 150, 6270, 5, 5, 14600, 601, 50, 11, 0, 0, false, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-06', 660, 11, 23, 9470, 150, 60, 4510, 2, 2, 9960, 434, 45, 10, 0, 0, false, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-06', 780, 14, 30, 18900, 380, 160, 8820, 5, 6, 19590, 853, 55, 14, 0, 0, false, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-12-06', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, false, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-12-06', 660, 11, 22, 12540, 150, 90, 6270, 3, 3, 15275, 607, 60, 11, 0, 0, false, 1);
INSERT INTO parks.park_day_stats VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-06', 480, 14, 26, 11700, 440, 220, 6300, 7, 8, 13440, 595, 55, 14, 0, 0, false, 1);


--
-- Data for Name: park_period_stats; Type: TABLE DATA; Schema: parks; Owner: -
--

INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-01', '01a24daf-0856-727b-bba0-c446ce3ae846', 2, 27840, 510, 210, 11520, 12, 7, 26345, 1131, 55, 12, 960, 4, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-08', '01a24daf-0856-727b-bba0-c446ce3ae846', 7, 97440, 2370, 960, 40320, 12, 31, 91845, 3936, 55, 12, 3360, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-15', '01a24daf-0856-727b-bba0-c446ce3ae846', 7, 97440, 2430, 1050, 40320, 12, 35, 91465, 3927, 55, 12, 3360, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-22', '01a24daf-0856-727b-bba0-c446ce3ae846', 7, 97440, 2010, 870, 40320, 12, 29, 91845, 3945, 55, 12, 3360, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-11-01', '01a24daf-0856-727b-bba0-c446ce3ae846', 25, 348000, 8070, 3420, 144000, 12, 112, 327665, 14058, 55, 12, 12000, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-29', '01a24daf-0856-727b-bba0-c446ce3ae846', 7, 97440, 2550, 1020, 40320, 12, 32, 91955, 3930, 55, 12, 3360, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-01', '01a24daf-0856-7085-9509-bba3afc010b4', 2, 34560, 450, 270, 18720, 13, 9, 40365, 1845, 60, 13, 1440, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-08', '01a24daf-0856-7085-9509-bba3afc010b4', 7, 120960, 2400, 1290, 65520, 13, 43, 140400, 6423, 60, 13, 5040, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-15', '01a24daf-0856-7085-9509-bba3afc010b4', 7, 120960, 2610, 1320, 65520, 13, 44, 140765, 6420, 60, 13, 5040, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-22', '01a24daf-0856-7085-9509-bba3afc010b4', 7, 120960, 2610, 1350, 65520, 13, 45, 139950, 6417, 60, 13, 5040, 8, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-11-01', '01a24daf-0856-7085-9509-bba3afc010b4', 25, 432000, 8490, 4470, 234000, 13, 149, 501770, 22953, 60, 13, 18000, 8, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-29', '01a24daf-0856-7085-9509-bba3afc010b4', 7, 120960, 2100, 1140, 65520, 13, 38, 140770, 6438, 60, 13, 5040, 10, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-01', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', 2, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-08', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', 7, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-15', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', 7, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-22', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', 7, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-11-01', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', 25, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-29', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', 7, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-01', '01a24daf-0856-70a9-a68d-92ab968fb6d6', 2, 38640, 600, 300, 18480, 11, 10, 34440, 1818, 55, 11, 1680, 5, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-08', '01a24daf-0856-70a9-a68d-92ab968fb6d6', 7, 135240, 3300, 1410, 64680, 11, 47, 119530, 6327, 55, 11, 5880, 8, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-15', '01a24daf-0856-70a9-a68d-92ab968fb6d6', 7, 135240, 3390, 1560, 64680, 11, 51, 119610, 6312, 55, 11, 5880, 8, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-22', '01a24daf-0856-70a9-a68d-92ab968fb6d6', 7, 135240, 2370, 1110, 64680, 11, 37, 120060, 6357, 55, 11, 5880, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-11-01', '01a24daf-0856-70a9-a68d-92ab968fb6d6', 25, 483000, 10170, 4680, 231000, 11, 155, 428135, 22632, 55, 11, 21000, 8, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-29', '01a24daf-0856-70a9-a68d-92ab968fb6d6', 7, 135240, 2250, 1080, 64680, 11, 36, 120120, 6360, 55, 11, 5880, 4, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-01', '01a24daf-0854-7cbc-94ca-0e121a63184c', 2, 33120, 630, 300, 15840, 11, 10, 35750, 1554, 55, 11, 1440, 5, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-08', '01a24daf-0854-7cbc-94ca-0e121a63184c', 7, 115920, 3180, 1500, 55440, 11, 48, 124870, 5394, 55, 11, 5040, 8, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-15', '01a24daf-0854-7cbc-94ca-0e121a63184c', 7, 115920, 1950, 900, 55440, 11, 29, 126100, 5454, 55, 11, 5040, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-22', '01a24daf-0854-7cbc-94ca-0e121a63184c', 7, 115920, 1620, 840, 55440, 11, 28, 126410, 5460, 55, 11, 5040, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-11-01', '01a24daf-0854-7cbc-94ca-0e121a63184c', 25, 414000, 8040, 3870, 198000, 11, 126, 449095, 19413, 55, 11, 18000, 8, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-29', '01a24daf-0854-7cbc-94ca-0e121a63184c', 7, 115920, 2460, 1110, 55440, 11, 36, 125640, 5433, 55, 11, 5040, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-01', '01a24daf-0856-785d-89a1-d0584708abca', 2, 30360, 270, 120, 13200, 10, 4, 31885, 1308, 55, 10, 1320, 2, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-08', '01a24daf-0856-785d-89a1-d0584708abca', 7, 106260, 2760, 1290, 46200, 10, 41, 110000, 4491, 55, 10, 4620, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-15', '01a24daf-0856-785d-89a1-d0584708abca', 7, 106260, 2280, 990, 46200, 10, 32, 110410, 4521, 55, 10, 4620, 5, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-22', '01a24daf-0856-785d-89a1-d0584708abca', 7, 106260, 1860, 840, 46200, 10, 28, 110930, 4536, 55, 10, 4620, 5, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-11-01', '01a24daf-0856-785d-89a1-d0584708abca', 25, 379500, 7500, 3480, 165000, 10, 113, 394900, 16152, 55, 10, 16500, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-29', '01a24daf-0856-785d-89a1-d0584708abca', 7, 106260, 1710, 840, 46200, 10, 28, 110655, 4536, 55, 10, 4620, 5, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-01', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', 2, 33600, 600, 240, 14400, 12, 8, 30020, 1416, 55, 12, 1200, 4, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-08', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', 7, 117600, 3270, 1380, 50400, 12, 46, 104100, 4902, 55, 12, 4200, 8, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-15', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', 7, 117600, 2580, 1080, 50400, 12, 35, 105055, 4932, 55, 12, 4200, 10, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-22', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', 7, 117600, 2730, 1110, 50400, 12, 35, 104350, 4929, 55, 12, 4200, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-11-01', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', 25, 420000, 9480, 3960, 180000, 12, 129, 373670, 17604, 55, 12, 15000, 10, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-29', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', 7, 117600, 2190, 840, 50400, 12, 28, 105245, 4956, 55, 12, 4200, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-01', '01a24daf-0856-72d6-8bda-fa0530c06837', 2, 18240, 390, 150, 8640, 9, 5, 22170, 849, 55, 9, 960, 3, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-08', '01a24daf-0856-72d6-8bda-fa0530c06837', 7, 63840, 1290, 570, 30240, 9, 19, 77420, 2967, 55, 9, 3360, 4, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-15', '01a24daf-0856-72d6-8bda-fa0530c06837', 7, 63840, 1560, 720, 30240, 9, 24, 77050, 2952, 55, 9, 3360, 4, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-22', '01a24daf-0856-72d6-8bda-fa0530c06837', 7, 63840, 1320, 570, 30240, 9, 17, 77215, 2967, 55, 9, 3360, 4, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-11-01', '01a24daf-0856-72d6-8bda-fa0530c06837', 25, 228000, 5220, 2280, 108000, 9, 74, 275710, 10572, 55, 9, 12000, 5, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-29', '01a24daf-0856-72d6-8bda-fa0530c06837', 7, 63840, 1440, 600, 30240, 9, 20, 77330, 2964, 55, 9, 3360, 5, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-01', '01a24daf-0801-78de-8533-c4736a0edd20', 2, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-08', '01a24daf-0801-78de-8533-c4736a0edd20', 7, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-15', '01a24daf-0801-78de-8533-c4736a0edd20', 7, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-22', '01a24daf-0801-78de-8533-c4736a0edd20', 7, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-11-01', '01a24daf-0801-78de-8533-c4736a0edd20', 25, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-29', '01a24daf-0801-78de-8533-c4736a0edd20', 7, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-01', '01a24daf-0856-7db1-862c-10d21b4cf0f3', 2, 31680, 690, 360, 18480, 14, 12, 39605, 1812, 55, 14, 1320, 5, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-08', '01a24daf-0856-7db1-862c-10d21b4cf0f3', 7, 110880, 2130, 1290, 64680, 14, 43, 138745, 6339, 55, 14, 4620, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-15', '01a24daf-0856-7db1-862c-10d21b4cf0f3', 7, 110880, 2220, 1320, 64680, 14, 43, 138260, 6336, 55, 14, 4620, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-22', '01a24daf-0856-7db1-862c-10d21b4cf0f3', 7, 110880, 1950, 1350, 64680, 14, 45, 137715, 6333, 55, 14, 4620, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-11-01', '01a24daf-0856-7db1-862c-10d21b4cf0f3', 25, 396000, 7620, 4620, 231000, 14, 153, 493980, 22638, 55, 14, 16500, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-29', '01a24daf-0856-7db1-862c-10d21b4cf0f3', 7, 110880, 1860, 960, 64680, 14, 31, 139200, 6372, 55, 14, 4620, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-01', '01a24daf-0856-7ed4-ba78-552f9080a33a', 2, 33000, 1140, 480, 15840, 12, 15, 37385, 1536, 55, 12, 1320, 5, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-08', '01a24daf-0856-7ed4-ba78-552f9080a33a', 7, 115500, 2130, 990, 55440, 12, 33, 134110, 5445, 55, 12, 4620, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-15', '01a24daf-0856-7ed4-ba78-552f9080a33a', 7, 115500, 1800, 900, 55440, 12, 29, 134675, 5454, 55, 12, 4620, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-22', '01a24daf-0856-7ed4-ba78-552f9080a33a', 7, 115500, 2040, 900, 55440, 12, 29, 134505, 5454, 55, 12, 4620, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-11-01', '01a24daf-0856-7ed4-ba78-552f9080a33a', 25, 412500, 8100, 3750, 198000, 12, 122, 478515, 19425, 55, 12, 16500, 8, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-29', '01a24daf-0856-7ed4-ba78-552f9080a33a', 7, 115500, 2190, 1020, 55440, 12, 34, 133855, 5442, 55, 12, 4620, 8, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-01', '01a24daf-0856-7aec-b276-85d47caf4c85', 2, 62160, 1320, 480, 25200, 15, 16, 51735, 2472, 55, 15, 1680, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-08', '01a24daf-0856-7aec-b276-85d47caf4c85', 7, 217560, 3960, 1650, 88200, 15, 53, 180755, 8655, 55, 15, 5880, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-15', '01a24daf-0856-7aec-b276-85d47caf4c85', 7, 217560, 4620, 1980, 88200, 15, 66, 179595, 8622, 55, 15, 5880, 10, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-22', '01a24daf-0856-7aec-b276-85d47caf4c85', 7, 217560, 4050, 1620, 88200, 15, 51, 180760, 8658, 55, 15, 5880, 8, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-11-01', '01a24daf-0856-7aec-b276-85d47caf4c85', 25, 777000, 15060, 6120, 315000, 15, 199, 644765, 30888, 55, 15, 21000, 10, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-29', '01a24daf-0856-7aec-b276-85d47caf4c85', 7, 217560, 4290, 1710, 88200, 15, 55, 180545, 8649, 55, 15, 5880, 10, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-01', '01a24daf-0855-7999-a486-7891cacabbe1', 2, 32760, 810, 390, 15600, 10, 13, 29660, 1521, 60, 10, 1560, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-08', '01a24daf-0855-7999-a486-7891cacabbe1', 7, 114660, 2640, 1320, 54600, 10, 40, 103720, 5328, 60, 10, 5460, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-15', '01a24daf-0855-7999-a486-7891cacabbe1', 7, 114660, 2820, 1290, 54600, 10, 43, 104065, 5331, 60, 10, 5460, 9, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-22', '01a24daf-0855-7999-a486-7891cacabbe1', 7, 114660, 1710, 840, 54600, 10, 28, 104835, 5376, 60, 10, 5460, 5, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-11-01', '01a24daf-0855-7999-a486-7891cacabbe1', 25, 409500, 8310, 4050, 195000, 10, 131, 372375, 19095, 60, 10, 19500, 9, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-29', '01a24daf-0855-7999-a486-7891cacabbe1', 7, 114660, 1800, 960, 54600, 10, 32, 104540, 5364, 60, 10, 5460, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-01', '01a24daf-0856-74b5-98c2-6a86b2379131', 2, 38880, 720, 300, 16200, 15, 10, 32235, 1590, 50, 15, 1080, 8, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-08', '01a24daf-0856-74b5-98c2-6a86b2379131', 7, 136080, 2490, 1140, 56700, 15, 38, 112820, 5556, 50, 15, 3780, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-15', '01a24daf-0856-74b5-98c2-6a86b2379131', 7, 136080, 1800, 780, 56700, 15, 26, 113075, 5592, 50, 15, 3780, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-22', '01a24daf-0856-74b5-98c2-6a86b2379131', 7, 136080, 3240, 1350, 56700, 15, 43, 111990, 5535, 50, 15, 3780, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-11-01', '01a24daf-0856-74b5-98c2-6a86b2379131', 25, 486000, 9090, 3900, 202500, 15, 128, 402295, 19860, 50, 15, 13500, 8, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-29', '01a24daf-0856-74b5-98c2-6a86b2379131', 7, 136080, 3000, 1140, 56700, 15, 37, 112425, 5556, 50, 15, 3780, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-01', '01a24daf-0863-716f-b27f-07dded6a3a39', 2, 26880, 360, 180, 13440, 14, 6, 37260, 1326, 60, 14, 960, 3, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-08', '01a24daf-0863-716f-b27f-07dded6a3a39', 7, 94080, 1380, 840, 47040, 14, 26, 130395, 4620, 60, 14, 3360, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-15', '01a24daf-0863-716f-b27f-07dded6a3a39', 7, 94080, 1080, 570, 47040, 14, 19, 130760, 4647, 60, 14, 3360, 4, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-22', '01a24daf-0863-716f-b27f-07dded6a3a39', 7, 94080, 1560, 900, 47040, 14, 29, 130075, 4614, 60, 14, 3360, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-11-01', '01a24daf-0863-716f-b27f-07dded6a3a39', 25, 336000, 5130, 2850, 168000, 14, 92, 465250, 16515, 60, 14, 12000, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-29', '01a24daf-0863-716f-b27f-07dded6a3a39', 7, 94080, 1980, 990, 47040, 14, 32, 129790, 4605, 60, 14, 3360, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-01', '01a24daf-0855-778f-951c-210639f619dd', 2, 34320, 1020, 420, 14520, 11, 12, 32985, 1410, 55, 11, 1320, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-08', '01a24daf-0855-778f-951c-210639f619dd', 7, 120120, 2250, 1020, 50820, 11, 33, 116015, 4980, 55, 11, 4620, 5, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-15', '01a24daf-0855-778f-951c-210639f619dd', 7, 120120, 1920, 900, 50820, 11, 29, 115970, 4992, 55, 11, 4620, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-22', '01a24daf-0855-778f-951c-210639f619dd', 7, 120120, 2040, 840, 50820, 11, 27, 116185, 4998, 55, 11, 4620, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-11-01', '01a24daf-0855-778f-951c-210639f619dd', 25, 429000, 7650, 3360, 181500, 11, 107, 414590, 17814, 55, 11, 16500, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-29', '01a24daf-0855-778f-951c-210639f619dd', 7, 120120, 2040, 870, 50820, 11, 29, 116410, 4995, 55, 11, 4620, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-01', '01a24daf-0856-70b1-bb3b-fb371b1a248a', 2, 37200, 1140, 510, 16800, 14, 16, 34860, 1629, 60, 14, 1200, 8, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-08', '01a24daf-0856-70b1-bb3b-fb371b1a248a', 7, 130200, 1950, 900, 58800, 14, 30, 123690, 5790, 60, 14, 4200, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-15', '01a24daf-0856-70b1-bb3b-fb371b1a248a', 7, 130200, 2940, 1140, 58800, 14, 37, 123250, 5766, 60, 14, 4200, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-22', '01a24daf-0856-70b1-bb3b-fb371b1a248a', 7, 130200, 2670, 1170, 58800, 14, 39, 123460, 5763, 60, 14, 4200, 8, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-11-01', '01a24daf-0856-70b1-bb3b-fb371b1a248a', 25, 465000, 9120, 3930, 210000, 14, 129, 440730, 20607, 60, 14, 15000, 8, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-29', '01a24daf-0856-70b1-bb3b-fb371b1a248a', 7, 130200, 2040, 900, 58800, 14, 30, 123960, 5790, 60, 14, 4200, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-01', '01a24daf-0856-754b-8a9c-07662df58a63', 2, 27720, 510, 240, 13200, 10, 7, 26800, 1296, 45, 10, 1320, 4, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-08', '01a24daf-0856-754b-8a9c-07662df58a63', 7, 97020, 1500, 630, 46200, 10, 21, 94195, 4557, 45, 10, 4620, 4, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-15', '01a24daf-0856-754b-8a9c-07662df58a63', 7, 97020, 2220, 930, 46200, 10, 31, 93685, 4527, 45, 10, 4620, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-22', '01a24daf-0856-754b-8a9c-07662df58a63', 7, 97020, 1830, 1050, 46200, 10, 35, 93320, 4515, 45, 10, 4620, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-11-01', '01a24daf-0856-754b-8a9c-07662df58a63', 25, 346500, 6780, 3180, 165000, 10, 105, 334635, 16182, 45, 10, 16500, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-29', '01a24daf-0856-754b-8a9c-07662df58a63', 7, 97020, 2100, 1080, 46200, 10, 35, 93350, 4512, 45, 10, 4620, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-01', '01a24daf-0863-716f-86f6-5aeb975d22c5', 2, 46800, 1050, 540, 21840, 14, 17, 43715, 2130, 55, 14, 1560, 10, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-08', '01a24daf-0863-716f-86f6-5aeb975d22c5', 7, 163800, 4200, 1980, 76440, 14, 66, 153675, 7446, 55, 14, 5460, 10, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-15', '01a24daf-0863-716f-86f6-5aeb975d22c5', 7, 163800, 3450, 1500, 76440, 14, 50, 154150, 7494, 55, 14, 5460, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-22', '01a24daf-0863-716f-86f6-5aeb975d22c5', 7, 163800, 3600, 1590, 76440, 14, 53, 154470, 7485, 55, 14, 5460, 10, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-11-01', '01a24daf-0863-716f-86f6-5aeb975d22c5', 25, 585000, 12960, 5880, 273000, 14, 195, 550450, 26712, 55, 14, 19500, 10, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-29', '01a24daf-0863-716f-86f6-5aeb975d22c5', 7, 163800, 3420, 1500, 76440, 14, 49, 154310, 7494, 55, 14, 5460, 10, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-01', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', 2, 33600, 750, 360, 15600, 13, 12, 36370, 1524, 55, 13, 1200, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-08', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', 7, 117600, 2100, 960, 54600, 13, 31, 128455, 5364, 55, 13, 4200, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-15', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', 7, 117600, 1950, 900, 54600, 13, 30, 128745, 5370, 55, 13, 4200, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-22', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', 7, 117600, 1740, 810, 54600, 13, 26, 128350, 5379, 55, 13, 4200, 4, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-11-01', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', 25, 420000, 6840, 3180, 195000, 13, 104, 458870, 19182, 55, 13, 15000, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-29', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', 7, 117600, 1800, 780, 54600, 13, 26, 128970, 5382, 55, 13, 4200, 5, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-01', '01a24daf-0856-7f20-9343-1478686e4038', 2, 37440, 360, 210, 15840, 11, 7, 33835, 1563, 50, 11, 1440, 4, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-08', '01a24daf-0856-7f20-9343-1478686e4038', 7, 131040, 2730, 1170, 55440, 11, 39, 118345, 5427, 50, 11, 5040, 8, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-15', '01a24daf-0856-7f20-9343-1478686e4038', 7, 131040, 3870, 1710, 55440, 11, 57, 116965, 5373, 50, 11, 5040, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-22', '01a24daf-0856-7f20-9343-1478686e4038', 7, 131040, 2700, 1080, 55440, 11, 35, 118445, 5436, 50, 11, 5040, 8, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-11-01', '01a24daf-0856-7f20-9343-1478686e4038', 25, 468000, 10200, 4440, 198000, 11, 147, 421520, 19356, 50, 11, 18000, 8, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-29', '01a24daf-0856-7f20-9343-1478686e4038', 7, 131040, 2250, 990, 55440, 11, 32, 118135, 5445, 50, 11, 5040, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-01', '01a24daf-0863-7030-9288-2c456482e125', 2, 29040, 510, 240, 14520, 11, 8, 32975, 1428, 60, 11, 1320, 4, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-08', '01a24daf-0863-7030-9288-2c456482e125', 7, 101640, 1620, 810, 50820, 11, 27, 115325, 5001, 60, 11, 4620, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-15', '01a24daf-0863-7030-9288-2c456482e125', 7, 101640, 2190, 1080, 50820, 11, 34, 114370, 4974, 60, 11, 4620, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-22', '01a24daf-0863-7030-9288-2c456482e125', 7, 101640, 1650, 780, 50820, 11, 26, 114480, 5004, 60, 11, 4620, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-11-01', '01a24daf-0863-7030-9288-2c456482e125', 25, 363000, 6420, 3090, 181500, 11, 101, 410175, 17841, 60, 11, 16500, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-29', '01a24daf-0863-7030-9288-2c456482e125', 7, 101640, 2130, 960, 50820, 11, 31, 114715, 4986, 60, 11, 4620, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-01', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', 2, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-08', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', 7, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-15', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', 7, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-22', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', 7, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-11-01', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', 25, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-29', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', 7, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-01', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', 2, 24960, 570, 360, 13440, 14, 12, 27870, 1308, 55, 14, 960, 5, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-08', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', 7, 87360, 2280, 1200, 47040, 14, 40, 97950, 4584, 55, 14, 3360, 9, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-15', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', 7, 87360, 1440, 840, 47040, 14, 28, 98620, 4620, 55, 14, 3360, 4, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-22', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', 7, 87360, 1620, 1020, 47040, 14, 34, 97655, 4602, 55, 14, 3360, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-11-01', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', 25, 312000, 6660, 3780, 168000, 14, 126, 350030, 16422, 55, 14, 12000, 9, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-11-29', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', 7, 87360, 1440, 840, 47040, 14, 28, 98645, 4620, 55, 14, 3360, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-12-01', '01a24daf-0856-7085-9509-bba3afc010b4', 6, 97200, 1950, 1020, 52650, 13, 34, 113855, 5150, 60, 13, 4320, 10, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-12-06', '01a24daf-0856-7085-9509-bba3afc010b4', 1, 10800, 270, 120, 5850, 13, 4, 13375, 560, 60, 13, 720, 4, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-12-01', '01a24daf-0856-785d-89a1-d0584708abca', 6, 87650, 1590, 690, 38120, 12, 23, 92510, 3731, 55, 10, 3960, 5, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-12-06', '01a24daf-0856-785d-89a1-d0584708abca', 1, 11750, 210, 90, 5120, 12, 3, 13530, 491, 55, 10, 660, 3, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-12-01', '01a24daf-0856-727b-bba0-c446ce3ae846', 6, 83520, 1860, 720, 34560, 12, 23, 79105, 3384, 55, 12, 2880, 5, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-12-06', '01a24daf-0856-727b-bba0-c446ce3ae846', 1, 13920, 60, 30, 5760, 12, 1, 13315, 573, 55, 12, 480, 1, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-12-01', '01a24daf-0854-7cbc-94ca-0e121a63184c', 6, 90390, 1950, 870, 43230, 11, 29, 97015, 4226, 55, 11, 4320, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-12-06', '01a24daf-0854-7cbc-94ca-0e121a63184c', 1, 7590, 150, 90, 3630, 11, 4, 7340, 344, 55, 11, 720, 4, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-12-01', '01a24daf-0856-70a9-a68d-92ab968fb6d6', 6, 106950, 1800, 810, 51150, 11, 27, 94795, 5023, 55, 11, 5040, 4, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-12-06', '01a24daf-0856-70a9-a68d-92ab968fb6d6', 1, 10350, 60, 30, 4950, 11, 1, 9170, 481, 55, 11, 840, 1, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-12-01', '01a24daf-0856-72d6-8bda-fa0530c06837', 6, 54720, 1050, 450, 25920, 9, 15, 66400, 2547, 55, 9, 2880, 4, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-12-06', '01a24daf-0856-72d6-8bda-fa0530c06837', 1, 9120, 270, 120, 4320, 9, 4, 10925, 420, 55, 9, 480, 4, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-12-01', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', 6, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-12-06', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', 1, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-12-01', '01a24daf-0856-7db1-862c-10d21b4cf0f3', 6, 92880, 1410, 750, 54180, 14, 24, 118100, 5329, 55, 14, 3960, 5, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-12-06', '01a24daf-0856-7db1-862c-10d21b4cf0f3', 1, 13680, 180, 90, 7980, 14, 3, 18555, 775, 55, 14, 660, 3, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-12-01', '01a24daf-0801-78de-8533-c4736a0edd20', 6, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-12-06', '01a24daf-0801-78de-8533-c4736a0edd20', 1, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-12-01', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', 6, 93240, 1890, 690, 39960, 12, 23, 83360, 3915, 55, 12, 3600, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-12-06', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', 1, 9240, 0, 0, 3960, 12, 0, 8260, 384, 55, 12, 600, 0, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-12-01', '01a24daf-0856-7aec-b276-85d47caf4c85', 6, 174270, 3510, 1470, 70650, 15, 47, 145055, 6903, 55, 15, 5040, 10, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-12-06', '01a24daf-0856-7aec-b276-85d47caf4c85', 1, 18870, 330, 150, 7650, 15, 5, 16430, 735, 55, 15, 840, 4, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-12-01', '01a24daf-0855-7999-a486-7891cacabbe1', 6, 91380, 2130, 1020, 43520, 12, 34, 82975, 4238, 60, 10, 4680, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-12-06', '01a24daf-0855-7999-a486-7891cacabbe1', 1, 9480, 660, 270, 4520, 12, 9, 8530, 413, 60, 10, 780, 3, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-12-01', '01a24daf-0856-7ed4-ba78-552f9080a33a', 6, 95250, 2030, 920, 45720, 12, 31, 111710, 4468, 55, 12, 3960, 8, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-12-06', '01a24daf-0856-7ed4-ba78-552f9080a33a', 1, 12750, 830, 380, 6120, 12, 13, 15695, 562, 55, 12, 660, 8, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-12-01', '01a24daf-0855-778f-951c-210639f619dd', 6, 94380, 1820, 760, 39930, 11, 25, 90650, 3907, 55, 11, 3960, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-12-06', '01a24daf-0855-778f-951c-210639f619dd', 1, 8580, 200, 70, 3630, 11, 2, 7675, 346, 55, 11, 660, 2, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-12-01', '01a24daf-0856-74b5-98c2-6a86b2379131', 6, 116640, 2730, 1050, 48600, 15, 34, 96045, 4755, 50, 15, 3240, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-12-06', '01a24daf-0856-74b5-98c2-6a86b2379131', 1, 19440, 570, 240, 8100, 15, 8, 15795, 786, 50, 15, 540, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-12-01', '01a24daf-0863-716f-b27f-07dded6a3a39', 6, 80640, 1470, 720, 40320, 14, 23, 111675, 3960, 60, 14, 2880, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-12-06', '01a24daf-0863-716f-b27f-07dded6a3a39', 1, 13440, 240, 90, 6720, 14, 3, 18645, 663, 60, 14, 480, 2, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-12-01', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', 6, 74100, 1130, 700, 39900, 14, 24, 84150, 3907, 55, 14, 2880, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-12-06', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', 1, 11700, 440, 220, 6300, 14, 8, 13440, 595, 55, 14, 480, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-12-01', '01a24daf-0856-7f20-9343-1478686e4038', 6, 108420, 2040, 870, 45870, 11, 28, 98805, 4489, 50, 11, 4320, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-12-06', '01a24daf-0856-7f20-9343-1478686e4038', 1, 14820, 330, 150, 6270, 11, 5, 14600, 601, 50, 11, 720, 5, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-12-01', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', 6, 98280, 2090, 880, 45630, 13, 30, 108655, 4463, 55, 13, 3600, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-12-06', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', 1, 14280, 590, 250, 6630, 13, 9, 16635, 626, 55, 13, 600, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-12-01', '01a24daf-0856-70b1-bb3b-fb371b1a248a', 6, 106960, 1890, 810, 48310, 15, 27, 102995, 4735, 60, 14, 3600, 7, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-12-06', '01a24daf-0856-70b1-bb3b-fb371b1a248a', 1, 13960, 270, 120, 6310, 15, 4, 14505, 604, 60, 14, 600, 4, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-12-01', '01a24daf-0856-754b-8a9c-07662df58a63', 6, 78770, 1530, 810, 37510, 11, 26, 76675, 3659, 45, 10, 3960, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-12-06', '01a24daf-0856-754b-8a9c-07662df58a63', 1, 9470, 150, 60, 4510, 11, 2, 9960, 434, 45, 10, 660, 2, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-12-01', '01a24daf-0863-716f-86f6-5aeb975d22c5', 6, 135900, 3140, 1390, 63420, 14, 46, 129460, 6190, 55, 14, 4680, 10, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-12-06', '01a24daf-0863-716f-86f6-5aeb975d22c5', 1, 18900, 380, 160, 8820, 14, 6, 19590, 853, 55, 14, 780, 5, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-12-01', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', 6, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-12-06', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', 1, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('month', '2026-12-01', '01a24daf-0863-7030-9288-2c456482e125', 6, 85140, 1830, 870, 42570, 11, 28, 96965, 4159, 60, 11, 3960, 6, 0, 0);
INSERT INTO parks.park_period_stats VALUES ('week', '2026-12-06', '01a24daf-0863-7030-9288-2c456482e125', 1, 12540, 150, 90, 6270, 11, 3, 15275, 607, 60, 11, 660, 3, 0, 0);


--
-- Data for Name: park_schedules; Type: TABLE DATA; Schema: parks; Owner: -
--

INSERT INTO parks.park_schedules VALUES ('01a24daf-9469-76a6-bdcb-d7233792889f', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-05', 'OPERATING', '2026-11-05 15:00:00+00', '2026-11-05 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-7027-b539-610ecd53a639', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-10', 'OPERATING', '2026-11-10 15:00:00+00', '2026-11-10 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-7028-b6fb-100b99888a0f', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-02', 'OPERATING', '2026-12-02 15:00:00+00', '2026-12-02 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-71c3-bfdf-4936c348759b', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-16', 'OPERATING', '2026-11-16 15:00:00+00', '2026-11-16 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-72a1-ba2e-42d54d8cb52f', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-27', 'OPERATING', '2026-11-27 15:00:00+00', '2026-11-27 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-72ef-bd09-ec4447ead572', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-14', 'OPERATING', '2026-11-14 15:00:00+00', '2026-11-14 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-7393-a3de-818f42b3c40f', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-25', 'OPERATING', '2026-11-25 15:00:00+00', '2026-11-25 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-73f0-9c11-a8691bbff0cc', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-01', 'OPERATING', '2026-12-01 15:00:00+00', '2026-12-01 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-7419-a273-ac1eeab8181a', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-21', 'OPERATING', '2026-11-21 15:00:00+00', '2026-11-21 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-7448-843d-45bfb86a16d6', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-29', 'OPERATING', '2026-11-29 15:00:00+00', '2026-11-29 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-7493-b524-7c6366ae06ff', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-06', 'OPERATING', '2026-11-06 15:00:00+00', '2026-11-06 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-7524-990d-c916503edd7e', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-28', 'OPERATING', '2026-11-28 15:00:00+00', '2026-11-28 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-7646-bded-22b19d13d43f', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-11', 'OPERATING', '2026-11-11 15:00:00+00', '2026-11-11 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-76ef-babf-06979387b050', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-26', 'OPERATING', '2026-11-26 15:00:00+00', '2026-11-26 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-770f-944e-d5e1434b1ae9', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-23', 'OPERATING', '2026-11-23 15:00:00+00', '2026-11-23 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-781c-a788-79eb1770ca0d', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-22', 'OPERATING', '2026-11-22 15:00:00+00', '2026-11-22 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-7878-9db9-65c09a833adb', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-18', 'OPERATING', '2026-11-18 15:00:00+00', '2026-11-18 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-79e2-89d4-15e6f1c464c1', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-03', 'OPERATING', '2026-12-03 15:00:00+00', '2026-12-03 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-7ae6-b27a-28e95f15e009', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-13', 'OPERATING', '2026-11-13 15:00:00+00', '2026-11-13 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-7b86-8db9-9a4677e2c0a9', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-04', 'OPERATING', '2026-12-04 15:00:00+00', '2026-12-04 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-7d70-b6da-07eea90ad931', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-12', 'OPERATING', '2026-11-12 15:00:00+00', '2026-11-12 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-7d73-bd21-24daf6841598', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-24', 'OPERATING', '2026-11-24 15:00:00+00', '2026-11-24 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-7d76-88c2-ab3ea1447248', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-20', 'OPERATING', '2026-11-20 15:00:00+00', '2026-11-20 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-7d8e-bb98-77eca6d3ae7b', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-15', 'OPERATING', '2026-11-15 15:00:00+00', '2026-11-15 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-7d9b-a428-07045b0cf76b', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-09', 'OPERATING', '2026-11-09 15:00:00+00', '2026-11-09 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-7e1c-b3b3-e9b697f80104', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-07', 'OPERATING', '2026-11-07 15:00:00+00', '2026-11-07 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-7e5b-916e-a49910134b37', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-08', 'OPERATING', '2026-11-08 15:00:00+00', '2026-11-08 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-7e5f-8346-d12bd2e433e7', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-30', 'OPERATING', '2026-11-30 15:00:00+00', '2026-11-30 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-7e9d-a560-8b46f79c8800', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-17', 'OPERATING', '2026-11-17 15:00:00+00', '2026-11-17 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-95fa-7f9a-b95b-1d33ef60dedf', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-11-19', 'OPERATING', '2026-11-19 15:00:00+00', '2026-11-19 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-7141-9b4c-1412c00a0b79', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-10', 'OPERATING', '2026-11-10 15:00:00+00', '2026-11-11 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-715e-8a93-86bc8bb98440', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-23', 'OPERATING', '2026-11-23 15:00:00+00', '2026-11-24 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-7164-831e-c3cb40fce1aa', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-09', 'OPERATING', '2026-11-09 15:00:00+00', '2026-11-10 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-71ae-8ebb-62eeac494a84', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-26', 'OPERATING', '2026-11-26 15:00:00+00', '2026-11-27 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-7217-a370-2b4be889b27f', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-18', 'OPERATING', '2026-11-18 15:00:00+00', '2026-11-19 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-726a-9aed-48a355183186', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-28', 'OPERATING', '2026-11-28 15:00:00+00', '2026-11-29 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-7274-a0e3-43e2e9b3f439', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-02', 'OPERATING', '2026-12-02 15:00:00+00', '2026-12-03 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-72de-bc12-8ab7fa80e7b9', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-07', 'OPERATING', '2026-11-07 15:00:00+00', '2026-11-08 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-7362-873e-0cdd1aa81ffc', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-16', 'OPERATING', '2026-11-16 15:00:00+00', '2026-11-17 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-7364-ba57-238e48dde5ab', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-29', 'OPERATING', '2026-11-29 15:00:00+00', '2026-11-30 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-7400-a711-66cd4640c2fa', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-30', 'OPERATING', '2026-11-30 15:00:00+00', '2026-12-01 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-7545-b87a-e332edd35dc8', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-01', 'OPERATING', '2026-12-01 15:00:00+00', '2026-12-02 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-7627-b22c-2d921e9b0dc2', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-08', 'OPERATING', '2026-11-08 15:00:00+00', '2026-11-09 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-766e-bb4e-ebf8f7cfa53f', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-12', 'OPERATING', '2026-11-12 15:00:00+00', '2026-11-13 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-77d8-be8c-aeb61d15996b', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-24', 'OPERATING', '2026-11-24 15:00:00+00', '2026-11-25 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-7811-832e-85a873b17c0d', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-03', 'OPERATING', '2026-12-03 15:00:00+00', '2026-12-04 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-7825-bad6-e9fb67802198', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-15', 'OPERATING', '2026-11-15 15:00:00+00', '2026-11-16 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-7883-ba72-7a0b860b7418', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-21', 'OPERATING', '2026-11-21 15:00:00+00', '2026-11-22 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-78a3-965e-5e0a4b07d86d', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-27', 'OPERATING', '2026-11-27 15:00:00+00', '2026-11-28 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-78cb-8fc5-0915adc8c2d7', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-11', 'OPERATING', '2026-11-11 15:00:00+00', '2026-11-12 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-7960-97b0-801f6bbf8e30', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-13', 'OPERATING', '2026-11-13 15:00:00+00', '2026-11-14 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-796a-8824-811fb5b2ed23', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-17', 'OPERATING', '2026-11-17 15:00:00+00', '2026-11-18 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-7af2-977c-0a4cf903501d', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-22', 'OPERATING', '2026-11-22 15:00:00+00', '2026-11-23 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-7dd7-874f-0644f17a4d46', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-19', 'OPERATING', '2026-11-19 15:00:00+00', '2026-11-20 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-7e40-bcca-62fbcca3f757', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-04', 'OPERATING', '2026-12-04 15:00:00+00', '2026-12-05 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-7e5b-95db-05479d1fa3e4', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-20', 'OPERATING', '2026-11-20 15:00:00+00', '2026-11-21 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-7f05-950e-eb0be0eb81f4', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-06', 'OPERATING', '2026-11-06 15:00:00+00', '2026-11-07 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-7f34-a669-8f217b29b9b4', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-05', 'OPERATING', '2026-11-05 15:00:00+00', '2026-11-06 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-7f4c-a90e-d03a519f776b', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-14', 'OPERATING', '2026-11-14 15:00:00+00', '2026-11-15 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-b143-7f57-9a7c-8136e082b84b', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-11-25', 'OPERATING', '2026-11-25 15:00:00+00', '2026-11-26 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d188-704c-976d-fc21b278877f', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-10', 'OPERATING', '2026-11-10 18:00:00+00', '2026-11-11 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d188-70b8-a1be-fef1569742a1', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-19', 'OPERATING', '2026-11-19 18:00:00+00', '2026-11-20 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d188-717f-88d7-e1f454a5b032', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-13', 'OPERATING', '2026-11-13 18:00:00+00', '2026-11-14 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d188-743e-8eea-c18d25efadb3', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-05', 'OPERATING', '2026-11-05 18:00:00+00', '2026-11-06 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d188-74f3-97d2-2ecf9a676f29', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-09', 'OPERATING', '2026-11-09 18:00:00+00', '2026-11-10 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d188-7624-97e8-5e705b25d6d9', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-08', 'OPERATING', '2026-11-08 18:00:00+00', '2026-11-09 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d188-771f-b542-4b264d5cf6ed', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-14', 'OPERATING', '2026-11-14 18:00:00+00', '2026-11-15 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d188-77d7-918b-a55135d227bc', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-11', 'OPERATING', '2026-11-11 18:00:00+00', '2026-11-12 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d188-79d8-8e76-f1d9979b080d', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-06', 'OPERATING', '2026-11-06 18:00:00+00', '2026-11-07 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d188-7b46-b27d-7f79c95930dd', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-12', 'OPERATING', '2026-11-12 18:00:00+00', '2026-11-13 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d188-7b7c-9e74-30086cbc6da5', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-16', 'OPERATING', '2026-11-16 18:00:00+00', '2026-11-17 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d188-7bcd-9bd8-ee7f552a31de', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-18', 'OPERATING', '2026-11-18 18:00:00+00', '2026-11-19 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d188-7c97-8bed-02aa94aa220f', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-17', 'OPERATING', '2026-11-17 18:00:00+00', '2026-11-18 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d188-7e08-b937-eba750d6b5e0', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-15', 'OPERATING', '2026-11-15 18:00:00+00', '2026-11-16 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d188-7efe-ad86-547fb69c0f7d', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-07', 'OPERATING', '2026-11-07 18:00:00+00', '2026-11-08 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d189-701f-9520-f2c5ebdf02cb', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-01', 'OPERATING', '2026-12-01 18:00:00+00', '2026-12-02 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d189-7073-b54e-1aeefd129412', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-02', 'OPERATING', '2026-12-02 18:00:00+00', '2026-12-03 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d189-71c3-9444-c01d83df89d7', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-23', 'OPERATING', '2026-11-23 18:00:00+00', '2026-11-24 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d189-72ed-b3bb-0ff09621c10d', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-29', 'OPERATING', '2026-11-29 18:00:00+00', '2026-11-30 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d189-735e-905b-cf15f7f41f25', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-28', 'OPERATING', '2026-11-28 18:00:00+00', '2026-11-29 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d189-7526-b678-9857cd9d3340', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-30', 'OPERATING', '2026-11-30 18:00:00+00', '2026-12-01 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d189-77e5-86bd-a8443f00341f', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-22', 'OPERATING', '2026-11-22 18:00:00+00', '2026-11-23 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d189-77ef-9a0b-2a375f9ad569', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-26', 'OPERATING', '2026-11-26 18:00:00+00', '2026-11-27 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d189-7931-804c-be6d2d04d0e6', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-03', 'OPERATING', '2026-12-03 18:00:00+00', '2026-12-04 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d189-79a4-a75d-baa719b5db97', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-20', 'OPERATING', '2026-11-20 18:00:00+00', '2026-11-21 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d189-7ad6-8950-4d5896e179f4', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-25', 'OPERATING', '2026-11-25 18:00:00+00', '2026-11-26 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d189-7ca2-aca3-96b79b253b35', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-04', 'OPERATING', '2026-12-04 18:00:00+00', '2026-12-05 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d189-7d15-be7f-091d90b40c02', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-24', 'OPERATING', '2026-11-24 18:00:00+00', '2026-11-25 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d189-7d4a-a1cb-f6a3a17cb13d', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-27', 'OPERATING', '2026-11-27 18:00:00+00', '2026-11-28 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-d189-7d57-a3fe-254b38c5a404', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-11-21', 'OPERATING', '2026-11-21 18:00:00+00', '2026-11-22 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-70a6-b1cf-9b86d398a8d4', '01a24daf-0856-7f20-9343-1478686e4038', '2026-11-28', 'OPERATING', '2026-11-28 14:00:00+00', '2026-11-29 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-70b3-821e-1a8bc6f7f975', '01a24daf-0856-7f20-9343-1478686e4038', '2026-11-26', 'OPERATING', '2026-11-26 14:00:00+00', '2026-11-27 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-70de-81f0-c2a0e5638cfc', '01a24daf-0856-7f20-9343-1478686e4038', '2026-11-14', 'OPERATING', '2026-11-14 14:00:00+00', '2026-11-15 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-7218-b58b-dfed3fcab337', '01a24daf-0856-7f20-9343-1478686e4038', '2026-11-07', 'OPERATING', '2026-11-07 14:00:00+00', '2026-11-08 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-724d-95c7-fe5da21a6e7e', '01a24daf-0856-7f20-9343-1478686e4038', '2026-12-01', 'OPERATING', '2026-12-01 14:00:00+00', '2026-12-02 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-7284-9d2f-ac8ee8c7fde5', '01a24daf-0856-7f20-9343-1478686e4038', '2026-11-24', 'OPERATING', '2026-11-24 14:00:00+00', '2026-11-25 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-728b-ab1d-be5181895205', '01a24daf-0856-7f20-9343-1478686e4038', '2026-12-05', 'OPERATING', '2026-12-05 14:00:00+00', '2026-12-06 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-72c7-af44-51639b704eea', '01a24daf-0856-7f20-9343-1478686e4038', '2026-11-29', 'OPERATING', '2026-11-29 14:00:00+00', '2026-11-30 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-7416-96b8-0634467482d5', '01a24daf-0856-7f20-9343-1478686e4038', '2026-11-19', 'OPERATING', '2026-11-19 14:00:00+00', '2026-11-20 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-7450-b6d6-b1c103511842', '01a24daf-0856-7f20-9343-1478686e4038', '2026-11-11', 'OPERATING', '2026-11-11 14:00:00+00', '2026-11-12 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-7489-8034-1d3c235f0039', '01a24daf-0856-7f20-9343-1478686e4038', '2026-12-07', 'OPERATING', '2026-12-07 14:00:00+00', '2026-12-08 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-7563-8a52-9c953d952912', '01a24daf-0856-7f20-9343-1478686e4038', '2026-11-27', 'OPERATING', '2026-11-27 14:00:00+00', '2026-11-28 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-759b-95ac-c45bd5123af2', '01a24daf-0856-7f20-9343-1478686e4038', '2026-12-06', 'OPERATING', '2026-12-06 14:00:00+00', '2026-12-07 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-75ea-91eb-e5e4e629ed1f', '01a24daf-0856-7f20-9343-1478686e4038', '2026-11-05', 'OPERATING', '2026-11-05 14:00:00+00', '2026-11-06 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-7712-9e8d-4d80bdeb7f08', '01a24daf-0856-7f20-9343-1478686e4038', '2026-11-30', 'OPERATING', '2026-11-30 14:00:00+00', '2026-12-01 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-771f-a597-b7b5a350f836', '01a24daf-0856-7f20-9343-1478686e4038', '2026-11-08', 'OPERATING', '2026-11-08 14:00:00+00', '2026-11-09 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-7734-9f2e-4955e62fd24e', '01a24daf-0856-7f20-9343-1478686e4038', '2026-11-09', 'OPERATING', '2026-11-09 14:00:00+00', '2026-11-10 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-792f-afbb-3434bdf80f81', '01a24daf-0856-7f20-9343-1478686e4038', '2026-12-03', 'OPERATING', '2026-12-03 14:00:00+00', '2026-12-04 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-7a75-b3e6-c25a5bf518ee', '01a24daf-0856-7f20-9343-1478686e4038', '2026-11-06', 'OPERATING', '2026-11-06 14:00:00+00', '2026-11-07 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-7aad-84cd-c736aeffadae', '01a24daf-0856-7f20-9343-1478686e4038', '2026-11-23', 'OPERATING', '2026-11-23 14:00:00+00', '2026-11-24 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-7aae-b433-0faf0436e88e', '01a24daf-0856-7f20-9343-1478686e4038', '2026-11-21', 'OPERATING', '2026-11-21 14:00:00+00', '2026-11-22 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-7b20-a60f-cbde5960ac5e', '01a24daf-0856-7f20-9343-1478686e4038', '2026-11-16', 'OPERATING', '2026-11-16 14:00:00+00', '2026-11-17 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-7c5d-86ff-a89d098814de', '01a24daf-0856-7f20-9343-1478686e4038', '2026-11-10', 'OPERATING', '2026-11-10 14:00:00+00', '2026-11-11 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-7c84-a535-6c84e305f15e', '01a24daf-0856-7f20-9343-1478686e4038', '2026-11-15', 'OPERATING', '2026-11-15 14:00:00+00', '2026-11-16 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-7cd7-946c-ff52503c73c6', '01a24daf-0856-7f20-9343-1478686e4038', '2026-12-02', 'OPERATING', '2026-12-02 14:00:00+00', '2026-12-03 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-7ce5-8ed6-9e8957d4e6c7', '01a24daf-0856-7f20-9343-1478686e4038', '2026-11-17', 'OPERATING', '2026-11-17 14:00:00+00', '2026-11-18 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-7d5b-b7ca-022e2872f6e1', '01a24daf-0856-7f20-9343-1478686e4038', '2026-11-18', 'OPERATING', '2026-11-18 14:00:00+00', '2026-11-19 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-7d62-b5a1-8ac2249f948d', '01a24daf-0856-7f20-9343-1478686e4038', '2026-11-25', 'OPERATING', '2026-11-25 14:00:00+00', '2026-11-26 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-7df8-b903-e2aab72bc256', '01a24daf-0856-7f20-9343-1478686e4038', '2026-11-13', 'OPERATING', '2026-11-13 14:00:00+00', '2026-11-14 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-7e7b-8c22-1b1a72542e3a', '01a24daf-0856-7f20-9343-1478686e4038', '2026-12-04', 'OPERATING', '2026-12-04 14:00:00+00', '2026-12-05 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-7efc-bd2e-868c0384c143', '01a24daf-0856-7f20-9343-1478686e4038', '2026-11-20', 'OPERATING', '2026-11-20 14:00:00+00', '2026-11-21 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-7f21-b133-af22b4a6231b', '01a24daf-0856-7f20-9343-1478686e4038', '2026-11-22', 'OPERATING', '2026-11-22 14:00:00+00', '2026-11-23 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24daf-f105-7fd4-9b1d-bf1f915bf0cf', '01a24daf-0856-7f20-9343-1478686e4038', '2026-11-12', 'OPERATING', '2026-11-12 14:00:00+00', '2026-11-13 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-7067-a273-cea1466325f2', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-07', 'OPERATING', '2026-11-07 18:00:00+00', '2026-11-08 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-7087-846a-a1178730d333', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-01', 'OPERATING', '2026-12-01 18:00:00+00', '2026-12-02 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-7114-9ea1-3f99d5aa2a0e', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-05', 'OPERATING', '2026-11-05 18:00:00+00', '2026-11-06 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-7142-ac89-6c12e7c493b1', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-23', 'OPERATING', '2026-11-23 18:00:00+00', '2026-11-24 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-7165-8ac5-10ede8950c63', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-20', 'OPERATING', '2026-11-20 18:00:00+00', '2026-11-21 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-74a0-b7a2-9100dea558dc', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-27', 'OPERATING', '2026-11-27 18:00:00+00', '2026-11-28 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-74f4-a1ca-fa5c431945d4', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-12', 'OPERATING', '2026-11-12 18:00:00+00', '2026-11-13 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-753c-87cc-e89acf3d3820', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-14', 'OPERATING', '2026-11-14 18:00:00+00', '2026-11-15 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-7592-b568-f8dc89edeef6', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-08', 'OPERATING', '2026-11-08 18:00:00+00', '2026-11-09 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-75ea-974f-29490f9c8dab', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-22', 'OPERATING', '2026-11-22 18:00:00+00', '2026-11-23 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-769a-ad2a-7a62200d1cb2', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-25', 'OPERATING', '2026-11-25 18:00:00+00', '2026-11-26 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-76bd-a842-e1356734f858', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-28', 'OPERATING', '2026-11-28 18:00:00+00', '2026-11-29 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-76e2-b80d-45de7e346f6a', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-19', 'OPERATING', '2026-11-19 18:00:00+00', '2026-11-20 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-7988-b8c9-8852fdea52c5', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-15', 'OPERATING', '2026-11-15 18:00:00+00', '2026-11-16 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-7a2f-8ae0-3420a3585010', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-24', 'OPERATING', '2026-11-24 18:00:00+00', '2026-11-25 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-7b8e-a0f1-902c830a88fe', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-10', 'OPERATING', '2026-11-10 18:00:00+00', '2026-11-11 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-7bba-8f35-7bc3c470e1b9', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-21', 'OPERATING', '2026-11-21 18:00:00+00', '2026-11-22 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-7be8-8697-33a2b5b1b4c1', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-06', 'OPERATING', '2026-11-06 18:00:00+00', '2026-11-07 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-7d4d-ae7f-49516dc43702', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-02', 'OPERATING', '2026-12-02 18:00:00+00', '2026-12-03 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-7dcc-a148-0e13f426e417', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-04', 'OPERATING', '2026-12-04 18:00:00+00', '2026-12-05 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-7df4-9a9e-51c9f1a8dc22', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-13', 'OPERATING', '2026-11-13 18:00:00+00', '2026-11-14 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-7e54-a7eb-2920fa32176e', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-18', 'OPERATING', '2026-11-18 18:00:00+00', '2026-11-19 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-7e5a-b055-830f0d12d05a', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-03', 'OPERATING', '2026-12-03 18:00:00+00', '2026-12-04 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-7e5e-bb59-076901840d50', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-29', 'OPERATING', '2026-11-29 18:00:00+00', '2026-11-30 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-7ef7-9b49-650ecee431e7', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-16', 'OPERATING', '2026-11-16 18:00:00+00', '2026-11-17 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-7f09-ab17-16bbafd5f30a', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-30', 'OPERATING', '2026-11-30 18:00:00+00', '2026-12-01 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-7f24-b03f-f0eeff7c2417', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-11', 'OPERATING', '2026-11-11 18:00:00+00', '2026-11-12 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-7f95-937e-e4b53a5ef2ff', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-17', 'OPERATING', '2026-11-17 18:00:00+00', '2026-11-18 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-7fca-ae8a-87ebf7dcb55c', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-26', 'OPERATING', '2026-11-26 18:00:00+00', '2026-11-27 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-184b-7ff6-ae0d-74195fb2bf8d', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-11-09', 'OPERATING', '2026-11-09 18:00:00+00', '2026-11-10 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-704f-bde2-1d1a78bdcfd7', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-14', 'OPERATING', '2026-11-14 13:00:00+00', '2026-11-14 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-7069-aba3-9a3f277f1cbb', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-02', 'OPERATING', '2026-12-02 13:00:00+00', '2026-12-02 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-7170-bf6e-b8f2a16434aa', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-05', 'OPERATING', '2026-12-05 13:00:00+00', '2026-12-05 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-71f4-8691-2fc44abecb9a', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-08', 'OPERATING', '2026-11-08 13:00:00+00', '2026-11-08 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-722c-974e-cb3efe3f3747', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-11', 'OPERATING', '2026-11-11 13:00:00+00', '2026-11-11 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-72fd-aa97-5e700767f617', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-30', 'OPERATING', '2026-11-30 13:00:00+00', '2026-11-30 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-732a-986e-bf4482449be9', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-28', 'OPERATING', '2026-11-28 13:00:00+00', '2026-11-28 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-734a-b751-d7de7abad6e9', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-15', 'OPERATING', '2026-11-15 13:00:00+00', '2026-11-15 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-7453-8555-a4a1fd63f825', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-23', 'OPERATING', '2026-11-23 13:00:00+00', '2026-11-23 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-750e-835c-19ce1cb7421c', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-26', 'OPERATING', '2026-11-26 13:00:00+00', '2026-11-26 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-750e-a8ea-78c8ecedd749', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-20', 'OPERATING', '2026-11-20 13:00:00+00', '2026-11-20 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-75d7-b2c4-19efddabc41e', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-12', 'OPERATING', '2026-11-12 13:00:00+00', '2026-11-12 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-7605-bfef-772c062bb5b7', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-05', 'OPERATING', '2026-11-05 13:00:00+00', '2026-11-05 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-7703-acb1-3da556644372', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-24', 'OPERATING', '2026-11-24 13:00:00+00', '2026-11-24 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-7746-a95d-56d37714cc49', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-10', 'OPERATING', '2026-11-10 13:00:00+00', '2026-11-10 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-7754-a0f0-23176d3a2e43', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-27', 'OPERATING', '2026-11-27 13:00:00+00', '2026-11-27 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-7757-b9ad-86a50cd17940', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-22', 'OPERATING', '2026-11-22 13:00:00+00', '2026-11-22 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-7764-959c-8d319af91912', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-17', 'OPERATING', '2026-11-17 13:00:00+00', '2026-11-17 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-778b-8bf8-404f0ab748ca', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-04', 'OPERATING', '2026-12-04 13:00:00+00', '2026-12-04 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-7982-b9f4-ab4829696035', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-01', 'OPERATING', '2026-12-01 13:00:00+00', '2026-12-01 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-79bb-b419-9901766c4a63', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-07', 'OPERATING', '2026-12-07 13:00:00+00', '2026-12-07 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-7a38-a862-d17c6cc25fdb', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-13', 'OPERATING', '2026-11-13 13:00:00+00', '2026-11-13 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-7a4f-9898-b93462682dbe', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-21', 'OPERATING', '2026-11-21 13:00:00+00', '2026-11-21 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-7ad1-a750-74d96dc43e01', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-19', 'OPERATING', '2026-11-19 13:00:00+00', '2026-11-19 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-7adb-a543-6ca836c03bcd', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-29', 'OPERATING', '2026-11-29 13:00:00+00', '2026-11-29 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-7b79-a539-c402d8f5e881', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-16', 'OPERATING', '2026-11-16 13:00:00+00', '2026-11-16 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-7bbc-b3c3-139f7957f81a', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-18', 'OPERATING', '2026-11-18 13:00:00+00', '2026-11-18 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-7d04-a283-621c619559e9', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-03', 'OPERATING', '2026-12-03 13:00:00+00', '2026-12-03 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-7d07-8311-6a53f5799240', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-06', 'OPERATING', '2026-12-06 13:00:00+00', '2026-12-06 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-7d28-8aba-ab3c2a2e8ab1', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-25', 'OPERATING', '2026-11-25 13:00:00+00', '2026-11-25 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-7d47-8f7d-3328dccd4e85', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-07', 'OPERATING', '2026-11-07 13:00:00+00', '2026-11-07 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-7df3-a86c-00b109997f18', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-09', 'OPERATING', '2026-11-09 13:00:00+00', '2026-11-09 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-3f43-7fd6-bdaa-9844d1e6f0b3', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-11-06', 'OPERATING', '2026-11-06 13:00:00+00', '2026-11-06 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-7081-aefa-783187e71a76', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-18', 'OPERATING', '2026-11-18 14:00:00+00', '2026-11-19 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-7092-9faa-004cfbee9391', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-28', 'OPERATING', '2026-11-28 14:00:00+00', '2026-11-29 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-70ce-b713-0451255e2cd0', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-09', 'OPERATING', '2026-11-09 14:00:00+00', '2026-11-10 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-713a-96b6-441efc0e975d', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-16', 'OPERATING', '2026-11-16 14:00:00+00', '2026-11-17 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-7258-b041-5c9005aade44', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-29', 'OPERATING', '2026-11-29 14:00:00+00', '2026-11-30 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-7275-8099-de9681ce5c5f', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-07', 'OPERATING', '2026-11-07 14:00:00+00', '2026-11-08 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-7382-9420-083cfa06490e', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-11', 'OPERATING', '2026-11-11 14:00:00+00', '2026-11-12 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-73f0-9e1d-5b16f13cffb7', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-01', 'OPERATING', '2026-12-01 14:00:00+00', '2026-12-02 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-74e9-a566-75b2933ba027', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-22', 'OPERATING', '2026-11-22 14:00:00+00', '2026-11-23 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-761c-af42-1ecc2959784e', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-14', 'OPERATING', '2026-11-14 14:00:00+00', '2026-11-15 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-7631-87f6-7fd55bd4c9dd', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-21', 'OPERATING', '2026-11-21 14:00:00+00', '2026-11-22 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-7687-a8c2-f6a1fb8f4ca4', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-10', 'OPERATING', '2026-11-10 14:00:00+00', '2026-11-11 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-7734-b6a2-fbcd0e84ce79', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-19', 'OPERATING', '2026-11-19 14:00:00+00', '2026-11-20 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-7780-8e50-a54b8a1936fe', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-20', 'OPERATING', '2026-11-20 14:00:00+00', '2026-11-21 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-7840-8541-56d3ecdcf812', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-26', 'OPERATING', '2026-11-26 14:00:00+00', '2026-11-27 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-7988-9028-f44524c55875', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-12', 'OPERATING', '2026-11-12 14:00:00+00', '2026-11-13 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-7a9e-a424-43edff717b76', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-04', 'OPERATING', '2026-12-04 14:00:00+00', '2026-12-05 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-7b05-a913-c6a178e249e9', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-13', 'OPERATING', '2026-11-13 14:00:00+00', '2026-11-14 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-7b68-822a-3be057e4cc3a', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-23', 'OPERATING', '2026-11-23 14:00:00+00', '2026-11-24 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-7bb6-af6a-64c23c8b97a0', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-15', 'OPERATING', '2026-11-15 14:00:00+00', '2026-11-16 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-7bc4-abaa-fa876c578f35', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-06', 'OPERATING', '2026-11-06 14:00:00+00', '2026-11-07 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-7bf0-b071-51c96b6e2732', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-03', 'OPERATING', '2026-12-03 14:00:00+00', '2026-12-04 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-7c09-8457-5a9062957660', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-30', 'OPERATING', '2026-11-30 14:00:00+00', '2026-12-01 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-7c4e-9338-10d06866f672', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-24', 'OPERATING', '2026-11-24 14:00:00+00', '2026-11-25 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-7cfe-aa01-576464032dff', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-27', 'OPERATING', '2026-11-27 14:00:00+00', '2026-11-28 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-7e7e-850d-8df0ad7cf0cd', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-05', 'OPERATING', '2026-11-05 14:00:00+00', '2026-11-06 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-7ea8-9cf2-1f12e6e1f49a', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-02', 'OPERATING', '2026-12-02 14:00:00+00', '2026-12-03 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-7ec4-839b-985e5f0abf68', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-17', 'OPERATING', '2026-11-17 14:00:00+00', '2026-11-18 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-7f2b-ad9d-dbe0d81749f6', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-08', 'OPERATING', '2026-11-08 14:00:00+00', '2026-11-09 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-5fe7-7f5c-9fbe-f2945042cb58', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-11-25', 'OPERATING', '2026-11-25 14:00:00+00', '2026-11-26 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-7022-8f91-ae4c36dc6748', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-12', 'OPERATING', '2026-11-12 16:00:00+00', '2026-11-13 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-70db-9cba-61e5fc75e3b0', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-09', 'OPERATING', '2026-11-09 16:00:00+00', '2026-11-10 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-7124-9c4c-dfd62606d436', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-17', 'OPERATING', '2026-11-17 16:00:00+00', '2026-11-18 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-7286-b715-0862f59ba2f7', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-26', 'OPERATING', '2026-11-26 16:00:00+00', '2026-11-27 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-72a2-a97d-41b03e97c271', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-02', 'OPERATING', '2026-12-02 16:00:00+00', '2026-12-03 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-72c4-9be4-bca7875555e5', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-23', 'OPERATING', '2026-11-23 16:00:00+00', '2026-11-24 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-73b2-8ceb-e17cc2ce50d7', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-19', 'OPERATING', '2026-11-19 16:00:00+00', '2026-11-20 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-73db-a6ce-9e617275adf3', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-21', 'OPERATING', '2026-11-21 16:00:00+00', '2026-11-22 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-7425-8cc8-41977aaca0da', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-14', 'OPERATING', '2026-11-14 16:00:00+00', '2026-11-15 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-7467-bce8-28362b93ba78', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-30', 'OPERATING', '2026-11-30 16:00:00+00', '2026-12-01 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-74ac-905a-29cbf721bb5a', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-16', 'OPERATING', '2026-11-16 16:00:00+00', '2026-11-17 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-7531-815e-9f800af3f216', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-15', 'OPERATING', '2026-11-15 16:00:00+00', '2026-11-16 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-7537-b53f-e98d8c5357ed', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-05', 'OPERATING', '2026-11-05 16:00:00+00', '2026-11-06 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-758f-a2ee-344243191b36', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-27', 'OPERATING', '2026-11-27 16:00:00+00', '2026-11-28 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-75af-894b-2db2d27e3963', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-03', 'OPERATING', '2026-12-03 16:00:00+00', '2026-12-04 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-762f-8dd2-15162f6194ef', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-18', 'OPERATING', '2026-11-18 16:00:00+00', '2026-11-19 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-7760-84fb-a5919ed4affa', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-29', 'OPERATING', '2026-11-29 16:00:00+00', '2026-11-30 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-7788-82d8-8ea4841f8290', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-08', 'OPERATING', '2026-11-08 16:00:00+00', '2026-11-09 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-77bb-99d8-221ca8958943', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-06', 'OPERATING', '2026-11-06 16:00:00+00', '2026-11-07 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-791e-b490-f3527d2f45fd', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-28', 'OPERATING', '2026-11-28 16:00:00+00', '2026-11-29 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-79c1-9883-4f25246b129e', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-22', 'OPERATING', '2026-11-22 16:00:00+00', '2026-11-23 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-7a98-ab54-d40918713d45', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-13', 'OPERATING', '2026-11-13 16:00:00+00', '2026-11-14 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-7ba0-82b7-b6e49a76bd2e', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-24', 'OPERATING', '2026-11-24 16:00:00+00', '2026-11-25 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-7c08-af84-690399974514', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-20', 'OPERATING', '2026-11-20 16:00:00+00', '2026-11-21 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-7c21-ab3b-0c60ddc8468e', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-10', 'OPERATING', '2026-11-10 16:00:00+00', '2026-11-11 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-7c3a-837b-b20510988aaf', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-07', 'OPERATING', '2026-12-07 16:00:00+00', '2026-12-08 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-7c3f-a6cc-b79a3b50717f', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-04', 'OPERATING', '2026-12-04 16:00:00+00', '2026-12-05 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-7ca8-b8f8-f897bdcd6899', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-07', 'OPERATING', '2026-11-07 16:00:00+00', '2026-11-08 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-7ce0-afc7-0d449f6ce0b3', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-06', 'OPERATING', '2026-12-06 16:00:00+00', '2026-12-07 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-7d4a-9e93-6430449edba6', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-25', 'OPERATING', '2026-11-25 16:00:00+00', '2026-11-26 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-7d7b-a571-340a507af83b', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-01', 'OPERATING', '2026-12-01 16:00:00+00', '2026-12-02 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-7e1d-9f41-b1ec9af9d218', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-11-11', 'OPERATING', '2026-11-11 16:00:00+00', '2026-11-12 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-858c-7f4d-aed7-c34985e2cc11', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-05', 'OPERATING', '2026-12-05 16:00:00+00', '2026-12-06 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-705a-bc47-51de960bc781', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-07', 'OPERATING', '2026-11-07 16:00:00+00', '2026-11-08 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-70c5-bc8e-93769a5f9152', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-20', 'OPERATING', '2026-11-20 16:00:00+00', '2026-11-21 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-720d-aaec-61da04f18315', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-17', 'OPERATING', '2026-11-17 16:00:00+00', '2026-11-18 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-723e-88fc-ac4c9035e631', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-27', 'OPERATING', '2026-11-27 16:00:00+00', '2026-11-28 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-72b8-9c88-f22bf9043cb9', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-04', 'OPERATING', '2026-12-04 16:00:00+00', '2026-12-05 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-73d6-a3b0-b84f345469fd', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-14', 'OPERATING', '2026-11-14 16:00:00+00', '2026-11-15 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-7402-bc00-10f6fd7b4b0b', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-22', 'OPERATING', '2026-11-22 16:00:00+00', '2026-11-23 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-7475-86ea-e80cddafd9a9', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-29', 'OPERATING', '2026-11-29 16:00:00+00', '2026-11-30 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-74a5-8f8b-acddfa0b628e', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-23', 'OPERATING', '2026-11-23 16:00:00+00', '2026-11-24 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-74c4-ae49-58664b426c31', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-09', 'OPERATING', '2026-11-09 16:00:00+00', '2026-11-10 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-74e2-9b5d-03ccfcd1102b', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-21', 'OPERATING', '2026-11-21 16:00:00+00', '2026-11-22 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-75dd-a5d7-3b597001f2e5', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-02', 'OPERATING', '2026-12-02 16:00:00+00', '2026-12-03 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-75f1-ae57-b4132f69f853', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-28', 'OPERATING', '2026-11-28 16:00:00+00', '2026-11-29 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-7668-9c3d-29f8041aaf8c', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-01', 'OPERATING', '2026-12-01 16:00:00+00', '2026-12-02 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-766e-9386-ab265e8db2f9', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-16', 'OPERATING', '2026-11-16 16:00:00+00', '2026-11-17 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-76a5-ad60-87ad1dd80d02', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-18', 'OPERATING', '2026-11-18 16:00:00+00', '2026-11-19 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-76e1-a01e-dc93e7fae5a0', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-03', 'OPERATING', '2026-12-03 16:00:00+00', '2026-12-04 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-779d-b995-e00b7ad4e626', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-07', 'OPERATING', '2026-12-07 16:00:00+00', '2026-12-08 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-7872-96cf-211f749fb00c', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-06', 'OPERATING', '2026-12-06 16:00:00+00', '2026-12-07 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-7891-ac16-fd023575b928', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-11', 'OPERATING', '2026-11-11 16:00:00+00', '2026-11-12 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-78bc-8111-7113c66398c6', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-08', 'OPERATING', '2026-11-08 16:00:00+00', '2026-11-09 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-7923-ba26-8e9c7c98937d', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-25', 'OPERATING', '2026-11-25 16:00:00+00', '2026-11-26 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-798c-87fe-6d2cec39f094', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-05', 'OPERATING', '2026-12-05 16:00:00+00', '2026-12-06 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-7a0e-b489-4008c71f64fe', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-13', 'OPERATING', '2026-11-13 16:00:00+00', '2026-11-14 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-7aef-92d8-c07ed92e5ba5', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-26', 'OPERATING', '2026-11-26 16:00:00+00', '2026-11-27 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-7b91-8477-b41fde99d1e0', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-24', 'OPERATING', '2026-11-24 16:00:00+00', '2026-11-25 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-7b9f-a004-bbacbef4884e', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-06', 'OPERATING', '2026-11-06 16:00:00+00', '2026-11-07 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-7cfd-9370-7285bd3064f5', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-12', 'OPERATING', '2026-11-12 16:00:00+00', '2026-11-13 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-7d09-8b95-e497e813eb88', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-10', 'OPERATING', '2026-11-10 16:00:00+00', '2026-11-11 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-7e21-ad68-03caf7ec6921', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-15', 'OPERATING', '2026-11-15 16:00:00+00', '2026-11-16 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-7f3f-8299-ba3af84283e8', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-19', 'OPERATING', '2026-11-19 16:00:00+00', '2026-11-20 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-7f4e-ac82-fd554cf45579', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-05', 'OPERATING', '2026-11-05 16:00:00+00', '2026-11-06 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-a7c7-7fc3-9034-644276e7179b', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-11-30', 'OPERATING', '2026-11-30 16:00:00+00', '2026-12-01 03:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-7098-870f-475240eee148', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-28', 'OPERATING', '2026-11-28 13:00:00+00', '2026-11-29 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-70a5-a155-5d5bb6a4485e', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-18', 'OPERATING', '2026-11-18 13:00:00+00', '2026-11-19 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-70ca-957f-cea27ed7a1f8', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-29', 'OPERATING', '2026-11-29 13:00:00+00', '2026-11-30 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-70dd-b020-e1b61c640fb3', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-21', 'OPERATING', '2026-11-21 13:00:00+00', '2026-11-22 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-7158-b2d2-1d85a5263cd5', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-23', 'OPERATING', '2026-11-23 13:00:00+00', '2026-11-24 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-7186-8ae5-6d84cb7b3e68', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-13', 'OPERATING', '2026-11-13 13:00:00+00', '2026-11-14 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-7275-9c7a-3723ff8e43cf', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-09', 'OPERATING', '2026-11-09 13:00:00+00', '2026-11-10 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-73f8-b3d2-deedf2ff3ef1', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-27', 'OPERATING', '2026-11-27 13:00:00+00', '2026-11-28 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-744d-9121-83ac64903326', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-07', 'OPERATING', '2026-11-07 13:00:00+00', '2026-11-08 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-7471-b70e-7a131764b6fe', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-05', 'OPERATING', '2026-12-05 13:00:00+00', '2026-12-06 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-74eb-9c15-4a42c7c198cf', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-04', 'OPERATING', '2026-12-04 13:00:00+00', '2026-12-05 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-7535-802c-64c5212cbfc4', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-02', 'OPERATING', '2026-12-02 13:00:00+00', '2026-12-03 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-7554-92ee-8522202a4923', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-26', 'OPERATING', '2026-11-26 13:00:00+00', '2026-11-27 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-75f3-a10b-bc84e396c53e', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-19', 'OPERATING', '2026-11-19 13:00:00+00', '2026-11-20 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-7611-a1b3-d0c096d315a2', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-05', 'OPERATING', '2026-11-05 13:00:00+00', '2026-11-06 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-77ad-8f75-378405bb6679', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-15', 'OPERATING', '2026-11-15 13:00:00+00', '2026-11-16 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-79a1-a608-b931d0deb8fb', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-07', 'OPERATING', '2026-12-07 13:00:00+00', '2026-12-08 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-7a31-9edd-af478f951e9d', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-11', 'OPERATING', '2026-11-11 13:00:00+00', '2026-11-12 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-7b41-9eee-0d39acd8ebbe', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-20', 'OPERATING', '2026-11-20 13:00:00+00', '2026-11-21 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-7b6d-8244-7a6219eaa58e', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-06', 'OPERATING', '2026-12-06 13:00:00+00', '2026-12-07 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-7b76-88a9-7e27bc592e68', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-06', 'OPERATING', '2026-11-06 13:00:00+00', '2026-11-07 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-7bc6-8099-0a865aa28b63', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-22', 'OPERATING', '2026-11-22 13:00:00+00', '2026-11-23 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-7bdb-9d55-be7f45e358ba', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-10', 'OPERATING', '2026-11-10 13:00:00+00', '2026-11-11 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-7c37-8c9c-9d8dfabc8fcc', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-17', 'OPERATING', '2026-11-17 13:00:00+00', '2026-11-18 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-7c3e-8b25-eb3cb3fe07ce', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-24', 'OPERATING', '2026-11-24 13:00:00+00', '2026-11-25 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-7cbb-911b-cadd109ebd59', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-03', 'OPERATING', '2026-12-03 13:00:00+00', '2026-12-04 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-7d1a-b238-3769b7cb600b', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-30', 'OPERATING', '2026-11-30 13:00:00+00', '2026-12-01 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-7d31-8255-f8272c14ac0c', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-01', 'OPERATING', '2026-12-01 13:00:00+00', '2026-12-02 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-7d84-adb3-915a73b534f4', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-25', 'OPERATING', '2026-11-25 13:00:00+00', '2026-11-26 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-7dea-a1cf-0435c7fcd021', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-14', 'OPERATING', '2026-11-14 13:00:00+00', '2026-11-15 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-7eb5-a749-31aa95b36f97', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-12', 'OPERATING', '2026-11-12 13:00:00+00', '2026-11-13 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-7f0d-aa6b-7dd809b1dc23', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-08', 'OPERATING', '2026-11-08 13:00:00+00', '2026-11-09 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-c7fb-7f41-b959-14b358202a3b', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-11-16', 'OPERATING', '2026-11-16 13:00:00+00', '2026-11-17 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-7098-945c-a6bffb7fe42d', '01a24daf-0855-778f-951c-210639f619dd', '2026-11-22', 'OPERATING', '2026-11-22 18:00:00+00', '2026-11-23 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-71c5-9be0-68cb9dbc151c', '01a24daf-0855-778f-951c-210639f619dd', '2026-12-06', 'OPERATING', '2026-12-06 18:00:00+00', '2026-12-07 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-71fc-b33b-54d215625d98', '01a24daf-0855-778f-951c-210639f619dd', '2026-11-28', 'OPERATING', '2026-11-28 18:00:00+00', '2026-11-29 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-7237-9c5e-81bb1231c575', '01a24daf-0855-778f-951c-210639f619dd', '2026-12-02', 'OPERATING', '2026-12-02 18:00:00+00', '2026-12-03 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-724a-bf38-b7a4616dd2ce', '01a24daf-0855-778f-951c-210639f619dd', '2026-11-29', 'OPERATING', '2026-11-29 18:00:00+00', '2026-11-30 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-7486-a15f-c7d8652d6b5c', '01a24daf-0855-778f-951c-210639f619dd', '2026-11-06', 'OPERATING', '2026-11-06 18:00:00+00', '2026-11-07 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-74f8-8ee6-b3def9482dd8', '01a24daf-0855-778f-951c-210639f619dd', '2026-12-05', 'OPERATING', '2026-12-05 18:00:00+00', '2026-12-06 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-7538-8b8d-296a12096658', '01a24daf-0855-778f-951c-210639f619dd', '2026-11-18', 'OPERATING', '2026-11-18 18:00:00+00', '2026-11-19 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-756f-baec-51819ae7e8f9', '01a24daf-0855-778f-951c-210639f619dd', '2026-11-11', 'OPERATING', '2026-11-11 18:00:00+00', '2026-11-12 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-75a7-a653-39ceb8d31967', '01a24daf-0855-778f-951c-210639f619dd', '2026-11-19', 'OPERATING', '2026-11-19 18:00:00+00', '2026-11-20 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-75dc-8c4c-53de3d8efaf6', '01a24daf-0855-778f-951c-210639f619dd', '2026-11-08', 'OPERATING', '2026-11-08 18:00:00+00', '2026-11-09 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-75fe-90ba-7501d190ff53', '01a24daf-0855-778f-951c-210639f619dd', '2026-11-21', 'OPERATING', '2026-11-21 18:00:00+00', '2026-11-22 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-762d-bdc5-5eb317e2a10b', '01a24daf-0855-778f-951c-210639f619dd', '2026-11-26', 'OPERATING', '2026-11-26 18:00:00+00', '2026-11-27 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-768c-9b55-e85e6f0f52e5', '01a24daf-0855-778f-951c-210639f619dd', '2026-11-13', 'OPERATING', '2026-11-13 18:00:00+00', '2026-11-14 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-76b9-8336-2d5585a51d0b', '01a24daf-0855-778f-951c-210639f619dd', '2026-11-10', 'OPERATING', '2026-11-10 18:00:00+00', '2026-11-11 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-7744-961a-0204166163d2', '01a24daf-0855-778f-951c-210639f619dd', '2026-11-17', 'OPERATING', '2026-11-17 18:00:00+00', '2026-11-18 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-776d-88e7-99ef7cfdc9c1', '01a24daf-0855-778f-951c-210639f619dd', '2026-11-30', 'OPERATING', '2026-11-30 18:00:00+00', '2026-12-01 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-787a-bd6d-f7e33b05c608', '01a24daf-0855-778f-951c-210639f619dd', '2026-11-24', 'OPERATING', '2026-11-24 18:00:00+00', '2026-11-25 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-792f-b801-ed7ae2be269d', '01a24daf-0855-778f-951c-210639f619dd', '2026-11-25', 'OPERATING', '2026-11-25 18:00:00+00', '2026-11-26 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-79e8-b15f-c5bc2789cda3', '01a24daf-0855-778f-951c-210639f619dd', '2026-11-16', 'OPERATING', '2026-11-16 18:00:00+00', '2026-11-17 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-7a1e-9d16-6adb91e828de', '01a24daf-0855-778f-951c-210639f619dd', '2026-11-09', 'OPERATING', '2026-11-09 18:00:00+00', '2026-11-10 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-7a79-9ede-1e9328315862', '01a24daf-0855-778f-951c-210639f619dd', '2026-11-20', 'OPERATING', '2026-11-20 18:00:00+00', '2026-11-21 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-7b89-b619-e94b8e3a4828', '01a24daf-0855-778f-951c-210639f619dd', '2026-11-05', 'OPERATING', '2026-11-05 18:00:00+00', '2026-11-06 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-7bf4-99ab-fd6551cf9667', '01a24daf-0855-778f-951c-210639f619dd', '2026-11-07', 'OPERATING', '2026-11-07 18:00:00+00', '2026-11-08 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-7ca3-bcdd-203a62163227', '01a24daf-0855-778f-951c-210639f619dd', '2026-11-12', 'OPERATING', '2026-11-12 18:00:00+00', '2026-11-13 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-7d9f-820a-1c46e92b351c', '01a24daf-0855-778f-951c-210639f619dd', '2026-11-14', 'OPERATING', '2026-11-14 18:00:00+00', '2026-11-15 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-7da0-8782-cf86a57cbbc8', '01a24daf-0855-778f-951c-210639f619dd', '2026-11-15', 'OPERATING', '2026-11-15 18:00:00+00', '2026-11-16 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-7e0b-87c9-08a61408ad74', '01a24daf-0855-778f-951c-210639f619dd', '2026-12-03', 'OPERATING', '2026-12-03 18:00:00+00', '2026-12-04 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-7e2b-8672-7d785429a930', '01a24daf-0855-778f-951c-210639f619dd', '2026-11-27', 'OPERATING', '2026-11-27 18:00:00+00', '2026-11-28 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-7e5d-852e-167009491b03', '01a24daf-0855-778f-951c-210639f619dd', '2026-12-07', 'OPERATING', '2026-12-07 18:00:00+00', '2026-12-08 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-7ec2-9fa4-9e9f5e5c680d', '01a24daf-0855-778f-951c-210639f619dd', '2026-12-04', 'OPERATING', '2026-12-04 18:00:00+00', '2026-12-05 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-7ece-93ff-87049f585cc0', '01a24daf-0855-778f-951c-210639f619dd', '2026-11-23', 'OPERATING', '2026-11-23 18:00:00+00', '2026-11-24 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db0-ee27-7fcf-94f1-74c360907c31', '01a24daf-0855-778f-951c-210639f619dd', '2026-12-01', 'OPERATING', '2026-12-01 18:00:00+00', '2026-12-02 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-703a-91ee-c74ae7f89744', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-28', 'OPERATING', '2026-11-28 15:00:00+00', '2026-11-29 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-7045-a324-ad1d4090d2aa', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-26', 'OPERATING', '2026-11-26 15:00:00+00', '2026-11-27 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-70ac-9f30-d12d881bb63d', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-29', 'OPERATING', '2026-11-29 15:00:00+00', '2026-11-30 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-713f-8003-f5feb5697683', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-23', 'OPERATING', '2026-11-23 15:00:00+00', '2026-11-24 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-71cc-b1dd-94d7de8ffa62', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-18', 'OPERATING', '2026-11-18 15:00:00+00', '2026-11-19 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-71cf-a27b-65216a2e0d7c', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-05', 'OPERATING', '2026-12-05 15:00:00+00', '2026-12-06 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-7235-b1da-d535f261437f', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-08', 'OPERATING', '2026-11-08 15:00:00+00', '2026-11-09 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-726a-9a4c-3e0c1f4069ef', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-17', 'OPERATING', '2026-11-17 15:00:00+00', '2026-11-18 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-736a-be69-8e41797182a8', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-02', 'OPERATING', '2026-12-02 15:00:00+00', '2026-12-03 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-73e6-a615-e95947143d79', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-14', 'OPERATING', '2026-11-14 15:00:00+00', '2026-11-15 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-74c0-a222-837656d4eea9', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-27', 'OPERATING', '2026-11-27 15:00:00+00', '2026-11-28 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-7543-98b5-b67c97e11a88', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-04', 'OPERATING', '2026-12-04 15:00:00+00', '2026-12-05 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-7669-b2b3-ee8e258bfce1', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-19', 'OPERATING', '2026-11-19 15:00:00+00', '2026-11-20 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-76a7-a8a0-18b90188ead0', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-21', 'OPERATING', '2026-11-21 15:00:00+00', '2026-11-22 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-76aa-860c-89b5cb56f298', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-30', 'OPERATING', '2026-11-30 15:00:00+00', '2026-12-01 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-776b-be01-584c12b414ef', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-11', 'OPERATING', '2026-11-11 15:00:00+00', '2026-11-12 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-77f6-8bb1-0c958d369af0', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-03', 'OPERATING', '2026-12-03 15:00:00+00', '2026-12-04 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-7853-9f99-bd72f8a4a30a', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-07', 'OPERATING', '2026-12-07 15:00:00+00', '2026-12-08 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-7885-8cd6-ec7932178d8e', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-22', 'OPERATING', '2026-11-22 15:00:00+00', '2026-11-23 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-78a5-a513-bef19f37d0f9', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-01', 'OPERATING', '2026-12-01 15:00:00+00', '2026-12-02 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-78b1-815e-24ffec0c77ab', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-10', 'OPERATING', '2026-11-10 15:00:00+00', '2026-11-11 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-78bd-86ff-dbf3264dded7', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-06', 'OPERATING', '2026-11-06 15:00:00+00', '2026-11-07 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-78d6-a4c6-a065714986ce', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-20', 'OPERATING', '2026-11-20 15:00:00+00', '2026-11-21 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-78dd-a7b8-56216628db62', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-24', 'OPERATING', '2026-11-24 15:00:00+00', '2026-11-25 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-7932-8305-b989f84cfdef', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-07', 'OPERATING', '2026-11-07 15:00:00+00', '2026-11-08 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-794e-be2b-a887ca93d0ff', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-06', 'OPERATING', '2026-12-06 15:00:00+00', '2026-12-07 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-7971-9926-73145a7a96df', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-13', 'OPERATING', '2026-11-13 15:00:00+00', '2026-11-14 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-7a1a-a685-5d0f89407540', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-15', 'OPERATING', '2026-11-15 15:00:00+00', '2026-11-16 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-7bc1-a01d-7760b7e78033', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-25', 'OPERATING', '2026-11-25 15:00:00+00', '2026-11-26 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-7c30-b66a-6a24eac13afb', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-12', 'OPERATING', '2026-11-12 15:00:00+00', '2026-11-13 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-7e31-8390-1ee93e676f50', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-16', 'OPERATING', '2026-11-16 15:00:00+00', '2026-11-17 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-7eb7-b45f-7c31876dbdcb', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-05', 'OPERATING', '2026-11-05 15:00:00+00', '2026-11-06 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-21f3-7fe7-ba8f-5aa897cca22f', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-11-09', 'OPERATING', '2026-11-09 15:00:00+00', '2026-11-10 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484a-7655-90cd-807c661a4978', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-05', 'OPERATING', '2026-11-05 16:00:00+00', '2026-11-06 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-7029-808f-00ac117b4d25', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-21', 'OPERATING', '2026-11-21 16:00:00+00', '2026-11-22 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-7067-8b33-a4252b8df663', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-30', 'OPERATING', '2026-11-30 16:00:00+00', '2026-12-01 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-707b-8d1c-8856637606ba', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-28', 'OPERATING', '2026-11-28 16:00:00+00', '2026-11-29 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-722c-a092-7ff0845a70ff', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-12', 'OPERATING', '2026-11-12 16:00:00+00', '2026-11-13 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-7376-9f38-274ee920ddee', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-20', 'OPERATING', '2026-11-20 16:00:00+00', '2026-11-21 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-7463-862f-9068f0e2322a', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-23', 'OPERATING', '2026-11-23 16:00:00+00', '2026-11-24 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-7589-8b41-7c49885a58ad', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-27', 'OPERATING', '2026-11-27 16:00:00+00', '2026-11-28 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-7738-bf69-4931bd73f22f', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-19', 'OPERATING', '2026-11-19 16:00:00+00', '2026-11-20 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-7783-ae3a-3428121665c7', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-03', 'OPERATING', '2026-12-03 16:00:00+00', '2026-12-04 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-77c4-b540-0910de4057cf', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-15', 'OPERATING', '2026-11-15 16:00:00+00', '2026-11-16 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-77ca-868c-63478794c408', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-29', 'OPERATING', '2026-11-29 16:00:00+00', '2026-11-30 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-7862-b6e2-9286a371c016', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-01', 'OPERATING', '2026-12-01 16:00:00+00', '2026-12-02 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-7965-b8ca-a6cfeb037e81', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-13', 'OPERATING', '2026-11-13 16:00:00+00', '2026-11-14 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-79ef-b09c-3dc273bc5397', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-06', 'OPERATING', '2026-11-06 16:00:00+00', '2026-11-07 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-7a04-a184-3e295b4795df', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-25', 'OPERATING', '2026-11-25 16:00:00+00', '2026-11-26 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-7a72-a5db-f636905962b5', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-02', 'OPERATING', '2026-12-02 16:00:00+00', '2026-12-03 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-7b4d-bdc6-f0794beb5ce5', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-22', 'OPERATING', '2026-11-22 16:00:00+00', '2026-11-23 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-7b88-814e-7289bdb812e1', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-08', 'OPERATING', '2026-11-08 16:00:00+00', '2026-11-09 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-7c91-a6ce-e1bb1f311f8d', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-16', 'OPERATING', '2026-11-16 16:00:00+00', '2026-11-17 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-7cae-bdee-36ac6f744791', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-14', 'OPERATING', '2026-11-14 16:00:00+00', '2026-11-15 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-7cb4-bf39-fcbc89cb404b', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-04', 'OPERATING', '2026-12-04 16:00:00+00', '2026-12-05 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-7d2d-9c97-359eec9ff8b3', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-07', 'OPERATING', '2026-11-07 16:00:00+00', '2026-11-08 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-7dc7-9a19-cd37a17a8958', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-10', 'OPERATING', '2026-11-10 16:00:00+00', '2026-11-11 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-7dcd-9221-40d98a9bec4c', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-26', 'OPERATING', '2026-11-26 16:00:00+00', '2026-11-27 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-7eb9-b43d-aaa6cf8a1c97', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-17', 'OPERATING', '2026-11-17 16:00:00+00', '2026-11-18 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-7ec4-bd6f-339cd48408d7', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-24', 'OPERATING', '2026-11-24 16:00:00+00', '2026-11-25 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-7f15-843a-017772a9441c', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-09', 'OPERATING', '2026-11-09 16:00:00+00', '2026-11-10 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-7f89-935c-65429fa5edd2', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-11', 'OPERATING', '2026-11-11 16:00:00+00', '2026-11-12 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-484b-7fb0-8d7a-3a771c5c4d7e', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-11-18', 'OPERATING', '2026-11-18 16:00:00+00', '2026-11-19 04:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-7027-b825-943c66e841ef', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-09', 'OPERATING', '2026-11-09 15:00:00+00', '2026-11-10 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-7028-aa4f-3c66a5cc798f', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-26', 'OPERATING', '2026-11-26 15:00:00+00', '2026-11-27 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-7079-901f-cc5e6122d390', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-16', 'OPERATING', '2026-11-16 15:00:00+00', '2026-11-17 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-7094-b4f4-18725044cb4a', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-04', 'OPERATING', '2026-12-04 15:00:00+00', '2026-12-05 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-714b-a9ae-c0cca2d1cbd5', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-08', 'OPERATING', '2026-11-08 15:00:00+00', '2026-11-09 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-720f-a86a-240ff5ad95db', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-29', 'OPERATING', '2026-11-29 15:00:00+00', '2026-11-30 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-72a2-a5e6-ca490aba8ea4', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-15', 'OPERATING', '2026-11-15 15:00:00+00', '2026-11-16 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-72e0-be1e-63b482f321e1', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-22', 'OPERATING', '2026-11-22 15:00:00+00', '2026-11-23 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-73cc-a572-e7aeb310f8e9', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-24', 'OPERATING', '2026-11-24 15:00:00+00', '2026-11-25 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-7444-be64-9073d8084e84', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-14', 'OPERATING', '2026-11-14 15:00:00+00', '2026-11-15 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-746f-9131-0111363bee84', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-07', 'OPERATING', '2026-11-07 15:00:00+00', '2026-11-08 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-7484-b4bd-3a429ccec44b', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-20', 'OPERATING', '2026-11-20 15:00:00+00', '2026-11-21 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-7577-8d73-9656c65ed153', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-19', 'OPERATING', '2026-11-19 15:00:00+00', '2026-11-20 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-758c-bd99-5cc3747c27dd', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-18', 'OPERATING', '2026-11-18 15:00:00+00', '2026-11-19 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-768b-a756-5252de649794', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-27', 'OPERATING', '2026-11-27 15:00:00+00', '2026-11-28 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-7744-ae4b-06545fa74294', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-10', 'OPERATING', '2026-11-10 15:00:00+00', '2026-11-11 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-7772-90dd-0e0eab6ba85c', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-03', 'OPERATING', '2026-12-03 15:00:00+00', '2026-12-04 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-77ca-9d45-b3ce973e3a19', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-17', 'OPERATING', '2026-11-17 15:00:00+00', '2026-11-18 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-786e-a138-0253f701dba8', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-12', 'OPERATING', '2026-11-12 15:00:00+00', '2026-11-13 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-7921-830b-903e641dc1b4', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-25', 'OPERATING', '2026-11-25 15:00:00+00', '2026-11-26 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-7952-b169-49c63aee5107', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-13', 'OPERATING', '2026-11-13 15:00:00+00', '2026-11-14 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-7a0a-b283-dafcc1fb2ff5', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-11', 'OPERATING', '2026-11-11 15:00:00+00', '2026-11-12 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-7a2e-b16a-2712e3408928', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-06', 'OPERATING', '2026-11-06 15:00:00+00', '2026-11-07 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-7c5f-8215-4c9fb80dfab3', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-30', 'OPERATING', '2026-11-30 15:00:00+00', '2026-12-01 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-7c66-9c65-b3077ac3e0d3', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-28', 'OPERATING', '2026-11-28 15:00:00+00', '2026-11-29 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-7c7c-94d8-12a8505463d6', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-23', 'OPERATING', '2026-11-23 15:00:00+00', '2026-11-24 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-7d4a-8b16-480883e9ef18', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-21', 'OPERATING', '2026-11-21 15:00:00+00', '2026-11-22 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-7e07-aafc-bbffe87c6acb', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-01', 'OPERATING', '2026-12-01 15:00:00+00', '2026-12-02 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-7fe3-8f2d-87eebf2c3569', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-02', 'OPERATING', '2026-12-02 15:00:00+00', '2026-12-03 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-73bc-7ff6-8f14-3c50ff4fecc0', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-11-05', 'OPERATING', '2026-11-05 15:00:00+00', '2026-11-06 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-71ca-8a7c-16b0bdf943bf', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-08', 'OPERATING', '2026-11-08 16:00:00+00', '2026-11-09 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-7247-8272-652f4f3b76c4', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-15', 'OPERATING', '2026-11-15 16:00:00+00', '2026-11-16 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-7257-be73-81162678dbca', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-12', 'OPERATING', '2026-11-12 16:00:00+00', '2026-11-13 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-727e-ac45-ba8b2c1e25b0', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-02', 'OPERATING', '2026-12-02 16:00:00+00', '2026-12-03 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-733c-b045-35990e6054fd', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-27', 'OPERATING', '2026-11-27 16:00:00+00', '2026-11-28 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-7347-8d89-7b9ad912ce6e', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-21', 'OPERATING', '2026-11-21 16:00:00+00', '2026-11-22 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-7381-9cc8-9a46314e6f6d', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-25', 'OPERATING', '2026-11-25 16:00:00+00', '2026-11-26 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-739a-be51-b76362a3d21c', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-03', 'OPERATING', '2026-12-03 16:00:00+00', '2026-12-04 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-73e9-aace-4d7d93fa0c2b', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-20', 'OPERATING', '2026-11-20 16:00:00+00', '2026-11-21 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-74b5-b1a7-ac925ad48ba8', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-11', 'OPERATING', '2026-11-11 16:00:00+00', '2026-11-12 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-7558-9708-5551e4e059bb', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-24', 'OPERATING', '2026-11-24 16:00:00+00', '2026-11-25 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-761c-adfc-e2f260b9c441', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-23', 'OPERATING', '2026-11-23 16:00:00+00', '2026-11-24 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-7631-9566-dc3eae4307d9', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-01', 'OPERATING', '2026-12-01 16:00:00+00', '2026-12-02 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-769a-9a56-eb13abb2c573', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-07', 'OPERATING', '2026-11-07 16:00:00+00', '2026-11-08 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-77ae-92f0-06b9422c4cae', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-09', 'OPERATING', '2026-11-09 16:00:00+00', '2026-11-10 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-77b2-917b-90b905fd656b', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-14', 'OPERATING', '2026-11-14 16:00:00+00', '2026-11-15 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-7812-b271-b585b83b8c8a', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-26', 'OPERATING', '2026-11-26 16:00:00+00', '2026-11-27 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-78a0-9cb1-26f849148711', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-04', 'OPERATING', '2026-12-04 16:00:00+00', '2026-12-05 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-7915-bf0b-47685673a4d8', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-19', 'OPERATING', '2026-11-19 16:00:00+00', '2026-11-20 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-79ce-81eb-f40aadb10158', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-18', 'OPERATING', '2026-11-18 16:00:00+00', '2026-11-19 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-7b68-a8aa-93f60f1e2fad', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-30', 'OPERATING', '2026-11-30 16:00:00+00', '2026-12-01 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-7b72-8181-500ae351945f', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-13', 'OPERATING', '2026-11-13 16:00:00+00', '2026-11-14 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-7b7d-9e74-e81692dc1485', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-22', 'OPERATING', '2026-11-22 16:00:00+00', '2026-11-23 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-7c88-9630-58b579a74c87', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-16', 'OPERATING', '2026-11-16 16:00:00+00', '2026-11-17 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-7c93-a9a1-9c856da33e93', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-28', 'OPERATING', '2026-11-28 16:00:00+00', '2026-11-29 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-7cc9-9516-0566f20e66cb', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-05', 'OPERATING', '2026-11-05 16:00:00+00', '2026-11-06 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-7e7b-aef7-a8eef60b1b11', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-06', 'OPERATING', '2026-11-06 16:00:00+00', '2026-11-07 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-7f81-9535-1ef68385cc4f', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-17', 'OPERATING', '2026-11-17 16:00:00+00', '2026-11-18 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-7f9a-8eba-f98fecf67b87', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-10', 'OPERATING', '2026-11-10 16:00:00+00', '2026-11-11 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-abcd-7fb0-87b5-ee775685dc47', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-11-29', 'OPERATING', '2026-11-29 16:00:00+00', '2026-11-30 06:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-70c4-8d61-8a8d7e9e08ac', '01a24daf-0863-7030-9288-2c456482e125', '2026-11-07', 'OPERATING', '2026-11-07 14:00:00+00', '2026-11-08 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-7137-babf-128ed033dd1c', '01a24daf-0863-7030-9288-2c456482e125', '2026-11-08', 'OPERATING', '2026-11-08 14:00:00+00', '2026-11-09 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-721f-9c8e-ab520987b60d', '01a24daf-0863-7030-9288-2c456482e125', '2026-12-01', 'OPERATING', '2026-12-01 14:00:00+00', '2026-12-02 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-7221-b2de-6e3e3ac615d5', '01a24daf-0863-7030-9288-2c456482e125', '2026-11-19', 'OPERATING', '2026-11-19 14:00:00+00', '2026-11-20 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-722b-b9b4-ad7e73467078', '01a24daf-0863-7030-9288-2c456482e125', '2026-11-09', 'OPERATING', '2026-11-09 14:00:00+00', '2026-11-10 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-723b-8c2c-1011d305bd5b', '01a24daf-0863-7030-9288-2c456482e125', '2026-12-05', 'OPERATING', '2026-12-05 14:00:00+00', '2026-12-06 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-72a5-b0c8-a05c89a3d33b', '01a24daf-0863-7030-9288-2c456482e125', '2026-11-20', 'OPERATING', '2026-11-20 14:00:00+00', '2026-11-21 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-7374-b718-c5bcd882311f', '01a24daf-0863-7030-9288-2c456482e125', '2026-12-02', 'OPERATING', '2026-12-02 14:00:00+00', '2026-12-03 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-7437-9ae0-c56690533c19', '01a24daf-0863-7030-9288-2c456482e125', '2026-12-03', 'OPERATING', '2026-12-03 14:00:00+00', '2026-12-04 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-744d-8a97-c495c2ef70e1', '01a24daf-0863-7030-9288-2c456482e125', '2026-11-18', 'OPERATING', '2026-11-18 14:00:00+00', '2026-11-19 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-746e-beda-b5b646aa2640', '01a24daf-0863-7030-9288-2c456482e125', '2026-11-17', 'OPERATING', '2026-11-17 14:00:00+00', '2026-11-18 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-7520-8146-d680ab260bb1', '01a24daf-0863-7030-9288-2c456482e125', '2026-11-12', 'OPERATING', '2026-11-12 14:00:00+00', '2026-11-13 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-754c-aa8c-d10dce48dc58', '01a24daf-0863-7030-9288-2c456482e125', '2026-11-14', 'OPERATING', '2026-11-14 14:00:00+00', '2026-11-15 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-76bb-b0a3-26174bcdca00', '01a24daf-0863-7030-9288-2c456482e125', '2026-11-21', 'OPERATING', '2026-11-21 14:00:00+00', '2026-11-22 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-7725-b510-8e13d3abca53', '01a24daf-0863-7030-9288-2c456482e125', '2026-11-23', 'OPERATING', '2026-11-23 14:00:00+00', '2026-11-24 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-7738-a559-8f753681da81', '01a24daf-0863-7030-9288-2c456482e125', '2026-11-10', 'OPERATING', '2026-11-10 14:00:00+00', '2026-11-11 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-778e-ace2-38509096efb4', '01a24daf-0863-7030-9288-2c456482e125', '2026-11-11', 'OPERATING', '2026-11-11 14:00:00+00', '2026-11-12 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-77fe-a6b5-518fb7af934e', '01a24daf-0863-7030-9288-2c456482e125', '2026-11-24', 'OPERATING', '2026-11-24 14:00:00+00', '2026-11-25 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-7936-a416-d987330b276a', '01a24daf-0863-7030-9288-2c456482e125', '2026-11-28', 'OPERATING', '2026-11-28 14:00:00+00', '2026-11-29 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-79b4-8e4f-5879645da9a2', '01a24daf-0863-7030-9288-2c456482e125', '2026-11-29', 'OPERATING', '2026-11-29 14:00:00+00', '2026-11-30 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-7a1e-ab19-be803ad1e5af', '01a24daf-0863-7030-9288-2c456482e125', '2026-11-22', 'OPERATING', '2026-11-22 14:00:00+00', '2026-11-23 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-7b1c-9b2f-2fdb805f82ad', '01a24daf-0863-7030-9288-2c456482e125', '2026-12-06', 'OPERATING', '2026-12-06 14:00:00+00', '2026-12-07 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-7bb9-bdb9-12521d61be65', '01a24daf-0863-7030-9288-2c456482e125', '2026-11-30', 'OPERATING', '2026-11-30 14:00:00+00', '2026-12-01 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-7c63-93fe-9d4269169dec', '01a24daf-0863-7030-9288-2c456482e125', '2026-11-26', 'OPERATING', '2026-11-26 14:00:00+00', '2026-11-27 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-7c99-b932-cd1b9be58286', '01a24daf-0863-7030-9288-2c456482e125', '2026-11-16', 'OPERATING', '2026-11-16 14:00:00+00', '2026-11-17 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-7ca5-af69-fd5e13b79de9', '01a24daf-0863-7030-9288-2c456482e125', '2026-11-13', 'OPERATING', '2026-11-13 14:00:00+00', '2026-11-14 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-7cba-97aa-24936f9bfa60', '01a24daf-0863-7030-9288-2c456482e125', '2026-12-04', 'OPERATING', '2026-12-04 14:00:00+00', '2026-12-05 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-7cf3-ba0d-0730b03ce6ad', '01a24daf-0863-7030-9288-2c456482e125', '2026-11-06', 'OPERATING', '2026-11-06 14:00:00+00', '2026-11-07 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-7d77-83ff-496c08fddd22', '01a24daf-0863-7030-9288-2c456482e125', '2026-12-07', 'OPERATING', '2026-12-07 14:00:00+00', '2026-12-08 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-7dad-b203-12c4ecd12beb', '01a24daf-0863-7030-9288-2c456482e125', '2026-11-25', 'OPERATING', '2026-11-25 14:00:00+00', '2026-11-26 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-7e9e-bb9f-44351df7d973', '01a24daf-0863-7030-9288-2c456482e125', '2026-11-05', 'OPERATING', '2026-11-05 14:00:00+00', '2026-11-06 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-7efe-bd37-237c691e6d8e', '01a24daf-0863-7030-9288-2c456482e125', '2026-11-27', 'OPERATING', '2026-11-27 14:00:00+00', '2026-11-28 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db1-de42-7fbd-b9f4-ed7e895c27c2', '01a24daf-0863-7030-9288-2c456482e125', '2026-11-15', 'OPERATING', '2026-11-15 14:00:00+00', '2026-11-16 01:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-7085-a09f-4a6f2c24be6b', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-03', 'OPERATING', '2026-12-03 16:00:00+00', '2026-12-04 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-709f-9a3d-661e3e646042', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-14', 'OPERATING', '2026-11-14 16:00:00+00', '2026-11-15 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-70cb-a8c7-78d003734c31', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-10', 'OPERATING', '2026-11-10 16:00:00+00', '2026-11-11 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-71eb-8eca-065bca1987ec', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-08', 'OPERATING', '2026-11-08 16:00:00+00', '2026-11-09 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-71fd-bef9-8227a63f2b5e', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-07', 'OPERATING', '2026-12-07 16:00:00+00', '2026-12-08 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-7219-a9ea-0d687c0efb9a', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-26', 'OPERATING', '2026-11-26 16:00:00+00', '2026-11-27 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-7264-9fb1-490ebf2ee191', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-07', 'OPERATING', '2026-11-07 16:00:00+00', '2026-11-08 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-72d2-82f0-b98603c396a6', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-15', 'OPERATING', '2026-11-15 16:00:00+00', '2026-11-16 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-72f3-a193-69d9793e33b7', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-13', 'OPERATING', '2026-11-13 16:00:00+00', '2026-11-14 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-7318-853b-e0140a91396b', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-09', 'OPERATING', '2026-11-09 16:00:00+00', '2026-11-10 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-73cd-8b9e-d2b38d442974', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-16', 'OPERATING', '2026-11-16 16:00:00+00', '2026-11-17 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-73ee-937d-20ce63159c1b', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-23', 'OPERATING', '2026-11-23 16:00:00+00', '2026-11-24 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-7426-98b0-64b7e24ab06b', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-11', 'OPERATING', '2026-11-11 16:00:00+00', '2026-11-12 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-744b-9e95-dd0348ae783c', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-29', 'OPERATING', '2026-11-29 16:00:00+00', '2026-11-30 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-74c5-a089-29005ae1cfaf', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-22', 'OPERATING', '2026-11-22 16:00:00+00', '2026-11-23 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-751f-a4ec-4d2f1d39e081', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-18', 'OPERATING', '2026-11-18 16:00:00+00', '2026-11-19 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-7522-9cfe-ee63441d9741', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-17', 'OPERATING', '2026-11-17 16:00:00+00', '2026-11-18 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-75b5-9ece-c5b3668f0e1a', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-27', 'OPERATING', '2026-11-27 16:00:00+00', '2026-11-28 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-75dc-abae-9dce11c7bab4', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-06', 'OPERATING', '2026-12-06 16:00:00+00', '2026-12-07 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-7630-9729-8e2082f314f7', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-19', 'OPERATING', '2026-11-19 16:00:00+00', '2026-11-20 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-7646-92f8-2e0ac50fcdcd', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-02', 'OPERATING', '2026-12-02 16:00:00+00', '2026-12-03 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-7886-b1a8-dc44b8dfcbb1', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-25', 'OPERATING', '2026-11-25 16:00:00+00', '2026-11-26 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-78dc-86cd-414ece12b06d', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-30', 'OPERATING', '2026-11-30 16:00:00+00', '2026-12-01 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-792e-ab34-90bdfddbc9e0', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-12', 'OPERATING', '2026-11-12 16:00:00+00', '2026-11-13 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-7988-ab97-0d71c51d233b', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-28', 'OPERATING', '2026-11-28 16:00:00+00', '2026-11-29 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-7b91-a5b2-cbfb41389a45', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-06', 'OPERATING', '2026-11-06 16:00:00+00', '2026-11-07 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-7be6-b85f-b0f637774065', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-05', 'OPERATING', '2026-11-05 16:00:00+00', '2026-11-06 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-7c85-b47c-1c89b7889f29', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-20', 'OPERATING', '2026-11-20 16:00:00+00', '2026-11-21 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-7ce7-8f09-541100f05aa0', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-01', 'OPERATING', '2026-12-01 16:00:00+00', '2026-12-02 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-7cf1-be40-5c950cffbc11', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-05', 'OPERATING', '2026-12-05 16:00:00+00', '2026-12-06 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-7f0d-9a5e-683c04484bfd', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-04', 'OPERATING', '2026-12-04 16:00:00+00', '2026-12-05 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-7fc7-879d-28d69f14d210', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-21', 'OPERATING', '2026-11-21 16:00:00+00', '2026-11-22 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-023b-7fdd-8bc8-b517f1939da1', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-11-24', 'OPERATING', '2026-11-24 16:00:00+00', '2026-11-25 05:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-7002-b2dc-dd904e005cb4', '01a24daf-0856-785d-89a1-d0584708abca', '2026-11-05', 'OPERATING', '2026-11-05 15:00:00+00', '2026-11-06 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-7176-972b-afaa1caef55f', '01a24daf-0856-785d-89a1-d0584708abca', '2026-11-30', 'OPERATING', '2026-11-30 15:00:00+00', '2026-12-01 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-71b2-92ba-314dfba725c1', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-04', 'OPERATING', '2026-12-04 15:00:00+00', '2026-12-05 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-723f-8ee2-f6839e5b4b21', '01a24daf-0856-785d-89a1-d0584708abca', '2026-11-25', 'OPERATING', '2026-11-25 15:00:00+00', '2026-11-26 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-7313-8700-d627c416bc85', '01a24daf-0856-785d-89a1-d0584708abca', '2026-11-18', 'OPERATING', '2026-11-18 15:00:00+00', '2026-11-19 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-73f9-a374-5e5c4f589e7b', '01a24daf-0856-785d-89a1-d0584708abca', '2026-11-15', 'OPERATING', '2026-11-15 15:00:00+00', '2026-11-16 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-7420-aa58-25a00dc4c6c2', '01a24daf-0856-785d-89a1-d0584708abca', '2026-11-08', 'OPERATING', '2026-11-08 15:00:00+00', '2026-11-09 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-74cd-bb70-32b8fb0605ed', '01a24daf-0856-785d-89a1-d0584708abca', '2026-11-10', 'OPERATING', '2026-11-10 15:00:00+00', '2026-11-11 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-7517-b0da-fc527abb28ca', '01a24daf-0856-785d-89a1-d0584708abca', '2026-11-20', 'OPERATING', '2026-11-20 15:00:00+00', '2026-11-21 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-760b-9885-0fc0d749c767', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-01', 'OPERATING', '2026-12-01 15:00:00+00', '2026-12-02 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-7712-a0c9-4376366483a2', '01a24daf-0856-785d-89a1-d0584708abca', '2026-11-13', 'OPERATING', '2026-11-13 15:00:00+00', '2026-11-14 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-77a8-b6a2-bb48d5f0def6', '01a24daf-0856-785d-89a1-d0584708abca', '2026-11-11', 'OPERATING', '2026-11-11 15:00:00+00', '2026-11-12 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-77dd-84b0-16626394205d', '01a24daf-0856-785d-89a1-d0584708abca', '2026-11-26', 'OPERATING', '2026-11-26 15:00:00+00', '2026-11-27 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-77e8-80d8-7b0154843e43', '01a24daf-0856-785d-89a1-d0584708abca', '2026-11-28', 'OPERATING', '2026-11-28 15:00:00+00', '2026-11-29 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-7938-9711-a00470cbabca', '01a24daf-0856-785d-89a1-d0584708abca', '2026-11-21', 'OPERATING', '2026-11-21 15:00:00+00', '2026-11-22 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-79f9-9587-ab72f2cf0aed', '01a24daf-0856-785d-89a1-d0584708abca', '2026-11-17', 'OPERATING', '2026-11-17 15:00:00+00', '2026-11-18 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-7a0d-99e6-d62feca1cfd7', '01a24daf-0856-785d-89a1-d0584708abca', '2026-11-27', 'OPERATING', '2026-11-27 15:00:00+00', '2026-11-28 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-7ae0-bdc7-587203ea8dce', '01a24daf-0856-785d-89a1-d0584708abca', '2026-11-09', 'OPERATING', '2026-11-09 15:00:00+00', '2026-11-10 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-7b49-8931-a80c448f4a2e', '01a24daf-0856-785d-89a1-d0584708abca', '2026-11-12', 'OPERATING', '2026-11-12 15:00:00+00', '2026-11-13 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-7b97-9600-842077dcca02', '01a24daf-0856-785d-89a1-d0584708abca', '2026-11-07', 'OPERATING', '2026-11-07 15:00:00+00', '2026-11-08 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-7be1-94bf-5fa0aacdcf08', '01a24daf-0856-785d-89a1-d0584708abca', '2026-11-06', 'OPERATING', '2026-11-06 15:00:00+00', '2026-11-07 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-7c08-808b-701b5b991fdb', '01a24daf-0856-785d-89a1-d0584708abca', '2026-11-24', 'OPERATING', '2026-11-24 15:00:00+00', '2026-11-25 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-7c0d-ad91-ecd37c071cfa', '01a24daf-0856-785d-89a1-d0584708abca', '2026-11-16', 'OPERATING', '2026-11-16 15:00:00+00', '2026-11-17 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-7c5e-a928-2ba515424536', '01a24daf-0856-785d-89a1-d0584708abca', '2026-11-14', 'OPERATING', '2026-11-14 15:00:00+00', '2026-11-15 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-7cf1-966d-0f0bebb43afe', '01a24daf-0856-785d-89a1-d0584708abca', '2026-11-23', 'OPERATING', '2026-11-23 15:00:00+00', '2026-11-24 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-7da6-bd13-560e00cfd15e', '01a24daf-0856-785d-89a1-d0584708abca', '2026-11-19', 'OPERATING', '2026-11-19 15:00:00+00', '2026-11-20 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-7e79-8c68-d604ee4a127d', '01a24daf-0856-785d-89a1-d0584708abca', '2026-11-22', 'OPERATING', '2026-11-22 15:00:00+00', '2026-11-23 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-7e8b-a510-974ef83d74e3', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-03', 'OPERATING', '2026-12-03 15:00:00+00', '2026-12-04 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-7f3e-9c6a-9d37a958d7e5', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-02', 'OPERATING', '2026-12-02 15:00:00+00', '2026-12-03 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-2f2b-7fe3-9b4d-2c155d311d7a', '01a24daf-0856-785d-89a1-d0584708abca', '2026-11-29', 'OPERATING', '2026-11-29 15:00:00+00', '2026-11-30 02:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-711c-9904-abb006ac859c', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-06', 'OPERATING', '2026-11-06 16:00:00+00', '2026-11-07 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-7174-8fdd-ab30375a9534', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-23', 'OPERATING', '2026-11-23 16:00:00+00', '2026-11-24 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-7247-80e9-036910bbf25e', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-07', 'OPERATING', '2026-12-07 16:00:00+00', '2026-12-08 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-735a-8cff-58a5dd35ceea', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-03', 'OPERATING', '2026-12-03 16:00:00+00', '2026-12-04 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-738a-9e22-d0ed80075c05', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-09', 'OPERATING', '2026-11-09 16:00:00+00', '2026-11-10 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-7451-892a-5d143e544627', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-04', 'OPERATING', '2026-12-04 16:00:00+00', '2026-12-05 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-7663-b5a7-493ee65e07dd', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-22', 'OPERATING', '2026-11-22 16:00:00+00', '2026-11-23 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-7740-88bb-855ce80672d3', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-19', 'OPERATING', '2026-11-19 16:00:00+00', '2026-11-20 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-7764-898d-4391a6e0a9db', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-28', 'OPERATING', '2026-11-28 16:00:00+00', '2026-11-29 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-7781-ba10-585780e7b91c', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-27', 'OPERATING', '2026-11-27 16:00:00+00', '2026-11-28 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-7797-b9af-21ecccec3ec7', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-14', 'OPERATING', '2026-11-14 16:00:00+00', '2026-11-15 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-77e1-9c4c-365bd1875881', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-25', 'OPERATING', '2026-11-25 16:00:00+00', '2026-11-26 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-77f5-b813-3afafe35052a', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-24', 'OPERATING', '2026-11-24 16:00:00+00', '2026-11-25 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-7821-ae55-6f5dbcf9566a', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-12', 'OPERATING', '2026-11-12 16:00:00+00', '2026-11-13 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-7860-8b95-491cd272ef7c', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-30', 'OPERATING', '2026-11-30 16:00:00+00', '2026-12-01 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-7915-98d2-8c62b109addd', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-08', 'OPERATING', '2026-11-08 16:00:00+00', '2026-11-09 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-793c-a1bf-c6fa9d464dc5', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-17', 'OPERATING', '2026-11-17 16:00:00+00', '2026-11-18 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-7941-81ec-e7a00c32dcc6', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-10', 'OPERATING', '2026-11-10 16:00:00+00', '2026-11-11 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-79b8-8650-e2f361951b9c', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-13', 'OPERATING', '2026-11-13 16:00:00+00', '2026-11-14 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-7a27-91f9-0c9c4cc29776', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-16', 'OPERATING', '2026-11-16 16:00:00+00', '2026-11-17 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-7b17-ac82-f8514ce4ed26', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-26', 'OPERATING', '2026-11-26 16:00:00+00', '2026-11-27 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-7b70-a911-0604310e1318', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-06', 'OPERATING', '2026-12-06 16:00:00+00', '2026-12-07 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-7ccd-b351-816537c73e1b', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-02', 'OPERATING', '2026-12-02 16:00:00+00', '2026-12-03 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-7d03-b098-143632adedc6', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-11', 'OPERATING', '2026-11-11 16:00:00+00', '2026-11-12 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-7d07-877d-8ed6c7aa30c0', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-29', 'OPERATING', '2026-11-29 16:00:00+00', '2026-11-30 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-7d4f-b910-59ba71d7bdfd', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-05', 'OPERATING', '2026-12-05 16:00:00+00', '2026-12-06 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-7d73-b8ce-4e82248fba85', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-01', 'OPERATING', '2026-12-01 16:00:00+00', '2026-12-02 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-7db3-86ab-1db55fe51adb', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-21', 'OPERATING', '2026-11-21 16:00:00+00', '2026-11-22 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-7dd5-9be5-1ef1759f3f6c', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-15', 'OPERATING', '2026-11-15 16:00:00+00', '2026-11-16 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-7e3f-9c57-0a446854cac9', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-07', 'OPERATING', '2026-11-07 16:00:00+00', '2026-11-08 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-7e4c-a0d9-08ab1340fe69', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-18', 'OPERATING', '2026-11-18 16:00:00+00', '2026-11-19 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-7ec3-9db4-ed0c4b5cc707', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-20', 'OPERATING', '2026-11-20 16:00:00+00', '2026-11-21 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-5a0c-7fe5-8d66-3b3ba4135552', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-11-05', 'OPERATING', '2026-11-05 16:00:00+00', '2026-11-06 00:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-7005-8b7a-d22a51bf8132', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-20', 'OPERATING', '2026-11-20 15:00:00+00', '2026-11-20 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-7051-8d28-24f5444cbdf4', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-13', 'OPERATING', '2026-11-13 15:00:00+00', '2026-11-13 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-70ad-b598-dc5e89209239', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-28', 'OPERATING', '2026-11-28 15:00:00+00', '2026-11-28 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-7193-bbf9-6b9c05c01498', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-03', 'OPERATING', '2026-12-03 15:00:00+00', '2026-12-03 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-71f4-9556-95b2b7e163da', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-09', 'OPERATING', '2026-11-09 15:00:00+00', '2026-11-09 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-72cd-88bd-bf6960e0c771', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-23', 'OPERATING', '2026-11-23 15:00:00+00', '2026-11-23 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-739b-9710-dde580673b65', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-16', 'OPERATING', '2026-11-16 15:00:00+00', '2026-11-16 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-73ea-8cce-e4718443e925', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-19', 'OPERATING', '2026-11-19 15:00:00+00', '2026-11-19 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-746c-951a-ac10d26695af', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-12', 'OPERATING', '2026-11-12 15:00:00+00', '2026-11-12 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-74cd-b6d1-d3d93a54b74b', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-26', 'OPERATING', '2026-11-26 15:00:00+00', '2026-11-26 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-75de-8429-33162ab9a5f2', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-07', 'OPERATING', '2026-11-07 15:00:00+00', '2026-11-07 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-75f8-a8c1-f9654667e00f', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-22', 'OPERATING', '2026-11-22 15:00:00+00', '2026-11-22 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-760a-b624-70579f58acee', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-21', 'OPERATING', '2026-11-21 15:00:00+00', '2026-11-21 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-76f2-b75b-d5fa232cf496', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-06', 'OPERATING', '2026-11-06 15:00:00+00', '2026-11-06 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-77d4-95fd-f38574dca527', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-29', 'OPERATING', '2026-11-29 15:00:00+00', '2026-11-29 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-7936-a3c1-e9268f6d0fcc', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-02', 'OPERATING', '2026-12-02 15:00:00+00', '2026-12-02 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-797f-a45d-0a4c75f52339', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-17', 'OPERATING', '2026-11-17 15:00:00+00', '2026-11-17 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-7a3f-b505-e88774871c8c', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-14', 'OPERATING', '2026-11-14 15:00:00+00', '2026-11-14 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-7a5f-87a6-a3586f84fc16', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-05', 'OPERATING', '2026-11-05 15:00:00+00', '2026-11-05 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-7bfe-a44c-bb2e10c40353', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-11', 'OPERATING', '2026-11-11 15:00:00+00', '2026-11-11 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-7c1e-858c-17f36609a54b', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-24', 'OPERATING', '2026-11-24 15:00:00+00', '2026-11-24 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-7ced-8bdf-478eace6788d', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-25', 'OPERATING', '2026-11-25 15:00:00+00', '2026-11-25 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-7d2e-82ef-a5741b4c0f7c', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-01', 'OPERATING', '2026-12-01 15:00:00+00', '2026-12-01 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-7d8f-99f4-32c88e8f2f7d', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-15', 'OPERATING', '2026-11-15 15:00:00+00', '2026-11-15 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-7dd0-9205-a683002339a3', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-10', 'OPERATING', '2026-11-10 15:00:00+00', '2026-11-10 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-7e47-9f90-ffa5c96cb0d2', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-18', 'OPERATING', '2026-11-18 15:00:00+00', '2026-11-18 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-7e84-8f07-046c23a765dc', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-30', 'OPERATING', '2026-11-30 15:00:00+00', '2026-11-30 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-7f3b-a31e-141a2773b338', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-08', 'OPERATING', '2026-11-08 15:00:00+00', '2026-11-08 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-7fab-b5b8-f6bde9e74d35', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-11-27', 'OPERATING', '2026-11-27 15:00:00+00', '2026-11-27 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-7f0f-7fba-b18b-fc0d350cc8b6', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-04', 'OPERATING', '2026-12-04 15:00:00+00', '2026-12-04 23:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-7024-854f-1c7d5dfa8a83', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-15', 'OPERATING', '2026-11-15 14:00:00+00', '2026-11-15 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-70da-bfc5-89085c910898', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-14', 'OPERATING', '2026-11-14 14:00:00+00', '2026-11-14 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-7151-8ae9-8c31815b5078', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-02', 'OPERATING', '2026-12-02 14:00:00+00', '2026-12-02 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-7178-8f03-b358c12b07ef', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-25', 'OPERATING', '2026-11-25 14:00:00+00', '2026-11-25 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-717f-a678-fc6c8d78105c', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-01', 'OPERATING', '2026-12-01 14:00:00+00', '2026-12-01 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-71a5-bf96-a6ec623ded42', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-28', 'OPERATING', '2026-11-28 14:00:00+00', '2026-11-28 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-7259-9b8b-d34d3da09b9e', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-13', 'OPERATING', '2026-11-13 14:00:00+00', '2026-11-13 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-736d-9d7e-1017ed2f8cf7', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-06', 'OPERATING', '2026-12-06 14:00:00+00', '2026-12-06 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-73f8-b095-acc03e7c7378', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-08', 'OPERATING', '2026-11-08 14:00:00+00', '2026-11-08 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-7445-a3c7-3fc8a3d451c0', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-07', 'OPERATING', '2026-11-07 14:00:00+00', '2026-11-07 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-7535-a10e-c476c7ea68c9', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-03', 'OPERATING', '2026-12-03 14:00:00+00', '2026-12-03 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-7553-b346-daf170f92344', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-18', 'OPERATING', '2026-11-18 14:00:00+00', '2026-11-18 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-755f-9518-dae6ace7aaa5', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-17', 'OPERATING', '2026-11-17 14:00:00+00', '2026-11-17 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-75da-b6da-6f8993d426eb', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-27', 'OPERATING', '2026-11-27 14:00:00+00', '2026-11-27 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-7689-a855-4c4e27f23315', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-10', 'OPERATING', '2026-11-10 14:00:00+00', '2026-11-10 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-7753-99b0-72a5f984485d', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-12', 'OPERATING', '2026-11-12 14:00:00+00', '2026-11-12 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-77b8-b4fb-7d7d7fe8aa9d', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-05', 'OPERATING', '2026-11-05 14:00:00+00', '2026-11-05 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-77e3-b143-208c3a218c05', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-23', 'OPERATING', '2026-11-23 14:00:00+00', '2026-11-23 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-7818-b5e2-d488365a4dbe', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-06', 'OPERATING', '2026-11-06 14:00:00+00', '2026-11-06 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-7840-977a-91c7fa8dc1d5', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-22', 'OPERATING', '2026-11-22 14:00:00+00', '2026-11-22 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-7861-94c4-ac3a77185e29', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-30', 'OPERATING', '2026-11-30 14:00:00+00', '2026-11-30 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-7879-b4e0-7914c5d8c623', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-19', 'OPERATING', '2026-11-19 14:00:00+00', '2026-11-19 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-788b-9491-acdbaf854f9e', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-29', 'OPERATING', '2026-11-29 14:00:00+00', '2026-11-29 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-78bf-8416-c54c5d3c56e4', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-07', 'OPERATING', '2026-12-07 14:00:00+00', '2026-12-07 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-79c0-afc1-b87fbece0379', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-21', 'OPERATING', '2026-11-21 14:00:00+00', '2026-11-21 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-79d9-9d91-41813cba0dea', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-26', 'OPERATING', '2026-11-26 14:00:00+00', '2026-11-26 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-7a1d-b0a8-86112acea0c9', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-20', 'OPERATING', '2026-11-20 14:00:00+00', '2026-11-20 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-7a81-973e-f8563ae8814e', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-24', 'OPERATING', '2026-11-24 14:00:00+00', '2026-11-24 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-7b53-af0d-e64250219e45', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-05', 'OPERATING', '2026-12-05 14:00:00+00', '2026-12-05 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-7b9e-8fea-62bd12783b5b', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-11', 'OPERATING', '2026-11-11 14:00:00+00', '2026-11-11 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-7d09-a91f-d9e984fe2638', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-09', 'OPERATING', '2026-11-09 14:00:00+00', '2026-11-09 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-7d57-9cfe-e0523b32b216', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-04', 'OPERATING', '2026-12-04 14:00:00+00', '2026-12-04 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db2-c66a-7dcd-9985-d7f818dd9368', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-11-16', 'OPERATING', '2026-11-16 14:00:00+00', '2026-11-16 22:00:00+00', 'tpw', '2026-12-06 23:20:00+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9669-7621-9132-27fbf77855d6', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-06', 'OPERATING', '2026-12-06 15:00:00+00', '2026-12-06 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9669-76f8-9fbd-9af03fbef1d7', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-07', 'OPERATING', '2026-12-07 15:00:00+00', '2026-12-07 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9669-7985-a934-ed82832c3175', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-11', 'OPERATING', '2026-12-11 15:00:00+00', '2026-12-11 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9669-79a4-9f69-19549610baf3', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-05', 'OPERATING', '2026-12-05 15:00:00+00', '2026-12-05 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9669-7be5-a545-f0ed5b44e0b8', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-10', 'OPERATING', '2026-12-10 15:00:00+00', '2026-12-10 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9669-7d09-a7f6-628a832c1a12', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-08', 'OPERATING', '2026-12-08 15:00:00+00', '2026-12-08 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9669-7e87-a2e5-c1d28073a6e3', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-09', 'OPERATING', '2026-12-09 15:00:00+00', '2026-12-09 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-966a-7044-b57e-7df54117b348', '01a24daf-0856-727b-bba0-c446ce3ae846', '2027-01-01', 'OPERATING', '2027-01-01 15:00:00+00', '2027-01-01 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-966a-717a-ada2-23f33677635c', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-12', 'OPERATING', '2026-12-12 15:00:00+00', '2026-12-12 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-966a-729a-a60c-9a278207ab01', '01a24daf-0856-727b-bba0-c446ce3ae846', '2027-01-04', 'OPERATING', '2027-01-04 15:00:00+00', '2027-01-04 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-966a-730b-a40b-0b475c35e185', '01a24daf-0856-727b-bba0-c446ce3ae846', '2027-01-02', 'OPERATING', '2027-01-02 15:00:00+00', '2027-01-02 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-966a-733c-b978-3d8ccdeb4598', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-15', 'OPERATING', '2026-12-15 15:00:00+00', '2026-12-15 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-966a-7350-89e7-7278a06064c1', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-28', 'OPERATING', '2026-12-28 15:00:00+00', '2026-12-28 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-966a-73d6-bc2d-fbfeca36177b', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-21', 'OPERATING', '2026-12-21 15:00:00+00', '2026-12-21 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-966a-7486-8f90-0b2f9054b510', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-13', 'OPERATING', '2026-12-13 15:00:00+00', '2026-12-13 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-966a-74da-a097-6c9416c61519', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-25', 'OPERATING', '2026-12-25 15:00:00+00', '2026-12-25 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-966a-74e9-ab66-df79b10811da', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-19', 'OPERATING', '2026-12-19 15:00:00+00', '2026-12-19 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-966a-751e-8721-829dd93af0c7', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-29', 'OPERATING', '2026-12-29 15:00:00+00', '2026-12-29 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-966a-756e-97bf-22e9cd81ebb2', '01a24daf-0856-727b-bba0-c446ce3ae846', '2027-01-05', 'OPERATING', '2027-01-05 15:00:00+00', '2027-01-05 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-966a-773c-bf5e-785ded96505d', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-20', 'OPERATING', '2026-12-20 15:00:00+00', '2026-12-20 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-966a-77eb-a22b-a75463437d07', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-31', 'OPERATING', '2026-12-31 15:00:00+00', '2026-12-31 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-966a-784a-997a-11b45e492eb0', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-23', 'OPERATING', '2026-12-23 15:00:00+00', '2026-12-23 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-966a-78f6-84bf-2da5fe6b88e7', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-27', 'OPERATING', '2026-12-27 15:00:00+00', '2026-12-27 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-966a-7bc5-9f1d-4d64f4a56568', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-26', 'OPERATING', '2026-12-26 15:00:00+00', '2026-12-26 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-966a-7be1-83c3-659242debd5a', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-14', 'OPERATING', '2026-12-14 15:00:00+00', '2026-12-14 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-966a-7d3e-b701-e1ef33766bcf', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-17', 'OPERATING', '2026-12-17 15:00:00+00', '2026-12-17 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-966a-7dbf-8b80-66c746f23a41', '01a24daf-0856-727b-bba0-c446ce3ae846', '2027-01-03', 'OPERATING', '2027-01-03 15:00:00+00', '2027-01-03 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-966a-7e5c-ae3b-3102118c335a', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-18', 'OPERATING', '2026-12-18 15:00:00+00', '2026-12-18 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-966a-7e8b-b13a-3c7cc23c4b53', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-24', 'OPERATING', '2026-12-24 15:00:00+00', '2026-12-24 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-966a-7ed2-96f5-0b4a1a6e1899', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-30', 'OPERATING', '2026-12-30 15:00:00+00', '2026-12-30 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-966a-7f48-9a23-92162592149f', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-22', 'OPERATING', '2026-12-22 15:00:00+00', '2026-12-22 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-966a-7ffd-872a-8069a99c353e', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-16', 'OPERATING', '2026-12-16 15:00:00+00', '2026-12-16 23:00:00+00', 'tpw', '2026-12-06 23:32:24.785898+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-7001-bb75-84d5f15324b8', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-22', 'OPERATING', '2026-12-22 16:00:00+00', '2026-12-23 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-7067-9e25-80d45d46225a', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-19', 'OPERATING', '2026-12-19 16:00:00+00', '2026-12-20 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-7164-bbab-3f6ce7452bde', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-26', 'OPERATING', '2026-12-26 16:00:00+00', '2026-12-27 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-7232-94ab-6bd54ec69bac', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-20', 'OPERATING', '2026-12-20 16:00:00+00', '2026-12-21 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-7243-a363-c68c70a347c2', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-30', 'OPERATING', '2026-12-30 16:00:00+00', '2026-12-31 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-724a-9840-248e393686e5', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-15', 'OPERATING', '2026-12-15 16:00:00+00', '2026-12-16 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-7254-ad5d-2bc59423ea09', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-12', 'OPERATING', '2026-12-12 16:00:00+00', '2026-12-13 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-72cd-9af1-b22327d85b03', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-11', 'OPERATING', '2026-12-11 16:00:00+00', '2026-12-12 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-7346-a580-44e2f5192a97', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-16', 'OPERATING', '2026-12-16 16:00:00+00', '2026-12-17 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-7366-aad9-6264bf6988fe', '01a24daf-0856-7085-9509-bba3afc010b4', '2027-01-01', 'OPERATING', '2027-01-01 16:00:00+00', '2027-01-02 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-73f6-b5ca-e2406b12cc70', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-28', 'OPERATING', '2026-12-28 16:00:00+00', '2026-12-29 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-73fb-a57d-240869554608', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-18', 'OPERATING', '2026-12-18 16:00:00+00', '2026-12-19 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-750b-b632-8b1d24c6e3c0', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-09', 'OPERATING', '2026-12-09 16:00:00+00', '2026-12-10 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-7534-a014-020685f09734', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-17', 'OPERATING', '2026-12-17 16:00:00+00', '2026-12-18 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-7547-b32d-1c30fae32fbd', '01a24daf-0856-7085-9509-bba3afc010b4', '2027-01-04', 'OPERATING', '2027-01-04 16:00:00+00', '2027-01-05 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-7662-9000-e387ae1427de', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-10', 'OPERATING', '2026-12-10 16:00:00+00', '2026-12-11 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-7748-900b-3f21e2fb06b0', '01a24daf-0856-7085-9509-bba3afc010b4', '2027-01-02', 'OPERATING', '2027-01-02 16:00:00+00', '2027-01-03 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-780a-8b4c-7d9601af53ec', '01a24daf-0856-7085-9509-bba3afc010b4', '2027-01-05', 'OPERATING', '2027-01-05 16:00:00+00', '2027-01-06 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-7811-889c-4248ebf9f9ca', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-21', 'OPERATING', '2026-12-21 16:00:00+00', '2026-12-22 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-7844-911e-d04abe78f93e', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-29', 'OPERATING', '2026-12-29 16:00:00+00', '2026-12-30 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-7872-ae78-9fdb80566012', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-05', 'OPERATING', '2026-12-05 16:00:00+00', '2026-12-06 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-78b7-85f1-babbac64f0ee', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-13', 'OPERATING', '2026-12-13 16:00:00+00', '2026-12-14 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-7932-9874-5b0a23d399af', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-06', 'OPERATING', '2026-12-06 16:00:00+00', '2026-12-07 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-7986-9374-f1bf5746ffc6', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-07', 'OPERATING', '2026-12-07 16:00:00+00', '2026-12-08 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-7b75-b5fb-0af70e124e5f', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-08', 'OPERATING', '2026-12-08 16:00:00+00', '2026-12-09 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-7c46-b957-a302923f60fb', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-14', 'OPERATING', '2026-12-14 16:00:00+00', '2026-12-15 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-7d4a-8a22-412c87d44c71', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-25', 'OPERATING', '2026-12-25 16:00:00+00', '2026-12-26 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-7daf-8531-9069a75462da', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-27', 'OPERATING', '2026-12-27 16:00:00+00', '2026-12-28 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-7e43-9661-052acd6f4c4c', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-23', 'OPERATING', '2026-12-23 16:00:00+00', '2026-12-24 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-7ec8-b82e-10b5a0bc338c', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-31', 'OPERATING', '2026-12-31 16:00:00+00', '2027-01-01 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-7f05-9385-0f806ca6cdda', '01a24daf-0856-7085-9509-bba3afc010b4', '2027-01-03', 'OPERATING', '2027-01-03 16:00:00+00', '2027-01-04 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-967f-7f13-a749-0c1300069ad5', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-24', 'OPERATING', '2026-12-24 16:00:00+00', '2026-12-25 04:00:00+00', 'tpw', '2026-12-06 23:32:24.830218+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-710c-a950-126837f28807', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-18', 'OPERATING', '2026-12-18 16:00:00+00', '2026-12-19 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-71cf-90c6-cbef3710b14d', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-21', 'OPERATING', '2026-12-21 16:00:00+00', '2026-12-22 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-71df-a958-912ab7ea215e', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-25', 'OPERATING', '2026-12-25 16:00:00+00', '2026-12-26 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-7221-9578-af2a79e368c7', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-14', 'OPERATING', '2026-12-14 16:00:00+00', '2026-12-15 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-7235-bd2f-cac18f97b28c', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-12', 'OPERATING', '2026-12-12 16:00:00+00', '2026-12-13 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-7236-8058-85efdb61de65', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-05', 'OPERATING', '2026-12-05 16:00:00+00', '2026-12-06 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-727c-9fc5-07a0366fcba2', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-07', 'OPERATING', '2026-12-07 16:00:00+00', '2026-12-08 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-7303-8532-b0fd52e97eb7', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-15', 'OPERATING', '2026-12-15 16:00:00+00', '2026-12-16 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-737e-b5ca-1a0d3125f692', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-27', 'OPERATING', '2026-12-27 16:00:00+00', '2026-12-28 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-73d3-a417-8cbc567c2b9d', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-29', 'OPERATING', '2026-12-29 16:00:00+00', '2026-12-30 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-7484-befc-527c75c5197f', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2027-01-02', 'OPERATING', '2027-01-02 16:00:00+00', '2027-01-03 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-7533-b084-168a63209e69', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-17', 'OPERATING', '2026-12-17 16:00:00+00', '2026-12-18 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-75a0-81ec-791807d01c01', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-30', 'OPERATING', '2026-12-30 16:00:00+00', '2026-12-31 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-7710-93cb-b4f31c82c7b0', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2027-01-04', 'OPERATING', '2027-01-04 16:00:00+00', '2027-01-05 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-7783-9333-7f1b1e5b3061', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-22', 'OPERATING', '2026-12-22 16:00:00+00', '2026-12-23 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-77cd-8b19-755fec27a790', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-08', 'OPERATING', '2026-12-08 16:00:00+00', '2026-12-09 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-7801-8024-651be90c8475', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-26', 'OPERATING', '2026-12-26 16:00:00+00', '2026-12-27 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-7860-861c-4b13ca34fd7b', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-24', 'OPERATING', '2026-12-24 16:00:00+00', '2026-12-25 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-7879-b170-a4a0049a4822', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-19', 'OPERATING', '2026-12-19 16:00:00+00', '2026-12-20 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-7967-844b-730b2c39aa76', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2027-01-05', 'OPERATING', '2027-01-05 16:00:00+00', '2027-01-06 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-79b2-93c9-0bdc0bc84d12', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-06', 'OPERATING', '2026-12-06 16:00:00+00', '2026-12-07 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-79fd-98f0-b684b643ad40', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-28', 'OPERATING', '2026-12-28 16:00:00+00', '2026-12-29 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-7ad5-b7f1-83e340d112bb', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-10', 'OPERATING', '2026-12-10 16:00:00+00', '2026-12-11 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-7c1f-88fb-874bf8cb6ce8', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-09', 'OPERATING', '2026-12-09 16:00:00+00', '2026-12-10 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-7c7e-9903-c3e291faed72', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-11', 'OPERATING', '2026-12-11 16:00:00+00', '2026-12-12 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-7caa-b6a7-f009f59b02e7', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2027-01-01', 'OPERATING', '2027-01-01 16:00:00+00', '2027-01-02 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-7ce7-ae90-363f413aedc3', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-23', 'OPERATING', '2026-12-23 16:00:00+00', '2026-12-24 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-7d95-b7ae-e9f58becbb56', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-20', 'OPERATING', '2026-12-20 16:00:00+00', '2026-12-21 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-7dc6-817f-a28081db65bf', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2027-01-03', 'OPERATING', '2027-01-03 16:00:00+00', '2027-01-04 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-7f41-9df9-db3420f39e69', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-13', 'OPERATING', '2026-12-13 16:00:00+00', '2026-12-14 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-7f72-b7ad-acadbe1cc21f', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-16', 'OPERATING', '2026-12-16 16:00:00+00', '2026-12-17 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9685-7f9e-a1b7-c3ee8a9865dc', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-31', 'OPERATING', '2026-12-31 16:00:00+00', '2027-01-01 06:00:00+00', 'tpw', '2026-12-06 23:32:24.837168+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-711d-adbf-cd786f493a80', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-08', 'OPERATING', '2026-12-08 18:00:00+00', '2026-12-09 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-7193-89cf-9b30c9a693ff', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-09', 'OPERATING', '2026-12-09 18:00:00+00', '2026-12-10 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-71df-8783-4dc12c047c85', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-26', 'OPERATING', '2026-12-26 18:00:00+00', '2026-12-27 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-7270-83c9-a48064194f79', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-12', 'OPERATING', '2026-12-12 18:00:00+00', '2026-12-13 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-733d-b4b7-27d4d7b16062', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-15', 'OPERATING', '2026-12-15 18:00:00+00', '2026-12-16 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-740b-8d8d-1793c9c6c365', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-17', 'OPERATING', '2026-12-17 18:00:00+00', '2026-12-18 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-7410-94f2-1b22f7be4527', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2027-01-05', 'OPERATING', '2027-01-05 18:00:00+00', '2027-01-06 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-7717-bc50-64a600e96341', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-06', 'OPERATING', '2026-12-06 18:00:00+00', '2026-12-07 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-780f-a5fc-e50ba08398c9', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-21', 'OPERATING', '2026-12-21 18:00:00+00', '2026-12-22 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-7964-b913-ccfffdaaa974', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-27', 'OPERATING', '2026-12-27 18:00:00+00', '2026-12-28 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-79f8-b68f-9a2779017110', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-11', 'OPERATING', '2026-12-11 18:00:00+00', '2026-12-12 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-7a13-94fa-e665fce9786c', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2027-01-03', 'OPERATING', '2027-01-03 18:00:00+00', '2027-01-04 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-7a32-9968-deae351d568a', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2027-01-04', 'OPERATING', '2027-01-04 18:00:00+00', '2027-01-05 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-7a41-bc13-95a116cd50d3', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-05', 'OPERATING', '2026-12-05 18:00:00+00', '2026-12-06 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-7a78-a10b-0ed6908a820c', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2027-01-02', 'OPERATING', '2027-01-02 18:00:00+00', '2027-01-03 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-7a9f-9950-d608b1a258ff', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-07', 'OPERATING', '2026-12-07 18:00:00+00', '2026-12-08 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-7af7-a97b-d0ff9e171353', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-10', 'OPERATING', '2026-12-10 18:00:00+00', '2026-12-11 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-7b3c-9765-7e2417b05820', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-30', 'OPERATING', '2026-12-30 18:00:00+00', '2026-12-31 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-7bb4-affd-ed830aab1fde', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-18', 'OPERATING', '2026-12-18 18:00:00+00', '2026-12-19 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-7be4-94a4-8c5ae240236a', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-14', 'OPERATING', '2026-12-14 18:00:00+00', '2026-12-15 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-7cbd-9f9b-c1597646e3f5', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-20', 'OPERATING', '2026-12-20 18:00:00+00', '2026-12-21 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-7cd6-884d-cc0ca4783b53', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-13', 'OPERATING', '2026-12-13 18:00:00+00', '2026-12-14 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-7cf6-a422-b7fb94e1618e', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-23', 'OPERATING', '2026-12-23 18:00:00+00', '2026-12-24 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-7d3a-8ac6-6f86351cabb6', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-28', 'OPERATING', '2026-12-28 18:00:00+00', '2026-12-29 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-7d52-a639-f0cadbee8507', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-19', 'OPERATING', '2026-12-19 18:00:00+00', '2026-12-20 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-7d93-ba76-55e8b4d62f3d', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2027-01-01', 'OPERATING', '2027-01-01 18:00:00+00', '2027-01-02 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-7dfd-bd52-11fd62b0894a', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-16', 'OPERATING', '2026-12-16 18:00:00+00', '2026-12-17 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-7dfd-beb5-ea309bc7b885', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-25', 'OPERATING', '2026-12-25 18:00:00+00', '2026-12-26 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-7e1f-aa14-ddb612f5adce', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-31', 'OPERATING', '2026-12-31 18:00:00+00', '2027-01-01 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-7e6d-a78b-babdf42ab08f', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-29', 'OPERATING', '2026-12-29 18:00:00+00', '2026-12-30 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-7ed8-9770-c23a55be4b56', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-22', 'OPERATING', '2026-12-22 18:00:00+00', '2026-12-23 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-968c-7f85-a0ee-e0a8dbb58750', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-24', 'OPERATING', '2026-12-24 18:00:00+00', '2026-12-25 06:00:00+00', 'tpw', '2026-12-06 23:32:24.843887+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-702f-b745-75e90972f872', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-20', 'OPERATING', '2026-12-20 15:00:00+00', '2026-12-21 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-7099-b261-8a704427b09c', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-26', 'OPERATING', '2026-12-26 15:00:00+00', '2026-12-27 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-70e5-8bf3-c02861eb2ea4', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-17', 'OPERATING', '2026-12-17 15:00:00+00', '2026-12-18 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-7176-9cb9-152bd491fbba', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-13', 'OPERATING', '2026-12-13 15:00:00+00', '2026-12-14 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-71a0-8c8b-12a9b43eaf82', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-08', 'OPERATING', '2026-12-08 15:00:00+00', '2026-12-09 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-71ad-9c9d-f1c3b2b838c8', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-06', 'OPERATING', '2026-12-06 15:00:00+00', '2026-12-07 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-7285-9c86-179356b42ed8', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-18', 'OPERATING', '2026-12-18 15:00:00+00', '2026-12-19 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-72a0-92b5-d7ef5afc2af0', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-09', 'OPERATING', '2026-12-09 15:00:00+00', '2026-12-10 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-72df-88ea-a05cfa164db8', '01a24daf-0856-785d-89a1-d0584708abca', '2027-01-01', 'OPERATING', '2027-01-01 15:00:00+00', '2027-01-02 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-733c-b652-a4fcbcc05563', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-27', 'OPERATING', '2026-12-27 15:00:00+00', '2026-12-28 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-743b-9852-1c6f4756508c', '01a24daf-0856-785d-89a1-d0584708abca', '2027-01-05', 'OPERATING', '2027-01-05 15:00:00+00', '2027-01-06 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-7491-94f1-63ab762cbdf1', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-24', 'OPERATING', '2026-12-24 15:00:00+00', '2026-12-25 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-74e7-b225-701fbbd2684a', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-30', 'OPERATING', '2026-12-30 15:00:00+00', '2026-12-31 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-759b-af34-8f9982b329bb', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-05', 'OPERATING', '2026-12-05 15:00:00+00', '2026-12-06 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-75ab-b07b-7b8fce8acd21', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-28', 'OPERATING', '2026-12-28 15:00:00+00', '2026-12-29 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-75e4-94fd-5b4465bc71e0', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-14', 'OPERATING', '2026-12-14 15:00:00+00', '2026-12-15 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-7607-bb48-edc137b5a176', '01a24daf-0856-785d-89a1-d0584708abca', '2027-01-03', 'OPERATING', '2027-01-03 15:00:00+00', '2027-01-04 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-77d8-b892-99e65d061516', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-21', 'OPERATING', '2026-12-21 15:00:00+00', '2026-12-22 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-78b7-8192-31edbf17867f', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-22', 'OPERATING', '2026-12-22 15:00:00+00', '2026-12-23 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-790e-b4f6-92bb01998490', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-31', 'OPERATING', '2026-12-31 15:00:00+00', '2027-01-01 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-799a-ba15-a4cff125d95b', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-16', 'OPERATING', '2026-12-16 15:00:00+00', '2026-12-17 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-7a0b-b75c-50df916a2cf1', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-07', 'OPERATING', '2026-12-07 15:00:00+00', '2026-12-08 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-7a8b-b290-d976e57a8d95', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-10', 'OPERATING', '2026-12-10 15:00:00+00', '2026-12-11 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-7b45-8a92-ad5b10a15c86', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-23', 'OPERATING', '2026-12-23 15:00:00+00', '2026-12-24 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-7b68-9a58-ec5f217b57d0', '01a24daf-0856-785d-89a1-d0584708abca', '2027-01-02', 'OPERATING', '2027-01-02 15:00:00+00', '2027-01-03 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-7bcb-8d65-e80ebbfa6036', '01a24daf-0856-785d-89a1-d0584708abca', '2027-01-04', 'OPERATING', '2027-01-04 15:00:00+00', '2027-01-05 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-7c99-9e2a-0e517cd1fa42', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-25', 'OPERATING', '2026-12-25 15:00:00+00', '2026-12-26 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-7da3-ba3f-a971aaa41793', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-15', 'OPERATING', '2026-12-15 15:00:00+00', '2026-12-16 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-7e35-9a31-040d8231fb06', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-12', 'OPERATING', '2026-12-12 15:00:00+00', '2026-12-13 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-7e5c-b92b-d2766a22a0ec', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-29', 'OPERATING', '2026-12-29 15:00:00+00', '2026-12-30 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-7e71-9ffb-8938c2c25adf', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-19', 'OPERATING', '2026-12-19 15:00:00+00', '2026-12-20 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9691-7eae-af3b-debe49ed4b06', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-11', 'OPERATING', '2026-12-11 15:00:00+00', '2026-12-12 02:00:00+00', 'tpw', '2026-12-06 23:32:24.848605+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-7029-afea-f133685b29a1', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-15', 'OPERATING', '2026-12-15 18:00:00+00', '2026-12-16 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-7056-b9f4-4d41e0161713', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-19', 'OPERATING', '2026-12-19 18:00:00+00', '2026-12-20 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-71fb-9120-2feeb612ef40', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-10', 'OPERATING', '2026-12-10 18:00:00+00', '2026-12-11 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-7204-b496-c9338cf81798', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2027-01-01', 'OPERATING', '2027-01-01 18:00:00+00', '2027-01-02 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-729d-955d-2265a649fbd4', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-11', 'OPERATING', '2026-12-11 18:00:00+00', '2026-12-12 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-72cc-8400-ac83b33fce8a', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-25', 'OPERATING', '2026-12-25 18:00:00+00', '2026-12-26 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-73e3-b287-f3740c18bfff', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2027-01-04', 'OPERATING', '2027-01-04 18:00:00+00', '2027-01-05 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-73f3-9a77-6c26529d26dd', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-14', 'OPERATING', '2026-12-14 18:00:00+00', '2026-12-15 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-74b9-877b-da021348c634', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2027-01-05', 'OPERATING', '2027-01-05 18:00:00+00', '2027-01-06 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-7528-b546-bb1dce871337', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-12', 'OPERATING', '2026-12-12 18:00:00+00', '2026-12-13 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-7549-bbc6-a51e519d4838', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-31', 'OPERATING', '2026-12-31 18:00:00+00', '2027-01-01 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-7622-802b-fd58cb2b630c', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-30', 'OPERATING', '2026-12-30 18:00:00+00', '2026-12-31 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-763b-86d4-8ced7179c7eb', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-20', 'OPERATING', '2026-12-20 18:00:00+00', '2026-12-21 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-76e7-984d-a6736e754cfc', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-18', 'OPERATING', '2026-12-18 18:00:00+00', '2026-12-19 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-7862-aed3-882c370ffc6a', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-07', 'OPERATING', '2026-12-07 18:00:00+00', '2026-12-08 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-7877-bf85-4a86a371480d', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-08', 'OPERATING', '2026-12-08 18:00:00+00', '2026-12-09 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-78c0-974b-ac8ea4b4176c', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-21', 'OPERATING', '2026-12-21 18:00:00+00', '2026-12-22 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-78de-9ff3-626b991f5072', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-06', 'OPERATING', '2026-12-06 18:00:00+00', '2026-12-07 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-79b5-8d76-7df22e6d5923', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-16', 'OPERATING', '2026-12-16 18:00:00+00', '2026-12-17 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-79c6-801f-307e05e0b958', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-27', 'OPERATING', '2026-12-27 18:00:00+00', '2026-12-28 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-7a49-8cc1-f281e9b10753', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-24', 'OPERATING', '2026-12-24 18:00:00+00', '2026-12-25 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-7a51-9b3e-5ee3034b80b0', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-23', 'OPERATING', '2026-12-23 18:00:00+00', '2026-12-24 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-7b1e-8e5d-dd460d00d834', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-28', 'OPERATING', '2026-12-28 18:00:00+00', '2026-12-29 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-7b4a-a896-dae154cdf9f4', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-22', 'OPERATING', '2026-12-22 18:00:00+00', '2026-12-23 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-7b73-ab49-b7243f242434', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2027-01-02', 'OPERATING', '2027-01-02 18:00:00+00', '2027-01-03 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-7b9d-8623-c9382ba99c5c', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2027-01-03', 'OPERATING', '2027-01-03 18:00:00+00', '2027-01-04 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-7bee-a156-0b21b2db7b4c', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-26', 'OPERATING', '2026-12-26 18:00:00+00', '2026-12-27 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-7c76-a2ca-225b9b80b80b', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-29', 'OPERATING', '2026-12-29 18:00:00+00', '2026-12-30 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-7c79-bf29-4e40a1f44b93', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-17', 'OPERATING', '2026-12-17 18:00:00+00', '2026-12-18 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-7d22-b133-782253c55e2b', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-13', 'OPERATING', '2026-12-13 18:00:00+00', '2026-12-14 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-7d41-93f3-5755829d98af', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-09', 'OPERATING', '2026-12-09 18:00:00+00', '2026-12-10 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-9695-7ebb-a9e1-c912069da408', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-05', 'OPERATING', '2026-12-05 18:00:00+00', '2026-12-06 04:00:00+00', 'tpw', '2026-12-06 23:32:24.852657+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-701b-a204-28b0d5d2081b', '01a24daf-0856-72d6-8bda-fa0530c06837', '2027-01-03', 'OPERATING', '2027-01-03 15:00:00+00', '2027-01-03 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-7096-bcb8-98e687b94ab5', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-18', 'OPERATING', '2026-12-18 15:00:00+00', '2026-12-18 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-70ce-b426-8b59ff6db7b8', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-09', 'OPERATING', '2026-12-09 15:00:00+00', '2026-12-09 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-7139-a7d6-336f86bf73ae', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-11', 'OPERATING', '2026-12-11 15:00:00+00', '2026-12-11 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-7146-aacb-77a687922486', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-27', 'OPERATING', '2026-12-27 15:00:00+00', '2026-12-27 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-715e-b854-d33c4d088838', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-21', 'OPERATING', '2026-12-21 15:00:00+00', '2026-12-21 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-71c7-95bc-fe34dbea24c6', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-06', 'OPERATING', '2026-12-06 15:00:00+00', '2026-12-06 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-7244-8ff6-66dd40bf43aa', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-30', 'OPERATING', '2026-12-30 15:00:00+00', '2026-12-30 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-7306-9e06-050a5b13a6f7', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-14', 'OPERATING', '2026-12-14 15:00:00+00', '2026-12-14 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-736e-9a3b-9104ea4aba63', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-17', 'OPERATING', '2026-12-17 15:00:00+00', '2026-12-17 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-73b4-8d89-03be5abedafa', '01a24daf-0856-72d6-8bda-fa0530c06837', '2027-01-04', 'OPERATING', '2027-01-04 15:00:00+00', '2027-01-04 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-73de-8e64-2dece884dde0', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-19', 'OPERATING', '2026-12-19 15:00:00+00', '2026-12-19 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-73f3-9e0f-ae6e55de9f71', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-31', 'OPERATING', '2026-12-31 15:00:00+00', '2026-12-31 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-745d-9077-e90a30bd6209', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-20', 'OPERATING', '2026-12-20 15:00:00+00', '2026-12-20 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-74e2-a62d-04294c3f564a', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-22', 'OPERATING', '2026-12-22 15:00:00+00', '2026-12-22 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-7533-b0d9-03f5b53b1e08', '01a24daf-0856-72d6-8bda-fa0530c06837', '2027-01-02', 'OPERATING', '2027-01-02 15:00:00+00', '2027-01-02 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-75a1-9aa1-325c18c0ac88', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-26', 'OPERATING', '2026-12-26 15:00:00+00', '2026-12-26 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-7655-8f47-f8077b25af42', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-24', 'OPERATING', '2026-12-24 15:00:00+00', '2026-12-24 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-76fa-a28f-e7bb3e54b917', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-16', 'OPERATING', '2026-12-16 15:00:00+00', '2026-12-16 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-772f-aa99-93bae00b2407', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-12', 'OPERATING', '2026-12-12 15:00:00+00', '2026-12-12 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-7742-83ca-6ba0482df994', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-07', 'OPERATING', '2026-12-07 15:00:00+00', '2026-12-07 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-77f5-a8a2-5a6723bc8ab0', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-25', 'OPERATING', '2026-12-25 15:00:00+00', '2026-12-25 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-7857-a90c-8d8610289f42', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-05', 'OPERATING', '2026-12-05 15:00:00+00', '2026-12-05 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-78ad-a8d2-bceb43733ec1', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-13', 'OPERATING', '2026-12-13 15:00:00+00', '2026-12-13 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-78d2-a966-d3fd31cd6b84', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-10', 'OPERATING', '2026-12-10 15:00:00+00', '2026-12-10 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-7b7b-9e97-44d9c8a2b4ed', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-29', 'OPERATING', '2026-12-29 15:00:00+00', '2026-12-29 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-7bd1-84a9-989af8089d58', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-28', 'OPERATING', '2026-12-28 15:00:00+00', '2026-12-28 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-7c32-b67c-b2031045d77f', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-23', 'OPERATING', '2026-12-23 15:00:00+00', '2026-12-23 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-7d1c-ab8d-c03484afadb4', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-15', 'OPERATING', '2026-12-15 15:00:00+00', '2026-12-15 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-7d99-80e6-da100ff19426', '01a24daf-0856-72d6-8bda-fa0530c06837', '2027-01-01', 'OPERATING', '2027-01-01 15:00:00+00', '2027-01-01 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-7eef-8b8a-200a53855811', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-08', 'OPERATING', '2026-12-08 15:00:00+00', '2026-12-08 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969a-7fc3-a141-8b4b4be42c82', '01a24daf-0856-72d6-8bda-fa0530c06837', '2027-01-05', 'OPERATING', '2027-01-05 15:00:00+00', '2027-01-05 23:00:00+00', 'tpw', '2026-12-06 23:32:24.857345+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969d-70aa-83e3-28e031f5c84f', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-21', 'OPERATING', '2026-12-21 14:00:00+00', '2026-12-22 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969d-70dd-a5e4-d0ab89d86c15', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-07', 'OPERATING', '2026-12-07 14:00:00+00', '2026-12-08 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969d-7161-8e9a-abaadfb698df', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-05', 'OPERATING', '2026-12-05 14:00:00+00', '2026-12-06 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969d-71d6-bdf9-1042e002b442', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-28', 'OPERATING', '2026-12-28 14:00:00+00', '2026-12-29 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969d-7232-b8d9-a6c5b2f42f78', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-11', 'OPERATING', '2026-12-11 14:00:00+00', '2026-12-12 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969d-7252-8ce4-e09f1a6f26fe', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-08', 'OPERATING', '2026-12-08 14:00:00+00', '2026-12-09 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969d-72f3-9ea7-6cef41d96283', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-06', 'OPERATING', '2026-12-06 14:00:00+00', '2026-12-07 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969d-7322-bece-0aeb93a67b8d', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-22', 'OPERATING', '2026-12-22 14:00:00+00', '2026-12-23 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969d-7331-993d-d7f566bbe9b1', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-14', 'OPERATING', '2026-12-14 14:00:00+00', '2026-12-15 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969d-734a-9acc-fb02d175ca73', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-12', 'OPERATING', '2026-12-12 14:00:00+00', '2026-12-13 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969d-7360-92e9-d8932635225d', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-15', 'OPERATING', '2026-12-15 14:00:00+00', '2026-12-16 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969d-73b1-8455-7e0a7e31cc57', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-17', 'OPERATING', '2026-12-17 14:00:00+00', '2026-12-18 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969d-75ef-8189-8e423ea12fb4', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-16', 'OPERATING', '2026-12-16 14:00:00+00', '2026-12-17 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969d-76d3-a3c4-256d6f2d5ede', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-10', 'OPERATING', '2026-12-10 14:00:00+00', '2026-12-11 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969d-77b0-878e-7bf7f826ab37', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-24', 'OPERATING', '2026-12-24 14:00:00+00', '2026-12-25 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969d-77d7-bac1-b9702c179d6e', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-13', 'OPERATING', '2026-12-13 14:00:00+00', '2026-12-14 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969d-77f2-b122-a1a6a23a3898', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-23', 'OPERATING', '2026-12-23 14:00:00+00', '2026-12-24 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969d-78e5-8d95-57ddafdf23e2', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-26', 'OPERATING', '2026-12-26 14:00:00+00', '2026-12-27 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969d-78eb-b287-d868d84a56e6', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-09', 'OPERATING', '2026-12-09 14:00:00+00', '2026-12-10 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969d-7989-bd66-97f0095dc378', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-19', 'OPERATING', '2026-12-19 14:00:00+00', '2026-12-20 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969d-7ac3-bbec-236648cfb9b1', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-27', 'OPERATING', '2026-12-27 14:00:00+00', '2026-12-28 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969d-7e85-a6cc-a7c1144ccc33', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-25', 'OPERATING', '2026-12-25 14:00:00+00', '2026-12-26 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969d-7fa5-a375-19e54bd4c7bd', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-18', 'OPERATING', '2026-12-18 14:00:00+00', '2026-12-19 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969d-7fd9-9ecf-73bf9a51093a', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-20', 'OPERATING', '2026-12-20 14:00:00+00', '2026-12-21 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969e-706c-8c86-9a69a7504fd3', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2027-01-01', 'OPERATING', '2027-01-01 14:00:00+00', '2027-01-02 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969e-70c1-bc80-638986e083a7', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-29', 'OPERATING', '2026-12-29 14:00:00+00', '2026-12-30 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969e-7247-8fc5-838d8c2daa07', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2027-01-02', 'OPERATING', '2027-01-02 14:00:00+00', '2027-01-03 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969e-7377-9c47-efb08ba307a8', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-30', 'OPERATING', '2026-12-30 14:00:00+00', '2026-12-31 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969e-73fe-b58a-9a707bcffc96', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2027-01-04', 'OPERATING', '2027-01-04 14:00:00+00', '2027-01-05 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969e-74bb-a473-d91f3221e32e', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2027-01-05', 'OPERATING', '2027-01-05 14:00:00+00', '2027-01-06 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969e-77e8-a449-2590c0feeaf6', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-31', 'OPERATING', '2026-12-31 14:00:00+00', '2027-01-01 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-969e-7ace-bfe8-0f79327e3850', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2027-01-03', 'OPERATING', '2027-01-03 14:00:00+00', '2027-01-04 01:00:00+00', 'tpw', '2026-12-06 23:32:24.861293+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-7054-8a52-a42362884bb4', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-11', 'OPERATING', '2026-12-11 15:00:00+00', '2026-12-12 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-7067-af88-df5b5f672e09', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-08', 'OPERATING', '2026-12-08 15:00:00+00', '2026-12-09 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-7081-9455-3699578bdeb6', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-21', 'OPERATING', '2026-12-21 15:00:00+00', '2026-12-22 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-709e-b6c0-c054e9cb5595', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-30', 'OPERATING', '2026-12-30 15:00:00+00', '2026-12-31 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-70f6-8aa7-24c5b4704e9a', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-14', 'OPERATING', '2026-12-14 15:00:00+00', '2026-12-15 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-71ec-9a95-3426d74305db', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-20', 'OPERATING', '2026-12-20 15:00:00+00', '2026-12-21 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-729d-a854-f9a5e488cb3d', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2027-01-03', 'OPERATING', '2027-01-03 15:00:00+00', '2027-01-04 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-7356-87a4-fee38ad639a7', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2027-01-05', 'OPERATING', '2027-01-05 15:00:00+00', '2027-01-06 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-73f2-b7ca-32c3bcdffaf5', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-23', 'OPERATING', '2026-12-23 15:00:00+00', '2026-12-24 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-7451-b42b-721c39f11c60', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-16', 'OPERATING', '2026-12-16 15:00:00+00', '2026-12-17 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-7519-a5a7-0231f3ca2dfa', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-25', 'OPERATING', '2026-12-25 15:00:00+00', '2026-12-26 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-7624-b2d8-88871410b4bd', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2027-01-01', 'OPERATING', '2027-01-01 15:00:00+00', '2027-01-02 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-7685-b3e0-d5377020d607', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-06', 'OPERATING', '2026-12-06 15:00:00+00', '2026-12-07 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-76e6-9bfd-69df862b4129', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-12', 'OPERATING', '2026-12-12 15:00:00+00', '2026-12-13 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-7732-adf7-51e7fa1fc580', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-31', 'OPERATING', '2026-12-31 15:00:00+00', '2027-01-01 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-77af-b8bc-f60d4ea0ec13', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-26', 'OPERATING', '2026-12-26 15:00:00+00', '2026-12-27 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-77e1-9677-14fa769f0959', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-28', 'OPERATING', '2026-12-28 15:00:00+00', '2026-12-29 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-788a-aaf0-b17121198d52', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-22', 'OPERATING', '2026-12-22 15:00:00+00', '2026-12-23 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-789a-9fd0-d394380a7f67', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-29', 'OPERATING', '2026-12-29 15:00:00+00', '2026-12-30 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-79bf-af81-d20951b5ccac', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-15', 'OPERATING', '2026-12-15 15:00:00+00', '2026-12-16 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-7a52-8c23-fda070140315', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-17', 'OPERATING', '2026-12-17 15:00:00+00', '2026-12-18 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-7b05-8943-ca3fc297db2f', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-24', 'OPERATING', '2026-12-24 15:00:00+00', '2026-12-25 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-7b42-82c4-9eaca073b6bb', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-05', 'OPERATING', '2026-12-05 15:00:00+00', '2026-12-06 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-7bce-92bc-9bb2d44c8f3c', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-18', 'OPERATING', '2026-12-18 15:00:00+00', '2026-12-19 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-7c7a-921d-d9a694885da5', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2027-01-02', 'OPERATING', '2027-01-02 15:00:00+00', '2027-01-03 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-7ce7-9a42-ba8ddac80000', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-19', 'OPERATING', '2026-12-19 15:00:00+00', '2026-12-20 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-7d5a-981d-abff75bc4d69', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-09', 'OPERATING', '2026-12-09 15:00:00+00', '2026-12-10 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-7d81-aae6-8a08b3ef0b3a', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-13', 'OPERATING', '2026-12-13 15:00:00+00', '2026-12-14 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-7d99-a25f-a436ad173b37', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2027-01-04', 'OPERATING', '2027-01-04 15:00:00+00', '2027-01-05 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-7df9-aec2-a65fc00dde3b', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-07', 'OPERATING', '2026-12-07 15:00:00+00', '2026-12-08 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-7e10-8591-f39139a1f6dd', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-10', 'OPERATING', '2026-12-10 15:00:00+00', '2026-12-11 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96a2-7f51-b9a3-77f6c1b109b3', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-27', 'OPERATING', '2026-12-27 15:00:00+00', '2026-12-28 02:00:00+00', 'tpw', '2026-12-06 23:32:24.86514+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-7017-aed4-41180028e1aa', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-31', 'OPERATING', '2026-12-31 15:00:00+00', '2027-01-01 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-7040-9227-fa7307b1d6f4', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-14', 'OPERATING', '2026-12-14 15:00:00+00', '2026-12-15 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-704f-b20c-3fbc72551e70', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-25', 'OPERATING', '2026-12-25 15:00:00+00', '2026-12-26 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-708f-bc21-d82b3c2cf3cd', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-20', 'OPERATING', '2026-12-20 15:00:00+00', '2026-12-21 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-7099-8374-fc4fc8570c18', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-09', 'OPERATING', '2026-12-09 15:00:00+00', '2026-12-10 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-70a8-b7b5-706186155780', '01a24daf-0856-7aec-b276-85d47caf4c85', '2027-01-04', 'OPERATING', '2027-01-04 15:00:00+00', '2027-01-05 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-70cc-b9a8-84e10c91e559', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-05', 'OPERATING', '2026-12-05 15:00:00+00', '2026-12-06 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-70d6-9547-717ed11ef232', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-12', 'OPERATING', '2026-12-12 15:00:00+00', '2026-12-13 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-7262-8b3f-61bc7785bdf7', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-30', 'OPERATING', '2026-12-30 15:00:00+00', '2026-12-31 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-73ad-8f2c-956c853a4710', '01a24daf-0856-7aec-b276-85d47caf4c85', '2027-01-01', 'OPERATING', '2027-01-01 15:00:00+00', '2027-01-02 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-74d4-a929-9db10a9b61f4', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-27', 'OPERATING', '2026-12-27 15:00:00+00', '2026-12-28 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-74f6-8d02-d487c2a3ebf1', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-07', 'OPERATING', '2026-12-07 15:00:00+00', '2026-12-08 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-75b2-b34f-1554313c92bb', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-26', 'OPERATING', '2026-12-26 15:00:00+00', '2026-12-27 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-7679-995d-a1028a87368d', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-29', 'OPERATING', '2026-12-29 15:00:00+00', '2026-12-30 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-7768-89d0-37d876c3ce03', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-10', 'OPERATING', '2026-12-10 15:00:00+00', '2026-12-11 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-777f-89ba-18983214c5f6', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-23', 'OPERATING', '2026-12-23 15:00:00+00', '2026-12-24 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-77b5-afa8-cc484fb07ade', '01a24daf-0856-7aec-b276-85d47caf4c85', '2027-01-05', 'OPERATING', '2027-01-05 15:00:00+00', '2027-01-06 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-786c-bebf-ae486e568242', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-08', 'OPERATING', '2026-12-08 15:00:00+00', '2026-12-09 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-78eb-8801-1b17992bff7f', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-17', 'OPERATING', '2026-12-17 15:00:00+00', '2026-12-18 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-7a54-965e-d463877eadf6', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-19', 'OPERATING', '2026-12-19 15:00:00+00', '2026-12-20 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-7a5c-ad32-f01da4e8cef0', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-22', 'OPERATING', '2026-12-22 15:00:00+00', '2026-12-23 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-7a80-86da-f927c74c22e0', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-15', 'OPERATING', '2026-12-15 15:00:00+00', '2026-12-16 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-7a9b-bdab-0a205d127df4', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-28', 'OPERATING', '2026-12-28 15:00:00+00', '2026-12-29 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-7b16-b40a-1810331a92ef', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-11', 'OPERATING', '2026-12-11 15:00:00+00', '2026-12-12 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-7b8b-8ed0-4f8496c09850', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-13', 'OPERATING', '2026-12-13 15:00:00+00', '2026-12-14 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-7ca8-a969-7a4c2dcf43f1', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-16', 'OPERATING', '2026-12-16 15:00:00+00', '2026-12-17 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-7d2c-b366-178f31af4fe7', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-21', 'OPERATING', '2026-12-21 15:00:00+00', '2026-12-22 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-7d8b-a557-332c4bab9857', '01a24daf-0856-7aec-b276-85d47caf4c85', '2027-01-03', 'OPERATING', '2027-01-03 15:00:00+00', '2027-01-04 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-7e82-a4a7-7a520fe48125', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-18', 'OPERATING', '2026-12-18 15:00:00+00', '2026-12-19 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-7eff-ae47-1b56d867d316', '01a24daf-0856-7aec-b276-85d47caf4c85', '2027-01-02', 'OPERATING', '2027-01-02 15:00:00+00', '2027-01-03 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-7f8c-b170-4c0f82dd28e0', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-24', 'OPERATING', '2026-12-24 15:00:00+00', '2026-12-25 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');
INSERT INTO parks.park_schedules VALUES ('01a24db3-96ac-7fb3-b64c-eee288ce53ec', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-06', 'OPERATING', '2026-12-06 15:00:00+00', '2026-12-07 05:00:00+00', 'tpw', '2026-12-06 23:32:24.875834+00');


--
-- Data for Name: park_states; Type: TABLE DATA; Schema: parks; Owner: -
--

INSERT INTO parks.park_states VALUES ('01a24daf-0856-785d-89a1-d0584708abca', '2026-12-06 23:30:00+00', true, 25, 0, 'tpw', false, NULL, NULL, 0);
INSERT INTO parks.park_states VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-06 23:30:00+00', true, 24, 0, 'tpw', false, NULL, NULL, 0);
INSERT INTO parks.park_states VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-06 23:30:00+00', true, 23, 1, 'tpw', false, NULL, NULL, 0);
INSERT INTO parks.park_states VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-06 23:30:00+00', false, 0, 0, 'tpw', false, NULL, NULL, 0);
INSERT INTO parks.park_states VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-06 23:30:00+00', true, 23, 0, 'tpw', false, NULL, NULL, 0);
INSERT INTO parks.park_states VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', '2026-12-06 23:30:00+00', false, 0, 0, 'qt', false, 28, 45, 14);
INSERT INTO parks.park_states VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-06 23:30:00+00', false, 0, 0, 'tpw', false, NULL, NULL, 0);
INSERT INTO parks.park_states VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-06 23:30:00+00', true, 24, 0, 'tpw', false, NULL, NULL, 0);
INSERT INTO parks.park_states VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-12-06 23:30:00+00', false, 0, 0, 'qt', false, 26, 45, 14);
INSERT INTO parks.park_states VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-06 23:30:00+00', true, 28, 0, 'tpw', false, NULL, NULL, 0);
INSERT INTO parks.park_states VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-06 23:30:00+00', true, 37, 0, 'tpw', false, NULL, NULL, 0);
INSERT INTO parks.park_states VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-06 23:30:00+00', true, 24, 0, 'tpw', false, NULL, NULL, 0);
INSERT INTO parks.park_states VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-06 23:30:00+00', true, 25, 0, 'tpw', false, NULL, NULL, 0);
INSERT INTO parks.park_states VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-06 23:30:00+00', false, 0, 0, 'tpw', false, NULL, NULL, 0);
INSERT INTO parks.park_states VALUES ('01a24daf-0855-778f-951c-210639f619dd', '2026-12-06 23:30:00+00', true, 26, 2, 'tpw', false, NULL, NULL, 0);
INSERT INTO parks.park_states VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-06 23:30:00+00', false, 0, 0, 'tpw', false, NULL, NULL, 0);
INSERT INTO parks.park_states VALUES ('01a24daf-0856-7f20-9343-1478686e4038', '2026-12-06 23:30:00+00', true, 26, 0, 'tpw', false, NULL, NULL, 0);
INSERT INTO parks.park_states VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-06 23:30:00+00', true, 32, 0, 'tpw', false, NULL, NULL, 0);
INSERT INTO parks.park_states VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-06 23:30:00+00', true, 28, 2, 'tpw', false, NULL, NULL, 0);
INSERT INTO parks.park_states VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-06 23:30:00+00', true, 23, 0, 'tpw', false, NULL, NULL, 0);
INSERT INTO parks.park_states VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-06 23:30:00+00', true, 30, 2, 'tpw', false, NULL, NULL, 0);
INSERT INTO parks.park_states VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-12-06 23:30:00+00', false, 0, 0, 'qt', false, NULL, NULL, 0);
INSERT INTO parks.park_states VALUES ('01a24daf-0863-7030-9288-2c456482e125', '2026-12-06 23:30:00+00', true, 22, 0, 'tpw', false, NULL, NULL, 0);
INSERT INTO parks.park_states VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-06 23:30:00+00', true, 26, 2, 'tpw', false, NULL, NULL, 0);


--
-- Data for Name: parks; Type: TABLE DATA; Schema: parks; Owner: -
--

INSERT INTO parks.parks VALUES ('01a24daf-0801-78de-8533-c4736a0edd20', 'jungle-lagoon-studios', 'Jungle Lagoon Studios', 'disney', 'DownOnly', 'US', NULL, NULL, 34.470000, -80.120000, 'America/Los_Angeles', NULL, 1, true, NULL, NULL, 0);
INSERT INTO parks.parks VALUES ('01a24daf-0855-778f-951c-210639f619dd', 'royal-bay-adventure-park', 'Royal Bay Adventure Park', 'disney', 'DownOnly', 'US', NULL, NULL, 30.330000, -84.670000, 'America/Los_Angeles', '19e990fc-c620-ca86-08b4-064b00d37c9c', 13, true, NULL, NULL, 0);
INSERT INTO parks.parks VALUES ('01a24daf-0855-7999-a486-7891cacabbe1', 'mystic-kingdom-studios', 'Mystic Kingdom Studios', 'disney', 'DownOnly', 'US', NULL, NULL, 41.080000, -97.100000, 'America/Los_Angeles', '1da84eff-d730-3aeb-10e2-f83d38ee1577', 19, true, NULL, NULL, 0);
INSERT INTO parks.parks VALUES ('01a24daf-0855-7b2e-adc7-9efbb543c8bc', 'sunny-ridge-adventure-park', 'Sunny Ridge Adventure Park', 'universal', 'DownOnly', 'US', NULL, NULL, 33.850000, -83.010000, 'America/New_York', NULL, 2, true, NULL, NULL, 0);
INSERT INTO parks.parks VALUES ('01a24daf-0856-70b1-bb3b-fb371b1a248a', 'royal-canyon-gardens', 'Royal Canyon Gardens', 'other', 'DownOrClosed', 'US', NULL, NULL, 34.600000, -81.080000, 'America/Denver', '85d1a500-ca52-9dbc-cda9-1f25b6fd6dde', 10, true, NULL, NULL, 0);
INSERT INTO parks.parks VALUES ('01a24daf-0856-7461-b39f-4b2ec8b9f99b', 'frontier-grove-park', 'Frontier Grove Park', 'other', 'DownOrClosed', 'US', NULL, NULL, 30.260000, -94.390000, 'America/Los_Angeles', NULL, 23, true, NULL, NULL, 0);
INSERT INTO parks.parks VALUES ('01a24daf-0856-74b5-98c2-6a86b2379131', 'pirate-harbor-gardens', 'Pirate Harbor Gardens', 'universal', 'DownOnly', 'US', NULL, NULL, 45.790000, -102.780000, 'America/New_York', 'b76bb177-f5a6-7cd1-8d6d-ffcb975fa821', 8, true, NULL, NULL, 0);
INSERT INTO parks.parks VALUES ('01a24daf-0856-754b-8a9c-07662df58a63', 'silver-bay-world', 'Silver Bay World', 'other', 'DownOrClosed', 'US', NULL, NULL, 42.080000, -116.220000, 'America/Los_Angeles', '50bdfc1f-f013-f35e-66be-0f2356954ddb', 11, true, NULL, NULL, 0);
INSERT INTO parks.parks VALUES ('01a24daf-0856-79e6-b9b8-c1537a8a27a9', 'thunder-bay-world', 'Thunder Bay World', 'other', 'DownOrClosed', 'US', NULL, NULL, 47.440000, -97.670000, 'America/Chicago', 'ea168457-a5ec-403a-5b61-8b4c5feebf8a', 21, true, NULL, NULL, 0);
INSERT INTO parks.parks VALUES ('01a24daf-0856-7d31-a219-ccdbc5ada6eb', 'sunny-forest-park-14', 'Sunny Forest Park 14', 'universal', 'DownOnly', 'US', NULL, NULL, 46.020000, -98.690000, 'America/New_York', '857bfb38-112a-7768-12f1-bc744ad777ee', 14, true, NULL, NULL, 0);
INSERT INTO parks.parks VALUES ('01a24daf-0856-7f20-9343-1478686e4038', 'sunny-harbor-studios', 'Sunny Harbor Studios', 'other', 'DownOrClosed', 'US', NULL, NULL, 33.130000, -80.010000, 'America/New_York', '27ede629-bd96-d91a-12ad-8e775a4afee8', 6, true, NULL, NULL, 0);
INSERT INTO parks.parks VALUES ('01a24daf-0863-7030-9288-2c456482e125', 'sunny-island-world', 'Sunny Island World', 'other', 'DownOrClosed', 'US', NULL, NULL, 28.320000, -89.750000, 'America/New_York', '44bb8c22-a5a5-7822-880f-3100e285e0ea', 18, true, NULL, NULL, 0);
INSERT INTO parks.parks VALUES ('01a24daf-0863-716f-86f6-5aeb975d22c5', 'sunny-forest-park', 'Sunny Forest Park', 'other', 'DownOrClosed', 'US', NULL, NULL, 47.600000, -75.720000, 'America/New_York', '1ee0fe62-bcb2-3aba-0a57-ae7fbb9e3d6a', 12, true, NULL, NULL, 0);
INSERT INTO parks.parks VALUES ('01a24daf-0863-716f-b27f-07dded6a3a39', 'pirate-valley-adventure-park', 'Pirate Valley Adventure Park', 'other', 'DownOrClosed', 'US', NULL, NULL, 47.520000, -111.280000, 'America/New_York', 'f3659c6a-dbfe-88d7-dab4-a141cd0888d7', 24, true, NULL, NULL, 0);
INSERT INTO parks.parks VALUES ('01a24daf-0856-727b-bba0-c446ce3ae846', 'crystal-forest-studios', 'Crystal Forest Studios', 'other', 'DownOrClosed', 'US', NULL, NULL, 30.520000, -88.080000, 'America/Chicago', '2efd1676-de47-21b4-664c-7f0ba96a8f37', 3, true, NULL, '2026-12-06 23:32:24.785898+00', 0);
INSERT INTO parks.parks VALUES ('01a24daf-0856-7085-9509-bba3afc010b4', 'crystal-summit-resort-park', 'Crystal Summit Resort Park', 'other', 'DownOrClosed', 'US', NULL, NULL, 29.430000, -93.480000, 'America/Chicago', '4721dc61-2409-149c-fe7d-c86a220a4283', 15, true, NULL, '2026-12-06 23:32:24.830218+00', 0);
INSERT INTO parks.parks VALUES ('01a24daf-0856-70a9-a68d-92ab968fb6d6', 'galaxy-kingdom-adventure-park', 'Galaxy Kingdom Adventure Park', 'other', 'DownOrClosed', 'US', NULL, NULL, 28.410000, -90.820000, 'America/Los_Angeles', 'd628deaa-31dd-2a7c-7bde-d7510b6bb14d', 17, true, NULL, '2026-12-06 23:32:24.837168+00', 0);
INSERT INTO parks.parks VALUES ('01a24daf-0854-7cbc-94ca-0e121a63184c', 'golden-forest-world', 'Golden Forest World', 'disney', 'DownOnly', 'US', NULL, NULL, 45.300000, -89.730000, 'America/Los_Angeles', '5b1e7e23-658f-1c0f-2d18-ec54c1b0ac2c', 7, true, NULL, '2026-12-06 23:32:24.843887+00', 0);
INSERT INTO parks.parks VALUES ('01a24daf-0856-785d-89a1-d0584708abca', 'golden-island-adventure-park', 'Golden Island Adventure Park', 'universal', 'DownOnly', 'US', NULL, NULL, 31.160000, -109.740000, 'America/New_York', '9cf0d0cd-063f-0cd9-ce8a-7fce7e632516', 20, true, NULL, '2026-12-06 23:32:24.848605+00', 0);
INSERT INTO parks.parks VALUES ('01a24daf-0856-7c0a-a02f-3ddecfbc81f5', 'hidden-harbor-adventure-park', 'Hidden Harbor Adventure Park', 'other', 'DownOrClosed', 'US', NULL, NULL, 39.000000, -88.730000, 'America/Los_Angeles', 'f8b35adf-11e4-1009-dede-c2b41bc28616', 5, true, NULL, '2026-12-06 23:32:24.852657+00', 0);
INSERT INTO parks.parks VALUES ('01a24daf-0856-72d6-8bda-fa0530c06837', 'hidden-kingdom-studios', 'Hidden Kingdom Studios', 'other', 'DownOrClosed', 'US', NULL, NULL, 31.980000, -117.090000, 'America/Denver', '32839819-31b4-e911-6784-68d51d28614a', 22, true, NULL, '2026-12-06 23:32:24.857345+00', 0);
INSERT INTO parks.parks VALUES ('01a24daf-0856-7db1-862c-10d21b4cf0f3', 'magic-coast-studios', 'Magic Coast Studios', 'other', 'DownOrClosed', 'US', NULL, NULL, 39.880000, -99.510000, 'America/Chicago', '18bfba2c-479d-7971-2b0d-7b9f4dcfae03', 9, true, NULL, '2026-12-06 23:32:24.861293+00', 0);
INSERT INTO parks.parks VALUES ('01a24daf-0856-7ed4-ba78-552f9080a33a', 'magic-grove-adventure-park', 'Magic Grove Adventure Park', 'other', 'DownOrClosed', 'US', NULL, NULL, 45.520000, -89.920000, 'America/Denver', '3348356f-cb6a-5a88-9b6a-bcd7fdd6d057', 4, true, NULL, '2026-12-06 23:32:24.86514+00', 0);
INSERT INTO parks.parks VALUES ('01a24daf-0856-7aec-b276-85d47caf4c85', 'magic-kingdom-resort-park', 'Magic Kingdom Resort Park', 'other', 'DownOrClosed', 'US', NULL, NULL, 37.340000, -109.810000, 'America/Denver', 'da9d474a-a042-3f28-558e-b6732930852b', 16, true, NULL, '2026-12-06 23:32:24.875834+00', 0);


--
-- Data for Name: ride_states; Type: TABLE DATA; Schema: parks; Owner: -
--

INSERT INTO parks.ride_states VALUES ('01a24daf-098f-79fc-986d-3aad083abc56', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-098f-7ae3-82b4-308b6a26dc39', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0990-7047-9974-54e38d06edf5', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0990-7061-aac0-02a02c44f6e6', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0990-7133-a252-4e16d231a82a', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0990-7245-8f35-c631d2d75078', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0990-736f-b45a-075dca328e89', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0990-7a3a-a1c7-67715b38657d', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0990-7b03-91d3-0b232112af8c', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-06 23:30:00+00', 'Down', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0990-7e4c-bbe9-6edf15df7d07', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0990-7ff0-80aa-c7ae0be6bc9d', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0991-7065-bc42-c09b533c8282', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0991-73d2-9935-2d7957090108', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0991-7560-914d-38596facac31', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0991-7baa-986d-3045e0fdfb84', '01a24daf-0856-785d-89a1-d0584708abca', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09a3-73bd-9712-1dd713f0f528', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09a4-704a-9413-44235548798f', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09a4-718a-8032-b3c596f67882', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09a4-738c-9d89-3ae7414671fc', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09a4-77a7-a427-d0830b167a45', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-06 23:30:00+00', 'Refurbishment', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09a4-7821-ae95-6ff76770d7e0', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09a4-7995-9b6b-8353067ddb0c', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09a4-7ed7-a6af-777945164410', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09a5-72a7-87d7-f1c1e2c7e4c5', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09a5-74d3-ba04-60cbbac68c7a', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09a5-77d4-82c9-520b45030b20', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09a5-7a5c-9780-18bc30470891', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09a5-7aae-b8c3-1770979905d7', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09a5-7b19-ad53-029e30cb18e1', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09a5-7da4-9c3b-1010c1113e0e', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-06 23:30:00+00', 'Refurbishment', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09a5-7f39-88ea-7ca800b879d5', '01a24daf-0856-7085-9509-bba3afc010b4', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0952-7eef-8fdf-34aac21663dc', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0957-77a8-a8ef-1e1083f0d5b5', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0958-70e6-ae90-417a0fc647fc', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0958-71f0-a4df-f81b6282cab4', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0958-75e2-9b2e-2eabd25b8d1a', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0958-7635-bbd2-62aea7446345', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0958-784a-850e-fea8cb20ac26', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0958-785d-b960-0a0d14a89b01', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-06 23:30:00+00', 'Down', NULL, '2026-12-06 23:30:00+00', '2026-12-06 23:30:00+00', true, true);
INSERT INTO parks.ride_states VALUES ('01a24daf-0958-797f-8ebb-84344dc27370', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0958-7bbb-ab2f-f7b21d6ef1ae', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0958-7c89-ab79-d8fc807fd3ee', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0958-7ea2-af43-5d87f0a35090', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0959-72ae-9e8b-93c012b212d4', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0959-7373-8098-d8f127d95d8c', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0959-7883-9b86-dd1508b3abf7', '01a24daf-0854-7cbc-94ca-0e121a63184c', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0995-715e-9cd0-e8ceab6dc7d3', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0995-7df8-b630-647fee22164c', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0996-701f-8a9a-01bf0ad14f42', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0996-75da-9844-8d91425230d5', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0996-79a8-a9db-e5d18f0c5c0f', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0997-71bc-bd9b-3e60fbfac4c0', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0997-755e-bc84-0f687fa522cf', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0997-76b7-9e5d-d31e1084c893', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0997-77a5-a295-7a6e4c7373d9', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0997-77f6-9fdc-adc477420a22', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0997-7893-ad0e-a05b54687e52', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0997-79ed-a618-1526acb95e83', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0997-7c0f-913b-e9744bdeac3d', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0998-743e-b0a8-1ef54d02bcd5', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0998-7e56-aa4f-5811b2bb3dcc', '01a24daf-0856-727b-bba0-c446ce3ae846', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b7d-74da-be74-2b9456d5bbc6', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b7d-7512-9130-71d4ad8611d2', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b7d-7c91-b93b-12f0b4af1a94', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b7e-74e7-933e-2c52d74397be', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b7e-78ff-8849-1cb0ea8c6818', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b7e-7bb2-91f4-2dd7db9ef298', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b7e-7c08-b4e5-13b9b224dff7', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-06 23:30:00+00', 'Refurbishment', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b7e-7cd1-9d82-73011570d69d', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b7e-7cef-937b-34a72b40448f', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b7e-7d2c-93b9-7a59cd1766bf', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b7e-7e19-baf9-91713fb7f088', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b7e-7f11-98c4-113bb94d80f1', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b7e-7f3c-9eb7-1d77e7b5b31f', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b7e-7f7d-929d-509a746ebb9b', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b7f-7b96-b2e9-fb9c5f6df785', '01a24daf-0856-70a9-a68d-92ab968fb6d6', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-08fd-7d0f-b110-93d563c58337', '01a24daf-0801-78de-8533-c4736a0edd20', '2026-12-06 23:30:00+00', 'Operating', 20, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-091d-734d-a2b5-2a6d18aa59f1', '01a24daf-0801-78de-8533-c4736a0edd20', '2026-12-06 23:30:00+00', 'Operating', 25, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-091e-70b6-a650-bb59c4c52a98', '01a24daf-0801-78de-8533-c4736a0edd20', '2026-12-06 23:30:00+00', 'Operating', 10, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-091e-73d1-bae1-ad3f51ea1a1b', '01a24daf-0801-78de-8533-c4736a0edd20', '2026-12-06 23:30:00+00', 'Operating', 30, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-091e-7427-8f01-1c6ff44106f6', '01a24daf-0801-78de-8533-c4736a0edd20', '2026-12-06 23:30:00+00', 'Operating', 30, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-091e-7951-8e29-fccac763359e', '01a24daf-0801-78de-8533-c4736a0edd20', '2026-12-06 23:30:00+00', 'Operating', 35, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-091e-7994-ba77-843c0ea1fad1', '01a24daf-0801-78de-8533-c4736a0edd20', '2026-12-06 23:30:00+00', 'Operating', 25, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-091e-79fb-a60b-4e61a976e30f', '01a24daf-0801-78de-8533-c4736a0edd20', '2026-12-06 23:30:00+00', 'Operating', 30, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-091e-7a78-a30f-e9dcad72afd5', '01a24daf-0801-78de-8533-c4736a0edd20', '2026-12-06 23:30:00+00', 'Operating', 40, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-091e-7a99-ba8c-c29942e0cd73', '01a24daf-0801-78de-8533-c4736a0edd20', '2026-12-06 23:30:00+00', 'Operating', 30, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-091e-7c20-96a0-b3d5f917b9a2', '01a24daf-0801-78de-8533-c4736a0edd20', '2026-12-06 23:30:00+00', 'Operating', 45, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-091e-7d04-b444-568a1429ade2', '01a24daf-0801-78de-8533-c4736a0edd20', '2026-12-06 23:30:00+00', 'Operating', 30, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-091e-7d24-bc52-3eb3b66af136', '01a24daf-0801-78de-8533-c4736a0edd20', '2026-12-06 23:30:00+00', 'Operating', 45, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-091e-7d68-a366-b7f0a63f2140', '01a24daf-0801-78de-8533-c4736a0edd20', '2026-12-06 23:30:00+00', 'Operating', 10, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-092f-70c6-a489-e6cc9f561099', '01a24daf-0801-78de-8533-c4736a0edd20', '2026-12-06 23:30:00+00', 'Operating', 20, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-092f-7a1a-8912-a2d1a8a65738', '01a24daf-0801-78de-8533-c4736a0edd20', '2026-12-06 23:30:00+00', 'Operating', 20, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09cb-7577-90c0-4a0bdf9dfe5d', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09cb-7d64-bbfa-bcf242f93729', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09cc-7184-89e7-5ff913aac73b', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09cc-7295-bae0-30a9b8ff2096', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09cc-73ef-9d0d-7e05d5902768', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09cc-7616-a1b5-69ef82009fa1', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09cc-763a-81cb-f8fa9e4b39be', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09cc-7a14-8df7-964d45d0be1c', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09cc-7b84-bc09-cf4b25fcbe28', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09cc-7d2c-8db4-c83ff26c8922', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09cc-7d7d-8819-ee962959bf61', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09cd-727c-954b-1f0f53a58a2b', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09cd-7b24-8839-4e13919e7ece', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09cd-7d6c-a52e-0c917d6bd7a5', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09cd-7eda-b474-d8dac5ff4928', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09cd-7f3d-93ad-a4a77c1c992c', '01a24daf-0856-72d6-8bda-fa0530c06837', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0983-7120-afef-ea3e1b8e549c', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0983-7aad-bf53-c2b87f4db414', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0983-7f49-922d-e72d00084377', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0984-70ea-ac1c-8f941bf6f0bb', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0984-73c2-8507-dee062f5ecee', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0984-76e6-8d3d-bd696e71aced', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0984-7726-a8df-d5c923db0753', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0984-7a9b-a1f0-f1ab288b8f6b', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0984-7bb5-9e7b-9e3e6bcb8f60', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0984-7ca3-99c6-ed9a01f1dfdf', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0984-7ec5-bc05-914cbf91bce9', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0985-70ba-bb2c-a8a0b67b64cb', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0985-7196-84bd-f46c8c215d29', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0985-76d3-bc39-1de79d10c17c', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0985-7cbd-bd9c-2577fd4b4a90', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0985-7f50-a1e2-071a59839aaf', '01a24daf-0856-74b5-98c2-6a86b2379131', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0bb4-7417-83f4-e2c19ba212be', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0bb5-7012-828b-34d04013fa26', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0bb5-742e-88b2-924adfe19775', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0bb5-74a9-af72-b2e593825a31', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0bb5-772e-84bd-c7d6ec655fb2', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0bb5-780b-9a21-30dbc4ebe4fb', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0bb5-78e0-8b5d-dc69c6cf6f3d', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0bb5-7ae6-95ce-895843ca5452', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0bb5-7c1c-989c-dcafa5b2f385', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0bb5-7c72-b0bb-d424b8c2e577', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0bb5-7e2f-9b3e-d3578a35240c', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0bb5-7f53-a094-55958ea811c7', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0bb6-736d-9eb3-5151950d9ea9', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0bb6-760d-b067-c1655a70ad37', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0bb6-7791-9eaa-4226be0955a4', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0bb6-7ac0-bd75-975c1baae6ad', '01a24daf-0863-716f-b27f-07dded6a3a39', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-097d-7cf8-883a-074c49ff2ffb', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-097e-7363-86c3-2665e63f098e', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-097e-74bc-8a72-45274078008a', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-097e-7717-8155-554c84632897', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-097e-7881-b6a2-165ff3363750', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-097e-7a2b-9bd3-e3022eb7f412', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-097e-7bf5-ae5c-4bd2587e25b2', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-097e-7cdb-83d4-eec5f3bc5b7f', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-097e-7d06-a872-b332deba3b0a', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-097e-7f44-adad-312764cd4184', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-097f-724b-9ca2-ff3e904f7853', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-097f-7378-90a2-304a243a9cda', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-097f-7b4b-808b-a2b946add544', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-097f-7c7f-b4d2-829263809c46', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-097f-7ca6-a370-82839af59c4d', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', '2026-12-06 23:30:00+00', 'Closed', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09ab-7528-a758-541979b64561', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-099c-705e-b6a2-bc85e222d378', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-099c-7933-9311-b7b0a6169eea', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-099d-706e-8e43-401b5b6e8aa4', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-099d-74d1-a474-2d960f4d69ea', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-099d-7699-aa94-363f7462c587', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-099d-7843-89bb-1c1f586da21f', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-099d-7862-9569-e7d1e4b984c6', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-099d-790f-b71c-704187648306', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-099d-7fd4-a0cd-0a58f3b831ea', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-099e-702a-a7bf-b8a32466f027', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-099e-7234-94e9-d842d099fa17', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-099e-74df-b9ae-1e886c784950', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-099e-76bd-b8ac-0d80552f8fd4', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-099e-7747-8916-8a8b6d5b6f7d', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-099e-779a-8865-08da4c564f46', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-099e-7fcd-9de5-0c354f674264', '01a24daf-0856-7db1-862c-10d21b4cf0f3', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b85-7290-a3df-4c0730f33caa', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-12-06 23:30:00+00', 'Operating', 15, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b85-7622-baba-16985907ee7a', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-12-06 23:30:00+00', 'Operating', 25, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b85-76d5-8d42-b31e2ccf165e', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-12-06 23:30:00+00', 'Operating', 20, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b85-786d-8175-b76348c0458d', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-12-06 23:30:00+00', 'Operating', 30, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b85-7917-8939-8f4954c80741', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-12-06 23:30:00+00', 'Operating', 45, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b85-7dee-85b2-3a757e8ca7a7', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-12-06 23:30:00+00', 'Operating', 30, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b85-7df5-883c-29f5f60e0858', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-12-06 23:30:00+00', 'Operating', 40, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b86-7062-93d8-52fb92efb4c7', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-12-06 23:30:00+00', 'Operating', 35, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b86-71ef-ac4a-695db3222c0e', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-12-06 23:30:00+00', 'Operating', 15, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b86-739b-bc50-6871049f477e', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-12-06 23:30:00+00', 'Operating', 10, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b86-740b-9b7c-94f2c7b686f3', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-12-06 23:30:00+00', 'Operating', 25, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b86-745f-a18f-08715989877e', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-12-06 23:30:00+00', 'Operating', 35, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b86-76ea-8bb6-bddb048b2481', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-12-06 23:30:00+00', 'Operating', 20, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b86-7996-b8e0-38efb7f9b012', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-12-06 23:30:00+00', 'Operating', 35, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b86-79b9-85b5-0641087ef3a0', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-12-06 23:30:00+00', 'Operating', 10, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b86-79d6-a640-7103b7631f2e', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', '2026-12-06 23:30:00+00', 'Operating', 15, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b07-7091-a8f0-f4473b6b1b01', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b07-7225-867a-9adabf1a0308', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b07-733b-978d-9b374ab0aa13', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b07-791f-8259-911515ad5cc5', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b07-7c14-b840-3157be943923', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b08-7366-8275-9e7a6f5b7763', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b08-75db-aa9b-1770c4dd02f4', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b08-7706-a9ea-8125681a9664', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b08-7716-aff4-fb42e419ecb5', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b08-782e-8b0f-46bb50b1a098', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b08-79c3-bf95-8b76060a1040', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b1a-77d6-9ae2-2b687f65084c', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b1a-7bc8-8536-c14ddeb4d107', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b1a-7c74-bef6-687420cbd6e8', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b1a-7d04-80ca-5fb4d4599769', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0969-7388-a6be-14e7bac6043b', '01a24daf-0855-778f-951c-210639f619dd', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0969-77e4-9faf-6d597e1010b7', '01a24daf-0855-778f-951c-210639f619dd', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0969-7c8c-8f40-b4f4cbdd7f59', '01a24daf-0855-778f-951c-210639f619dd', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0969-7d72-bbf9-80ecb6e5bdc2', '01a24daf-0855-778f-951c-210639f619dd', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-096a-71ab-81f1-af358ff985c5', '01a24daf-0855-778f-951c-210639f619dd', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-096a-7300-b14e-4d3a7934f6db', '01a24daf-0855-778f-951c-210639f619dd', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-096a-7581-95b0-c65eb459fff3', '01a24daf-0855-778f-951c-210639f619dd', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-096a-7999-91c4-0b385d516e6a', '01a24daf-0855-778f-951c-210639f619dd', '2026-12-06 23:30:00+00', 'Down', NULL, '2026-12-06 23:30:00+00', '2026-12-06 23:30:00+00', true, true);
INSERT INTO parks.ride_states VALUES ('01a24daf-096a-799c-b2f8-ef3091bc55bc', '01a24daf-0855-778f-951c-210639f619dd', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-096a-7b74-b3d9-21493888c208', '01a24daf-0855-778f-951c-210639f619dd', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-096a-7d4b-8def-17abb23ccdfb', '01a24daf-0855-778f-951c-210639f619dd', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-096a-7e78-b283-a932a323b584', '01a24daf-0855-778f-951c-210639f619dd', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-096a-7f6c-b9aa-e9dbd4fad131', '01a24daf-0855-778f-951c-210639f619dd', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0972-7716-b255-645b5e5be49a', '01a24daf-0855-778f-951c-210639f619dd', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0973-736c-b0fe-68fcf97b23fe', '01a24daf-0855-778f-951c-210639f619dd', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0973-7382-8c14-b89f38c2fa4d', '01a24daf-0855-778f-951c-210639f619dd', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b69-729c-8f4b-255eaaa092d5', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b69-7443-93a8-cb145380da3d', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b69-7543-9bce-93678ffe7ec7', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b69-7578-ab45-608e3cf22cb3', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b69-7773-9646-af7031c98ea3', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b69-7b9c-a8c5-ec95002f8972', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b69-7c52-affe-5a1875e16769', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-06 23:30:00+00', 'Refurbishment', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b6a-70cf-8493-76b8d1a62906', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b6a-7997-a06e-75b09a9f34c1', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b6a-7a6b-bbca-b5cfc27ee07a', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b6a-7c41-ac7a-01e6cab013a3', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b6a-7c75-9c8a-eedf4beb65fb', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09c3-7542-a108-583d0f59a5bc', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09c3-7656-a195-9b8f210b2738', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09c3-7c01-893b-5e59f3366f33', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09c3-7cbf-b0af-cf690ad52f95', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09c3-7dc4-a60f-ce673d2bad2e', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09c3-7ee1-85e3-aad9e7783a6c', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09c4-70fc-b7e8-52cdb5f90b96', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09c4-7102-a3e2-95a5405f25ca', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09c4-71e5-a348-80550b1e8e9b', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09c4-7238-a524-ede2e0310273', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09c4-749e-8bd8-3b81aeb308b4', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09c4-75c3-be39-3813f04d3065', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09c4-7bb0-98dc-13f95dcfaa93', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09c4-7cfe-a5c3-2fd27c560188', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09c5-75cf-89be-2ea96a9ed4f3', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09c5-77be-b218-dbbcc1c254ce', '01a24daf-0856-7aec-b276-85d47caf4c85', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0989-7026-a13e-a824f9f32fc2', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0989-7216-8042-8751dea455cc', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0989-7591-b5da-2ade203b9aa4', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0989-7bc7-aad8-d22315f99646', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-098a-72a1-bec3-6a23d5459e33', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-098a-72d2-8799-a8d59ac95ffc', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-098a-74d1-82b4-a5b7e1cf34e0', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-098a-751b-99c5-7fce48d5dfe1', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-098a-75aa-8343-8e6413c87820', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-098a-76da-be14-dcd14d219150', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-098a-7a1b-9b94-bfe5d2df5f42', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-098a-7b0f-8cfd-db7d52368878', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-06 23:30:00+00', 'Down', NULL, '2026-12-06 23:30:00+00', '2026-12-06 23:30:00+00', true, true);
INSERT INTO parks.ride_states VALUES ('01a24daf-098b-7310-b61e-49600130f4ec', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-098b-7321-8453-e1417bd34909', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-098b-753b-8e98-eb99e2b7e0f8', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0978-70fd-870b-d6122e45c7b4', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0978-7652-98ba-870f5ccb85fc', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0978-78da-ad20-96d3ecb732c5', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0978-7ad7-84b1-198bf059493a', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0978-7da2-b5e8-b57831d4560f', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0978-7de7-aa83-a447c301031c', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0979-70fe-b97c-dbd4524a5464', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0979-7328-a9e6-399a810209a9', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0979-73c4-8030-c61ccd534aa6', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0979-7492-9051-d0eff73a8366', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-06 23:30:00+00', 'Refurbishment', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0979-7572-bc34-10516a1f7e6a', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0979-768f-8e84-0e67969c0bb8', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0979-77bc-a0f2-0d3f97b2eb91', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-097a-7153-8be5-522800820cc0', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-097a-7216-a342-e280679a5491', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-097a-733a-b934-f2bed5a953b5', '01a24daf-0855-7999-a486-7891cacabbe1', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09bb-7225-bc81-6f4170834340', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09bb-76b5-8312-66cc96c7b15e', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09bb-774f-8862-1ad246ccf8b0', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09bb-7871-a7ae-e1fc80bad84a', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09bb-7899-b402-f290050c44da', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09bb-7d1f-bdaa-0e5931b778dc', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09bb-7dfa-91c2-0e6dbab3d025', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09bc-7104-bb88-53f04fcf5163', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09bc-7292-91e3-1d6586d1aac8', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09bc-7419-aa9d-8d7a0716b781', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09bc-767d-9dab-a9984daa9a86', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09bc-774b-8301-4cd826fd0efa', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09bc-7906-8b38-09b71fc82d0b', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09bc-7914-8b78-80760d210b6b', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09bc-7a5e-ad99-b288cb1bb6ad', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09bc-7d5b-abea-b414d3a52c32', '01a24daf-0856-70b1-bb3b-fb371b1a248a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09b3-785d-82f0-a5710385e558', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09b3-7903-a53a-f99b7562a740', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09b3-79fb-82eb-e029a1037287', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09b3-7a3e-9c39-fa488db265b1', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09b3-7aa5-9c4c-7b40afd27515', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09b3-7dc9-a667-afa76d1aa168', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09b4-70ad-bc01-74bda506c46d', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09b4-71e4-91c2-6f6dae31c6da', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09b4-746a-8a11-353a4439dee7', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09b4-7779-ae70-8d2bff0b7f79', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09b4-7a3d-9579-bb2a0305ed06', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09b4-7b03-a49b-5c4c4dc04277', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09b4-7b68-83d6-2d1eed45fbcd', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09b4-7c15-b583-13c5652a1444', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09b4-7d1f-a238-6f03f558b616', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09b4-7e8a-8c69-b951a1086cdd', '01a24daf-0856-7ed4-ba78-552f9080a33a', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b8d-79e3-ab80-24cbb4d1523c', '01a24daf-0856-7f20-9343-1478686e4038', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b8d-7a89-9600-3ccf6d871a2b', '01a24daf-0856-7f20-9343-1478686e4038', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b8d-7c7a-ae8d-88ac9c6605a7', '01a24daf-0856-7f20-9343-1478686e4038', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b8d-7f89-b047-d3062f7705c4', '01a24daf-0856-7f20-9343-1478686e4038', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b8e-7068-b847-82d5f14724a9', '01a24daf-0856-7f20-9343-1478686e4038', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b8e-71e5-9d58-ddf3c216848b', '01a24daf-0856-7f20-9343-1478686e4038', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b8e-724f-b069-d3f2a117a773', '01a24daf-0856-7f20-9343-1478686e4038', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b8e-7407-b716-e52c787d9a5e', '01a24daf-0856-7f20-9343-1478686e4038', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b8e-77d9-a7c9-d0d6e4a4c338', '01a24daf-0856-7f20-9343-1478686e4038', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b8e-783f-9308-4cc0d919a0f6', '01a24daf-0856-7f20-9343-1478686e4038', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b8e-78b7-bc18-0bb8aeabe22c', '01a24daf-0856-7f20-9343-1478686e4038', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b8e-7927-94b5-c19afaac0eb3', '01a24daf-0856-7f20-9343-1478686e4038', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b8e-79e6-a1b3-41fd5b32c29c', '01a24daf-0856-7f20-9343-1478686e4038', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b8e-7cab-9913-25f05bf22536', '01a24daf-0856-7f20-9343-1478686e4038', '2026-12-06 23:30:00+00', 'Refurbishment', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b8e-7cfd-8425-d588e7e1aba9', '01a24daf-0856-7f20-9343-1478686e4038', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b8e-7ffb-9fee-4f90fa50c55d', '01a24daf-0856-7f20-9343-1478686e4038', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b6a-7e55-9c76-33153e80b94e', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b6a-7f6e-be13-93f7a7c46e23', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b73-76ba-b378-bce8e0984361', '01a24daf-0856-754b-8a9c-07662df58a63', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b96-717b-9826-424f34cf2555', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b96-739c-9c97-0985e4784f52', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b96-74fa-a787-18897d3e97ea', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b96-756e-8681-60e28b6e17f0', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b96-764a-aab4-9d9ad7aa36c4', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b96-7e67-aeea-662d0f3c6f45', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-06 23:30:00+00', 'Down', NULL, '2026-12-06 23:30:00+00', '2026-12-06 23:30:00+00', true, true);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b97-7111-9f81-74efc68830f2', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b97-71a5-8aca-742dbec39586', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b97-736d-b2c7-abf01baf9009', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b97-75ec-a4a1-4691535b3b3f', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b97-7655-832b-7a1c49030772', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b97-7689-9a88-de0917dc3db7', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b97-781c-a816-6a385955a216', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b97-7a3e-b7c6-f5a3d553d399', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b97-7a56-aa3e-a5438638be08', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0b97-7e07-9569-545d173c2b6c', '01a24daf-0863-716f-86f6-5aeb975d22c5', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0ba2-7303-b3b6-976bab3b833a', '01a24daf-0863-7030-9288-2c456482e125', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0ba2-7a76-a6e6-01a65d622dd4', '01a24daf-0863-7030-9288-2c456482e125', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0ba2-7bb7-9c63-5071c3564048', '01a24daf-0863-7030-9288-2c456482e125', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0ba2-7e9a-8daa-27dbf67ea13d', '01a24daf-0863-7030-9288-2c456482e125', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0ba3-7055-abf6-65784877274f', '01a24daf-0863-7030-9288-2c456482e125', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0ba3-70df-8e64-fad844d469c1', '01a24daf-0863-7030-9288-2c456482e125', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0ba3-71c5-ade4-29f68a436b01', '01a24daf-0863-7030-9288-2c456482e125', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0ba3-7378-bd15-59b2d33809f5', '01a24daf-0863-7030-9288-2c456482e125', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0ba3-76c5-a3c8-2f4ed8831aac', '01a24daf-0863-7030-9288-2c456482e125', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0ba3-7c0e-b245-eb4a2397cc4a', '01a24daf-0863-7030-9288-2c456482e125', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0ba3-7d59-b453-3149f355261f', '01a24daf-0863-7030-9288-2c456482e125', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0ba3-7da2-88e1-d001929608d7', '01a24daf-0863-7030-9288-2c456482e125', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0ba3-7dba-949a-45a8ddca5a3d', '01a24daf-0863-7030-9288-2c456482e125', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-0ba3-7fa4-87f1-938df32ed691', '01a24daf-0863-7030-9288-2c456482e125', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09ab-75cd-b159-c926081edd51', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-06 23:30:00+00', 'Down', NULL, '2026-12-06 23:30:00+00', '2026-12-06 23:30:00+00', true, true);
INSERT INTO parks.ride_states VALUES ('01a24daf-09ab-7ba6-850d-a57b8f5721c1', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09ab-7e48-ad58-4ec7cc646c62', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09ab-7e58-b4e2-dae1f893e7f7', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09ac-752d-b896-a3c66b0f4b8a', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09ac-7731-9d59-380ac7826c97', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09ac-78ab-b981-7b792333c177', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09ac-7b50-819b-04dbe2e53ae8', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09ac-7cd0-a6ce-c93020028b85', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09ac-7d4b-8a56-eb4983769397', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09ac-7dee-b793-ec2f44094275', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09ac-7e36-8688-bcfee2d11d19', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09ac-7ef4-a854-bc7c5b5bbc1d', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09ad-735a-a2d7-983d192a33f0', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, false, false);
INSERT INTO parks.ride_states VALUES ('01a24daf-09ad-7f16-ab4c-b701fcb2e6b6', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', '2026-12-06 23:30:00+00', 'Operating', NULL, '2026-12-06 23:30:00+00', NULL, true, false);


--
-- Data for Name: rides; Type: TABLE DATA; Schema: parks; Owner: -
--

INSERT INTO parks.rides VALUES ('01a24daf-0958-785d-b960-0a0d14a89b01', '01a24daf-0854-7cbc-94ca-0e121a63184c', 'Crystal Forest Junior Coaster', 'Harbor Land', 'ATTRACTION', 3, 'rule', 'bda202d3-ec07-3f9c-f8ac-35f36461775c', 7015, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0959-7506-8a5e-9900a1362e08', '01a24daf-0854-7cbc-94ca-0e121a63184c', 'Dragon Coast Racers', 'Forest Land', 'ATTRACTION', NULL, 'none', NULL, 7008, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-096a-7999-91c4-0b385d516e6a', '01a24daf-0855-778f-951c-210639f619dd', 'Silver Forest Flyer', 'Harbor Land', 'ATTRACTION', NULL, 'none', '4c00a175-5ede-82f6-c5cf-728d8e73e3a3', 13004, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0969-7388-a6be-14e7bac6043b', '01a24daf-0855-778f-951c-210639f619dd', 'Golden Lagoon Drop Tower', 'Ridge Land', 'ATTRACTION', 1, 'rule', '63cc5a1b-2021-b221-99b4-90ca3780fe3a', 13001, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0969-77e4-9faf-6d597e1010b7', '01a24daf-0855-778f-951c-210639f619dd', 'Mystic Forest Walkthrough Exhibit', 'Ridge Land', 'EXPERIENCE', NULL, 'none', '89f6821c-f4b5-836c-b8bc-91411623dd5e', 13013, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0969-7c8c-8f40-b4f4cbdd7f59', '01a24daf-0855-778f-951c-210639f619dd', 'Thunder Kingdom Mountain', 'Ridge Land', 'ATTRACTION', 1, 'rule', 'f3b1c9a2-8937-2ea9-b17d-14be0b19368f', 13009, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0969-7d72-bbf9-80ecb6e5bdc2', '01a24daf-0855-778f-951c-210639f619dd', 'Sunny Harbor Theater Show', 'Ridge Land', 'SHOW', NULL, 'none', '98ee5a53-6c60-8982-c71f-6b6dc6f6b6bf', 13005, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-096a-71ab-81f1-af358ff985c5', '01a24daf-0855-778f-951c-210639f619dd', 'Crystal Grove Character Meet', 'Bay Land', 'MEET_AND_GREET', NULL, 'none', '20c56c61-d4e7-a454-2fc9-d498219c951a', 13006, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-096a-7300-b14e-4d3a7934f6db', '01a24daf-0855-778f-951c-210639f619dd', 'Wild Grove Theater Show', 'Bay Land', 'SHOW', NULL, 'none', '3608a65c-fd3d-2876-2154-d81041648004', 13010, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-096a-7581-95b0-c65eb459fff3', '01a24daf-0855-778f-951c-210639f619dd', 'Jungle Coast Racers', 'Kingdom Land', 'ATTRACTION', NULL, 'none', '9c18ffb9-5134-eec5-60ed-258c22a58a5a', 13003, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-096a-799c-b2f8-ef3091bc55bc', '01a24daf-0855-778f-951c-210639f619dd', 'Frontier Ridge Racers', 'Bay Land', 'ATTRACTION', NULL, 'none', 'ced8106c-1a2a-4acc-f4dd-1c215c1d84b3', 13014, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-096a-7b74-b3d9-21493888c208', '01a24daf-0855-778f-951c-210639f619dd', 'Frontier Summit Drop Tower', 'Kingdom Land', 'ATTRACTION', 1, 'rule', '7ffa483a-2788-05d2-4e10-bf1fd0d04ab2', 13007, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-096a-7d4b-8def-17abb23ccdfb', '01a24daf-0855-778f-951c-210639f619dd', 'Wild Coast Teacups', 'Kingdom Land', 'ATTRACTION', 3, 'rule', '6f57c14c-fea5-7e85-1e82-e611f4f12753', 13011, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-096a-7e78-b283-a932a323b584', '01a24daf-0855-778f-951c-210639f619dd', 'Frontier Kingdom Teacups', 'Kingdom Land', 'ATTRACTION', 3, 'rule', '9bee7f05-26b6-8e8f-c13d-86f4ceabf577', 13015, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-096a-7f6c-b9aa-e9dbd4fad131', '01a24daf-0855-778f-951c-210639f619dd', 'Magic Coast Character Meet', 'Bay Land', 'MEET_AND_GREET', NULL, 'none', '4eb119a4-2948-bbf8-4942-5c43c5df3061', 13002, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0972-7716-b255-645b5e5be49a', '01a24daf-0855-778f-951c-210639f619dd', 'Thunder Lagoon Mountain', 'Harbor Land', 'ATTRACTION', 1, 'rule', 'be862bc9-cac5-0b52-0d23-0bd40a09b858', 13008, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0979-7492-9051-d0eff73a8366', '01a24daf-0855-7999-a486-7891cacabbe1', 'Galaxy Lagoon Carousel', 'Canyon Land', 'ATTRACTION', 3, 'rule', 'f47f1837-170d-aed7-bab2-596e57134725', 19007, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-097d-7cf8-883a-074c49ff2ffb', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', 'Wild Grove Mountain', 'Forest Land', 'ATTRACTION', 1, 'rule', NULL, 2001, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-097e-7363-86c3-2665e63f098e', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', 'Jungle Kingdom Teacups', 'Canyon Land', 'ATTRACTION', 3, 'rule', NULL, 2002, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-097e-74bc-8a72-45274078008a', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', 'Cosmic Lagoon Walkthrough Exhibit', 'Canyon Land', 'EXPERIENCE', NULL, 'none', NULL, 2010, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-097e-7717-8155-554c84632897', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', 'Cosmic Harbor Drop Tower', 'Forest Land', 'ATTRACTION', 1, 'rule', NULL, 2009, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-097e-7881-b6a2-165ff3363750', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', 'Silver Lagoon Railroad', 'Forest Land', 'ATTRACTION', NULL, 'none', NULL, 2013, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-097e-7a2b-9bd3-e3022eb7f412', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', 'Mystic Grove Junior Coaster', 'Forest Land', 'ATTRACTION', 3, 'rule', NULL, 2005, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-097e-7bf5-ae5c-4bd2587e25b2', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', 'Sunny Bay Walkthrough Exhibit', 'Canyon Land', 'EXPERIENCE', NULL, 'none', NULL, 2006, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-097e-7cdb-83d4-eec5f3bc5b7f', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', 'Silver Coast Walkthrough Exhibit', 'Canyon Land', 'EXPERIENCE', NULL, 'none', NULL, 2007, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-097e-7d06-a872-b332deba3b0a', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', 'Frontier Valley Teacups', 'Canyon Land', 'ATTRACTION', 3, 'rule', NULL, 2011, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-097e-7f44-adad-312764cd4184', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', 'Thunder Grove Voyage', 'Canyon Land', 'ATTRACTION', NULL, 'none', NULL, 2003, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-097f-724b-9ca2-ff3e904f7853', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', 'Jungle Kingdom Splash', 'Ridge Land', 'ATTRACTION', 1, 'rule', NULL, 2004, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-097f-7378-90a2-304a243a9cda', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', 'Thunder Kingdom Character Meet', 'Canyon Land', 'MEET_AND_GREET', NULL, 'none', NULL, 2015, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-097f-7b4b-808b-a2b946add544', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', 'Thunder Kingdom Mountain', 'Ridge Land', 'ATTRACTION', 1, 'rule', NULL, 2016, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-097f-7c7f-b4d2-829263809c46', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', 'Galaxy Island Theater Show', 'Canyon Land', 'SHOW', NULL, 'none', NULL, 2014, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-097f-7ca6-a370-82839af59c4d', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', 'Dragon Island Expedition', 'Ridge Land', 'ATTRACTION', 1, 'rule', NULL, 2012, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0983-7120-afef-ea3e1b8e549c', '01a24daf-0856-74b5-98c2-6a86b2379131', 'Magic Bay Dark Ride', 'Harbor Land', 'ATTRACTION', NULL, 'none', 'c29fcd84-9594-e154-92cb-a71e8ad8d457', 8005, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0983-7aad-bf53-c2b87f4db414', '01a24daf-0856-74b5-98c2-6a86b2379131', 'Magic Harbor Racers', 'Harbor Land', 'ATTRACTION', NULL, 'none', 'ec670ecd-8316-4202-c77a-3b5c5a7b4044', 8009, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0983-7f49-922d-e72d00084377', '01a24daf-0856-74b5-98c2-6a86b2379131', 'Sunny Kingdom Splash', 'Harbor Land', 'ATTRACTION', 1, 'rule', '99ee9e46-3db3-bf39-ea4d-b47001ffd9a7', 8001, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0984-70ea-ac1c-8f941bf6f0bb', '01a24daf-0856-74b5-98c2-6a86b2379131', 'Wild Harbor Coaster', 'Ridge Land', 'ATTRACTION', 1, 'rule', '22ad8636-d906-a17f-801c-5833e3431ed1', 8011, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0984-73c2-8507-dee062f5ecee', '01a24daf-0856-74b5-98c2-6a86b2379131', 'Galaxy Ridge Coaster', 'Canyon Land', 'ATTRACTION', 1, 'rule', '3883387c-2470-6b77-6d92-d7630cb48dd6', 8010, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0984-76e6-8d3d-bd696e71aced', '01a24daf-0856-74b5-98c2-6a86b2379131', 'Royal Coast Theater Show', 'Harbor Land', 'SHOW', NULL, 'none', '3d31eb13-13ab-4d67-5704-5b3ae1164990', 8013, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0984-7726-a8df-d5c923db0753', '01a24daf-0856-74b5-98c2-6a86b2379131', 'Jungle Summit Carousel', 'Canyon Land', 'ATTRACTION', 3, 'rule', '4f4eb9f0-ba46-9c82-ed04-6928034f2f37', 8002, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0984-7a9b-a1f0-f1ab288b8f6b', '01a24daf-0856-74b5-98c2-6a86b2379131', 'Magic Kingdom Dark Ride', 'Ridge Land', 'ATTRACTION', NULL, 'none', '1378fc06-c64c-617e-08c1-79d6cb78fe1d', 8003, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0984-7bb5-9e7b-9e3e6bcb8f60', '01a24daf-0856-74b5-98c2-6a86b2379131', 'Magic Coast Splash', 'Canyon Land', 'ATTRACTION', 1, 'rule', 'accfaf1e-5712-8012-94e2-890f2cf63758', 8014, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0984-7ca3-99c6-ed9a01f1dfdf', '01a24daf-0856-74b5-98c2-6a86b2379131', 'Thunder Forest Expedition', 'Canyon Land', 'ATTRACTION', 1, 'rule', '234ad6f5-f420-bb81-b172-0bb2d6bf65b2', 8006, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0984-7ec5-bc05-914cbf91bce9', '01a24daf-0856-74b5-98c2-6a86b2379131', 'Golden Coast Voyage', 'Ridge Land', 'ATTRACTION', NULL, 'none', '4a6e04ed-e261-3d7a-fd38-e63de244fdf7', 8007, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0985-70ba-bb2c-a8a0b67b64cb', '01a24daf-0856-74b5-98c2-6a86b2379131', 'Crystal Canyon Expedition', 'Forest Land', 'ATTRACTION', 1, 'rule', '23ef9ada-4a4a-6489-bb33-11a3da8ed2e0', 8008, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0985-7196-84bd-f46c8c215d29', '01a24daf-0856-74b5-98c2-6a86b2379131', 'Mystic Canyon Mountain', 'Forest Land', 'ATTRACTION', 1, 'rule', 'c0b78edf-8cf5-672d-d8aa-0a260840db15', 8012, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0985-76d3-bc39-1de79d10c17c', '01a24daf-0856-74b5-98c2-6a86b2379131', 'Frontier Coast Racers', 'Ridge Land', 'ATTRACTION', NULL, 'none', 'a84039bb-9ada-b30e-db39-28f320986798', 8015, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0985-7cbd-bd9c-2577fd4b4a90', '01a24daf-0856-74b5-98c2-6a86b2379131', 'Thunder Lagoon Spinner', 'Forest Land', 'ATTRACTION', 3, 'rule', '3e689753-d592-c2fb-4f14-180b2ffd3a24', 8016, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0985-7f50-a1e2-071a59839aaf', '01a24daf-0856-74b5-98c2-6a86b2379131', 'Pirate Island Splash', 'Forest Land', 'ATTRACTION', 1, 'rule', 'a7481bed-8b4a-959a-1013-3fd6809e184f', 8004, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0989-7026-a13e-a824f9f32fc2', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', 'Crystal Summit Character Meet', 'Grove Land', 'MEET_AND_GREET', NULL, 'none', 'a13bace1-7407-8f07-1349-68ed559cdbe8', 14005, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0989-7216-8042-8751dea455cc', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', 'Crystal Summit Coaster', 'Grove Land', 'ATTRACTION', 1, 'rule', '98891ae9-f3d2-fe2c-e009-de9969a6dd15', 14013, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0989-7591-b5da-2ade203b9aa4', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', 'Magic Island Railroad', 'Grove Land', 'ATTRACTION', NULL, 'none', '7e8e5bf5-0a11-a37e-fdeb-85a6dc6f109a', 14009, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0989-7bc7-aad8-d22315f99646', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', 'Galaxy Island Carousel', 'Grove Land', 'ATTRACTION', 3, 'rule', '19eae24b-ec3a-598e-7b0f-2b935bf651cc', 14001, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-098a-72a1-bec3-6a23d5459e33', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', 'Sunny Harbor Flyer', 'Harbor Land', 'ATTRACTION', NULL, 'none', '63caffbe-295e-1e78-8ab3-f0f1498a2ea4', 14010, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-098a-7b0f-8cfd-db7d52368878', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', 'Jungle Lagoon Voyage', 'Lagoon Land', 'ATTRACTION', NULL, 'none', '9893e5f3-5c87-ab7f-f57f-984c5874f7e9', 14011, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-098b-7266-9e9a-7abffce84d25', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', 'Thunder Forest Dark Ride', 'Summit Land', 'ATTRACTION', NULL, 'none', NULL, 14016, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0990-7b03-91d3-0b232112af8c', '01a24daf-0856-785d-89a1-d0584708abca', 'Frontier Harbor Theater Show', 'Canyon Land', 'SHOW', NULL, 'none', '7987b836-b011-ed71-818f-2614d3b450df', 20010, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0991-7424-a1fb-e1d2698f6aaf', '01a24daf-0856-785d-89a1-d0584708abca', 'Wild Forest Coaster', 'Kingdom Land', 'ATTRACTION', 1, 'rule', NULL, 20015, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0995-715e-9cd0-e8ceab6dc7d3', '01a24daf-0856-727b-bba0-c446ce3ae846', 'Hidden Summit Splash', 'Kingdom Land', 'ATTRACTION', 1, 'rule', 'c8e738aa-b70d-63f8-d2d4-59ff74b046a3', 3005, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0995-7df8-b630-647fee22164c', '01a24daf-0856-727b-bba0-c446ce3ae846', 'Frontier Harbor Coaster', 'Kingdom Land', 'ATTRACTION', 1, 'rule', 'dcd6a089-b373-ed3a-e5ef-ceceaa56c494', 3001, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0996-701f-8a9a-01bf0ad14f42', '01a24daf-0856-727b-bba0-c446ce3ae846', 'Dragon Kingdom Walkthrough Exhibit', 'Harbor Land', 'EXPERIENCE', NULL, 'none', '3f3f556f-2eb9-7c44-3314-70e70e5e29d6', 3002, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0996-759e-ae52-ae05ec6128a5', '01a24daf-0856-727b-bba0-c446ce3ae846', 'Jungle Forest Walkthrough Exhibit', 'Kingdom Land', 'EXPERIENCE', NULL, 'none', NULL, 3009, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0996-75da-9844-8d91425230d5', '01a24daf-0856-727b-bba0-c446ce3ae846', 'Pirate Summit Splash', 'Kingdom Land', 'ATTRACTION', 1, 'rule', 'b0409224-b02e-b5e4-5314-e8ac2712a404', 3013, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0996-79a8-a9db-e5d18f0c5c0f', '01a24daf-0856-727b-bba0-c446ce3ae846', 'Golden Coast Flyer', 'Harbor Land', 'ATTRACTION', NULL, 'none', '6169f7a7-49c0-c218-093d-70f500259b60', 3006, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0997-71bc-bd9b-3e60fbfac4c0', '01a24daf-0856-727b-bba0-c446ce3ae846', 'Sunny Harbor Drop Tower', 'Forest Land', 'ATTRACTION', 1, 'rule', '2d450d2a-d845-5d5d-9f45-e39bc17789df', 3008, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0997-755e-bc84-0f687fa522cf', '01a24daf-0856-727b-bba0-c446ce3ae846', 'Dragon Lagoon Walkthrough Exhibit', 'Harbor Land', 'EXPERIENCE', NULL, 'none', '70e03700-3943-a954-d008-b29e9853a761', 3014, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0997-76b7-9e5d-d31e1084c893', '01a24daf-0856-727b-bba0-c446ce3ae846', 'Crystal Bay Flyer', 'Harbor Land', 'ATTRACTION', NULL, 'none', '286d3add-f334-11e9-252c-771184edc986', 3010, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0997-77a5-a295-7a6e4c7373d9', '01a24daf-0856-727b-bba0-c446ce3ae846', 'Thunder Bay Drop Tower', 'Canyon Land', 'ATTRACTION', 1, 'rule', '6815865c-f690-63c0-da92-e4278dad4ae3', 3011, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0997-77f6-9fdc-adc477420a22', '01a24daf-0856-727b-bba0-c446ce3ae846', 'Golden Bay Voyage', 'Forest Land', 'ATTRACTION', NULL, 'none', '55938b51-f1eb-4d12-5067-91cc92ef9302', 3004, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0997-7893-ad0e-a05b54687e52', '01a24daf-0856-727b-bba0-c446ce3ae846', 'Hidden Kingdom Racers', 'Canyon Land', 'ATTRACTION', NULL, 'none', 'f70f77fb-7124-82d6-e4bd-edefde1cd9cc', 3015, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0997-79ed-a618-1526acb95e83', '01a24daf-0856-727b-bba0-c446ce3ae846', 'Thunder Valley Walkthrough Exhibit', 'Canyon Land', 'EXPERIENCE', NULL, 'none', '999ed831-9ef6-4651-3a5a-96d01e40c85a', 3003, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0997-7c0f-913b-e9744bdeac3d', '01a24daf-0856-727b-bba0-c446ce3ae846', 'Frontier Ridge Mountain', 'Canyon Land', 'ATTRACTION', 1, 'rule', '9c80f971-fdf5-ca6c-16cc-1b3c7d36a041', 3007, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0998-743e-b0a8-1ef54d02bcd5', '01a24daf-0856-727b-bba0-c446ce3ae846', 'Frontier Lagoon Railroad', 'Forest Land', 'ATTRACTION', NULL, 'none', '04577c5d-2f40-0cb5-acd7-fd203c1087df', 3012, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0998-7e56-aa4f-5811b2bb3dcc', '01a24daf-0856-727b-bba0-c446ce3ae846', 'Royal Ridge Spinner', 'Forest Land', 'ATTRACTION', 3, 'rule', '59ed10fd-c284-38bd-6a6e-c13e050b04a3', 3016, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-098a-72d2-8799-a8d59ac95ffc', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', 'Jungle Island Dark Ride', 'Lagoon Land', 'ATTRACTION', NULL, 'none', 'f8661e02-7058-955a-07f7-1bcd745a1556', 14003, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-098a-74d1-82b4-a5b7e1cf34e0', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', 'Mystic Island Drop Tower', 'Lagoon Land', 'ATTRACTION', 1, 'rule', '04d9c0b1-f6c5-dbb9-cee7-21e668a27495', 14015, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-098a-751b-99c5-7fce48d5dfe1', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', 'Galaxy Lagoon Flyer', 'Harbor Land', 'ATTRACTION', NULL, 'none', '8b641fca-d9df-11e6-9f5c-554f56d4ebc9', 14006, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-098a-75aa-8343-8e6413c87820', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', 'Magic Forest Carousel', 'Harbor Land', 'ATTRACTION', 3, 'rule', 'dec6c8d0-ab28-2cb5-2ac9-bd6eb44bd44f', 14014, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-098a-76da-be14-dcd14d219150', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', 'Jungle Harbor Character Meet', 'Lagoon Land', 'MEET_AND_GREET', NULL, 'none', '1adbd2bc-45f6-d9a0-d12d-3d1c97e3d04c', 14007, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-098a-7a1b-9b94-bfe5d2df5f42', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', 'Hidden Ridge Flyer', 'Harbor Land', 'ATTRACTION', NULL, 'none', '6e300e69-9354-9ce1-a376-d3fc0c2dbd45', 14002, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-098b-7310-b61e-49600130f4ec', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', 'Silver Bay Flyer', 'Summit Land', 'ATTRACTION', NULL, 'none', '3898ed33-b5da-105a-279a-a8a93953d7d6', 14004, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-098b-7321-8453-e1417bd34909', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', 'Jungle Canyon Drop Tower', 'Summit Land', 'ATTRACTION', 1, 'rule', '0446ffac-ab6e-0698-b298-5fefe9d307a4', 14008, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-098b-753b-8e98-eb99e2b7e0f8', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', 'Cosmic Kingdom Mountain', 'Summit Land', 'ATTRACTION', 1, 'rule', '7b3a232c-c1a7-1e7e-2096-293262ea972c', 14012, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09a4-77a7-a427-d0830b167a45', '01a24daf-0856-7085-9509-bba3afc010b4', 'Pirate Island Railroad', 'Grove Land', 'ATTRACTION', NULL, 'none', '779c1347-1a26-6f87-a145-339a1bba9a83', 15005, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09a5-7da4-9c3b-1010c1113e0e', '01a24daf-0856-7085-9509-bba3afc010b4', 'Royal Canyon Coaster', 'Coast Land', 'ATTRACTION', 1, 'rule', '443db701-dd5f-e5cd-1090-6ce2e8b8efdf', 15007, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09ab-75cd-b159-c926081edd51', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', 'Pirate Harbor Voyage', 'Island Land', 'ATTRACTION', NULL, 'none', '55bb2842-1e70-7983-6f0c-27c6b0e0a99c', 21002, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09ab-7528-a758-541979b64561', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', 'Thunder Kingdom Teacups', 'Harbor Land', 'ATTRACTION', 3, 'rule', 'ed33a321-ce77-1df0-fe67-5a7a52b44ff6', 21013, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09ab-7ba6-850d-a57b8f5721c1', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', 'Golden Ridge Voyage', 'Harbor Land', 'ATTRACTION', NULL, 'none', 'a7d6186a-a123-7470-cb73-4ecd698390de', 21009, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09ab-7e48-ad58-4ec7cc646c62', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', 'Mystic Forest Teacups', 'Harbor Land', 'ATTRACTION', 3, 'rule', 'f6da9655-3bc8-1c5e-32b7-2f241493b08c', 21005, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09ab-7e58-b4e2-dae1f893e7f7', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', 'Pirate Harbor Spinner', 'Harbor Land', 'ATTRACTION', 3, 'rule', '9f480f66-e25f-73f8-2bd3-dc3ae7e78786', 21001, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09ac-752d-b896-a3c66b0f4b8a', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', 'Royal Canyon Drop Tower', 'Coast Land', 'ATTRACTION', 1, 'rule', '102469cd-1cb4-f510-1b11-211db2fad319', 21007, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09ac-7731-9d59-380ac7826c97', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', 'Dragon Coast Racers', 'Valley Land', 'ATTRACTION', NULL, 'none', 'a5d0257a-6796-3905-2d1b-62231122bafd', 21008, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09ac-78ab-b981-7b792333c177', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', 'Magic Harbor Drop Tower', 'Island Land', 'ATTRACTION', 1, 'rule', 'f7a9c7af-becc-e127-476f-d252a25ed76b', 21014, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09ac-7b50-819b-04dbe2e53ae8', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', 'Mystic Valley Voyage', 'Island Land', 'ATTRACTION', NULL, 'none', '60a74506-3e90-9c86-51cc-a828d5812ea5', 21006, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09ac-7cd0-a6ce-c93020028b85', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', 'Royal Lagoon Teacups', 'Island Land', 'ATTRACTION', 3, 'rule', 'd5cb2b00-606d-98b2-2564-fdeb05a0b245', 21010, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09ac-7d4b-8a56-eb4983769397', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', 'Sunny Canyon Drop Tower', 'Coast Land', 'ATTRACTION', 1, 'rule', '5db61643-011a-adce-337c-5989319bc1a3', 21003, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09ac-7dee-b793-ec2f44094275', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', 'Golden Coast Drop Tower', 'Coast Land', 'ATTRACTION', 1, 'rule', 'bf00a119-9fe7-b2c7-bb62-63f2dfe49a46', 21015, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09ac-7e36-8688-bcfee2d11d19', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', 'Sunny Coast Carousel', 'Valley Land', 'ATTRACTION', 3, 'rule', '8d8e3418-7551-48d5-0c9a-ffa865afaaf3', 21004, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09ac-7ef4-a854-bc7c5b5bbc1d', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', 'Jungle Ridge Theater Show', 'Coast Land', 'SHOW', NULL, 'none', '0fc14004-852f-e21d-34e3-8c816161e3da', 21011, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09ad-735a-a2d7-983d192a33f0', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', 'Mystic Lagoon Character Meet', 'Valley Land', 'MEET_AND_GREET', NULL, 'none', '1de35faf-1e0e-cec8-24d9-217b5f52a958', 21012, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09ad-7f16-ab4c-b701fcb2e6b6', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', 'Hidden Harbor Teacups', 'Valley Land', 'ATTRACTION', 3, 'rule', '19368a9a-1f1a-2857-2ba0-236a2be3b5d0', 21016, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09bb-7225-bc81-6f4170834340', '01a24daf-0856-70b1-bb3b-fb371b1a248a', 'Sunny Harbor Spinner', 'Ridge Land', 'ATTRACTION', 3, 'rule', '6ff45b71-c051-5fa3-f3c5-7f0f3a175a68', 10009, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09bb-76b5-8312-66cc96c7b15e', '01a24daf-0856-70b1-bb3b-fb371b1a248a', 'Golden Canyon Expedition', 'Bay Land', 'ATTRACTION', 1, 'rule', '02f98660-9a47-9983-39f0-9f727418fc5c', 10014, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09bb-774f-8862-1ad246ccf8b0', '01a24daf-0856-70b1-bb3b-fb371b1a248a', 'Frontier Grove Mountain', 'Bay Land', 'ATTRACTION', 1, 'rule', '0b4190d3-4084-63be-8d13-87a8e794a459', 10006, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09bb-7871-a7ae-e1fc80bad84a', '01a24daf-0856-70b1-bb3b-fb371b1a248a', 'Sunny Island Drop Tower', 'Ridge Land', 'ATTRACTION', 1, 'rule', '3afdb70c-8ad0-2569-5103-cc2d725e7e1e', 10001, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09bb-7899-b402-f290050c44da', '01a24daf-0856-70b1-bb3b-fb371b1a248a', 'Mystic Canyon Theater Show', 'Bay Land', 'SHOW', NULL, 'none', 'd7e4e685-536b-2dae-bf6a-70758f75cb45', 10002, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09bb-7d1f-bdaa-0e5931b778dc', '01a24daf-0856-70b1-bb3b-fb371b1a248a', 'Wild Coast Spinner', 'Bay Land', 'ATTRACTION', 3, 'rule', '960e8443-749f-15d0-8bba-1a95527cfc91', 10010, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09bb-7dfa-91c2-0e6dbab3d025', '01a24daf-0856-70b1-bb3b-fb371b1a248a', 'Pirate Ridge Teacups', 'Ridge Land', 'ATTRACTION', 3, 'rule', 'fd98ba7c-a1e0-2cc3-a36e-ef3cedd52690', 10013, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09bc-7104-bb88-53f04fcf5163', '01a24daf-0856-70b1-bb3b-fb371b1a248a', 'Frontier Kingdom Coaster', 'Summit Land', 'ATTRACTION', 1, 'rule', '66ea64db-5ce0-5d89-1558-22939c7ea564', 10016, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09bc-7292-91e3-1d6586d1aac8', '01a24daf-0856-70b1-bb3b-fb371b1a248a', 'Pirate Summit Coaster', 'Summit Land', 'ATTRACTION', 1, 'rule', '57268292-1221-195a-9ba6-456fdb40d8b4', 10007, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09bc-7419-aa9d-8d7a0716b781', '01a24daf-0856-70b1-bb3b-fb371b1a248a', 'Mystic Bay Drop Tower', 'Summit Land', 'ATTRACTION', 1, 'rule', 'c8341097-5304-fa13-9c3e-84edc6200c82', 10011, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09bc-767d-9dab-a9984daa9a86', '01a24daf-0856-70b1-bb3b-fb371b1a248a', 'Cosmic Kingdom Teacups', NULL, 'ATTRACTION', 3, 'rule', 'b39bb3d7-fc94-b49a-f1a7-6fe0d87123fa', NULL, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09bc-774b-8301-4cd826fd0efa', '01a24daf-0856-70b1-bb3b-fb371b1a248a', 'Magic Island Spinner', 'Summit Land', 'ATTRACTION', 3, 'rule', '002f27a0-b537-228b-18bd-05d988ba732d', 10015, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09bc-7906-8b38-09b71fc82d0b', '01a24daf-0856-70b1-bb3b-fb371b1a248a', 'Jungle Ridge Coaster', 'Summit Land', 'ATTRACTION', 1, 'rule', '95dd9603-e565-d955-dbd9-78d3a08a29af', 10004, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09bc-7914-8b78-80760d210b6b', '01a24daf-0856-70b1-bb3b-fb371b1a248a', 'Magic Valley Teacups', 'Summit Land', 'ATTRACTION', 3, 'rule', '23695c80-536e-65b7-682a-3291098adc7a', 10003, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09bc-7a5e-ad99-b288cb1bb6ad', '01a24daf-0856-70b1-bb3b-fb371b1a248a', 'Wild Grove Voyage', 'Summit Land', 'ATTRACTION', NULL, 'none', '1fd3f73f-5a04-8325-ba26-7639c617b415', 10008, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09bc-7d5b-abea-b414d3a52c32', '01a24daf-0856-70b1-bb3b-fb371b1a248a', 'Thunder Kingdom Expedition', 'Summit Land', 'ATTRACTION', 1, 'rule', '833a0d16-61d2-805b-cb0c-cc7ce272b672', 10012, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09cb-7577-90c0-4a0bdf9dfe5d', '01a24daf-0856-72d6-8bda-fa0530c06837', 'Golden Harbor Character Meet', 'Kingdom Land', 'MEET_AND_GREET', NULL, 'none', 'b86bdf9c-0eb5-0636-a142-51ee2b13ca45', 22001, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09cb-7d64-bbfa-bcf242f93729', '01a24daf-0856-72d6-8bda-fa0530c06837', 'Pirate Lagoon Railroad', 'Kingdom Land', 'ATTRACTION', NULL, 'none', '46c61df9-ed0a-7152-36f4-d6d4eacfdbe7', 22005, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09cc-7184-89e7-5ff913aac73b', '01a24daf-0856-72d6-8bda-fa0530c06837', 'Golden Kingdom Theater Show', 'Canyon Land', 'SHOW', NULL, 'none', '2e5908ae-7eab-6216-0ad2-fb9f24c68711', 22014, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09cc-7295-bae0-30a9b8ff2096', '01a24daf-0856-72d6-8bda-fa0530c06837', 'Hidden Grove Walkthrough Exhibit', 'Canyon Land', 'EXPERIENCE', NULL, 'none', 'f580ff70-ddce-ccac-0968-8ad5b614abde', 22006, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09cc-73ef-9d0d-7e05d5902768', '01a24daf-0856-72d6-8bda-fa0530c06837', 'Cosmic Harbor Coaster', 'Kingdom Land', 'ATTRACTION', 1, 'rule', 'b8fbaa9d-9579-cdba-4c1e-7459926f30d9', 22009, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09cc-7616-a1b5-69ef82009fa1', '01a24daf-0856-72d6-8bda-fa0530c06837', 'Pirate Ridge Flyer', 'Canyon Land', 'ATTRACTION', NULL, 'none', '99e58427-c79f-8533-14b7-5b9f742ff5f2', 22010, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09cc-763a-81cb-f8fa9e4b39be', '01a24daf-0856-72d6-8bda-fa0530c06837', 'Mystic Island Theater Show', 'Canyon Land', 'SHOW', NULL, 'none', '84014780-1bcf-641b-4563-7bdb2e701338', 22002, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09cc-7a14-8df7-964d45d0be1c', '01a24daf-0856-72d6-8bda-fa0530c06837', 'Sunny Summit Teacups', 'Kingdom Land', 'ATTRACTION', 3, 'rule', '61ad8810-ae27-f4e8-6ae6-004c66b79469', 22013, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09cc-7b84-bc09-cf4b25fcbe28', '01a24daf-0856-72d6-8bda-fa0530c06837', 'Jungle Coast Carousel', 'Bay Land', 'ATTRACTION', 3, 'rule', '3d996d36-d40a-754d-2430-7e7044800596', 22004, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09cc-7d2c-8db4-c83ff26c8922', '01a24daf-0856-72d6-8bda-fa0530c06837', 'Wild Canyon Flyer', 'Bay Land', 'ATTRACTION', NULL, 'none', '5bd6e683-0ec3-e427-840d-4859397dba26', 22003, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09cc-7d7d-8819-ee962959bf61', '01a24daf-0856-72d6-8bda-fa0530c06837', 'Hidden Harbor Coaster', 'Bay Land', 'ATTRACTION', 1, 'rule', '1f6f6974-9a44-e438-f806-5c2d183e699e', 22007, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09cd-727c-954b-1f0f53a58a2b', '01a24daf-0856-72d6-8bda-fa0530c06837', 'Crystal Forest Character Meet', 'Bay Land', 'MEET_AND_GREET', NULL, 'none', '347eae78-8c6a-0c4a-d4b2-d4f563fe8bce', 22011, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09cd-7b24-8839-4e13919e7ece', '01a24daf-0856-72d6-8bda-fa0530c06837', 'Cosmic Ridge Racers', 'Bay Land', 'ATTRACTION', NULL, 'none', 'eff30602-726b-43fc-191e-09c6c5d0a3ee', 22008, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09cd-7d6c-a52e-0c917d6bd7a5', '01a24daf-0856-72d6-8bda-fa0530c06837', 'Pirate Grove Theater Show', 'Bay Land', 'SHOW', NULL, 'none', 'ac42c052-38a3-efc8-ec43-86f6a16c7fd3', 22016, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09cd-7eda-b474-d8dac5ff4928', '01a24daf-0856-72d6-8bda-fa0530c06837', 'Golden Bay Walkthrough Exhibit', 'Bay Land', 'EXPERIENCE', NULL, 'none', '9e4802e3-233b-1667-8ce1-dfbce0b58fad', 22012, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09cd-7f3d-93ad-a4a77c1c992c', '01a24daf-0856-72d6-8bda-fa0530c06837', 'Sunny Canyon Drop Tower', 'Bay Land', 'ATTRACTION', 1, 'rule', 'e2f9db19-6124-2696-155e-331d83a2a11b', 22015, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b08-70df-9007-dc8d3a512e02', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', 'Crystal Forest Racers', 'Coast Land', 'ATTRACTION', NULL, 'none', NULL, 5003, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b69-7c52-affe-5a1875e16769', '01a24daf-0856-754b-8a9c-07662df58a63', 'Wild Grove Dark Ride', 'Bay Land', 'ATTRACTION', NULL, 'none', '0266020c-1ebe-73e8-e4fe-c6021d94f24e', 11002, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b69-729c-8f4b-255eaaa092d5', '01a24daf-0856-754b-8a9c-07662df58a63', 'Mystic Valley Character Meet', 'Grove Land', 'MEET_AND_GREET', NULL, 'none', '13240601-a934-5375-e8ce-f541edfd1310', 11013, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b69-7443-93a8-cb145380da3d', '01a24daf-0856-754b-8a9c-07662df58a63', 'Golden Grove Dark Ride', 'Grove Land', 'ATTRACTION', NULL, 'none', '4306c693-1bc9-c7be-96fb-86025a6162a5', 11005, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b69-7543-9bce-93678ffe7ec7', '01a24daf-0856-754b-8a9c-07662df58a63', 'Wild Bay Dark Ride', 'Grove Land', 'ATTRACTION', NULL, 'none', '054516b9-8d00-2541-3768-248ff8c2763d', 11009, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b69-7578-ab45-608e3cf22cb3', '01a24daf-0856-754b-8a9c-07662df58a63', 'Mystic Summit Junior Coaster', 'Bay Land', 'ATTRACTION', 3, 'rule', 'ff60b71c-0e54-8ce2-cd1f-fe3cc3e28912', 11006, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b69-7773-9646-af7031c98ea3', '01a24daf-0856-754b-8a9c-07662df58a63', 'Frontier Ridge Coaster', 'Bay Land', 'ATTRACTION', 1, 'rule', 'd9821e35-71a3-79be-5e95-3760c6a3e14a', 11014, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b69-7b9c-a8c5-ec95002f8972', '01a24daf-0856-754b-8a9c-07662df58a63', 'Golden Summit Dark Ride', 'Grove Land', 'ATTRACTION', NULL, 'none', 'a7e19aee-bff5-76c4-720d-0e63bb8a9e59', 11001, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b6a-70cf-8493-76b8d1a62906', '01a24daf-0856-754b-8a9c-07662df58a63', 'Thunder Ridge Drop Tower', 'Forest Land', 'ATTRACTION', 1, 'rule', '24720215-613e-ed02-3c93-73583c27811d', 11008, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b6a-7997-a06e-75b09a9f34c1', '01a24daf-0856-754b-8a9c-07662df58a63', 'Pirate Summit Voyage', 'Forest Land', 'ATTRACTION', NULL, 'none', 'd01f4546-0320-152a-f6db-b638b3241db2', 11012, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b6a-7a6b-bbca-b5cfc27ee07a', '01a24daf-0856-754b-8a9c-07662df58a63', 'Wild Harbor Character Meet', 'Ridge Land', 'MEET_AND_GREET', NULL, 'none', '0428998f-2a61-5277-2891-c804dff2904a', 11003, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b6a-7c41-ac7a-01e6cab013a3', '01a24daf-0856-754b-8a9c-07662df58a63', 'Magic Lagoon Mountain', 'Ridge Land', 'ATTRACTION', 1, 'rule', '2aaf7a6c-10d5-f9b2-b19c-01dfb0d518be', 11011, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b6a-7c75-9c8a-eedf4beb65fb', '01a24daf-0856-754b-8a9c-07662df58a63', 'Golden Forest Character Meet', 'Ridge Land', 'MEET_AND_GREET', NULL, 'none', 'ed656626-0114-df53-323f-ec1cacd0727e', 11015, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b6a-7e55-9c76-33153e80b94e', '01a24daf-0856-754b-8a9c-07662df58a63', 'Royal Valley Spinner', 'Forest Land', 'ATTRACTION', 3, 'rule', 'c574e832-8aaa-385e-17b8-a0d98fcf7123', 11004, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b6a-7f6e-be13-93f7a7c46e23', '01a24daf-0856-754b-8a9c-07662df58a63', 'Galaxy Harbor Railroad', 'Ridge Land', 'ATTRACTION', NULL, 'none', '28676c76-dc1e-a8a0-a706-7acacc441159', 11007, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b73-76ba-b378-bce8e0984361', '01a24daf-0856-754b-8a9c-07662df58a63', 'Royal Bay Racers', NULL, 'ATTRACTION', NULL, 'none', '25c4a05b-6e29-4d24-8cd1-9afb9486e4c4', NULL, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b73-79a0-827a-fbb471b2d3e4', '01a24daf-0856-754b-8a9c-07662df58a63', 'Magic Summit Mountain', 'Forest Land', 'ATTRACTION', 1, 'rule', NULL, 11016, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b7e-76b9-bb92-9d3e8e36bcae', '01a24daf-0856-70a9-a68d-92ab968fb6d6', 'Thunder Harbor Voyage', 'Bay Land', 'ATTRACTION', NULL, 'none', NULL, 17008, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b7e-7c08-b4e5-13b9b224dff7', '01a24daf-0856-70a9-a68d-92ab968fb6d6', 'Golden Kingdom Character Meet', 'Grove Land', 'MEET_AND_GREET', NULL, 'none', '83852a34-15fd-b91b-c0db-1b3cedbe4730', 17003, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b8e-7cab-9913-25f05bf22536', '01a24daf-0856-7f20-9343-1478686e4038', 'Wild Summit Coaster', 'Summit Land', 'ATTRACTION', 1, 'rule', 'e291a5a4-0a9f-c50f-ad7f-fb6dc4a6c18a', 6008, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b96-717b-9826-424f34cf2555', '01a24daf-0863-716f-86f6-5aeb975d22c5', 'Frontier Forest Teacups', 'Summit Land', 'ATTRACTION', 3, 'rule', '6ac5ef32-ab58-533c-4214-dd8a3b17c620', 12005, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b8d-79e3-ab80-24cbb4d1523c', '01a24daf-0856-7f20-9343-1478686e4038', 'Dragon Summit Mountain', 'Canyon Land', 'ATTRACTION', 1, 'rule', 'cd0d9b01-7aad-2169-0be8-3754ed4e8897', 6001, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b8d-7a89-9600-3ccf6d871a2b', '01a24daf-0856-7f20-9343-1478686e4038', 'Golden Bay Racers', 'Canyon Land', 'ATTRACTION', NULL, 'none', '5ed6fc90-5cab-c847-451b-0757e16403d2', 6013, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b8d-7c7a-ae8d-88ac9c6605a7', '01a24daf-0856-7f20-9343-1478686e4038', 'Thunder Summit Character Meet', 'Canyon Land', 'MEET_AND_GREET', NULL, 'none', '62a0f084-2a4a-02b8-aba6-3f7da4702300', 6005, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b8d-7f89-b047-d3062f7705c4', '01a24daf-0856-7f20-9343-1478686e4038', 'Cosmic Lagoon Walkthrough Exhibit', 'Canyon Land', 'EXPERIENCE', NULL, 'none', '57c9b73d-42e8-6214-51ba-76ccd1844daa', 6009, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b8e-7068-b847-82d5f14724a9', '01a24daf-0856-7f20-9343-1478686e4038', 'Magic Harbor Mountain', 'Summit Land', 'ATTRACTION', 1, 'rule', '0907bda2-a80a-3a00-77e9-f7948a01e4b4', 6012, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b8e-71e5-9d58-ddf3c216848b', '01a24daf-0856-7f20-9343-1478686e4038', 'Royal Canyon Drop Tower', 'Summit Land', 'ATTRACTION', 1, 'rule', '5a25fc20-5a3f-1815-d044-a80e81416bd9', 6004, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b8e-724f-b069-d3f2a117a773', '01a24daf-0856-7f20-9343-1478686e4038', 'Thunder Island Coaster', 'Forest Land', 'ATTRACTION', 1, 'rule', '0c431add-78a0-ec18-1306-7e657fe885d4', 6011, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b8e-7407-b716-e52c787d9a5e', '01a24daf-0856-7f20-9343-1478686e4038', 'Frontier Bay Character Meet', 'Forest Land', 'MEET_AND_GREET', NULL, 'none', '3d65fb10-29dc-14e6-67d7-7ab5b9110eca', 6007, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b8e-77d9-a7c9-d0d6e4a4c338', '01a24daf-0856-7f20-9343-1478686e4038', 'Crystal Summit Character Meet', 'Forest Land', 'MEET_AND_GREET', NULL, 'none', '11bce94b-776c-1418-1bcc-35b0fd28ddd3', 6002, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b8e-783f-9308-4cc0d919a0f6', '01a24daf-0856-7f20-9343-1478686e4038', 'Dragon Valley Racers', 'Forest Land', 'ATTRACTION', NULL, 'none', 'db4de24b-bee9-66f1-4d46-f132103be554', 6003, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b8e-78b7-bc18-0bb8aeabe22c', '01a24daf-0856-7f20-9343-1478686e4038', 'Cosmic Bay Flyer', 'Forest Land', 'ATTRACTION', NULL, 'none', 'ab1bcd4a-229e-e29f-b2b1-34493c9ea026', 6006, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b8e-7927-94b5-c19afaac0eb3', '01a24daf-0856-7f20-9343-1478686e4038', 'Frontier Coast Expedition', 'Forest Land', 'ATTRACTION', 1, 'rule', 'fcbef300-0edc-5375-0eae-fcfc9ef6bdbc', 6014, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b8e-79e6-a1b3-41fd5b32c29c', '01a24daf-0856-7f20-9343-1478686e4038', 'Pirate Kingdom Drop Tower', 'Summit Land', 'ATTRACTION', 1, 'rule', '7b0492ab-7883-6f52-9e5c-faf130a10943', 6016, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b8e-7cfd-8425-d588e7e1aba9', '01a24daf-0856-7f20-9343-1478686e4038', 'Thunder Lagoon Teacups', 'Forest Land', 'ATTRACTION', 3, 'rule', '925a01b1-26ea-94bd-1859-18f4dce07573', 6010, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b8e-7ffb-9fee-4f90fa50c55d', '01a24daf-0856-7f20-9343-1478686e4038', 'Dragon Ridge Spinner', 'Forest Land', 'ATTRACTION', 3, 'rule', '6190f167-e992-eba5-64f5-f920656a1e72', 6015, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b96-7e67-aeea-662d0f3c6f45', '01a24daf-0863-716f-86f6-5aeb975d22c5', 'Jungle Forest Dark Ride', 'Summit Land', 'ATTRACTION', NULL, 'none', 'e0fe347e-3b4b-9489-3465-06809ef0023c', 12004, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0ba2-70be-871c-466c8e2f48b7', '01a24daf-0863-7030-9288-2c456482e125', 'Crystal Forest Flyer', 'Valley Land', 'ATTRACTION', NULL, 'none', NULL, 18009, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0ba2-7c47-9c4f-bcb780793f7a', '01a24daf-0863-7030-9288-2c456482e125', 'Magic Lagoon Railroad', 'Valley Land', 'ATTRACTION', NULL, 'none', NULL, 18013, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0bb4-7417-83f4-e2c19ba212be', '01a24daf-0863-716f-b27f-07dded6a3a39', 'Sunny Grove Railroad', 'Canyon Land', 'ATTRACTION', NULL, 'none', '725a8385-307a-65ae-27c1-61750347e4f1', 24001, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0bb5-7012-828b-34d04013fa26', '01a24daf-0863-716f-b27f-07dded6a3a39', 'Crystal Canyon Spinner', 'Forest Land', 'ATTRACTION', 3, 'rule', '3d35b811-8532-f446-95a8-36c048a706ae', 24016, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0bb5-742e-88b2-924adfe19775', '01a24daf-0863-716f-b27f-07dded6a3a39', 'Cosmic Forest Expedition', 'Forest Land', 'ATTRACTION', 1, 'rule', 'b97b1d3b-2a79-fa3e-6aa1-4eed6f960028', 24008, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0bb5-74a9-af72-b2e593825a31', '01a24daf-0863-716f-b27f-07dded6a3a39', 'Pirate Canyon Voyage', 'Canyon Land', 'ATTRACTION', NULL, 'none', '4000d406-699e-5495-33bf-214c0d7bcbb8', 24009, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0bb5-772e-84bd-c7d6ec655fb2', '01a24daf-0863-716f-b27f-07dded6a3a39', 'Hidden Bay Flyer', 'Forest Land', 'ATTRACTION', NULL, 'none', 'd77b7aa4-2d87-ab30-8ba3-6f3101416465', 24012, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0bb5-780b-9a21-30dbc4ebe4fb', '01a24daf-0863-716f-b27f-07dded6a3a39', 'Wild Summit Drop Tower', 'Kingdom Land', 'ATTRACTION', 1, 'rule', '5f252a94-e28f-c153-cc92-b63c1b7b9622', 24006, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0bb5-78e0-8b5d-dc69c6cf6f3d', '01a24daf-0863-716f-b27f-07dded6a3a39', 'Galaxy Valley Junior Coaster', 'Kingdom Land', 'ATTRACTION', 3, 'rule', '5f6362e2-de4a-39ac-b3f7-91ede36f0fb8', 24002, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0bb5-7ae6-95ce-895843ca5452', '01a24daf-0863-716f-b27f-07dded6a3a39', 'Frontier Coast Railroad', 'Canyon Land', 'ATTRACTION', NULL, 'none', 'f899c2de-f89f-044d-d7e7-8a55529e0b4b', 24013, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0bb5-7c1c-989c-dcafa5b2f385', '01a24daf-0863-716f-b27f-07dded6a3a39', 'Royal Harbor Coaster', 'Kingdom Land', 'ATTRACTION', 1, 'rule', '9bdae11a-7874-2887-d773-76453d99b63b', 24010, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0bb5-7c72-b0bb-d424b8c2e577', '01a24daf-0863-716f-b27f-07dded6a3a39', 'Dragon Kingdom Coaster', 'Kingdom Land', 'ATTRACTION', 1, 'rule', '898244ee-e07a-dda0-7532-8da19087f4de', 24014, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0bb5-7e2f-9b3e-d3578a35240c', '01a24daf-0863-716f-b27f-07dded6a3a39', 'Thunder Ridge Teacups', 'Forest Land', 'ATTRACTION', 3, 'rule', 'e48b697a-0db7-fb33-23db-4ae3a3364267', 24004, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0bb5-7f53-a094-55958ea811c7', '01a24daf-0863-716f-b27f-07dded6a3a39', 'Thunder Coast Railroad', 'Canyon Land', 'ATTRACTION', NULL, 'none', '78a18f6e-94df-9d2d-6b58-9a3f58b52324', 24005, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0bb6-736d-9eb3-5151950d9ea9', '01a24daf-0863-716f-b27f-07dded6a3a39', 'Silver Harbor Junior Coaster', NULL, 'ATTRACTION', 3, 'rule', '074dcd0e-1d33-0130-d97f-790fd15e73f8', NULL, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0bb6-760d-b067-c1655a70ad37', '01a24daf-0863-716f-b27f-07dded6a3a39', 'Hidden Kingdom Carousel', 'Summit Land', 'ATTRACTION', 3, 'rule', '2dd28436-3b4b-45d6-e24b-ef845fe2959b', 24011, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0bb6-7791-9eaa-4226be0955a4', '01a24daf-0863-716f-b27f-07dded6a3a39', 'Mystic Island Flyer', 'Summit Land', 'ATTRACTION', NULL, 'none', '3097e325-db17-03d3-b39a-7c9a65708c0b', 24007, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0bb6-7ac0-bd75-975c1baae6ad', '01a24daf-0863-716f-b27f-07dded6a3a39', 'Cosmic Summit Character Meet', 'Summit Land', 'MEET_AND_GREET', NULL, 'none', 'f2798172-f2c7-9d31-5101-406864d44157', 24015, true, NULL, NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b7d-74da-be74-2b9456d5bbc6', '01a24daf-0856-70a9-a68d-92ab968fb6d6', 'Mystic Lagoon Walkthrough Exhibit', 'Valley Land', 'EXPERIENCE', NULL, 'none', '85b192ed-afe7-363e-d853-b82dd02e4fe2', 17009, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b7d-7512-9130-71d4ad8611d2', '01a24daf-0856-70a9-a68d-92ab968fb6d6', 'Thunder Summit Junior Coaster', 'Valley Land', 'ATTRACTION', 3, 'rule', '6c53b0c8-ec12-44bb-e7cc-780f5c0d47cb', 17005, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b7d-7c91-b93b-12f0b4af1a94', '01a24daf-0856-70a9-a68d-92ab968fb6d6', 'Silver Valley Railroad', 'Valley Land', 'ATTRACTION', NULL, 'none', '01699dc9-a641-c104-fa93-71290a957261', 17001, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b7e-74e7-933e-2c52d74397be', '01a24daf-0856-70a9-a68d-92ab968fb6d6', 'Dragon Ridge Junior Coaster', 'Grove Land', 'ATTRACTION', 3, 'rule', 'a620b40f-5ad7-bc99-048e-20105ba8360d', 17002, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b7e-78ff-8849-1cb0ea8c6818', '01a24daf-0856-70a9-a68d-92ab968fb6d6', 'Jungle Coast Railroad', 'Grove Land', 'ATTRACTION', NULL, 'none', 'b856dcfa-6b13-4c71-4287-3caece11b134', 17007, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b7e-7bb2-91f4-2dd7db9ef298', '01a24daf-0856-70a9-a68d-92ab968fb6d6', 'Cosmic Harbor Spinner', 'Grove Land', 'ATTRACTION', 3, 'rule', 'f39fc998-cd87-8949-f14e-9858bef37b11', 17011, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b7e-7cd1-9d82-73011570d69d', '01a24daf-0856-70a9-a68d-92ab968fb6d6', 'Dragon Lagoon Mountain', 'Grove Land', 'ATTRACTION', 1, 'rule', '1d62c322-138b-8f50-72f4-b32349c49452', 17006, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b7e-7cef-937b-34a72b40448f', '01a24daf-0856-70a9-a68d-92ab968fb6d6', 'Silver Ridge Voyage', 'Grove Land', 'ATTRACTION', NULL, 'none', 'a198d35f-79ae-f4b4-b5cb-96cf2c53b840', 17014, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b7e-7d2c-93b9-7a59cd1766bf', '01a24daf-0856-70a9-a68d-92ab968fb6d6', 'Mystic Grove Railroad', 'Bay Land', 'ATTRACTION', NULL, 'none', '7333813b-1cdb-a985-8d9c-b56231f0b3f6', 17012, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b7e-7e19-baf9-91713fb7f088', '01a24daf-0856-70a9-a68d-92ab968fb6d6', 'Galaxy Forest Walkthrough Exhibit', 'Bay Land', 'EXPERIENCE', NULL, 'none', '7057cd58-6a28-746a-f0fe-127774b132a0', 17004, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b7e-7f11-98c4-113bb94d80f1', '01a24daf-0856-70a9-a68d-92ab968fb6d6', 'Pirate Island Drop Tower', 'Valley Land', 'ATTRACTION', 1, 'rule', 'ae2cd775-5910-4f2e-dfdc-717b13fc2d6e', 17013, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b7e-7f3c-9eb7-1d77e7b5b31f', '01a24daf-0856-70a9-a68d-92ab968fb6d6', 'Hidden Kingdom Drop Tower', 'Grove Land', 'ATTRACTION', 1, 'rule', 'e1d8d88c-022e-10a8-0c99-547f750747e0', 17015, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b7e-7f7d-929d-509a746ebb9b', '01a24daf-0856-70a9-a68d-92ab968fb6d6', 'Wild Island Theater Show', 'Grove Land', 'SHOW', NULL, 'none', '289a936a-0c22-42a3-5f34-a0532ce204cf', 17010, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b7f-7b96-b2e9-fb9c5f6df785', '01a24daf-0856-70a9-a68d-92ab968fb6d6', 'Magic Forest Expedition', 'Bay Land', 'ATTRACTION', 1, 'rule', '83ffb459-a9fa-458f-80b2-f3e90dcffd3a', 17016, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-098f-79fc-986d-3aad083abc56', '01a24daf-0856-785d-89a1-d0584708abca', 'Silver Kingdom Voyage', 'Ridge Land', 'ATTRACTION', NULL, 'none', 'b86e7e07-caa2-c696-1eb4-ef68476e2044', 20005, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-098f-7ae3-82b4-308b6a26dc39', '01a24daf-0856-785d-89a1-d0584708abca', 'Mystic Bay Expedition', 'Ridge Land', 'ATTRACTION', 1, 'rule', '758776ad-0ca8-1ee9-dcd1-3876665e5a87', 20001, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0990-7047-9974-54e38d06edf5', '01a24daf-0856-785d-89a1-d0584708abca', 'Wild Valley Mountain', 'Summit Land', 'ATTRACTION', 1, 'rule', '1f501bfb-32de-fba1-df56-f0e04946759c', 20012, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0990-7061-aac0-02a02c44f6e6', '01a24daf-0856-785d-89a1-d0584708abca', 'Silver Summit Drop Tower', 'Summit Land', 'ATTRACTION', 1, 'rule', '011d416f-2b17-a3c5-a327-c79bf77032ec', 20008, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0990-7133-a252-4e16d231a82a', '01a24daf-0856-785d-89a1-d0584708abca', 'Royal Island Walkthrough Exhibit', 'Ridge Land', 'EXPERIENCE', NULL, 'none', 'a0ca4181-dcca-a7ac-6f3a-51f27ce1cf6e', 20013, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0990-7245-8f35-c631d2d75078', '01a24daf-0856-785d-89a1-d0584708abca', 'Jungle Ridge Expedition', 'Canyon Land', 'ATTRACTION', 1, 'rule', 'a74dbf8a-e6d6-a617-dbf3-400062d2537a', 20002, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0990-736f-b45a-075dca328e89', '01a24daf-0856-785d-89a1-d0584708abca', 'Cosmic Bay Mountain', 'Summit Land', 'ATTRACTION', 1, 'rule', '25e9ab4f-e374-4130-aafb-db0665323ae4', 20016, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0990-7a3a-a1c7-67715b38657d', '01a24daf-0856-785d-89a1-d0584708abca', 'Pirate Canyon Teacups', 'Canyon Land', 'ATTRACTION', 3, 'rule', 'ca56702c-ffdb-5907-4853-a58a3c5f5464', 20006, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0990-7e4c-bbe9-6edf15df7d07', '01a24daf-0856-785d-89a1-d0584708abca', 'Crystal Canyon Theater Show', 'Summit Land', 'SHOW', NULL, 'none', '9bb65f39-149c-4b74-dfcc-bd1b16fc1c51', 20004, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0990-7ff0-80aa-c7ae0be6bc9d', '01a24daf-0856-785d-89a1-d0584708abca', 'Silver Forest Spinner', 'Canyon Land', 'ATTRACTION', 3, 'rule', '6b8fe658-7f99-7982-6e5c-633a29a26495', 20014, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0991-7065-bc42-c09b533c8282', '01a24daf-0856-785d-89a1-d0584708abca', 'Royal Valley Spinner', NULL, 'ATTRACTION', 3, 'rule', '538bdaa0-bf26-7c5b-25e6-7df4f36e648f', NULL, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0991-73d2-9935-2d7957090108', '01a24daf-0856-785d-89a1-d0584708abca', 'Golden Valley Spinner', 'Kingdom Land', 'ATTRACTION', 3, 'rule', '8bdfb92c-a1f6-a325-1c09-ebaed3cba36d', 20007, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0991-7560-914d-38596facac31', '01a24daf-0856-785d-89a1-d0584708abca', 'Mystic Island Expedition', 'Kingdom Land', 'ATTRACTION', 1, 'rule', 'c1b0171d-3349-477c-4f91-149fec8e9913', 20011, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0991-7baa-986d-3045e0fdfb84', '01a24daf-0856-785d-89a1-d0584708abca', 'Mystic Kingdom Carousel', NULL, 'ATTRACTION', 3, 'rule', '369eb84b-71d7-3f93-63f8-71c4517b863f', NULL, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09a3-73bd-9712-1dd713f0f528', '01a24daf-0856-7085-9509-bba3afc010b4', 'Galaxy Grove Voyage', 'Grove Land', 'ATTRACTION', NULL, 'none', '07b8f54c-8495-25a8-3df7-f6fa9993bb20', 15001, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09a4-704a-9413-44235548798f', '01a24daf-0856-7085-9509-bba3afc010b4', 'Hidden Ridge Voyage', 'Ridge Land', 'ATTRACTION', NULL, 'none', '037aa9ea-7628-215c-568b-00d9e0321e5a', 15014, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09a4-718a-8032-b3c596f67882', '01a24daf-0856-7085-9509-bba3afc010b4', 'Frontier Harbor Dark Ride', 'Grove Land', 'ATTRACTION', NULL, 'none', '644dad3e-daf6-ba92-fff5-31ab6d73d9eb', 15013, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09a4-738c-9d89-3ae7414671fc', '01a24daf-0856-7085-9509-bba3afc010b4', 'Mystic Canyon Railroad', 'Grove Land', 'ATTRACTION', NULL, 'none', '13473051-6ab4-bffb-40a3-ae581deafc00', 15009, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09a4-7821-ae95-6ff76770d7e0', '01a24daf-0856-7085-9509-bba3afc010b4', 'Frontier Grove Flyer', 'Ridge Land', 'ATTRACTION', NULL, 'none', '65ddf901-3187-e759-3e60-06295bf5c022', 15006, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09a4-7995-9b6b-8353067ddb0c', '01a24daf-0856-7085-9509-bba3afc010b4', 'Wild Bay Flyer', 'Ridge Land', 'ATTRACTION', NULL, 'none', '85ebf81c-884a-2693-463c-ba2039c642c0', 15002, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09a4-7ed7-a6af-777945164410', '01a24daf-0856-7085-9509-bba3afc010b4', 'Dragon Kingdom Teacups', 'Ridge Land', 'ATTRACTION', 3, 'rule', 'bfce4fdc-5823-4edd-3ebe-38743186beb5', 15010, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09a5-72a7-87d7-f1c1e2c7e4c5', '01a24daf-0856-7085-9509-bba3afc010b4', 'Magic Valley Splash', 'Summit Land', 'ATTRACTION', 1, 'rule', 'c49db5fb-7401-e399-30b1-38a0a27f3f2d', 15012, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09a5-74d3-ba04-60cbbac68c7a', '01a24daf-0856-7085-9509-bba3afc010b4', 'Dragon Ridge Spinner', 'Summit Land', 'ATTRACTION', 3, 'rule', 'eae3ee81-3456-c662-6c26-72f93bc770cc', 15016, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09a5-77d4-82c9-520b45030b20', '01a24daf-0856-7085-9509-bba3afc010b4', 'Pirate Kingdom Dark Ride', 'Coast Land', 'ATTRACTION', NULL, 'none', 'c9e26ffe-a9fe-fe7c-2e0d-a00d16e9da21', 15015, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09a5-7a5c-9780-18bc30470891', '01a24daf-0856-7085-9509-bba3afc010b4', 'Silver Kingdom Teacups', 'Summit Land', 'ATTRACTION', 3, 'rule', 'c9de1e50-9981-3ea9-4037-408f651c8592', 15008, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09a5-7aae-b8c3-1770979905d7', '01a24daf-0856-7085-9509-bba3afc010b4', 'Dragon Island Theater Show', 'Coast Land', 'SHOW', NULL, 'none', '9e21b777-5768-3286-d207-3c5797411c8a', 15003, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09a5-7b19-ad53-029e30cb18e1', '01a24daf-0856-7085-9509-bba3afc010b4', 'Sunny Ridge Splash', 'Coast Land', 'ATTRACTION', 1, 'rule', '5fc47b34-5903-562c-fadb-a64d27ad7251', 15011, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09a5-7f39-88ea-7ca800b879d5', '01a24daf-0856-7085-9509-bba3afc010b4', 'Crystal Harbor Carousel', 'Summit Land', 'ATTRACTION', 3, 'rule', '3b7fdfdf-518c-7e83-019c-c4185baffb6c', 15004, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0952-7eef-8fdf-34aac21663dc', '01a24daf-0854-7cbc-94ca-0e121a63184c', 'Golden Summit Drop Tower', 'Canyon Land', 'ATTRACTION', 1, 'rule', '9020a687-c5c5-16ae-1a42-28746af8f059', 7001, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0957-77a8-a8ef-1e1083f0d5b5', '01a24daf-0854-7cbc-94ca-0e121a63184c', 'Sunny Harbor Carousel', 'Canyon Land', 'ATTRACTION', 3, 'rule', '23f903ac-edc7-3385-0278-f680b81bea28', 7005, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0958-70e6-ae90-417a0fc647fc', '01a24daf-0854-7cbc-94ca-0e121a63184c', 'Hidden Coast Carousel', 'Harbor Land', 'ATTRACTION', 3, 'rule', 'b62aa383-12d3-473b-3eec-f73c25501109', 7007, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0958-71f0-a4df-f81b6282cab4', '01a24daf-0854-7cbc-94ca-0e121a63184c', 'Pirate Lagoon Dark Ride', 'Valley Land', 'ATTRACTION', NULL, 'none', 'e23354f3-2596-d55e-30db-e56cf142b82b', 7014, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0958-75e2-9b2e-2eabd25b8d1a', '01a24daf-0854-7cbc-94ca-0e121a63184c', 'Galaxy Bay Railroad', 'Canyon Land', 'ATTRACTION', NULL, 'none', '53604dac-d635-ed02-1944-6ec2a3f5c8d8', 7013, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0958-7635-bbd2-62aea7446345', '01a24daf-0854-7cbc-94ca-0e121a63184c', 'Hidden Island Racers', 'Valley Land', 'ATTRACTION', NULL, 'none', 'dded0ad1-d8eb-4a58-4999-9ab46954fa9d', 7002, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0958-784a-850e-fea8cb20ac26', '01a24daf-0854-7cbc-94ca-0e121a63184c', 'Cosmic Summit Drop Tower', 'Harbor Land', 'ATTRACTION', 1, 'rule', 'a9a2b1ed-7f04-efd1-8433-73e0594fb2dc', 7011, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0958-797f-8ebb-84344dc27370', '01a24daf-0854-7cbc-94ca-0e121a63184c', 'Galaxy Harbor Character Meet', 'Valley Land', 'MEET_AND_GREET', NULL, 'none', 'c2f71558-d01e-5ec2-4664-689068f47d08', 7006, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0958-7bbb-ab2f-f7b21d6ef1ae', '01a24daf-0854-7cbc-94ca-0e121a63184c', 'Frontier Grove Character Meet', 'Canyon Land', 'MEET_AND_GREET', NULL, 'none', '52b66c8a-be37-c93b-9a9b-46f80a1c6935', 7009, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0958-7c89-ab79-d8fc807fd3ee', '01a24daf-0854-7cbc-94ca-0e121a63184c', 'Frontier Bay Theater Show', 'Valley Land', 'SHOW', NULL, 'none', '23fef244-8d29-4118-bea4-cd5def816a39', 7010, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0958-7ea2-af43-5d87f0a35090', '01a24daf-0854-7cbc-94ca-0e121a63184c', 'Sunny Kingdom Drop Tower', 'Harbor Land', 'ATTRACTION', 1, 'rule', '7e04a110-5bd5-17ed-fca4-010e5cde134a', 7003, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0959-72ae-9e8b-93c012b212d4', '01a24daf-0854-7cbc-94ca-0e121a63184c', 'Crystal Grove Character Meet', 'Forest Land', 'MEET_AND_GREET', NULL, 'none', '1fd85755-80bf-8f1d-d0e8-5eb0a48bce51', 7004, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0959-7373-8098-d8f127d95d8c', '01a24daf-0854-7cbc-94ca-0e121a63184c', 'Jungle Lagoon Splash', 'Forest Land', 'ATTRACTION', 1, 'rule', '319ea433-3f0a-2a2c-9c26-962d61b4cba8', 7016, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0959-7883-9b86-dd1508b3abf7', '01a24daf-0854-7cbc-94ca-0e121a63184c', 'Golden Ridge Railroad', 'Forest Land', 'ATTRACTION', NULL, 'none', '2dc5bba4-523d-101e-9ff7-31935d67e1f2', 7012, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b85-7290-a3df-4c0730f33caa', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', 'Royal Bay Teacups', 'Ridge Land', 'ATTRACTION', 3, 'rule', NULL, 23003, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b85-7622-baba-16985907ee7a', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', 'Mystic Kingdom Drop Tower', 'Ridge Land', 'ATTRACTION', 1, 'rule', NULL, 23011, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b85-76d5-8d42-b31e2ccf165e', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', 'Silver Harbor Theater Show', 'Ridge Land', 'SHOW', NULL, 'none', NULL, 23009, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b85-786d-8175-b76348c0458d', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', 'Silver Bay Mountain', 'Ridge Land', 'ATTRACTION', 1, 'rule', NULL, 23001, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b85-7917-8939-8f4954c80741', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', 'Sunny Summit Railroad', 'Ridge Land', 'ATTRACTION', NULL, 'none', NULL, 23013, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b85-7dee-85b2-3a757e8ca7a7', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', 'Mystic Harbor Expedition', 'Ridge Land', 'ATTRACTION', 1, 'rule', NULL, 23005, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b85-7df5-883c-29f5f60e0858', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', 'Crystal Valley Coaster', 'Ridge Land', 'ATTRACTION', 1, 'rule', NULL, 23007, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b86-7062-93d8-52fb92efb4c7', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', 'Wild Valley Spinner', 'Ridge Land', 'ATTRACTION', 3, 'rule', NULL, 23015, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b86-71ef-ac4a-695db3222c0e', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', 'Cosmic Valley Expedition', 'Lagoon Land', 'ATTRACTION', 1, 'rule', NULL, 23012, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b86-739b-bc50-6871049f477e', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', 'Golden Summit Voyage', 'Lagoon Land', 'ATTRACTION', NULL, 'none', NULL, 23008, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b86-740b-9b7c-94f2c7b686f3', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', 'Wild Summit Splash', 'Forest Land', 'ATTRACTION', 1, 'rule', NULL, 23006, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b86-745f-a18f-08715989877e', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', 'Magic Island Dark Ride', 'Lagoon Land', 'ATTRACTION', NULL, 'none', NULL, 23004, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b86-76ea-8bb6-bddb048b2481', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', 'Galaxy Forest Character Meet', 'Forest Land', 'MEET_AND_GREET', NULL, 'none', NULL, 23002, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b86-7996-b8e0-38efb7f9b012', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', 'Dragon Coast Spinner', 'Lagoon Land', 'ATTRACTION', 3, 'rule', NULL, 23016, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b86-79b9-85b5-0641087ef3a0', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', 'Galaxy Coast Railroad', 'Forest Land', 'ATTRACTION', NULL, 'none', NULL, 23010, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b86-79d6-a640-7103b7631f2e', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', 'Hidden Ridge Junior Coaster', 'Forest Land', 'ATTRACTION', 3, 'rule', NULL, 23014, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b07-7091-a8f0-f4473b6b1b01', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', 'Dragon Island Drop Tower', 'Forest Land', 'ATTRACTION', 1, 'rule', '52165c1f-2255-873e-8608-63707a382e32', 5002, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b07-7225-867a-9adabf1a0308', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', 'Golden Grove Theater Show', 'Summit Land', 'SHOW', NULL, 'none', '2018505a-b7ec-fe70-f34d-543ed597cd35', 5013, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b07-733b-978d-9b374ab0aa13', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', 'Hidden Kingdom Racers', 'Summit Land', 'ATTRACTION', NULL, 'none', '843acae6-1e43-abfb-533d-eed72fbcc145', 5001, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b07-791f-8259-911515ad5cc5', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', 'Silver Coast Railroad', 'Summit Land', 'ATTRACTION', NULL, 'none', 'a117e1e2-1e70-ec09-d3d2-c05115138a1b', 5009, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b07-7c14-b840-3157be943923', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', 'Jungle Island Character Meet', 'Summit Land', 'MEET_AND_GREET', NULL, 'none', '332bd7b1-57d7-afb3-472c-6f965b5b0cc2', 5005, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b08-7366-8275-9e7a6f5b7763', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', 'Silver Grove Expedition', 'Forest Land', 'ATTRACTION', 1, 'rule', '9469c04c-cbc4-a39e-0ce2-ce9713a2c970', 5010, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b08-75db-aa9b-1770c4dd02f4', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', 'Wild Kingdom Expedition', 'Coast Land', 'ATTRACTION', 1, 'rule', '75fd7f0c-863e-8f64-e7e8-5f88ffaf8fcd', 5007, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b08-7706-a9ea-8125681a9664', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', 'Mystic Summit Junior Coaster', 'Coast Land', 'ATTRACTION', 3, 'rule', '2eee895e-64f9-2cf1-3ec2-4d1d12445277', 5015, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b08-7716-aff4-fb42e419ecb5', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', 'Galaxy Lagoon Splash', 'Forest Land', 'ATTRACTION', 1, 'rule', '4574f1e5-039b-2ddf-43a9-a6225445d452', 5014, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b08-782e-8b0f-46bb50b1a098', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', 'Wild Lagoon Junior Coaster', 'Forest Land', 'ATTRACTION', 3, 'rule', '6596fa34-cd31-9726-70df-ff163b384238', 5006, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b08-79c3-bf95-8b76060a1040', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', 'Thunder Bay Character Meet', 'Coast Land', 'MEET_AND_GREET', NULL, 'none', '91048593-6c58-0158-b23f-6574adea4e41', 5011, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b1a-77d6-9ae2-2b687f65084c', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', 'Thunder Bay Expedition', 'Ridge Land', 'ATTRACTION', 1, 'rule', '36cc561e-4977-86a8-3e5d-f478519c24fd', 5016, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b1a-7bc8-8536-c14ddeb4d107', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', 'Dragon Summit Voyage', 'Ridge Land', 'ATTRACTION', NULL, 'none', '2baf6b1d-1cdd-7fc7-de3b-601f62e70fd3', 5008, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b1a-7c74-bef6-687420cbd6e8', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', 'Frontier Island Railroad', 'Ridge Land', 'ATTRACTION', NULL, 'none', '8292782d-2e3f-1f0e-9074-a5dda1ebf50c', 5012, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b1a-7d04-80ca-5fb4d4599769', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', 'Golden Bay Coaster', 'Ridge Land', 'ATTRACTION', 1, 'rule', '76038173-acd1-e6d3-d3bb-0df21a4620ca', 5004, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-099c-705e-b6a2-bc85e222d378', '01a24daf-0856-7db1-862c-10d21b4cf0f3', 'Royal Kingdom Character Meet', 'Coast Land', 'MEET_AND_GREET', NULL, 'none', 'be915205-abc1-700b-98d3-fea1b7098411', 9005, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-099c-7933-9311-b7b0a6169eea', '01a24daf-0856-7db1-862c-10d21b4cf0f3', 'Mystic Forest Teacups', 'Coast Land', 'ATTRACTION', 3, 'rule', '0fc5ccb9-832b-acbb-537a-c75a94956793', 9001, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-099d-706e-8e43-401b5b6e8aa4', '01a24daf-0856-7db1-862c-10d21b4cf0f3', 'Silver Grove Junior Coaster', 'Canyon Land', 'ATTRACTION', 3, 'rule', 'a5c983c1-907d-3291-4603-328b67d3ebda', 9004, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-08fd-7d0f-b110-93d563c58337', '01a24daf-0801-78de-8533-c4736a0edd20', 'Sunny Coast Carousel', 'Summit Land', 'ATTRACTION', 3, 'rule', NULL, 1001, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-091d-734d-a2b5-2a6d18aa59f1', '01a24daf-0801-78de-8533-c4736a0edd20', 'Wild Grove Carousel', 'Summit Land', 'ATTRACTION', 3, 'rule', NULL, 1003, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-091e-70b6-a650-bb59c4c52a98', '01a24daf-0801-78de-8533-c4736a0edd20', 'Thunder Bay Racers', 'Island Land', 'ATTRACTION', NULL, 'none', NULL, 1002, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-091e-73d1-bae1-ad3f51ea1a1b', '01a24daf-0801-78de-8533-c4736a0edd20', 'Sunny Summit Theater Show', 'Summit Land', 'SHOW', NULL, 'none', NULL, 1011, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-091e-7427-8f01-1c6ff44106f6', '01a24daf-0801-78de-8533-c4736a0edd20', 'Golden Lagoon Voyage', 'Summit Land', 'ATTRACTION', NULL, 'none', NULL, 1013, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-091e-7951-8e29-fccac763359e', '01a24daf-0801-78de-8533-c4736a0edd20', 'Mystic Summit Mountain', 'Island Land', 'ATTRACTION', 1, 'rule', NULL, 1010, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-091e-7994-ba77-843c0ea1fad1', '01a24daf-0801-78de-8533-c4736a0edd20', 'Cosmic Bay Flyer', 'Summit Land', 'ATTRACTION', NULL, 'none', NULL, 1015, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-091e-79fb-a60b-4e61a976e30f', '01a24daf-0801-78de-8533-c4736a0edd20', 'Sunny Coast Racers', 'Island Land', 'ATTRACTION', NULL, 'none', NULL, 1014, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-091e-7a78-a30f-e9dcad72afd5', '01a24daf-0801-78de-8533-c4736a0edd20', 'Royal Harbor Voyage', 'Summit Land', 'ATTRACTION', NULL, 'none', NULL, 1005, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-091e-7a99-ba8c-c29942e0cd73', '01a24daf-0801-78de-8533-c4736a0edd20', 'Wild Valley Railroad', 'Coast Land', 'ATTRACTION', NULL, 'none', NULL, 1008, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-091e-7c20-96a0-b3d5f917b9a2', '01a24daf-0801-78de-8533-c4736a0edd20', 'Magic Kingdom Coaster', 'Coast Land', 'ATTRACTION', 1, 'rule', NULL, 1004, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-091e-7d04-b444-568a1429ade2', '01a24daf-0801-78de-8533-c4736a0edd20', 'Magic Harbor Character Meet', 'Summit Land', 'MEET_AND_GREET', NULL, 'none', NULL, 1009, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-091e-7d24-bc52-3eb3b66af136', '01a24daf-0801-78de-8533-c4736a0edd20', 'Golden Coast Dark Ride', 'Island Land', 'ATTRACTION', NULL, 'none', NULL, 1006, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-091e-7d68-a366-b7f0a63f2140', '01a24daf-0801-78de-8533-c4736a0edd20', 'Galaxy Canyon Flyer', 'Summit Land', 'ATTRACTION', NULL, 'none', NULL, 1007, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-092f-70c6-a489-e6cc9f561099', '01a24daf-0801-78de-8533-c4736a0edd20', 'Frontier Valley Coaster', 'Coast Land', 'ATTRACTION', 1, 'rule', NULL, 1012, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-092f-7a1a-8912-a2d1a8a65738', '01a24daf-0801-78de-8533-c4736a0edd20', 'Crystal Coast Railroad', 'Coast Land', 'ATTRACTION', NULL, 'none', NULL, 1016, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-099d-74d1-a474-2d960f4d69ea', '01a24daf-0856-7db1-862c-10d21b4cf0f3', 'Frontier Lagoon Voyage', 'Canyon Land', 'ATTRACTION', NULL, 'none', 'cd9ce1bf-edab-bbe0-9142-b4efa48bc430', 9002, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-099d-7699-aa94-363f7462c587', '01a24daf-0856-7db1-862c-10d21b4cf0f3', 'Royal Kingdom Drop Tower', 'Canyon Land', 'ATTRACTION', 1, 'rule', '1cbf1397-742a-eca6-3bd5-c5f825c744a9', 9006, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-099d-7843-89bb-1c1f586da21f', '01a24daf-0856-7db1-862c-10d21b4cf0f3', 'Galaxy Valley Carousel', 'Canyon Land', 'ATTRACTION', 3, 'rule', '1b48c4c6-b345-9b45-21fe-049f677b831f', 9008, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-099d-7862-9569-e7d1e4b984c6', '01a24daf-0856-7db1-862c-10d21b4cf0f3', 'Silver Valley Mountain', 'Coast Land', 'ATTRACTION', 1, 'rule', 'd6b7fadf-c7d4-9f18-a6bc-5431c7b59b5d', 9013, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-099d-790f-b71c-704187648306', '01a24daf-0856-7db1-862c-10d21b4cf0f3', 'Mystic Canyon Racers', 'Coast Land', 'ATTRACTION', NULL, 'none', '32344224-f20e-0bdc-e6f5-1a3b29ac887f', 9009, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-099d-7fd4-a0cd-0a58f3b831ea', '01a24daf-0856-7db1-862c-10d21b4cf0f3', 'Thunder Summit Railroad', 'Canyon Land', 'ATTRACTION', NULL, 'none', 'e302c089-d28c-20d3-1cbb-487df934e81f', 9010, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-099e-702a-a7bf-b8a32466f027', '01a24daf-0856-7db1-862c-10d21b4cf0f3', 'Royal Bay Carousel', 'Harbor Land', 'ATTRACTION', 3, 'rule', '5c5c02a5-27e1-0473-76c3-d0bdc8b58bda', 9011, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-099e-7234-94e9-d842d099fa17', '01a24daf-0856-7db1-862c-10d21b4cf0f3', 'Royal Island Theater Show', 'Canyon Land', 'SHOW', NULL, 'none', '60822781-d9e9-eb72-0515-9ae8e7628168', 9012, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-099e-74df-b9ae-1e886c784950', '01a24daf-0856-7db1-862c-10d21b4cf0f3', 'Royal Grove Junior Coaster', 'Canyon Land', 'ATTRACTION', 3, 'rule', 'fc540664-aba7-5b91-b46c-732aa021371b', 9014, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-099e-76bd-b8ac-0d80552f8fd4', '01a24daf-0856-7db1-862c-10d21b4cf0f3', 'Thunder Harbor Spinner', 'Canyon Land', 'ATTRACTION', 3, 'rule', '202820b5-292e-4a38-0c81-24dcbf2f408b', 9016, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-099e-7747-8916-8a8b6d5b6f7d', '01a24daf-0856-7db1-862c-10d21b4cf0f3', 'Royal Harbor Mountain', 'Harbor Land', 'ATTRACTION', 1, 'rule', 'aae31f36-6f2a-6e36-5b33-8ea9824823dd', 9015, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-099e-779a-8865-08da4c564f46', '01a24daf-0856-7db1-862c-10d21b4cf0f3', 'Wild Valley Racers', 'Harbor Land', 'ATTRACTION', NULL, 'none', 'bf10e4a9-7d2e-3e28-2458-49a944c4f1c6', 9003, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-099e-7fcd-9de5-0c354f674264', '01a24daf-0856-7db1-862c-10d21b4cf0f3', 'Pirate Valley Carousel', 'Harbor Land', 'ATTRACTION', 3, 'rule', '2fa5a382-8c54-f568-2180-c2700e57fbbf', 9007, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09b3-785d-82f0-a5710385e558', '01a24daf-0856-7ed4-ba78-552f9080a33a', 'Mystic Kingdom Carousel', 'Harbor Land', 'ATTRACTION', 3, 'rule', 'f79523f5-8da3-9fe7-95cd-ede8306c9728', 4006, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09b3-7903-a53a-f99b7562a740', '01a24daf-0856-7ed4-ba78-552f9080a33a', 'Galaxy Bay Theater Show', 'Harbor Land', 'SHOW', NULL, 'none', '0d1e6084-1d65-44e7-0864-8666cda22759', 4002, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09b3-79fb-82eb-e029a1037287', '01a24daf-0856-7ed4-ba78-552f9080a33a', 'Frontier Island Spinner', 'Lagoon Land', 'ATTRACTION', 3, 'rule', 'f775d0a2-cddc-c079-de98-b9ab9a0bca83', 4009, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09b3-7a3e-9c39-fa488db265b1', '01a24daf-0856-7ed4-ba78-552f9080a33a', 'Hidden Harbor Mountain', 'Lagoon Land', 'ATTRACTION', 1, 'rule', '859a163c-664d-ec50-faa8-8e4fa8734416', 4005, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09b3-7aa5-9c4c-7b40afd27515', '01a24daf-0856-7ed4-ba78-552f9080a33a', 'Sunny Ridge Coaster', 'Lagoon Land', 'ATTRACTION', 1, 'rule', '1650fa17-8921-2046-6090-d674d4b75b83', 4013, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09b3-7dc9-a667-afa76d1aa168', '01a24daf-0856-7ed4-ba78-552f9080a33a', 'Royal Lagoon Flyer', 'Lagoon Land', 'ATTRACTION', NULL, 'none', 'fa122c4c-62be-5362-7911-dca28ea3fc26', 4001, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09b4-70ad-bc01-74bda506c46d', '01a24daf-0856-7ed4-ba78-552f9080a33a', 'Jungle Summit Junior Coaster', 'Grove Land', 'ATTRACTION', 3, 'rule', '4ce456d3-ba07-df8b-c074-dcb6bd713129', 4007, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09b4-71e4-91c2-6f6dae31c6da', '01a24daf-0856-7ed4-ba78-552f9080a33a', 'Magic Summit Voyage', 'Harbor Land', 'ATTRACTION', NULL, 'none', '761ca52b-0f2d-b635-6d31-712a36024148', 4010, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09b4-746a-8a11-353a4439dee7', '01a24daf-0856-7ed4-ba78-552f9080a33a', 'Magic Ridge Character Meet', 'Grove Land', 'MEET_AND_GREET', NULL, 'none', '00a4da96-799b-755f-f62a-e98c6c4a7e19', 4015, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09b4-7779-ae70-8d2bff0b7f79', '01a24daf-0856-7ed4-ba78-552f9080a33a', 'Crystal Island Racers', 'Summit Land', 'ATTRACTION', NULL, 'none', 'e21ab7e9-1b9b-9fe4-d7ac-9cd7e31c816f', 4004, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09b4-7a3d-9579-bb2a0305ed06', '01a24daf-0856-7ed4-ba78-552f9080a33a', 'Mystic Island Expedition', 'Harbor Land', 'ATTRACTION', 1, 'rule', 'd74de877-e52c-1ff6-c072-9bfd8f0632b7', 4014, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09b4-7b03-a49b-5c4c4dc04277', '01a24daf-0856-7ed4-ba78-552f9080a33a', 'Galaxy Kingdom Railroad', 'Summit Land', 'ATTRACTION', NULL, 'none', '8b46f554-2758-9b55-5de7-98a9fc2f1289', 4012, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09b4-7b68-83d6-2d1eed45fbcd', '01a24daf-0856-7ed4-ba78-552f9080a33a', 'Hidden Ridge Racers', 'Summit Land', 'ATTRACTION', NULL, 'none', '882474c1-36e7-85d2-3975-53e586e4f3d9', 4016, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09b4-7c15-b583-13c5652a1444', '01a24daf-0856-7ed4-ba78-552f9080a33a', 'Dragon Valley Mountain', 'Grove Land', 'ATTRACTION', 1, 'rule', 'd74503bd-5ecc-eec1-7379-323cbe55d2df', 4011, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09b4-7d1f-a238-6f03f558b616', '01a24daf-0856-7ed4-ba78-552f9080a33a', 'Cosmic Island Theater Show', 'Grove Land', 'SHOW', NULL, 'none', '2e707652-bb06-4c1b-ebd9-589f47afd4aa', 4003, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09b4-7e8a-8c69-b951a1086cdd', '01a24daf-0856-7ed4-ba78-552f9080a33a', 'Frontier Harbor Character Meet', 'Summit Land', 'MEET_AND_GREET', NULL, 'none', 'f0683ba6-7249-289c-717b-4b06f9b807f9', 4008, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0973-736c-b0fe-68fcf97b23fe', '01a24daf-0855-778f-951c-210639f619dd', 'Magic Bay Drop Tower', 'Harbor Land', 'ATTRACTION', 1, 'rule', 'd4ea1609-0fc8-fad7-2ba9-a061f55c09ef', 13012, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0973-7382-8c14-b89f38c2fa4d', '01a24daf-0855-778f-951c-210639f619dd', 'Jungle Forest Expedition', 'Harbor Land', 'ATTRACTION', 1, 'rule', 'b5c713b3-e008-8f6a-cd20-9bb64f29d23a', 13016, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0ba2-7303-b3b6-976bab3b833a', '01a24daf-0863-7030-9288-2c456482e125', 'Pirate Harbor Mountain', 'Valley Land', 'ATTRACTION', 1, 'rule', '6c653344-5da8-45f8-8611-32335525d07f', 18001, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0ba2-7a76-a6e6-01a65d622dd4', '01a24daf-0863-7030-9288-2c456482e125', 'Hidden Summit Junior Coaster', 'Kingdom Land', 'ATTRACTION', 3, 'rule', '627c82c6-b91b-4cdd-f80e-c9003f24f443', 18002, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0ba2-7bb7-9c63-5071c3564048', '01a24daf-0863-7030-9288-2c456482e125', 'Mystic Valley Character Meet', 'Kingdom Land', 'MEET_AND_GREET', NULL, 'none', 'bc99b6a5-f3d2-06d0-ab74-051b320bfddf', 18006, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0ba2-7e9a-8daa-27dbf67ea13d', '01a24daf-0863-7030-9288-2c456482e125', 'Jungle Coast Racers', 'Valley Land', 'ATTRACTION', NULL, 'none', 'd759f9e2-8857-c4fd-ddeb-63a746e190cb', 18005, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0ba3-7055-abf6-65784877274f', '01a24daf-0863-7030-9288-2c456482e125', 'Jungle Harbor Drop Tower', 'Kingdom Land', 'ATTRACTION', 1, 'rule', '9d2546e4-9432-9287-6a27-c1c259b512d5', 18014, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0ba3-70df-8e64-fad844d469c1', '01a24daf-0863-7030-9288-2c456482e125', 'Pirate Kingdom Flyer', 'Coast Land', 'ATTRACTION', NULL, 'none', '573e2b89-aefe-1dbd-ac38-92be588a85d6', 18016, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0ba3-71c5-ade4-29f68a436b01', '01a24daf-0863-7030-9288-2c456482e125', 'Silver Coast Dark Ride', 'Coast Land', 'ATTRACTION', NULL, 'none', '57b1900d-eae1-4682-ff9d-d55c4ef64f51', 18004, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0ba3-7378-bd15-59b2d33809f5', '01a24daf-0863-7030-9288-2c456482e125', 'Jungle Lagoon Theater Show', 'Ridge Land', 'SHOW', NULL, 'none', '36bdb4b1-b2dc-4cf2-6353-b9a3317ef705', 18007, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0ba3-76c5-a3c8-2f4ed8831aac', '01a24daf-0863-7030-9288-2c456482e125', 'Wild Bay Racers', 'Ridge Land', 'ATTRACTION', NULL, 'none', '83fbb1be-4879-6a6b-c829-02e5c374cf1c', 18015, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0ba3-7c0e-b245-eb4a2397cc4a', '01a24daf-0863-7030-9288-2c456482e125', 'Silver Grove Carousel', 'Coast Land', 'ATTRACTION', 3, 'rule', 'a696d2c0-01ce-9ddd-9e88-fee999fc55fb', 18008, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0ba3-7d59-b453-3149f355261f', '01a24daf-0863-7030-9288-2c456482e125', 'Mystic Ridge Dark Ride', 'Ridge Land', 'ATTRACTION', NULL, 'none', '9052b017-48fa-2b47-8321-3388d76a76dd', 18011, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0ba3-7da2-88e1-d001929608d7', '01a24daf-0863-7030-9288-2c456482e125', 'Jungle Harbor Walkthrough Exhibit', 'Ridge Land', 'EXPERIENCE', NULL, 'none', 'b7af3385-b841-3063-fe17-e5c47dbc5071', 18003, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09c3-7542-a108-583d0f59a5bc', '01a24daf-0856-7aec-b276-85d47caf4c85', 'Royal Coast Drop Tower', 'Ridge Land', 'ATTRACTION', 1, 'rule', '6cfbf9af-0b2c-ddd0-b83d-55023dcbbab6', 16002, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09c3-7656-a195-9b8f210b2738', '01a24daf-0856-7aec-b276-85d47caf4c85', 'Pirate Ridge Drop Tower', 'Ridge Land', 'ATTRACTION', 1, 'rule', 'b6b2a178-1d4f-ecec-6012-f61e416422d9', 16004, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09c3-7c01-893b-5e59f3366f33', '01a24daf-0856-7aec-b276-85d47caf4c85', 'Dragon Summit Mountain', 'Lagoon Land', 'ATTRACTION', 1, 'rule', '54ff270a-e9db-bb88-4be2-e7b53c6c21cc', 16009, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09c3-7cbf-b0af-cf690ad52f95', '01a24daf-0856-7aec-b276-85d47caf4c85', 'Frontier Island Expedition', 'Lagoon Land', 'ATTRACTION', 1, 'rule', '4d39ff60-5c39-3f54-cb42-d28c7feaa939', 16013, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09c3-7dc4-a60f-ce673d2bad2e', '01a24daf-0856-7aec-b276-85d47caf4c85', 'Magic Kingdom Railroad', 'Lagoon Land', 'ATTRACTION', NULL, 'none', '2174400e-a481-80e6-16ba-70401109590f', 16001, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09c3-7ee1-85e3-aad9e7783a6c', '01a24daf-0856-7aec-b276-85d47caf4c85', 'Dragon Coast Spinner', 'Lagoon Land', 'ATTRACTION', 3, 'rule', '9d37b198-1497-9b25-2c49-cd2620e0aa6d', 16005, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09c4-70fc-b7e8-52cdb5f90b96', '01a24daf-0856-7aec-b276-85d47caf4c85', 'Golden Canyon Splash', 'Ridge Land', 'ATTRACTION', 1, 'rule', '461f2bf3-7d10-e168-cf11-9eebd83d176a', 16006, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09c4-7102-a3e2-95a5405f25ca', '01a24daf-0856-7aec-b276-85d47caf4c85', 'Thunder Grove Mountain', 'Canyon Land', 'ATTRACTION', 1, 'rule', 'f866281d-b7ad-fba9-c24c-a4064b0efb8a', 16007, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09c4-71e5-a348-80550b1e8e9b', '01a24daf-0856-7aec-b276-85d47caf4c85', 'Crystal Grove Coaster', 'Ridge Land', 'ATTRACTION', 1, 'rule', '740bbbb7-44e1-1a43-f30e-f086b610744a', 16010, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09c4-7238-a524-ede2e0310273', '01a24daf-0856-7aec-b276-85d47caf4c85', 'Sunny Kingdom Flyer', 'Ridge Land', 'ATTRACTION', NULL, 'none', '8ba15742-fd54-8bdb-ee99-4244bca63d97', 16014, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09c4-749e-8bd8-3b81aeb308b4', '01a24daf-0856-7aec-b276-85d47caf4c85', 'Mystic Forest Coaster', 'Ridge Land', 'ATTRACTION', 1, 'rule', '2dace897-f6df-af89-6641-7249f1305096', 16012, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09c4-75c3-be39-3813f04d3065', '01a24daf-0856-7aec-b276-85d47caf4c85', 'Frontier Harbor Mountain', 'Ridge Land', 'ATTRACTION', 1, 'rule', '0ae9b899-cf7d-c6ef-903a-13312917e7bd', 16008, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09c4-7bb0-98dc-13f95dcfaa93', '01a24daf-0856-7aec-b276-85d47caf4c85', 'Wild Ridge Racers', 'Canyon Land', 'ATTRACTION', NULL, 'none', '0ca43e25-eb94-658d-906c-9f03e0a04b1d', 16003, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09c4-7cfe-a5c3-2fd27c560188', '01a24daf-0856-7aec-b276-85d47caf4c85', 'Galaxy Grove Spinner', 'Ridge Land', 'ATTRACTION', 3, 'rule', '51cc1637-adb5-6eac-c6eb-054e55606ca3', 16016, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09c5-75cf-89be-2ea96a9ed4f3', '01a24daf-0856-7aec-b276-85d47caf4c85', 'Thunder Valley Character Meet', 'Canyon Land', 'MEET_AND_GREET', NULL, 'none', '0daa6af2-31d6-6555-93eb-2be96b130a71', 16015, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-09c5-77be-b218-dbbcc1c254ce', '01a24daf-0856-7aec-b276-85d47caf4c85', 'Golden Summit Voyage', 'Canyon Land', 'ATTRACTION', NULL, 'none', 'c1904845-59c1-4512-288a-8a5bb3bb29f2', 16011, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0978-70fd-870b-d6122e45c7b4', '01a24daf-0855-7999-a486-7891cacabbe1', 'Royal Coast Teacups', 'Harbor Land', 'ATTRACTION', 3, 'rule', '7b8fffa2-071b-601c-6f73-3583366a69a7', 19005, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0978-7652-98ba-870f5ccb85fc', '01a24daf-0855-7999-a486-7891cacabbe1', 'Silver Grove Walkthrough Exhibit', 'Harbor Land', 'EXPERIENCE', NULL, 'none', '01762df4-1c83-cf38-2db2-8e9450b4ffb8', 19001, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0978-78da-ad20-96d3ecb732c5', '01a24daf-0855-7999-a486-7891cacabbe1', 'Cosmic Summit Splash', 'Coast Land', 'ATTRACTION', 1, 'rule', '63aaa568-1250-d691-eb74-edc6241877d9', 19002, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0978-7ad7-84b1-198bf059493a', '01a24daf-0855-7999-a486-7891cacabbe1', 'Mystic Bay Character Meet', 'Harbor Land', 'MEET_AND_GREET', NULL, 'none', '08ce1145-2b86-eaa4-5ac7-c31ccd315f6d', 19013, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0978-7da2-b5e8-b57831d4560f', '01a24daf-0855-7999-a486-7891cacabbe1', 'Mystic Kingdom Dark Ride', 'Harbor Land', 'ATTRACTION', NULL, 'none', '6cf68138-0ff3-2355-2f51-f701e058c859', 19009, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0978-7de7-aa83-a447c301031c', '01a24daf-0855-7999-a486-7891cacabbe1', 'Magic Ridge Flyer', 'Coast Land', 'ATTRACTION', NULL, 'none', '37e814b9-6eb5-5211-4173-7fd94f71aec7', 19006, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0979-70fe-b97c-dbd4524a5464', '01a24daf-0855-7999-a486-7891cacabbe1', 'Royal Kingdom Spinner', 'Coast Land', 'ATTRACTION', 3, 'rule', '9a92ddbf-05e4-ce01-c348-6cfd3968fd79', 19014, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0979-7328-a9e6-399a810209a9', '01a24daf-0855-7999-a486-7891cacabbe1', 'Thunder Lagoon Expedition', 'Kingdom Land', 'ATTRACTION', 1, 'rule', 'e2b2c00e-4bb9-6de3-e681-038e8e510d8c', 19016, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0979-73c4-8030-c61ccd534aa6', '01a24daf-0855-7999-a486-7891cacabbe1', 'Cosmic Ridge Splash', 'Kingdom Land', 'ATTRACTION', 1, 'rule', 'ab8b06bb-91f4-1db4-e780-cdd7b3f4a966', 19004, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0979-7572-bc34-10516a1f7e6a', '01a24daf-0855-7999-a486-7891cacabbe1', 'Galaxy Forest Mountain', 'Coast Land', 'ATTRACTION', 1, 'rule', 'e2ae4f5c-0d8d-1305-a0d6-1f3747fa3171', 19010, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0979-768f-8e84-0e67969c0bb8', '01a24daf-0855-7999-a486-7891cacabbe1', 'Magic Harbor Racers', 'Kingdom Land', 'ATTRACTION', NULL, 'none', '91ba3d0b-d087-1986-203b-d1f906d8b124', 19012, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0979-77bc-a0f2-0d3f97b2eb91', '01a24daf-0855-7999-a486-7891cacabbe1', 'Hidden Lagoon Teacups', 'Canyon Land', 'ATTRACTION', 3, 'rule', '2b17f344-83af-eee0-6945-979f51cf54f0', 19011, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-097a-7153-8be5-522800820cc0', '01a24daf-0855-7999-a486-7891cacabbe1', 'Dragon Harbor Theater Show', NULL, 'SHOW', NULL, 'none', '07b58c82-418c-768d-5af0-c9eb28843726', NULL, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-097a-7216-a342-e280679a5491', '01a24daf-0855-7999-a486-7891cacabbe1', 'Thunder Bay Voyage', NULL, 'ATTRACTION', NULL, 'none', '52c01010-14a6-0940-ce35-24ef83951dbd', NULL, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-097a-733a-b934-f2bed5a953b5', '01a24daf-0855-7999-a486-7891cacabbe1', 'Dragon Grove Spinner', NULL, 'ATTRACTION', 3, 'rule', '051de606-5049-824a-8f13-f4b1aafc07ce', NULL, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b96-739c-9c97-0985e4784f52', '01a24daf-0863-716f-86f6-5aeb975d22c5', 'Jungle Kingdom Expedition', 'Summit Land', 'ATTRACTION', 1, 'rule', 'cc700764-abe4-c1b6-c071-ffcda50cd97f', 12012, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b96-74fa-a787-18897d3e97ea', '01a24daf-0863-716f-86f6-5aeb975d22c5', 'Royal Harbor Walkthrough Exhibit', 'Summit Land', 'EXPERIENCE', NULL, 'none', 'eb07ec91-8ab4-ebda-397d-9aa841744bef', 12008, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b96-756e-8681-60e28b6e17f0', '01a24daf-0863-716f-86f6-5aeb975d22c5', 'Crystal Summit Dark Ride', 'Summit Land', 'ATTRACTION', NULL, 'none', '865d4de8-a33a-8c1e-e4f4-d65c7ed41dc5', 12001, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b96-764a-aab4-9d9ad7aa36c4', '01a24daf-0863-716f-86f6-5aeb975d22c5', 'Golden Forest Flyer', 'Summit Land', 'ATTRACTION', NULL, 'none', '6525ffcf-c8d8-800d-8097-94679bfa80c0', 12009, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b97-7111-9f81-74efc68830f2', '01a24daf-0863-716f-86f6-5aeb975d22c5', 'Pirate Summit Theater Show', 'Forest Land', 'SHOW', NULL, 'none', '4bb704d3-3ec1-65c7-849d-d54894d370c0', 12011, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b97-71a5-8aca-742dbec39586', '01a24daf-0863-716f-86f6-5aeb975d22c5', 'Galaxy Forest Teacups', 'Summit Land', 'ATTRACTION', 3, 'rule', '7f779191-0518-ec3a-5321-73e045245bf4', 12013, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b97-736d-b2c7-abf01baf9009', '01a24daf-0863-716f-86f6-5aeb975d22c5', 'Golden Forest Splash', 'Summit Land', 'ATTRACTION', 1, 'rule', 'e6137b3a-4db6-ee37-cc59-b148b070a738', 12016, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b97-75ec-a4a1-4691535b3b3f', '01a24daf-0863-716f-86f6-5aeb975d22c5', 'Mystic Valley Junior Coaster', 'Bay Land', 'ATTRACTION', 3, 'rule', 'dd6a9717-d213-8d3c-6076-ec6718e2d390', 12002, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b97-7655-832b-7a1c49030772', '01a24daf-0863-716f-86f6-5aeb975d22c5', 'Jungle Grove Drop Tower', 'Forest Land', 'ATTRACTION', 1, 'rule', 'ef7e9d22-b64d-dc3e-7344-2d99feaa0c90', 12015, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b97-7689-9a88-de0917dc3db7', '01a24daf-0863-716f-86f6-5aeb975d22c5', 'Silver Summit Racers', 'Forest Land', 'ATTRACTION', NULL, 'none', '252bd7fc-52ce-f44f-d4c2-01939d32db79', 12003, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b97-781c-a816-6a385955a216', '01a24daf-0863-716f-86f6-5aeb975d22c5', 'Golden Bay Coaster', 'Bay Land', 'ATTRACTION', 1, 'rule', 'cb94680a-7b94-e8c9-708c-02791c96f16a', 12006, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b97-7a3e-b7c6-f5a3d553d399', '01a24daf-0863-716f-86f6-5aeb975d22c5', 'Pirate Lagoon Railroad', 'Bay Land', 'ATTRACTION', NULL, 'none', '51ec4d1b-dda1-fec8-5125-433e3eb67d4e', 12010, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b97-7a56-aa3e-a5438638be08', '01a24daf-0863-716f-86f6-5aeb975d22c5', 'Magic Summit Racers', 'Bay Land', 'ATTRACTION', NULL, 'none', 'bdd4f438-d339-95b4-9708-83aea5727595', 12014, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0b97-7e07-9569-545d173c2b6c', '01a24daf-0863-716f-86f6-5aeb975d22c5', 'Thunder Ridge Coaster', 'Forest Land', 'ATTRACTION', 1, 'rule', 'e4787f6e-0472-8a44-0684-7cc1e4617dfd', 12007, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0ba3-7dba-949a-45a8ddca5a3d', '01a24daf-0863-7030-9288-2c456482e125', 'Pirate Valley Carousel', 'Kingdom Land', 'ATTRACTION', 3, 'rule', '2f71edd0-5e81-f67b-634a-0822d3b02f54', 18010, true, '2026-12-06 23:30:00+00', NULL, 0);
INSERT INTO parks.rides VALUES ('01a24daf-0ba3-7fa4-87f1-938df32ed691', '01a24daf-0863-7030-9288-2c456482e125', 'Jungle Ridge Mountain', 'Coast Land', 'ATTRACTION', 1, 'rule', '1539131b-9a0a-9d42-3b89-8367645d002b', 18012, true, '2026-12-06 23:30:00+00', NULL, 0);


--
-- Data for Name: run_park_results; Type: TABLE DATA; Schema: parks; Owner: -
--

INSERT INTO parks.run_park_results VALUES ('01a24db3-961f-7ba1-8b52-13adf7df180e', '01a24daf-0801-78de-8533-c4736a0edd20', 'ok', 'qt', 1, 176, NULL, NULL);
INSERT INTO parks.run_park_results VALUES ('01a24db3-961f-7ba1-8b52-13adf7df180e', '01a24daf-0854-7cbc-94ca-0e121a63184c', 'ok', 'tpw', 1, 795, NULL, NULL);
INSERT INTO parks.run_park_results VALUES ('01a24db3-961f-7ba1-8b52-13adf7df180e', '01a24daf-0855-778f-951c-210639f619dd', 'ok', 'tpw', 1, 428, NULL, NULL);
INSERT INTO parks.run_park_results VALUES ('01a24db3-961f-7ba1-8b52-13adf7df180e', '01a24daf-0855-7999-a486-7891cacabbe1', 'ok', 'tpw', 1, 222, NULL, NULL);
INSERT INTO parks.run_park_results VALUES ('01a24db3-961f-7ba1-8b52-13adf7df180e', '01a24daf-0855-7b2e-adc7-9efbb543c8bc', 'ok', 'qt', 1, 194, NULL, NULL);
INSERT INTO parks.run_park_results VALUES ('01a24db3-961f-7ba1-8b52-13adf7df180e', '01a24daf-0856-7085-9509-bba3afc010b4', 'ok', 'tpw', 1, 789, NULL, NULL);
INSERT INTO parks.run_park_results VALUES ('01a24db3-961f-7ba1-8b52-13adf7df180e', '01a24daf-0856-70a9-a68d-92ab968fb6d6', 'ok', 'tpw', 1, 815, NULL, NULL);
INSERT INTO parks.run_park_results VALUES ('01a24db3-961f-7ba1-8b52-13adf7df180e', '01a24daf-0856-70b1-bb3b-fb371b1a248a', 'ok', 'tpw', 1, 492, NULL, NULL);
INSERT INTO parks.run_park_results VALUES ('01a24db3-961f-7ba1-8b52-13adf7df180e', '01a24daf-0856-727b-bba0-c446ce3ae846', 'ok', 'tpw', 1, 818, NULL, NULL);
INSERT INTO parks.run_park_results VALUES ('01a24db3-961f-7ba1-8b52-13adf7df180e', '01a24daf-0856-72d6-8bda-fa0530c06837', 'ok', 'tpw', 1, 951, NULL, NULL);
INSERT INTO parks.run_park_results VALUES ('01a24db3-961f-7ba1-8b52-13adf7df180e', '01a24daf-0856-7461-b39f-4b2ec8b9f99b', 'ok', 'qt', 1, 992, NULL, NULL);
INSERT INTO parks.run_park_results VALUES ('01a24db3-961f-7ba1-8b52-13adf7df180e', '01a24daf-0856-74b5-98c2-6a86b2379131', 'ok', 'tpw', 1, 414, NULL, NULL);
INSERT INTO parks.run_park_results VALUES ('01a24db3-961f-7ba1-8b52-13adf7df180e', '01a24daf-0856-754b-8a9c-07662df58a63', 'ok', 'tpw', 1, 522, NULL, NULL);
INSERT INTO parks.run_park_results VALUES ('01a24db3-961f-7ba1-8b52-13adf7df180e', '01a24daf-0856-785d-89a1-d0584708abca', 'ok', 'tpw', 1, 745, NULL, NULL);
INSERT INTO parks.run_park_results VALUES ('01a24db3-961f-7ba1-8b52-13adf7df180e', '01a24daf-0856-79e6-b9b8-c1537a8a27a9', 'ok', 'tpw', 1, 426, NULL, NULL);
INSERT INTO parks.run_park_results VALUES ('01a24db3-961f-7ba1-8b52-13adf7df180e', '01a24daf-0856-7aec-b276-85d47caf4c85', 'ok', 'tpw', 1, 213, NULL, NULL);
INSERT INTO parks.run_park_results VALUES ('01a24db3-961f-7ba1-8b52-13adf7df180e', '01a24daf-0856-7c0a-a02f-3ddecfbc81f5', 'ok', 'tpw', 1, 1035, NULL, NULL);
INSERT INTO parks.run_park_results VALUES ('01a24db3-961f-7ba1-8b52-13adf7df180e', '01a24daf-0856-7d31-a219-ccdbc5ada6eb', 'ok', 'tpw', 1, 511, NULL, NULL);
INSERT INTO parks.run_park_results VALUES ('01a24db3-961f-7ba1-8b52-13adf7df180e', '01a24daf-0856-7db1-862c-10d21b4cf0f3', 'ok', 'tpw', 1, 178, NULL, NULL);
INSERT INTO parks.run_park_results VALUES ('01a24db3-961f-7ba1-8b52-13adf7df180e', '01a24daf-0856-7ed4-ba78-552f9080a33a', 'ok', 'tpw', 1, 275, NULL, NULL);
INSERT INTO parks.run_park_results VALUES ('01a24db3-961f-7ba1-8b52-13adf7df180e', '01a24daf-0856-7f20-9343-1478686e4038', 'ok', 'tpw', 1, 417, NULL, NULL);
INSERT INTO parks.run_park_results VALUES ('01a24db3-961f-7ba1-8b52-13adf7df180e', '01a24daf-0863-7030-9288-2c456482e125', 'ok', 'tpw', 1, 363, NULL, NULL);
INSERT INTO parks.run_park_results VALUES ('01a24db3-961f-7ba1-8b52-13adf7df180e', '01a24daf-0863-716f-86f6-5aeb975d22c5', 'ok', 'tpw', 1, 522, NULL, NULL);
INSERT INTO parks.run_park_results VALUES ('01a24db3-961f-7ba1-8b52-13adf7df180e', '01a24daf-0863-716f-b27f-07dded6a3a39', 'ok', 'tpw', 1, 509, NULL, NULL);


--
-- Data for Name: runs; Type: TABLE DATA; Schema: parks; Owner: -
--

INSERT INTO parks.runs VALUES ('01a24daf-0d6a-7659-992c-68ffcdf5767a', 'collect', 'manual', NULL, '2026-12-06 23:20:00+00', '2026-12-06 23:20:00+00', 'succeeded', 0, 0, 0, 0, 0, 0, 0, 'back-fill from the simulator, 2026-11-06 to 2026-12-06');
INSERT INTO parks.runs VALUES ('01a24db3-961f-7ba1-8b52-13adf7df180e', 'collect', 'cron', '2026-12-06 23:30:00+00', '2026-12-06 23:32:24.735204+00', '2026-12-06 23:32:26.786857+00', 'succeeded', 24, 0, 0, 0, 374, 374, 2, NULL);


--
-- Data for Name: source_overrides; Type: TABLE DATA; Schema: parks; Owner: -
--



--
-- Name: __EFMigrationsHistory PK___EFMigrationsHistory; Type: CONSTRAINT; Schema: parks; Owner: -
--

ALTER TABLE ONLY parks."__EFMigrationsHistory"
    ADD CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId");


--
-- Name: admin_audit PK_admin_audit; Type: CONSTRAINT; Schema: parks; Owner: -
--

ALTER TABLE ONLY parks.admin_audit
    ADD CONSTRAINT "PK_admin_audit" PRIMARY KEY ("Id");


--
-- Name: data_quality_issues PK_data_quality_issues; Type: CONSTRAINT; Schema: parks; Owner: -
--

ALTER TABLE ONLY parks.data_quality_issues
    ADD CONSTRAINT "PK_data_quality_issues" PRIMARY KEY ("Id");


--
-- Name: data_version PK_data_version; Type: CONSTRAINT; Schema: parks; Owner: -
--

ALTER TABLE ONLY parks.data_version
    ADD CONSTRAINT "PK_data_version" PRIMARY KEY ("Id");


--
-- Name: downtime_events PK_downtime_events; Type: CONSTRAINT; Schema: parks; Owner: -
--

ALTER TABLE ONLY parks.downtime_events
    ADD CONSTRAINT "PK_downtime_events" PRIMARY KEY ("Id");


--
-- Name: external_id_changes PK_external_id_changes; Type: CONSTRAINT; Schema: parks; Owner: -
--

ALTER TABLE ONLY parks.external_id_changes
    ADD CONSTRAINT "PK_external_id_changes" PRIMARY KEY ("Id");


--
-- Name: match_candidates PK_match_candidates; Type: CONSTRAINT; Schema: parks; Owner: -
--

ALTER TABLE ONLY parks.match_candidates
    ADD CONSTRAINT "PK_match_candidates" PRIMARY KEY ("Id");


--
-- Name: park_day_stats PK_park_day_stats; Type: CONSTRAINT; Schema: parks; Owner: -
--

ALTER TABLE ONLY parks.park_day_stats
    ADD CONSTRAINT "PK_park_day_stats" PRIMARY KEY ("ParkId", "LocalDate");


--
-- Name: park_hour_stats PK_park_hour_stats; Type: CONSTRAINT; Schema: parks; Owner: -
--

ALTER TABLE ONLY parks.park_hour_stats
    ADD CONSTRAINT "PK_park_hour_stats" PRIMARY KEY ("ParkId", "HourStart");


--
-- Name: park_period_stats PK_park_period_stats; Type: CONSTRAINT; Schema: parks; Owner: -
--

ALTER TABLE ONLY parks.park_period_stats
    ADD CONSTRAINT "PK_park_period_stats" PRIMARY KEY ("Span", "PeriodStart", "ParkId");


--
-- Name: park_schedules PK_park_schedules; Type: CONSTRAINT; Schema: parks; Owner: -
--

ALTER TABLE ONLY parks.park_schedules
    ADD CONSTRAINT "PK_park_schedules" PRIMARY KEY ("Id");


--
-- Name: park_snapshots PK_park_snapshots; Type: CONSTRAINT; Schema: parks; Owner: -
--

ALTER TABLE ONLY parks.park_snapshots
    ADD CONSTRAINT "PK_park_snapshots" PRIMARY KEY ("ParkId", "SlotAt");


--
-- Name: park_states PK_park_states; Type: CONSTRAINT; Schema: parks; Owner: -
--

ALTER TABLE ONLY parks.park_states
    ADD CONSTRAINT "PK_park_states" PRIMARY KEY ("ParkId");


--
-- Name: parks PK_parks; Type: CONSTRAINT; Schema: parks; Owner: -
--

ALTER TABLE ONLY parks.parks
    ADD CONSTRAINT "PK_parks" PRIMARY KEY ("Id");


--
-- Name: ride_day_stats PK_ride_day_stats; Type: CONSTRAINT; Schema: parks; Owner: -
--

ALTER TABLE ONLY parks.ride_day_stats
    ADD CONSTRAINT "PK_ride_day_stats" PRIMARY KEY ("RideId", "LocalDate");


--
-- Name: ride_hour_stats PK_ride_hour_stats; Type: CONSTRAINT; Schema: parks; Owner: -
--

ALTER TABLE ONLY parks.ride_hour_stats
    ADD CONSTRAINT "PK_ride_hour_stats" PRIMARY KEY ("RideId", "HourStart");


--
-- Name: ride_period_stats PK_ride_period_stats; Type: CONSTRAINT; Schema: parks; Owner: -
--

ALTER TABLE ONLY parks.ride_period_stats
    ADD CONSTRAINT "PK_ride_period_stats" PRIMARY KEY ("Span", "PeriodStart", "RideId");


--
-- Name: ride_snapshots PK_ride_snapshots; Type: CONSTRAINT; Schema: parks; Owner: -
--

ALTER TABLE ONLY parks.ride_snapshots
    ADD CONSTRAINT "PK_ride_snapshots" PRIMARY KEY ("RideId", "SlotAt");


--
-- Name: ride_states PK_ride_states; Type: CONSTRAINT; Schema: parks; Owner: -
--

ALTER TABLE ONLY parks.ride_states
    ADD CONSTRAINT "PK_ride_states" PRIMARY KEY ("RideId");


--
-- Name: rides PK_rides; Type: CONSTRAINT; Schema: parks; Owner: -
--

ALTER TABLE ONLY parks.rides
    ADD CONSTRAINT "PK_rides" PRIMARY KEY ("Id");


--
-- Name: run_park_results PK_run_park_results; Type: CONSTRAINT; Schema: parks; Owner: -
--

ALTER TABLE ONLY parks.run_park_results
    ADD CONSTRAINT "PK_run_park_results" PRIMARY KEY ("RunId", "ParkId");


--
-- Name: runs PK_runs; Type: CONSTRAINT; Schema: parks; Owner: -
--

ALTER TABLE ONLY parks.runs
    ADD CONSTRAINT "PK_runs" PRIMARY KEY ("Id");


--
-- Name: source_overrides PK_source_overrides; Type: CONSTRAINT; Schema: parks; Owner: -
--

ALTER TABLE ONLY parks.source_overrides
    ADD CONSTRAINT "PK_source_overrides" PRIMARY KEY ("Id");


--
-- Name: ix_admin_audit_at; Type: INDEX; Schema: parks; Owner: -
--

CREATE INDEX ix_admin_audit_at ON parks.admin_audit USING btree ("At");


--
-- Name: ix_data_quality_issues_last_seen; Type: INDEX; Schema: parks; Owner: -
--

CREATE INDEX ix_data_quality_issues_last_seen ON parks.data_quality_issues USING btree ("LastSeenAt");


--
-- Name: ix_data_quality_issues_open_key; Type: INDEX; Schema: parks; Owner: -
--

CREATE UNIQUE INDEX ix_data_quality_issues_open_key ON parks.data_quality_issues USING btree ("OpenKey");


--
-- Name: ix_downtime_events_park_date; Type: INDEX; Schema: parks; Owner: -
--

CREATE INDEX ix_downtime_events_park_date ON parks.downtime_events USING btree ("ParkId", "LocalDate");


--
-- Name: ix_downtime_events_ride_date; Type: INDEX; Schema: parks; Owner: -
--

CREATE INDEX ix_downtime_events_ride_date ON parks.downtime_events USING btree ("RideId", "LocalDate");


--
-- Name: ix_external_id_changes_entity; Type: INDEX; Schema: parks; Owner: -
--

CREATE INDEX ix_external_id_changes_entity ON parks.external_id_changes USING btree ("EntityType", "EntityId");


--
-- Name: ix_match_candidates_external; Type: INDEX; Schema: parks; Owner: -
--

CREATE UNIQUE INDEX ix_match_candidates_external ON parks.match_candidates USING btree ("Source", "EntityType", "ExternalId");


--
-- Name: ix_park_day_stats_date; Type: INDEX; Schema: parks; Owner: -
--

CREATE INDEX ix_park_day_stats_date ON parks.park_day_stats USING btree ("LocalDate");


--
-- Name: ix_park_hour_stats_date_park; Type: INDEX; Schema: parks; Owner: -
--

CREATE INDEX ix_park_hour_stats_date_park ON parks.park_hour_stats USING btree ("LocalDate", "ParkId");


--
-- Name: ix_park_schedules_unique; Type: INDEX; Schema: parks; Owner: -
--

CREATE UNIQUE INDEX ix_park_schedules_unique ON parks.park_schedules USING btree ("ParkId", "LocalDate", "Type", "OpensAt", "Origin");


--
-- Name: ix_park_snapshots_slot; Type: INDEX; Schema: parks; Owner: -
--

CREATE INDEX ix_park_snapshots_slot ON parks.park_snapshots USING btree ("SlotAt");


--
-- Name: ix_parks_qt_id; Type: INDEX; Schema: parks; Owner: -
--

CREATE UNIQUE INDEX ix_parks_qt_id ON parks.parks USING btree ("QtId");


--
-- Name: ix_parks_slug; Type: INDEX; Schema: parks; Owner: -
--

CREATE UNIQUE INDEX ix_parks_slug ON parks.parks USING btree ("Slug");


--
-- Name: ix_parks_tpw_id; Type: INDEX; Schema: parks; Owner: -
--

CREATE UNIQUE INDEX ix_parks_tpw_id ON parks.parks USING btree ("TpwId");


--
-- Name: ix_ride_day_stats_date_park; Type: INDEX; Schema: parks; Owner: -
--

CREATE INDEX ix_ride_day_stats_date_park ON parks.ride_day_stats USING btree ("LocalDate", "ParkId");


--
-- Name: ix_ride_day_stats_park_date; Type: INDEX; Schema: parks; Owner: -
--

CREATE INDEX ix_ride_day_stats_park_date ON parks.ride_day_stats USING btree ("ParkId", "LocalDate");


--
-- Name: ix_ride_hour_stats_park_date; Type: INDEX; Schema: parks; Owner: -
--

CREATE INDEX ix_ride_hour_stats_park_date ON parks.ride_hour_stats USING btree ("ParkId", "LocalDate");


--
-- Name: ix_ride_period_stats_park; Type: INDEX; Schema: parks; Owner: -
--

CREATE INDEX ix_ride_period_stats_park ON parks.ride_period_stats USING btree ("ParkId", "Span", "PeriodStart");


--
-- Name: ix_ride_snapshots_park_slot; Type: INDEX; Schema: parks; Owner: -
--

CREATE INDEX ix_ride_snapshots_park_slot ON parks.ride_snapshots USING btree ("ParkId", "SlotAt");


--
-- Name: ix_ride_states_park; Type: INDEX; Schema: parks; Owner: -
--

CREATE INDEX ix_ride_states_park ON parks.ride_states USING btree ("ParkId");


--
-- Name: ix_rides_park; Type: INDEX; Schema: parks; Owner: -
--

CREATE INDEX ix_rides_park ON parks.rides USING btree ("ParkId");


--
-- Name: ix_rides_qt_id; Type: INDEX; Schema: parks; Owner: -
--

CREATE UNIQUE INDEX ix_rides_qt_id ON parks.rides USING btree ("QtId");


--
-- Name: ix_rides_tpw_id; Type: INDEX; Schema: parks; Owner: -
--

CREATE UNIQUE INDEX ix_rides_tpw_id ON parks.rides USING btree ("TpwId");


--
-- Name: ix_runs_kind_started; Type: INDEX; Schema: parks; Owner: -
--

CREATE INDEX ix_runs_kind_started ON parks.runs USING btree ("Kind", "StartedAt");


--
-- Name: ix_source_overrides_external; Type: INDEX; Schema: parks; Owner: -
--

CREATE UNIQUE INDEX ix_source_overrides_external ON parks.source_overrides USING btree ("Source", "EntityType", "ExternalId");


--
-- Name: rides FK_rides_parks_ParkId; Type: FK CONSTRAINT; Schema: parks; Owner: -
--

ALTER TABLE ONLY parks.rides
    ADD CONSTRAINT "FK_rides_parks_ParkId" FOREIGN KEY ("ParkId") REFERENCES parks.parks("Id") ON DELETE RESTRICT;


--
-- PostgreSQL database dump complete
--


