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
-- Name: meals; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA meals;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: __EFMigrationsHistory; Type: TABLE; Schema: meals; Owner: -
--

CREATE TABLE meals."__EFMigrationsHistory" (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL
);


--
-- Name: audit; Type: TABLE; Schema: meals; Owner: -
--

CREATE TABLE meals.audit (
    "Id" uuid NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "ActorId" uuid NOT NULL,
    "SubjectUserId" uuid NOT NULL,
    "Action" character varying(50) NOT NULL,
    "DetailJson" text NOT NULL
);


--
-- Name: budgets; Type: TABLE; Schema: meals; Owner: -
--

CREATE TABLE meals.budgets (
    "Id" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "CategoryId" uuid,
    "Scope" character varying(40) NOT NULL,
    "Currency" character varying(3) NOT NULL,
    "LimitMinor" bigint NOT NULL,
    "WarnAtPercent" integer NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "CK_budgets_limit" CHECK (("LimitMinor" > 0))
);


--
-- Name: categories; Type: TABLE; Schema: meals; Owner: -
--

CREATE TABLE meals.categories (
    "Id" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "Name" character varying(50) NOT NULL,
    "NormalizedName" character varying(50) NOT NULL,
    "Colour" character varying(7) NOT NULL,
    "SortOrder" integer NOT NULL,
    "IsDefault" boolean NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL
);


--
-- Name: data_exports; Type: TABLE; Schema: meals; Owner: -
--

CREATE TABLE meals.data_exports (
    "Id" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "Status" character varying(20) NOT NULL,
    "BlobKey" character varying(200),
    "SizeBytes" bigint,
    "ExpiresAt" timestamp with time zone,
    "Error" text,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL
);


--
-- Name: expense_tags; Type: TABLE; Schema: meals; Owner: -
--

CREATE TABLE meals.expense_tags (
    "ExpenseId" uuid NOT NULL,
    "TagId" uuid NOT NULL,
    "Position" integer NOT NULL
);


--
-- Name: expenses; Type: TABLE; Schema: meals; Owner: -
--

CREATE TABLE meals.expenses (
    "Id" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "RestaurantId" uuid NOT NULL,
    "AmountMinor" bigint NOT NULL,
    "Currency" character varying(3) NOT NULL,
    "LocalDate" date NOT NULL,
    "LocalTime" time without time zone,
    "TimeZone" character varying(64) NOT NULL,
    "OccurredAt" timestamp with time zone NOT NULL,
    "PostedDate" date,
    "CategoryId" uuid,
    "MealType" character varying(20),
    "OrderType" character varying(20),
    "PartySize" integer NOT NULL,
    "Notes" character varying(2000),
    "Source" character varying(10) NOT NULL,
    "ImportId" uuid,
    "Version" integer NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "CK_expenses_amount" CHECK (("AmountMinor" <> 0)),
    CONSTRAINT "CK_expenses_party_size" CHECK ((("PartySize" >= 1) AND ("PartySize" <= 50)))
);


--
-- Name: idempotency_keys; Type: TABLE; Schema: meals; Owner: -
--

CREATE TABLE meals.idempotency_keys (
    "UserId" uuid NOT NULL,
    "Key" character varying(100) NOT NULL,
    "RequestHash" character varying(64) NOT NULL,
    "ExpenseId" uuid NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL
);


--
-- Name: import_batches; Type: TABLE; Schema: meals; Owner: -
--

CREATE TABLE meals.import_batches (
    "Id" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "FileName" character varying(255) NOT NULL,
    "Format" character varying(10) NOT NULL,
    "Status" character varying(20) NOT NULL,
    "DateOrder" character varying(3) NOT NULL,
    "SignConvention" character varying(20) NOT NULL,
    "DefaultCurrency" character varying(3) NOT NULL,
    "RowCount" integer NOT NULL,
    "FileInfoJson" text NOT NULL,
    "ResultJson" text,
    "LastTouchedAt" timestamp with time zone NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL
);


--
-- Name: import_rows; Type: TABLE; Schema: meals; Owner: -
--

CREATE TABLE meals.import_rows (
    "Id" uuid NOT NULL,
    "BatchId" uuid NOT NULL,
    "RowNumber" integer NOT NULL,
    "RawJson" text NOT NULL,
    "ParsedJson" text,
    "ErrorsJson" text NOT NULL,
    "WarningsJson" text NOT NULL,
    "RestaurantCandidatesJson" text NOT NULL,
    "DuplicateCandidatesJson" text NOT NULL,
    "RestaurantAction" character varying(10),
    "RestaurantId" uuid,
    "ExpenseAction" character varying(10),
    "TargetExpenseId" uuid,
    "TargetVersion" integer,
    "HasErrors" boolean NOT NULL,
    "PossibleDuplicate" boolean NOT NULL
);


--
-- Name: receipt_uploads; Type: TABLE; Schema: meals; Owner: -
--

CREATE TABLE meals.receipt_uploads (
    "Id" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "At" timestamp with time zone NOT NULL
);


--
-- Name: receipts; Type: TABLE; Schema: meals; Owner: -
--

CREATE TABLE meals.receipts (
    "ExpenseId" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "BlobKey" character varying(200) NOT NULL,
    "ContentType" character varying(100) NOT NULL,
    "SizeBytes" bigint NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "OriginalName" character varying(255) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL
);


--
-- Name: restaurants; Type: TABLE; Schema: meals; Owner: -
--

CREATE TABLE meals.restaurants (
    "Id" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "Name" character varying(100) NOT NULL,
    "NormalizedName" character varying(100) NOT NULL,
    "NormalizedCity" character varying(100) NOT NULL,
    "AddressLine1" character varying(200),
    "AddressLine2" character varying(200),
    "City" character varying(100),
    "Region" character varying(100),
    "PostalCode" character varying(20),
    "CountryCode" character varying(2),
    "Cuisine" character varying(50),
    "PriceLevel" integer,
    "Rating" integer,
    "Website" character varying(500),
    "Phone" character varying(30),
    "Notes" character varying(2000),
    "PlaceRef" character varying(255),
    "Version" integer NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL
);


--
-- Name: settings; Type: TABLE; Schema: meals; Owner: -
--

CREATE TABLE meals.settings (
    "UserId" uuid NOT NULL,
    "HomeCurrency" character varying(3) NOT NULL,
    "TimeZone" character varying(64) NOT NULL,
    "Deactivated" boolean NOT NULL,
    "DataVersion" bigint NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL
);


--
-- Name: tags; Type: TABLE; Schema: meals; Owner: -
--

CREATE TABLE meals.tags (
    "Id" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "Name" character varying(30) NOT NULL,
    "NormalizedName" character varying(30) NOT NULL,
    "Colour" character varying(7) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL
);


--
-- Data for Name: __EFMigrationsHistory; Type: TABLE DATA; Schema: meals; Owner: -
--

INSERT INTO meals."__EFMigrationsHistory" VALUES ('20261201000000_MealsInitial', '10.0.14');
INSERT INTO meals."__EFMigrationsHistory" VALUES ('20261202000000_MealsReportIndex', '10.0.14');
INSERT INTO meals."__EFMigrationsHistory" VALUES ('20261203000000_MealsReceiptUploads', '10.0.14');


--
-- Data for Name: audit; Type: TABLE DATA; Schema: meals; Owner: -
--



--
-- Data for Name: budgets; Type: TABLE DATA; Schema: meals; Owner: -
--

INSERT INTO meals.budgets VALUES ('01a24daf-022a-7404-a6eb-02c3de00f42a', '01a24dae-f82f-7e97-a510-303dd228396a', NULL, 'overall', 'USD', 60000, 80, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.budgets VALUES ('01a24daf-025c-7f6d-97ae-508990730909', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-f989-7e53-956e-384aaa09c493', '01a24dae-f989-7e53-956e-384aaa09c493', 'USD', 30000, 80, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');


--
-- Data for Name: categories; Type: TABLE DATA; Schema: meals; Owner: -
--

INSERT INTO meals.categories VALUES ('01a24dae-f989-7e53-956e-384aaa09c493', '01a24dae-f82f-7e97-a510-303dd228396a', 'Restaurants', 'restaurants', '#2563eb', 0, true, '2026-12-06 23:27:22.431955+00', '2026-12-06 23:27:22.431955+00');
INSERT INTO meals.categories VALUES ('01a24dae-f99f-7329-a543-0f899626fe92', '01a24dae-f82f-7e97-a510-303dd228396a', 'Groceries', 'groceries', '#16a34a', 3, true, '2026-12-06 23:27:22.431955+00', '2026-12-06 23:27:22.431955+00');
INSERT INTO meals.categories VALUES ('01a24dae-f99f-740e-acd7-b610eddc88f9', '01a24dae-f82f-7e97-a510-303dd228396a', 'Coffee & Drinks', 'coffee & drinks', '#92400e', 2, true, '2026-12-06 23:27:22.431955+00', '2026-12-06 23:27:22.431955+00');
INSERT INTO meals.categories VALUES ('01a24dae-f99f-7573-89e5-ac77f9d31e13', '01a24dae-f82f-7e97-a510-303dd228396a', 'Fast Food', 'fast food', '#ea580c', 1, true, '2026-12-06 23:27:22.431955+00', '2026-12-06 23:27:22.431955+00');
INSERT INTO meals.categories VALUES ('01a24dae-f99f-7b34-944b-588a652d57f2', '01a24dae-f82f-7e97-a510-303dd228396a', 'Other', 'other', '#6b7280', 6, true, '2026-12-06 23:27:22.431955+00', '2026-12-06 23:27:22.431955+00');
INSERT INTO meals.categories VALUES ('01a24dae-f99f-7d43-9e30-51977080e6f7', '01a24dae-f82f-7e97-a510-303dd228396a', 'Snacks', 'snacks', '#db2777', 5, true, '2026-12-06 23:27:22.431955+00', '2026-12-06 23:27:22.431955+00');
INSERT INTO meals.categories VALUES ('01a24dae-f99f-7ff1-bcf4-1435d747785f', '01a24dae-f82f-7e97-a510-303dd228396a', 'Business Meals', 'business meals', '#7c3aed', 4, true, '2026-12-06 23:27:22.431955+00', '2026-12-06 23:27:22.431955+00');


--
-- Data for Name: data_exports; Type: TABLE DATA; Schema: meals; Owner: -
--



--
-- Data for Name: expense_tags; Type: TABLE DATA; Schema: meals; Owner: -
--

INSERT INTO meals.expense_tags VALUES ('01a24dae-faf8-711c-923f-cbe33adf2eb4', '01a24dae-fa5c-72fe-8708-2b7e60e48d25', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf8-7546-80c4-7f6295e96fe9', '01a24dae-fa5c-77e8-a95a-db4548fd8ce6', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf8-760e-89d7-0f9dcb8d4ecd', '01a24dae-fa5c-7557-bf0d-ffdb5a615013', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf8-760e-89d7-0f9dcb8d4ecd', '01a24dae-fa5c-7b28-b6b6-807872b27e34', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf8-762b-bcd1-4bd732e26ca1', '01a24dae-fa5c-7756-851b-f4c1dca37640', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf8-762b-bcd1-4bd732e26ca1', '01a24dae-fa5c-7a2f-af95-4719118ef4b4', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf8-7663-a22a-c273064468ca', '01a24dae-fa5c-76d4-b776-f5870fe5239c', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf8-7663-a22a-c273064468ca', '01a24dae-fa5c-7f40-b227-2368ac3685da', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf8-7aad-a38d-9b79d6638969', '01a24dae-fa5c-70c6-b54a-c2478332f515', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf8-7aad-a38d-9b79d6638969', '01a24dae-fa5c-7210-9a7b-5e35884feccc', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf8-7bee-909d-e9de6b7a151c', '01a24dae-fa5c-7ada-85aa-b8d59767fc17', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf8-7bf8-b596-3443e6907485', '01a24dae-fa5c-73cf-8edc-fe673f73638b', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf8-7d20-af15-5eeb8bfad96f', '01a24dae-fa5c-775c-8ce5-867e3af91e0f', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf8-7d20-af15-5eeb8bfad96f', '01a24dae-fa5c-795a-87ff-01980b43a748', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf8-7e8f-940a-e656f5035843', '01a24dae-fa5c-795a-87ff-01980b43a748', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf9-7341-90b6-dc2898020eed', '01a24dae-fa5c-7bf7-9289-630050e43346', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf9-7341-90b6-dc2898020eed', '01a24dae-fa5c-7c64-b6c3-67fe3311a9a3', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf9-7437-8440-7ab45fcc9511', '01a24dae-fa5c-72fe-8708-2b7e60e48d25', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf9-7437-8440-7ab45fcc9511', '01a24dae-fa5c-7f40-b227-2368ac3685da', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf9-756e-8438-74d66b9fba7f', '01a24dae-fa5c-7f23-93de-1d9dfce5e013', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf9-775d-b296-a24ad94fa7f9', '01a24dae-fa5c-72fe-8708-2b7e60e48d25', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf9-77c7-a062-5e62af6b81e0', '01a24dae-fa5c-71c2-9feb-6c33364d2936', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf9-77c7-a062-5e62af6b81e0', '01a24dae-fa5c-76d4-b776-f5870fe5239c', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf9-77ff-8625-662d6e3c2947', '01a24dae-fa5c-77e8-a95a-db4548fd8ce6', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf9-781f-b764-486562a1a56a', '01a24dae-fa5c-76d4-b776-f5870fe5239c', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf9-7ae7-88ff-d41b1ad25df7', '01a24dae-fa5c-7f8a-846f-3c0f9be9959c', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf9-7cb8-8efe-4b2df9b43abe', '01a24dae-fa5c-7bf7-9289-630050e43346', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf9-7d10-8876-ab15349d53d2', '01a24dae-fa5c-73cf-8edc-fe673f73638b', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf9-7d45-8b88-cad4d014b067', '01a24dae-fa5c-7c64-b6c3-67fe3311a9a3', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf9-7def-b39e-849a7371f738', '01a24dae-fa5c-75cc-9b36-abb547c04990', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf9-7ea2-8193-490a4ebe0403', '01a24dae-fa5c-7756-851b-f4c1dca37640', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf9-7fb0-ba17-0ba8f123c52e', '01a24dae-fa5c-72fe-8708-2b7e60e48d25', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-faf9-7fb0-ba17-0ba8f123c52e', '01a24dae-fa5c-7557-bf0d-ffdb5a615013', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-700f-b8a6-540b8f741506', '01a24dae-fa5c-7182-bb2e-c864ade5c881', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7017-9d60-194458757bcf', '01a24dae-fa5c-7c64-b6c3-67fe3311a9a3', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-701a-b68f-f31bc1d8a2b8', '01a24dae-fa5c-77e8-a95a-db4548fd8ce6', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-702c-a96a-dec8ed6b9c4b', '01a24dae-fa5c-7e84-9e59-664198b99cae', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7033-bd91-4c4ec64e0d38', '01a24dae-fa5c-7a2f-af95-4719118ef4b4', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7066-a9e6-eb65f934916f', '01a24dae-fa5c-71ad-8b01-a4f70c88da12', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7066-a9e6-eb65f934916f', '01a24dae-fa5c-7ca2-87c8-a94defa7f914', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7078-bcbf-fe1179df0472', '01a24dae-fa5c-76d4-b776-f5870fe5239c', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7078-bcbf-fe1179df0472', '01a24dae-fa5c-7ad6-9c4c-6d18f21ef204', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7086-9f40-dd6952cf28c3', '01a24dae-fa5c-7e84-9e59-664198b99cae', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-70a8-8d90-f1221d6ca10a', '01a24dae-fa5c-75cc-9b36-abb547c04990', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-70ab-beb5-8f067732fb86', '01a24dae-fa5c-709d-b933-f4f116747caf', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-70ab-beb5-8f067732fb86', '01a24dae-fa5c-7a2f-af95-4719118ef4b4', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-70dd-a2fb-64d6c783378b', '01a24dae-fa5c-71ad-8b01-a4f70c88da12', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-70dd-a2fb-64d6c783378b', '01a24dae-fa5c-7d86-9e42-2489411f7db3', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-70e1-a23e-5e7ad95c61c5', '01a24dae-fa5c-7182-bb2e-c864ade5c881', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-70f0-a214-bdc738a13675', '01a24dae-fa5c-709d-b933-f4f116747caf', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-70f0-a214-bdc738a13675', '01a24dae-fa5c-7a23-af77-8e9e835cd464', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-70f1-8cd9-e8c9c9ce022b', '01a24dae-fa5c-7fba-96af-fe43f039908f', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7128-9ad4-f056677a1bbe', '01a24dae-fa5c-75cc-9b36-abb547c04990', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-712d-aa70-1b4241a3e90f', '01a24dae-fa5c-7406-818f-8326ae337093', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7133-98f1-612ef2c9c4b8', '01a24dae-fa5c-73cf-8edc-fe673f73638b', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7151-91af-d37b143cc92d', '01a24dae-fa5c-7dcd-a4f4-0defbd9ec1f6', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7151-91af-d37b143cc92d', '01a24dae-fa5c-7f23-93de-1d9dfce5e013', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7170-b830-4da82fe00031', '01a24dae-fa5c-795a-87ff-01980b43a748', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7170-b830-4da82fe00031', '01a24dae-fa5c-7f8a-846f-3c0f9be9959c', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-717f-9c51-d664d4e3cce3', '01a24dae-fa5c-79f7-bd4c-1cfb75fad766', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7183-946b-527cc47607ec', '01a24dae-fa5c-793a-bdc5-6b1f761acf2f', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7183-946b-527cc47607ec', '01a24dae-fa5c-7a23-af77-8e9e835cd464', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-719a-8b9b-648bc010881e', '01a24dae-fa5c-74ad-8efe-ef1bd3f1848a', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-71b0-9e26-208151eae7b2', '01a24dae-fa5c-778f-bbcf-bc28b73862ef', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-71b0-9e26-208151eae7b2', '01a24dae-fa5c-795a-87ff-01980b43a748', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-71b5-8bb8-e04b588f8a5f', '01a24dae-fa5c-72fe-8708-2b7e60e48d25', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-71b5-8bb8-e04b588f8a5f', '01a24dae-fa5c-7b28-b6b6-807872b27e34', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-71c9-886b-b130e32a93d3', '01a24dae-fa5c-79f7-bd4c-1cfb75fad766', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-71dc-a586-70520c8c0f01', '01a24dae-fa5c-7a2f-af95-4719118ef4b4', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-71e9-b3b0-c44dd4404380', '01a24dae-fa5c-7f23-93de-1d9dfce5e013', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7207-bed2-4714e3192b1c', '01a24dae-fa5c-76d4-b776-f5870fe5239c', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7207-bed2-4714e3192b1c', '01a24dae-fa5c-7dcd-a4f4-0defbd9ec1f6', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7216-ae12-7f1f391c1858', '01a24dae-fa5c-7cff-aa5c-283bbedecec1', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7225-88d2-60ebf94656e6', '01a24dae-fa5c-7b28-b6b6-807872b27e34', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7225-9966-4d8b947b1768', '01a24dae-fa5c-70c6-b54a-c2478332f515', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7225-9966-4d8b947b1768', '01a24dae-fa5c-7182-bb2e-c864ade5c881', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-725e-9060-f3fa2303f0c0', '01a24dae-fa5c-7711-b9ee-af22712a8347', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7299-8705-66a4ec9d8313', '01a24dae-fa5c-7ca2-87c8-a94defa7f914', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-72a3-a9b6-964db74bedfc', '01a24dae-fa5c-7d86-9e42-2489411f7db3', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-72c3-9964-d46a9e1b757d', '01a24dae-fa5c-7f8a-846f-3c0f9be9959c', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-72ca-9b29-30378cffaade', '01a24dae-fa5c-7210-9a7b-5e35884feccc', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-72ca-9b29-30378cffaade', '01a24dae-fa5c-7a2f-af95-4719118ef4b4', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-72d5-8eef-b68d917e8854', '01a24dae-fa5c-709d-b933-f4f116747caf', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-72e0-82ae-bddb8d5eaf09', '01a24dae-fa5c-73cf-8edc-fe673f73638b', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-72e0-82ae-bddb8d5eaf09', '01a24dae-fa5c-75cc-9b36-abb547c04990', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7322-8f53-0e4bcfb7e1e9', '01a24dae-fa5c-7711-b9ee-af22712a8347', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7322-8f53-0e4bcfb7e1e9', '01a24dae-fa5c-7dcd-a4f4-0defbd9ec1f6', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-732b-a16a-7de80ccb983e', '01a24dae-fa5c-74ad-8efe-ef1bd3f1848a', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-732b-a16a-7de80ccb983e', '01a24dae-fa5c-7ada-85aa-b8d59767fc17', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7338-a60a-525e938f9940', '01a24dae-fa5c-7711-b9ee-af22712a8347', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7356-888b-d44651fbcb5b', '01a24dae-fa5c-7fba-96af-fe43f039908f', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7358-a324-7a6054c131eb', '01a24dae-fa5c-77e8-a95a-db4548fd8ce6', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7358-ac86-b7bc7962d08f', '01a24dae-fa5c-7d25-93dc-2185930faa17', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-735d-967c-deefed9b679d', '01a24dae-fa5c-7557-bf0d-ffdb5a615013', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-736f-9859-cff003f88ec3', '01a24dae-fa5c-7fba-96af-fe43f039908f', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7373-aa83-8315207ab32e', '01a24dae-fa5c-72fe-8708-2b7e60e48d25', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-737d-b4c6-ba36c025e19b', '01a24dae-fa5c-73cf-8edc-fe673f73638b', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-737d-b4c6-ba36c025e19b', '01a24dae-fa5c-76d4-b776-f5870fe5239c', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-738b-9134-5195256b41dd', '01a24dae-fa5c-7a2f-af95-4719118ef4b4', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-738b-9134-5195256b41dd', '01a24dae-fa5c-7e84-9e59-664198b99cae', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-73c5-8c0d-839c995a6c41', '01a24dae-fa5c-7bf7-9289-630050e43346', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-73d5-9c8d-75b4bdb67261', '01a24dae-fa5c-70c6-b54a-c2478332f515', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-73d5-9c8d-75b4bdb67261', '01a24dae-fa5c-7210-9a7b-5e35884feccc', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-73da-88ce-c3f30cc472c9', '01a24dae-fa5c-7182-bb2e-c864ade5c881', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-73da-88ce-c3f30cc472c9', '01a24dae-fa5c-7210-9a7b-5e35884feccc', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-73fa-bc93-28ccf223fb1e', '01a24dae-fa5c-75cc-9b36-abb547c04990', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7407-a957-e4d4ac189dfe', '01a24dae-fa5c-7f8a-846f-3c0f9be9959c', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7424-871f-56cf0f46457c', '01a24dae-fa5c-71ad-8b01-a4f70c88da12', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7424-871f-56cf0f46457c', '01a24dae-fa5c-795a-87ff-01980b43a748', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-742b-b277-4914f1c7e969', '01a24dae-fa5c-76d4-b776-f5870fe5239c', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-742b-b277-4914f1c7e969', '01a24dae-fa5c-7f23-93de-1d9dfce5e013', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-742d-9b71-bb5833ff083a', '01a24dae-fa5c-7b28-b6b6-807872b27e34', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7466-afe5-5c655018796e', '01a24dae-fa5c-7f40-b227-2368ac3685da', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7466-afe5-5c655018796e', '01a24dae-fa5c-7fba-96af-fe43f039908f', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-747f-9232-0b24151e4b4a', '01a24dae-fa5c-70c6-b54a-c2478332f515', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-747f-9232-0b24151e4b4a', '01a24dae-fa5c-7406-818f-8326ae337093', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-74da-94c0-6586e25d7263', '01a24dae-fa5c-70c6-b54a-c2478332f515', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-74e3-b639-b53e439151d9', '01a24dae-fa5c-71c2-9feb-6c33364d2936', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-74e3-b639-b53e439151d9', '01a24dae-fa5c-7bf7-9289-630050e43346', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-74ea-9928-fac6e5dbde0a', '01a24dae-fa5c-7210-9a7b-5e35884feccc', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-74ea-9928-fac6e5dbde0a', '01a24dae-fa5c-775c-8ce5-867e3af91e0f', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-74ec-beef-94dc602603af', '01a24dae-fa5c-795a-87ff-01980b43a748', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7500-b34b-411c53fce18a', '01a24dae-fa5c-71c2-9feb-6c33364d2936', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7500-b34b-411c53fce18a', '01a24dae-fa5c-77e8-a95a-db4548fd8ce6', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7506-861f-e02133509f0a', '01a24dae-fa5c-74ad-8efe-ef1bd3f1848a', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7506-861f-e02133509f0a', '01a24dae-fa5c-778f-bbcf-bc28b73862ef', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7521-aabc-98222b115920', '01a24dae-fa5c-7711-b9ee-af22712a8347', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7521-aabc-98222b115920', '01a24dae-fa5c-778f-bbcf-bc28b73862ef', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7534-b0a5-5f93045c17af', '01a24dae-fa5c-7a23-af77-8e9e835cd464', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-753f-b15f-74fe7e5915e8', '01a24dae-fa5c-7711-b9ee-af22712a8347', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-753f-b15f-74fe7e5915e8', '01a24dae-fa5c-7c64-b6c3-67fe3311a9a3', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7552-be7d-ff968ef12f56', '01a24dae-fa5c-70d0-85b8-e35af39f4306', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7552-be7d-ff968ef12f56', '01a24dae-fa5c-77e8-a95a-db4548fd8ce6', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-755b-9858-58c7e4dd840e', '01a24dae-fa5c-7cff-aa5c-283bbedecec1', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7574-96ab-df614a1125af', '01a24dae-fa5c-7406-818f-8326ae337093', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7574-96ab-df614a1125af', '01a24dae-fa5c-793a-bdc5-6b1f761acf2f', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-75a9-b1f1-0f1f105b6dc9', '01a24dae-fa5c-793a-bdc5-6b1f761acf2f', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-75a9-b3a5-e90da682cd27', '01a24dae-fa5c-7d86-9e42-2489411f7db3', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-75ad-b237-d64400b8b31c', '01a24dae-fa5c-793a-bdc5-6b1f761acf2f', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-75ad-b237-d64400b8b31c', '01a24dae-fa5c-7ca2-87c8-a94defa7f914', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-75bc-b8dc-fce44be30fba', '01a24dae-fa5c-71c2-9feb-6c33364d2936', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-75c3-9213-39f706004a16', '01a24dae-fa5c-71c2-9feb-6c33364d2936', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-75c3-9213-39f706004a16', '01a24dae-fa5c-7e84-9e59-664198b99cae', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-75dc-be3f-607665cc165b', '01a24dae-fa5c-7210-9a7b-5e35884feccc', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-75f9-b9cd-22db252fca64', '01a24dae-fa5c-7f8a-846f-3c0f9be9959c', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7603-80a4-3b51757daedb', '01a24dae-fa5c-775c-8ce5-867e3af91e0f', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7603-80a4-3b51757daedb', '01a24dae-fa5c-7ada-85aa-b8d59767fc17', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7603-a14a-0d1053ca74ec', '01a24dae-fa5c-775c-8ce5-867e3af91e0f', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7612-9626-ac7f5d2251b6', '01a24dae-fa5c-72fe-8708-2b7e60e48d25', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7612-9626-ac7f5d2251b6', '01a24dae-fa5c-7f40-b227-2368ac3685da', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-764d-8fc9-b6aaa3aad40e', '01a24dae-fa5c-7ada-85aa-b8d59767fc17', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-76ba-bfbd-a92929408f8d', '01a24dae-fa5c-79f7-bd4c-1cfb75fad766', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-76ba-bfbd-a92929408f8d', '01a24dae-fa5c-7cff-aa5c-283bbedecec1', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-76ca-b2c4-6aa06d5cd805', '01a24dae-fa5c-71c2-9feb-6c33364d2936', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-76cf-b60f-0e6ba3a5f76e', '01a24dae-fa5c-775c-8ce5-867e3af91e0f', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-76cf-b60f-0e6ba3a5f76e', '01a24dae-fa5c-7dcd-a4f4-0defbd9ec1f6', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-76d9-bf02-68d687ce38ae', '01a24dae-fa5c-7ada-85aa-b8d59767fc17', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-76e0-a134-ed984c9cb9a2', '01a24dae-fa5c-7182-bb2e-c864ade5c881', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-76e0-a134-ed984c9cb9a2', '01a24dae-fa5c-73cf-8edc-fe673f73638b', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-770e-b410-9621fdf6b3fc', '01a24dae-fa5c-775c-8ce5-867e3af91e0f', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-770e-b410-9621fdf6b3fc', '01a24dae-fa5c-7ada-85aa-b8d59767fc17', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-772e-89c2-04af85c9f6cd', '01a24dae-fa5c-775c-8ce5-867e3af91e0f', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-772e-89c2-04af85c9f6cd', '01a24dae-fa5c-77e8-a95a-db4548fd8ce6', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-772e-be42-9c9cb4d1d921', '01a24dae-fa5c-7182-bb2e-c864ade5c881', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7736-af4c-38997bb6114a', '01a24dae-fa5c-74ad-8efe-ef1bd3f1848a', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-774f-96d0-728df38523f9', '01a24dae-fa5c-71ad-8b01-a4f70c88da12', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-774f-96d0-728df38523f9', '01a24dae-fa5c-7557-bf0d-ffdb5a615013', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7751-9346-82184f4340b7', '01a24dae-fa5c-775c-8ce5-867e3af91e0f', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7751-9346-82184f4340b7', '01a24dae-fa5c-7bf7-9289-630050e43346', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7761-82e6-85d5c868830b', '01a24dae-fa5c-76d4-b776-f5870fe5239c', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7766-abf2-251315d4eadb', '01a24dae-fa5c-7d25-93dc-2185930faa17', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7781-9792-02c6e2022486', '01a24dae-fa5c-775c-8ce5-867e3af91e0f', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-77ad-8ec7-a036cc4aba37', '01a24dae-fa5c-7cff-aa5c-283bbedecec1', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-77b2-9dbd-470e0dc2ba3b', '01a24dae-fa5c-709d-b933-f4f116747caf', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-77b2-9dbd-470e0dc2ba3b', '01a24dae-fa5c-75cc-9b36-abb547c04990', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-77b7-9da9-307d6cd0cea7', '01a24dae-fa5c-7d25-93dc-2185930faa17', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-77b7-9da9-307d6cd0cea7', '01a24dae-fa5c-7fba-96af-fe43f039908f', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-77c1-98b0-562d27b34f2b', '01a24dae-fa5c-75cc-9b36-abb547c04990', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-77c1-98b0-562d27b34f2b', '01a24dae-fa5c-7fba-96af-fe43f039908f', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-77cc-bc8c-09ffc056e3fe', '01a24dae-fa5c-709d-b933-f4f116747caf', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-77cc-bc8c-09ffc056e3fe', '01a24dae-fa5c-793a-bdc5-6b1f761acf2f', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-77e5-836d-bb2c25b92508', '01a24dae-fa5c-73cf-8edc-fe673f73638b', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-77ff-bdbb-a27d247f5c9d', '01a24dae-fa5c-76d4-b776-f5870fe5239c', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7800-a0b1-ec20ddeb3610', '01a24dae-fa5c-71c2-9feb-6c33364d2936', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-781a-868d-b3d765ec3524', '01a24dae-fa5c-70d0-85b8-e35af39f4306', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7825-916a-fb31142cb9d8', '01a24dae-fa5c-7a85-8aa2-dce05d102972', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7825-916a-fb31142cb9d8', '01a24dae-fa5c-7e84-9e59-664198b99cae', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7835-8f91-f62323c1cc08', '01a24dae-fa5c-7a23-af77-8e9e835cd464', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-784a-ab2a-f94f7e876841', '01a24dae-fa5c-7ca2-87c8-a94defa7f914', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-784a-ab2a-f94f7e876841', '01a24dae-fa5c-7e84-9e59-664198b99cae', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7872-8b50-6b004a09e9bc', '01a24dae-fa5c-7cff-aa5c-283bbedecec1', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-787f-a67a-113bc9f4184b', '01a24dae-fa5c-7a85-8aa2-dce05d102972', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-787f-a67a-113bc9f4184b', '01a24dae-fa5c-7ad6-9c4c-6d18f21ef204', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7882-8641-4e19fc07e20c', '01a24dae-fa5c-7f8a-846f-3c0f9be9959c', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7889-a973-4039902754b5', '01a24dae-fa5c-7fba-96af-fe43f039908f', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-789e-bc91-81cfdcdbb99d', '01a24dae-fa5c-7a85-8aa2-dce05d102972', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-78c3-9884-b781525a1cc1', '01a24dae-fa5c-73cf-8edc-fe673f73638b', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-78d3-9e13-bfb90875e4b2', '01a24dae-fa5c-7557-bf0d-ffdb5a615013', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-78d3-9e13-bfb90875e4b2', '01a24dae-fa5c-75cc-9b36-abb547c04990', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-78e8-accb-0f947020ee8a', '01a24dae-fa5c-7d86-9e42-2489411f7db3', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-790b-9908-0e70ecbd2948', '01a24dae-fa5c-74ad-8efe-ef1bd3f1848a', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7917-b683-56bfe13af950', '01a24dae-fa5c-795a-87ff-01980b43a748', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7917-b683-56bfe13af950', '01a24dae-fa5c-7bf7-9289-630050e43346', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-791f-b3a4-5be6693f20d3', '01a24dae-fa5c-70c6-b54a-c2478332f515', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-791f-b3a4-5be6693f20d3', '01a24dae-fa5c-7f8a-846f-3c0f9be9959c', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-792f-99b0-4032b0aedd46', '01a24dae-fa5c-7a23-af77-8e9e835cd464', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7934-82e7-43f608b8a8ce', '01a24dae-fa5c-7a2f-af95-4719118ef4b4', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7934-82e7-43f608b8a8ce', '01a24dae-fa5c-7e84-9e59-664198b99cae', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-793c-925f-0c6dc5d43723', '01a24dae-fa5c-7dcd-a4f4-0defbd9ec1f6', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-793e-be3b-d5ab663cd0a8', '01a24dae-fa5c-7c64-b6c3-67fe3311a9a3', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-793f-98ea-c6e1db26d5aa', '01a24dae-fa5c-7a2f-af95-4719118ef4b4', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-793f-98ea-c6e1db26d5aa', '01a24dae-fa5c-7e84-9e59-664198b99cae', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-795d-8cb0-1213bce97fd9', '01a24dae-fa5c-7ada-85aa-b8d59767fc17', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7966-ba90-103d7ced22a4', '01a24dae-fa5c-7a23-af77-8e9e835cd464', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7966-ba90-103d7ced22a4', '01a24dae-fa5c-7fba-96af-fe43f039908f', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7998-b9a7-6643afbe53df', '01a24dae-fa5c-71c2-9feb-6c33364d2936', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7998-b9a7-6643afbe53df', '01a24dae-fa5c-76d4-b776-f5870fe5239c', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7999-8172-9c0c70c36b75', '01a24dae-fa5c-74ad-8efe-ef1bd3f1848a', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-79bf-b792-d51ac1b7437f', '01a24dae-fa5c-7c64-b6c3-67fe3311a9a3', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-79c6-af72-b504b90c9c70', '01a24dae-fa5c-709d-b933-f4f116747caf', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-79c6-af72-b504b90c9c70', '01a24dae-fa5c-70c6-b54a-c2478332f515', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-79e7-bd10-2c4157becfcd', '01a24dae-fa5c-7182-bb2e-c864ade5c881', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-79f3-b399-96a72d0ad555', '01a24dae-fa5c-7c64-b6c3-67fe3311a9a3', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-79f9-885a-11670e9b8625', '01a24dae-fa5c-75cc-9b36-abb547c04990', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-79f9-885a-11670e9b8625', '01a24dae-fa5c-7d25-93dc-2185930faa17', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7a22-b023-58be3f83cfaa', '01a24dae-fa5c-7bf7-9289-630050e43346', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7a32-9f22-4cbca034b158', '01a24dae-fa5c-71ad-8b01-a4f70c88da12', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7a3f-bebc-eddf1a4b415c', '01a24dae-fa5c-7d25-93dc-2185930faa17', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7a4b-a480-c9a7bb5c5969', '01a24dae-fa5c-7ad6-9c4c-6d18f21ef204', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7a4b-a480-c9a7bb5c5969', '01a24dae-fa5c-7e84-9e59-664198b99cae', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7a5b-b4ad-897b166e40b9', '01a24dae-fa5c-77e8-a95a-db4548fd8ce6', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7a83-aa9b-eb26c5e9a822', '01a24dae-fa5c-7210-9a7b-5e35884feccc', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7aa6-a48c-1c9891f03df0', '01a24dae-fa5c-7d86-9e42-2489411f7db3', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7aa6-ba09-5e8939d691ca', '01a24dae-fa5c-75cc-9b36-abb547c04990', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7aa6-ba09-5e8939d691ca', '01a24dae-fa5c-775c-8ce5-867e3af91e0f', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7aa7-b1a6-9debde4363d9', '01a24dae-fa5c-70c6-b54a-c2478332f515', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7aa7-b1a6-9debde4363d9', '01a24dae-fa5c-77e8-a95a-db4548fd8ce6', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7ac3-9505-e4241c7c2dc6', '01a24dae-fa5c-7f23-93de-1d9dfce5e013', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7ac6-91e8-d155eeb9f1ed', '01a24dae-fa5c-775c-8ce5-867e3af91e0f', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7ac6-91e8-d155eeb9f1ed', '01a24dae-fa5c-7b28-b6b6-807872b27e34', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7add-8cd4-765fa48d60bf', '01a24dae-fa5c-7d25-93dc-2185930faa17', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7add-b340-4c10b179596a', '01a24dae-fa5c-7182-bb2e-c864ade5c881', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7adf-bc48-a1fed5d4a3b3', '01a24dae-fa5c-79f7-bd4c-1cfb75fad766', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7aee-9218-9077354b00f6', '01a24dae-fa5c-7182-bb2e-c864ade5c881', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7b0d-88a9-2756544ba8e5', '01a24dae-fa5c-74ad-8efe-ef1bd3f1848a', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7b0d-88a9-2756544ba8e5', '01a24dae-fa5c-7f40-b227-2368ac3685da', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7b11-81f2-7f2df985b7c8', '01a24dae-fa5c-73cf-8edc-fe673f73638b', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7b11-81f2-7f2df985b7c8', '01a24dae-fa5c-75cc-9b36-abb547c04990', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7b2d-8c1b-35ba3133473a', '01a24dae-fa5c-7a23-af77-8e9e835cd464', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7b3f-9c74-7219d62e8de5', '01a24dae-fa5c-7210-9a7b-5e35884feccc', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7b3f-9c74-7219d62e8de5', '01a24dae-fa5c-7f23-93de-1d9dfce5e013', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7b4c-9dec-9c0ce82243cd', '01a24dae-fa5c-74ad-8efe-ef1bd3f1848a', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7b4c-9dec-9c0ce82243cd', '01a24dae-fa5c-7fba-96af-fe43f039908f', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7b57-a3bf-ff5dc29bd1c0', '01a24dae-fa5c-71c2-9feb-6c33364d2936', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7b57-a3bf-ff5dc29bd1c0', '01a24dae-fa5c-7ad6-9c4c-6d18f21ef204', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7b5a-b46d-c9851a5c0543', '01a24dae-fa5c-70d0-85b8-e35af39f4306', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7b73-a268-de503bdf3b48', '01a24dae-fa5c-709d-b933-f4f116747caf', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7b73-a268-de503bdf3b48', '01a24dae-fa5c-7bf7-9289-630050e43346', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7baa-95cb-c0f8baa3a208', '01a24dae-fa5c-71ad-8b01-a4f70c88da12', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7baa-95cb-c0f8baa3a208', '01a24dae-fa5c-7b28-b6b6-807872b27e34', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7bc7-b962-e3948ad75c2d', '01a24dae-fa5c-71c2-9feb-6c33364d2936', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7bc7-b962-e3948ad75c2d', '01a24dae-fa5c-7a2f-af95-4719118ef4b4', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7bd2-a798-76884cb9f0a6', '01a24dae-fa5c-7ca2-87c8-a94defa7f914', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7bf4-846f-118351eff2be', '01a24dae-fa5c-778f-bbcf-bc28b73862ef', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7c15-9141-1f60d85d7ee4', '01a24dae-fa5c-7210-9a7b-5e35884feccc', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7c15-9141-1f60d85d7ee4', '01a24dae-fa5c-7f8a-846f-3c0f9be9959c', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7c25-8bac-0dbfa4c54983', '01a24dae-fa5c-71c2-9feb-6c33364d2936', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7c25-8bac-0dbfa4c54983', '01a24dae-fa5c-7f23-93de-1d9dfce5e013', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7c4b-baaf-d6024084d4b5', '01a24dae-fa5c-7a23-af77-8e9e835cd464', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7c4b-baaf-d6024084d4b5', '01a24dae-fa5c-7ad6-9c4c-6d18f21ef204', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7c5b-85d9-65aa397f872d', '01a24dae-fa5c-74ad-8efe-ef1bd3f1848a', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7c5b-85d9-65aa397f872d', '01a24dae-fa5c-795a-87ff-01980b43a748', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7c5c-8d47-4f4cfc608d6e', '01a24dae-fa5c-70c6-b54a-c2478332f515', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7c5c-8d47-4f4cfc608d6e', '01a24dae-fa5c-7fba-96af-fe43f039908f', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7c83-9b3d-5b91af94b472', '01a24dae-fa5c-7d25-93dc-2185930faa17', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7c83-9b3d-5b91af94b472', '01a24dae-fa5c-7fba-96af-fe43f039908f', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7c90-bdf9-d14e625f7cfb', '01a24dae-fa5c-7a2f-af95-4719118ef4b4', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7c97-987e-61a7eef193fb', '01a24dae-fa5c-7711-b9ee-af22712a8347', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7cba-a4ad-2a7e364bb8a1', '01a24dae-fa5c-73cf-8edc-fe673f73638b', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7cbd-a9bd-b34703bca039', '01a24dae-fa5c-7d86-9e42-2489411f7db3', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7cbd-a9bd-b34703bca039', '01a24dae-fa5c-7fba-96af-fe43f039908f', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7cc9-903e-9ba639b5bd13', '01a24dae-fa5c-7bf7-9289-630050e43346', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7cc9-903e-9ba639b5bd13', '01a24dae-fa5c-7e84-9e59-664198b99cae', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7ce8-8302-3aea0bb2a55e', '01a24dae-fa5c-70d0-85b8-e35af39f4306', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7ce8-8302-3aea0bb2a55e', '01a24dae-fa5c-7557-bf0d-ffdb5a615013', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7ce8-a1d8-2894baaf9511', '01a24dae-fa5c-7c64-b6c3-67fe3311a9a3', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7cf8-b271-a664d5df21d0', '01a24dae-fa5c-7a85-8aa2-dce05d102972', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7d26-8eed-c0e588290d80', '01a24dae-fa5c-77e8-a95a-db4548fd8ce6', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7d3d-8d5e-d69581a44a21', '01a24dae-fa5c-70d0-85b8-e35af39f4306', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7d3d-8d5e-d69581a44a21', '01a24dae-fa5c-7711-b9ee-af22712a8347', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7d50-aaa5-847537ba3170', '01a24dae-fa5c-7406-818f-8326ae337093', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7d50-aaa5-847537ba3170', '01a24dae-fa5c-7c64-b6c3-67fe3311a9a3', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7d55-8222-46b0fa46f785', '01a24dae-fa5c-709d-b933-f4f116747caf', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7d55-a29f-a9ad830fd29f', '01a24dae-fa5c-7cff-aa5c-283bbedecec1', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7d55-a29f-a9ad830fd29f', '01a24dae-fa5c-7f40-b227-2368ac3685da', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7d7c-8f4a-b7771c422cf5', '01a24dae-fa5c-73cf-8edc-fe673f73638b', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7d7c-8f4a-b7771c422cf5', '01a24dae-fa5c-74ad-8efe-ef1bd3f1848a', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7daf-8784-7fa92f337048', '01a24dae-fa5c-795a-87ff-01980b43a748', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7dc7-a39e-a4ed58af1478', '01a24dae-fa5c-7756-851b-f4c1dca37640', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7dc7-a39e-a4ed58af1478', '01a24dae-fa5c-778f-bbcf-bc28b73862ef', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7dd2-8a8a-fc10b07a1577', '01a24dae-fa5c-7406-818f-8326ae337093', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7dd2-8a8a-fc10b07a1577', '01a24dae-fa5c-7f23-93de-1d9dfce5e013', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7dd6-92b3-1368efc6746c', '01a24dae-fa5c-7d25-93dc-2185930faa17', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7dde-a045-2b36ebf3ecb0', '01a24dae-fa5c-7d86-9e42-2489411f7db3', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7ded-a41e-5247d46d8eb5', '01a24dae-fa5c-7b28-b6b6-807872b27e34', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7df9-8891-d50e9eabb0e4', '01a24dae-fa5c-7bf7-9289-630050e43346', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7e06-a60b-40aab6dbc4ac', '01a24dae-fa5c-7ad6-9c4c-6d18f21ef204', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7e06-a60b-40aab6dbc4ac', '01a24dae-fa5c-7ca2-87c8-a94defa7f914', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7e0d-bf01-e946d122da01', '01a24dae-fa5c-71ad-8b01-a4f70c88da12', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7e0d-bf01-e946d122da01', '01a24dae-fa5c-7dcd-a4f4-0defbd9ec1f6', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7e0e-8bf6-7d37b913211c', '01a24dae-fa5c-7a85-8aa2-dce05d102972', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7e0e-8bf6-7d37b913211c', '01a24dae-fa5c-7cff-aa5c-283bbedecec1', 1);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7e0f-86e5-23323a7a8a42', '01a24dae-fa5c-709d-b933-f4f116747caf', 0);
INSERT INTO meals.expense_tags VALUES ('01a24dae-fafa-7e0f-86e5-23323a7a8a42', '01a24dae-fa5c-70d0-85b8-e35af39f4306', 1);


--
-- Data for Name: expenses; Type: TABLE DATA; Schema: meals; Owner: -
--

INSERT INTO meals.expenses VALUES ('01a24dae-faf8-711c-923f-cbe33adf2eb4', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 832, 'USD', '2026-05-03', NULL, 'America/New_York', '2026-05-03 16:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'snack', 'takeout', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf8-7245-9ef3-ed60786e1f6b', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-70cd-a422-9cd8fff186e2', 1962, 'EUR', '2025-01-14', '21:06:00', 'America/New_York', '2025-01-15 02:06:00+00', NULL, '01a24dae-f99f-7ff1-bcf4-1435d747785f', 'drinks', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf8-72d4-a1ec-bfc9867deb8f', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 1129, 'USD', '2025-12-18', '08:53:00', 'America/New_York', '2025-12-18 13:53:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'breakfast', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf8-735f-ac6c-b41ee258d0d8', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 2153, 'EUR', '2026-04-20', '12:50:00', 'America/New_York', '2026-04-20 16:50:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'lunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf8-7489-b6b5-e1e04f43ddcf', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 4527, 'USD', '2026-12-05', '21:47:00', 'America/New_York', '2026-12-06 02:47:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'drinks', 'takeout', 3, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf8-7546-80c4-7f6295e96fe9', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 2282, 'USD', '2025-02-13', NULL, 'America/New_York', '2025-02-13 17:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'lunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf8-760e-89d7-0f9dcb8d4ecd', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d8e-8dab-d15a832acb53', 1700, 'EUR', '2025-03-20', '11:56:00', 'America/New_York', '2025-03-20 15:56:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'brunch', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf8-7627-ba82-2d127d811448', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 5501, 'USD', '2025-04-27', '19:11:00', 'America/New_York', '2025-04-27 23:11:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'dinner', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf8-762b-bcd1-4bd732e26ca1', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7263-8e10-1463a00882bf', 7236, 'USD', '2025-07-24', '12:16:00', 'America/New_York', '2025-07-24 16:16:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'lunch', 'dine_in', 5, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf8-7663-a22a-c273064468ca', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 6279, 'USD', '2026-01-02', '19:37:00', 'America/New_York', '2026-01-03 00:37:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'dinner', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf8-76a6-8f3d-77bf58b6cc54', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 4235, 'USD', '2026-08-03', '19:39:00', 'America/New_York', '2026-08-03 23:39:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'dinner', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf8-76c8-b5e1-a09ed2d3b658', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7f1d-a6c5-7c805ed93364', 716, 'GBP', '2025-01-21', NULL, 'America/New_York', '2025-01-21 17:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'snack', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf8-77aa-be75-6bd9ab7148ce', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7de2-b95f-1334ff41da77', 461, 'EUR', '2025-09-22', '09:40:00', 'America/New_York', '2025-09-22 13:40:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'takeout', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf8-78d6-8e30-e3bb639ea55d', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 4899, 'GBP', '2025-06-28', '19:28:00', 'America/New_York', '2025-06-28 23:28:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'dinner', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf8-7910-bf10-30c8c6e95ede', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 557, 'USD', '2026-03-06', '08:54:00', 'America/New_York', '2026-03-06 13:54:00+00', NULL, '01a24dae-f99f-7d43-9e30-51977080e6f7', 'breakfast', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf8-79d3-9fbe-a02fe69b1ea6', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-70a1-80bf-c8f512b05ab6', 988, 'GBP', '2024-12-24', '08:19:00', 'America/New_York', '2024-12-24 13:19:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'breakfast', 'takeout', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf8-7aad-a38d-9b79d6638969', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 801, 'USD', '2026-11-05', '15:36:00', 'America/New_York', '2026-11-05 20:36:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'snack', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf8-7bee-909d-e9de6b7a151c', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 1061, 'USD', '2026-03-25', '08:56:00', 'America/New_York', '2026-03-25 12:56:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'breakfast', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf8-7bf8-b596-3443e6907485', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 598, 'USD', '2025-09-09', '15:08:00', 'America/New_York', '2025-09-09 19:08:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'snack', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf8-7d20-af15-5eeb8bfad96f', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 2875, 'USD', '2025-05-07', '19:47:00', 'America/New_York', '2025-05-07 23:47:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'dinner', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf8-7e8f-940a-e656f5035843', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-74d5-b2bf-93533db0b7d6', 11181, 'USD', '2025-11-07', '11:51:00', 'America/New_York', '2025-11-07 16:51:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'brunch', 'dine_in', 3, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf8-7ead-92d4-fd8518b07f95', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 3034, 'USD', '2026-03-21', '15:24:00', 'America/New_York', '2026-03-21 19:24:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'snack', 'dine_in', 4, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf9-7208-afbd-72602004d455', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 2450, 'USD', '2025-08-12', '15:25:00', 'America/New_York', '2025-08-12 19:25:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'snack', 'takeout', 5, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf9-7267-8fa0-3686c76e540e', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d87-968c-737bb649900b', 498, 'EUR', '2026-08-16', NULL, 'America/New_York', '2026-08-16 16:00:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'takeout', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf9-7341-90b6-dc2898020eed', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 507, 'GBP', '2026-03-21', '09:54:00', 'America/New_York', '2026-03-21 13:54:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf9-7437-8440-7ab45fcc9511', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d8e-8dab-d15a832acb53', 3335, 'GBP', '2025-02-14', '11:27:00', 'America/New_York', '2025-02-14 16:27:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'brunch', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf9-747a-8371-ded5942d9238', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-71ec-94b5-9b1ffd5725d9', 1019, 'USD', '2026-08-06', '15:22:00', 'America/New_York', '2026-08-06 19:22:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'snack', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf9-756e-8438-74d66b9fba7f', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 2169, 'USD', '2026-11-04', NULL, 'America/New_York', '2026-11-04 17:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'lunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf9-775d-b296-a24ad94fa7f9', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 936, 'USD', '2025-05-17', '08:25:00', 'America/New_York', '2025-05-17 12:25:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'breakfast', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf9-77c7-a062-5e62af6b81e0', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 3460, 'USD', '2024-12-14', '19:38:00', 'America/New_York', '2024-12-15 00:38:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'dinner', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf9-77ff-8625-662d6e3c2947', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 2287, 'USD', '2025-01-05', '09:55:00', 'America/New_York', '2025-01-05 14:55:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'dine_in', 4, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf9-780a-9609-d12831dcefa2', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 4905, 'USD', '2026-04-24', '08:48:00', 'America/New_York', '2026-04-24 12:48:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'breakfast', 'dine_in', 5, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf9-781f-b764-486562a1a56a', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 1032, 'USD', '2025-04-06', NULL, 'America/New_York', '2025-04-06 16:00:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'breakfast', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf9-7953-9cd4-445f481aa238', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 283, 'USD', '2025-07-20', '09:29:00', 'America/New_York', '2025-07-20 13:29:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf9-79a6-9836-d48f3d3822f4', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 1865, 'USD', '2026-04-24', '21:09:00', 'America/New_York', '2026-04-25 01:09:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'drinks', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf9-7aa9-b4f7-2e9622fd6b9c', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 1925, 'USD', '2025-04-10', '12:59:00', 'America/New_York', '2025-04-10 16:59:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'lunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf9-7ae7-88ff-d41b1ad25df7', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 2694, 'USD', '2026-02-08', NULL, 'America/New_York', '2026-02-08 17:00:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'dinner', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf9-7cb8-8efe-4b2df9b43abe', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 1558, 'USD', '2025-12-13', '12:02:00', 'America/New_York', '2025-12-13 17:02:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'lunch', 'takeout', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf9-7d10-8876-ab15349d53d2', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-78d0-a0d7-f9aba564bd91', 1131, 'USD', '2025-04-20', '08:11:00', 'America/New_York', '2025-04-20 12:11:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'breakfast', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf9-7d45-8b88-cad4d014b067', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 2177, 'GBP', '2025-07-13', '15:37:00', 'America/New_York', '2025-07-13 19:37:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'snack', 'takeout', 4, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf9-7da3-9546-cdc10598a6e9', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 5354, 'USD', '2025-07-14', '19:49:00', 'America/New_York', '2025-07-14 23:49:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'dinner', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf9-7def-b39e-849a7371f738', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-73fd-bb05-d517592ef78c', 4169, 'USD', '2025-03-20', NULL, 'America/New_York', '2025-03-20 16:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'lunch', 'dine_in', 2, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf9-7ea2-8193-490a4ebe0403', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 4391, 'USD', '2025-10-08', NULL, 'America/New_York', '2025-10-08 16:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'lunch', 'takeout', 4, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf9-7ed6-8a49-c6aa9e5bffa2', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 661, 'USD', '2025-08-01', '15:41:00', 'America/New_York', '2025-08-01 19:41:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'snack', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-faf9-7fb0-ba17-0ba8f123c52e', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 2151, 'USD', '2026-03-23', '12:45:00', 'America/New_York', '2026-03-23 16:45:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'lunch', 'takeout', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-700f-b8a6-540b8f741506', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 2695, 'USD', '2025-07-21', '19:12:00', 'America/New_York', '2025-07-21 23:12:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'dinner', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7017-9d60-194458757bcf', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7de2-b95f-1334ff41da77', 3192, 'USD', '2025-06-10', '09:25:00', 'America/New_York', '2025-06-10 13:25:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'dine_in', 5, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-701a-a962-25e406399b5a', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-78d0-a0d7-f9aba564bd91', 5238, 'USD', '2025-05-28', '11:14:00', 'America/New_York', '2025-05-28 15:14:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'brunch', 'dine_in', 2, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-701a-b68f-f31bc1d8a2b8', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 3565, 'USD', '2026-02-25', '19:40:00', 'America/New_York', '2026-02-26 00:40:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'dinner', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-702c-a96a-dec8ed6b9c4b', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 3369, 'USD', '2026-05-18', '19:36:00', 'America/New_York', '2026-05-18 23:36:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'dinner', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7033-bd91-4c4ec64e0d38', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-744a-aaea-5864961663a3', 2878, 'USD', '2026-10-19', '11:00:00', 'America/New_York', '2026-10-19 15:00:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'brunch', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7066-a9e6-eb65f934916f', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 3532, 'USD', '2026-11-29', '15:06:00', 'America/New_York', '2026-11-29 20:06:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'snack', 'dine_in', 4, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-706c-8eee-087e686c5eb4', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7b32-b595-c2fa24b8907c', 2817, 'USD', '2026-08-03', '21:38:00', 'America/New_York', '2026-08-04 01:38:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'drinks', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-706c-ad19-18c527a2cdf1', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-78d0-a0d7-f9aba564bd91', 3976, 'USD', '2025-01-19', '19:42:00', 'America/New_York', '2025-01-20 00:42:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'dinner', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7078-bcbf-fe1179df0472', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 298, 'USD', '2026-06-15', '09:39:00', 'America/New_York', '2026-06-15 13:39:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'takeout', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7086-9f40-dd6952cf28c3', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-73a1-b8c1-183229fe708b', 2863, 'GBP', '2025-01-23', '15:44:00', 'America/New_York', '2025-01-23 20:44:00+00', NULL, '01a24dae-f99f-7b34-944b-588a652d57f2', 'snack', 'dine_in', 3, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-70a8-8d90-f1221d6ca10a', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 2140, 'USD', '2025-03-20', '11:58:00', 'America/New_York', '2025-03-20 15:58:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'brunch', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-70ab-beb5-8f067732fb86', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 1122, 'USD', '2026-01-19', '08:39:00', 'America/New_York', '2026-01-19 13:39:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'breakfast', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-70ae-9639-dbbc39046e4a', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 1919, 'USD', '2026-04-28', '11:34:00', 'America/New_York', '2026-04-28 15:34:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'brunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-70c6-82bb-e393beff24b9', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 1474, 'EUR', '2025-07-06', '12:59:00', 'America/New_York', '2025-07-06 16:59:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'lunch', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-70dd-a2fb-64d6c783378b', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d72-b1ff-162402ee4f64', 1107, 'GBP', '2026-01-09', '09:16:00', 'America/New_York', '2026-01-09 14:16:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'takeout', 3, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-70dd-a362-7364b783b056', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 3450, 'USD', '2025-06-28', '08:54:00', 'America/New_York', '2025-06-28 12:54:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'breakfast', 'dine_in', 5, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-70e1-a23e-5e7ad95c61c5', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 4699, 'USD', '2026-11-14', NULL, 'America/New_York', '2026-11-14 17:00:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'breakfast', 'dine_in', 5, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-70ee-8ebd-eb9be2d6ef7e', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-744a-aaea-5864961663a3', 2561, 'USD', '2026-02-27', '19:39:00', 'America/New_York', '2026-02-28 00:39:00+00', NULL, '01a24dae-f99f-7ff1-bcf4-1435d747785f', 'dinner', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-70f0-a214-bdc738a13675', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 9768, 'USD', '2025-08-03', NULL, 'America/New_York', '2025-08-03 16:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'drinks', 'takeout', 5, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-70f1-8cd9-e8c9c9ce022b', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 15663, 'USD', '2025-07-01', '19:11:00', 'America/New_York', '2025-07-01 23:11:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'dinner', 'dine_in', 5, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7105-ab05-d46c54dc4c4b', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 11343, 'GBP', '2026-08-20', '11:22:00', 'America/New_York', '2026-08-20 15:22:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'brunch', 'takeout', 4, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7128-9ad4-f056677a1bbe', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 19534, 'USD', '2025-05-26', '19:28:00', 'America/New_York', '2025-05-26 23:28:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'dinner', 'dine_in', 4, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-712d-aa70-1b4241a3e90f', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 982, 'USD', '2026-11-10', '12:28:00', 'America/New_York', '2026-11-10 17:28:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'lunch', 'takeout', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7133-98f1-612ef2c9c4b8', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-73fd-bb05-d517592ef78c', 3572, 'USD', '2025-11-16', NULL, 'America/New_York', '2025-11-16 17:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'brunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7151-91af-d37b143cc92d', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 1615, 'USD', '2025-09-16', '21:55:00', 'America/New_York', '2025-09-17 01:55:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'drinks', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7170-b830-4da82fe00031', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-72b6-a081-8ac65e7b5d7b', 741, 'USD', '2025-07-29', '09:07:00', 'America/New_York', '2025-07-29 13:07:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'dine_in', 2, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-717f-9c51-d664d4e3cce3', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 1258, 'USD', '2025-05-17', '12:21:00', 'America/New_York', '2025-05-17 16:21:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'lunch', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7183-946b-527cc47607ec', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 1341, 'USD', '2026-11-07', '08:43:00', 'America/New_York', '2026-11-07 13:43:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'breakfast', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-718b-8972-eeb7f1d419b7', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-78d0-a0d7-f9aba564bd91', 623, 'USD', '2026-02-03', '09:29:00', 'America/New_York', '2026-02-03 14:29:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-719a-8b9b-648bc010881e', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 6343, 'USD', '2025-04-26', NULL, 'America/New_York', '2025-04-26 16:00:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'lunch', 'takeout', 4, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-71ae-a54e-deb9666d0581', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 2594, 'USD', '2025-09-17', '11:47:00', 'America/New_York', '2025-09-17 15:47:00+00', NULL, '01a24dae-f99f-7d43-9e30-51977080e6f7', 'brunch', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-71b0-9e26-208151eae7b2', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 1294, 'USD', '2025-07-27', '08:40:00', 'America/New_York', '2025-07-27 12:40:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'breakfast', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-71b5-8bb8-e04b588f8a5f', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 889, 'USD', '2026-10-14', NULL, 'America/New_York', '2026-10-14 16:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'breakfast', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-71c9-886b-b130e32a93d3', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 1458, 'USD', '2026-08-24', NULL, 'America/New_York', '2026-08-24 16:00:00+00', NULL, '01a24dae-f99f-7ff1-bcf4-1435d747785f', 'drinks', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-71dc-a586-70520c8c0f01', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 1151, 'USD', '2026-10-23', '12:46:00', 'America/New_York', '2026-10-23 16:46:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'lunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-71e9-b3b0-c44dd4404380', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 971, 'USD', '2025-05-22', '15:12:00', 'America/New_York', '2025-05-22 19:12:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'snack', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7207-bed2-4714e3192b1c', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 612, 'USD', '2026-04-26', '08:35:00', 'America/New_York', '2026-04-26 12:35:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'breakfast', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7216-ae12-7f1f391c1858', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 6256, 'USD', '2025-01-19', '19:27:00', 'America/New_York', '2025-01-20 00:27:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'dinner', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7225-88d2-60ebf94656e6', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7263-8e10-1463a00882bf', 5606, 'USD', '2025-08-16', '21:44:00', 'America/New_York', '2025-08-17 01:44:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'drinks', 'dine_in', 2, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7225-9966-4d8b947b1768', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7cea-b379-5f50f5b9338c', 3536, 'USD', '2025-05-07', '19:44:00', 'America/New_York', '2025-05-07 23:44:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'dinner', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-725e-9060-f3fa2303f0c0', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 6185, 'USD', '2025-03-15', '19:23:00', 'America/New_York', '2025-03-15 23:23:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'dinner', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7299-8705-66a4ec9d8313', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 14567, 'USD', '2026-02-15', '19:40:00', 'America/New_York', '2026-02-16 00:40:00+00', NULL, '01a24dae-f99f-7ff1-bcf4-1435d747785f', 'dinner', 'dine_in', 3, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-72a3-a9b6-964db74bedfc', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 665, 'USD', '2026-08-25', '08:12:00', 'America/New_York', '2026-08-25 12:12:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'breakfast', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-72a6-803f-b87a11786b4d', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 3566, 'USD', '2026-01-16', NULL, 'America/New_York', '2026-01-16 17:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'dinner', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-72c3-9964-d46a9e1b757d', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 783, 'EUR', '2026-05-23', '15:11:00', 'America/New_York', '2026-05-23 19:11:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'snack', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-72ca-9b29-30378cffaade', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 2937, 'USD', '2025-10-25', NULL, 'America/New_York', '2025-10-25 16:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'drinks', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-72d4-b783-082769773d64', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 3478, 'USD', '2025-07-26', '11:42:00', 'America/New_York', '2025-07-26 15:42:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'brunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-72d5-8eef-b68d917e8854', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 4117, 'EUR', '2026-01-01', NULL, 'America/New_York', '2026-01-01 17:00:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'snack', 'dine_in', 5, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-72e0-82ae-bddb8d5eaf09', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 5723, 'USD', '2026-05-17', NULL, 'America/New_York', '2026-05-17 16:00:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'drinks', 'takeout', 2, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7301-a12d-665ba897756f', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 783, 'USD', '2024-12-27', '15:13:00', 'America/New_York', '2024-12-27 20:13:00+00', NULL, '01a24dae-f99f-7d43-9e30-51977080e6f7', 'snack', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-731d-8f03-f92222ac529f', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 1685, 'USD', '2025-04-21', '08:14:00', 'America/New_York', '2025-04-21 12:14:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'breakfast', 'dine_in', 3, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7322-8f53-0e4bcfb7e1e9', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-73a1-b8c1-183229fe708b', 8279, 'USD', '2025-07-17', '12:59:00', 'America/New_York', '2025-07-17 16:59:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'lunch', 'dine_in', 5, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-732b-93c0-80b11e65c9ef', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 15559, 'USD', '2025-05-30', '19:20:00', 'America/New_York', '2025-05-30 23:20:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'dinner', 'takeout', 3, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-732b-a16a-7de80ccb983e', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 16237, 'USD', '2026-01-04', '11:10:00', 'America/New_York', '2026-01-04 16:10:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'brunch', 'takeout', 5, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-732b-abd2-54058f6e5dd0', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 2022, 'USD', '2025-10-05', '11:07:00', 'America/New_York', '2025-10-05 15:07:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'brunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7338-a60a-525e938f9940', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 672, 'USD', '2025-08-30', '15:41:00', 'America/New_York', '2025-08-30 19:41:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'snack', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7342-950a-84cd8d1d3b52', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 895, 'USD', '2026-08-07', NULL, 'America/New_York', '2026-08-07 16:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'snack', 'takeout', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7356-888b-d44651fbcb5b', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-70a1-80bf-c8f512b05ab6', 9051, 'USD', '2026-12-02', NULL, 'America/New_York', '2026-12-02 17:00:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'brunch', 'dine_in', 4, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7358-a324-7a6054c131eb', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-74d5-b2bf-93533db0b7d6', 2934, 'EUR', '2025-05-23', NULL, 'America/New_York', '2025-05-23 16:00:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'drinks', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7358-ac86-b7bc7962d08f', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-75da-b0a8-717182ed675f', 3176, 'USD', '2024-12-27', '19:43:00', 'America/New_York', '2024-12-28 00:43:00+00', NULL, '01a24dae-f99f-7d43-9e30-51977080e6f7', 'dinner', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-735d-967c-deefed9b679d', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 2715, 'USD', '2026-05-14', '11:53:00', 'America/New_York', '2026-05-14 15:53:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'brunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-736f-9859-cff003f88ec3', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d72-b1ff-162402ee4f64', 566, 'EUR', '2026-12-06', '15:45:00', 'America/New_York', '2026-12-06 20:45:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'snack', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7373-aa83-8315207ab32e', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 1059, 'USD', '2026-09-11', '15:17:00', 'America/New_York', '2026-09-11 19:17:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'snack', 'dine_in', 2, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-737d-b4c6-ba36c025e19b', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 3719, 'USD', '2025-12-04', '11:22:00', 'America/New_York', '2025-12-04 16:22:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'brunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-738b-9134-5195256b41dd', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-78d0-a0d7-f9aba564bd91', 5044, 'GBP', '2026-10-19', NULL, 'America/New_York', '2026-10-19 16:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'brunch', 'dine_in', 3, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-73ab-9804-e878f5c270f0', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 411, 'EUR', '2024-12-18', '09:55:00', 'America/New_York', '2024-12-18 14:55:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-73c1-8314-7647a9959eb9', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 6002, 'GBP', '2026-08-22', '19:41:00', 'America/New_York', '2026-08-22 23:41:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'dinner', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-73c5-8c0d-839c995a6c41', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 15891, 'USD', '2025-12-07', '21:05:00', 'America/New_York', '2025-12-08 02:05:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'drinks', 'dine_in', 5, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-73d5-9c8d-75b4bdb67261', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7b32-b595-c2fa24b8907c', 1018, 'USD', '2026-07-23', '15:58:00', 'America/New_York', '2026-07-23 19:58:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'snack', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-73da-88ce-c3f30cc472c9', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 2166, 'USD', '2025-02-21', NULL, 'America/New_York', '2025-02-21 17:00:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'drinks', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-73ed-a6c6-71b753379a7b', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 8450, 'USD', '2025-06-30', '12:49:00', 'America/New_York', '2025-06-30 16:49:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'lunch', 'dine_in', 4, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-73fa-bc93-28ccf223fb1e', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 1828, 'USD', '2025-06-03', '08:38:00', 'America/New_York', '2025-06-03 12:38:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'breakfast', 'takeout', 2, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7407-a957-e4d4ac189dfe', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 1748, 'EUR', '2025-07-29', '12:29:00', 'America/New_York', '2025-07-29 16:29:00+00', NULL, '01a24dae-f99f-7d43-9e30-51977080e6f7', 'lunch', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7424-871f-56cf0f46457c', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 805, 'USD', '2025-04-12', '08:44:00', 'America/New_York', '2025-04-12 12:44:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'breakfast', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-742b-b277-4914f1c7e969', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 1199, 'USD', '2025-09-21', NULL, 'America/New_York', '2025-09-21 16:00:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'takeout', 2, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-742d-9b71-bb5833ff083a', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 697, 'USD', '2026-02-16', '15:52:00', 'America/New_York', '2026-02-16 20:52:00+00', NULL, '01a24dae-f99f-7b34-944b-588a652d57f2', 'snack', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-745f-a71d-4c735dfd7275', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7831-aef4-16edbf6a012e', 1718, 'EUR', '2025-01-22', '21:28:00', 'America/New_York', '2025-01-23 02:28:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'drinks', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7466-afe5-5c655018796e', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 12205, 'USD', '2026-01-14', '19:24:00', 'America/New_York', '2026-01-15 00:24:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'dinner', 'dine_in', 2, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-747f-9232-0b24151e4b4a', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 632, 'GBP', '2025-09-05', '09:28:00', 'America/New_York', '2025-09-05 13:28:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'dine_in', 2, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7495-944b-c4dcf0ceeecb', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 1041, 'USD', '2026-07-20', NULL, 'America/New_York', '2026-07-20 16:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'snack', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-74da-94c0-6586e25d7263', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 3207, 'USD', '2026-09-03', '15:18:00', 'America/New_York', '2026-09-03 19:18:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'snack', 'dine_in', 4, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-74e3-b639-b53e439151d9', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 470, 'USD', '2026-11-23', '15:27:00', 'America/New_York', '2026-11-23 20:27:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'snack', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-74ea-9928-fac6e5dbde0a', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 3704, 'USD', '2026-06-11', '11:33:00', 'America/New_York', '2026-06-11 15:33:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'brunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-74ec-beef-94dc602603af', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 819, 'USD', '2026-07-25', NULL, 'America/New_York', '2026-07-25 16:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'breakfast', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7500-b34b-411c53fce18a', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 3004, 'EUR', '2026-05-14', NULL, 'America/New_York', '2026-05-14 16:00:00+00', NULL, '01a24dae-f99f-7b34-944b-588a652d57f2', 'drinks', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7506-861f-e02133509f0a', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 789, 'USD', '2025-05-01', '15:13:00', 'America/New_York', '2025-05-01 19:13:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'snack', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7521-aabc-98222b115920', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 1251, 'USD', '2025-04-27', '08:40:00', 'America/New_York', '2025-04-27 12:40:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'breakfast', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7528-b043-03a6abcf6d2b', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7263-8e10-1463a00882bf', 485, 'GBP', '2025-11-01', '15:04:00', 'America/New_York', '2025-11-01 19:04:00+00', NULL, '01a24dae-f99f-7b34-944b-588a652d57f2', 'snack', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7534-b0a5-5f93045c17af', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7f1d-a6c5-7c805ed93364', 5203, 'USD', '2025-03-14', '19:13:00', 'America/New_York', '2025-03-14 23:13:00+00', NULL, '01a24dae-f99f-7d43-9e30-51977080e6f7', 'dinner', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-753f-b15f-74fe7e5915e8', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-70cd-a422-9cd8fff186e2', 3857, 'USD', '2025-08-27', '12:38:00', 'America/New_York', '2025-08-27 16:38:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'lunch', 'dine_in', 2, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-754f-b238-00135befe6ef', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7831-aef4-16edbf6a012e', 542, 'EUR', '2026-01-26', '15:35:00', 'America/New_York', '2026-01-26 20:35:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'snack', 'takeout', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7552-be7d-ff968ef12f56', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 2007, 'USD', '2025-04-08', '12:31:00', 'America/New_York', '2025-04-08 16:31:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'lunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-755b-9858-58c7e4dd840e', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7cea-b379-5f50f5b9338c', 3450, 'USD', '2026-03-13', NULL, 'America/New_York', '2026-03-13 16:00:00+00', NULL, '01a24dae-f99f-7b34-944b-588a652d57f2', 'brunch', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7574-96ab-df614a1125af', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 2124, 'USD', '2026-01-22', '21:05:00', 'America/New_York', '2026-01-23 02:05:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'drinks', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-757f-90b9-36553729e26c', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d87-968c-737bb649900b', 674, 'USD', '2025-03-14', '15:00:00', 'America/New_York', '2025-03-14 19:00:00+00', NULL, '01a24dae-f99f-7ff1-bcf4-1435d747785f', 'snack', 'takeout', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-759d-9c40-8fd7f6da4ed1', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 2520, 'USD', '2025-04-09', '15:35:00', 'America/New_York', '2025-04-09 19:35:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'snack', 'dine_in', 4, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-75a9-b1f1-0f1f105b6dc9', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 4000, 'USD', '2025-10-20', '15:23:00', 'America/New_York', '2025-10-20 19:23:00+00', NULL, '01a24dae-f99f-7ff1-bcf4-1435d747785f', 'snack', 'dine_in', 5, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-75a9-b3a5-e90da682cd27', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 594, 'USD', '2026-11-03', '15:21:00', 'America/New_York', '2026-11-03 20:21:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'snack', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-75ad-b237-d64400b8b31c', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 2411, 'USD', '2024-12-18', '09:48:00', 'America/New_York', '2024-12-18 14:48:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'dine_in', 5, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-75bc-b8dc-fce44be30fba', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 742, 'USD', '2025-01-29', NULL, 'America/New_York', '2025-01-29 17:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'snack', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-75c3-9213-39f706004a16', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7de2-b95f-1334ff41da77', 3362, 'USD', '2024-12-09', '19:42:00', 'America/New_York', '2024-12-10 00:42:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'dinner', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-75dc-be3f-607665cc165b', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 1757, 'USD', '2025-12-04', '09:43:00', 'America/New_York', '2025-12-04 14:43:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'dine_in', 5, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-75f9-b9cd-22db252fca64', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7551-8ef6-6c1867f6e8be', 1512, 'EUR', '2026-01-09', '09:20:00', 'America/New_York', '2026-01-09 14:20:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'dine_in', 3, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7603-80a4-3b51757daedb', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 1629, 'EUR', '2025-03-28', '21:05:00', 'America/New_York', '2025-03-29 01:05:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'drinks', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7603-a14a-0d1053ca74ec', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 5572, 'USD', '2026-04-18', '19:12:00', 'America/New_York', '2026-04-18 23:12:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'dinner', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7612-9626-ac7f5d2251b6', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-70cd-a422-9cd8fff186e2', 4117, 'USD', '2025-02-03', NULL, 'America/New_York', '2025-02-03 17:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'dinner', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-764d-8fc9-b6aaa3aad40e', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d72-b1ff-162402ee4f64', 2073, 'USD', '2025-05-18', '12:20:00', 'America/New_York', '2025-05-18 16:20:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'lunch', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7650-928f-1656e7497c32', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 11438, 'USD', '2026-05-22', '19:24:00', 'America/New_York', '2026-05-22 23:24:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'dinner', 'takeout', 4, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7650-abe3-a229dd52dc54', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 735, 'USD', '2026-03-21', '15:05:00', 'America/New_York', '2026-03-21 19:05:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'snack', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-76a6-a621-85d7409124dc', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-72b6-a081-8ac65e7b5d7b', 633, 'GBP', '2026-02-14', '08:26:00', 'America/New_York', '2026-02-14 13:26:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'breakfast', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-76ba-bfbd-a92929408f8d', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 1495, 'GBP', '2026-08-17', NULL, 'America/New_York', '2026-08-17 16:00:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'lunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-76ca-b2c4-6aa06d5cd805', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 2522, 'GBP', '2026-04-12', '11:49:00', 'America/New_York', '2026-04-12 15:49:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'brunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-76cf-b60f-0e6ba3a5f76e', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7cea-b379-5f50f5b9338c', 8229, 'USD', '2024-12-26', '21:49:00', 'America/New_York', '2024-12-27 02:49:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'drinks', 'dine_in', 3, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-76d9-bf02-68d687ce38ae', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 4414, 'USD', '2026-05-18', '12:56:00', 'America/New_York', '2026-05-18 16:56:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'lunch', 'dine_in', 3, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-76e0-a134-ed984c9cb9a2', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7de2-b95f-1334ff41da77', 1766, 'USD', '2026-09-29', '21:16:00', 'America/New_York', '2026-09-30 01:16:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'drinks', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-770e-b410-9621fdf6b3fc', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 1784, 'USD', '2026-01-15', '12:28:00', 'America/New_York', '2026-01-15 17:28:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'lunch', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-772e-89c2-04af85c9f6cd', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7487-afb1-87321238508b', 1198, 'USD', '2025-09-20', '15:54:00', 'America/New_York', '2025-09-20 19:54:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'snack', 'dine_in', 2, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-772e-be42-9c9cb4d1d921', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 3062, 'USD', '2024-12-07', '21:19:00', 'America/New_York', '2024-12-08 02:19:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'drinks', 'takeout', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7736-af4c-38997bb6114a', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 7126, 'USD', '2026-01-27', '21:42:00', 'America/New_York', '2026-01-28 02:42:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'drinks', 'dine_in', 3, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-774f-96d0-728df38523f9', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 1111, 'USD', '2026-06-26', '08:13:00', 'America/New_York', '2026-06-26 12:13:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'breakfast', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7751-9346-82184f4340b7', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 840, 'USD', '2025-08-03', '08:09:00', 'America/New_York', '2025-08-03 12:09:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'breakfast', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7761-82e6-85d5c868830b', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 3538, 'USD', '2025-12-08', '08:34:00', 'America/New_York', '2025-12-08 13:34:00+00', NULL, '01a24dae-f99f-7329-a543-0f899626fe92', 'breakfast', 'takeout', 4, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7766-abf2-251315d4eadb', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 2100, 'USD', '2026-11-25', NULL, 'America/New_York', '2026-11-25 17:00:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'snack', 'takeout', 4, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-776b-bbf0-e113026dc5a5', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 1790, 'GBP', '2025-05-21', '08:23:00', 'America/New_York', '2025-05-21 12:23:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'breakfast', 'dine_in', 3, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7781-9792-02c6e2022486', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7de2-b95f-1334ff41da77', 3141, 'GBP', '2025-05-24', NULL, 'America/New_York', '2025-05-24 16:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'drinks', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-778f-b60d-fca681537865', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 495, 'GBP', '2026-03-02', NULL, 'America/New_York', '2026-03-02 17:00:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-77ad-8ec7-a036cc4aba37', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-72b6-a081-8ac65e7b5d7b', 2528, 'USD', '2026-01-28', '11:33:00', 'America/New_York', '2026-01-28 16:33:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'brunch', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-77b2-9dbd-470e0dc2ba3b', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 497, 'USD', '2026-07-05', '09:16:00', 'America/New_York', '2026-07-05 13:16:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-77b7-9da9-307d6cd0cea7', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 6597, 'USD', '2026-10-13', '12:09:00', 'America/New_York', '2026-10-13 16:09:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'lunch', 'takeout', 3, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-77c1-98b0-562d27b34f2b', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 5520, 'GBP', '2026-06-20', '12:58:00', 'America/New_York', '2026-06-20 16:58:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'lunch', 'takeout', 4, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-77c8-acbd-dcd1f5e60353', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 8159, 'USD', '2026-08-17', '19:08:00', 'America/New_York', '2026-08-17 23:08:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'dinner', 'takeout', 3, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-77cc-bc8c-09ffc056e3fe', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 2831, 'EUR', '2026-02-21', '19:10:00', 'America/New_York', '2026-02-22 00:10:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'dinner', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-77e5-836d-bb2c25b92508', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 3059, 'USD', '2026-04-30', '21:30:00', 'America/New_York', '2026-05-01 01:30:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'drinks', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-77ef-9742-3330ee3eb65d', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 3532, 'USD', '2025-02-04', '08:17:00', 'America/New_York', '2025-02-04 13:17:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'breakfast', 'takeout', 5, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-77ff-bdbb-a27d247f5c9d', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 273, 'USD', '2026-10-14', '09:15:00', 'America/New_York', '2026-10-14 13:15:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'takeout', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7800-a0b1-ec20ddeb3610', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 4421, 'USD', '2026-10-05', '19:22:00', 'America/New_York', '2026-10-05 23:22:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'dinner', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7819-a7cf-192f9f6615f4', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-73fd-bb05-d517592ef78c', 1491, 'USD', '2025-09-13', '12:38:00', 'America/New_York', '2025-09-13 16:38:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'lunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-781a-868d-b3d765ec3524', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 2105, 'USD', '2025-10-22', '12:29:00', 'America/New_York', '2025-10-22 16:29:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'lunch', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7825-916a-fb31142cb9d8', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 3096, 'USD', '2026-05-09', '19:53:00', 'America/New_York', '2026-05-09 23:53:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'dinner', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7827-bf8b-318243711357', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 1775, 'USD', '2025-10-29', '11:45:00', 'America/New_York', '2025-10-29 15:45:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'brunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7835-8f91-f62323c1cc08', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-73fd-bb05-d517592ef78c', 1744, 'USD', '2026-03-18', '21:16:00', 'America/New_York', '2026-03-19 01:16:00+00', NULL, '01a24dae-f99f-7ff1-bcf4-1435d747785f', 'drinks', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7838-b622-b8f95be5042a', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7263-8e10-1463a00882bf', 7246, 'USD', '2026-05-02', '21:18:00', 'America/New_York', '2026-05-03 01:18:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'drinks', 'takeout', 4, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-784a-ab2a-f94f7e876841', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-73fd-bb05-d517592ef78c', 1339, 'USD', '2026-01-28', '09:13:00', 'America/New_York', '2026-01-28 14:13:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'dine_in', 4, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-785c-95e8-6728505b003c', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 2312, 'USD', '2026-10-19', '09:57:00', 'America/New_York', '2026-10-19 13:57:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'dine_in', 4, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7865-aa9d-c2c8fb1a1044', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 7199, 'USD', '2024-12-11', '12:12:00', 'America/New_York', '2024-12-11 17:12:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'lunch', 'takeout', 4, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7872-8b50-6b004a09e9bc', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 865, 'USD', '2026-08-23', '08:18:00', 'America/New_York', '2026-08-23 12:18:00+00', NULL, '01a24dae-f99f-7ff1-bcf4-1435d747785f', 'breakfast', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-787f-a67a-113bc9f4184b', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 2674, 'USD', '2025-02-10', '11:27:00', 'America/New_York', '2025-02-10 16:27:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'brunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7882-8641-4e19fc07e20c', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 12542, 'GBP', '2026-09-01', '19:55:00', 'America/New_York', '2026-09-01 23:55:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'dinner', 'dine_in', 2, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7889-a973-4039902754b5', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 1584, 'USD', '2026-03-20', '09:20:00', 'America/New_York', '2026-03-20 13:20:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'takeout', 4, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-789e-bc91-81cfdcdbb99d', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7cea-b379-5f50f5b9338c', 493, 'USD', '2025-05-13', '09:05:00', 'America/New_York', '2025-05-13 13:05:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-78bb-8bf0-7ecd1e4969bd', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 1849, 'USD', '2026-05-07', '08:18:00', 'America/New_York', '2026-05-07 12:18:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'breakfast', 'dine_in', 3, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-78c3-9884-b781525a1cc1', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 1499, 'USD', '2026-06-08', '09:17:00', 'America/New_York', '2026-06-08 13:17:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'dine_in', 3, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-78c5-9c5b-c0576ade52cf', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 780, 'USD', '2026-05-19', '15:34:00', 'America/New_York', '2026-05-19 19:34:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'snack', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-78d3-9e13-bfb90875e4b2', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-75f5-820b-6ca64dd2d11b', 3102, 'USD', '2025-05-15', NULL, 'America/New_York', '2025-05-15 16:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'drinks', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-78e8-accb-0f947020ee8a', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 511, 'GBP', '2025-03-17', '09:22:00', 'America/New_York', '2025-03-17 13:22:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-78eb-9886-1db121fa5751', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 3289, 'USD', '2026-05-04', '21:04:00', 'America/New_York', '2026-05-05 01:04:00+00', NULL, '01a24dae-f99f-7329-a543-0f899626fe92', 'drinks', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-790a-a8a2-5ee4a98c8b26', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 2807, 'USD', '2026-09-12', '21:52:00', 'America/New_York', '2026-09-13 01:52:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'drinks', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-790b-9908-0e70ecbd2948', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 1108, 'USD', '2025-03-25', '09:20:00', 'America/New_York', '2025-03-25 13:20:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'dine_in', 3, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7917-b683-56bfe13af950', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 782, 'USD', '2026-05-17', NULL, 'America/New_York', '2026-05-17 16:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'snack', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-791f-b3a4-5be6693f20d3', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 9782, 'EUR', '2026-11-21', NULL, 'America/New_York', '2026-11-21 17:00:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'brunch', 'dine_in', 3, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-792f-99b0-4032b0aedd46', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 745, 'USD', '2026-12-03', '15:34:00', 'America/New_York', '2026-12-03 20:34:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'snack', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7934-82e7-43f608b8a8ce', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 1451, 'GBP', '2026-04-24', '09:53:00', 'America/New_York', '2026-04-24 13:53:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'takeout', 3, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-793c-925f-0c6dc5d43723', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 11623, 'EUR', '2025-07-31', '21:18:00', 'America/New_York', '2025-08-01 01:18:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'drinks', 'takeout', 4, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-793e-be3b-d5ab663cd0a8', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 6169, 'USD', '2025-02-02', NULL, 'America/New_York', '2025-02-02 17:00:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'lunch', 'dine_in', 4, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-793f-98ea-c6e1db26d5aa', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 10353, 'USD', '2026-05-21', '19:04:00', 'America/New_York', '2026-05-21 23:04:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'dinner', 'takeout', 2, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-795d-8cb0-1213bce97fd9', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 1936, 'USD', '2026-07-15', '21:36:00', 'America/New_York', '2026-07-16 01:36:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'drinks', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7966-ba90-103d7ced22a4', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 5462, 'USD', '2026-05-19', NULL, 'America/New_York', '2026-05-19 16:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'dinner', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7998-b9a7-6643afbe53df', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 1048, 'USD', '2025-04-30', '09:44:00', 'America/New_York', '2025-04-30 13:44:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'dine_in', 2, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7999-8172-9c0c70c36b75', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 2087, 'USD', '2026-09-24', '21:14:00', 'America/New_York', '2026-09-25 01:14:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'drinks', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-79bf-b792-d51ac1b7437f', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 1761, 'EUR', '2026-01-16', NULL, 'America/New_York', '2026-01-16 17:00:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'dine_in', 4, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-79c6-af72-b504b90c9c70', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 4627, 'USD', '2025-03-28', '12:19:00', 'America/New_York', '2025-03-28 16:19:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'lunch', 'takeout', 2, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-79e7-bd10-2c4157becfcd', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-75da-b0a8-717182ed675f', 816, 'GBP', '2025-06-12', '15:12:00', 'America/New_York', '2025-06-12 19:12:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'snack', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-79f3-b399-96a72d0ad555', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-70cd-a422-9cd8fff186e2', 1604, 'USD', '2026-08-26', NULL, 'America/New_York', '2026-08-26 16:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'brunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-79f9-885a-11670e9b8625', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-744a-aaea-5864961663a3', 1350, 'USD', '2026-01-16', NULL, 'America/New_York', '2026-01-16 17:00:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'drinks', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7a08-8236-7b315f59fffe', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7263-8e10-1463a00882bf', 3013, 'USD', '2026-03-26', '11:00:00', 'America/New_York', '2026-03-26 15:00:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'brunch', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7a22-b023-58be3f83cfaa', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 24389, 'USD', '2026-11-13', '19:11:00', 'America/New_York', '2026-11-14 00:11:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'dinner', 'dine_in', 5, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7a2b-9ff1-2a9d71b0a0ab', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 3215, 'USD', '2026-10-05', '11:40:00', 'America/New_York', '2026-10-05 15:40:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'brunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7a32-9f22-4cbca034b158', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 675, 'USD', '2025-04-11', NULL, 'America/New_York', '2025-04-11 16:00:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'breakfast', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7a3f-bebc-eddf1a4b415c', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 384, 'USD', '2026-09-30', NULL, 'America/New_York', '2026-09-30 16:00:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7a41-8725-c541bd5c032b', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 2085, 'USD', '2026-10-16', '12:17:00', 'America/New_York', '2026-10-16 16:17:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'lunch', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7a4b-a480-c9a7bb5c5969', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 3345, 'USD', '2025-04-21', '11:24:00', 'America/New_York', '2025-04-21 15:24:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'brunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7a5b-b4ad-897b166e40b9', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 1812, 'USD', '2026-09-24', '08:07:00', 'America/New_York', '2026-09-24 12:07:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'breakfast', 'dine_in', 2, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7a6e-bc13-c7e42cbe52c8', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7551-8ef6-6c1867f6e8be', 11661, 'USD', '2026-02-20', '11:06:00', 'America/New_York', '2026-02-20 16:06:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'brunch', 'takeout', 5, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7a83-aa9b-eb26c5e9a822', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 546, 'USD', '2025-09-28', NULL, 'America/New_York', '2025-09-28 16:00:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'breakfast', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7aa3-9650-f3d5dec1be7d', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 735, 'GBP', '2026-10-29', '15:53:00', 'America/New_York', '2026-10-29 19:53:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'snack', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7aa6-a48c-1c9891f03df0', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 1157, 'USD', '2025-10-21', '08:14:00', 'America/New_York', '2025-10-21 12:14:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'breakfast', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7aa6-ba09-5e8939d691ca', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 899, 'USD', '2026-06-04', '08:59:00', 'America/New_York', '2026-06-04 12:59:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'breakfast', 'takeout', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7aa7-b1a6-9debde4363d9', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d87-968c-737bb649900b', 5457, 'USD', '2026-04-03', '19:08:00', 'America/New_York', '2026-04-03 23:08:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'dinner', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7abb-9b5d-901171e817fc', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 3724, 'USD', '2026-04-13', '11:23:00', 'America/New_York', '2026-04-13 15:23:00+00', NULL, '01a24dae-f99f-7329-a543-0f899626fe92', 'brunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7ac3-9505-e4241c7c2dc6', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-70cd-a422-9cd8fff186e2', 2610, 'USD', '2025-09-20', '09:16:00', 'America/New_York', '2025-09-20 13:16:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'dine_in', 4, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7ac6-91e8-d155eeb9f1ed', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 4584, 'USD', '2025-10-10', '19:23:00', 'America/New_York', '2025-10-10 23:23:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'dinner', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7add-8cd4-765fa48d60bf', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 1804, 'USD', '2026-04-07', '12:52:00', 'America/New_York', '2026-04-07 16:52:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'lunch', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7add-b340-4c10b179596a', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7551-8ef6-6c1867f6e8be', 1822, 'USD', '2025-09-23', '11:51:00', 'America/New_York', '2025-09-23 15:51:00+00', NULL, '01a24dae-f99f-7b34-944b-588a652d57f2', 'brunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7adf-bc48-a1fed5d4a3b3', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 2198, 'USD', '2025-11-01', '21:28:00', 'America/New_York', '2025-11-02 01:28:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'drinks', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7aee-9218-9077354b00f6', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-744a-aaea-5864961663a3', 1157, 'USD', '2026-09-14', '08:37:00', 'America/New_York', '2026-09-14 12:37:00+00', NULL, '01a24dae-f99f-7d43-9e30-51977080e6f7', 'breakfast', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7aef-ab9e-e030c287f271', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-73fd-bb05-d517592ef78c', 2371, 'USD', '2025-05-31', '12:20:00', 'America/New_York', '2025-05-31 16:20:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'lunch', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7afb-918a-7632976102d6', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 3025, 'USD', '2025-05-05', NULL, 'America/New_York', '2025-05-05 16:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'brunch', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7b0d-88a9-2756544ba8e5', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 2406, 'USD', '2025-05-06', '21:28:00', 'America/New_York', '2025-05-07 01:28:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'drinks', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7b11-81f2-7f2df985b7c8', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 1097, 'USD', '2025-12-12', '09:33:00', 'America/New_York', '2025-12-12 14:33:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'dine_in', 2, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7b2d-8c1b-35ba3133473a', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 1312, 'USD', '2026-09-25', '09:59:00', 'America/New_York', '2026-09-25 13:59:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'dine_in', 3, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7b3f-9c74-7219d62e8de5', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-78d0-a0d7-f9aba564bd91', 8001, 'USD', '2026-04-26', '11:38:00', 'America/New_York', '2026-04-26 15:38:00+00', NULL, '01a24dae-f99f-7b34-944b-588a652d57f2', 'brunch', 'dine_in', 3, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7b4c-9dec-9c0ce82243cd', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 2556, 'USD', '2026-02-25', '21:10:00', 'America/New_York', '2026-02-26 02:10:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'drinks', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7b50-bc9c-4839dbf03392', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-70a1-80bf-c8f512b05ab6', 3394, 'USD', '2025-05-21', '19:59:00', 'America/New_York', '2025-05-21 23:59:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'dinner', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7b57-a3bf-ff5dc29bd1c0', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-73a1-b8c1-183229fe708b', 2008, 'USD', '2026-10-26', '11:37:00', 'America/New_York', '2026-10-26 15:37:00+00', NULL, '01a24dae-f99f-7329-a543-0f899626fe92', 'brunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7b5a-b46d-c9851a5c0543', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 793, 'USD', '2026-11-13', '15:40:00', 'America/New_York', '2026-11-13 20:40:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'snack', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7b73-a268-de503bdf3b48', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 483, 'USD', '2026-07-03', NULL, 'America/New_York', '2026-07-03 16:00:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7b81-aefc-892d5cae5c88', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 1484, 'GBP', '2026-04-10', '12:21:00', 'America/New_York', '2026-04-10 16:21:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'lunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7b88-bc21-2890d73bbdac', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7f1d-a6c5-7c805ed93364', 1017, 'USD', '2026-03-26', '15:08:00', 'America/New_York', '2026-03-26 19:08:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'snack', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7baa-95cb-c0f8baa3a208', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 10440, 'EUR', '2026-08-19', '11:58:00', 'America/New_York', '2026-08-19 15:58:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'brunch', 'takeout', 4, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7bae-99e4-7ccc89fd39e1', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-71ec-94b5-9b1ffd5725d9', 1512, 'USD', '2026-08-25', '12:07:00', 'America/New_York', '2026-08-25 16:07:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'lunch', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7bb0-ac23-e7e9143b98e8', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 819, 'USD', '2026-04-11', '08:54:00', 'America/New_York', '2026-04-11 12:54:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'breakfast', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7bc7-b962-e3948ad75c2d', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d87-968c-737bb649900b', 525, 'USD', '2026-07-27', '09:39:00', 'America/New_York', '2026-07-27 13:39:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7bd2-a798-76884cb9f0a6', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 706, 'GBP', '2026-10-05', NULL, 'America/New_York', '2026-10-05 16:00:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'breakfast', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7bdd-b23c-b6a91840658c', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 843, 'USD', '2026-07-24', '15:34:00', 'America/New_York', '2026-07-24 19:34:00+00', NULL, '01a24dae-f99f-7329-a543-0f899626fe92', 'snack', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7bf4-846f-118351eff2be', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-70a1-80bf-c8f512b05ab6', 845, 'USD', '2026-05-31', '15:15:00', 'America/New_York', '2026-05-31 19:15:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'snack', 'dine_in', 2, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7bf7-a2f3-ac85e37ed237', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 5382, 'USD', '2026-01-15', '21:48:00', 'America/New_York', '2026-01-16 02:48:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'drinks', 'dine_in', 2, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7c15-9141-1f60d85d7ee4', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 534, 'USD', '2024-12-30', '15:06:00', 'America/New_York', '2024-12-30 20:06:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'snack', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7c1e-95eb-10bbac08c3a1', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 10109, 'USD', '2025-09-22', '19:05:00', 'America/New_York', '2025-09-22 23:05:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'dinner', 'dine_in', 2, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7c25-8bac-0dbfa4c54983', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7831-aef4-16edbf6a012e', 4143, 'USD', '2026-03-13', NULL, 'America/New_York', '2026-03-13 16:00:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'dinner', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7c28-aee5-9ed6c860d8ad', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 6686, 'USD', '2026-04-26', '19:19:00', 'America/New_York', '2026-04-26 23:19:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'dinner', 'takeout', 2, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7c4b-baaf-d6024084d4b5', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 8463, 'USD', '2026-03-19', '11:07:00', 'America/New_York', '2026-03-19 15:07:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'brunch', 'takeout', 3, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7c5b-85d9-65aa397f872d', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 9558, 'USD', '2025-11-12', NULL, 'America/New_York', '2025-11-12 17:00:00+00', NULL, '01a24dae-f99f-7329-a543-0f899626fe92', 'drinks', 'takeout', 3, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7c5c-8d47-4f4cfc608d6e', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 6456, 'USD', '2025-09-10', NULL, 'America/New_York', '2025-09-10 16:00:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'brunch', 'takeout', 3, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7c83-9b3d-5b91af94b472', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 3704, 'USD', '2025-11-12', NULL, 'America/New_York', '2025-11-12 17:00:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'brunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7c90-bdf9-d14e625f7cfb', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-75da-b0a8-717182ed675f', 792, 'GBP', '2025-01-17', '15:16:00', 'America/New_York', '2025-01-17 20:16:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'snack', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7c94-bd2d-c988c224ea5f', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 10275, 'USD', '2025-09-16', '11:53:00', 'America/New_York', '2025-09-16 15:53:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'brunch', 'dine_in', 3, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7c97-987e-61a7eef193fb', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7263-8e10-1463a00882bf', 689, 'USD', '2025-09-23', '09:45:00', 'America/New_York', '2025-09-23 13:45:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'dine_in', 2, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7cba-a4ad-2a7e364bb8a1', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 978, 'USD', '2025-06-17', '08:35:00', 'America/New_York', '2025-06-17 12:35:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'breakfast', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7cbd-a9bd-b34703bca039', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 3033, 'EUR', '2025-06-30', '11:58:00', 'America/New_York', '2025-06-30 15:58:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'brunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7cbf-b3fa-e4b59f036adb', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7831-aef4-16edbf6a012e', 1407, 'USD', '2025-10-23', '21:52:00', 'America/New_York', '2025-10-24 01:52:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'drinks', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7cc9-903e-9ba639b5bd13', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 716, 'USD', '2026-10-23', NULL, 'America/New_York', '2026-10-23 16:00:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'snack', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7ce8-8302-3aea0bb2a55e', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-77db-8fdf-9587a3fead84', 2854, 'USD', '2026-05-03', '08:46:00', 'America/New_York', '2026-05-03 12:46:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'breakfast', 'takeout', 4, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7ce8-a1d8-2894baaf9511', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 5008, 'USD', '2025-04-24', '19:40:00', 'America/New_York', '2025-04-24 23:40:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'dinner', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7cf8-b271-a664d5df21d0', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 2173, 'USD', '2025-11-09', NULL, 'America/New_York', '2025-11-09 17:00:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'drinks', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7d26-8eed-c0e588290d80', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 1733, 'USD', '2026-08-04', '09:48:00', 'America/New_York', '2026-08-04 13:48:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'dine_in', 4, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7d3d-8d5e-d69581a44a21', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7487-afb1-87321238508b', 1407, 'EUR', '2025-06-22', '21:52:00', 'America/New_York', '2025-06-23 01:52:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'drinks', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7d50-aaa5-847537ba3170', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d72-b1ff-162402ee4f64', 3012, 'USD', '2025-05-18', '21:23:00', 'America/New_York', '2025-05-19 01:23:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'drinks', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7d55-8222-46b0fa46f785', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 4227, 'USD', '2025-03-14', '19:09:00', 'America/New_York', '2025-03-14 23:09:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'dinner', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7d55-a29f-a9ad830fd29f', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 4574, 'USD', '2026-10-19', '19:50:00', 'America/New_York', '2026-10-19 23:50:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'dinner', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7d6c-83a7-b1d527ad8566', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 420, 'USD', '2025-09-26', '09:05:00', 'America/New_York', '2025-09-26 13:05:00+00', NULL, '01a24dae-f99f-740e-acd7-b610eddc88f9', 'coffee', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7d7c-8f4a-b7771c422cf5', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 2402, 'USD', '2026-08-13', NULL, 'America/New_York', '2026-08-13 16:00:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'brunch', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7daa-9437-531c74361daf', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 2949, 'USD', '2026-11-17', '21:00:00', 'America/New_York', '2026-11-18 02:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'drinks', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7daf-8784-7fa92f337048', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 4968, 'USD', '2025-10-18', '19:31:00', 'America/New_York', '2025-10-18 23:31:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'dinner', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7dc7-a39e-a4ed58af1478', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7f1d-a6c5-7c805ed93364', 3751, 'USD', '2026-10-10', '12:53:00', 'America/New_York', '2026-10-10 16:53:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'lunch', 'dine_in', 2, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7dd2-8a8a-fc10b07a1577', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7d6f-8eb6-34a040520693', 2233, 'GBP', '2026-07-01', '11:28:00', 'America/New_York', '2026-07-01 15:28:00+00', NULL, '01a24dae-f99f-7d43-9e30-51977080e6f7', 'brunch', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7dd6-92b3-1368efc6746c', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 3140, 'USD', '2026-07-30', NULL, 'America/New_York', '2026-07-30 16:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'snack', 'dine_in', 3, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7dde-a045-2b36ebf3ecb0', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7cea-b379-5f50f5b9338c', 4909, 'USD', '2026-04-13', '21:02:00', 'America/New_York', '2026-04-14 01:02:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'drinks', 'dine_in', 2, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7ded-a41e-5247d46d8eb5', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 2950, 'USD', '2026-03-31', NULL, 'America/New_York', '2026-03-31 16:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'snack', 'dine_in', 4, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7df9-8891-d50e9eabb0e4', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7b32-b595-c2fa24b8907c', 1410, 'GBP', '2026-10-22', '21:18:00', 'America/New_York', '2026-10-23 01:18:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'drinks', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7e06-a60b-40aab6dbc4ac', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-75da-b0a8-717182ed675f', 546, 'GBP', '2026-09-11', '08:29:00', 'America/New_York', '2026-09-11 12:29:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'breakfast', 'dine_in', 1, 'Tried the special', 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7e0d-bf01-e946d122da01', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa72-74eb-8ec5-abd01cb78503', 1638, 'USD', '2025-10-03', '15:19:00', 'America/New_York', '2025-10-03 19:19:00+00', NULL, '01a24dae-f99f-7ff1-bcf4-1435d747785f', 'snack', 'dine_in', 2, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7e0e-8bf6-7d37b913211c', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 1196, 'USD', '2026-02-18', '08:37:00', 'America/New_York', '2026-02-18 13:37:00+00', NULL, '01a24dae-f989-7e53-956e-384aaa09c493', 'breakfast', 'takeout', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7e0f-86e5-23323a7a8a42', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7649-a4b4-8c74bb81be5f', 756, 'USD', '2025-11-07', NULL, 'America/New_York', '2025-11-07 17:00:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'breakfast', 'dine_in', 1, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.expenses VALUES ('01a24dae-fafa-7e19-8e1d-caae84de3357', '01a24dae-f82f-7e97-a510-303dd228396a', '01a24dae-fa7b-7216-a2c2-41be90c97a61', 6759, 'GBP', '2026-03-04', '12:49:00', 'America/New_York', '2026-03-04 17:49:00+00', NULL, '01a24dae-f99f-7573-89e5-ac77f9d31e13', 'lunch', 'dine_in', 4, NULL, 'manual', NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');


--
-- Data for Name: idempotency_keys; Type: TABLE DATA; Schema: meals; Owner: -
--



--
-- Data for Name: import_batches; Type: TABLE DATA; Schema: meals; Owner: -
--



--
-- Data for Name: import_rows; Type: TABLE DATA; Schema: meals; Owner: -
--



--
-- Data for Name: receipt_uploads; Type: TABLE DATA; Schema: meals; Owner: -
--



--
-- Data for Name: receipts; Type: TABLE DATA; Schema: meals; Owner: -
--



--
-- Data for Name: restaurants; Type: TABLE DATA; Schema: meals; Owner: -
--

INSERT INTO meals.restaurants VALUES ('01a24dae-fa72-74eb-8ec5-abd01cb78503', '01a24dae-f82f-7e97-a510-303dd228396a', 'Sunny Grill', 'sunny grill', 'boston', NULL, NULL, 'Boston', 'MA', NULL, 'US', 'Italian', 1, 4, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-70a1-80bf-c8f512b05ab6', '01a24dae-f82f-7e97-a510-303dd228396a', 'Lucky Bistro', 'lucky bistro', 'boston', NULL, NULL, 'Boston', 'MA', NULL, 'US', 'Thai', 2, 4, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-70cd-a422-9cd8fff186e2', '01a24dae-f82f-7e97-a510-303dd228396a', 'Lucky Pizzeria', 'lucky pizzeria', 'boston', NULL, NULL, 'Boston', 'MA', NULL, 'US', 'Vietnamese', 1, 2, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-70fa-b6af-8c273bfcedce', '01a24dae-f82f-7e97-a510-303dd228396a', 'Blue Grill', 'blue grill', 'somerville', NULL, NULL, 'Somerville', 'MA', NULL, 'US', 'French', 4, 5, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-71ec-94b5-9b1ffd5725d9', '01a24dae-f82f-7e97-a510-303dd228396a', 'Harbor Kitchen', 'harbor kitchen', 'cambridge', NULL, NULL, 'Cambridge', 'MA', NULL, 'US', 'Greek', 1, 2, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-7216-a2c2-41be90c97a61', '01a24dae-f82f-7e97-a510-303dd228396a', 'Golden Bakery', 'golden bakery', 'boston', NULL, NULL, 'Boston', 'MA', NULL, 'US', 'Indian', 1, 4, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-7263-8e10-1463a00882bf', '01a24dae-f82f-7e97-a510-303dd228396a', 'Harbor Grill', 'harbor grill', 'boston', NULL, NULL, 'Boston', 'MA', NULL, 'US', 'Greek', 4, 5, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-72b6-a081-8ac65e7b5d7b', '01a24dae-f82f-7e97-a510-303dd228396a', 'Little Kitchen', 'little kitchen', 'boston', NULL, NULL, 'Boston', 'MA', NULL, 'US', 'Greek', 3, 3, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-73a1-b8c1-183229fe708b', '01a24dae-f82f-7e97-a510-303dd228396a', 'Happy Pizzeria', 'happy pizzeria', 'somerville', NULL, NULL, 'Somerville', 'MA', NULL, 'US', 'Indian', 2, 5, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-73fd-bb05-d517592ef78c', '01a24dae-f82f-7e97-a510-303dd228396a', 'Corner Kitchen', 'corner kitchen', 'cambridge', NULL, NULL, 'Cambridge', 'MA', NULL, 'US', 'American', 2, 1, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-744a-aaea-5864961663a3', '01a24dae-f82f-7e97-a510-303dd228396a', 'Harbor Diner', 'harbor diner', 'brookline', NULL, NULL, 'Brookline', 'MA', NULL, 'US', 'American', 3, 1, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-7487-afb1-87321238508b', '01a24dae-f82f-7e97-a510-303dd228396a', 'Happy Grill', 'happy grill', 'brookline', NULL, NULL, 'Brookline', 'MA', NULL, 'US', 'Italian', 2, 1, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-74d5-b2bf-93533db0b7d6', '01a24dae-f82f-7e97-a510-303dd228396a', 'Harbor Bakery', 'harbor bakery', 'boston', NULL, NULL, 'Boston', 'MA', NULL, 'US', 'Vietnamese', 4, 2, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-7551-8ef6-6c1867f6e8be', '01a24dae-f82f-7e97-a510-303dd228396a', 'Sunny Bistro', 'sunny bistro', 'boston', NULL, NULL, 'Boston', 'MA', NULL, 'US', 'Indian', 2, 4, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-75da-b0a8-717182ed675f', '01a24dae-f82f-7e97-a510-303dd228396a', 'Harbor Kitchen', 'harbor kitchen', 'somerville', NULL, NULL, 'Somerville', 'MA', NULL, 'US', 'Vietnamese', 4, 4, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-75f5-820b-6ca64dd2d11b', '01a24dae-f82f-7e97-a510-303dd228396a', 'Old Town Taqueria', 'old town taqueria', 'brookline', NULL, NULL, 'Brookline', 'MA', NULL, 'US', 'Japanese', 3, 2, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-7633-8f4e-0f0ffe284920', '01a24dae-f82f-7e97-a510-303dd228396a', 'Happy Taqueria', 'happy taqueria', 'somerville', NULL, NULL, 'Somerville', 'MA', NULL, 'US', 'Italian', 4, 1, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-7649-a4b4-8c74bb81be5f', '01a24dae-f82f-7e97-a510-303dd228396a', 'Sunny Trattoria', 'sunny trattoria', 'cambridge', NULL, NULL, 'Cambridge', 'MA', NULL, 'US', 'Italian', 2, 2, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-77db-8fdf-9587a3fead84', '01a24dae-f82f-7e97-a510-303dd228396a', 'Harbor Bistro', 'harbor bistro', 'cambridge', NULL, NULL, 'Cambridge', 'MA', NULL, 'US', 'Chinese', 2, 4, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-7831-aef4-16edbf6a012e', '01a24dae-f82f-7e97-a510-303dd228396a', 'Golden Kitchen', 'golden kitchen', 'brookline', NULL, NULL, 'Brookline', 'MA', NULL, 'US', 'Italian', 4, 5, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-78d0-a0d7-f9aba564bd91', '01a24dae-f82f-7e97-a510-303dd228396a', 'Urban Kitchen', 'urban kitchen', 'boston', NULL, NULL, 'Boston', 'MA', NULL, 'US', 'Vietnamese', 4, 2, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-7b32-b595-c2fa24b8907c', '01a24dae-f82f-7e97-a510-303dd228396a', 'Royal Noodle Bar', 'royal noodle bar', 'cambridge', NULL, NULL, 'Cambridge', 'MA', NULL, 'US', 'Greek', 2, 3, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-7cea-b379-5f50f5b9338c', '01a24dae-f82f-7e97-a510-303dd228396a', 'Lucky Sushi', 'lucky sushi', 'cambridge', NULL, NULL, 'Cambridge', 'MA', NULL, 'US', 'American', 3, 4, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-7d6f-8eb6-34a040520693', '01a24dae-f82f-7e97-a510-303dd228396a', 'Little Kitchen', 'little kitchen', 'brookline', NULL, NULL, 'Brookline', 'MA', NULL, 'US', 'American', 1, 3, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-7d72-b1ff-162402ee4f64', '01a24dae-f82f-7e97-a510-303dd228396a', 'Royal Trattoria', 'royal trattoria', 'boston', NULL, NULL, 'Boston', 'MA', NULL, 'US', 'Mexican', 1, 5, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-7d87-968c-737bb649900b', '01a24dae-f82f-7e97-a510-303dd228396a', 'Sunny Café', 'sunny café', 'cambridge', NULL, NULL, 'Cambridge', 'MA', NULL, 'US', 'American', 4, 2, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-7d8e-8dab-d15a832acb53', '01a24dae-f82f-7e97-a510-303dd228396a', 'Lucky Deli', 'lucky deli', 'somerville', NULL, NULL, 'Somerville', 'MA', NULL, 'US', 'Vietnamese', 4, 1, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-7de2-b95f-1334ff41da77', '01a24dae-f82f-7e97-a510-303dd228396a', 'Urban Bakery', 'urban bakery', 'brookline', NULL, NULL, 'Brookline', 'MA', NULL, 'US', 'Mexican', 3, 5, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-7f1d-a6c5-7c805ed93364', '01a24dae-f82f-7e97-a510-303dd228396a', 'Little Bistro', 'little bistro', 'cambridge', NULL, NULL, 'Cambridge', 'MA', NULL, 'US', 'American', 3, 5, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.restaurants VALUES ('01a24dae-fa7b-7f22-b551-87b10ca04206', '01a24dae-f82f-7e97-a510-303dd228396a', 'Blue Café', 'blue café', 'boston', NULL, NULL, 'Boston', 'MA', NULL, 'US', 'Italian', 1, 5, NULL, NULL, NULL, NULL, 1, '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');


--
-- Data for Name: settings; Type: TABLE DATA; Schema: meals; Owner: -
--

INSERT INTO meals.settings VALUES ('01a24dae-f82f-7e97-a510-303dd228396a', 'USD', 'America/New_York', false, 1, '2026-12-06 23:27:22.431955+00', '2026-12-06 23:27:22.431955+00');


--
-- Data for Name: tags; Type: TABLE DATA; Schema: meals; Owner: -
--

INSERT INTO meals.tags VALUES ('01a24dae-fa5c-709d-b933-f4f116747caf', '01a24dae-f82f-7e97-a510-303dd228396a', 'takeaway', 'takeaway', '#816f3b', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-70c6-b54a-c2478332f515', '01a24dae-f82f-7e97-a510-303dd228396a', 'game-day', 'game-day', '#ce2091', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-70d0-85b8-e35af39f4306', '01a24dae-f82f-7e97-a510-303dd228396a', 'new-place', 'new-place', '#26f620', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-7182-bb2e-c864ade5c881', '01a24dae-f82f-7e97-a510-303dd228396a', 'date-night', 'date-night', '#241280', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-71ad-8b01-a4f70c88da12', '01a24dae-f82f-7e97-a510-303dd228396a', 'work', 'work', '#ab0906', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-71c2-9feb-6c33364d2936', '01a24dae-f82f-7e97-a510-303dd228396a', 'favourite', 'favourite', '#17119e', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-7210-9a7b-5e35884feccc', '01a24dae-f82f-7e97-a510-303dd228396a', 'brunch-club', 'brunch-club', '#41dfd0', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-72fe-8708-2b7e60e48d25', '01a24dae-f82f-7e97-a510-303dd228396a', 'vegetarian', 'vegetarian', '#0b4d3a', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-73cf-8edc-fe673f73638b', '01a24dae-f82f-7e97-a510-303dd228396a', 'anniversary', 'anniversary', '#d06b4e', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-7406-818f-8326ae337093', '01a24dae-f82f-7e97-a510-303dd228396a', 'outdoor', 'outdoor', '#b484d9', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-74ad-8efe-ef1bd3f1848a', '01a24dae-f82f-7e97-a510-303dd228396a', 'travel', 'travel', '#b972d3', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-7557-bf0d-ffdb5a615013', '01a24dae-f82f-7e97-a510-303dd228396a', 'airport', 'airport', '#2fb67f', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-75cc-9b36-abb547c04990', '01a24dae-f82f-7e97-a510-303dd228396a', 'happy-hour', 'happy-hour', '#8433b0', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-76d4-b776-f5870fe5239c', '01a24dae-f82f-7e97-a510-303dd228396a', 'coupon', 'coupon', '#9549fe', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-7711-b9ee-af22712a8347', '01a24dae-f82f-7e97-a510-303dd228396a', 'friends', 'friends', '#85d3e1', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-7756-851b-f4c1dca37640', '01a24dae-f82f-7e97-a510-303dd228396a', 'dessert', 'dessert', '#e7fd8f', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-775c-8ce5-867e3af91e0f', '01a24dae-f82f-7e97-a510-303dd228396a', 'rainy-day', 'rainy-day', '#618739', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-778f-bbcf-bc28b73862ef', '01a24dae-f82f-7e97-a510-303dd228396a', 'quick', 'quick', '#65c0a0', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-77e8-a95a-db4548fd8ce6', '01a24dae-f82f-7e97-a510-303dd228396a', 'solo', 'solo', '#2b1e81', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-793a-bdc5-6b1f761acf2f', '01a24dae-f82f-7e97-a510-303dd228396a', 'healthy', 'healthy', '#834ee8', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-795a-87ff-01980b43a748', '01a24dae-f82f-7e97-a510-303dd228396a', 'holiday', 'holiday', '#8477ac', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-79f7-bd4c-1cfb75fad766', '01a24dae-f82f-7e97-a510-303dd228396a', 'vegan', 'vegan', '#8a3b83', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-7a23-af77-8e9e835cd464', '01a24dae-f82f-7e97-a510-303dd228396a', 'birthday', 'birthday', '#433946', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-7a2f-af95-4719118ef4b4', '01a24dae-f82f-7e97-a510-303dd228396a', 'weekend', 'weekend', '#429f64', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-7a85-8aa2-dce05d102972', '01a24dae-f82f-7e97-a510-303dd228396a', 'road-trip', 'road-trip', '#0aa065', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-7ad6-9c4c-6d18f21ef204', '01a24dae-f82f-7e97-a510-303dd228396a', 'expensed', 'expensed', '#d23153', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-7ada-85aa-b8d59767fc17', '01a24dae-f82f-7e97-a510-303dd228396a', 'delivery-app', 'delivery-app', '#4ee62c', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-7b28-b6b6-807872b27e34', '01a24dae-f82f-7e97-a510-303dd228396a', 'conference', 'conference', '#090aa7', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-7bf7-9289-630050e43346', '01a24dae-f82f-7e97-a510-303dd228396a', 'client', 'client', '#c2e151', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-7c64-b6c3-67fe3311a9a3', '01a24dae-f82f-7e97-a510-303dd228396a', 'spicy', 'spicy', '#d0f14c', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-7ca2-87c8-a94defa7f914', '01a24dae-f82f-7e97-a510-303dd228396a', 'celebration', 'celebration', '#93c32c', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-7cff-aa5c-283bbedecec1', '01a24dae-f82f-7e97-a510-303dd228396a', 'late-night', 'late-night', '#51facd', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-7d25-93dc-2185930faa17', '01a24dae-f82f-7e97-a510-303dd228396a', 'split-later', 'split-later', '#01032f', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-7d86-9e42-2489411f7db3', '01a24dae-f82f-7e97-a510-303dd228396a', 'bbq', 'bbq', '#25d3ae', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-7dcd-a4f4-0defbd9ec1f6', '01a24dae-f82f-7e97-a510-303dd228396a', 'seafood', 'seafood', '#b60e3a', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-7e84-9e59-664198b99cae', '01a24dae-f82f-7e97-a510-303dd228396a', 'treat', 'treat', '#2c7467', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-7f23-93de-1d9dfce5e013', '01a24dae-f82f-7e97-a510-303dd228396a', 'team-lunch', 'team-lunch', '#3c0dfd', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-7f40-b227-2368ac3685da', '01a24dae-f82f-7e97-a510-303dd228396a', 'kids', 'kids', '#892514', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-7f8a-846f-3c0f9be9959c', '01a24dae-f82f-7e97-a510-303dd228396a', 'family', 'family', '#2021f7', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');
INSERT INTO meals.tags VALUES ('01a24dae-fa5c-7fba-96af-fe43f039908f', '01a24dae-f82f-7e97-a510-303dd228396a', 'coffee-run', 'coffee-run', '#b14d8f', '2026-12-06 23:27:22.659513+00', '2026-12-06 23:27:22.659513+00');


--
-- Name: __EFMigrationsHistory PK___EFMigrationsHistory; Type: CONSTRAINT; Schema: meals; Owner: -
--

ALTER TABLE ONLY meals."__EFMigrationsHistory"
    ADD CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId");


--
-- Name: audit PK_audit; Type: CONSTRAINT; Schema: meals; Owner: -
--

ALTER TABLE ONLY meals.audit
    ADD CONSTRAINT "PK_audit" PRIMARY KEY ("Id");


--
-- Name: budgets PK_budgets; Type: CONSTRAINT; Schema: meals; Owner: -
--

ALTER TABLE ONLY meals.budgets
    ADD CONSTRAINT "PK_budgets" PRIMARY KEY ("Id");


--
-- Name: categories PK_categories; Type: CONSTRAINT; Schema: meals; Owner: -
--

ALTER TABLE ONLY meals.categories
    ADD CONSTRAINT "PK_categories" PRIMARY KEY ("Id");


--
-- Name: data_exports PK_data_exports; Type: CONSTRAINT; Schema: meals; Owner: -
--

ALTER TABLE ONLY meals.data_exports
    ADD CONSTRAINT "PK_data_exports" PRIMARY KEY ("Id");


--
-- Name: expense_tags PK_expense_tags; Type: CONSTRAINT; Schema: meals; Owner: -
--

ALTER TABLE ONLY meals.expense_tags
    ADD CONSTRAINT "PK_expense_tags" PRIMARY KEY ("ExpenseId", "TagId");


--
-- Name: expenses PK_expenses; Type: CONSTRAINT; Schema: meals; Owner: -
--

ALTER TABLE ONLY meals.expenses
    ADD CONSTRAINT "PK_expenses" PRIMARY KEY ("Id");


--
-- Name: idempotency_keys PK_idempotency_keys; Type: CONSTRAINT; Schema: meals; Owner: -
--

ALTER TABLE ONLY meals.idempotency_keys
    ADD CONSTRAINT "PK_idempotency_keys" PRIMARY KEY ("UserId", "Key");


--
-- Name: import_batches PK_import_batches; Type: CONSTRAINT; Schema: meals; Owner: -
--

ALTER TABLE ONLY meals.import_batches
    ADD CONSTRAINT "PK_import_batches" PRIMARY KEY ("Id");


--
-- Name: import_rows PK_import_rows; Type: CONSTRAINT; Schema: meals; Owner: -
--

ALTER TABLE ONLY meals.import_rows
    ADD CONSTRAINT "PK_import_rows" PRIMARY KEY ("Id");


--
-- Name: receipt_uploads PK_receipt_uploads; Type: CONSTRAINT; Schema: meals; Owner: -
--

ALTER TABLE ONLY meals.receipt_uploads
    ADD CONSTRAINT "PK_receipt_uploads" PRIMARY KEY ("Id");


--
-- Name: receipts PK_receipts; Type: CONSTRAINT; Schema: meals; Owner: -
--

ALTER TABLE ONLY meals.receipts
    ADD CONSTRAINT "PK_receipts" PRIMARY KEY ("ExpenseId");


--
-- Name: restaurants PK_restaurants; Type: CONSTRAINT; Schema: meals; Owner: -
--

ALTER TABLE ONLY meals.restaurants
    ADD CONSTRAINT "PK_restaurants" PRIMARY KEY ("Id");


--
-- Name: settings PK_settings; Type: CONSTRAINT; Schema: meals; Owner: -
--

ALTER TABLE ONLY meals.settings
    ADD CONSTRAINT "PK_settings" PRIMARY KEY ("UserId");


--
-- Name: tags PK_tags; Type: CONSTRAINT; Schema: meals; Owner: -
--

ALTER TABLE ONLY meals.tags
    ADD CONSTRAINT "PK_tags" PRIMARY KEY ("Id");


--
-- Name: IX_expenses_RestaurantId; Type: INDEX; Schema: meals; Owner: -
--

CREATE INDEX "IX_expenses_RestaurantId" ON meals.expenses USING btree ("RestaurantId");


--
-- Name: ix_audit_at; Type: INDEX; Schema: meals; Owner: -
--

CREATE INDEX ix_audit_at ON meals.audit USING btree ("At");


--
-- Name: ix_audit_subject; Type: INDEX; Schema: meals; Owner: -
--

CREATE INDEX ix_audit_subject ON meals.audit USING btree ("SubjectUserId");


--
-- Name: ix_data_exports_blob_key; Type: INDEX; Schema: meals; Owner: -
--

CREATE INDEX ix_data_exports_blob_key ON meals.data_exports USING btree ("BlobKey");


--
-- Name: ix_data_exports_user_status; Type: INDEX; Schema: meals; Owner: -
--

CREATE INDEX ix_data_exports_user_status ON meals.data_exports USING btree ("UserId", "Status");


--
-- Name: ix_expense_tags_tag; Type: INDEX; Schema: meals; Owner: -
--

CREATE INDEX ix_expense_tags_tag ON meals.expense_tags USING btree ("TagId");


--
-- Name: ix_expenses_user_category; Type: INDEX; Schema: meals; Owner: -
--

CREATE INDEX ix_expenses_user_category ON meals.expenses USING btree ("UserId", "CategoryId");


--
-- Name: ix_expenses_user_currency_amount; Type: INDEX; Schema: meals; Owner: -
--

CREATE INDEX ix_expenses_user_currency_amount ON meals.expenses USING btree ("UserId", "Currency", "AmountMinor");


--
-- Name: ix_expenses_user_currency_date_cover; Type: INDEX; Schema: meals; Owner: -
--

CREATE INDEX ix_expenses_user_currency_date_cover ON meals.expenses USING btree ("UserId", "Currency", "LocalDate", "AmountMinor", "PartySize", "CategoryId", "RestaurantId", "MealType", "Id");


--
-- Name: ix_expenses_user_date; Type: INDEX; Schema: meals; Owner: -
--

CREATE INDEX ix_expenses_user_date ON meals.expenses USING btree ("UserId", "LocalDate", "Id");


--
-- Name: ix_expenses_user_import; Type: INDEX; Schema: meals; Owner: -
--

CREATE INDEX ix_expenses_user_import ON meals.expenses USING btree ("UserId", "ImportId");


--
-- Name: ix_expenses_user_latest; Type: INDEX; Schema: meals; Owner: -
--

CREATE INDEX ix_expenses_user_latest ON meals.expenses USING btree ("UserId", "LocalDate", "OccurredAt", "Id");


--
-- Name: ix_expenses_user_restaurant; Type: INDEX; Schema: meals; Owner: -
--

CREATE INDEX ix_expenses_user_restaurant ON meals.expenses USING btree ("UserId", "RestaurantId", "LocalDate");


--
-- Name: ix_idempotency_keys_created; Type: INDEX; Schema: meals; Owner: -
--

CREATE INDEX ix_idempotency_keys_created ON meals.idempotency_keys USING btree ("CreatedAt");


--
-- Name: ix_import_batches_status_touched; Type: INDEX; Schema: meals; Owner: -
--

CREATE INDEX ix_import_batches_status_touched ON meals.import_batches USING btree ("Status", "LastTouchedAt");


--
-- Name: ix_import_batches_user; Type: INDEX; Schema: meals; Owner: -
--

CREATE INDEX ix_import_batches_user ON meals.import_batches USING btree ("UserId", "CreatedAt");


--
-- Name: ix_receipt_uploads_at; Type: INDEX; Schema: meals; Owner: -
--

CREATE INDEX ix_receipt_uploads_at ON meals.receipt_uploads USING btree ("At");


--
-- Name: ix_receipt_uploads_user_at; Type: INDEX; Schema: meals; Owner: -
--

CREATE INDEX ix_receipt_uploads_user_at ON meals.receipt_uploads USING btree ("UserId", "At");


--
-- Name: ix_receipts_user; Type: INDEX; Schema: meals; Owner: -
--

CREATE INDEX ix_receipts_user ON meals.receipts USING btree ("UserId");


--
-- Name: ux_budgets_user_scope_currency; Type: INDEX; Schema: meals; Owner: -
--

CREATE UNIQUE INDEX ux_budgets_user_scope_currency ON meals.budgets USING btree ("UserId", "Scope", "Currency");


--
-- Name: ux_categories_user_name; Type: INDEX; Schema: meals; Owner: -
--

CREATE UNIQUE INDEX ux_categories_user_name ON meals.categories USING btree ("UserId", "NormalizedName");


--
-- Name: ux_import_rows_batch_row; Type: INDEX; Schema: meals; Owner: -
--

CREATE UNIQUE INDEX ux_import_rows_batch_row ON meals.import_rows USING btree ("BatchId", "RowNumber");


--
-- Name: ux_receipts_blob_key; Type: INDEX; Schema: meals; Owner: -
--

CREATE UNIQUE INDEX ux_receipts_blob_key ON meals.receipts USING btree ("BlobKey");


--
-- Name: ux_restaurants_user_name_city; Type: INDEX; Schema: meals; Owner: -
--

CREATE UNIQUE INDEX ux_restaurants_user_name_city ON meals.restaurants USING btree ("UserId", "NormalizedName", "NormalizedCity");


--
-- Name: ux_tags_user_name; Type: INDEX; Schema: meals; Owner: -
--

CREATE UNIQUE INDEX ux_tags_user_name ON meals.tags USING btree ("UserId", "NormalizedName");


--
-- Name: expense_tags fk_expense_tags_expense; Type: FK CONSTRAINT; Schema: meals; Owner: -
--

ALTER TABLE ONLY meals.expense_tags
    ADD CONSTRAINT fk_expense_tags_expense FOREIGN KEY ("ExpenseId") REFERENCES meals.expenses("Id") ON DELETE CASCADE;


--
-- Name: expense_tags fk_expense_tags_tag; Type: FK CONSTRAINT; Schema: meals; Owner: -
--

ALTER TABLE ONLY meals.expense_tags
    ADD CONSTRAINT fk_expense_tags_tag FOREIGN KEY ("TagId") REFERENCES meals.tags("Id") ON DELETE CASCADE;


--
-- Name: expenses fk_expenses_restaurant; Type: FK CONSTRAINT; Schema: meals; Owner: -
--

ALTER TABLE ONLY meals.expenses
    ADD CONSTRAINT fk_expenses_restaurant FOREIGN KEY ("RestaurantId") REFERENCES meals.restaurants("Id") ON DELETE RESTRICT;


--
-- Name: import_rows fk_import_rows_batch; Type: FK CONSTRAINT; Schema: meals; Owner: -
--

ALTER TABLE ONLY meals.import_rows
    ADD CONSTRAINT fk_import_rows_batch FOREIGN KEY ("BatchId") REFERENCES meals.import_batches("Id") ON DELETE CASCADE;


--
-- Name: receipts fk_receipts_expense; Type: FK CONSTRAINT; Schema: meals; Owner: -
--

ALTER TABLE ONLY meals.receipts
    ADD CONSTRAINT fk_receipts_expense FOREIGN KEY ("ExpenseId") REFERENCES meals.expenses("Id") ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


