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
-- Name: shop; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA shop;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: __EFMigrationsHistory; Type: TABLE; Schema: shop; Owner: -
--

CREATE TABLE shop."__EFMigrationsHistory" (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL
);


--
-- Name: audit_entries; Type: TABLE; Schema: shop; Owner: -
--

CREATE TABLE shop.audit_entries (
    "Id" uuid NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "ActorId" uuid,
    "ActorKind" character varying(20) NOT NULL,
    "Action" character varying(50) NOT NULL,
    "EntityType" character varying(50) NOT NULL,
    "EntityId" character varying(100) NOT NULL,
    "Before" text,
    "After" text,
    "Reason" character varying(500),
    "RequestId" character varying(100),
    "Ip" character varying(64),
    "UserAgent" character varying(300)
);


--
-- Name: ledger_entries; Type: TABLE; Schema: shop; Owner: -
--

CREATE TABLE shop.ledger_entries (
    "Id" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "Sequence" integer NOT NULL,
    "Type" character varying(20) NOT NULL,
    "Source" character varying(20) NOT NULL,
    "Amount" integer NOT NULL,
    "BalanceAfter" integer NOT NULL,
    "Reason" character varying(500) NOT NULL,
    "OperatorId" uuid,
    "OperatorKind" character varying(20) NOT NULL,
    "OrderId" uuid,
    "BatchId" uuid,
    "LotId" uuid,
    "Period" character varying(7),
    "IdempotencyKey" character varying(100),
    "RequestHash" character varying(64),
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "CK_ledger_entries_amount" CHECK (("Amount" <> 0)),
    CONSTRAINT "CK_ledger_entries_balance_after" CHECK (("BalanceAfter" >= 0))
);


--
-- Name: lot_consumptions; Type: TABLE; Schema: shop; Owner: -
--

CREATE TABLE shop.lot_consumptions (
    "EntryId" uuid NOT NULL,
    "LotId" uuid NOT NULL,
    "Points" integer NOT NULL,
    CONSTRAINT "CK_lot_consumptions_points" CHECK (("Points" > 0))
);


--
-- Name: monthly_allocations; Type: TABLE; Schema: shop; Owner: -
--

CREATE TABLE shop.monthly_allocations (
    "UserId" uuid NOT NULL,
    "Period" character varying(7) NOT NULL,
    "Amount" integer NOT NULL,
    "EntryId" uuid,
    "SkipReason" character varying(50),
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "CK_monthly_allocations_amount" CHECK (("Amount" >= 0))
);


--
-- Name: orders; Type: TABLE; Schema: shop; Owner: -
--

CREATE TABLE shop.orders (
    "Id" uuid NOT NULL,
    "OrderNumber" character varying(20) NOT NULL,
    "UserId" uuid NOT NULL,
    "ProductId" uuid NOT NULL,
    "ProductName" character varying(200) NOT NULL,
    "UnitCost" integer NOT NULL,
    "Quantity" integer NOT NULL,
    "TotalCost" integer NOT NULL,
    "Status" character varying(20) NOT NULL,
    "IdempotencyKey" character varying(100) NOT NULL,
    "RequestHash" character varying(64) NOT NULL,
    "PlacedAt" timestamp with time zone NOT NULL,
    "FulfilledAt" timestamp with time zone,
    "FulfilledBy" uuid,
    "FulfilmentNote" character varying(500),
    "CancelledAt" timestamp with time zone,
    "CancelledBy" uuid,
    "CancelledByKind" character varying(20),
    "CancelReason" character varying(500),
    "Restocked" boolean NOT NULL,
    CONSTRAINT "CK_orders_quantity" CHECK (("Quantity" >= 1)),
    CONSTRAINT "CK_orders_total" CHECK (("TotalCost" = ("UnitCost" * "Quantity")))
);


--
-- Name: points_accounts; Type: TABLE; Schema: shop; Owner: -
--

CREATE TABLE shop.points_accounts (
    "UserId" uuid NOT NULL,
    "EmployeeNumber" character varying(32),
    "Department" character varying(100),
    "Balance" integer NOT NULL,
    "AllocationOverride" integer,
    "OnboardingGrantedAt" timestamp with time zone,
    "LastActivityAt" timestamp with time zone,
    "EntryCount" integer NOT NULL,
    "Version" integer NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "CK_points_accounts_balance" CHECK (("Balance" >= 0))
);


--
-- Name: points_batches; Type: TABLE; Schema: shop; Owner: -
--

CREATE TABLE shop.points_batches (
    "Id" uuid NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "Reason" character varying(500) NOT NULL,
    "ExpiresAt" timestamp with time zone,
    "RowCount" integer NOT NULL,
    "TotalPoints" integer NOT NULL,
    "OperatorId" uuid NOT NULL,
    "IdempotencyKey" character varying(100),
    "RequestHash" character varying(64),
    "CreatedAt" timestamp with time zone NOT NULL
);


--
-- Name: points_lots; Type: TABLE; Schema: shop; Owner: -
--

CREATE TABLE shop.points_lots (
    "Id" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "SourceEntryId" uuid NOT NULL,
    "Amount" integer NOT NULL,
    "Remaining" integer NOT NULL,
    "GrantedAt" timestamp with time zone NOT NULL,
    "ExpiresAt" timestamp with time zone,
    "ExpiredAt" timestamp with time zone,
    CONSTRAINT "CK_points_lots_amount" CHECK (("Amount" > 0)),
    CONSTRAINT "CK_points_lots_remaining" CHECK ((("Remaining" >= 0) AND ("Remaining" <= "Amount")))
);


--
-- Name: products; Type: TABLE; Schema: shop; Owner: -
--

CREATE TABLE shop.products (
    "Id" uuid NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Description" character varying(2000) NOT NULL,
    "UsageNotes" character varying(1000) NOT NULL,
    "Category" character varying(50) NOT NULL,
    "CategoryKey" character varying(50) NOT NULL,
    "SearchText" text NOT NULL,
    "PointsCost" integer NOT NULL,
    "Stock" integer NOT NULL,
    "IsActive" boolean NOT NULL,
    "MaxPerEmployeePerMonth" integer,
    "ImageKey" character varying(100),
    "ImageContentType" character varying(20),
    "ImageBytes" integer,
    "ImageWidth" integer,
    "ImageHeight" integer,
    "Version" integer NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" uuid NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "CK_products_cost" CHECK (("PointsCost" > 0)),
    CONSTRAINT "CK_products_stock" CHECK (("Stock" >= 0))
);


--
-- Name: stock_movements; Type: TABLE; Schema: shop; Owner: -
--

CREATE TABLE shop.stock_movements (
    "Id" uuid NOT NULL,
    "ProductId" uuid NOT NULL,
    "Delta" integer NOT NULL,
    "StockAfter" integer NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "OrderId" uuid,
    "Reason" character varying(500),
    "OperatorId" uuid,
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "CK_stock_movements_delta" CHECK (("Delta" <> 0)),
    CONSTRAINT "CK_stock_movements_stock_after" CHECK (("StockAfter" >= 0))
);


--
-- Data for Name: __EFMigrationsHistory; Type: TABLE DATA; Schema: shop; Owner: -
--

INSERT INTO shop."__EFMigrationsHistory" VALUES ('20261201000000_ShopInitial', '10.0.14');
INSERT INTO shop."__EFMigrationsHistory" VALUES ('20261221000000_CatalogueSortIndexes', '10.0.14');


--
-- Data for Name: audit_entries; Type: TABLE DATA; Schema: shop; Owner: -
--

INSERT INTO shop.audit_entries VALUES ('01a24dae-da85-7fba-8db7-42b1931e5a42', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-d977-7c81-bc78-6995bec5b3df', NULL, '{"id":"01a24dae-d977-7c81-bc78-6995bec5b3df","name":"Wireless earbuds","description":"Wireless earbuds \u2014 a favourite in gadgets.","usageNotes":"","category":"Gadgets","pointsCost":2500,"stock":173,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"c7682dad811741c49dd30b98be5c0526","imageContentType":"image/png","imageBytes":2060,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db14-7793-9edb-26877a9d7482', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db13-7a44-b73e-9f708d3e485f', NULL, '{"id":"01a24dae-db13-7a44-b73e-9f708d3e485f","name":"Power bank 10,000 mAh","description":"Power bank 10,000 mAh \u2014 a favourite in gadgets.","usageNotes":"","category":"Gadgets","pointsCost":1750,"stock":49,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"cca5866bae4945c6897dbd9c4c66511a","imageContentType":"image/png","imageBytes":1704,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db15-7166-bf6f-fd3a65596458', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db15-757f-a197-e9d04a4a2ae2', NULL, '{"id":"01a24dae-db15-757f-a197-e9d04a4a2ae2","name":"Bluetooth speaker","description":"Bluetooth speaker \u2014 a favourite in gadgets.","usageNotes":"","category":"Gadgets","pointsCost":1400,"stock":121,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"30a7783e2b524083aa143762d8c1337b","imageContentType":"image/png","imageBytes":2223,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db17-798d-8d76-f0cd5ead226c', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db17-7aa5-bce7-c45c9d93ca81', NULL, '{"id":"01a24dae-db17-7aa5-bce7-c45c9d93ca81","name":"USB-C hub","description":"USB-C hub \u2014 a favourite in gadgets.","usageNotes":"","category":"Gadgets","pointsCost":1550,"stock":41,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"39eae461cf1243ca9579d7dbe75cfae2","imageContentType":"image/png","imageBytes":2060,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db18-72bf-9106-7ac18720c681', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db18-7f02-91f5-3fc36d2810a3', NULL, '{"id":"01a24dae-db18-7f02-91f5-3fc36d2810a3","name":"Smart plug","description":"Smart plug \u2014 a favourite in gadgets.","usageNotes":"","category":"Gadgets","pointsCost":100,"stock":141,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"ff960ceb86bf4a20ab991d05d89165ee","imageContentType":"image/png","imageBytes":1704,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db19-7dc0-94ed-21478eb0452a', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db19-76c1-be86-8db99d1766a8', NULL, '{"id":"01a24dae-db19-76c1-be86-8db99d1766a8","name":"Fitness band","description":"Fitness band \u2014 a favourite in gadgets.","usageNotes":"","category":"Gadgets","pointsCost":1150,"stock":196,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"f4d826c285df4c44991b9a316f53359b","imageContentType":"image/png","imageBytes":2223,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db1a-7012-98e0-448158089c90', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db1a-75a5-ba19-b10f0a8f6b19', NULL, '{"id":"01a24dae-db1a-75a5-ba19-b10f0a8f6b19","name":"Noise-cancelling headphones","description":"Noise-cancelling headphones \u2014 a favourite in gadgets.","usageNotes":"","category":"Gadgets","pointsCost":2550,"stock":184,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"b816101e738844bfad55cfe5d80a4583","imageContentType":"image/png","imageBytes":2060,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db1b-7b3c-b11e-d4faf3677e3b', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db1b-745b-a9a4-80b232edda5f', NULL, '{"id":"01a24dae-db1b-745b-a9a4-80b232edda5f","name":"Webcam HD","description":"Webcam HD \u2014 a favourite in gadgets.","usageNotes":"","category":"Gadgets","pointsCost":600,"stock":146,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"5d7bee1ac3a748ac871ec65bcd58a29f","imageContentType":"image/png","imageBytes":1704,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db1d-723c-b9b5-0a3d54ded902', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db1d-7304-b513-8cc82a0440fd', NULL, '{"id":"01a24dae-db1d-7304-b513-8cc82a0440fd","name":"Mechanical keyboard","description":"Mechanical keyboard \u2014 a favourite in gadgets.","usageNotes":"","category":"Gadgets","pointsCost":2850,"stock":180,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"ea71fc2321cc4d2ebbb5c5724e636d13","imageContentType":"image/png","imageBytes":2223,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db1e-77af-8e61-dec7a0e2cd97', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db1d-717f-a91a-393357ff87fd', NULL, '{"id":"01a24dae-db1d-717f-a91a-393357ff87fd","name":"Coffee shop card","description":"Coffee shop card \u2014 a favourite in gift cards.","usageNotes":"The code is e-mailed within two working days.","category":"Gift cards","pointsCost":1400,"stock":164,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"255800f340ed48b5a11056c31cb0337e","imageContentType":"image/png","imageBytes":2064,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db1e-7b8e-a936-dddf2db180e6', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db1e-77a1-95a2-181d366b7b4f', NULL, '{"id":"01a24dae-db1e-77a1-95a2-181d366b7b4f","name":"Bookstore card","description":"Bookstore card \u2014 a favourite in gift cards.","usageNotes":"The code is e-mailed within two working days.","category":"Gift cards","pointsCost":1100,"stock":181,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"a29228052878416ea5547231c63c8dfb","imageContentType":"image/png","imageBytes":1710,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db1f-7799-a879-d2d6bbe84059', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db1f-7398-855f-3fb58478d5e3', NULL, '{"id":"01a24dae-db1f-7398-855f-3fb58478d5e3","name":"Cinema voucher","description":"Cinema voucher \u2014 a favourite in gift cards.","usageNotes":"The code is e-mailed within two working days.","category":"Gift cards","pointsCost":1150,"stock":24,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"e4f387291659448ab25acdb1051c7058","imageContentType":"image/png","imageBytes":2227,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db20-7b4a-b27b-c7d6d8d25b6c', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db20-74e5-9855-b324dae43464', NULL, '{"id":"01a24dae-db20-74e5-9855-b324dae43464","name":"Online store card","description":"Online store card \u2014 a favourite in gift cards.","usageNotes":"The code is e-mailed within two working days.","category":"Gift cards","pointsCost":950,"stock":121,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"4d28e4c3cd80425a9978db6b548c31b0","imageContentType":"image/png","imageBytes":2064,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db21-775f-89db-279bca01971e', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db21-74d7-be44-5aab0b1c3f19', NULL, '{"id":"01a24dae-db21-74d7-be44-5aab0b1c3f19","name":"Grocery card","description":"Grocery card \u2014 a favourite in gift cards.","usageNotes":"The code is e-mailed within two working days.","category":"Gift cards","pointsCost":750,"stock":72,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"249f4d2da5854c5c8a2520139762fe72","imageContentType":"image/png","imageBytes":1710,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db23-74ec-845d-84d99be941c9', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db22-7d06-85ee-51af6c3f5d02', NULL, '{"id":"01a24dae-db22-7d06-85ee-51af6c3f5d02","name":"Streaming month","description":"Streaming month \u2014 a favourite in gift cards.","usageNotes":"The code is e-mailed within two working days.","category":"Gift cards","pointsCost":1400,"stock":112,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"c3d190a4d7614b29be87ae56d0fdc3a1","imageContentType":"image/png","imageBytes":2227,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db23-7deb-87fc-7284e60ffcd5', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db23-7585-a4bf-68ba5eb72829', NULL, '{"id":"01a24dae-db23-7585-a4bf-68ba5eb72829","name":"Music subscription","description":"Music subscription \u2014 a favourite in gift cards.","usageNotes":"The code is e-mailed within two working days.","category":"Gift cards","pointsCost":2900,"stock":56,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"e7ee278c893c4047a64f07049419865e","imageContentType":"image/png","imageBytes":2064,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db3f-770a-944d-7785b263f921', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db3e-7e62-8d78-d4fdc446abb8', NULL, '{"id":"01a24dae-db3e-7e62-8d78-d4fdc446abb8","name":"Ride credit","description":"Ride credit \u2014 a favourite in gift cards.","usageNotes":"The code is e-mailed within two working days.","category":"Gift cards","pointsCost":350,"stock":82,"isActive":false,"maxPerEmployeePerMonth":null,"imageKey":"1f0b2807485d4ef38f2be6038871ada2","imageContentType":"image/png","imageBytes":1710,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db40-74b2-a789-eb378adef1f2', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db40-72fb-96bf-62414a1bc884', NULL, '{"id":"01a24dae-db40-72fb-96bf-62414a1bc884","name":"Yoga mat","description":"Yoga mat \u2014 a favourite in wellness.","usageNotes":"","category":"Wellness","pointsCost":1750,"stock":28,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"f16b2350c2f541ab85f94441a55b87d6","imageContentType":"image/png","imageBytes":2223,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db41-75f2-a846-181782cd2830', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db41-7588-906b-2aeb9624ec54', NULL, '{"id":"01a24dae-db41-7588-906b-2aeb9624ec54","name":"Massage voucher","description":"Massage voucher \u2014 a favourite in wellness.","usageNotes":"","category":"Wellness","pointsCost":1350,"stock":192,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"2807c2b1fdba44a5be086ec2b8d77efc","imageContentType":"image/png","imageBytes":2056,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db42-7e0a-8b9a-42202a982ca3', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db42-735d-8752-f31edf4d16dd', NULL, '{"id":"01a24dae-db42-735d-8752-f31edf4d16dd","name":"Water bottle","description":"Water bottle \u2014 a favourite in wellness.","usageNotes":"","category":"Wellness","pointsCost":500,"stock":69,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"8ec650483d5447589fc375d01cf7bc88","imageContentType":"image/png","imageBytes":1702,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db43-70d4-a402-5fc468cfb975', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db43-7d47-991e-3ee04d810074', NULL, '{"id":"01a24dae-db43-7d47-991e-3ee04d810074","name":"Gym day pass","description":"Gym day pass \u2014 a favourite in wellness.","usageNotes":"","category":"Wellness","pointsCost":900,"stock":2,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"d6d9a56eadb64e94969e91de2607ebec","imageContentType":"image/png","imageBytes":2223,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db44-7e68-affa-779b93087c29', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db44-7644-864a-b3293cf34202', NULL, '{"id":"01a24dae-db44-7644-864a-b3293cf34202","name":"Meditation app year","description":"Meditation app year \u2014 a favourite in wellness.","usageNotes":"","category":"Wellness","pointsCost":1400,"stock":47,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"f1a08a87d34649d397b824eea7055e18","imageContentType":"image/png","imageBytes":2056,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db45-7228-9f00-c9ad0fe63b01', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db45-725b-a835-e8ef8f6f5b27', NULL, '{"id":"01a24dae-db45-725b-a835-e8ef8f6f5b27","name":"Running socks","description":"Running socks \u2014 a favourite in wellness.","usageNotes":"","category":"Wellness","pointsCost":1800,"stock":135,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"34fce116b0f04b438537ff13de98129d","imageContentType":"image/png","imageBytes":1702,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db46-70df-af61-d98a12612a40', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db46-73d1-801a-5fe68d8cb2d1', NULL, '{"id":"01a24dae-db46-73d1-801a-5fe68d8cb2d1","name":"Foam roller","description":"Foam roller \u2014 a favourite in wellness.","usageNotes":"","category":"Wellness","pointsCost":550,"stock":31,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"189cc30cde9747b591912b5edaeff873","imageContentType":"image/png","imageBytes":2223,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db47-71bd-ae7b-9d4327fedc86', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db47-7a46-933a-d665096e4089', NULL, '{"id":"01a24dae-db47-7a46-933a-d665096e4089","name":"Resistance bands","description":"Resistance bands \u2014 a favourite in wellness.","usageNotes":"","category":"Wellness","pointsCost":1800,"stock":130,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"827101d7b24b40c5a27df0c21b5a5da5","imageContentType":"image/png","imageBytes":2056,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db48-724c-b1a4-146ba7159d03', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db48-769c-9663-eebcc2c82864', NULL, '{"id":"01a24dae-db48-769c-9663-eebcc2c82864","name":"Desk plant","description":"Desk plant \u2014 a favourite in home.","usageNotes":"","category":"Home","pointsCost":1050,"stock":152,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"48f949e689e34791a66cc6e7440ee840","imageContentType":"image/png","imageBytes":1706,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db49-7410-9a2b-04e8fe16a984', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db49-7139-9a58-0dd365935e82', NULL, '{"id":"01a24dae-db49-7139-9a58-0dd365935e82","name":"Scented candle","description":"Scented candle \u2014 a favourite in home.","usageNotes":"","category":"Home","pointsCost":1200,"stock":196,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"988249ce758d496582d6770d6077aca3","imageContentType":"image/png","imageBytes":2223,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db4a-76fb-bf22-f3d2e3e2b73d', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db4a-7c1e-8558-9a0b9f374574', NULL, '{"id":"01a24dae-db4a-7c1e-8558-9a0b9f374574","name":"Coffee mug set","description":"Coffee mug set \u2014 a favourite in home.","usageNotes":"","category":"Home","pointsCost":2800,"stock":83,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"cfbad8ec68f84cda896e31fcee704217","imageContentType":"image/png","imageBytes":2058,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db4b-752b-90ff-9ec582f61b85', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db4b-7567-9e7f-8a89906e320e', NULL, '{"id":"01a24dae-db4b-7567-9e7f-8a89906e320e","name":"Throw blanket","description":"Throw blanket \u2014 a favourite in home.","usageNotes":"","category":"Home","pointsCost":1600,"stock":159,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"5cd066283ac54fe3a798148cfed5debe","imageContentType":"image/png","imageBytes":1706,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db4c-7a1a-92c6-bd158051ebd3', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db4c-75ad-aa0e-e0a256ae37da', NULL, '{"id":"01a24dae-db4c-75ad-aa0e-e0a256ae37da","name":"Desk lamp","description":"Desk lamp \u2014 a favourite in home.","usageNotes":"","category":"Home","pointsCost":200,"stock":187,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"a2aa429ece9641bfbb145ef9cc6fe330","imageContentType":"image/png","imageBytes":2223,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db4d-7cdd-869b-5dbfff597e17', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db4d-75c0-ab95-b1120b3008c2', NULL, '{"id":"01a24dae-db4d-75c0-ab95-b1120b3008c2","name":"Tea sampler","description":"Tea sampler \u2014 a favourite in home.","usageNotes":"","category":"Home","pointsCost":100,"stock":2,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"851f64d757204e51b5391177fa8b584e","imageContentType":"image/png","imageBytes":2058,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db4e-7558-b455-281b6343dabd', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db4e-7367-be19-0ad115159ce1', NULL, '{"id":"01a24dae-db4e-7367-be19-0ad115159ce1","name":"Cutting board","description":"Cutting board \u2014 a favourite in home.","usageNotes":"","category":"Home","pointsCost":550,"stock":72,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"5243d5472a564c41bccf3d7e9eb153d6","imageContentType":"image/png","imageBytes":1706,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db4f-794d-be60-6baa1207bda3', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db4f-7765-b613-26c6e6559c44', NULL, '{"id":"01a24dae-db4f-7765-b613-26c6e6559c44","name":"Picture frame","description":"Picture frame \u2014 a favourite in home.","usageNotes":"","category":"Home","pointsCost":2850,"stock":168,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"b0dd08e465a549b1b950764334636753","imageContentType":"image/png","imageBytes":2223,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db53-7f8a-9354-6009613f8582', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db53-7b61-b193-78a1b04c3760', NULL, '{"id":"01a24dae-db53-7b61-b193-78a1b04c3760","name":"Cushion","description":"Cushion \u2014 a favourite in home.","usageNotes":"","category":"Home","pointsCost":2050,"stock":185,"isActive":false,"maxPerEmployeePerMonth":null,"imageKey":"d44ecd298c924025b10dac60f27f4389","imageContentType":"image/png","imageBytes":2058,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db54-7dd6-8b7a-f91e7eaa87fc', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db54-7fef-8c21-bd25c6b106dc', NULL, '{"id":"01a24dae-db54-7fef-8c21-bd25c6b106dc","name":"Leadership classic","description":"Leadership classic \u2014 a favourite in books.","usageNotes":"","category":"Books","pointsCost":2250,"stock":27,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"2b090e13ad904df2afc78191eb74ab3f","imageContentType":"image/png","imageBytes":1700,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db55-7493-b698-6e7b15b8a5bf', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db55-7dfe-a068-a9830fc713a1', NULL, '{"id":"01a24dae-db55-7dfe-a068-a9830fc713a1","name":"Cookbook","description":"Cookbook \u2014 a favourite in books.","usageNotes":"","category":"Books","pointsCost":1400,"stock":156,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"db8f00b0ea7f4b4a951fcc3a73f7daec","imageContentType":"image/png","imageBytes":2219,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db56-71f3-be6b-c4333d11091e', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db56-7b75-96b8-615cda55975e', NULL, '{"id":"01a24dae-db56-7b75-96b8-615cda55975e","name":"Sci-fi trilogy","description":"Sci-fi trilogy \u2014 a favourite in books.","usageNotes":"","category":"Books","pointsCost":550,"stock":146,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"bdff4d2d8bfc4f3993031c7be32bea99","imageContentType":"image/png","imageBytes":2050,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db5b-7aee-b8f7-8b3ea2d85db9', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db5b-701e-b30d-26d82abaa9de', NULL, '{"id":"01a24dae-db5b-701e-b30d-26d82abaa9de","name":"Travel guide","description":"Travel guide \u2014 a favourite in books.","usageNotes":"","category":"Books","pointsCost":2450,"stock":123,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"6b62d4a76fcd4f26861f2d42ab8f3238","imageContentType":"image/png","imageBytes":1700,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db5f-79f6-8c20-6d43d0ee11e4', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db5f-7b38-8fd1-295313461147', NULL, '{"id":"01a24dae-db5f-7b38-8fd1-295313461147","name":"Design handbook","description":"Design handbook \u2014 a favourite in books.","usageNotes":"","category":"Books","pointsCost":2850,"stock":80,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"3ea9f32a3a7a4e9982af6e2ef1192e14","imageContentType":"image/png","imageBytes":2219,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db63-7e47-9c8a-4b111ec4a2f9', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db63-755f-b0b7-f4b3f6f9d537', NULL, '{"id":"01a24dae-db63-755f-b0b7-f4b3f6f9d537","name":"Notebook set","description":"Notebook set \u2014 a favourite in books.","usageNotes":"","category":"Books","pointsCost":1800,"stock":189,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"d97059557e444a15975be2646506ca80","imageContentType":"image/png","imageBytes":2050,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db6f-7a16-a263-04eaa26e26c2', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db6f-7e89-a0b9-08232e6e5b89', NULL, '{"id":"01a24dae-db6f-7e89-a0b9-08232e6e5b89","name":"Kids\u0027 picture book","description":"Kids\u0027 picture book \u2014 a favourite in books.","usageNotes":"","category":"Books","pointsCost":1000,"stock":116,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"4285d743d48a4584ba46f8a686a7d11e","imageContentType":"image/png","imageBytes":1700,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db71-70bd-960d-3990fffd2624', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db71-7345-9d02-0e4256795891', NULL, '{"id":"01a24dae-db71-7345-9d02-0e4256795891","name":"Language course","description":"Language course \u2014 a favourite in books.","usageNotes":"","category":"Books","pointsCost":1150,"stock":48,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"34387dbaa6c44c8b942834322ac4c7f2","imageContentType":"image/png","imageBytes":2219,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db72-73c5-ae9b-6d99c49ecf4a', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db72-749d-8f43-a9bde7a59d38', NULL, '{"id":"01a24dae-db72-749d-8f43-a9bde7a59d38","name":"Escape room for two","description":"Escape room for two \u2014 a favourite in experiences.","usageNotes":"","category":"Experiences","pointsCost":1750,"stock":136,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"105b64ed72db41b4adc52be1af4afd92","imageContentType":"image/png","imageBytes":1979,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db73-7b32-be1a-8b7feef074f9', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db73-7e23-a7d9-dbec0ed783e9', NULL, '{"id":"01a24dae-db73-7e23-a7d9-dbec0ed783e9","name":"Cooking class","description":"Cooking class \u2014 a favourite in experiences.","usageNotes":"","category":"Experiences","pointsCost":450,"stock":184,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"6aaded1353d6476c9d1c8abf9fd036bb","imageContentType":"image/png","imageBytes":1631,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db74-73e8-8a14-7e95b448c841', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db74-73e3-9c8d-fc9c490ec48b', NULL, '{"id":"01a24dae-db74-73e3-9c8d-fc9c490ec48b","name":"Museum pass","description":"Museum pass \u2014 a favourite in experiences.","usageNotes":"","category":"Experiences","pointsCost":2400,"stock":2,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"f92e22f32c174880b2208f3d785de401","imageContentType":"image/png","imageBytes":2156,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db75-7ced-8fb3-5810f7ce4c13', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db75-72e9-8695-f8ab7e3d8ea4', NULL, '{"id":"01a24dae-db75-72e9-8695-f8ab7e3d8ea4","name":"Concert ticket","description":"Concert ticket \u2014 a favourite in experiences.","usageNotes":"","category":"Experiences","pointsCost":1650,"stock":61,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"43d754e9502c4ecb8703d8f94b27c25c","imageContentType":"image/png","imageBytes":1979,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db76-71db-8650-4d2419121bea', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db76-7233-a9c1-705285855fe6', NULL, '{"id":"01a24dae-db76-7233-a9c1-705285855fe6","name":"Climbing session","description":"Climbing session \u2014 a favourite in experiences.","usageNotes":"","category":"Experiences","pointsCost":1800,"stock":181,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"651f9c7565854231b8e5b68f61fb9085","imageContentType":"image/png","imageBytes":1631,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db77-7077-a7e1-1a7a5183d002', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db77-7bcb-8b23-c8578e5c5882', NULL, '{"id":"01a24dae-db77-7bcb-8b23-c8578e5c5882","name":"Wine tasting","description":"Wine tasting \u2014 a favourite in experiences.","usageNotes":"","category":"Experiences","pointsCost":450,"stock":129,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"7b140b5ba38f4a6f92f91f0722143ee6","imageContentType":"image/png","imageBytes":2156,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db78-7bfd-a654-a1880572058f', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db78-7f93-b708-21099ff2fefc', NULL, '{"id":"01a24dae-db78-7f93-b708-21099ff2fefc","name":"Boat tour","description":"Boat tour \u2014 a favourite in experiences.","usageNotes":"","category":"Experiences","pointsCost":2300,"stock":41,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"8eade6e91c0e41a8b348d709e939808c","imageContentType":"image/png","imageBytes":1979,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-db79-7e6a-9fd4-f57c802ac278', '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'product.create', 'product', '01a24dae-db79-7fa4-9063-b9485efafee3', NULL, '{"id":"01a24dae-db79-7fa4-9063-b9485efafee3","name":"Pottery workshop","description":"Pottery workshop \u2014 a favourite in experiences.","usageNotes":"","category":"Experiences","pointsCost":350,"stock":55,"isActive":true,"maxPerEmployeePerMonth":null,"imageKey":"70ba2e38a40d4e448093240d5d2bb46d","imageContentType":"image/png","imageBytes":1631,"version":1}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e4d3-7cf1-bc25-0f28171d35d0', '2026-11-06 10:26:00+00', '01a24daa-8a7a-75d9-8dca-edf6950981fb', 'employee', 'order.place', 'order', '01a24dae-e418-73f4-a75e-25bbdfef5032', NULL, '{"id":"01a24dae-e418-73f4-a75e-25bbdfef5032","orderNumber":"S261106-KZEBM9","userId":"01a24daa-8a7a-75d9-8dca-edf6950981fb","productId":"01a24dae-db6f-7e89-a0b9-08232e6e5b89","productName":"Kids\u0027 picture book","unitCost":1000,"quantity":1,"totalCost":1000,"status":0,"placedAt":"2026-11-06T10:26:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e5ab-7438-97d6-3080c60f16b5', '2026-11-07 09:36:00+00', '01a24daa-945f-7bc0-8430-27e194871cd3', 'employee', 'order.place', 'order', '01a24dae-e5a9-72b2-b166-0abe233737a9', NULL, '{"id":"01a24dae-e5a9-72b2-b166-0abe233737a9","orderNumber":"S261107-5PWRDX","userId":"01a24daa-945f-7bc0-8430-27e194871cd3","productId":"01a24dae-db77-7bcb-8b23-c8578e5c5882","productName":"Wine tasting","unitCost":450,"quantity":1,"totalCost":450,"status":0,"placedAt":"2026-11-07T09:36:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e5b8-709f-8b26-244329434f88', '2026-11-07 10:55:00+00', '01a24daa-8ee0-7183-a467-41e325fa6b0f', 'employee', 'order.place', 'order', '01a24dae-e5b7-79f1-86ba-d816cd676507', NULL, '{"id":"01a24dae-e5b7-79f1-86ba-d816cd676507","orderNumber":"S261107-KZ7NXC","userId":"01a24daa-8ee0-7183-a467-41e325fa6b0f","productId":"01a24dae-db1b-745b-a9a4-80b232edda5f","productName":"Webcam HD","unitCost":600,"quantity":1,"totalCost":600,"status":0,"placedAt":"2026-11-07T10:55:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e5c5-7bf5-88eb-e3039aad4198', '2026-11-08 09:59:00+00', '01a24daa-9a2d-7347-aae9-fa281fa3e286', 'employee', 'order.place', 'order', '01a24dae-e5c4-77c2-a0c2-b73e71d2a448', NULL, '{"id":"01a24dae-e5c4-77c2-a0c2-b73e71d2a448","orderNumber":"S261108-52K2S6","userId":"01a24daa-9a2d-7347-aae9-fa281fa3e286","productId":"01a24dae-db18-7f02-91f5-3fc36d2810a3","productName":"Smart plug","unitCost":100,"quantity":1,"totalCost":100,"status":0,"placedAt":"2026-11-08T09:59:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e5d1-7188-891e-8ef920a8dc79', '2026-11-09 09:07:00+00', '01a24daa-96a3-720d-b9af-257cf5f07308', 'employee', 'order.place', 'order', '01a24dae-e5d0-7525-af37-c0d6e3f4d250', NULL, '{"id":"01a24dae-e5d0-7525-af37-c0d6e3f4d250","orderNumber":"S261109-097C62","userId":"01a24daa-96a3-720d-b9af-257cf5f07308","productId":"01a24dae-db46-73d1-801a-5fe68d8cb2d1","productName":"Foam roller","unitCost":550,"quantity":1,"totalCost":550,"status":0,"placedAt":"2026-11-09T09:07:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e5d8-79d1-8aec-ca2bf965f742', '2026-11-09 10:14:00+00', '01a24daa-a158-7c8f-b1e7-a7816239acd5', 'employee', 'order.place', 'order', '01a24dae-e5d7-742c-b69a-690e2c27afd5', NULL, '{"id":"01a24dae-e5d7-742c-b69a-690e2c27afd5","orderNumber":"S261109-SMW9XN","userId":"01a24daa-a158-7c8f-b1e7-a7816239acd5","productId":"01a24dae-db6f-7e89-a0b9-08232e6e5b89","productName":"Kids\u0027 picture book","unitCost":1000,"quantity":1,"totalCost":1000,"status":0,"placedAt":"2026-11-09T10:14:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e5ec-7970-b26b-e6c3429890cc', '2026-11-09 11:28:00+00', '01a24daa-93b2-7352-8ae7-a50ec9d4ff9c', 'employee', 'order.place', 'order', '01a24dae-e5eb-7fa9-917f-21db17a9fdd0', NULL, '{"id":"01a24dae-e5eb-7fa9-917f-21db17a9fdd0","orderNumber":"S261109-9SADXB","userId":"01a24daa-93b2-7352-8ae7-a50ec9d4ff9c","productId":"01a24dae-db6f-7e89-a0b9-08232e6e5b89","productName":"Kids\u0027 picture book","unitCost":1000,"quantity":1,"totalCost":1000,"status":0,"placedAt":"2026-11-09T11:28:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e600-738b-b062-802dea8624d8', '2026-11-09 12:38:00+00', '01a24daa-8562-7aaa-944a-6c3fd24cc5f9', 'employee', 'order.place', 'order', '01a24dae-e5ff-79f9-ba8f-bb190ed8df20', NULL, '{"id":"01a24dae-e5ff-79f9-ba8f-bb190ed8df20","orderNumber":"S261109-ZAQ410","userId":"01a24daa-8562-7aaa-944a-6c3fd24cc5f9","productId":"01a24dae-db4d-75c0-ab95-b1120b3008c2","productName":"Tea sampler","unitCost":100,"quantity":1,"totalCost":100,"status":0,"placedAt":"2026-11-09T12:38:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e60f-70ac-831f-75892ec15ba5', '2026-11-09 12:49:00+00', '01a24daa-7ef7-7cb9-8233-a27569cd8b08', 'employee', 'order.place', 'order', '01a24dae-e60e-7532-a721-60210ab63e98', NULL, '{"id":"01a24dae-e60e-7532-a721-60210ab63e98","orderNumber":"S261109-0TNBS8","userId":"01a24daa-7ef7-7cb9-8233-a27569cd8b08","productId":"01a24dae-db56-7b75-96b8-615cda55975e","productName":"Sci-fi trilogy","unitCost":550,"quantity":1,"totalCost":550,"status":0,"placedAt":"2026-11-09T12:49:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e61d-7f45-bac6-fbd61bdb78a8', '2026-11-10 09:19:00+00', '01a24daa-87c4-77fa-8926-feec907edef2', 'employee', 'order.place', 'order', '01a24dae-e61c-7d45-84c5-66c1d98f10e3', NULL, '{"id":"01a24dae-e61c-7d45-84c5-66c1d98f10e3","orderNumber":"S261110-63XA2X","userId":"01a24daa-87c4-77fa-8926-feec907edef2","productId":"01a24dae-db20-74e5-9855-b324dae43464","productName":"Online store card","unitCost":950,"quantity":1,"totalCost":950,"status":0,"placedAt":"2026-11-10T09:19:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e624-76e1-8b69-495c025efee8', '2026-11-10 10:41:00+00', '01a24daa-96a3-720d-b9af-257cf5f07308', 'employee', 'order.place', 'order', '01a24dae-e623-7972-8163-f30708b76cf8', NULL, '{"id":"01a24dae-e623-7972-8163-f30708b76cf8","orderNumber":"S261110-S6P6R4","userId":"01a24daa-96a3-720d-b9af-257cf5f07308","productId":"01a24dae-db18-7f02-91f5-3fc36d2810a3","productName":"Smart plug","unitCost":100,"quantity":1,"totalCost":100,"status":0,"placedAt":"2026-11-10T10:41:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e62f-7357-82b1-6fd7551d051a', '2026-11-11 10:17:00+00', '01a24daa-a1e1-7a05-b531-b905cbaa5600', 'employee', 'order.place', 'order', '01a24dae-e62e-7a58-adfe-a0982a4a1f1c', NULL, '{"id":"01a24dae-e62e-7a58-adfe-a0982a4a1f1c","orderNumber":"S261111-9SWGD5","userId":"01a24daa-a1e1-7a05-b531-b905cbaa5600","productId":"01a24dae-db6f-7e89-a0b9-08232e6e5b89","productName":"Kids\u0027 picture book","unitCost":1000,"quantity":1,"totalCost":1000,"status":0,"placedAt":"2026-11-11T10:17:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e635-7ce8-b646-841c899df647', '2026-11-11 10:24:00+00', '01a24daa-945f-7bc0-8430-27e194871cd3', 'employee', 'order.place', 'order', '01a24dae-e634-78fb-8230-e85e4ba23164', NULL, '{"id":"01a24dae-e634-78fb-8230-e85e4ba23164","orderNumber":"S261111-DHZMQW","userId":"01a24daa-945f-7bc0-8430-27e194871cd3","productId":"01a24dae-db4e-7367-be19-0ad115159ce1","productName":"Cutting board","unitCost":550,"quantity":1,"totalCost":550,"status":0,"placedAt":"2026-11-11T10:24:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e63c-7951-9308-7ee09c49b9a7', '2026-11-11 11:17:00+00', '01a24daa-809b-7051-bc16-961ff23c7968', 'employee', 'order.place', 'order', '01a24dae-e63b-79b6-bfc2-054bef1feb5c', NULL, '{"id":"01a24dae-e63b-79b6-bfc2-054bef1feb5c","orderNumber":"S261111-JGF052","userId":"01a24daa-809b-7051-bc16-961ff23c7968","productId":"01a24dae-db43-7d47-991e-3ee04d810074","productName":"Gym day pass","unitCost":900,"quantity":1,"totalCost":900,"status":0,"placedAt":"2026-11-11T11:17:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e643-7542-91f3-364144e18ae3', '2026-11-11 11:30:00+00', '01a24daa-842b-756b-9abd-e36380e7bc8e', 'employee', 'order.place', 'order', '01a24dae-e642-7e71-8dad-b022957fc3de', NULL, '{"id":"01a24dae-e642-7e71-8dad-b022957fc3de","orderNumber":"S261111-R91H2M","userId":"01a24daa-842b-756b-9abd-e36380e7bc8e","productId":"01a24dae-db46-73d1-801a-5fe68d8cb2d1","productName":"Foam roller","unitCost":550,"quantity":1,"totalCost":550,"status":0,"placedAt":"2026-11-11T11:30:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e649-7a20-83f5-703a37ac2f46', '2026-11-11 12:17:00+00', '01a24daa-9f1d-72dc-8477-db169f773274', 'employee', 'order.place', 'order', '01a24dae-e648-790c-b7f4-910a3bd303bf', NULL, '{"id":"01a24dae-e648-790c-b7f4-910a3bd303bf","orderNumber":"S261111-BDZVCT","userId":"01a24daa-9f1d-72dc-8477-db169f773274","productId":"01a24dae-db21-74d7-be44-5aab0b1c3f19","productName":"Grocery card","unitCost":750,"quantity":1,"totalCost":750,"status":0,"placedAt":"2026-11-11T12:17:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e652-73c5-928d-74efe5439f13', '2026-11-12 09:05:00+00', '01a24daa-7dbf-7f6a-87e5-78d448ca15bb', 'employee', 'order.place', 'order', '01a24dae-e651-7040-acb0-7eb150725006', NULL, '{"id":"01a24dae-e651-7040-acb0-7eb150725006","orderNumber":"S261112-2K61MV","userId":"01a24daa-7dbf-7f6a-87e5-78d448ca15bb","productId":"01a24dae-db6f-7e89-a0b9-08232e6e5b89","productName":"Kids\u0027 picture book","unitCost":1000,"quantity":1,"totalCost":1000,"status":0,"placedAt":"2026-11-12T09:05:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e68d-7866-88d7-3fd2e21154da', '2026-11-12 10:16:00+00', '01a24daa-9b63-7f9e-8905-f95e4de2ee9f', 'employee', 'order.place', 'order', '01a24dae-e68c-716f-88ab-5df2c1949cee', NULL, '{"id":"01a24dae-e68c-716f-88ab-5df2c1949cee","orderNumber":"S261112-X9B1MR","userId":"01a24daa-9b63-7f9e-8905-f95e4de2ee9f","productId":"01a24dae-db6f-7e89-a0b9-08232e6e5b89","productName":"Kids\u0027 picture book","unitCost":1000,"quantity":1,"totalCost":1000,"status":0,"placedAt":"2026-11-12T10:16:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e6d1-784f-9d9c-389d916b8d26', '2026-11-13 10:09:00+00', '01a24daa-9db3-7593-b408-f3867a203dbe', 'employee', 'order.place', 'order', '01a24dae-e6cb-773e-8906-0ee54ec93728', NULL, '{"id":"01a24dae-e6cb-773e-8906-0ee54ec93728","orderNumber":"S261113-TVC3VX","userId":"01a24daa-9db3-7593-b408-f3867a203dbe","productId":"01a24dae-db43-7d47-991e-3ee04d810074","productName":"Gym day pass","unitCost":900,"quantity":1,"totalCost":900,"status":0,"placedAt":"2026-11-13T10:09:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e72b-769e-a757-ef8654c45c37', '2026-11-13 11:08:00+00', '01a24daa-7f9c-7c09-9727-150b0a03ad83', 'employee', 'order.place', 'order', '01a24dae-e724-7dd3-853f-bf9fca9e3ed5', NULL, '{"id":"01a24dae-e724-7dd3-853f-bf9fca9e3ed5","orderNumber":"S261113-KP56Y7","userId":"01a24daa-7f9c-7c09-9727-150b0a03ad83","productId":"01a24dae-db20-74e5-9855-b324dae43464","productName":"Online store card","unitCost":950,"quantity":1,"totalCost":950,"status":0,"placedAt":"2026-11-13T11:08:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e77f-71a7-addc-a7811fd336c4', '2026-11-13 13:44:00+00', '01a24daa-81a3-7ed2-9c87-81767d40fe22', 'employee', 'order.place', 'order', '01a24dae-e776-7ea1-ab82-2a8cee5ede27', NULL, '{"id":"01a24dae-e776-7ea1-ab82-2a8cee5ede27","orderNumber":"S261113-YWQK1E","userId":"01a24daa-81a3-7ed2-9c87-81767d40fe22","productId":"01a24dae-db6f-7e89-a0b9-08232e6e5b89","productName":"Kids\u0027 picture book","unitCost":1000,"quantity":1,"totalCost":1000,"status":0,"placedAt":"2026-11-13T13:44:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e7e3-72a9-9659-025e18b57ba4', '2026-11-14 09:08:00+00', '01a24daa-8317-7e7f-9c50-17871c3562c1', 'employee', 'order.place', 'order', '01a24dae-e7db-7daa-86af-8fe90695bad2', NULL, '{"id":"01a24dae-e7db-7daa-86af-8fe90695bad2","orderNumber":"S261114-78CE5Y","userId":"01a24daa-8317-7e7f-9c50-17871c3562c1","productId":"01a24dae-db4e-7367-be19-0ad115159ce1","productName":"Cutting board","unitCost":550,"quantity":1,"totalCost":550,"status":0,"placedAt":"2026-11-14T09:08:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e835-7751-95d6-bdb116fff556', '2026-11-15 09:46:00+00', '01a24daa-9db3-7593-b408-f3867a203dbe', 'employee', 'order.place', 'order', '01a24dae-e82f-7345-a607-9116984234ff', NULL, '{"id":"01a24dae-e82f-7345-a607-9116984234ff","orderNumber":"S261115-2KR2KJ","userId":"01a24daa-9db3-7593-b408-f3867a203dbe","productId":"01a24dae-db4d-75c0-ab95-b1120b3008c2","productName":"Tea sampler","unitCost":100,"quantity":1,"totalCost":100,"status":0,"placedAt":"2026-11-15T09:46:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e861-7a41-a6e2-528fb1b182cf', '2026-11-15 10:08:00+00', '01a24daa-8d97-7046-b047-9abe1e1f27f1', 'employee', 'order.place', 'order', '01a24dae-e860-7d7b-bff9-3940a2888165', NULL, '{"id":"01a24dae-e860-7d7b-bff9-3940a2888165","orderNumber":"S261115-E9B6F8","userId":"01a24daa-8d97-7046-b047-9abe1e1f27f1","productId":"01a24dae-db79-7fa4-9063-b9485efafee3","productName":"Pottery workshop","unitCost":350,"quantity":1,"totalCost":350,"status":0,"placedAt":"2026-11-15T10:08:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e8f8-7270-a6f7-bb45ac17a154', '2026-11-15 12:47:00+00', '01a24daa-8b37-708c-984e-8262d3021456', 'employee', 'order.place', 'order', '01a24dae-e8f6-7ed6-b0a4-d5d113699616', NULL, '{"id":"01a24dae-e8f6-7ed6-b0a4-d5d113699616","orderNumber":"S261115-TKEC9T","userId":"01a24daa-8b37-708c-984e-8262d3021456","productId":"01a24dae-db42-735d-8752-f31edf4d16dd","productName":"Water bottle","unitCost":500,"quantity":1,"totalCost":500,"status":0,"placedAt":"2026-11-15T12:47:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e92b-7bcb-9adc-494dd45654f7', '2026-11-16 11:27:00+00', '01a24daa-977b-7634-807a-4edecf3b57ea', 'employee', 'order.place', 'order', '01a24dae-e926-7d32-860b-108750d5951a', NULL, '{"id":"01a24dae-e926-7d32-860b-108750d5951a","orderNumber":"S261116-315ZXT","userId":"01a24daa-977b-7634-807a-4edecf3b57ea","productId":"01a24dae-db18-7f02-91f5-3fc36d2810a3","productName":"Smart plug","unitCost":100,"quantity":1,"totalCost":100,"status":0,"placedAt":"2026-11-16T11:27:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e95b-7838-ae23-94e9bc6d0c0b', '2026-11-17 09:47:00+00', '01a24daa-96a3-720d-b9af-257cf5f07308', 'employee', 'order.place', 'order', '01a24dae-e956-722c-800c-1ceedb506726', NULL, '{"id":"01a24dae-e956-722c-800c-1ceedb506726","orderNumber":"S261117-EC0QQE","userId":"01a24daa-96a3-720d-b9af-257cf5f07308","productId":"01a24dae-db4c-75ad-aa0e-e0a256ae37da","productName":"Desk lamp","unitCost":200,"quantity":1,"totalCost":200,"status":0,"placedAt":"2026-11-17T09:47:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e999-7bb8-b9a6-429f9ddb5d66', '2026-11-18 09:27:00+00', '01a24daa-86bc-7869-b569-296b791879af', 'employee', 'order.place', 'order', '01a24dae-e997-71a2-acf0-a70cd2c71bad', NULL, '{"id":"01a24dae-e997-71a2-acf0-a70cd2c71bad","orderNumber":"S261118-44Y0EK","userId":"01a24daa-86bc-7869-b569-296b791879af","productId":"01a24dae-db77-7bcb-8b23-c8578e5c5882","productName":"Wine tasting","unitCost":450,"quantity":1,"totalCost":450,"status":0,"placedAt":"2026-11-18T09:27:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e9cb-7b93-9f0a-1c331721bf6f', '2026-11-18 10:33:00+00', '01a24daa-8ee0-7183-a467-41e325fa6b0f', 'employee', 'order.place', 'order', '01a24dae-e9c6-73aa-83b5-13d7e075a4d1', NULL, '{"id":"01a24dae-e9c6-73aa-83b5-13d7e075a4d1","orderNumber":"S261118-NKZZ0F","userId":"01a24daa-8ee0-7183-a467-41e325fa6b0f","productId":"01a24dae-db79-7fa4-9063-b9485efafee3","productName":"Pottery workshop","unitCost":350,"quantity":1,"totalCost":350,"status":0,"placedAt":"2026-11-18T10:33:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-e9f7-7858-a905-33e786115b6a', '2026-11-18 11:00:00+00', '01a24daa-902e-73da-8ffa-7da361df9c1b', 'employee', 'order.place', 'order', '01a24dae-e9f6-71bf-a1b8-1763f432f407', NULL, '{"id":"01a24dae-e9f6-71bf-a1b8-1763f432f407","orderNumber":"S261118-GY0NHG","userId":"01a24daa-902e-73da-8ffa-7da361df9c1b","productId":"01a24dae-db79-7fa4-9063-b9485efafee3","productName":"Pottery workshop","unitCost":350,"quantity":1,"totalCost":350,"status":0,"placedAt":"2026-11-18T11:00:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-ea31-7005-a021-595ed0c1cf48', '2026-11-20 09:48:00+00', '01a24daa-86bc-7869-b569-296b791879af', 'employee', 'order.place', 'order', '01a24dae-ea2f-7c9b-a6be-c508f8b92ad1', NULL, '{"id":"01a24dae-ea2f-7c9b-a6be-c508f8b92ad1","orderNumber":"S261120-PWJ9BW","userId":"01a24daa-86bc-7869-b569-296b791879af","productId":"01a24dae-db46-73d1-801a-5fe68d8cb2d1","productName":"Foam roller","unitCost":550,"quantity":1,"totalCost":550,"status":0,"placedAt":"2026-11-20T09:48:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-ea47-700c-9885-b3a0dd644497', '2026-11-20 10:41:00+00', '01a24daa-902e-73da-8ffa-7da361df9c1b', 'employee', 'order.place', 'order', '01a24dae-ea46-70e2-86c7-04ca2af8e5b8', NULL, '{"id":"01a24dae-ea46-70e2-86c7-04ca2af8e5b8","orderNumber":"S261120-PPWGJ4","userId":"01a24daa-902e-73da-8ffa-7da361df9c1b","productId":"01a24dae-db77-7bcb-8b23-c8578e5c5882","productName":"Wine tasting","unitCost":450,"quantity":1,"totalCost":450,"status":0,"placedAt":"2026-11-20T10:41:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-ea7a-7f08-8165-753c8b288af9', '2026-11-23 11:38:00+00', '01a24daa-889b-7a82-aae8-75c4f42fc614', 'employee', 'order.place', 'order', '01a24dae-ea79-7d32-a6bd-6814050fb8cb', NULL, '{"id":"01a24dae-ea79-7d32-a6bd-6814050fb8cb","orderNumber":"S261123-DNSEFD","userId":"01a24daa-889b-7a82-aae8-75c4f42fc614","productId":"01a24dae-db46-73d1-801a-5fe68d8cb2d1","productName":"Foam roller","unitCost":550,"quantity":1,"totalCost":550,"status":0,"placedAt":"2026-11-23T11:38:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-ea90-76c0-a828-56408411c9d3', '2026-11-23 12:16:00+00', '01a24daa-a30b-783f-a5d5-0d243d1d88c1', 'employee', 'order.place', 'order', '01a24dae-ea8e-78b6-a36f-3394df527599', NULL, '{"id":"01a24dae-ea8e-78b6-a36f-3394df527599","orderNumber":"S261123-ZESZ32","userId":"01a24daa-a30b-783f-a5d5-0d243d1d88c1","productId":"01a24dae-db1b-745b-a9a4-80b232edda5f","productName":"Webcam HD","unitCost":600,"quantity":1,"totalCost":600,"status":0,"placedAt":"2026-11-23T12:16:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-ea99-74cf-8a7f-ec6839dc7a4e', '2026-11-24 09:49:00+00', '01a24daa-9a2d-7347-aae9-fa281fa3e286', 'employee', 'order.place', 'order', '01a24dae-ea98-7a38-b1ee-80b7bc61f221', NULL, '{"id":"01a24dae-ea98-7a38-b1ee-80b7bc61f221","orderNumber":"S261124-BJR2NG","userId":"01a24daa-9a2d-7347-aae9-fa281fa3e286","productId":"01a24dae-db42-735d-8752-f31edf4d16dd","productName":"Water bottle","unitCost":500,"quantity":1,"totalCost":500,"status":0,"placedAt":"2026-11-24T09:49:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-eaa0-7a02-898e-32309fead092', '2026-11-24 10:11:00+00', '01a24daa-9825-7823-b0c1-27e1ed5a386e', 'employee', 'order.place', 'order', '01a24dae-ea9f-7760-97c9-7c56ac05398a', NULL, '{"id":"01a24dae-ea9f-7760-97c9-7c56ac05398a","orderNumber":"S261124-47SN2G","userId":"01a24daa-9825-7823-b0c1-27e1ed5a386e","productId":"01a24dae-db6f-7e89-a0b9-08232e6e5b89","productName":"Kids\u0027 picture book","unitCost":1000,"quantity":1,"totalCost":1000,"status":0,"placedAt":"2026-11-24T10:11:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-eaa9-75e6-b02c-d5ce5236ef26', '2026-11-25 09:18:00+00', '01a24daa-8d97-7046-b047-9abe1e1f27f1', 'employee', 'order.place', 'order', '01a24dae-eaa8-78fa-954d-c8daa19cb76c', NULL, '{"id":"01a24dae-eaa8-78fa-954d-c8daa19cb76c","orderNumber":"S261125-NFXFQ4","userId":"01a24daa-8d97-7046-b047-9abe1e1f27f1","productId":"01a24dae-db4e-7367-be19-0ad115159ce1","productName":"Cutting board","unitCost":550,"quantity":1,"totalCost":550,"status":0,"placedAt":"2026-11-25T09:18:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-eab6-7cb5-9a61-c16a01619939', '2026-11-25 10:13:00+00', '01a24daa-7c54-7c35-b442-179b5c46268b', 'employee', 'order.place', 'order', '01a24dae-eab5-71b2-979e-3fe2d97b6628', NULL, '{"id":"01a24dae-eab5-71b2-979e-3fe2d97b6628","orderNumber":"S261125-4M4QA1","userId":"01a24daa-7c54-7c35-b442-179b5c46268b","productId":"01a24dae-db1b-745b-a9a4-80b232edda5f","productName":"Webcam HD","unitCost":600,"quantity":1,"totalCost":600,"status":0,"placedAt":"2026-11-25T10:13:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-eb23-7b39-9fa8-798c78315a91', '2026-11-26 10:34:00+00', '01a24daa-96a3-720d-b9af-257cf5f07308', 'employee', 'order.place', 'order', '01a24dae-eb1d-7f14-b591-dc72ce5e98b1', NULL, '{"id":"01a24dae-eb1d-7f14-b591-dc72ce5e98b1","orderNumber":"S261126-BV271N","userId":"01a24daa-96a3-720d-b9af-257cf5f07308","productId":"01a24dae-db18-7f02-91f5-3fc36d2810a3","productName":"Smart plug","unitCost":100,"quantity":1,"totalCost":100,"status":0,"placedAt":"2026-11-26T10:34:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-eb39-7db0-b2e8-a2b1b5c12ab9', '2026-11-26 11:13:00+00', '01a24daa-8cbb-73a2-9774-87778a3d313a', 'employee', 'order.place', 'order', '01a24dae-eb37-71e5-8315-ee25044681ef', NULL, '{"id":"01a24dae-eb37-71e5-8315-ee25044681ef","orderNumber":"S261126-928QXS","userId":"01a24daa-8cbb-73a2-9774-87778a3d313a","productId":"01a24dae-db21-74d7-be44-5aab0b1c3f19","productName":"Grocery card","unitCost":750,"quantity":1,"totalCost":750,"status":0,"placedAt":"2026-11-26T11:13:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-ebbd-7569-a583-d993bc3d5a94', '2026-11-28 10:19:00+00', '01a24daa-902e-73da-8ffa-7da361df9c1b', 'employee', 'order.place', 'order', '01a24dae-ebb8-7634-af0a-61fc19d323b9', NULL, '{"id":"01a24dae-ebb8-7634-af0a-61fc19d323b9","orderNumber":"S261128-EWEZHJ","userId":"01a24daa-902e-73da-8ffa-7da361df9c1b","productId":"01a24dae-db18-7f02-91f5-3fc36d2810a3","productName":"Smart plug","unitCost":100,"quantity":1,"totalCost":100,"status":0,"placedAt":"2026-11-28T10:19:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-ebcb-7b42-addc-4c33c9e1c560', '2026-11-28 10:57:00+00', '01a24daa-977b-7634-807a-4edecf3b57ea', 'employee', 'order.place', 'order', '01a24dae-ebc7-740f-a6b1-dd96be771dd1', NULL, '{"id":"01a24dae-ebc7-740f-a6b1-dd96be771dd1","orderNumber":"S261128-6KRQT6","userId":"01a24daa-977b-7634-807a-4edecf3b57ea","productId":"01a24dae-db77-7bcb-8b23-c8578e5c5882","productName":"Wine tasting","unitCost":450,"quantity":1,"totalCost":450,"status":0,"placedAt":"2026-11-28T10:57:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-ebe4-7b52-bb5c-e583171e2ba6', '2026-11-28 12:39:00+00', '01a24daa-7ced-730a-afc7-fe96c478037c', 'employee', 'order.place', 'order', '01a24dae-ebe2-7387-ae02-4dc120302890', NULL, '{"id":"01a24dae-ebe2-7387-ae02-4dc120302890","orderNumber":"S261128-NVQ6XS","userId":"01a24daa-7ced-730a-afc7-fe96c478037c","productId":"01a24dae-db21-74d7-be44-5aab0b1c3f19","productName":"Grocery card","unitCost":750,"quantity":1,"totalCost":750,"status":0,"placedAt":"2026-11-28T12:39:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-ec15-7ee2-8911-00b989b46f8f', '2026-11-29 09:37:00+00', '01a24daa-889b-7a82-aae8-75c4f42fc614', 'employee', 'order.place', 'order', '01a24dae-ec13-7df7-b68e-fffd396764ca', NULL, '{"id":"01a24dae-ec13-7df7-b68e-fffd396764ca","orderNumber":"S261129-8MBPJW","userId":"01a24daa-889b-7a82-aae8-75c4f42fc614","productId":"01a24dae-db73-7e23-a7d9-dbec0ed783e9","productName":"Cooking class","unitCost":450,"quantity":1,"totalCost":450,"status":0,"placedAt":"2026-11-29T09:37:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-ec33-79c7-97a9-6e24ff2897de', '2026-11-29 10:18:00+00', '01a24daa-977b-7634-807a-4edecf3b57ea', 'employee', 'order.place', 'order', '01a24dae-ec32-714e-aada-807787ccf3d1', NULL, '{"id":"01a24dae-ec32-714e-aada-807787ccf3d1","orderNumber":"S261129-SQ8QKX","userId":"01a24daa-977b-7634-807a-4edecf3b57ea","productId":"01a24dae-db4c-75ad-aa0e-e0a256ae37da","productName":"Desk lamp","unitCost":200,"quantity":1,"totalCost":200,"status":0,"placedAt":"2026-11-29T10:18:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-ec56-7d66-8665-b9b9086b6a2f', '2026-11-30 09:09:00+00', '01a24daa-8317-7e7f-9c50-17871c3562c1', 'employee', 'order.place', 'order', '01a24dae-ec54-76aa-97e0-edf2efad98a1', NULL, '{"id":"01a24dae-ec54-76aa-97e0-edf2efad98a1","orderNumber":"S261130-GP10NM","userId":"01a24daa-8317-7e7f-9c50-17871c3562c1","productId":"01a24dae-db77-7bcb-8b23-c8578e5c5882","productName":"Wine tasting","unitCost":450,"quantity":1,"totalCost":450,"status":0,"placedAt":"2026-11-30T09:09:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-ec69-7684-9fc9-ff2347a46c29', '2026-11-30 09:44:00+00', '01a24daa-8f72-719d-9d35-a08e7c5fdea7', 'employee', 'order.place', 'order', '01a24dae-ec67-7322-beff-3ae64b3ab5f8', NULL, '{"id":"01a24dae-ec67-7322-beff-3ae64b3ab5f8","orderNumber":"S261130-6GA899","userId":"01a24daa-8f72-719d-9d35-a08e7c5fdea7","productId":"01a24dae-db73-7e23-a7d9-dbec0ed783e9","productName":"Cooking class","unitCost":450,"quantity":1,"totalCost":450,"status":0,"placedAt":"2026-11-30T09:44:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-ec78-76c6-bca3-81ad659787a5', '2026-11-30 10:13:00+00', '01a24daa-8cbb-73a2-9774-87778a3d313a', 'employee', 'order.place', 'order', '01a24dae-ec77-7fe7-8786-be6c8c290b2c', NULL, '{"id":"01a24dae-ec77-7fe7-8786-be6c8c290b2c","orderNumber":"S261130-89HY91","userId":"01a24daa-8cbb-73a2-9774-87778a3d313a","productId":"01a24dae-db18-7f02-91f5-3fc36d2810a3","productName":"Smart plug","unitCost":100,"quantity":1,"totalCost":100,"status":0,"placedAt":"2026-11-30T10:13:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-ec7e-73b4-90e5-6a8be9392543', '2026-11-30 10:43:00+00', '01a24daa-7ef7-7cb9-8233-a27569cd8b08', 'employee', 'order.place', 'order', '01a24dae-ec7d-7092-b139-719c37867b12', NULL, '{"id":"01a24dae-ec7d-7092-b139-719c37867b12","orderNumber":"S261130-NF35QD","userId":"01a24daa-7ef7-7cb9-8233-a27569cd8b08","productId":"01a24dae-db79-7fa4-9063-b9485efafee3","productName":"Pottery workshop","unitCost":350,"quantity":1,"totalCost":350,"status":0,"placedAt":"2026-11-30T10:43:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f2fd-7989-80a6-a10bc93b9a11', '2026-12-01 09:51:00+00', '01a24daa-a073-7563-b801-db3f994930e7', 'employee', 'order.place', 'order', '01a24dae-f2fb-7cbe-9360-eb1f414568cf', NULL, '{"id":"01a24dae-f2fb-7cbe-9360-eb1f414568cf","orderNumber":"S261201-Q82814","userId":"01a24daa-a073-7563-b801-db3f994930e7","productId":"01a24dae-db41-7588-906b-2aeb9624ec54","productName":"Massage voucher","unitCost":1350,"quantity":1,"totalCost":1350,"status":0,"placedAt":"2026-12-01T09:51:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f315-7ced-8a68-ac54067bb037', '2026-12-01 11:04:00+00', '01a24daa-a30b-783f-a5d5-0d243d1d88c1', 'employee', 'order.place', 'order', '01a24dae-f314-7459-b6fa-e87cf2b88b36', NULL, '{"id":"01a24dae-f314-7459-b6fa-e87cf2b88b36","orderNumber":"S261201-QGA3W4","userId":"01a24daa-a30b-783f-a5d5-0d243d1d88c1","productId":"01a24dae-db18-7f02-91f5-3fc36d2810a3","productName":"Smart plug","unitCost":100,"quantity":1,"totalCost":100,"status":0,"placedAt":"2026-12-01T11:04:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f32a-7087-8e47-b6cc12f94b47', '2026-12-02 09:35:00+00', '01a24daa-8a7a-75d9-8dca-edf6950981fb', 'employee', 'order.place', 'order', '01a24dae-f329-73c5-a4f6-1f52e92f42f0', NULL, '{"id":"01a24dae-f329-73c5-a4f6-1f52e92f42f0","orderNumber":"S261202-5A1ASM","userId":"01a24daa-8a7a-75d9-8dca-edf6950981fb","productId":"01a24dae-db73-7e23-a7d9-dbec0ed783e9","productName":"Cooking class","unitCost":450,"quantity":1,"totalCost":450,"status":0,"placedAt":"2026-12-02T09:35:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f334-7843-9cb1-9fa5fbbc2192', '2026-12-03 09:33:00+00', '01a24daa-889b-7a82-aae8-75c4f42fc614', 'employee', 'order.place', 'order', '01a24dae-f333-7c04-bc92-eb333757dbd3', NULL, '{"id":"01a24dae-f333-7c04-bc92-eb333757dbd3","orderNumber":"S261203-YC9829","userId":"01a24daa-889b-7a82-aae8-75c4f42fc614","productId":"01a24dae-db46-73d1-801a-5fe68d8cb2d1","productName":"Foam roller","unitCost":550,"quantity":1,"totalCost":550,"status":0,"placedAt":"2026-12-03T09:33:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f33b-7a24-ae57-5ed4dccae784', '2026-12-03 10:05:00+00', '01a24daa-8973-7b6e-8ad1-e3515065d47b', 'employee', 'order.place', 'order', '01a24dae-f33a-7662-b777-8338dae88695', NULL, '{"id":"01a24dae-f33a-7662-b777-8338dae88695","orderNumber":"S261203-YAG8FT","userId":"01a24daa-8973-7b6e-8ad1-e3515065d47b","productId":"01a24dae-db76-7233-a9c1-705285855fe6","productName":"Climbing session","unitCost":1800,"quantity":1,"totalCost":1800,"status":0,"placedAt":"2026-12-03T10:05:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f345-7830-baf4-b86c00b14e91', '2026-12-04 09:59:00+00', '01a24daa-96a3-720d-b9af-257cf5f07308', 'employee', 'order.place', 'order', '01a24dae-f344-7677-81fd-44cecb22cfdc', NULL, '{"id":"01a24dae-f344-7677-81fd-44cecb22cfdc","orderNumber":"S261204-5B3M8S","userId":"01a24daa-96a3-720d-b9af-257cf5f07308","productId":"01a24dae-db56-7b75-96b8-615cda55975e","productName":"Sci-fi trilogy","unitCost":550,"quantity":1,"totalCost":550,"status":0,"placedAt":"2026-12-04T09:59:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f34c-7744-bcc0-feba485a9e36', '2026-12-04 11:06:00+00', '01a24daa-9f1d-72dc-8477-db169f773274', 'employee', 'order.place', 'order', '01a24dae-f34b-7042-a907-40df4df24ff0', NULL, '{"id":"01a24dae-f34b-7042-a907-40df4df24ff0","orderNumber":"S261204-F108YK","userId":"01a24daa-9f1d-72dc-8477-db169f773274","productId":"01a24dae-db73-7e23-a7d9-dbec0ed783e9","productName":"Cooking class","unitCost":450,"quantity":1,"totalCost":450,"status":0,"placedAt":"2026-12-04T11:06:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f352-7342-9e44-fffd9f6039d9', '2026-12-04 12:01:00+00', '01a24daa-9a2d-7347-aae9-fa281fa3e286', 'employee', 'order.place', 'order', '01a24dae-f351-7335-9fd9-879582cbea4d', NULL, '{"id":"01a24dae-f351-7335-9fd9-879582cbea4d","orderNumber":"S261204-F6SBCQ","userId":"01a24daa-9a2d-7347-aae9-fa281fa3e286","productId":"01a24dae-db1f-7398-855f-3fb58478d5e3","productName":"Cinema voucher","unitCost":1150,"quantity":1,"totalCost":1150,"status":0,"placedAt":"2026-12-04T12:01:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f35b-7d99-925d-1e28b42a6a91', '2026-12-05 10:09:00+00', '01a24daa-8317-7e7f-9c50-17871c3562c1', 'employee', 'order.place', 'order', '01a24dae-f35a-7a14-8826-251ce432bd67', NULL, '{"id":"01a24dae-f35a-7a14-8826-251ce432bd67","orderNumber":"S261205-NBCXF5","userId":"01a24daa-8317-7e7f-9c50-17871c3562c1","productId":"01a24dae-db4c-75ad-aa0e-e0a256ae37da","productName":"Desk lamp","unitCost":200,"quantity":1,"totalCost":200,"status":0,"placedAt":"2026-12-05T10:09:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f375-719f-85ec-9f44249721f9', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.fulfil', 'order', '01a24dae-e418-73f4-a75e-25bbdfef5032', NULL, '{"id":"01a24dae-e418-73f4-a75e-25bbdfef5032","orderNumber":"S261106-KZEBM9","userId":"01a24daa-8a7a-75d9-8dca-edf6950981fb","productId":"01a24dae-db6f-7e89-a0b9-08232e6e5b89","productName":"Kids\u0027 picture book","unitCost":1000,"quantity":1,"totalCost":1000,"status":1,"placedAt":"2026-11-06T10:26:00Z","fulfilledAt":"2026-11-07T10:26:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f38e-7714-8239-ff4caa82ba5a', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.fulfil', 'order', '01a24dae-e5b7-79f1-86ba-d816cd676507', NULL, '{"id":"01a24dae-e5b7-79f1-86ba-d816cd676507","orderNumber":"S261107-KZ7NXC","userId":"01a24daa-8ee0-7183-a467-41e325fa6b0f","productId":"01a24dae-db1b-745b-a9a4-80b232edda5f","productName":"Webcam HD","unitCost":600,"quantity":1,"totalCost":600,"status":1,"placedAt":"2026-11-07T10:55:00Z","fulfilledAt":"2026-11-08T10:55:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f395-70f3-a122-32db2132653b', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.fulfil', 'order', '01a24dae-e5d0-7525-af37-c0d6e3f4d250', NULL, '{"id":"01a24dae-e5d0-7525-af37-c0d6e3f4d250","orderNumber":"S261109-097C62","userId":"01a24daa-96a3-720d-b9af-257cf5f07308","productId":"01a24dae-db46-73d1-801a-5fe68d8cb2d1","productName":"Foam roller","unitCost":550,"quantity":1,"totalCost":550,"status":1,"placedAt":"2026-11-09T09:07:00Z","fulfilledAt":"2026-11-10T09:07:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f3a2-76dd-90d3-8626dbd409db', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.fulfil', 'order', '01a24dae-e5eb-7fa9-917f-21db17a9fdd0', NULL, '{"id":"01a24dae-e5eb-7fa9-917f-21db17a9fdd0","orderNumber":"S261109-9SADXB","userId":"01a24daa-93b2-7352-8ae7-a50ec9d4ff9c","productId":"01a24dae-db6f-7e89-a0b9-08232e6e5b89","productName":"Kids\u0027 picture book","unitCost":1000,"quantity":1,"totalCost":1000,"status":1,"placedAt":"2026-11-09T11:28:00Z","fulfilledAt":"2026-11-10T11:28:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f3a9-75a6-8536-367a83a8c498', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.fulfil', 'order', '01a24dae-e60e-7532-a721-60210ab63e98', NULL, '{"id":"01a24dae-e60e-7532-a721-60210ab63e98","orderNumber":"S261109-0TNBS8","userId":"01a24daa-7ef7-7cb9-8233-a27569cd8b08","productId":"01a24dae-db56-7b75-96b8-615cda55975e","productName":"Sci-fi trilogy","unitCost":550,"quantity":1,"totalCost":550,"status":1,"placedAt":"2026-11-09T12:49:00Z","fulfilledAt":"2026-11-10T12:49:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f3b7-77f4-9f75-44b624cfbfb7', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.fulfil', 'order', '01a24dae-e623-7972-8163-f30708b76cf8', NULL, '{"id":"01a24dae-e623-7972-8163-f30708b76cf8","orderNumber":"S261110-S6P6R4","userId":"01a24daa-96a3-720d-b9af-257cf5f07308","productId":"01a24dae-db18-7f02-91f5-3fc36d2810a3","productName":"Smart plug","unitCost":100,"quantity":1,"totalCost":100,"status":1,"placedAt":"2026-11-10T10:41:00Z","fulfilledAt":"2026-11-11T10:41:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f3bc-76ff-b563-2dcd750cd300', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.fulfil', 'order', '01a24dae-e634-78fb-8230-e85e4ba23164', NULL, '{"id":"01a24dae-e634-78fb-8230-e85e4ba23164","orderNumber":"S261111-DHZMQW","userId":"01a24daa-945f-7bc0-8430-27e194871cd3","productId":"01a24dae-db4e-7367-be19-0ad115159ce1","productName":"Cutting board","unitCost":550,"quantity":1,"totalCost":550,"status":1,"placedAt":"2026-11-11T10:24:00Z","fulfilledAt":"2026-11-12T10:24:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f3c5-766a-b2e1-eb6f207e4a97', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.fulfil', 'order', '01a24dae-e642-7e71-8dad-b022957fc3de', NULL, '{"id":"01a24dae-e642-7e71-8dad-b022957fc3de","orderNumber":"S261111-R91H2M","userId":"01a24daa-842b-756b-9abd-e36380e7bc8e","productId":"01a24dae-db46-73d1-801a-5fe68d8cb2d1","productName":"Foam roller","unitCost":550,"quantity":1,"totalCost":550,"status":1,"placedAt":"2026-11-11T11:30:00Z","fulfilledAt":"2026-11-12T11:30:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f3cb-7284-8aea-53550924db38', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.fulfil', 'order', '01a24dae-e651-7040-acb0-7eb150725006', NULL, '{"id":"01a24dae-e651-7040-acb0-7eb150725006","orderNumber":"S261112-2K61MV","userId":"01a24daa-7dbf-7f6a-87e5-78d448ca15bb","productId":"01a24dae-db6f-7e89-a0b9-08232e6e5b89","productName":"Kids\u0027 picture book","unitCost":1000,"quantity":1,"totalCost":1000,"status":1,"placedAt":"2026-11-12T09:05:00Z","fulfilledAt":"2026-11-13T09:05:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f3d0-74a1-9390-495f5ad73e50', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.fulfil', 'order', '01a24dae-e6cb-773e-8906-0ee54ec93728', NULL, '{"id":"01a24dae-e6cb-773e-8906-0ee54ec93728","orderNumber":"S261113-TVC3VX","userId":"01a24daa-9db3-7593-b408-f3867a203dbe","productId":"01a24dae-db43-7d47-991e-3ee04d810074","productName":"Gym day pass","unitCost":900,"quantity":1,"totalCost":900,"status":1,"placedAt":"2026-11-13T10:09:00Z","fulfilledAt":"2026-11-14T10:09:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f3dd-7dd7-8c4f-f9620581cc60', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.fulfil', 'order', '01a24dae-e776-7ea1-ab82-2a8cee5ede27', NULL, '{"id":"01a24dae-e776-7ea1-ab82-2a8cee5ede27","orderNumber":"S261113-YWQK1E","userId":"01a24daa-81a3-7ed2-9c87-81767d40fe22","productId":"01a24dae-db6f-7e89-a0b9-08232e6e5b89","productName":"Kids\u0027 picture book","unitCost":1000,"quantity":1,"totalCost":1000,"status":1,"placedAt":"2026-11-13T13:44:00Z","fulfilledAt":"2026-11-14T13:44:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f3e4-7203-8088-a6844e6403d7', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.fulfil', 'order', '01a24dae-e82f-7345-a607-9116984234ff', NULL, '{"id":"01a24dae-e82f-7345-a607-9116984234ff","orderNumber":"S261115-2KR2KJ","userId":"01a24daa-9db3-7593-b408-f3867a203dbe","productId":"01a24dae-db4d-75c0-ab95-b1120b3008c2","productName":"Tea sampler","unitCost":100,"quantity":1,"totalCost":100,"status":1,"placedAt":"2026-11-15T09:46:00Z","fulfilledAt":"2026-11-16T09:46:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f3f1-7137-8637-cb99b67d5a86', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.fulfil', 'order', '01a24dae-e8f6-7ed6-b0a4-d5d113699616', NULL, '{"id":"01a24dae-e8f6-7ed6-b0a4-d5d113699616","orderNumber":"S261115-TKEC9T","userId":"01a24daa-8b37-708c-984e-8262d3021456","productId":"01a24dae-db42-735d-8752-f31edf4d16dd","productName":"Water bottle","unitCost":500,"quantity":1,"totalCost":500,"status":1,"placedAt":"2026-11-15T12:47:00Z","fulfilledAt":"2026-11-16T12:47:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f3fd-7490-a413-8d4c8abf3cfc', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.fulfil', 'order', '01a24dae-e956-722c-800c-1ceedb506726', NULL, '{"id":"01a24dae-e956-722c-800c-1ceedb506726","orderNumber":"S261117-EC0QQE","userId":"01a24daa-96a3-720d-b9af-257cf5f07308","productId":"01a24dae-db4c-75ad-aa0e-e0a256ae37da","productName":"Desk lamp","unitCost":200,"quantity":1,"totalCost":200,"status":1,"placedAt":"2026-11-17T09:47:00Z","fulfilledAt":"2026-11-18T09:47:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f40c-7058-a093-9c7c53f194ee', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.fulfil', 'order', '01a24dae-e9c6-73aa-83b5-13d7e075a4d1', NULL, '{"id":"01a24dae-e9c6-73aa-83b5-13d7e075a4d1","orderNumber":"S261118-NKZZ0F","userId":"01a24daa-8ee0-7183-a467-41e325fa6b0f","productId":"01a24dae-db79-7fa4-9063-b9485efafee3","productName":"Pottery workshop","unitCost":350,"quantity":1,"totalCost":350,"status":1,"placedAt":"2026-11-18T10:33:00Z","fulfilledAt":"2026-11-19T10:33:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f413-757f-b5df-ca04121ac301', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.fulfil', 'order', '01a24dae-ea2f-7c9b-a6be-c508f8b92ad1', NULL, '{"id":"01a24dae-ea2f-7c9b-a6be-c508f8b92ad1","orderNumber":"S261120-PWJ9BW","userId":"01a24daa-86bc-7869-b569-296b791879af","productId":"01a24dae-db46-73d1-801a-5fe68d8cb2d1","productName":"Foam roller","unitCost":550,"quantity":1,"totalCost":550,"status":1,"placedAt":"2026-11-20T09:48:00Z","fulfilledAt":"2026-11-21T09:48:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f432-742e-9c21-e3f8ac443ba6', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.fulfil', 'order', '01a24dae-ea79-7d32-a6bd-6814050fb8cb', NULL, '{"id":"01a24dae-ea79-7d32-a6bd-6814050fb8cb","orderNumber":"S261123-DNSEFD","userId":"01a24daa-889b-7a82-aae8-75c4f42fc614","productId":"01a24dae-db46-73d1-801a-5fe68d8cb2d1","productName":"Foam roller","unitCost":550,"quantity":1,"totalCost":550,"status":1,"placedAt":"2026-11-23T11:38:00Z","fulfilledAt":"2026-11-24T11:38:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f453-7664-94d0-1d05199a3f38', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.fulfil', 'order', '01a24dae-ea98-7a38-b1ee-80b7bc61f221', NULL, '{"id":"01a24dae-ea98-7a38-b1ee-80b7bc61f221","orderNumber":"S261124-BJR2NG","userId":"01a24daa-9a2d-7347-aae9-fa281fa3e286","productId":"01a24dae-db42-735d-8752-f31edf4d16dd","productName":"Water bottle","unitCost":500,"quantity":1,"totalCost":500,"status":1,"placedAt":"2026-11-24T09:49:00Z","fulfilledAt":"2026-11-25T09:49:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f46b-7f3c-9853-e0e84838a766', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.fulfil', 'order', '01a24dae-eaa8-78fa-954d-c8daa19cb76c', NULL, '{"id":"01a24dae-eaa8-78fa-954d-c8daa19cb76c","orderNumber":"S261125-NFXFQ4","userId":"01a24daa-8d97-7046-b047-9abe1e1f27f1","productId":"01a24dae-db4e-7367-be19-0ad115159ce1","productName":"Cutting board","unitCost":550,"quantity":1,"totalCost":550,"status":1,"placedAt":"2026-11-25T09:18:00Z","fulfilledAt":"2026-11-26T09:18:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f475-7e72-b8b3-ec0f0a079d28', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.fulfil', 'order', '01a24dae-eb1d-7f14-b591-dc72ce5e98b1', NULL, '{"id":"01a24dae-eb1d-7f14-b591-dc72ce5e98b1","orderNumber":"S261126-BV271N","userId":"01a24daa-96a3-720d-b9af-257cf5f07308","productId":"01a24dae-db18-7f02-91f5-3fc36d2810a3","productName":"Smart plug","unitCost":100,"quantity":1,"totalCost":100,"status":1,"placedAt":"2026-11-26T10:34:00Z","fulfilledAt":"2026-11-27T10:34:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f49d-753b-852b-427308d234e9', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.fulfil', 'order', '01a24dae-ebb8-7634-af0a-61fc19d323b9', NULL, '{"id":"01a24dae-ebb8-7634-af0a-61fc19d323b9","orderNumber":"S261128-EWEZHJ","userId":"01a24daa-902e-73da-8ffa-7da361df9c1b","productId":"01a24dae-db18-7f02-91f5-3fc36d2810a3","productName":"Smart plug","unitCost":100,"quantity":1,"totalCost":100,"status":1,"placedAt":"2026-11-28T10:19:00Z","fulfilledAt":"2026-11-29T10:19:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f4df-7363-a2e9-5a404c1024ef', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.fulfil', 'order', '01a24dae-ebe2-7387-ae02-4dc120302890', NULL, '{"id":"01a24dae-ebe2-7387-ae02-4dc120302890","orderNumber":"S261128-NVQ6XS","userId":"01a24daa-7ced-730a-afc7-fe96c478037c","productId":"01a24dae-db21-74d7-be44-5aab0b1c3f19","productName":"Grocery card","unitCost":750,"quantity":1,"totalCost":750,"status":1,"placedAt":"2026-11-28T12:39:00Z","fulfilledAt":"2026-11-29T12:39:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f514-7d1b-833c-9d240ec01698', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.fulfil', 'order', '01a24dae-ec32-714e-aada-807787ccf3d1', NULL, '{"id":"01a24dae-ec32-714e-aada-807787ccf3d1","orderNumber":"S261129-SQ8QKX","userId":"01a24daa-977b-7634-807a-4edecf3b57ea","productId":"01a24dae-db4c-75ad-aa0e-e0a256ae37da","productName":"Desk lamp","unitCost":200,"quantity":1,"totalCost":200,"status":1,"placedAt":"2026-11-29T10:18:00Z","fulfilledAt":"2026-11-30T10:18:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f52b-77c1-bb25-509c211569c9', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.fulfil', 'order', '01a24dae-ec67-7322-beff-3ae64b3ab5f8', NULL, '{"id":"01a24dae-ec67-7322-beff-3ae64b3ab5f8","orderNumber":"S261130-6GA899","userId":"01a24daa-8f72-719d-9d35-a08e7c5fdea7","productId":"01a24dae-db73-7e23-a7d9-dbec0ed783e9","productName":"Cooking class","unitCost":450,"quantity":1,"totalCost":450,"status":1,"placedAt":"2026-11-30T09:44:00Z","fulfilledAt":"2026-12-01T09:44:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f537-79eb-a63b-8d329abf59e4', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.fulfil', 'order', '01a24dae-ec7d-7092-b139-719c37867b12', NULL, '{"id":"01a24dae-ec7d-7092-b139-719c37867b12","orderNumber":"S261130-NF35QD","userId":"01a24daa-7ef7-7cb9-8233-a27569cd8b08","productId":"01a24dae-db79-7fa4-9063-b9485efafee3","productName":"Pottery workshop","unitCost":350,"quantity":1,"totalCost":350,"status":1,"placedAt":"2026-11-30T10:43:00Z","fulfilledAt":"2026-12-01T10:43:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f544-7308-a74a-67bce6fece82', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.fulfil', 'order', '01a24dae-f314-7459-b6fa-e87cf2b88b36', NULL, '{"id":"01a24dae-f314-7459-b6fa-e87cf2b88b36","orderNumber":"S261201-QGA3W4","userId":"01a24daa-a30b-783f-a5d5-0d243d1d88c1","productId":"01a24dae-db18-7f02-91f5-3fc36d2810a3","productName":"Smart plug","unitCost":100,"quantity":1,"totalCost":100,"status":1,"placedAt":"2026-12-01T11:04:00Z","fulfilledAt":"2026-12-02T11:04:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', NULL, NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f66f-71a2-ab82-1a42fc62521b', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.cancel', 'order', '01a24dae-e5c4-77c2-a0c2-b73e71d2a448', '{"id":"01a24dae-e5c4-77c2-a0c2-b73e71d2a448","orderNumber":"S261108-52K2S6","userId":"01a24daa-9a2d-7347-aae9-fa281fa3e286","productId":"01a24dae-db18-7f02-91f5-3fc36d2810a3","productName":"Smart plug","unitCost":100,"quantity":1,"totalCost":100,"status":0,"placedAt":"2026-11-08T09:59:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', '{"id":"01a24dae-e5c4-77c2-a0c2-b73e71d2a448","orderNumber":"S261108-52K2S6","userId":"01a24daa-9a2d-7347-aae9-fa281fa3e286","productId":"01a24dae-db18-7f02-91f5-3fc36d2810a3","productName":"Smart plug","unitCost":100,"quantity":1,"totalCost":100,"status":2,"placedAt":"2026-11-08T09:59:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":"2026-12-06T23:27:14.1978647Z","cancelledByKind":1,"cancelReason":"Out of stock at the supplier","restocked":true,"cancellableUntil":null}', 'Out of stock at the supplier', NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f6cb-7d91-8452-a7c00a719494', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.cancel', 'order', '01a24dae-e623-7972-8163-f30708b76cf8', '{"id":"01a24dae-e623-7972-8163-f30708b76cf8","orderNumber":"S261110-S6P6R4","userId":"01a24daa-96a3-720d-b9af-257cf5f07308","productId":"01a24dae-db18-7f02-91f5-3fc36d2810a3","productName":"Smart plug","unitCost":100,"quantity":1,"totalCost":100,"status":1,"placedAt":"2026-11-10T10:41:00Z","fulfilledAt":"2026-11-11T10:41:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', '{"id":"01a24dae-e623-7972-8163-f30708b76cf8","orderNumber":"S261110-S6P6R4","userId":"01a24daa-96a3-720d-b9af-257cf5f07308","productId":"01a24dae-db18-7f02-91f5-3fc36d2810a3","productName":"Smart plug","unitCost":100,"quantity":1,"totalCost":100,"status":2,"placedAt":"2026-11-10T10:41:00Z","fulfilledAt":"2026-11-11T10:41:00Z","fulfilmentNote":null,"cancelledAt":"2026-12-06T23:27:14.1978647Z","cancelledByKind":1,"cancelReason":"Out of stock at the supplier","restocked":true,"cancellableUntil":null}', 'Out of stock at the supplier', NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f6f5-7053-9ecf-03381de30872', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.cancel', 'order', '01a24dae-e68c-716f-88ab-5df2c1949cee', '{"id":"01a24dae-e68c-716f-88ab-5df2c1949cee","orderNumber":"S261112-X9B1MR","userId":"01a24daa-9b63-7f9e-8905-f95e4de2ee9f","productId":"01a24dae-db6f-7e89-a0b9-08232e6e5b89","productName":"Kids\u0027 picture book","unitCost":1000,"quantity":1,"totalCost":1000,"status":0,"placedAt":"2026-11-12T10:16:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', '{"id":"01a24dae-e68c-716f-88ab-5df2c1949cee","orderNumber":"S261112-X9B1MR","userId":"01a24daa-9b63-7f9e-8905-f95e4de2ee9f","productId":"01a24dae-db6f-7e89-a0b9-08232e6e5b89","productName":"Kids\u0027 picture book","unitCost":1000,"quantity":1,"totalCost":1000,"status":2,"placedAt":"2026-11-12T10:16:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":"2026-12-06T23:27:14.1978647Z","cancelledByKind":1,"cancelReason":"Out of stock at the supplier","restocked":true,"cancellableUntil":null}', 'Out of stock at the supplier', NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f70c-7135-959a-c28371634077', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.cancel', 'order', '01a24dae-e8f6-7ed6-b0a4-d5d113699616', '{"id":"01a24dae-e8f6-7ed6-b0a4-d5d113699616","orderNumber":"S261115-TKEC9T","userId":"01a24daa-8b37-708c-984e-8262d3021456","productId":"01a24dae-db42-735d-8752-f31edf4d16dd","productName":"Water bottle","unitCost":500,"quantity":1,"totalCost":500,"status":1,"placedAt":"2026-11-15T12:47:00Z","fulfilledAt":"2026-11-16T12:47:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', '{"id":"01a24dae-e8f6-7ed6-b0a4-d5d113699616","orderNumber":"S261115-TKEC9T","userId":"01a24daa-8b37-708c-984e-8262d3021456","productId":"01a24dae-db42-735d-8752-f31edf4d16dd","productName":"Water bottle","unitCost":500,"quantity":1,"totalCost":500,"status":2,"placedAt":"2026-11-15T12:47:00Z","fulfilledAt":"2026-11-16T12:47:00Z","fulfilmentNote":null,"cancelledAt":"2026-12-06T23:27:14.1978647Z","cancelledByKind":1,"cancelReason":"Out of stock at the supplier","restocked":true,"cancellableUntil":null}', 'Out of stock at the supplier', NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f72e-74bd-9fef-5c565505f6f6', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.cancel', 'order', '01a24dae-ea46-70e2-86c7-04ca2af8e5b8', '{"id":"01a24dae-ea46-70e2-86c7-04ca2af8e5b8","orderNumber":"S261120-PPWGJ4","userId":"01a24daa-902e-73da-8ffa-7da361df9c1b","productId":"01a24dae-db77-7bcb-8b23-c8578e5c5882","productName":"Wine tasting","unitCost":450,"quantity":1,"totalCost":450,"status":0,"placedAt":"2026-11-20T10:41:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', '{"id":"01a24dae-ea46-70e2-86c7-04ca2af8e5b8","orderNumber":"S261120-PPWGJ4","userId":"01a24daa-902e-73da-8ffa-7da361df9c1b","productId":"01a24dae-db77-7bcb-8b23-c8578e5c5882","productName":"Wine tasting","unitCost":450,"quantity":1,"totalCost":450,"status":2,"placedAt":"2026-11-20T10:41:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":"2026-12-06T23:27:14.1978647Z","cancelledByKind":1,"cancelReason":"Out of stock at the supplier","restocked":true,"cancellableUntil":null}', 'Out of stock at the supplier', NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f7dd-70a3-afac-97edbb00b1c6', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.cancel', 'order', '01a24dae-eb1d-7f14-b591-dc72ce5e98b1', '{"id":"01a24dae-eb1d-7f14-b591-dc72ce5e98b1","orderNumber":"S261126-BV271N","userId":"01a24daa-96a3-720d-b9af-257cf5f07308","productId":"01a24dae-db18-7f02-91f5-3fc36d2810a3","productName":"Smart plug","unitCost":100,"quantity":1,"totalCost":100,"status":1,"placedAt":"2026-11-26T10:34:00Z","fulfilledAt":"2026-11-27T10:34:00Z","fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', '{"id":"01a24dae-eb1d-7f14-b591-dc72ce5e98b1","orderNumber":"S261126-BV271N","userId":"01a24daa-96a3-720d-b9af-257cf5f07308","productId":"01a24dae-db18-7f02-91f5-3fc36d2810a3","productName":"Smart plug","unitCost":100,"quantity":1,"totalCost":100,"status":2,"placedAt":"2026-11-26T10:34:00Z","fulfilledAt":"2026-11-27T10:34:00Z","fulfilmentNote":null,"cancelledAt":"2026-12-06T23:27:14.1978647Z","cancelledByKind":1,"cancelReason":"Out of stock at the supplier","restocked":true,"cancellableUntil":null}', 'Out of stock at the supplier', NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f7f1-7450-95a4-5b97cafa21da', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.cancel', 'order', '01a24dae-ec54-76aa-97e0-edf2efad98a1', '{"id":"01a24dae-ec54-76aa-97e0-edf2efad98a1","orderNumber":"S261130-GP10NM","userId":"01a24daa-8317-7e7f-9c50-17871c3562c1","productId":"01a24dae-db77-7bcb-8b23-c8578e5c5882","productName":"Wine tasting","unitCost":450,"quantity":1,"totalCost":450,"status":0,"placedAt":"2026-11-30T09:09:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', '{"id":"01a24dae-ec54-76aa-97e0-edf2efad98a1","orderNumber":"S261130-GP10NM","userId":"01a24daa-8317-7e7f-9c50-17871c3562c1","productId":"01a24dae-db77-7bcb-8b23-c8578e5c5882","productName":"Wine tasting","unitCost":450,"quantity":1,"totalCost":450,"status":2,"placedAt":"2026-11-30T09:09:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":"2026-12-06T23:27:14.1978647Z","cancelledByKind":1,"cancelReason":"Out of stock at the supplier","restocked":true,"cancellableUntil":null}', 'Out of stock at the supplier', NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f7fc-79a4-8c24-59f49d742e57', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'order.cancel', 'order', '01a24dae-f333-7c04-bc92-eb333757dbd3', '{"id":"01a24dae-f333-7c04-bc92-eb333757dbd3","orderNumber":"S261203-YC9829","userId":"01a24daa-889b-7a82-aae8-75c4f42fc614","productId":"01a24dae-db46-73d1-801a-5fe68d8cb2d1","productName":"Foam roller","unitCost":550,"quantity":1,"totalCost":550,"status":0,"placedAt":"2026-12-03T09:33:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":null,"cancelledByKind":null,"cancelReason":null,"restocked":false,"cancellableUntil":null}', '{"id":"01a24dae-f333-7c04-bc92-eb333757dbd3","orderNumber":"S261203-YC9829","userId":"01a24daa-889b-7a82-aae8-75c4f42fc614","productId":"01a24dae-db46-73d1-801a-5fe68d8cb2d1","productName":"Foam roller","unitCost":550,"quantity":1,"totalCost":550,"status":2,"placedAt":"2026-12-03T09:33:00Z","fulfilledAt":null,"fulfilmentNote":null,"cancelledAt":"2026-12-06T23:27:14.1978647Z","cancelledByKind":1,"cancelReason":"Out of stock at the supplier","restocked":true,"cancellableUntil":null}', 'Out of stock at the supplier', NULL, NULL, NULL);
INSERT INTO shop.audit_entries VALUES ('01a24dae-f803-702b-a2a3-8fbbfce4b8af', '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'points.grant', 'account', '01a24daa-7c54-7c35-b442-179b5c46268b', NULL, '{"amount":300,"balance":1700}', 'Conference speaker thank-you', NULL, NULL, NULL);


--
-- Data for Name: ledger_entries; Type: TABLE DATA; Schema: shop; Owner: -
--

INSERT INTO shop.ledger_entries VALUES ('01a24dae-e04f-7484-a1c1-9c1a9b868f22', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e08d-70ab-ba18-c4b2d325094b', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e1a5-79dc-84c2-fedc149be8c2', '01a24daa-7c54-7c35-b442-179b5c46268b', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e1a5-79de-baea-4104417780b3', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e1c1-7bcf-a98e-7b5442c9760a', '01a24daa-7ced-730a-afc7-fe96c478037c', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e1c2-7d98-b686-b89ee657cd31', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e1df-7c15-9961-c562ae7755fb', '01a24daa-7dbf-7f6a-87e5-78d448ca15bb', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e1df-7a1d-b0f0-5ed3a9889671', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e1f3-7eba-abb3-9aa009d0dc1a', '01a24daa-7ef7-7cb9-8233-a27569cd8b08', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e1f3-7461-a1e3-bafed8229c41', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e1fd-7da7-8b2d-806b2a7ba511', '01a24daa-7f9c-7c09-9727-150b0a03ad83', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e1fd-79b7-856d-46f7f1b062c8', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e202-7c05-8d83-282065521210', '01a24daa-809b-7051-bc16-961ff23c7968', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e202-774d-a7c1-16bf25b1d4fb', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e207-7319-aea3-6a30c8c833d0', '01a24daa-81a3-7ed2-9c87-81767d40fe22', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e207-77b0-85d7-616ee63879e3', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e20c-7d15-a100-641d83d61ec9', '01a24daa-8317-7e7f-9c50-17871c3562c1', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e20c-7a78-90b7-ff5721f7d04d', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e210-7b4d-b694-e12a69f91af0', '01a24daa-842b-756b-9abd-e36380e7bc8e', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e210-7524-9208-30db28630bb7', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e215-7c40-8283-6d3976320bb2', '01a24daa-8562-7aaa-944a-6c3fd24cc5f9', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e215-792f-bf5a-d92029921c6d', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e219-7f92-a31a-2680d8e85669', '01a24daa-86bc-7869-b569-296b791879af', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e219-7140-950d-86bfb4a25560', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e21d-7bf2-96c0-8cfa39c85465', '01a24daa-87c4-77fa-8926-feec907edef2', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e21e-7468-9bca-cd8ac49c1aad', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e222-7b24-bad3-b4d8674d0284', '01a24daa-889b-7a82-aae8-75c4f42fc614', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e222-7b9d-9a5b-a4b07fd79629', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e226-73ac-b6be-d797ef079384', '01a24daa-8973-7b6e-8ad1-e3515065d47b', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e226-795e-be62-5a51a7d8c8ee', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e22a-7f67-990c-2406d885a07d', '01a24daa-8a7a-75d9-8dca-edf6950981fb', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e22a-7c42-bd1e-853df32d7cc9', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e22e-7480-bda7-aa553f1fe26e', '01a24daa-8b37-708c-984e-8262d3021456', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e22f-7936-b4c1-badec451918f', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e233-72b6-9e49-5e22c438bda7', '01a24daa-8be6-72ee-9d97-8ee0179e20cc', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e233-7d6c-aa6f-a6befc81f189', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e237-77bd-808e-d5ac487bdb45', '01a24daa-8cbb-73a2-9774-87778a3d313a', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e237-7b75-a5c1-362a8ccd2402', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e23b-7a81-9a5b-d216205887d6', '01a24daa-8d97-7046-b047-9abe1e1f27f1', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e23b-7be5-a83d-ac3db2d2e829', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e23f-75d3-b3fd-bca952fe73fc', '01a24daa-8ee0-7183-a467-41e325fa6b0f', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e23f-7dc8-acb7-467921535a09', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e243-76e7-b8fb-960164415551', '01a24daa-8f72-719d-9d35-a08e7c5fdea7', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e243-7256-b444-56f8029b9f57', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e247-7fb7-b02e-52f9f840cb77', '01a24daa-902e-73da-8ffa-7da361df9c1b', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e247-7c2e-befd-38d186179b8b', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e25a-7dde-99cc-390dded6c84a', '01a24daa-915f-7dbd-bcb0-8e07b934c5bd', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e25a-79f0-9962-529a5b2f29a0', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e268-796b-9232-08d005357186', '01a24daa-9277-79f1-a55e-cc6ffb972eba', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e268-7c04-a1a7-28cf58598bd0', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e299-7297-a780-99d9a89cabe2', '01a24daa-93b2-7352-8ae7-a50ec9d4ff9c', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e299-72d2-b806-53420d76e4b2', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e29f-7f80-adee-824b62d25100', '01a24daa-945f-7bc0-8430-27e194871cd3', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e2a0-778f-9880-21f7e20ceb73', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e2a4-731a-9ca1-04677bf97ad4', '01a24daa-9574-745b-9bca-a64b8c3074b9', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e2a4-758b-9530-f8b36974e4b6', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e2a8-7f75-b874-52c3aba9956d', '01a24daa-96a3-720d-b9af-257cf5f07308', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e2a9-7576-8be7-f9130c47f1d7', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e2ae-7087-a05d-8d3b98b3f79b', '01a24daa-977b-7634-807a-4edecf3b57ea', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e2ae-7fec-98c3-44f29a395cdc', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e2b7-7dd1-b938-66a96b04f1a3', '01a24daa-9825-7823-b0c1-27e1ed5a386e', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e2b7-75d6-ae05-7db72962adfa', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e2be-7940-af75-ceda3d5c7ae5', '01a24daa-9903-701e-873c-e166c857ffd9', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e2be-78e2-b1d7-4a40394760af', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e312-785b-b69d-e6804ec6d841', '01a24daa-9a2d-7347-aae9-fa281fa3e286', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e312-74c2-84b2-31da0287c4bc', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e32a-7168-a81d-a6d6bc70f707', '01a24daa-9b63-7f9e-8905-f95e4de2ee9f', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e32a-734a-85fe-a1f075a28d1d', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e33a-7d43-a3cc-3b97dfbb7133', '01a24daa-9c8f-71bd-9e11-59faa4025848', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e33a-7949-a274-1e3652e2b9d6', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e349-729a-837a-ad75eb466084', '01a24daa-9db3-7593-b408-f3867a203dbe', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e349-7300-aa0f-fd57c3d24c46', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e351-72c4-9e1c-6957519523f8', '01a24daa-9f1d-72dc-8477-db169f773274', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e351-714d-947a-46d33206de32', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e359-729c-9870-b2a853811582', '01a24daa-a073-7563-b801-db3f994930e7', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e359-7539-8847-0662a5973a81', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e368-7e4d-aa2f-85c741abe6fd', '01a24daa-a158-7c8f-b1e7-a7816239acd5', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e368-7d5d-a766-69baa8a1f438', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e371-7a6a-a68a-e88ceb552434', '01a24daa-a1e1-7a05-b531-b905cbaa5600', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e371-725e-a5b2-a3fe281f51e3', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e375-7f36-83f4-67122048991d', '01a24daa-a30b-783f-a5d5-0d243d1d88c1', 1, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-11', NULL, 'system', NULL, NULL, '01a24dae-e375-7182-bec5-38fbdc85748d', '2026-11', NULL, NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e4bc-7862-98a3-fc4516370ff1', '01a24daa-8a7a-75d9-8dca-edf6950981fb', 2, 'redeem', 'order', -1000, 0, 'Order S261106-KZEBM9', '01a24daa-8a7a-75d9-8dca-edf6950981fb', 'employee', '01a24dae-e418-73f4-a75e-25bbdfef5032', NULL, NULL, NULL, NULL, NULL, '2026-11-06 10:26:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e5ab-7eeb-ac04-4bf7fd18a6d8', '01a24daa-945f-7bc0-8430-27e194871cd3', 2, 'redeem', 'order', -450, 550, 'Order S261107-5PWRDX', '01a24daa-945f-7bc0-8430-27e194871cd3', 'employee', '01a24dae-e5a9-72b2-b166-0abe233737a9', NULL, NULL, NULL, NULL, NULL, '2026-11-07 09:36:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e5b8-7241-95f7-001ba9eb33bb', '01a24daa-8ee0-7183-a467-41e325fa6b0f', 2, 'redeem', 'order', -600, 400, 'Order S261107-KZ7NXC', '01a24daa-8ee0-7183-a467-41e325fa6b0f', 'employee', '01a24dae-e5b7-79f1-86ba-d816cd676507', NULL, NULL, NULL, NULL, NULL, '2026-11-07 10:55:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e5c5-7523-a6af-442c27c42b5a', '01a24daa-9a2d-7347-aae9-fa281fa3e286', 2, 'redeem', 'order', -100, 900, 'Order S261108-52K2S6', '01a24daa-9a2d-7347-aae9-fa281fa3e286', 'employee', '01a24dae-e5c4-77c2-a0c2-b73e71d2a448', NULL, NULL, NULL, NULL, NULL, '2026-11-08 09:59:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e5d1-7aa3-91a9-2a5987134501', '01a24daa-96a3-720d-b9af-257cf5f07308', 2, 'redeem', 'order', -550, 450, 'Order S261109-097C62', '01a24daa-96a3-720d-b9af-257cf5f07308', 'employee', '01a24dae-e5d0-7525-af37-c0d6e3f4d250', NULL, NULL, NULL, NULL, NULL, '2026-11-09 09:07:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e5d8-7a41-a6c0-2928e6eb1d2e', '01a24daa-a158-7c8f-b1e7-a7816239acd5', 2, 'redeem', 'order', -1000, 0, 'Order S261109-SMW9XN', '01a24daa-a158-7c8f-b1e7-a7816239acd5', 'employee', '01a24dae-e5d7-742c-b69a-690e2c27afd5', NULL, NULL, NULL, NULL, NULL, '2026-11-09 10:14:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e5ec-7cdb-9290-2a0f7e1194b9', '01a24daa-93b2-7352-8ae7-a50ec9d4ff9c', 2, 'redeem', 'order', -1000, 0, 'Order S261109-9SADXB', '01a24daa-93b2-7352-8ae7-a50ec9d4ff9c', 'employee', '01a24dae-e5eb-7fa9-917f-21db17a9fdd0', NULL, NULL, NULL, NULL, NULL, '2026-11-09 11:28:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e600-7c51-b665-65b87014598c', '01a24daa-8562-7aaa-944a-6c3fd24cc5f9', 2, 'redeem', 'order', -100, 900, 'Order S261109-ZAQ410', '01a24daa-8562-7aaa-944a-6c3fd24cc5f9', 'employee', '01a24dae-e5ff-79f9-ba8f-bb190ed8df20', NULL, NULL, NULL, NULL, NULL, '2026-11-09 12:38:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e60f-7fda-9e73-04d641372367', '01a24daa-7ef7-7cb9-8233-a27569cd8b08', 2, 'redeem', 'order', -550, 450, 'Order S261109-0TNBS8', '01a24daa-7ef7-7cb9-8233-a27569cd8b08', 'employee', '01a24dae-e60e-7532-a721-60210ab63e98', NULL, NULL, NULL, NULL, NULL, '2026-11-09 12:49:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e61d-7e02-a2e8-015402321b76', '01a24daa-87c4-77fa-8926-feec907edef2', 2, 'redeem', 'order', -950, 50, 'Order S261110-63XA2X', '01a24daa-87c4-77fa-8926-feec907edef2', 'employee', '01a24dae-e61c-7d45-84c5-66c1d98f10e3', NULL, NULL, NULL, NULL, NULL, '2026-11-10 09:19:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e624-767c-aec6-f5a12b6d6aa3', '01a24daa-96a3-720d-b9af-257cf5f07308', 3, 'redeem', 'order', -100, 350, 'Order S261110-S6P6R4', '01a24daa-96a3-720d-b9af-257cf5f07308', 'employee', '01a24dae-e623-7972-8163-f30708b76cf8', NULL, NULL, NULL, NULL, NULL, '2026-11-10 10:41:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e62f-76e4-a01c-c31402d8b4f4', '01a24daa-a1e1-7a05-b531-b905cbaa5600', 2, 'redeem', 'order', -1000, 0, 'Order S261111-9SWGD5', '01a24daa-a1e1-7a05-b531-b905cbaa5600', 'employee', '01a24dae-e62e-7a58-adfe-a0982a4a1f1c', NULL, NULL, NULL, NULL, NULL, '2026-11-11 10:17:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e635-73b7-9058-14de19ad7e2b', '01a24daa-945f-7bc0-8430-27e194871cd3', 3, 'redeem', 'order', -550, 0, 'Order S261111-DHZMQW', '01a24daa-945f-7bc0-8430-27e194871cd3', 'employee', '01a24dae-e634-78fb-8230-e85e4ba23164', NULL, NULL, NULL, NULL, NULL, '2026-11-11 10:24:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e63c-7f2d-957d-80aea3a38a20', '01a24daa-809b-7051-bc16-961ff23c7968', 2, 'redeem', 'order', -900, 100, 'Order S261111-JGF052', '01a24daa-809b-7051-bc16-961ff23c7968', 'employee', '01a24dae-e63b-79b6-bfc2-054bef1feb5c', NULL, NULL, NULL, NULL, NULL, '2026-11-11 11:17:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e643-7518-81e6-5a0a005a8285', '01a24daa-842b-756b-9abd-e36380e7bc8e', 2, 'redeem', 'order', -550, 450, 'Order S261111-R91H2M', '01a24daa-842b-756b-9abd-e36380e7bc8e', 'employee', '01a24dae-e642-7e71-8dad-b022957fc3de', NULL, NULL, NULL, NULL, NULL, '2026-11-11 11:30:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e649-78cf-964c-275d86d192fc', '01a24daa-9f1d-72dc-8477-db169f773274', 2, 'redeem', 'order', -750, 250, 'Order S261111-BDZVCT', '01a24daa-9f1d-72dc-8477-db169f773274', 'employee', '01a24dae-e648-790c-b7f4-910a3bd303bf', NULL, NULL, NULL, NULL, NULL, '2026-11-11 12:17:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e652-7e87-ab67-662ac784b5d7', '01a24daa-7dbf-7f6a-87e5-78d448ca15bb', 2, 'redeem', 'order', -1000, 0, 'Order S261112-2K61MV', '01a24daa-7dbf-7f6a-87e5-78d448ca15bb', 'employee', '01a24dae-e651-7040-acb0-7eb150725006', NULL, NULL, NULL, NULL, NULL, '2026-11-12 09:05:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e68d-745b-a669-9a30bfbfe239', '01a24daa-9b63-7f9e-8905-f95e4de2ee9f', 2, 'redeem', 'order', -1000, 0, 'Order S261112-X9B1MR', '01a24daa-9b63-7f9e-8905-f95e4de2ee9f', 'employee', '01a24dae-e68c-716f-88ab-5df2c1949cee', NULL, NULL, NULL, NULL, NULL, '2026-11-12 10:16:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e6d0-71b7-855c-b9b94dfeecbb', '01a24daa-9db3-7593-b408-f3867a203dbe', 2, 'redeem', 'order', -900, 100, 'Order S261113-TVC3VX', '01a24daa-9db3-7593-b408-f3867a203dbe', 'employee', '01a24dae-e6cb-773e-8906-0ee54ec93728', NULL, NULL, NULL, NULL, NULL, '2026-11-13 10:09:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e72b-745b-bae5-7b0163d39577', '01a24daa-7f9c-7c09-9727-150b0a03ad83', 2, 'redeem', 'order', -950, 50, 'Order S261113-KP56Y7', '01a24daa-7f9c-7c09-9727-150b0a03ad83', 'employee', '01a24dae-e724-7dd3-853f-bf9fca9e3ed5', NULL, NULL, NULL, NULL, NULL, '2026-11-13 11:08:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e77f-75b4-8f34-9173cc505da6', '01a24daa-81a3-7ed2-9c87-81767d40fe22', 2, 'redeem', 'order', -1000, 0, 'Order S261113-YWQK1E', '01a24daa-81a3-7ed2-9c87-81767d40fe22', 'employee', '01a24dae-e776-7ea1-ab82-2a8cee5ede27', NULL, NULL, NULL, NULL, NULL, '2026-11-13 13:44:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e7e3-7e46-8f95-94fc4a44685e', '01a24daa-8317-7e7f-9c50-17871c3562c1', 2, 'redeem', 'order', -550, 450, 'Order S261114-78CE5Y', '01a24daa-8317-7e7f-9c50-17871c3562c1', 'employee', '01a24dae-e7db-7daa-86af-8fe90695bad2', NULL, NULL, NULL, NULL, NULL, '2026-11-14 09:08:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e835-7fff-88a5-8cef6e2850b0', '01a24daa-9db3-7593-b408-f3867a203dbe', 3, 'redeem', 'order', -100, 0, 'Order S261115-2KR2KJ', '01a24daa-9db3-7593-b408-f3867a203dbe', 'employee', '01a24dae-e82f-7345-a607-9116984234ff', NULL, NULL, NULL, NULL, NULL, '2026-11-15 09:46:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e861-7bf2-a4f7-a73c3fef3341', '01a24daa-8d97-7046-b047-9abe1e1f27f1', 2, 'redeem', 'order', -350, 650, 'Order S261115-E9B6F8', '01a24daa-8d97-7046-b047-9abe1e1f27f1', 'employee', '01a24dae-e860-7d7b-bff9-3940a2888165', NULL, NULL, NULL, NULL, NULL, '2026-11-15 10:08:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e8f8-7c8d-afab-3a4da5e9392a', '01a24daa-8b37-708c-984e-8262d3021456', 2, 'redeem', 'order', -500, 500, 'Order S261115-TKEC9T', '01a24daa-8b37-708c-984e-8262d3021456', 'employee', '01a24dae-e8f6-7ed6-b0a4-d5d113699616', NULL, NULL, NULL, NULL, NULL, '2026-11-15 12:47:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e92b-7cd7-b9d3-d9075b9befc4', '01a24daa-977b-7634-807a-4edecf3b57ea', 2, 'redeem', 'order', -100, 900, 'Order S261116-315ZXT', '01a24daa-977b-7634-807a-4edecf3b57ea', 'employee', '01a24dae-e926-7d32-860b-108750d5951a', NULL, NULL, NULL, NULL, NULL, '2026-11-16 11:27:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e95b-7e75-ae19-b64aff5c9be0', '01a24daa-96a3-720d-b9af-257cf5f07308', 4, 'redeem', 'order', -200, 150, 'Order S261117-EC0QQE', '01a24daa-96a3-720d-b9af-257cf5f07308', 'employee', '01a24dae-e956-722c-800c-1ceedb506726', NULL, NULL, NULL, NULL, NULL, '2026-11-17 09:47:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e998-7360-b398-614429bdbc10', '01a24daa-86bc-7869-b569-296b791879af', 2, 'redeem', 'order', -450, 550, 'Order S261118-44Y0EK', '01a24daa-86bc-7869-b569-296b791879af', 'employee', '01a24dae-e997-71a2-acf0-a70cd2c71bad', NULL, NULL, NULL, NULL, NULL, '2026-11-18 09:27:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e9cb-7282-92c5-45a43af57395', '01a24daa-8ee0-7183-a467-41e325fa6b0f', 3, 'redeem', 'order', -350, 50, 'Order S261118-NKZZ0F', '01a24daa-8ee0-7183-a467-41e325fa6b0f', 'employee', '01a24dae-e9c6-73aa-83b5-13d7e075a4d1', NULL, NULL, NULL, NULL, NULL, '2026-11-18 10:33:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-e9f7-75ca-ad61-6986185e392f', '01a24daa-902e-73da-8ffa-7da361df9c1b', 2, 'redeem', 'order', -350, 650, 'Order S261118-GY0NHG', '01a24daa-902e-73da-8ffa-7da361df9c1b', 'employee', '01a24dae-e9f6-71bf-a1b8-1763f432f407', NULL, NULL, NULL, NULL, NULL, '2026-11-18 11:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ea30-7edd-b6e0-04d8d7e6175e', '01a24daa-86bc-7869-b569-296b791879af', 3, 'redeem', 'order', -550, 0, 'Order S261120-PWJ9BW', '01a24daa-86bc-7869-b569-296b791879af', 'employee', '01a24dae-ea2f-7c9b-a6be-c508f8b92ad1', NULL, NULL, NULL, NULL, NULL, '2026-11-20 09:48:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ea47-7ccb-ae03-a218d67b747d', '01a24daa-902e-73da-8ffa-7da361df9c1b', 3, 'redeem', 'order', -450, 200, 'Order S261120-PPWGJ4', '01a24daa-902e-73da-8ffa-7da361df9c1b', 'employee', '01a24dae-ea46-70e2-86c7-04ca2af8e5b8', NULL, NULL, NULL, NULL, NULL, '2026-11-20 10:41:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ea7a-7a8c-a950-1b4d3027ada5', '01a24daa-889b-7a82-aae8-75c4f42fc614', 2, 'redeem', 'order', -550, 450, 'Order S261123-DNSEFD', '01a24daa-889b-7a82-aae8-75c4f42fc614', 'employee', '01a24dae-ea79-7d32-a6bd-6814050fb8cb', NULL, NULL, NULL, NULL, NULL, '2026-11-23 11:38:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ea90-7a04-a49c-e2bae5cd5540', '01a24daa-a30b-783f-a5d5-0d243d1d88c1', 2, 'redeem', 'order', -600, 400, 'Order S261123-ZESZ32', '01a24daa-a30b-783f-a5d5-0d243d1d88c1', 'employee', '01a24dae-ea8e-78b6-a36f-3394df527599', NULL, NULL, NULL, NULL, NULL, '2026-11-23 12:16:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ea99-74f9-8a85-428dcd7cc08c', '01a24daa-9a2d-7347-aae9-fa281fa3e286', 3, 'redeem', 'order', -500, 400, 'Order S261124-BJR2NG', '01a24daa-9a2d-7347-aae9-fa281fa3e286', 'employee', '01a24dae-ea98-7a38-b1ee-80b7bc61f221', NULL, NULL, NULL, NULL, NULL, '2026-11-24 09:49:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-eaa0-7403-834c-2d51ab41ae28', '01a24daa-9825-7823-b0c1-27e1ed5a386e', 2, 'redeem', 'order', -1000, 0, 'Order S261124-47SN2G', '01a24daa-9825-7823-b0c1-27e1ed5a386e', 'employee', '01a24dae-ea9f-7760-97c9-7c56ac05398a', NULL, NULL, NULL, NULL, NULL, '2026-11-24 10:11:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-eaa9-7687-ba1d-2d5633c395a4', '01a24daa-8d97-7046-b047-9abe1e1f27f1', 3, 'redeem', 'order', -550, 100, 'Order S261125-NFXFQ4', '01a24daa-8d97-7046-b047-9abe1e1f27f1', 'employee', '01a24dae-eaa8-78fa-954d-c8daa19cb76c', NULL, NULL, NULL, NULL, NULL, '2026-11-25 09:18:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-eab6-7334-9ba7-1839ab178963', '01a24daa-7c54-7c35-b442-179b5c46268b', 2, 'redeem', 'order', -600, 400, 'Order S261125-4M4QA1', '01a24daa-7c54-7c35-b442-179b5c46268b', 'employee', '01a24dae-eab5-71b2-979e-3fe2d97b6628', NULL, NULL, NULL, NULL, NULL, '2026-11-25 10:13:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-eb23-771e-bfd4-be0865893cf4', '01a24daa-96a3-720d-b9af-257cf5f07308', 5, 'redeem', 'order', -100, 50, 'Order S261126-BV271N', '01a24daa-96a3-720d-b9af-257cf5f07308', 'employee', '01a24dae-eb1d-7f14-b591-dc72ce5e98b1', NULL, NULL, NULL, NULL, NULL, '2026-11-26 10:34:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-eb38-7c1e-80d7-c7cdaa9e8ea6', '01a24daa-8cbb-73a2-9774-87778a3d313a', 2, 'redeem', 'order', -750, 250, 'Order S261126-928QXS', '01a24daa-8cbb-73a2-9774-87778a3d313a', 'employee', '01a24dae-eb37-71e5-8315-ee25044681ef', NULL, NULL, NULL, NULL, NULL, '2026-11-26 11:13:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ebbd-7851-b5f3-f13167db8c52', '01a24daa-902e-73da-8ffa-7da361df9c1b', 4, 'redeem', 'order', -100, 100, 'Order S261128-EWEZHJ', '01a24daa-902e-73da-8ffa-7da361df9c1b', 'employee', '01a24dae-ebb8-7634-af0a-61fc19d323b9', NULL, NULL, NULL, NULL, NULL, '2026-11-28 10:19:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ebcb-71fe-ad02-7b308d87088f', '01a24daa-977b-7634-807a-4edecf3b57ea', 3, 'redeem', 'order', -450, 450, 'Order S261128-6KRQT6', '01a24daa-977b-7634-807a-4edecf3b57ea', 'employee', '01a24dae-ebc7-740f-a6b1-dd96be771dd1', NULL, NULL, NULL, NULL, NULL, '2026-11-28 10:57:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ebe3-723c-8798-4b5d8066a81d', '01a24daa-7ced-730a-afc7-fe96c478037c', 2, 'redeem', 'order', -750, 250, 'Order S261128-NVQ6XS', '01a24daa-7ced-730a-afc7-fe96c478037c', 'employee', '01a24dae-ebe2-7387-ae02-4dc120302890', NULL, NULL, NULL, NULL, NULL, '2026-11-28 12:39:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ec15-7f82-8d9d-81903b09af2f', '01a24daa-889b-7a82-aae8-75c4f42fc614', 3, 'redeem', 'order', -450, 0, 'Order S261129-8MBPJW', '01a24daa-889b-7a82-aae8-75c4f42fc614', 'employee', '01a24dae-ec13-7df7-b68e-fffd396764ca', NULL, NULL, NULL, NULL, NULL, '2026-11-29 09:37:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ec33-788a-b70b-c44d9e870c0e', '01a24daa-977b-7634-807a-4edecf3b57ea', 4, 'redeem', 'order', -200, 250, 'Order S261129-SQ8QKX', '01a24daa-977b-7634-807a-4edecf3b57ea', 'employee', '01a24dae-ec32-714e-aada-807787ccf3d1', NULL, NULL, NULL, NULL, NULL, '2026-11-29 10:18:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ec55-76be-b47c-d35668a4973c', '01a24daa-8317-7e7f-9c50-17871c3562c1', 3, 'redeem', 'order', -450, 0, 'Order S261130-GP10NM', '01a24daa-8317-7e7f-9c50-17871c3562c1', 'employee', '01a24dae-ec54-76aa-97e0-edf2efad98a1', NULL, NULL, NULL, NULL, NULL, '2026-11-30 09:09:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ec69-7294-93a3-0914665afbb3', '01a24daa-8f72-719d-9d35-a08e7c5fdea7', 2, 'redeem', 'order', -450, 550, 'Order S261130-6GA899', '01a24daa-8f72-719d-9d35-a08e7c5fdea7', 'employee', '01a24dae-ec67-7322-beff-3ae64b3ab5f8', NULL, NULL, NULL, NULL, NULL, '2026-11-30 09:44:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ec78-7037-8a95-ebed55693fe3', '01a24daa-8cbb-73a2-9774-87778a3d313a', 3, 'redeem', 'order', -100, 150, 'Order S261130-89HY91', '01a24daa-8cbb-73a2-9774-87778a3d313a', 'employee', '01a24dae-ec77-7fe7-8786-be6c8c290b2c', NULL, NULL, NULL, NULL, NULL, '2026-11-30 10:13:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ec7e-7cad-bd81-06e8f7fa1623', '01a24daa-7ef7-7cb9-8233-a27569cd8b08', 3, 'redeem', 'order', -350, 100, 'Order S261130-NF35QD', '01a24daa-7ef7-7cb9-8233-a27569cd8b08', 'employee', '01a24dae-ec7d-7092-b139-719c37867b12', NULL, NULL, NULL, NULL, NULL, '2026-11-30 10:43:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ec8a-7c23-bacc-5136a9b8c0f7', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 2, 'grant', 'monthly', 1000, 2000, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-ec8a-74d6-992b-c8aa73da22b2', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ec8e-771c-a8a6-102d793f3b32', '01a24daa-7c54-7c35-b442-179b5c46268b', 3, 'grant', 'monthly', 1000, 1400, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-ec8e-7d58-b11f-fb96532a0e3b', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ec92-7702-a013-9986993508df', '01a24daa-7ced-730a-afc7-fe96c478037c', 3, 'grant', 'monthly', 1000, 1250, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-ec92-7da6-99ab-f052dd77b6ea', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ec9d-7f8e-ad33-0e3a2c59d9f3', '01a24daa-7dbf-7f6a-87e5-78d448ca15bb', 3, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-ec9d-7490-a872-7ea7b053b43c', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-eca5-7b85-880c-eec487046bcc', '01a24daa-7ef7-7cb9-8233-a27569cd8b08', 4, 'grant', 'monthly', 1000, 1100, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-eca5-781d-b933-960ee433104f', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-eca9-7e3c-8011-c726f760b34a', '01a24daa-7f9c-7c09-9727-150b0a03ad83', 3, 'grant', 'monthly', 1000, 1050, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-eca9-762f-bebf-af6651869b55', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ecad-77b9-9824-364c2efaa1f9', '01a24daa-809b-7051-bc16-961ff23c7968', 3, 'grant', 'monthly', 1000, 1100, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-ecad-7624-aff9-72f67cea6567', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ecd7-7ef4-becc-554797066362', '01a24daa-81a3-7ed2-9c87-81767d40fe22', 3, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-ecd7-7753-a425-b5d758243948', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ecfb-779b-a7c4-4137483dac91', '01a24daa-8317-7e7f-9c50-17871c3562c1', 4, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-ecfb-71a0-b61f-c7b25f63104f', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ed33-7ee8-a986-7fa33f428c26', '01a24daa-842b-756b-9abd-e36380e7bc8e', 3, 'grant', 'monthly', 1000, 1450, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-ed33-7df8-b5b5-59e42767a7f7', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ed4f-73b8-ace5-187f30875161', '01a24daa-8562-7aaa-944a-6c3fd24cc5f9', 3, 'grant', 'monthly', 1000, 1900, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-ed50-70e9-8594-5a2bea137eea', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ed67-7094-b8c9-c99fddd60c8a', '01a24daa-86bc-7869-b569-296b791879af', 4, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-ed67-74ac-b9a4-088d7f46f01a', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ed9a-70ff-9240-5bf6ebbe48ef', '01a24daa-87c4-77fa-8926-feec907edef2', 3, 'grant', 'monthly', 1000, 1050, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-ed9a-7c84-a45a-06684953d640', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ede0-7585-ae99-2cdf1a70fd04', '01a24daa-889b-7a82-aae8-75c4f42fc614', 4, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-ede0-7144-92f2-eb2be1b86b60', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ee13-7cc9-9bc1-9bdd6cb28deb', '01a24daa-8973-7b6e-8ad1-e3515065d47b', 2, 'grant', 'monthly', 1000, 2000, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-ee13-79fb-874f-7172118b2063', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ee3f-752d-b311-8a09d481659c', '01a24daa-8a7a-75d9-8dca-edf6950981fb', 3, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-ee3f-7dab-8e22-6bee2419e399', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ee56-7d1a-bb1a-7c3e5ba6b41c', '01a24daa-8b37-708c-984e-8262d3021456', 3, 'grant', 'monthly', 1000, 1500, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-ee56-7157-adbd-02a1fc0ec402', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ee79-7c22-b706-593977dee95b', '01a24daa-8be6-72ee-9d97-8ee0179e20cc', 2, 'grant', 'monthly', 1000, 2000, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-ee79-74ac-a8dc-48c895379269', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ee9c-7b94-9379-1a4003ade257', '01a24daa-8cbb-73a2-9774-87778a3d313a', 4, 'grant', 'monthly', 1000, 1150, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-ee9c-72dd-a583-925011080c61', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-eeb2-70aa-b440-c162e4a11484', '01a24daa-8d97-7046-b047-9abe1e1f27f1', 4, 'grant', 'monthly', 1000, 1100, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-eeb2-7b2e-b927-a54490030f6d', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-eed3-7c62-88f3-db4b53bc9a38', '01a24daa-8ee0-7183-a467-41e325fa6b0f', 4, 'grant', 'monthly', 1000, 1050, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-eed3-7436-8cf8-9a55682d7eeb', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ef07-7204-887c-e413829bf523', '01a24daa-8f72-719d-9d35-a08e7c5fdea7', 3, 'grant', 'monthly', 1000, 1550, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-ef07-761a-8221-f7d7c85e39a6', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ef6f-79ee-9c87-15fe496b40d5', '01a24daa-902e-73da-8ffa-7da361df9c1b', 5, 'grant', 'monthly', 1000, 1100, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-ef6f-771e-8152-8744665dfce2', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-ef9b-717e-b306-038a42b49698', '01a24daa-915f-7dbd-bcb0-8e07b934c5bd', 2, 'grant', 'monthly', 1000, 2000, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-ef9b-7e7f-980e-bd0022369ca4', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-efe7-7e73-a566-e6bc563eb03e', '01a24daa-9277-79f1-a55e-cc6ffb972eba', 2, 'grant', 'monthly', 1000, 2000, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-efe7-7ad1-a6cc-b1f346336cac', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f03d-7043-b8bd-60cf94a935d7', '01a24daa-93b2-7352-8ae7-a50ec9d4ff9c', 3, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-f03e-7dc0-a768-99335eb5c61e', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f067-78ed-974f-20b1a2a87eff', '01a24daa-945f-7bc0-8430-27e194871cd3', 4, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-f067-701b-a784-b0b75351bab6', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f093-79e8-983d-0b41b61912c3', '01a24daa-9574-745b-9bca-a64b8c3074b9', 2, 'grant', 'monthly', 1000, 2000, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-f093-7ed6-9f4f-9e7dd6a0a82b', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f0bb-72df-9d27-3cf07ceeeff8', '01a24daa-96a3-720d-b9af-257cf5f07308', 6, 'grant', 'monthly', 1000, 1050, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-f0bb-7f8a-bc5e-012d32f4e265', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f0f7-7dff-8d88-5e0f7f5d2894', '01a24daa-977b-7634-807a-4edecf3b57ea', 5, 'grant', 'monthly', 1000, 1250, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-f0f8-7386-945c-726c9a59c9fe', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f117-721e-9d4d-bbeeaafdda39', '01a24daa-9825-7823-b0c1-27e1ed5a386e', 3, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-f117-7dfd-acc8-01b34a5eddf6', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f147-7195-912a-8c0186bb1c00', '01a24daa-9903-701e-873c-e166c857ffd9', 2, 'grant', 'monthly', 1000, 2000, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-f147-7b45-8eaa-a996fb04cbec', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f16b-7cd1-b289-256dd703038a', '01a24daa-9a2d-7347-aae9-fa281fa3e286', 4, 'grant', 'monthly', 1000, 1400, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-f16b-7532-800c-74ac326fa345', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f18f-7564-943e-7f502f259a7b', '01a24daa-9b63-7f9e-8905-f95e4de2ee9f', 3, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-f18f-773e-a309-115bfba1c978', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f1c3-7fd8-9136-c60c7e131997', '01a24daa-9c8f-71bd-9e11-59faa4025848', 2, 'grant', 'monthly', 1000, 2000, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-f1c3-7d46-b42f-049e51559ca7', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f1e7-75c9-9d78-9e8cf52f2975', '01a24daa-9db3-7593-b408-f3867a203dbe', 4, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-f1e7-713f-8456-47425409f824', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f211-7bcf-a8d9-701d0defaba1', '01a24daa-9f1d-72dc-8477-db169f773274', 3, 'grant', 'monthly', 1000, 1250, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-f212-7cdf-b05c-2ef504eac6e4', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f253-7c02-908f-b7ea07eebb07', '01a24daa-a073-7563-b801-db3f994930e7', 2, 'grant', 'monthly', 1000, 2000, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-f253-7bd3-9941-334a40d4ff58', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f27e-7569-8f0d-873b07a3e402', '01a24daa-a158-7c8f-b1e7-a7816239acd5', 3, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-f27f-7e48-b0ac-76d3e9d62c64', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f2a4-79b1-8165-7902cadd374f', '01a24daa-a1e1-7a05-b531-b905cbaa5600', 3, 'grant', 'monthly', 1000, 1000, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-f2a4-7ea5-aa75-66e6e537f86e', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f2db-739c-a049-cd4cf188a691', '01a24daa-a30b-783f-a5d5-0d243d1d88c1', 3, 'grant', 'monthly', 1000, 1400, 'Monthly allocation 2026-12', NULL, 'system', NULL, NULL, '01a24dae-f2db-72b5-bc9b-ff4724c7f4e2', '2026-12', NULL, NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f2fd-7de1-ad01-5fcc364b24df', '01a24daa-a073-7563-b801-db3f994930e7', 3, 'redeem', 'order', -1350, 650, 'Order S261201-Q82814', '01a24daa-a073-7563-b801-db3f994930e7', 'employee', '01a24dae-f2fb-7cbe-9360-eb1f414568cf', NULL, NULL, NULL, NULL, NULL, '2026-12-01 09:51:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f315-76af-bebc-c2a7a1a6b6b7', '01a24daa-a30b-783f-a5d5-0d243d1d88c1', 4, 'redeem', 'order', -100, 1300, 'Order S261201-QGA3W4', '01a24daa-a30b-783f-a5d5-0d243d1d88c1', 'employee', '01a24dae-f314-7459-b6fa-e87cf2b88b36', NULL, NULL, NULL, NULL, NULL, '2026-12-01 11:04:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f32a-75a3-b670-d150188db620', '01a24daa-8a7a-75d9-8dca-edf6950981fb', 4, 'redeem', 'order', -450, 550, 'Order S261202-5A1ASM', '01a24daa-8a7a-75d9-8dca-edf6950981fb', 'employee', '01a24dae-f329-73c5-a4f6-1f52e92f42f0', NULL, NULL, NULL, NULL, NULL, '2026-12-02 09:35:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f334-76ea-9e60-7c4c05342364', '01a24daa-889b-7a82-aae8-75c4f42fc614', 5, 'redeem', 'order', -550, 450, 'Order S261203-YC9829', '01a24daa-889b-7a82-aae8-75c4f42fc614', 'employee', '01a24dae-f333-7c04-bc92-eb333757dbd3', NULL, NULL, NULL, NULL, NULL, '2026-12-03 09:33:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f33b-77a0-9464-9d8f75fa1187', '01a24daa-8973-7b6e-8ad1-e3515065d47b', 3, 'redeem', 'order', -1800, 200, 'Order S261203-YAG8FT', '01a24daa-8973-7b6e-8ad1-e3515065d47b', 'employee', '01a24dae-f33a-7662-b777-8338dae88695', NULL, NULL, NULL, NULL, NULL, '2026-12-03 10:05:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f345-7916-8f10-f8eddefea92e', '01a24daa-96a3-720d-b9af-257cf5f07308', 7, 'redeem', 'order', -550, 500, 'Order S261204-5B3M8S', '01a24daa-96a3-720d-b9af-257cf5f07308', 'employee', '01a24dae-f344-7677-81fd-44cecb22cfdc', NULL, NULL, NULL, NULL, NULL, '2026-12-04 09:59:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f34b-7bee-8e99-21e45db9d6ef', '01a24daa-9f1d-72dc-8477-db169f773274', 4, 'redeem', 'order', -450, 800, 'Order S261204-F108YK', '01a24daa-9f1d-72dc-8477-db169f773274', 'employee', '01a24dae-f34b-7042-a907-40df4df24ff0', NULL, NULL, NULL, NULL, NULL, '2026-12-04 11:06:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f352-7613-876f-6c70dc9943d2', '01a24daa-9a2d-7347-aae9-fa281fa3e286', 5, 'redeem', 'order', -1150, 250, 'Order S261204-F6SBCQ', '01a24daa-9a2d-7347-aae9-fa281fa3e286', 'employee', '01a24dae-f351-7335-9fd9-879582cbea4d', NULL, NULL, NULL, NULL, NULL, '2026-12-04 12:01:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f35b-7193-be5b-8bdaca378eb8', '01a24daa-8317-7e7f-9c50-17871c3562c1', 5, 'redeem', 'order', -200, 800, 'Order S261205-NBCXF5', '01a24daa-8317-7e7f-9c50-17871c3562c1', 'employee', '01a24dae-f35a-7a14-8826-251ce432bd67', NULL, NULL, NULL, NULL, NULL, '2026-12-05 10:09:00+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f60c-7099-8db8-cd02dac8259f', '01a24daa-9a2d-7347-aae9-fa281fa3e286', 6, 'refund', 'order', 100, 350, 'Refund of order S261108-52K2S6', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', '01a24dae-e5c4-77c2-a0c2-b73e71d2a448', NULL, '01a24dae-f60c-7562-b16e-1fd66001ecb0', NULL, NULL, NULL, '2026-12-06 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f6c8-7a27-9d6c-0e6bf2673981', '01a24daa-96a3-720d-b9af-257cf5f07308', 8, 'refund', 'order', 100, 600, 'Refund of order S261110-S6P6R4', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', '01a24dae-e623-7972-8163-f30708b76cf8', NULL, '01a24dae-f6c8-7c00-9183-f5a35fea6d85', NULL, NULL, NULL, '2026-12-06 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f6eb-7c91-aa70-2e611a5ee570', '01a24daa-9b63-7f9e-8905-f95e4de2ee9f', 4, 'refund', 'order', 1000, 2000, 'Refund of order S261112-X9B1MR', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', '01a24dae-e68c-716f-88ab-5df2c1949cee', NULL, '01a24dae-f6ec-7a4a-8473-abcf23cd394c', NULL, NULL, NULL, '2026-12-06 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f70b-72bd-897e-bfb7e7ec3ec9', '01a24daa-8b37-708c-984e-8262d3021456', 4, 'refund', 'order', 500, 2000, 'Refund of order S261115-TKEC9T', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', '01a24dae-e8f6-7ed6-b0a4-d5d113699616', NULL, '01a24dae-f70b-7e63-8228-a876d20182ea', NULL, NULL, NULL, '2026-12-06 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f72b-7a5b-a83b-8ca9ff3678ea', '01a24daa-902e-73da-8ffa-7da361df9c1b', 6, 'refund', 'order', 450, 1550, 'Refund of order S261120-PPWGJ4', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', '01a24dae-ea46-70e2-86c7-04ca2af8e5b8', NULL, '01a24dae-f72b-765a-a4d3-e5b54ca13d89', NULL, NULL, NULL, '2026-12-06 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f73b-7532-80d1-0c8b392115cf', '01a24daa-96a3-720d-b9af-257cf5f07308', 9, 'refund', 'order', 100, 700, 'Refund of order S261126-BV271N', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', '01a24dae-eb1d-7f14-b591-dc72ce5e98b1', NULL, '01a24dae-f73b-7ae8-916f-737ba1263c49', NULL, NULL, NULL, '2026-12-06 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f7ef-76cc-8772-98b8b201a320', '01a24daa-8317-7e7f-9c50-17871c3562c1', 6, 'refund', 'order', 450, 1250, 'Refund of order S261130-GP10NM', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', '01a24dae-ec54-76aa-97e0-edf2efad98a1', NULL, '01a24dae-f7ef-73db-bc09-16b47893d2b6', NULL, NULL, NULL, '2026-12-06 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f7fa-7be0-9e42-adcb2922ffec', '01a24daa-889b-7a82-aae8-75c4f42fc614', 6, 'refund', 'order', 550, 1000, 'Refund of order S261203-YC9829', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', '01a24dae-f333-7c04-bc92-eb333757dbd3', NULL, '01a24dae-f7fa-72b6-a939-f8ec71052704', NULL, NULL, NULL, '2026-12-06 23:27:14.197864+00');
INSERT INTO shop.ledger_entries VALUES ('01a24dae-f803-7cc1-9042-445a0b24c7ae', '01a24daa-7c54-7c35-b442-179b5c46268b', 4, 'grant', 'manual', 300, 1700, 'Conference speaker thank-you', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', NULL, NULL, '01a24dae-f803-7b2b-90b7-4e769db7f4ef', NULL, NULL, NULL, '2026-12-06 23:27:14.197864+00');


--
-- Data for Name: lot_consumptions; Type: TABLE DATA; Schema: shop; Owner: -
--

INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e4bc-7862-98a3-fc4516370ff1', '01a24dae-e22a-7c42-bd1e-853df32d7cc9', 1000);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e5ab-7eeb-ac04-4bf7fd18a6d8', '01a24dae-e2a0-778f-9880-21f7e20ceb73', 450);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e5b8-7241-95f7-001ba9eb33bb', '01a24dae-e23f-7dc8-acb7-467921535a09', 600);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e5c5-7523-a6af-442c27c42b5a', '01a24dae-e312-74c2-84b2-31da0287c4bc', 100);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e5d1-7aa3-91a9-2a5987134501', '01a24dae-e2a9-7576-8be7-f9130c47f1d7', 550);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e5d8-7a41-a6c0-2928e6eb1d2e', '01a24dae-e368-7d5d-a766-69baa8a1f438', 1000);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e5ec-7cdb-9290-2a0f7e1194b9', '01a24dae-e299-72d2-b806-53420d76e4b2', 1000);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e600-7c51-b665-65b87014598c', '01a24dae-e215-792f-bf5a-d92029921c6d', 100);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e60f-7fda-9e73-04d641372367', '01a24dae-e1f3-7461-a1e3-bafed8229c41', 550);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e61d-7e02-a2e8-015402321b76', '01a24dae-e21e-7468-9bca-cd8ac49c1aad', 950);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e624-767c-aec6-f5a12b6d6aa3', '01a24dae-e2a9-7576-8be7-f9130c47f1d7', 100);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e62f-76e4-a01c-c31402d8b4f4', '01a24dae-e371-725e-a5b2-a3fe281f51e3', 1000);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e635-73b7-9058-14de19ad7e2b', '01a24dae-e2a0-778f-9880-21f7e20ceb73', 550);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e63c-7f2d-957d-80aea3a38a20', '01a24dae-e202-774d-a7c1-16bf25b1d4fb', 900);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e643-7518-81e6-5a0a005a8285', '01a24dae-e210-7524-9208-30db28630bb7', 550);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e649-78cf-964c-275d86d192fc', '01a24dae-e351-714d-947a-46d33206de32', 750);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e652-7e87-ab67-662ac784b5d7', '01a24dae-e1df-7a1d-b0f0-5ed3a9889671', 1000);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e68d-745b-a669-9a30bfbfe239', '01a24dae-e32a-734a-85fe-a1f075a28d1d', 1000);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e6d0-71b7-855c-b9b94dfeecbb', '01a24dae-e349-7300-aa0f-fd57c3d24c46', 900);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e72b-745b-bae5-7b0163d39577', '01a24dae-e1fd-79b7-856d-46f7f1b062c8', 950);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e77f-75b4-8f34-9173cc505da6', '01a24dae-e207-77b0-85d7-616ee63879e3', 1000);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e7e3-7e46-8f95-94fc4a44685e', '01a24dae-e20c-7a78-90b7-ff5721f7d04d', 550);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e835-7fff-88a5-8cef6e2850b0', '01a24dae-e349-7300-aa0f-fd57c3d24c46', 100);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e861-7bf2-a4f7-a73c3fef3341', '01a24dae-e23b-7be5-a83d-ac3db2d2e829', 350);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e8f8-7c8d-afab-3a4da5e9392a', '01a24dae-e22f-7936-b4c1-badec451918f', 500);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e92b-7cd7-b9d3-d9075b9befc4', '01a24dae-e2ae-7fec-98c3-44f29a395cdc', 100);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e95b-7e75-ae19-b64aff5c9be0', '01a24dae-e2a9-7576-8be7-f9130c47f1d7', 200);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e998-7360-b398-614429bdbc10', '01a24dae-e219-7140-950d-86bfb4a25560', 450);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e9cb-7282-92c5-45a43af57395', '01a24dae-e23f-7dc8-acb7-467921535a09', 350);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-e9f7-75ca-ad61-6986185e392f', '01a24dae-e247-7c2e-befd-38d186179b8b', 350);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-ea30-7edd-b6e0-04d8d7e6175e', '01a24dae-e219-7140-950d-86bfb4a25560', 550);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-ea47-7ccb-ae03-a218d67b747d', '01a24dae-e247-7c2e-befd-38d186179b8b', 450);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-ea7a-7a8c-a950-1b4d3027ada5', '01a24dae-e222-7b9d-9a5b-a4b07fd79629', 550);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-ea90-7a04-a49c-e2bae5cd5540', '01a24dae-e375-7182-bec5-38fbdc85748d', 600);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-ea99-74f9-8a85-428dcd7cc08c', '01a24dae-e312-74c2-84b2-31da0287c4bc', 500);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-eaa0-7403-834c-2d51ab41ae28', '01a24dae-e2b7-75d6-ae05-7db72962adfa', 1000);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-eaa9-7687-ba1d-2d5633c395a4', '01a24dae-e23b-7be5-a83d-ac3db2d2e829', 550);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-eab6-7334-9ba7-1839ab178963', '01a24dae-e1a5-79de-baea-4104417780b3', 600);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-eb23-771e-bfd4-be0865893cf4', '01a24dae-e2a9-7576-8be7-f9130c47f1d7', 100);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-eb38-7c1e-80d7-c7cdaa9e8ea6', '01a24dae-e237-7b75-a5c1-362a8ccd2402', 750);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-ebbd-7851-b5f3-f13167db8c52', '01a24dae-e247-7c2e-befd-38d186179b8b', 100);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-ebcb-71fe-ad02-7b308d87088f', '01a24dae-e2ae-7fec-98c3-44f29a395cdc', 450);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-ebe3-723c-8798-4b5d8066a81d', '01a24dae-e1c2-7d98-b686-b89ee657cd31', 750);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-ec15-7f82-8d9d-81903b09af2f', '01a24dae-e222-7b9d-9a5b-a4b07fd79629', 450);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-ec33-788a-b70b-c44d9e870c0e', '01a24dae-e2ae-7fec-98c3-44f29a395cdc', 200);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-ec55-76be-b47c-d35668a4973c', '01a24dae-e20c-7a78-90b7-ff5721f7d04d', 450);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-ec69-7294-93a3-0914665afbb3', '01a24dae-e243-7256-b444-56f8029b9f57', 450);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-ec78-7037-8a95-ebed55693fe3', '01a24dae-e237-7b75-a5c1-362a8ccd2402', 100);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-ec7e-7cad-bd81-06e8f7fa1623', '01a24dae-e1f3-7461-a1e3-bafed8229c41', 350);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-f2fd-7de1-ad01-5fcc364b24df', '01a24dae-e359-7539-8847-0662a5973a81', 1000);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-f2fd-7de1-ad01-5fcc364b24df', '01a24dae-f253-7bd3-9941-334a40d4ff58', 350);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-f315-76af-bebc-c2a7a1a6b6b7', '01a24dae-e375-7182-bec5-38fbdc85748d', 100);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-f32a-75a3-b670-d150188db620', '01a24dae-ee3f-7dab-8e22-6bee2419e399', 450);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-f334-76ea-9e60-7c4c05342364', '01a24dae-ede0-7144-92f2-eb2be1b86b60', 550);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-f33b-77a0-9464-9d8f75fa1187', '01a24dae-e226-795e-be62-5a51a7d8c8ee', 1000);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-f33b-77a0-9464-9d8f75fa1187', '01a24dae-ee13-79fb-874f-7172118b2063', 800);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-f345-7916-8f10-f8eddefea92e', '01a24dae-e2a9-7576-8be7-f9130c47f1d7', 50);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-f345-7916-8f10-f8eddefea92e', '01a24dae-f0bb-7f8a-bc5e-012d32f4e265', 500);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-f34b-7bee-8e99-21e45db9d6ef', '01a24dae-e351-714d-947a-46d33206de32', 250);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-f34b-7bee-8e99-21e45db9d6ef', '01a24dae-f212-7cdf-b05c-2ef504eac6e4', 200);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-f352-7613-876f-6c70dc9943d2', '01a24dae-e312-74c2-84b2-31da0287c4bc', 400);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-f352-7613-876f-6c70dc9943d2', '01a24dae-f16b-7532-800c-74ac326fa345', 750);
INSERT INTO shop.lot_consumptions VALUES ('01a24dae-f35b-7193-be5b-8bdaca378eb8', '01a24dae-ecfb-71a0-b61f-c7b25f63104f', 200);


--
-- Data for Name: monthly_allocations; Type: TABLE DATA; Schema: shop; Owner: -
--

INSERT INTO shop.monthly_allocations VALUES ('01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11', 1000, '01a24dae-e04f-7484-a1c1-9c1a9b868f22', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-7c54-7c35-b442-179b5c46268b', '2026-11', 1000, '01a24dae-e1a5-79dc-84c2-fedc149be8c2', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-7ced-730a-afc7-fe96c478037c', '2026-11', 1000, '01a24dae-e1c1-7bcf-a98e-7b5442c9760a', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-7dbf-7f6a-87e5-78d448ca15bb', '2026-11', 1000, '01a24dae-e1df-7c15-9961-c562ae7755fb', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-7ef7-7cb9-8233-a27569cd8b08', '2026-11', 1000, '01a24dae-e1f3-7eba-abb3-9aa009d0dc1a', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-7f9c-7c09-9727-150b0a03ad83', '2026-11', 1000, '01a24dae-e1fd-7da7-8b2d-806b2a7ba511', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-809b-7051-bc16-961ff23c7968', '2026-11', 1000, '01a24dae-e202-7c05-8d83-282065521210', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-81a3-7ed2-9c87-81767d40fe22', '2026-11', 1000, '01a24dae-e207-7319-aea3-6a30c8c833d0', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-8317-7e7f-9c50-17871c3562c1', '2026-11', 1000, '01a24dae-e20c-7d15-a100-641d83d61ec9', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-842b-756b-9abd-e36380e7bc8e', '2026-11', 1000, '01a24dae-e210-7b4d-b694-e12a69f91af0', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-8562-7aaa-944a-6c3fd24cc5f9', '2026-11', 1000, '01a24dae-e215-7c40-8283-6d3976320bb2', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-86bc-7869-b569-296b791879af', '2026-11', 1000, '01a24dae-e219-7f92-a31a-2680d8e85669', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-87c4-77fa-8926-feec907edef2', '2026-11', 1000, '01a24dae-e21d-7bf2-96c0-8cfa39c85465', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-889b-7a82-aae8-75c4f42fc614', '2026-11', 1000, '01a24dae-e222-7b24-bad3-b4d8674d0284', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-8973-7b6e-8ad1-e3515065d47b', '2026-11', 1000, '01a24dae-e226-73ac-b6be-d797ef079384', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-8a7a-75d9-8dca-edf6950981fb', '2026-11', 1000, '01a24dae-e22a-7f67-990c-2406d885a07d', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-8b37-708c-984e-8262d3021456', '2026-11', 1000, '01a24dae-e22e-7480-bda7-aa553f1fe26e', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-8be6-72ee-9d97-8ee0179e20cc', '2026-11', 1000, '01a24dae-e233-72b6-9e49-5e22c438bda7', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-8cbb-73a2-9774-87778a3d313a', '2026-11', 1000, '01a24dae-e237-77bd-808e-d5ac487bdb45', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-8d97-7046-b047-9abe1e1f27f1', '2026-11', 1000, '01a24dae-e23b-7a81-9a5b-d216205887d6', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-8ee0-7183-a467-41e325fa6b0f', '2026-11', 1000, '01a24dae-e23f-75d3-b3fd-bca952fe73fc', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-8f72-719d-9d35-a08e7c5fdea7', '2026-11', 1000, '01a24dae-e243-76e7-b8fb-960164415551', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-902e-73da-8ffa-7da361df9c1b', '2026-11', 1000, '01a24dae-e247-7fb7-b02e-52f9f840cb77', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-915f-7dbd-bcb0-8e07b934c5bd', '2026-11', 1000, '01a24dae-e25a-7dde-99cc-390dded6c84a', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-9277-79f1-a55e-cc6ffb972eba', '2026-11', 1000, '01a24dae-e268-796b-9232-08d005357186', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-93b2-7352-8ae7-a50ec9d4ff9c', '2026-11', 1000, '01a24dae-e299-7297-a780-99d9a89cabe2', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-945f-7bc0-8430-27e194871cd3', '2026-11', 1000, '01a24dae-e29f-7f80-adee-824b62d25100', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-9574-745b-9bca-a64b8c3074b9', '2026-11', 1000, '01a24dae-e2a4-731a-9ca1-04677bf97ad4', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-96a3-720d-b9af-257cf5f07308', '2026-11', 1000, '01a24dae-e2a8-7f75-b874-52c3aba9956d', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-977b-7634-807a-4edecf3b57ea', '2026-11', 1000, '01a24dae-e2ae-7087-a05d-8d3b98b3f79b', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-9825-7823-b0c1-27e1ed5a386e', '2026-11', 1000, '01a24dae-e2b7-7dd1-b938-66a96b04f1a3', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-9903-701e-873c-e166c857ffd9', '2026-11', 1000, '01a24dae-e2be-7940-af75-ceda3d5c7ae5', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-9a2d-7347-aae9-fa281fa3e286', '2026-11', 1000, '01a24dae-e312-785b-b69d-e6804ec6d841', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-9b63-7f9e-8905-f95e4de2ee9f', '2026-11', 1000, '01a24dae-e32a-7168-a81d-a6d6bc70f707', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-9c8f-71bd-9e11-59faa4025848', '2026-11', 1000, '01a24dae-e33a-7d43-a3cc-3b97dfbb7133', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-9db3-7593-b408-f3867a203dbe', '2026-11', 1000, '01a24dae-e349-729a-837a-ad75eb466084', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-9f1d-72dc-8477-db169f773274', '2026-11', 1000, '01a24dae-e351-72c4-9e1c-6957519523f8', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-a073-7563-b801-db3f994930e7', '2026-11', 1000, '01a24dae-e359-729c-9870-b2a853811582', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-a158-7c8f-b1e7-a7816239acd5', '2026-11', 1000, '01a24dae-e368-7e4d-aa2f-85c741abe6fd', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-a1e1-7a05-b531-b905cbaa5600', '2026-11', 1000, '01a24dae-e371-7a6a-a68a-e88ceb552434', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-a30b-783f-a5d5-0d243d1d88c1', '2026-11', 1000, '01a24dae-e375-7f36-83f4-67122048991d', NULL, '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-12', 1000, '01a24dae-ec8a-7c23-bacc-5136a9b8c0f7', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-7c54-7c35-b442-179b5c46268b', '2026-12', 1000, '01a24dae-ec8e-771c-a8a6-102d793f3b32', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-7ced-730a-afc7-fe96c478037c', '2026-12', 1000, '01a24dae-ec92-7702-a013-9986993508df', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-7dbf-7f6a-87e5-78d448ca15bb', '2026-12', 1000, '01a24dae-ec9d-7f8e-ad33-0e3a2c59d9f3', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-7ef7-7cb9-8233-a27569cd8b08', '2026-12', 1000, '01a24dae-eca5-7b85-880c-eec487046bcc', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-7f9c-7c09-9727-150b0a03ad83', '2026-12', 1000, '01a24dae-eca9-7e3c-8011-c726f760b34a', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-809b-7051-bc16-961ff23c7968', '2026-12', 1000, '01a24dae-ecad-77b9-9824-364c2efaa1f9', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-81a3-7ed2-9c87-81767d40fe22', '2026-12', 1000, '01a24dae-ecd7-7ef4-becc-554797066362', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-8317-7e7f-9c50-17871c3562c1', '2026-12', 1000, '01a24dae-ecfb-779b-a7c4-4137483dac91', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-842b-756b-9abd-e36380e7bc8e', '2026-12', 1000, '01a24dae-ed33-7ee8-a986-7fa33f428c26', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-8562-7aaa-944a-6c3fd24cc5f9', '2026-12', 1000, '01a24dae-ed4f-73b8-ace5-187f30875161', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-86bc-7869-b569-296b791879af', '2026-12', 1000, '01a24dae-ed67-7094-b8c9-c99fddd60c8a', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-87c4-77fa-8926-feec907edef2', '2026-12', 1000, '01a24dae-ed9a-70ff-9240-5bf6ebbe48ef', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-889b-7a82-aae8-75c4f42fc614', '2026-12', 1000, '01a24dae-ede0-7585-ae99-2cdf1a70fd04', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-8973-7b6e-8ad1-e3515065d47b', '2026-12', 1000, '01a24dae-ee13-7cc9-9bc1-9bdd6cb28deb', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-8a7a-75d9-8dca-edf6950981fb', '2026-12', 1000, '01a24dae-ee3f-752d-b311-8a09d481659c', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-8b37-708c-984e-8262d3021456', '2026-12', 1000, '01a24dae-ee56-7d1a-bb1a-7c3e5ba6b41c', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-8be6-72ee-9d97-8ee0179e20cc', '2026-12', 1000, '01a24dae-ee79-7c22-b706-593977dee95b', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-8cbb-73a2-9774-87778a3d313a', '2026-12', 1000, '01a24dae-ee9c-7b94-9379-1a4003ade257', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-8d97-7046-b047-9abe1e1f27f1', '2026-12', 1000, '01a24dae-eeb2-70aa-b440-c162e4a11484', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-8ee0-7183-a467-41e325fa6b0f', '2026-12', 1000, '01a24dae-eed3-7c62-88f3-db4b53bc9a38', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-8f72-719d-9d35-a08e7c5fdea7', '2026-12', 1000, '01a24dae-ef07-7204-887c-e413829bf523', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-902e-73da-8ffa-7da361df9c1b', '2026-12', 1000, '01a24dae-ef6f-79ee-9c87-15fe496b40d5', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-915f-7dbd-bcb0-8e07b934c5bd', '2026-12', 1000, '01a24dae-ef9b-717e-b306-038a42b49698', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-9277-79f1-a55e-cc6ffb972eba', '2026-12', 1000, '01a24dae-efe7-7e73-a566-e6bc563eb03e', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-93b2-7352-8ae7-a50ec9d4ff9c', '2026-12', 1000, '01a24dae-f03d-7043-b8bd-60cf94a935d7', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-945f-7bc0-8430-27e194871cd3', '2026-12', 1000, '01a24dae-f067-78ed-974f-20b1a2a87eff', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-9574-745b-9bca-a64b8c3074b9', '2026-12', 1000, '01a24dae-f093-79e8-983d-0b41b61912c3', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-96a3-720d-b9af-257cf5f07308', '2026-12', 1000, '01a24dae-f0bb-72df-9d27-3cf07ceeeff8', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-977b-7634-807a-4edecf3b57ea', '2026-12', 1000, '01a24dae-f0f7-7dff-8d88-5e0f7f5d2894', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-9825-7823-b0c1-27e1ed5a386e', '2026-12', 1000, '01a24dae-f117-721e-9d4d-bbeeaafdda39', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-9903-701e-873c-e166c857ffd9', '2026-12', 1000, '01a24dae-f147-7195-912a-8c0186bb1c00', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-9a2d-7347-aae9-fa281fa3e286', '2026-12', 1000, '01a24dae-f16b-7cd1-b289-256dd703038a', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-9b63-7f9e-8905-f95e4de2ee9f', '2026-12', 1000, '01a24dae-f18f-7564-943e-7f502f259a7b', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-9c8f-71bd-9e11-59faa4025848', '2026-12', 1000, '01a24dae-f1c3-7fd8-9136-c60c7e131997', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-9db3-7593-b408-f3867a203dbe', '2026-12', 1000, '01a24dae-f1e7-75c9-9d78-9e8cf52f2975', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-9f1d-72dc-8477-db169f773274', '2026-12', 1000, '01a24dae-f211-7bcf-a8d9-701d0defaba1', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-a073-7563-b801-db3f994930e7', '2026-12', 1000, '01a24dae-f253-7c02-908f-b7ea07eebb07', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-a158-7c8f-b1e7-a7816239acd5', '2026-12', 1000, '01a24dae-f27e-7569-8f0d-873b07a3e402', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-a1e1-7a05-b531-b905cbaa5600', '2026-12', 1000, '01a24dae-f2a4-79b1-8165-7902cadd374f', NULL, '2026-12-01 09:00:00+00');
INSERT INTO shop.monthly_allocations VALUES ('01a24daa-a30b-783f-a5d5-0d243d1d88c1', '2026-12', 1000, '01a24dae-f2db-739c-a049-cd4cf188a691', NULL, '2026-12-01 09:00:00+00');


--
-- Data for Name: orders; Type: TABLE DATA; Schema: shop; Owner: -
--

INSERT INTO shop.orders VALUES ('01a24dae-e5a9-72b2-b166-0abe233737a9', 'S261107-5PWRDX', '01a24daa-945f-7bc0-8430-27e194871cd3', '01a24dae-db77-7bcb-8b23-c8578e5c5882', 'Wine tasting', 450, 1, 450, 'placed', 'deb8a0038c66480baeab1b89526f5075', 'deb8a0038c66480baeab1b89526f5075', '2026-11-07 09:36:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-e5d7-742c-b69a-690e2c27afd5', 'S261109-SMW9XN', '01a24daa-a158-7c8f-b1e7-a7816239acd5', '01a24dae-db6f-7e89-a0b9-08232e6e5b89', 'Kids'' picture book', 1000, 1, 1000, 'placed', '4c239d4603df4f72a73b2a1a78e7a84e', '4c239d4603df4f72a73b2a1a78e7a84e', '2026-11-09 10:14:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-e5ff-79f9-ba8f-bb190ed8df20', 'S261109-ZAQ410', '01a24daa-8562-7aaa-944a-6c3fd24cc5f9', '01a24dae-db4d-75c0-ab95-b1120b3008c2', 'Tea sampler', 100, 1, 100, 'placed', '4de6279279634c95b2f111d374a6458a', '4de6279279634c95b2f111d374a6458a', '2026-11-09 12:38:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-e61c-7d45-84c5-66c1d98f10e3', 'S261110-63XA2X', '01a24daa-87c4-77fa-8926-feec907edef2', '01a24dae-db20-74e5-9855-b324dae43464', 'Online store card', 950, 1, 950, 'placed', '8af7b191d59a4db8ac7d0ff51982d939', '8af7b191d59a4db8ac7d0ff51982d939', '2026-11-10 09:19:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-e62e-7a58-adfe-a0982a4a1f1c', 'S261111-9SWGD5', '01a24daa-a1e1-7a05-b531-b905cbaa5600', '01a24dae-db6f-7e89-a0b9-08232e6e5b89', 'Kids'' picture book', 1000, 1, 1000, 'placed', '618609213cc04ff0b1fed71eae99cac9', '618609213cc04ff0b1fed71eae99cac9', '2026-11-11 10:17:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-e63b-79b6-bfc2-054bef1feb5c', 'S261111-JGF052', '01a24daa-809b-7051-bc16-961ff23c7968', '01a24dae-db43-7d47-991e-3ee04d810074', 'Gym day pass', 900, 1, 900, 'placed', '20c087666e73413ba50f940a3218b96e', '20c087666e73413ba50f940a3218b96e', '2026-11-11 11:17:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-e648-790c-b7f4-910a3bd303bf', 'S261111-BDZVCT', '01a24daa-9f1d-72dc-8477-db169f773274', '01a24dae-db21-74d7-be44-5aab0b1c3f19', 'Grocery card', 750, 1, 750, 'placed', '00ab83f39f684df98b4ce20aceca3682', '00ab83f39f684df98b4ce20aceca3682', '2026-11-11 12:17:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-e724-7dd3-853f-bf9fca9e3ed5', 'S261113-KP56Y7', '01a24daa-7f9c-7c09-9727-150b0a03ad83', '01a24dae-db20-74e5-9855-b324dae43464', 'Online store card', 950, 1, 950, 'placed', 'b646949cb7aa41e09d194fcd42c21ad8', 'b646949cb7aa41e09d194fcd42c21ad8', '2026-11-13 11:08:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-e7db-7daa-86af-8fe90695bad2', 'S261114-78CE5Y', '01a24daa-8317-7e7f-9c50-17871c3562c1', '01a24dae-db4e-7367-be19-0ad115159ce1', 'Cutting board', 550, 1, 550, 'placed', '6d79236ac17f4def88b5cfff31d3d5c0', '6d79236ac17f4def88b5cfff31d3d5c0', '2026-11-14 09:08:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-e860-7d7b-bff9-3940a2888165', 'S261115-E9B6F8', '01a24daa-8d97-7046-b047-9abe1e1f27f1', '01a24dae-db79-7fa4-9063-b9485efafee3', 'Pottery workshop', 350, 1, 350, 'placed', '59c2a46becad4cd284c0050abcf8c804', '59c2a46becad4cd284c0050abcf8c804', '2026-11-15 10:08:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-e926-7d32-860b-108750d5951a', 'S261116-315ZXT', '01a24daa-977b-7634-807a-4edecf3b57ea', '01a24dae-db18-7f02-91f5-3fc36d2810a3', 'Smart plug', 100, 1, 100, 'placed', '92da174801e04f999f1b45925edf2169', '92da174801e04f999f1b45925edf2169', '2026-11-16 11:27:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-e997-71a2-acf0-a70cd2c71bad', 'S261118-44Y0EK', '01a24daa-86bc-7869-b569-296b791879af', '01a24dae-db77-7bcb-8b23-c8578e5c5882', 'Wine tasting', 450, 1, 450, 'placed', 'd39d711219b440938c9a2495878a85d3', 'd39d711219b440938c9a2495878a85d3', '2026-11-18 09:27:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-e9f6-71bf-a1b8-1763f432f407', 'S261118-GY0NHG', '01a24daa-902e-73da-8ffa-7da361df9c1b', '01a24dae-db79-7fa4-9063-b9485efafee3', 'Pottery workshop', 350, 1, 350, 'placed', 'a9da709cf8e84edd9c7b2256b951f25e', 'a9da709cf8e84edd9c7b2256b951f25e', '2026-11-18 11:00:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-ea8e-78b6-a36f-3394df527599', 'S261123-ZESZ32', '01a24daa-a30b-783f-a5d5-0d243d1d88c1', '01a24dae-db1b-745b-a9a4-80b232edda5f', 'Webcam HD', 600, 1, 600, 'placed', 'af336615de164c7094aa1350e302fa45', 'af336615de164c7094aa1350e302fa45', '2026-11-23 12:16:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-ea9f-7760-97c9-7c56ac05398a', 'S261124-47SN2G', '01a24daa-9825-7823-b0c1-27e1ed5a386e', '01a24dae-db6f-7e89-a0b9-08232e6e5b89', 'Kids'' picture book', 1000, 1, 1000, 'placed', '77d1e2a4fb3c4bee9c266069c2f4234f', '77d1e2a4fb3c4bee9c266069c2f4234f', '2026-11-24 10:11:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-e5b7-79f1-86ba-d816cd676507', 'S261107-KZ7NXC', '01a24daa-8ee0-7183-a467-41e325fa6b0f', '01a24dae-db1b-745b-a9a4-80b232edda5f', 'Webcam HD', 600, 1, 600, 'fulfilled', '2c2b644192d7475ebd33232b4b704ac6', '2c2b644192d7475ebd33232b4b704ac6', '2026-11-07 10:55:00+00', '2026-11-08 10:55:00+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-e5d0-7525-af37-c0d6e3f4d250', 'S261109-097C62', '01a24daa-96a3-720d-b9af-257cf5f07308', '01a24dae-db46-73d1-801a-5fe68d8cb2d1', 'Foam roller', 550, 1, 550, 'fulfilled', '64e99ef1a4c040f084e91e8b61d30ec1', '64e99ef1a4c040f084e91e8b61d30ec1', '2026-11-09 09:07:00+00', '2026-11-10 09:07:00+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-e5eb-7fa9-917f-21db17a9fdd0', 'S261109-9SADXB', '01a24daa-93b2-7352-8ae7-a50ec9d4ff9c', '01a24dae-db6f-7e89-a0b9-08232e6e5b89', 'Kids'' picture book', 1000, 1, 1000, 'fulfilled', '2e0d75310f604f04a478c9d0efd4731e', '2e0d75310f604f04a478c9d0efd4731e', '2026-11-09 11:28:00+00', '2026-11-10 11:28:00+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-e60e-7532-a721-60210ab63e98', 'S261109-0TNBS8', '01a24daa-7ef7-7cb9-8233-a27569cd8b08', '01a24dae-db56-7b75-96b8-615cda55975e', 'Sci-fi trilogy', 550, 1, 550, 'fulfilled', 'a1ddab12942f4b0c81bb4b8ae82c21e6', 'a1ddab12942f4b0c81bb4b8ae82c21e6', '2026-11-09 12:49:00+00', '2026-11-10 12:49:00+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-e634-78fb-8230-e85e4ba23164', 'S261111-DHZMQW', '01a24daa-945f-7bc0-8430-27e194871cd3', '01a24dae-db4e-7367-be19-0ad115159ce1', 'Cutting board', 550, 1, 550, 'fulfilled', '47361a1769cf425b9e2fffc3bf7236cd', '47361a1769cf425b9e2fffc3bf7236cd', '2026-11-11 10:24:00+00', '2026-11-12 10:24:00+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-e651-7040-acb0-7eb150725006', 'S261112-2K61MV', '01a24daa-7dbf-7f6a-87e5-78d448ca15bb', '01a24dae-db6f-7e89-a0b9-08232e6e5b89', 'Kids'' picture book', 1000, 1, 1000, 'fulfilled', '5726255374a547f68a3222aed52db2fb', '5726255374a547f68a3222aed52db2fb', '2026-11-12 09:05:00+00', '2026-11-13 09:05:00+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-e82f-7345-a607-9116984234ff', 'S261115-2KR2KJ', '01a24daa-9db3-7593-b408-f3867a203dbe', '01a24dae-db4d-75c0-ab95-b1120b3008c2', 'Tea sampler', 100, 1, 100, 'fulfilled', '78a0ab3f3c1b40368dd66f55d64ea2a3', '78a0ab3f3c1b40368dd66f55d64ea2a3', '2026-11-15 09:46:00+00', '2026-11-16 09:46:00+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-e956-722c-800c-1ceedb506726', 'S261117-EC0QQE', '01a24daa-96a3-720d-b9af-257cf5f07308', '01a24dae-db4c-75ad-aa0e-e0a256ae37da', 'Desk lamp', 200, 1, 200, 'fulfilled', '45813b4b8a394615b4b3ef59e94d9095', '45813b4b8a394615b4b3ef59e94d9095', '2026-11-17 09:47:00+00', '2026-11-18 09:47:00+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-e9c6-73aa-83b5-13d7e075a4d1', 'S261118-NKZZ0F', '01a24daa-8ee0-7183-a467-41e325fa6b0f', '01a24dae-db79-7fa4-9063-b9485efafee3', 'Pottery workshop', 350, 1, 350, 'fulfilled', '8932ed198f1c4f34a6f46be634a1d6f5', '8932ed198f1c4f34a6f46be634a1d6f5', '2026-11-18 10:33:00+00', '2026-11-19 10:33:00+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-ea2f-7c9b-a6be-c508f8b92ad1', 'S261120-PWJ9BW', '01a24daa-86bc-7869-b569-296b791879af', '01a24dae-db46-73d1-801a-5fe68d8cb2d1', 'Foam roller', 550, 1, 550, 'fulfilled', '387e9cce4f6f49d9b39c03be539bcf3c', '387e9cce4f6f49d9b39c03be539bcf3c', '2026-11-20 09:48:00+00', '2026-11-21 09:48:00+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-ea79-7d32-a6bd-6814050fb8cb', 'S261123-DNSEFD', '01a24daa-889b-7a82-aae8-75c4f42fc614', '01a24dae-db46-73d1-801a-5fe68d8cb2d1', 'Foam roller', 550, 1, 550, 'fulfilled', '6703bc671431455ab902acd38a3a70a9', '6703bc671431455ab902acd38a3a70a9', '2026-11-23 11:38:00+00', '2026-11-24 11:38:00+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-ea98-7a38-b1ee-80b7bc61f221', 'S261124-BJR2NG', '01a24daa-9a2d-7347-aae9-fa281fa3e286', '01a24dae-db42-735d-8752-f31edf4d16dd', 'Water bottle', 500, 1, 500, 'fulfilled', '53f40524226047f1bbc5dbaf024c3d7c', '53f40524226047f1bbc5dbaf024c3d7c', '2026-11-24 09:49:00+00', '2026-11-25 09:49:00+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-e5c4-77c2-a0c2-b73e71d2a448', 'S261108-52K2S6', '01a24daa-9a2d-7347-aae9-fa281fa3e286', '01a24dae-db18-7f02-91f5-3fc36d2810a3', 'Smart plug', 100, 1, 100, 'cancelled', 'e2168a11e9d84287bed0cc1c384f6499', 'e2168a11e9d84287bed0cc1c384f6499', '2026-11-08 09:59:00+00', NULL, NULL, NULL, '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'Out of stock at the supplier', true);
INSERT INTO shop.orders VALUES ('01a24dae-e623-7972-8163-f30708b76cf8', 'S261110-S6P6R4', '01a24daa-96a3-720d-b9af-257cf5f07308', '01a24dae-db18-7f02-91f5-3fc36d2810a3', 'Smart plug', 100, 1, 100, 'cancelled', '30652d50827540ba9d40bd9a662919aa', '30652d50827540ba9d40bd9a662919aa', '2026-11-10 10:41:00+00', '2026-11-11 10:41:00+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'Out of stock at the supplier', true);
INSERT INTO shop.orders VALUES ('01a24dae-e68c-716f-88ab-5df2c1949cee', 'S261112-X9B1MR', '01a24daa-9b63-7f9e-8905-f95e4de2ee9f', '01a24dae-db6f-7e89-a0b9-08232e6e5b89', 'Kids'' picture book', 1000, 1, 1000, 'cancelled', '1524156682de4b5ab8976fd9a30421b4', '1524156682de4b5ab8976fd9a30421b4', '2026-11-12 10:16:00+00', NULL, NULL, NULL, '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'Out of stock at the supplier', true);
INSERT INTO shop.orders VALUES ('01a24dae-e8f6-7ed6-b0a4-d5d113699616', 'S261115-TKEC9T', '01a24daa-8b37-708c-984e-8262d3021456', '01a24dae-db42-735d-8752-f31edf4d16dd', 'Water bottle', 500, 1, 500, 'cancelled', '3d484ca9f7aa417091bdfcf6468fefe7', '3d484ca9f7aa417091bdfcf6468fefe7', '2026-11-15 12:47:00+00', '2026-11-16 12:47:00+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'Out of stock at the supplier', true);
INSERT INTO shop.orders VALUES ('01a24dae-ea46-70e2-86c7-04ca2af8e5b8', 'S261120-PPWGJ4', '01a24daa-902e-73da-8ffa-7da361df9c1b', '01a24dae-db77-7bcb-8b23-c8578e5c5882', 'Wine tasting', 450, 1, 450, 'cancelled', '82081060033d4c05b17a47efe1fd608a', '82081060033d4c05b17a47efe1fd608a', '2026-11-20 10:41:00+00', NULL, NULL, NULL, '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'Out of stock at the supplier', true);
INSERT INTO shop.orders VALUES ('01a24dae-eab5-71b2-979e-3fe2d97b6628', 'S261125-4M4QA1', '01a24daa-7c54-7c35-b442-179b5c46268b', '01a24dae-db1b-745b-a9a4-80b232edda5f', 'Webcam HD', 600, 1, 600, 'placed', '538daecb91414ab0a8fd16573cc76eea', '538daecb91414ab0a8fd16573cc76eea', '2026-11-25 10:13:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-eb37-71e5-8315-ee25044681ef', 'S261126-928QXS', '01a24daa-8cbb-73a2-9774-87778a3d313a', '01a24dae-db21-74d7-be44-5aab0b1c3f19', 'Grocery card', 750, 1, 750, 'placed', 'ec514948ade8420bac47de42fad92672', 'ec514948ade8420bac47de42fad92672', '2026-11-26 11:13:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-ebc7-740f-a6b1-dd96be771dd1', 'S261128-6KRQT6', '01a24daa-977b-7634-807a-4edecf3b57ea', '01a24dae-db77-7bcb-8b23-c8578e5c5882', 'Wine tasting', 450, 1, 450, 'placed', '0467d92bafeb437ca2afdc50007b5e16', '0467d92bafeb437ca2afdc50007b5e16', '2026-11-28 10:57:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-ec13-7df7-b68e-fffd396764ca', 'S261129-8MBPJW', '01a24daa-889b-7a82-aae8-75c4f42fc614', '01a24dae-db73-7e23-a7d9-dbec0ed783e9', 'Cooking class', 450, 1, 450, 'placed', 'ec387af361b54ebc96fd8d1df436419f', 'ec387af361b54ebc96fd8d1df436419f', '2026-11-29 09:37:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-ec77-7fe7-8786-be6c8c290b2c', 'S261130-89HY91', '01a24daa-8cbb-73a2-9774-87778a3d313a', '01a24dae-db18-7f02-91f5-3fc36d2810a3', 'Smart plug', 100, 1, 100, 'placed', 'aac73f4f438244c18801db4c3f29bcc0', 'aac73f4f438244c18801db4c3f29bcc0', '2026-11-30 10:13:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-f2fb-7cbe-9360-eb1f414568cf', 'S261201-Q82814', '01a24daa-a073-7563-b801-db3f994930e7', '01a24dae-db41-7588-906b-2aeb9624ec54', 'Massage voucher', 1350, 1, 1350, 'placed', 'e31c4fe754da4bfe894e4331076b11d5', 'e31c4fe754da4bfe894e4331076b11d5', '2026-12-01 09:51:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-f329-73c5-a4f6-1f52e92f42f0', 'S261202-5A1ASM', '01a24daa-8a7a-75d9-8dca-edf6950981fb', '01a24dae-db73-7e23-a7d9-dbec0ed783e9', 'Cooking class', 450, 1, 450, 'placed', '83b3e84bc7d6450db37db69e297b6c4a', '83b3e84bc7d6450db37db69e297b6c4a', '2026-12-02 09:35:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-f33a-7662-b777-8338dae88695', 'S261203-YAG8FT', '01a24daa-8973-7b6e-8ad1-e3515065d47b', '01a24dae-db76-7233-a9c1-705285855fe6', 'Climbing session', 1800, 1, 1800, 'placed', 'f453fe6492df4b7aaf7dc7bd94cc0876', 'f453fe6492df4b7aaf7dc7bd94cc0876', '2026-12-03 10:05:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-f344-7677-81fd-44cecb22cfdc', 'S261204-5B3M8S', '01a24daa-96a3-720d-b9af-257cf5f07308', '01a24dae-db56-7b75-96b8-615cda55975e', 'Sci-fi trilogy', 550, 1, 550, 'placed', 'c946d2bd39394d4a88f1f8e6d2def064', 'c946d2bd39394d4a88f1f8e6d2def064', '2026-12-04 09:59:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-f34b-7042-a907-40df4df24ff0', 'S261204-F108YK', '01a24daa-9f1d-72dc-8477-db169f773274', '01a24dae-db73-7e23-a7d9-dbec0ed783e9', 'Cooking class', 450, 1, 450, 'placed', 'ad2b5b31133549fcb79dfd4268dc2417', 'ad2b5b31133549fcb79dfd4268dc2417', '2026-12-04 11:06:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-f351-7335-9fd9-879582cbea4d', 'S261204-F6SBCQ', '01a24daa-9a2d-7347-aae9-fa281fa3e286', '01a24dae-db1f-7398-855f-3fb58478d5e3', 'Cinema voucher', 1150, 1, 1150, 'placed', '54df8de51e0747cb8cce38205a0fb2a1', '54df8de51e0747cb8cce38205a0fb2a1', '2026-12-04 12:01:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-f35a-7a14-8826-251ce432bd67', 'S261205-NBCXF5', '01a24daa-8317-7e7f-9c50-17871c3562c1', '01a24dae-db4c-75ad-aa0e-e0a256ae37da', 'Desk lamp', 200, 1, 200, 'placed', 'c758d2c9fcfc45578cd9c6b95dbd6122', 'c758d2c9fcfc45578cd9c6b95dbd6122', '2026-12-05 10:09:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-e418-73f4-a75e-25bbdfef5032', 'S261106-KZEBM9', '01a24daa-8a7a-75d9-8dca-edf6950981fb', '01a24dae-db6f-7e89-a0b9-08232e6e5b89', 'Kids'' picture book', 1000, 1, 1000, 'fulfilled', '6156a73227f14e30848ffbcca1ce499c', '6156a73227f14e30848ffbcca1ce499c', '2026-11-06 10:26:00+00', '2026-11-07 10:26:00+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-e642-7e71-8dad-b022957fc3de', 'S261111-R91H2M', '01a24daa-842b-756b-9abd-e36380e7bc8e', '01a24dae-db46-73d1-801a-5fe68d8cb2d1', 'Foam roller', 550, 1, 550, 'fulfilled', 'a4a2f2bb29464db4b1a1644e6030ce8e', 'a4a2f2bb29464db4b1a1644e6030ce8e', '2026-11-11 11:30:00+00', '2026-11-12 11:30:00+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-e6cb-773e-8906-0ee54ec93728', 'S261113-TVC3VX', '01a24daa-9db3-7593-b408-f3867a203dbe', '01a24dae-db43-7d47-991e-3ee04d810074', 'Gym day pass', 900, 1, 900, 'fulfilled', 'acd7d0b9d70b460e8cf188081325292a', 'acd7d0b9d70b460e8cf188081325292a', '2026-11-13 10:09:00+00', '2026-11-14 10:09:00+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-e776-7ea1-ab82-2a8cee5ede27', 'S261113-YWQK1E', '01a24daa-81a3-7ed2-9c87-81767d40fe22', '01a24dae-db6f-7e89-a0b9-08232e6e5b89', 'Kids'' picture book', 1000, 1, 1000, 'fulfilled', '82ef1703be544ea1bbf7f37228b4cd57', '82ef1703be544ea1bbf7f37228b4cd57', '2026-11-13 13:44:00+00', '2026-11-14 13:44:00+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-eaa8-78fa-954d-c8daa19cb76c', 'S261125-NFXFQ4', '01a24daa-8d97-7046-b047-9abe1e1f27f1', '01a24dae-db4e-7367-be19-0ad115159ce1', 'Cutting board', 550, 1, 550, 'fulfilled', '0e6568f706c64cfab30a44d6a19b3af2', '0e6568f706c64cfab30a44d6a19b3af2', '2026-11-25 09:18:00+00', '2026-11-26 09:18:00+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-ebb8-7634-af0a-61fc19d323b9', 'S261128-EWEZHJ', '01a24daa-902e-73da-8ffa-7da361df9c1b', '01a24dae-db18-7f02-91f5-3fc36d2810a3', 'Smart plug', 100, 1, 100, 'fulfilled', '86dac2d34942491594b3025202140ccf', '86dac2d34942491594b3025202140ccf', '2026-11-28 10:19:00+00', '2026-11-29 10:19:00+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-ebe2-7387-ae02-4dc120302890', 'S261128-NVQ6XS', '01a24daa-7ced-730a-afc7-fe96c478037c', '01a24dae-db21-74d7-be44-5aab0b1c3f19', 'Grocery card', 750, 1, 750, 'fulfilled', '2e223f589076425095d3aa2fdb01c7e8', '2e223f589076425095d3aa2fdb01c7e8', '2026-11-28 12:39:00+00', '2026-11-29 12:39:00+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-ec32-714e-aada-807787ccf3d1', 'S261129-SQ8QKX', '01a24daa-977b-7634-807a-4edecf3b57ea', '01a24dae-db4c-75ad-aa0e-e0a256ae37da', 'Desk lamp', 200, 1, 200, 'fulfilled', '0aed3e8e54b547d596f70aaae8758665', '0aed3e8e54b547d596f70aaae8758665', '2026-11-29 10:18:00+00', '2026-11-30 10:18:00+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-ec67-7322-beff-3ae64b3ab5f8', 'S261130-6GA899', '01a24daa-8f72-719d-9d35-a08e7c5fdea7', '01a24dae-db73-7e23-a7d9-dbec0ed783e9', 'Cooking class', 450, 1, 450, 'fulfilled', '99fb8e4788bd4428913b23a7a8261969', '99fb8e4788bd4428913b23a7a8261969', '2026-11-30 09:44:00+00', '2026-12-01 09:44:00+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-ec7d-7092-b139-719c37867b12', 'S261130-NF35QD', '01a24daa-7ef7-7cb9-8233-a27569cd8b08', '01a24dae-db79-7fa4-9063-b9485efafee3', 'Pottery workshop', 350, 1, 350, 'fulfilled', '97821ce5b8f94d6dbeaef6029fbf1458', '97821ce5b8f94d6dbeaef6029fbf1458', '2026-11-30 10:43:00+00', '2026-12-01 10:43:00+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-f314-7459-b6fa-e87cf2b88b36', 'S261201-QGA3W4', '01a24daa-a30b-783f-a5d5-0d243d1d88c1', '01a24dae-db18-7f02-91f5-3fc36d2810a3', 'Smart plug', 100, 1, 100, 'fulfilled', '1f467b235a894e6a8ad9be0f103cb775', '1f467b235a894e6a8ad9be0f103cb775', '2026-12-01 11:04:00+00', '2026-12-02 11:04:00+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, NULL, NULL, NULL, NULL, false);
INSERT INTO shop.orders VALUES ('01a24dae-eb1d-7f14-b591-dc72ce5e98b1', 'S261126-BV271N', '01a24daa-96a3-720d-b9af-257cf5f07308', '01a24dae-db18-7f02-91f5-3fc36d2810a3', 'Smart plug', 100, 1, 100, 'cancelled', 'b896a04ae72c4d11bd6f9c569b511af4', 'b896a04ae72c4d11bd6f9c569b511af4', '2026-11-26 10:34:00+00', '2026-11-27 10:34:00+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'Out of stock at the supplier', true);
INSERT INTO shop.orders VALUES ('01a24dae-ec54-76aa-97e0-edf2efad98a1', 'S261130-GP10NM', '01a24daa-8317-7e7f-9c50-17871c3562c1', '01a24dae-db77-7bcb-8b23-c8578e5c5882', 'Wine tasting', 450, 1, 450, 'cancelled', '59ee41a689f3470a9e7fa754b3c37f9f', '59ee41a689f3470a9e7fa754b3c37f9f', '2026-11-30 09:09:00+00', NULL, NULL, NULL, '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'Out of stock at the supplier', true);
INSERT INTO shop.orders VALUES ('01a24dae-f333-7c04-bc92-eb333757dbd3', 'S261203-YC9829', '01a24daa-889b-7a82-aae8-75c4f42fc614', '01a24dae-db46-73d1-801a-5fe68d8cb2d1', 'Foam roller', 550, 1, 550, 'cancelled', 'ac33fa233acb4c8f995ad0d1eef53477', 'ac33fa233acb4c8f995ad0d1eef53477', '2026-12-03 09:33:00+00', NULL, NULL, NULL, '2026-12-06 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', 'admin', 'Out of stock at the supplier', true);


--
-- Data for Name: points_accounts; Type: TABLE DATA; Schema: shop; Owner: -
--

INSERT INTO shop.points_accounts VALUES ('01a24daa-977b-7634-807a-4edecf3b57ea', NULL, NULL, 1250, NULL, NULL, '2026-12-01 09:00:00+00', 5, 5, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-9825-7823-b0c1-27e1ed5a386e', NULL, NULL, 1000, NULL, NULL, '2026-12-01 09:00:00+00', 3, 3, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-9903-701e-873c-e166c857ffd9', NULL, NULL, 2000, NULL, NULL, '2026-12-01 09:00:00+00', 2, 2, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-9c8f-71bd-9e11-59faa4025848', NULL, NULL, 2000, NULL, NULL, '2026-12-01 09:00:00+00', 2, 2, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-9db3-7593-b408-f3867a203dbe', NULL, NULL, 1000, NULL, NULL, '2026-12-01 09:00:00+00', 4, 4, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-a158-7c8f-b1e7-a7816239acd5', NULL, NULL, 1000, NULL, NULL, '2026-12-01 09:00:00+00', 3, 3, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-7b96-7354-9ea6-af4abb049d1e', NULL, NULL, 2000, NULL, NULL, '2026-12-01 09:00:00+00', 2, 2, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-7ced-730a-afc7-fe96c478037c', NULL, NULL, 1250, NULL, NULL, '2026-12-01 09:00:00+00', 3, 3, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-a1e1-7a05-b531-b905cbaa5600', NULL, NULL, 1000, NULL, NULL, '2026-12-01 09:00:00+00', 3, 3, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-7dbf-7f6a-87e5-78d448ca15bb', NULL, NULL, 1000, NULL, NULL, '2026-12-01 09:00:00+00', 3, 3, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-7ef7-7cb9-8233-a27569cd8b08', NULL, NULL, 1100, NULL, NULL, '2026-12-01 09:00:00+00', 4, 4, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-7f9c-7c09-9727-150b0a03ad83', NULL, NULL, 1050, NULL, NULL, '2026-12-01 09:00:00+00', 3, 3, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-809b-7051-bc16-961ff23c7968', NULL, NULL, 1100, NULL, NULL, '2026-12-01 09:00:00+00', 3, 3, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-81a3-7ed2-9c87-81767d40fe22', NULL, NULL, 1000, NULL, NULL, '2026-12-01 09:00:00+00', 3, 3, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-a073-7563-b801-db3f994930e7', NULL, NULL, 650, NULL, NULL, '2026-12-01 09:51:00+00', 3, 3, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:51:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-a30b-783f-a5d5-0d243d1d88c1', NULL, NULL, 1300, NULL, NULL, '2026-12-01 11:04:00+00', 4, 4, '2026-11-01 23:27:14.197864+00', '2026-12-01 11:04:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-8a7a-75d9-8dca-edf6950981fb', NULL, NULL, 550, NULL, NULL, '2026-12-02 09:35:00+00', 4, 4, '2026-11-01 23:27:14.197864+00', '2026-12-02 09:35:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-842b-756b-9abd-e36380e7bc8e', NULL, NULL, 1450, NULL, NULL, '2026-12-01 09:00:00+00', 3, 3, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-8562-7aaa-944a-6c3fd24cc5f9', NULL, NULL, 1900, NULL, NULL, '2026-12-01 09:00:00+00', 3, 3, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-86bc-7869-b569-296b791879af', NULL, NULL, 1000, NULL, NULL, '2026-12-01 09:00:00+00', 4, 4, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-87c4-77fa-8926-feec907edef2', NULL, NULL, 1050, NULL, NULL, '2026-12-01 09:00:00+00', 3, 3, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-8be6-72ee-9d97-8ee0179e20cc', NULL, NULL, 2000, NULL, NULL, '2026-12-01 09:00:00+00', 2, 2, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-8cbb-73a2-9774-87778a3d313a', NULL, NULL, 1150, NULL, NULL, '2026-12-01 09:00:00+00', 4, 4, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-8d97-7046-b047-9abe1e1f27f1', NULL, NULL, 1100, NULL, NULL, '2026-12-01 09:00:00+00', 4, 4, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-8ee0-7183-a467-41e325fa6b0f', NULL, NULL, 1050, NULL, NULL, '2026-12-01 09:00:00+00', 4, 4, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-8973-7b6e-8ad1-e3515065d47b', NULL, NULL, 200, NULL, NULL, '2026-12-03 10:05:00+00', 3, 3, '2026-11-01 23:27:14.197864+00', '2026-12-03 10:05:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-8f72-719d-9d35-a08e7c5fdea7', NULL, NULL, 1550, NULL, NULL, '2026-12-01 09:00:00+00', 3, 3, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-9f1d-72dc-8477-db169f773274', NULL, NULL, 800, NULL, NULL, '2026-12-04 11:06:00+00', 4, 4, '2026-11-01 23:27:14.197864+00', '2026-12-04 11:06:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-915f-7dbd-bcb0-8e07b934c5bd', NULL, NULL, 2000, NULL, NULL, '2026-12-01 09:00:00+00', 2, 2, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-9a2d-7347-aae9-fa281fa3e286', NULL, NULL, 350, NULL, NULL, '2026-12-04 12:01:00+00', 6, 6, '2026-11-01 23:27:14.197864+00', '2026-12-06 23:27:14.197864+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-9b63-7f9e-8905-f95e4de2ee9f', NULL, NULL, 2000, NULL, NULL, '2026-12-01 09:00:00+00', 4, 4, '2026-11-01 23:27:14.197864+00', '2026-12-06 23:27:14.197864+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-8b37-708c-984e-8262d3021456', NULL, NULL, 2000, NULL, NULL, '2026-12-01 09:00:00+00', 4, 4, '2026-11-01 23:27:14.197864+00', '2026-12-06 23:27:14.197864+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-9277-79f1-a55e-cc6ffb972eba', NULL, NULL, 2000, NULL, NULL, '2026-12-01 09:00:00+00', 2, 2, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-902e-73da-8ffa-7da361df9c1b', NULL, NULL, 1550, NULL, NULL, '2026-12-01 09:00:00+00', 6, 6, '2026-11-01 23:27:14.197864+00', '2026-12-06 23:27:14.197864+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-96a3-720d-b9af-257cf5f07308', NULL, NULL, 700, NULL, NULL, '2026-12-04 09:59:00+00', 9, 9, '2026-11-01 23:27:14.197864+00', '2026-12-06 23:27:14.197864+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-8317-7e7f-9c50-17871c3562c1', NULL, NULL, 1250, NULL, NULL, '2026-12-05 10:09:00+00', 6, 6, '2026-11-01 23:27:14.197864+00', '2026-12-06 23:27:14.197864+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-93b2-7352-8ae7-a50ec9d4ff9c', NULL, NULL, 1000, NULL, NULL, '2026-12-01 09:00:00+00', 3, 3, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-889b-7a82-aae8-75c4f42fc614', NULL, NULL, 1000, NULL, NULL, '2026-12-03 09:33:00+00', 6, 6, '2026-11-01 23:27:14.197864+00', '2026-12-06 23:27:14.197864+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-7c54-7c35-b442-179b5c46268b', 'E-0001', 'Engineering', 1700, NULL, NULL, '2026-12-06 23:27:14.197864+00', 4, 4, '2026-11-01 23:27:14.197864+00', '2026-12-06 23:27:14.197864+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-945f-7bc0-8430-27e194871cd3', NULL, NULL, 1000, NULL, NULL, '2026-12-01 09:00:00+00', 4, 4, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');
INSERT INTO shop.points_accounts VALUES ('01a24daa-9574-745b-9bca-a64b8c3074b9', NULL, NULL, 2000, NULL, NULL, '2026-12-01 09:00:00+00', 2, 2, '2026-11-01 23:27:14.197864+00', '2026-12-01 09:00:00+00');


--
-- Data for Name: points_batches; Type: TABLE DATA; Schema: shop; Owner: -
--



--
-- Data for Name: points_lots; Type: TABLE DATA; Schema: shop; Owner: -
--

INSERT INTO shop.points_lots VALUES ('01a24dae-e08d-70ab-ba18-c4b2d325094b', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '01a24dae-e04f-7484-a1c1-9c1a9b868f22', 1000, 1000, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e233-7d6c-aa6f-a6befc81f189', '01a24daa-8be6-72ee-9d97-8ee0179e20cc', '01a24dae-e233-72b6-9e49-5e22c438bda7', 1000, 1000, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e25a-79f0-9962-529a5b2f29a0', '01a24daa-915f-7dbd-bcb0-8e07b934c5bd', '01a24dae-e25a-7dde-99cc-390dded6c84a', 1000, 1000, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e268-7c04-a1a7-28cf58598bd0', '01a24daa-9277-79f1-a55e-cc6ffb972eba', '01a24dae-e268-796b-9232-08d005357186', 1000, 1000, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e2a4-758b-9530-f8b36974e4b6', '01a24daa-9574-745b-9bca-a64b8c3074b9', '01a24dae-e2a4-731a-9ca1-04677bf97ad4', 1000, 1000, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e2be-78e2-b1d7-4a40394760af', '01a24daa-9903-701e-873c-e166c857ffd9', '01a24dae-e2be-7940-af75-ceda3d5c7ae5', 1000, 1000, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e33a-7949-a274-1e3652e2b9d6', '01a24daa-9c8f-71bd-9e11-59faa4025848', '01a24dae-e33a-7d43-a3cc-3b97dfbb7133', 1000, 1000, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e22a-7c42-bd1e-853df32d7cc9', '01a24daa-8a7a-75d9-8dca-edf6950981fb', '01a24dae-e22a-7f67-990c-2406d885a07d', 1000, 0, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e368-7d5d-a766-69baa8a1f438', '01a24daa-a158-7c8f-b1e7-a7816239acd5', '01a24dae-e368-7e4d-aa2f-85c741abe6fd', 1000, 0, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e299-72d2-b806-53420d76e4b2', '01a24daa-93b2-7352-8ae7-a50ec9d4ff9c', '01a24dae-e299-7297-a780-99d9a89cabe2', 1000, 0, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e215-792f-bf5a-d92029921c6d', '01a24daa-8562-7aaa-944a-6c3fd24cc5f9', '01a24dae-e215-7c40-8283-6d3976320bb2', 1000, 900, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e21e-7468-9bca-cd8ac49c1aad', '01a24daa-87c4-77fa-8926-feec907edef2', '01a24dae-e21d-7bf2-96c0-8cfa39c85465', 1000, 50, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e371-725e-a5b2-a3fe281f51e3', '01a24daa-a1e1-7a05-b531-b905cbaa5600', '01a24dae-e371-7a6a-a68a-e88ceb552434', 1000, 0, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e2a0-778f-9880-21f7e20ceb73', '01a24daa-945f-7bc0-8430-27e194871cd3', '01a24dae-e29f-7f80-adee-824b62d25100', 1000, 0, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e202-774d-a7c1-16bf25b1d4fb', '01a24daa-809b-7051-bc16-961ff23c7968', '01a24dae-e202-7c05-8d83-282065521210', 1000, 100, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e210-7524-9208-30db28630bb7', '01a24daa-842b-756b-9abd-e36380e7bc8e', '01a24dae-e210-7b4d-b694-e12a69f91af0', 1000, 450, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e1df-7a1d-b0f0-5ed3a9889671', '01a24daa-7dbf-7f6a-87e5-78d448ca15bb', '01a24dae-e1df-7c15-9961-c562ae7755fb', 1000, 0, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e32a-734a-85fe-a1f075a28d1d', '01a24daa-9b63-7f9e-8905-f95e4de2ee9f', '01a24dae-e32a-7168-a81d-a6d6bc70f707', 1000, 0, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e1fd-79b7-856d-46f7f1b062c8', '01a24daa-7f9c-7c09-9727-150b0a03ad83', '01a24dae-e1fd-7da7-8b2d-806b2a7ba511', 1000, 50, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e207-77b0-85d7-616ee63879e3', '01a24daa-81a3-7ed2-9c87-81767d40fe22', '01a24dae-e207-7319-aea3-6a30c8c833d0', 1000, 0, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e349-7300-aa0f-fd57c3d24c46', '01a24daa-9db3-7593-b408-f3867a203dbe', '01a24dae-e349-729a-837a-ad75eb466084', 1000, 0, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e22f-7936-b4c1-badec451918f', '01a24daa-8b37-708c-984e-8262d3021456', '01a24dae-e22e-7480-bda7-aa553f1fe26e', 1000, 500, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e23f-7dc8-acb7-467921535a09', '01a24daa-8ee0-7183-a467-41e325fa6b0f', '01a24dae-e23f-75d3-b3fd-bca952fe73fc', 1000, 50, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e219-7140-950d-86bfb4a25560', '01a24daa-86bc-7869-b569-296b791879af', '01a24dae-e219-7f92-a31a-2680d8e85669', 1000, 0, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e2b7-75d6-ae05-7db72962adfa', '01a24daa-9825-7823-b0c1-27e1ed5a386e', '01a24dae-e2b7-7dd1-b938-66a96b04f1a3', 1000, 0, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e23b-7be5-a83d-ac3db2d2e829', '01a24daa-8d97-7046-b047-9abe1e1f27f1', '01a24dae-e23b-7a81-9a5b-d216205887d6', 1000, 100, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e1a5-79de-baea-4104417780b3', '01a24daa-7c54-7c35-b442-179b5c46268b', '01a24dae-e1a5-79dc-84c2-fedc149be8c2', 1000, 400, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e247-7c2e-befd-38d186179b8b', '01a24daa-902e-73da-8ffa-7da361df9c1b', '01a24dae-e247-7fb7-b02e-52f9f840cb77', 1000, 100, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e1c2-7d98-b686-b89ee657cd31', '01a24daa-7ced-730a-afc7-fe96c478037c', '01a24dae-e1c1-7bcf-a98e-7b5442c9760a', 1000, 250, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e222-7b9d-9a5b-a4b07fd79629', '01a24daa-889b-7a82-aae8-75c4f42fc614', '01a24dae-e222-7b24-bad3-b4d8674d0284', 1000, 0, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e2ae-7fec-98c3-44f29a395cdc', '01a24daa-977b-7634-807a-4edecf3b57ea', '01a24dae-e2ae-7087-a05d-8d3b98b3f79b', 1000, 250, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e20c-7a78-90b7-ff5721f7d04d', '01a24daa-8317-7e7f-9c50-17871c3562c1', '01a24dae-e20c-7d15-a100-641d83d61ec9', 1000, 0, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e243-7256-b444-56f8029b9f57', '01a24daa-8f72-719d-9d35-a08e7c5fdea7', '01a24dae-e243-76e7-b8fb-960164415551', 1000, 550, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e237-7b75-a5c1-362a8ccd2402', '01a24daa-8cbb-73a2-9774-87778a3d313a', '01a24dae-e237-77bd-808e-d5ac487bdb45', 1000, 150, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e1f3-7461-a1e3-bafed8229c41', '01a24daa-7ef7-7cb9-8233-a27569cd8b08', '01a24dae-e1f3-7eba-abb3-9aa009d0dc1a', 1000, 100, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-ec8a-74d6-992b-c8aa73da22b2', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '01a24dae-ec8a-7c23-bacc-5136a9b8c0f7', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-ec8e-7d58-b11f-fb96532a0e3b', '01a24daa-7c54-7c35-b442-179b5c46268b', '01a24dae-ec8e-771c-a8a6-102d793f3b32', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-ec92-7da6-99ab-f052dd77b6ea', '01a24daa-7ced-730a-afc7-fe96c478037c', '01a24dae-ec92-7702-a013-9986993508df', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-ec9d-7490-a872-7ea7b053b43c', '01a24daa-7dbf-7f6a-87e5-78d448ca15bb', '01a24dae-ec9d-7f8e-ad33-0e3a2c59d9f3', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-eca5-781d-b933-960ee433104f', '01a24daa-7ef7-7cb9-8233-a27569cd8b08', '01a24dae-eca5-7b85-880c-eec487046bcc', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-eca9-762f-bebf-af6651869b55', '01a24daa-7f9c-7c09-9727-150b0a03ad83', '01a24dae-eca9-7e3c-8011-c726f760b34a', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-ecad-7624-aff9-72f67cea6567', '01a24daa-809b-7051-bc16-961ff23c7968', '01a24dae-ecad-77b9-9824-364c2efaa1f9', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-ecd7-7753-a425-b5d758243948', '01a24daa-81a3-7ed2-9c87-81767d40fe22', '01a24dae-ecd7-7ef4-becc-554797066362', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-ed33-7df8-b5b5-59e42767a7f7', '01a24daa-842b-756b-9abd-e36380e7bc8e', '01a24dae-ed33-7ee8-a986-7fa33f428c26', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-ed50-70e9-8594-5a2bea137eea', '01a24daa-8562-7aaa-944a-6c3fd24cc5f9', '01a24dae-ed4f-73b8-ace5-187f30875161', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-ed67-74ac-b9a4-088d7f46f01a', '01a24daa-86bc-7869-b569-296b791879af', '01a24dae-ed67-7094-b8c9-c99fddd60c8a', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-ed9a-7c84-a45a-06684953d640', '01a24daa-87c4-77fa-8926-feec907edef2', '01a24dae-ed9a-70ff-9240-5bf6ebbe48ef', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-ee56-7157-adbd-02a1fc0ec402', '01a24daa-8b37-708c-984e-8262d3021456', '01a24dae-ee56-7d1a-bb1a-7c3e5ba6b41c', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-ee79-74ac-a8dc-48c895379269', '01a24daa-8be6-72ee-9d97-8ee0179e20cc', '01a24dae-ee79-7c22-b706-593977dee95b', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-ee9c-72dd-a583-925011080c61', '01a24daa-8cbb-73a2-9774-87778a3d313a', '01a24dae-ee9c-7b94-9379-1a4003ade257', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-eeb2-7b2e-b927-a54490030f6d', '01a24daa-8d97-7046-b047-9abe1e1f27f1', '01a24dae-eeb2-70aa-b440-c162e4a11484', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-eed3-7436-8cf8-9a55682d7eeb', '01a24daa-8ee0-7183-a467-41e325fa6b0f', '01a24dae-eed3-7c62-88f3-db4b53bc9a38', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-ef07-761a-8221-f7d7c85e39a6', '01a24daa-8f72-719d-9d35-a08e7c5fdea7', '01a24dae-ef07-7204-887c-e413829bf523', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-ef6f-771e-8152-8744665dfce2', '01a24daa-902e-73da-8ffa-7da361df9c1b', '01a24dae-ef6f-79ee-9c87-15fe496b40d5', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-ef9b-7e7f-980e-bd0022369ca4', '01a24daa-915f-7dbd-bcb0-8e07b934c5bd', '01a24dae-ef9b-717e-b306-038a42b49698', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-efe7-7ad1-a6cc-b1f346336cac', '01a24daa-9277-79f1-a55e-cc6ffb972eba', '01a24dae-efe7-7e73-a566-e6bc563eb03e', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-f03e-7dc0-a768-99335eb5c61e', '01a24daa-93b2-7352-8ae7-a50ec9d4ff9c', '01a24dae-f03d-7043-b8bd-60cf94a935d7', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-f067-701b-a784-b0b75351bab6', '01a24daa-945f-7bc0-8430-27e194871cd3', '01a24dae-f067-78ed-974f-20b1a2a87eff', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-f093-7ed6-9f4f-9e7dd6a0a82b', '01a24daa-9574-745b-9bca-a64b8c3074b9', '01a24dae-f093-79e8-983d-0b41b61912c3', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-f0f8-7386-945c-726c9a59c9fe', '01a24daa-977b-7634-807a-4edecf3b57ea', '01a24dae-f0f7-7dff-8d88-5e0f7f5d2894', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-f117-7dfd-acc8-01b34a5eddf6', '01a24daa-9825-7823-b0c1-27e1ed5a386e', '01a24dae-f117-721e-9d4d-bbeeaafdda39', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-f147-7b45-8eaa-a996fb04cbec', '01a24daa-9903-701e-873c-e166c857ffd9', '01a24dae-f147-7195-912a-8c0186bb1c00', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-f18f-773e-a309-115bfba1c978', '01a24daa-9b63-7f9e-8905-f95e4de2ee9f', '01a24dae-f18f-7564-943e-7f502f259a7b', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-f1c3-7d46-b42f-049e51559ca7', '01a24daa-9c8f-71bd-9e11-59faa4025848', '01a24dae-f1c3-7fd8-9136-c60c7e131997', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-f1e7-713f-8456-47425409f824', '01a24daa-9db3-7593-b408-f3867a203dbe', '01a24dae-f1e7-75c9-9d78-9e8cf52f2975', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e359-7539-8847-0662a5973a81', '01a24daa-a073-7563-b801-db3f994930e7', '01a24dae-e359-729c-9870-b2a853811582', 1000, 0, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e375-7182-bec5-38fbdc85748d', '01a24daa-a30b-783f-a5d5-0d243d1d88c1', '01a24dae-e375-7f36-83f4-67122048991d', 1000, 300, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-ee3f-7dab-8e22-6bee2419e399', '01a24daa-8a7a-75d9-8dca-edf6950981fb', '01a24dae-ee3f-752d-b311-8a09d481659c', 1000, 550, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-ede0-7144-92f2-eb2be1b86b60', '01a24daa-889b-7a82-aae8-75c4f42fc614', '01a24dae-ede0-7585-ae99-2cdf1a70fd04', 1000, 450, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e226-795e-be62-5a51a7d8c8ee', '01a24daa-8973-7b6e-8ad1-e3515065d47b', '01a24dae-e226-73ac-b6be-d797ef079384', 1000, 0, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-ee13-79fb-874f-7172118b2063', '01a24daa-8973-7b6e-8ad1-e3515065d47b', '01a24dae-ee13-7cc9-9bc1-9bdd6cb28deb', 1000, 200, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e2a9-7576-8be7-f9130c47f1d7', '01a24daa-96a3-720d-b9af-257cf5f07308', '01a24dae-e2a8-7f75-b874-52c3aba9956d', 1000, 0, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-f0bb-7f8a-bc5e-012d32f4e265', '01a24daa-96a3-720d-b9af-257cf5f07308', '01a24dae-f0bb-72df-9d27-3cf07ceeeff8', 1000, 500, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e351-714d-947a-46d33206de32', '01a24daa-9f1d-72dc-8477-db169f773274', '01a24dae-e351-72c4-9e1c-6957519523f8', 1000, 0, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-e312-74c2-84b2-31da0287c4bc', '01a24daa-9a2d-7347-aae9-fa281fa3e286', '01a24dae-e312-785b-b69d-e6804ec6d841', 1000, 0, '2026-11-01 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-f16b-7532-800c-74ac326fa345', '01a24daa-9a2d-7347-aae9-fa281fa3e286', '01a24dae-f16b-7cd1-b289-256dd703038a', 1000, 250, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-ecfb-71a0-b61f-c7b25f63104f', '01a24daa-8317-7e7f-9c50-17871c3562c1', '01a24dae-ecfb-779b-a7c4-4137483dac91', 1000, 800, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-f27f-7e48-b0ac-76d3e9d62c64', '01a24daa-a158-7c8f-b1e7-a7816239acd5', '01a24dae-f27e-7569-8f0d-873b07a3e402', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-f2a4-7ea5-aa75-66e6e537f86e', '01a24daa-a1e1-7a05-b531-b905cbaa5600', '01a24dae-f2a4-79b1-8165-7902cadd374f', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-f2db-72b5-bc9b-ff4724c7f4e2', '01a24daa-a30b-783f-a5d5-0d243d1d88c1', '01a24dae-f2db-739c-a049-cd4cf188a691', 1000, 1000, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-f253-7bd3-9941-334a40d4ff58', '01a24daa-a073-7563-b801-db3f994930e7', '01a24dae-f253-7c02-908f-b7ea07eebb07', 1000, 650, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-f212-7cdf-b05c-2ef504eac6e4', '01a24daa-9f1d-72dc-8477-db169f773274', '01a24dae-f211-7bcf-a8d9-701d0defaba1', 1000, 800, '2026-12-01 09:00:00+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-f60c-7562-b16e-1fd66001ecb0', '01a24daa-9a2d-7347-aae9-fa281fa3e286', '01a24dae-f60c-7099-8db8-cd02dac8259f', 100, 100, '2026-12-06 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-f6c8-7c00-9183-f5a35fea6d85', '01a24daa-96a3-720d-b9af-257cf5f07308', '01a24dae-f6c8-7a27-9d6c-0e6bf2673981', 100, 100, '2026-12-06 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-f6ec-7a4a-8473-abcf23cd394c', '01a24daa-9b63-7f9e-8905-f95e4de2ee9f', '01a24dae-f6eb-7c91-aa70-2e611a5ee570', 1000, 1000, '2026-12-06 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-f70b-7e63-8228-a876d20182ea', '01a24daa-8b37-708c-984e-8262d3021456', '01a24dae-f70b-72bd-897e-bfb7e7ec3ec9', 500, 500, '2026-12-06 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-f72b-765a-a4d3-e5b54ca13d89', '01a24daa-902e-73da-8ffa-7da361df9c1b', '01a24dae-f72b-7a5b-a83b-8ca9ff3678ea', 450, 450, '2026-12-06 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-f73b-7ae8-916f-737ba1263c49', '01a24daa-96a3-720d-b9af-257cf5f07308', '01a24dae-f73b-7532-80d1-0c8b392115cf', 100, 100, '2026-12-06 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-f7ef-73db-bc09-16b47893d2b6', '01a24daa-8317-7e7f-9c50-17871c3562c1', '01a24dae-f7ef-76cc-8772-98b8b201a320', 450, 450, '2026-12-06 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-f7fa-72b6-a939-f8ec71052704', '01a24daa-889b-7a82-aae8-75c4f42fc614', '01a24dae-f7fa-7be0-9e42-adcb2922ffec', 550, 550, '2026-12-06 23:27:14.197864+00', NULL, NULL);
INSERT INTO shop.points_lots VALUES ('01a24dae-f803-7b2b-90b7-4e769db7f4ef', '01a24daa-7c54-7c35-b442-179b5c46268b', '01a24dae-f803-7cc1-9042-445a0b24c7ae', 300, 300, '2026-12-06 23:27:14.197864+00', '2026-12-26 23:27:14.197864+00', NULL);


--
-- Data for Name: products; Type: TABLE DATA; Schema: shop; Owner: -
--

INSERT INTO shop.products VALUES ('01a24dae-d977-7c81-bc78-6995bec5b3df', 'Wireless earbuds', 'Wireless earbuds — a favourite in gadgets.', '', 'Gadgets', 'gadgets', 'wireless earbuds
gadgets
wireless earbuds — a favourite in gadgets.', 2500, 173, true, NULL, 'c7682dad811741c49dd30b98be5c0526', 'image/png', 2060, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db13-7a44-b73e-9f708d3e485f', 'Power bank 10,000 mAh', 'Power bank 10,000 mAh — a favourite in gadgets.', '', 'Gadgets', 'gadgets', 'power bank 10,000 mah
gadgets
power bank 10,000 mah — a favourite in gadgets.', 1750, 49, true, NULL, 'cca5866bae4945c6897dbd9c4c66511a', 'image/png', 1704, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db15-757f-a197-e9d04a4a2ae2', 'Bluetooth speaker', 'Bluetooth speaker — a favourite in gadgets.', '', 'Gadgets', 'gadgets', 'bluetooth speaker
gadgets
bluetooth speaker — a favourite in gadgets.', 1400, 121, true, NULL, '30a7783e2b524083aa143762d8c1337b', 'image/png', 2223, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db17-7aa5-bce7-c45c9d93ca81', 'USB-C hub', 'USB-C hub — a favourite in gadgets.', '', 'Gadgets', 'gadgets', 'usb-c hub
gadgets
usb-c hub — a favourite in gadgets.', 1550, 41, true, NULL, '39eae461cf1243ca9579d7dbe75cfae2', 'image/png', 2060, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db19-76c1-be86-8db99d1766a8', 'Fitness band', 'Fitness band — a favourite in gadgets.', '', 'Gadgets', 'gadgets', 'fitness band
gadgets
fitness band — a favourite in gadgets.', 1150, 196, true, NULL, 'f4d826c285df4c44991b9a316f53359b', 'image/png', 2223, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db1a-75a5-ba19-b10f0a8f6b19', 'Noise-cancelling headphones', 'Noise-cancelling headphones — a favourite in gadgets.', '', 'Gadgets', 'gadgets', 'noise-cancelling headphones
gadgets
noise-cancelling headphones — a favourite in gadgets.', 2550, 184, true, NULL, 'b816101e738844bfad55cfe5d80a4583', 'image/png', 2060, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db1d-717f-a91a-393357ff87fd', 'Coffee shop card', 'Coffee shop card — a favourite in gift cards.', 'The code is e-mailed within two working days.', 'Gift cards', 'gift cards', 'coffee shop card
gift cards
coffee shop card — a favourite in gift cards.', 1400, 164, true, NULL, '255800f340ed48b5a11056c31cb0337e', 'image/png', 2064, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db1d-7304-b513-8cc82a0440fd', 'Mechanical keyboard', 'Mechanical keyboard — a favourite in gadgets.', '', 'Gadgets', 'gadgets', 'mechanical keyboard
gadgets
mechanical keyboard — a favourite in gadgets.', 2850, 180, true, NULL, 'ea71fc2321cc4d2ebbb5c5724e636d13', 'image/png', 2223, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db1e-77a1-95a2-181d366b7b4f', 'Bookstore card', 'Bookstore card — a favourite in gift cards.', 'The code is e-mailed within two working days.', 'Gift cards', 'gift cards', 'bookstore card
gift cards
bookstore card — a favourite in gift cards.', 1100, 181, true, NULL, 'a29228052878416ea5547231c63c8dfb', 'image/png', 1710, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db22-7d06-85ee-51af6c3f5d02', 'Streaming month', 'Streaming month — a favourite in gift cards.', 'The code is e-mailed within two working days.', 'Gift cards', 'gift cards', 'streaming month
gift cards
streaming month — a favourite in gift cards.', 1400, 112, true, NULL, 'c3d190a4d7614b29be87ae56d0fdc3a1', 'image/png', 2227, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db23-7585-a4bf-68ba5eb72829', 'Music subscription', 'Music subscription — a favourite in gift cards.', 'The code is e-mailed within two working days.', 'Gift cards', 'gift cards', 'music subscription
gift cards
music subscription — a favourite in gift cards.', 2900, 56, true, NULL, 'e7ee278c893c4047a64f07049419865e', 'image/png', 2064, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db3e-7e62-8d78-d4fdc446abb8', 'Ride credit', 'Ride credit — a favourite in gift cards.', 'The code is e-mailed within two working days.', 'Gift cards', 'gift cards', 'ride credit
gift cards
ride credit — a favourite in gift cards.', 350, 82, false, NULL, '1f0b2807485d4ef38f2be6038871ada2', 'image/png', 1710, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db40-72fb-96bf-62414a1bc884', 'Yoga mat', 'Yoga mat — a favourite in wellness.', '', 'Wellness', 'wellness', 'yoga mat
wellness
yoga mat — a favourite in wellness.', 1750, 28, true, NULL, 'f16b2350c2f541ab85f94441a55b87d6', 'image/png', 2223, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db44-7644-864a-b3293cf34202', 'Meditation app year', 'Meditation app year — a favourite in wellness.', '', 'Wellness', 'wellness', 'meditation app year
wellness
meditation app year — a favourite in wellness.', 1400, 47, true, NULL, 'f1a08a87d34649d397b824eea7055e18', 'image/png', 2056, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db45-725b-a835-e8ef8f6f5b27', 'Running socks', 'Running socks — a favourite in wellness.', '', 'Wellness', 'wellness', 'running socks
wellness
running socks — a favourite in wellness.', 1800, 135, true, NULL, '34fce116b0f04b438537ff13de98129d', 'image/png', 1702, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db47-7a46-933a-d665096e4089', 'Resistance bands', 'Resistance bands — a favourite in wellness.', '', 'Wellness', 'wellness', 'resistance bands
wellness
resistance bands — a favourite in wellness.', 1800, 130, true, NULL, '827101d7b24b40c5a27df0c21b5a5da5', 'image/png', 2056, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db20-74e5-9855-b324dae43464', 'Online store card', 'Online store card — a favourite in gift cards.', 'The code is e-mailed within two working days.', 'Gift cards', 'gift cards', 'online store card
gift cards
online store card — a favourite in gift cards.', 950, 119, true, NULL, '4d28e4c3cd80425a9978db6b548c31b0', 'image/png', 2064, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db41-7588-906b-2aeb9624ec54', 'Massage voucher', 'Massage voucher — a favourite in wellness.', '', 'Wellness', 'wellness', 'massage voucher
wellness
massage voucher — a favourite in wellness.', 1350, 191, true, NULL, '2807c2b1fdba44a5be086ec2b8d77efc', 'image/png', 2056, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db21-74d7-be44-5aab0b1c3f19', 'Grocery card', 'Grocery card — a favourite in gift cards.', 'The code is e-mailed within two working days.', 'Gift cards', 'gift cards', 'grocery card
gift cards
grocery card — a favourite in gift cards.', 750, 69, true, NULL, '249f4d2da5854c5c8a2520139762fe72', 'image/png', 1710, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db18-7f02-91f5-3fc36d2810a3', 'Smart plug', 'Smart plug — a favourite in gadgets.', '', 'Gadgets', 'gadgets', 'smart plug
gadgets
smart plug — a favourite in gadgets.', 100, 137, true, NULL, 'ff960ceb86bf4a20ab991d05d89165ee', 'image/png', 1704, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db1f-7398-855f-3fb58478d5e3', 'Cinema voucher', 'Cinema voucher — a favourite in gift cards.', 'The code is e-mailed within two working days.', 'Gift cards', 'gift cards', 'cinema voucher
gift cards
cinema voucher — a favourite in gift cards.', 1150, 23, true, NULL, 'e4f387291659448ab25acdb1051c7058', 'image/png', 2227, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db43-7d47-991e-3ee04d810074', 'Gym day pass', 'Gym day pass — a favourite in wellness.', '', 'Wellness', 'wellness', 'gym day pass
wellness
gym day pass — a favourite in wellness.', 900, 0, true, NULL, 'd6d9a56eadb64e94969e91de2607ebec', 'image/png', 2223, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db46-73d1-801a-5fe68d8cb2d1', 'Foam roller', 'Foam roller — a favourite in wellness.', '', 'Wellness', 'wellness', 'foam roller
wellness
foam roller — a favourite in wellness.', 550, 27, true, NULL, '189cc30cde9747b591912b5edaeff873', 'image/png', 2223, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db42-735d-8752-f31edf4d16dd', 'Water bottle', 'Water bottle — a favourite in wellness.', '', 'Wellness', 'wellness', 'water bottle
wellness
water bottle — a favourite in wellness.', 500, 68, true, NULL, '8ec650483d5447589fc375d01cf7bc88', 'image/png', 1702, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db48-769c-9663-eebcc2c82864', 'Desk plant', 'Desk plant — a favourite in home.', '', 'Home', 'home', 'desk plant
home
desk plant — a favourite in home.', 1050, 152, true, NULL, '48f949e689e34791a66cc6e7440ee840', 'image/png', 1706, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db49-7139-9a58-0dd365935e82', 'Scented candle', 'Scented candle — a favourite in home.', '', 'Home', 'home', 'scented candle
home
scented candle — a favourite in home.', 1200, 196, true, NULL, '988249ce758d496582d6770d6077aca3', 'image/png', 2223, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db4a-7c1e-8558-9a0b9f374574', 'Coffee mug set', 'Coffee mug set — a favourite in home.', '', 'Home', 'home', 'coffee mug set
home
coffee mug set — a favourite in home.', 2800, 83, true, NULL, 'cfbad8ec68f84cda896e31fcee704217', 'image/png', 2058, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db4b-7567-9e7f-8a89906e320e', 'Throw blanket', 'Throw blanket — a favourite in home.', '', 'Home', 'home', 'throw blanket
home
throw blanket — a favourite in home.', 1600, 159, true, NULL, '5cd066283ac54fe3a798148cfed5debe', 'image/png', 1706, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db4f-7765-b613-26c6e6559c44', 'Picture frame', 'Picture frame — a favourite in home.', '', 'Home', 'home', 'picture frame
home
picture frame — a favourite in home.', 2850, 168, true, NULL, 'b0dd08e465a549b1b950764334636753', 'image/png', 2223, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db53-7b61-b193-78a1b04c3760', 'Cushion', 'Cushion — a favourite in home.', '', 'Home', 'home', 'cushion
home
cushion — a favourite in home.', 2050, 185, false, NULL, 'd44ecd298c924025b10dac60f27f4389', 'image/png', 2058, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db54-7fef-8c21-bd25c6b106dc', 'Leadership classic', 'Leadership classic — a favourite in books.', '', 'Books', 'books', 'leadership classic
books
leadership classic — a favourite in books.', 2250, 27, true, NULL, '2b090e13ad904df2afc78191eb74ab3f', 'image/png', 1700, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db55-7dfe-a068-a9830fc713a1', 'Cookbook', 'Cookbook — a favourite in books.', '', 'Books', 'books', 'cookbook
books
cookbook — a favourite in books.', 1400, 156, true, NULL, 'db8f00b0ea7f4b4a951fcc3a73f7daec', 'image/png', 2219, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db5b-701e-b30d-26d82abaa9de', 'Travel guide', 'Travel guide — a favourite in books.', '', 'Books', 'books', 'travel guide
books
travel guide — a favourite in books.', 2450, 123, true, NULL, '6b62d4a76fcd4f26861f2d42ab8f3238', 'image/png', 1700, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db5f-7b38-8fd1-295313461147', 'Design handbook', 'Design handbook — a favourite in books.', '', 'Books', 'books', 'design handbook
books
design handbook — a favourite in books.', 2850, 80, true, NULL, '3ea9f32a3a7a4e9982af6e2ef1192e14', 'image/png', 2219, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db63-755f-b0b7-f4b3f6f9d537', 'Notebook set', 'Notebook set — a favourite in books.', '', 'Books', 'books', 'notebook set
books
notebook set — a favourite in books.', 1800, 189, true, NULL, 'd97059557e444a15975be2646506ca80', 'image/png', 2050, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db71-7345-9d02-0e4256795891', 'Language course', 'Language course — a favourite in books.', '', 'Books', 'books', 'language course
books
language course — a favourite in books.', 1150, 48, true, NULL, '34387dbaa6c44c8b942834322ac4c7f2', 'image/png', 2219, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db72-749d-8f43-a9bde7a59d38', 'Escape room for two', 'Escape room for two — a favourite in experiences.', '', 'Experiences', 'experiences', 'escape room for two
experiences
escape room for two — a favourite in experiences.', 1750, 136, true, NULL, '105b64ed72db41b4adc52be1af4afd92', 'image/png', 1979, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db74-73e3-9c8d-fc9c490ec48b', 'Museum pass', 'Museum pass — a favourite in experiences.', '', 'Experiences', 'experiences', 'museum pass
experiences
museum pass — a favourite in experiences.', 2400, 2, true, NULL, 'f92e22f32c174880b2208f3d785de401', 'image/png', 2156, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db75-72e9-8695-f8ab7e3d8ea4', 'Concert ticket', 'Concert ticket — a favourite in experiences.', '', 'Experiences', 'experiences', 'concert ticket
experiences
concert ticket — a favourite in experiences.', 1650, 61, true, NULL, '43d754e9502c4ecb8703d8f94b27c25c', 'image/png', 1979, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db78-7f93-b708-21099ff2fefc', 'Boat tour', 'Boat tour — a favourite in experiences.', '', 'Experiences', 'experiences', 'boat tour
experiences
boat tour — a favourite in experiences.', 2300, 41, true, NULL, '8eade6e91c0e41a8b348d709e939808c', 'image/png', 1979, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db4d-75c0-ab95-b1120b3008c2', 'Tea sampler', 'Tea sampler — a favourite in home.', '', 'Home', 'home', 'tea sampler
home
tea sampler — a favourite in home.', 100, 0, true, NULL, '851f64d757204e51b5391177fa8b584e', 'image/png', 2058, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db79-7fa4-9063-b9485efafee3', 'Pottery workshop', 'Pottery workshop — a favourite in experiences.', '', 'Experiences', 'experiences', 'pottery workshop
experiences
pottery workshop — a favourite in experiences.', 350, 51, true, NULL, '70ba2e38a40d4e448093240d5d2bb46d', 'image/png', 1631, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db4c-75ad-aa0e-e0a256ae37da', 'Desk lamp', 'Desk lamp — a favourite in home.', '', 'Home', 'home', 'desk lamp
home
desk lamp — a favourite in home.', 200, 184, true, NULL, 'a2aa429ece9641bfbb145ef9cc6fe330', 'image/png', 2223, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db73-7e23-a7d9-dbec0ed783e9', 'Cooking class', 'Cooking class — a favourite in experiences.', '', 'Experiences', 'experiences', 'cooking class
experiences
cooking class — a favourite in experiences.', 450, 180, true, NULL, '6aaded1353d6476c9d1c8abf9fd036bb', 'image/png', 1631, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db1b-745b-a9a4-80b232edda5f', 'Webcam HD', 'Webcam HD — a favourite in gadgets.', '', 'Gadgets', 'gadgets', 'webcam hd
gadgets
webcam hd — a favourite in gadgets.', 600, 143, true, NULL, '5d7bee1ac3a748ac871ec65bcd58a29f', 'image/png', 1704, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db4e-7367-be19-0ad115159ce1', 'Cutting board', 'Cutting board — a favourite in home.', '', 'Home', 'home', 'cutting board
home
cutting board — a favourite in home.', 550, 69, true, NULL, '5243d5472a564c41bccf3d7e9eb153d6', 'image/png', 1706, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db77-7bcb-8b23-c8578e5c5882', 'Wine tasting', 'Wine tasting — a favourite in experiences.', '', 'Experiences', 'experiences', 'wine tasting
experiences
wine tasting — a favourite in experiences.', 450, 126, true, NULL, '7b140b5ba38f4a6f92f91f0722143ee6', 'image/png', 2156, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db76-7233-a9c1-705285855fe6', 'Climbing session', 'Climbing session — a favourite in experiences.', '', 'Experiences', 'experiences', 'climbing session
experiences
climbing session — a favourite in experiences.', 1800, 180, true, NULL, '651f9c7565854231b8e5b68f61fb9085', 'image/png', 1631, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db6f-7e89-a0b9-08232e6e5b89', 'Kids'' picture book', 'Kids'' picture book — a favourite in books.', '', 'Books', 'books', 'kids'' picture book
books
kids'' picture book — a favourite in books.', 1000, 109, true, NULL, '4285d743d48a4584ba46f8a686a7d11e', 'image/png', 1700, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.products VALUES ('01a24dae-db56-7b75-96b8-615cda55975e', 'Sci-fi trilogy', 'Sci-fi trilogy — a favourite in books.', '', 'Books', 'books', 'sci-fi trilogy
books
sci-fi trilogy — a favourite in books.', 550, 144, true, NULL, 'bdff4d2d8bfc4f3993031c7be32bea99', 'image/png', 2050, 256, 256, 1, '2026-11-01 23:27:14.197864+00', '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');


--
-- Data for Name: stock_movements; Type: TABLE DATA; Schema: shop; Owner: -
--

INSERT INTO shop.stock_movements VALUES ('01a24dae-da24-71e9-80e8-e20a5f16f6ae', '01a24dae-d977-7c81-bc78-6995bec5b3df', 173, 173, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db14-7099-893f-f7802bb552bc', '01a24dae-db13-7a44-b73e-9f708d3e485f', 49, 49, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db15-79ee-bb1a-d7053c23c095', '01a24dae-db15-757f-a197-e9d04a4a2ae2', 121, 121, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db17-78a2-9d99-6362041f28ba', '01a24dae-db17-7aa5-bce7-c45c9d93ca81', 41, 41, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db18-73b4-acc8-56ce3e928aa4', '01a24dae-db18-7f02-91f5-3fc36d2810a3', 141, 141, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db19-79a5-aa4c-7ea64f166ee5', '01a24dae-db19-76c1-be86-8db99d1766a8', 196, 196, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db1a-763b-b997-25893282171f', '01a24dae-db1a-75a5-ba19-b10f0a8f6b19', 184, 184, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db1b-70ba-9832-8b1e028d0c4d', '01a24dae-db1b-745b-a9a4-80b232edda5f', 146, 146, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db1d-7714-ad7c-ddd6c080f244', '01a24dae-db1d-7304-b513-8cc82a0440fd', 180, 180, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db1e-73f1-a5c9-504957900929', '01a24dae-db1e-77a1-95a2-181d366b7b4f', 181, 181, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db1e-7f12-a994-b96fc0fdf1c9', '01a24dae-db1d-717f-a91a-393357ff87fd', 164, 164, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db1f-7941-b5dd-ff6abe544a62', '01a24dae-db1f-7398-855f-3fb58478d5e3', 24, 24, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db20-797b-aac9-0512469eb8e0', '01a24dae-db20-74e5-9855-b324dae43464', 121, 121, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db21-79a0-a6d6-c61f71700e5e', '01a24dae-db21-74d7-be44-5aab0b1c3f19', 72, 72, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db22-71fd-987c-f146bdf6e766', '01a24dae-db22-7d06-85ee-51af6c3f5d02', 112, 112, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db23-7199-87cf-4359ac2950a8', '01a24dae-db23-7585-a4bf-68ba5eb72829', 56, 56, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db3f-7e6c-b641-41cc029a6d8a', '01a24dae-db3e-7e62-8d78-d4fdc446abb8', 82, 82, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db40-7958-a44a-c6879dc7f4e6', '01a24dae-db40-72fb-96bf-62414a1bc884', 28, 28, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db41-7e61-b794-75f505126924', '01a24dae-db41-7588-906b-2aeb9624ec54', 192, 192, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db42-71ae-b9c5-96449f875315', '01a24dae-db42-735d-8752-f31edf4d16dd', 69, 69, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db43-7dc6-b6d2-c5b0ed540268', '01a24dae-db43-7d47-991e-3ee04d810074', 2, 2, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db44-7b26-9e51-2a157490d7dd', '01a24dae-db44-7644-864a-b3293cf34202', 47, 47, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db45-7586-ad39-452d6e374ce5', '01a24dae-db45-725b-a835-e8ef8f6f5b27', 135, 135, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db46-7c71-a59d-3d7fec09a29c', '01a24dae-db46-73d1-801a-5fe68d8cb2d1', 31, 31, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db47-786f-bbf8-0fe4b4e6d324', '01a24dae-db47-7a46-933a-d665096e4089', 130, 130, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db48-7586-94d1-cf281d950a17', '01a24dae-db48-769c-9663-eebcc2c82864', 152, 152, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db49-74fa-b840-fc7ef5dd3195', '01a24dae-db49-7139-9a58-0dd365935e82', 196, 196, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db4a-791d-9df8-b7b9400b9608', '01a24dae-db4a-7c1e-8558-9a0b9f374574', 83, 83, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db4b-789f-9223-27be6142dfea', '01a24dae-db4b-7567-9e7f-8a89906e320e', 159, 159, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db4c-7cfb-a338-17436ce10adb', '01a24dae-db4c-75ad-aa0e-e0a256ae37da', 187, 187, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db4d-74dd-bd2a-11700efd2e77', '01a24dae-db4d-75c0-ab95-b1120b3008c2', 2, 2, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db4e-7bb4-95a5-413dcc0f0936', '01a24dae-db4e-7367-be19-0ad115159ce1', 72, 72, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db4f-7b8a-bcc6-20ed12882f1d', '01a24dae-db4f-7765-b613-26c6e6559c44', 168, 168, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db53-7c49-b525-c7f1f49b6063', '01a24dae-db53-7b61-b193-78a1b04c3760', 185, 185, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db54-79cb-be7b-8d7a581cf11d', '01a24dae-db54-7fef-8c21-bd25c6b106dc', 27, 27, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db55-723c-a74b-9381d0850871', '01a24dae-db55-7dfe-a068-a9830fc713a1', 156, 156, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db56-701d-95bf-7ba76639434f', '01a24dae-db56-7b75-96b8-615cda55975e', 146, 146, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db5b-78f6-a953-689e4f875693', '01a24dae-db5b-701e-b30d-26d82abaa9de', 123, 123, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db5f-7f2b-a989-45a71d7ebfb2', '01a24dae-db5f-7b38-8fd1-295313461147', 80, 80, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db63-781c-83a3-0f25486f1837', '01a24dae-db63-755f-b0b7-f4b3f6f9d537', 189, 189, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db6f-70be-a298-ce01d08de8a0', '01a24dae-db6f-7e89-a0b9-08232e6e5b89', 116, 116, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db71-7c20-a56e-b8f8b964e4f5', '01a24dae-db71-7345-9d02-0e4256795891', 48, 48, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db72-7801-afdd-4280d7ade173', '01a24dae-db72-749d-8f43-a9bde7a59d38', 136, 136, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db73-73a3-b760-79acf108cb7b', '01a24dae-db73-7e23-a7d9-dbec0ed783e9', 184, 184, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db74-77fe-874a-0f3baea45d39', '01a24dae-db74-73e3-9c8d-fc9c490ec48b', 2, 2, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db75-7400-9329-92e8bb3a02ed', '01a24dae-db75-72e9-8695-f8ab7e3d8ea4', 61, 61, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db76-7f4b-a1c9-b2fd27652a3c', '01a24dae-db76-7233-a9c1-705285855fe6', 181, 181, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db77-72a5-ae6b-1f90e5dd7864', '01a24dae-db77-7bcb-8b23-c8578e5c5882', 129, 129, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db78-7546-b100-2a04ef6ce5b3', '01a24dae-db78-7f93-b708-21099ff2fefc', 41, 41, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-db79-7e0f-af3c-ee9d53b7b32c', '01a24dae-db79-7fa4-9063-b9485efafee3', 55, 55, 'initial', NULL, NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-11-01 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e4ca-7d01-953b-460fe2431163', '01a24dae-db6f-7e89-a0b9-08232e6e5b89', -1, 115, 'redeem', '01a24dae-e418-73f4-a75e-25bbdfef5032', NULL, '01a24daa-8a7a-75d9-8dca-edf6950981fb', '2026-11-06 10:26:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e5ab-7e3e-8c46-f18569df2c71', '01a24dae-db77-7bcb-8b23-c8578e5c5882', -1, 128, 'redeem', '01a24dae-e5a9-72b2-b166-0abe233737a9', NULL, '01a24daa-945f-7bc0-8430-27e194871cd3', '2026-11-07 09:36:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e5b8-738b-b651-7e35c3636d86', '01a24dae-db1b-745b-a9a4-80b232edda5f', -1, 145, 'redeem', '01a24dae-e5b7-79f1-86ba-d816cd676507', NULL, '01a24daa-8ee0-7183-a467-41e325fa6b0f', '2026-11-07 10:55:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e5c5-71dc-9021-8f14c60a0da1', '01a24dae-db18-7f02-91f5-3fc36d2810a3', -1, 140, 'redeem', '01a24dae-e5c4-77c2-a0c2-b73e71d2a448', NULL, '01a24daa-9a2d-7347-aae9-fa281fa3e286', '2026-11-08 09:59:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e5d1-708f-9aaa-b65fe262ec01', '01a24dae-db46-73d1-801a-5fe68d8cb2d1', -1, 30, 'redeem', '01a24dae-e5d0-7525-af37-c0d6e3f4d250', NULL, '01a24daa-96a3-720d-b9af-257cf5f07308', '2026-11-09 09:07:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e5d8-7e6f-9db6-3e0864f10f7a', '01a24dae-db6f-7e89-a0b9-08232e6e5b89', -1, 114, 'redeem', '01a24dae-e5d7-742c-b69a-690e2c27afd5', NULL, '01a24daa-a158-7c8f-b1e7-a7816239acd5', '2026-11-09 10:14:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e5ec-78b5-b0fa-e967030f42d5', '01a24dae-db6f-7e89-a0b9-08232e6e5b89', -1, 113, 'redeem', '01a24dae-e5eb-7fa9-917f-21db17a9fdd0', NULL, '01a24daa-93b2-7352-8ae7-a50ec9d4ff9c', '2026-11-09 11:28:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e600-7b65-a939-f1334ba6bd7b', '01a24dae-db4d-75c0-ab95-b1120b3008c2', -1, 1, 'redeem', '01a24dae-e5ff-79f9-ba8f-bb190ed8df20', NULL, '01a24daa-8562-7aaa-944a-6c3fd24cc5f9', '2026-11-09 12:38:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e60f-750c-9535-ca8578f80e4a', '01a24dae-db56-7b75-96b8-615cda55975e', -1, 145, 'redeem', '01a24dae-e60e-7532-a721-60210ab63e98', NULL, '01a24daa-7ef7-7cb9-8233-a27569cd8b08', '2026-11-09 12:49:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e61d-78e8-bbd4-67065761e16b', '01a24dae-db20-74e5-9855-b324dae43464', -1, 120, 'redeem', '01a24dae-e61c-7d45-84c5-66c1d98f10e3', NULL, '01a24daa-87c4-77fa-8926-feec907edef2', '2026-11-10 09:19:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e624-7fac-b484-a957a1a1985b', '01a24dae-db18-7f02-91f5-3fc36d2810a3', -1, 139, 'redeem', '01a24dae-e623-7972-8163-f30708b76cf8', NULL, '01a24daa-96a3-720d-b9af-257cf5f07308', '2026-11-10 10:41:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e62f-7caf-85b9-07b8655c53b9', '01a24dae-db6f-7e89-a0b9-08232e6e5b89', -1, 112, 'redeem', '01a24dae-e62e-7a58-adfe-a0982a4a1f1c', NULL, '01a24daa-a1e1-7a05-b531-b905cbaa5600', '2026-11-11 10:17:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e635-7b36-8c7d-c07e3203f7d4', '01a24dae-db4e-7367-be19-0ad115159ce1', -1, 71, 'redeem', '01a24dae-e634-78fb-8230-e85e4ba23164', NULL, '01a24daa-945f-7bc0-8430-27e194871cd3', '2026-11-11 10:24:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e63c-7ade-8fa0-b69ba7e2013f', '01a24dae-db43-7d47-991e-3ee04d810074', -1, 1, 'redeem', '01a24dae-e63b-79b6-bfc2-054bef1feb5c', NULL, '01a24daa-809b-7051-bc16-961ff23c7968', '2026-11-11 11:17:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e643-7380-ab1b-e3b6b430fd07', '01a24dae-db46-73d1-801a-5fe68d8cb2d1', -1, 29, 'redeem', '01a24dae-e642-7e71-8dad-b022957fc3de', NULL, '01a24daa-842b-756b-9abd-e36380e7bc8e', '2026-11-11 11:30:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e649-721f-845e-c04d42d2c490', '01a24dae-db21-74d7-be44-5aab0b1c3f19', -1, 71, 'redeem', '01a24dae-e648-790c-b7f4-910a3bd303bf', NULL, '01a24daa-9f1d-72dc-8477-db169f773274', '2026-11-11 12:17:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e652-7518-9f64-6a7153441f74', '01a24dae-db6f-7e89-a0b9-08232e6e5b89', -1, 111, 'redeem', '01a24dae-e651-7040-acb0-7eb150725006', NULL, '01a24daa-7dbf-7f6a-87e5-78d448ca15bb', '2026-11-12 09:05:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e68d-70e8-9f32-1476386215e7', '01a24dae-db6f-7e89-a0b9-08232e6e5b89', -1, 110, 'redeem', '01a24dae-e68c-716f-88ab-5df2c1949cee', NULL, '01a24daa-9b63-7f9e-8905-f95e4de2ee9f', '2026-11-12 10:16:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e6d1-7454-921b-92958ef34653', '01a24dae-db43-7d47-991e-3ee04d810074', -1, 0, 'redeem', '01a24dae-e6cb-773e-8906-0ee54ec93728', NULL, '01a24daa-9db3-7593-b408-f3867a203dbe', '2026-11-13 10:09:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e72b-7953-a6bb-c8a464edd33d', '01a24dae-db20-74e5-9855-b324dae43464', -1, 119, 'redeem', '01a24dae-e724-7dd3-853f-bf9fca9e3ed5', NULL, '01a24daa-7f9c-7c09-9727-150b0a03ad83', '2026-11-13 11:08:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e77f-7d9e-ae71-7c827e0f6ae2', '01a24dae-db6f-7e89-a0b9-08232e6e5b89', -1, 109, 'redeem', '01a24dae-e776-7ea1-ab82-2a8cee5ede27', NULL, '01a24daa-81a3-7ed2-9c87-81767d40fe22', '2026-11-13 13:44:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e7e3-76fa-b950-e9b528875072', '01a24dae-db4e-7367-be19-0ad115159ce1', -1, 70, 'redeem', '01a24dae-e7db-7daa-86af-8fe90695bad2', NULL, '01a24daa-8317-7e7f-9c50-17871c3562c1', '2026-11-14 09:08:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e835-742c-aab9-bb57f1f865f3', '01a24dae-db4d-75c0-ab95-b1120b3008c2', -1, 0, 'redeem', '01a24dae-e82f-7345-a607-9116984234ff', NULL, '01a24daa-9db3-7593-b408-f3867a203dbe', '2026-11-15 09:46:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e861-7c18-b70f-02482011c910', '01a24dae-db79-7fa4-9063-b9485efafee3', -1, 54, 'redeem', '01a24dae-e860-7d7b-bff9-3940a2888165', NULL, '01a24daa-8d97-7046-b047-9abe1e1f27f1', '2026-11-15 10:08:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e8f8-7e50-b0da-3068186977ca', '01a24dae-db42-735d-8752-f31edf4d16dd', -1, 68, 'redeem', '01a24dae-e8f6-7ed6-b0a4-d5d113699616', NULL, '01a24daa-8b37-708c-984e-8262d3021456', '2026-11-15 12:47:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e92b-7abb-be75-62a0ea599f44', '01a24dae-db18-7f02-91f5-3fc36d2810a3', -1, 138, 'redeem', '01a24dae-e926-7d32-860b-108750d5951a', NULL, '01a24daa-977b-7634-807a-4edecf3b57ea', '2026-11-16 11:27:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e95b-7519-8164-7aa8411de045', '01a24dae-db4c-75ad-aa0e-e0a256ae37da', -1, 186, 'redeem', '01a24dae-e956-722c-800c-1ceedb506726', NULL, '01a24daa-96a3-720d-b9af-257cf5f07308', '2026-11-17 09:47:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e999-7801-a28a-e9d5729201ce', '01a24dae-db77-7bcb-8b23-c8578e5c5882', -1, 127, 'redeem', '01a24dae-e997-71a2-acf0-a70cd2c71bad', NULL, '01a24daa-86bc-7869-b569-296b791879af', '2026-11-18 09:27:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e9cb-7323-a845-8f3d459641d2', '01a24dae-db79-7fa4-9063-b9485efafee3', -1, 53, 'redeem', '01a24dae-e9c6-73aa-83b5-13d7e075a4d1', NULL, '01a24daa-8ee0-7183-a467-41e325fa6b0f', '2026-11-18 10:33:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-e9f7-7b20-a20a-97ad9faa2665', '01a24dae-db79-7fa4-9063-b9485efafee3', -1, 52, 'redeem', '01a24dae-e9f6-71bf-a1b8-1763f432f407', NULL, '01a24daa-902e-73da-8ffa-7da361df9c1b', '2026-11-18 11:00:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-ea30-7229-9169-f88b2eed83dd', '01a24dae-db46-73d1-801a-5fe68d8cb2d1', -1, 28, 'redeem', '01a24dae-ea2f-7c9b-a6be-c508f8b92ad1', NULL, '01a24daa-86bc-7869-b569-296b791879af', '2026-11-20 09:48:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-ea47-7233-b83c-17cca7349770', '01a24dae-db77-7bcb-8b23-c8578e5c5882', -1, 126, 'redeem', '01a24dae-ea46-70e2-86c7-04ca2af8e5b8', NULL, '01a24daa-902e-73da-8ffa-7da361df9c1b', '2026-11-20 10:41:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-ea7a-700a-91e0-dd8720ddf105', '01a24dae-db46-73d1-801a-5fe68d8cb2d1', -1, 27, 'redeem', '01a24dae-ea79-7d32-a6bd-6814050fb8cb', NULL, '01a24daa-889b-7a82-aae8-75c4f42fc614', '2026-11-23 11:38:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-ea90-72f0-a8b6-5b0e17ff04e5', '01a24dae-db1b-745b-a9a4-80b232edda5f', -1, 144, 'redeem', '01a24dae-ea8e-78b6-a36f-3394df527599', NULL, '01a24daa-a30b-783f-a5d5-0d243d1d88c1', '2026-11-23 12:16:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-ea99-71ed-8320-2a963b441ce6', '01a24dae-db42-735d-8752-f31edf4d16dd', -1, 67, 'redeem', '01a24dae-ea98-7a38-b1ee-80b7bc61f221', NULL, '01a24daa-9a2d-7347-aae9-fa281fa3e286', '2026-11-24 09:49:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-eaa0-7166-aceb-900489ef8987', '01a24dae-db6f-7e89-a0b9-08232e6e5b89', -1, 108, 'redeem', '01a24dae-ea9f-7760-97c9-7c56ac05398a', NULL, '01a24daa-9825-7823-b0c1-27e1ed5a386e', '2026-11-24 10:11:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-eaa9-7136-91c0-519b34589c40', '01a24dae-db4e-7367-be19-0ad115159ce1', -1, 69, 'redeem', '01a24dae-eaa8-78fa-954d-c8daa19cb76c', NULL, '01a24daa-8d97-7046-b047-9abe1e1f27f1', '2026-11-25 09:18:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-eab6-73b3-a5fd-acc25a1f89ab', '01a24dae-db1b-745b-a9a4-80b232edda5f', -1, 143, 'redeem', '01a24dae-eab5-71b2-979e-3fe2d97b6628', NULL, '01a24daa-7c54-7c35-b442-179b5c46268b', '2026-11-25 10:13:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-eb23-7ce7-8713-c409e976bbe5', '01a24dae-db18-7f02-91f5-3fc36d2810a3', -1, 137, 'redeem', '01a24dae-eb1d-7f14-b591-dc72ce5e98b1', NULL, '01a24daa-96a3-720d-b9af-257cf5f07308', '2026-11-26 10:34:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-eb39-7039-bd70-71184da5b9fb', '01a24dae-db21-74d7-be44-5aab0b1c3f19', -1, 70, 'redeem', '01a24dae-eb37-71e5-8315-ee25044681ef', NULL, '01a24daa-8cbb-73a2-9774-87778a3d313a', '2026-11-26 11:13:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-ebbd-7a67-ba36-0df597471425', '01a24dae-db18-7f02-91f5-3fc36d2810a3', -1, 136, 'redeem', '01a24dae-ebb8-7634-af0a-61fc19d323b9', NULL, '01a24daa-902e-73da-8ffa-7da361df9c1b', '2026-11-28 10:19:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-ebcb-7005-b9cf-3decbb0a295e', '01a24dae-db77-7bcb-8b23-c8578e5c5882', -1, 125, 'redeem', '01a24dae-ebc7-740f-a6b1-dd96be771dd1', NULL, '01a24daa-977b-7634-807a-4edecf3b57ea', '2026-11-28 10:57:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-ebe4-717a-9bd5-56cf23d8d7f9', '01a24dae-db21-74d7-be44-5aab0b1c3f19', -1, 69, 'redeem', '01a24dae-ebe2-7387-ae02-4dc120302890', NULL, '01a24daa-7ced-730a-afc7-fe96c478037c', '2026-11-28 12:39:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-ec15-731f-919d-3f5004b5ded8', '01a24dae-db73-7e23-a7d9-dbec0ed783e9', -1, 183, 'redeem', '01a24dae-ec13-7df7-b68e-fffd396764ca', NULL, '01a24daa-889b-7a82-aae8-75c4f42fc614', '2026-11-29 09:37:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-ec33-7541-99ff-838208c41d69', '01a24dae-db4c-75ad-aa0e-e0a256ae37da', -1, 185, 'redeem', '01a24dae-ec32-714e-aada-807787ccf3d1', NULL, '01a24daa-977b-7634-807a-4edecf3b57ea', '2026-11-29 10:18:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-ec55-797c-a6fc-24d8fba922fd', '01a24dae-db77-7bcb-8b23-c8578e5c5882', -1, 124, 'redeem', '01a24dae-ec54-76aa-97e0-edf2efad98a1', NULL, '01a24daa-8317-7e7f-9c50-17871c3562c1', '2026-11-30 09:09:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-ec69-7fde-88d7-3b9bc758fe71', '01a24dae-db73-7e23-a7d9-dbec0ed783e9', -1, 182, 'redeem', '01a24dae-ec67-7322-beff-3ae64b3ab5f8', NULL, '01a24daa-8f72-719d-9d35-a08e7c5fdea7', '2026-11-30 09:44:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-ec78-768c-95e9-b5c1236989fe', '01a24dae-db18-7f02-91f5-3fc36d2810a3', -1, 135, 'redeem', '01a24dae-ec77-7fe7-8786-be6c8c290b2c', NULL, '01a24daa-8cbb-73a2-9774-87778a3d313a', '2026-11-30 10:13:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-ec7e-773d-a076-cf0de634da7e', '01a24dae-db79-7fa4-9063-b9485efafee3', -1, 51, 'redeem', '01a24dae-ec7d-7092-b139-719c37867b12', NULL, '01a24daa-7ef7-7cb9-8233-a27569cd8b08', '2026-11-30 10:43:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-f2fd-73ac-843f-78215c7e7d8f', '01a24dae-db41-7588-906b-2aeb9624ec54', -1, 191, 'redeem', '01a24dae-f2fb-7cbe-9360-eb1f414568cf', NULL, '01a24daa-a073-7563-b801-db3f994930e7', '2026-12-01 09:51:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-f315-7d65-92cd-de15c6eb1530', '01a24dae-db18-7f02-91f5-3fc36d2810a3', -1, 134, 'redeem', '01a24dae-f314-7459-b6fa-e87cf2b88b36', NULL, '01a24daa-a30b-783f-a5d5-0d243d1d88c1', '2026-12-01 11:04:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-f32a-732e-aac8-754996561095', '01a24dae-db73-7e23-a7d9-dbec0ed783e9', -1, 181, 'redeem', '01a24dae-f329-73c5-a4f6-1f52e92f42f0', NULL, '01a24daa-8a7a-75d9-8dca-edf6950981fb', '2026-12-02 09:35:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-f334-70dd-854b-1a9ec17f61d6', '01a24dae-db46-73d1-801a-5fe68d8cb2d1', -1, 26, 'redeem', '01a24dae-f333-7c04-bc92-eb333757dbd3', NULL, '01a24daa-889b-7a82-aae8-75c4f42fc614', '2026-12-03 09:33:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-f33b-7940-acb9-bdf755acb720', '01a24dae-db76-7233-a9c1-705285855fe6', -1, 180, 'redeem', '01a24dae-f33a-7662-b777-8338dae88695', NULL, '01a24daa-8973-7b6e-8ad1-e3515065d47b', '2026-12-03 10:05:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-f345-72df-b5fb-a5b959e8ade9', '01a24dae-db56-7b75-96b8-615cda55975e', -1, 144, 'redeem', '01a24dae-f344-7677-81fd-44cecb22cfdc', NULL, '01a24daa-96a3-720d-b9af-257cf5f07308', '2026-12-04 09:59:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-f34b-79f7-936b-da58b7891075', '01a24dae-db73-7e23-a7d9-dbec0ed783e9', -1, 180, 'redeem', '01a24dae-f34b-7042-a907-40df4df24ff0', NULL, '01a24daa-9f1d-72dc-8477-db169f773274', '2026-12-04 11:06:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-f352-7b32-849a-74c5d8c9e51b', '01a24dae-db1f-7398-855f-3fb58478d5e3', -1, 23, 'redeem', '01a24dae-f351-7335-9fd9-879582cbea4d', NULL, '01a24daa-9a2d-7347-aae9-fa281fa3e286', '2026-12-04 12:01:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-f35b-7b34-a688-c163ee3a0e42', '01a24dae-db4c-75ad-aa0e-e0a256ae37da', -1, 184, 'redeem', '01a24dae-f35a-7a14-8826-251ce432bd67', NULL, '01a24daa-8317-7e7f-9c50-17871c3562c1', '2026-12-05 10:09:00+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-f66f-7ba8-b340-d557283d190f', '01a24dae-db18-7f02-91f5-3fc36d2810a3', 1, 135, 'cancel', '01a24dae-e5c4-77c2-a0c2-b73e71d2a448', NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-12-06 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-f6cb-7b8e-9ebc-a1c4e4bbc64d', '01a24dae-db18-7f02-91f5-3fc36d2810a3', 1, 136, 'cancel', '01a24dae-e623-7972-8163-f30708b76cf8', NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-12-06 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-f6f5-7432-9e54-7d455c54f0e5', '01a24dae-db6f-7e89-a0b9-08232e6e5b89', 1, 109, 'cancel', '01a24dae-e68c-716f-88ab-5df2c1949cee', NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-12-06 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-f70c-7dae-a8d4-a1b21df8d388', '01a24dae-db42-735d-8752-f31edf4d16dd', 1, 68, 'cancel', '01a24dae-e8f6-7ed6-b0a4-d5d113699616', NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-12-06 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-f72e-7740-bc50-b4917ae1ab29', '01a24dae-db77-7bcb-8b23-c8578e5c5882', 1, 125, 'cancel', '01a24dae-ea46-70e2-86c7-04ca2af8e5b8', NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-12-06 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-f7dd-7daf-a1ff-baff7cfe3792', '01a24dae-db18-7f02-91f5-3fc36d2810a3', 1, 137, 'cancel', '01a24dae-eb1d-7f14-b591-dc72ce5e98b1', NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-12-06 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-f7f1-7fa9-929d-99ec10322601', '01a24dae-db77-7bcb-8b23-c8578e5c5882', 1, 126, 'cancel', '01a24dae-ec54-76aa-97e0-edf2efad98a1', NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-12-06 23:27:14.197864+00');
INSERT INTO shop.stock_movements VALUES ('01a24dae-f7fc-7200-ae6c-9b491478880a', '01a24dae-db46-73d1-801a-5fe68d8cb2d1', 1, 27, 'cancel', '01a24dae-f333-7c04-bc92-eb333757dbd3', NULL, '01a24daa-7b96-7354-9ea6-af4abb049d1e', '2026-12-06 23:27:14.197864+00');


--
-- Name: __EFMigrationsHistory PK___EFMigrationsHistory; Type: CONSTRAINT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop."__EFMigrationsHistory"
    ADD CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId");


--
-- Name: audit_entries PK_audit_entries; Type: CONSTRAINT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop.audit_entries
    ADD CONSTRAINT "PK_audit_entries" PRIMARY KEY ("Id");


--
-- Name: ledger_entries PK_ledger_entries; Type: CONSTRAINT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop.ledger_entries
    ADD CONSTRAINT "PK_ledger_entries" PRIMARY KEY ("Id");


--
-- Name: lot_consumptions PK_lot_consumptions; Type: CONSTRAINT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop.lot_consumptions
    ADD CONSTRAINT "PK_lot_consumptions" PRIMARY KEY ("EntryId", "LotId");


--
-- Name: monthly_allocations PK_monthly_allocations; Type: CONSTRAINT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop.monthly_allocations
    ADD CONSTRAINT "PK_monthly_allocations" PRIMARY KEY ("UserId", "Period");


--
-- Name: orders PK_orders; Type: CONSTRAINT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop.orders
    ADD CONSTRAINT "PK_orders" PRIMARY KEY ("Id");


--
-- Name: points_accounts PK_points_accounts; Type: CONSTRAINT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop.points_accounts
    ADD CONSTRAINT "PK_points_accounts" PRIMARY KEY ("UserId");


--
-- Name: points_batches PK_points_batches; Type: CONSTRAINT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop.points_batches
    ADD CONSTRAINT "PK_points_batches" PRIMARY KEY ("Id");


--
-- Name: points_lots PK_points_lots; Type: CONSTRAINT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop.points_lots
    ADD CONSTRAINT "PK_points_lots" PRIMARY KEY ("Id");


--
-- Name: products PK_products; Type: CONSTRAINT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop.products
    ADD CONSTRAINT "PK_products" PRIMARY KEY ("Id");


--
-- Name: stock_movements PK_stock_movements; Type: CONSTRAINT; Schema: shop; Owner: -
--

ALTER TABLE ONLY shop.stock_movements
    ADD CONSTRAINT "PK_stock_movements" PRIMARY KEY ("Id");


--
-- Name: ix_audit_entries_actor_at; Type: INDEX; Schema: shop; Owner: -
--

CREATE INDEX ix_audit_entries_actor_at ON shop.audit_entries USING btree ("ActorId", "At");


--
-- Name: ix_audit_entries_at; Type: INDEX; Schema: shop; Owner: -
--

CREATE INDEX ix_audit_entries_at ON shop.audit_entries USING btree ("At");


--
-- Name: ix_audit_entries_entity; Type: INDEX; Schema: shop; Owner: -
--

CREATE INDEX ix_audit_entries_entity ON shop.audit_entries USING btree ("EntityType", "EntityId");


--
-- Name: ix_ledger_entries_batch; Type: INDEX; Schema: shop; Owner: -
--

CREATE INDEX ix_ledger_entries_batch ON shop.ledger_entries USING btree ("BatchId");


--
-- Name: ix_ledger_entries_created; Type: INDEX; Schema: shop; Owner: -
--

CREATE INDEX ix_ledger_entries_created ON shop.ledger_entries USING btree ("CreatedAt");


--
-- Name: ix_ledger_entries_operator_idempotency; Type: INDEX; Schema: shop; Owner: -
--

CREATE UNIQUE INDEX ix_ledger_entries_operator_idempotency ON shop.ledger_entries USING btree ("OperatorId", "IdempotencyKey");


--
-- Name: ix_ledger_entries_order; Type: INDEX; Schema: shop; Owner: -
--

CREATE INDEX ix_ledger_entries_order ON shop.ledger_entries USING btree ("OrderId");


--
-- Name: ix_ledger_entries_user_created; Type: INDEX; Schema: shop; Owner: -
--

CREATE INDEX ix_ledger_entries_user_created ON shop.ledger_entries USING btree ("UserId", "CreatedAt" DESC);


--
-- Name: ix_ledger_entries_user_sequence; Type: INDEX; Schema: shop; Owner: -
--

CREATE UNIQUE INDEX ix_ledger_entries_user_sequence ON shop.ledger_entries USING btree ("UserId", "Sequence");


--
-- Name: ix_lot_consumptions_lot; Type: INDEX; Schema: shop; Owner: -
--

CREATE INDEX ix_lot_consumptions_lot ON shop.lot_consumptions USING btree ("LotId");


--
-- Name: ix_monthly_allocations_period; Type: INDEX; Schema: shop; Owner: -
--

CREATE INDEX ix_monthly_allocations_period ON shop.monthly_allocations USING btree ("Period");


--
-- Name: ix_orders_number; Type: INDEX; Schema: shop; Owner: -
--

CREATE UNIQUE INDEX ix_orders_number ON shop.orders USING btree ("OrderNumber");


--
-- Name: ix_orders_product; Type: INDEX; Schema: shop; Owner: -
--

CREATE INDEX ix_orders_product ON shop.orders USING btree ("ProductId");


--
-- Name: ix_orders_status_placed; Type: INDEX; Schema: shop; Owner: -
--

CREATE INDEX ix_orders_status_placed ON shop.orders USING btree ("Status", "PlacedAt");


--
-- Name: ix_orders_user_idempotency; Type: INDEX; Schema: shop; Owner: -
--

CREATE UNIQUE INDEX ix_orders_user_idempotency ON shop.orders USING btree ("UserId", "IdempotencyKey");


--
-- Name: ix_orders_user_placed; Type: INDEX; Schema: shop; Owner: -
--

CREATE INDEX ix_orders_user_placed ON shop.orders USING btree ("UserId", "PlacedAt" DESC);


--
-- Name: ix_points_accounts_employee_number; Type: INDEX; Schema: shop; Owner: -
--

CREATE UNIQUE INDEX ix_points_accounts_employee_number ON shop.points_accounts USING btree ("EmployeeNumber");


--
-- Name: ix_points_batches_created; Type: INDEX; Schema: shop; Owner: -
--

CREATE INDEX ix_points_batches_created ON shop.points_batches USING btree ("CreatedAt");


--
-- Name: ix_points_batches_operator_idempotency; Type: INDEX; Schema: shop; Owner: -
--

CREATE UNIQUE INDEX ix_points_batches_operator_idempotency ON shop.points_batches USING btree ("OperatorId", "IdempotencyKey");


--
-- Name: ix_points_lots_expires; Type: INDEX; Schema: shop; Owner: -
--

CREATE INDEX ix_points_lots_expires ON shop.points_lots USING btree ("ExpiresAt") WHERE ("Remaining" > 0);


--
-- Name: ix_points_lots_user_granted; Type: INDEX; Schema: shop; Owner: -
--

CREATE INDEX ix_points_lots_user_granted ON shop.points_lots USING btree ("UserId", "GrantedAt") WHERE ("Remaining" > 0);


--
-- Name: ix_products_active_category; Type: INDEX; Schema: shop; Owner: -
--

CREATE INDEX ix_products_active_category ON shop.products USING btree ("CategoryKey", "CreatedAt" DESC, "Id") WHERE "IsActive";


--
-- Name: ix_products_active_cost; Type: INDEX; Schema: shop; Owner: -
--

CREATE INDEX ix_products_active_cost ON shop.products USING btree ("PointsCost", "Id") WHERE "IsActive";


--
-- Name: ix_products_active_created; Type: INDEX; Schema: shop; Owner: -
--

CREATE INDEX ix_products_active_created ON shop.products USING btree ("CreatedAt" DESC, "Id") WHERE "IsActive";


--
-- Name: ix_products_active_name; Type: INDEX; Schema: shop; Owner: -
--

CREATE INDEX ix_products_active_name ON shop.products USING btree ("Name", "Id") WHERE "IsActive";


--
-- Name: ix_products_name; Type: INDEX; Schema: shop; Owner: -
--

CREATE INDEX ix_products_name ON shop.products USING btree ("Name");


--
-- Name: ix_stock_movements_product_created; Type: INDEX; Schema: shop; Owner: -
--

CREATE INDEX ix_stock_movements_product_created ON shop.stock_movements USING btree ("ProductId", "CreatedAt");


--
-- PostgreSQL database dump complete
--


