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
-- Name: platform; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA platform;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: __EFMigrationsHistory; Type: TABLE; Schema: platform; Owner: -
--

CREATE TABLE platform."__EFMigrationsHistory" (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL
);


--
-- Name: data_protection_keys; Type: TABLE; Schema: platform; Owner: -
--

CREATE TABLE platform.data_protection_keys (
    "FriendlyName" character varying(200) NOT NULL,
    "Xml" text NOT NULL
);


--
-- Name: job_leases; Type: TABLE; Schema: platform; Owner: -
--

CREATE TABLE platform.job_leases (
    "Name" character varying(100) NOT NULL,
    "Holder" character varying(200) NOT NULL,
    "AcquiredAt" timestamp with time zone NOT NULL,
    "ExpiresAt" timestamp with time zone NOT NULL
);


--
-- Name: job_runs; Type: TABLE; Schema: platform; Owner: -
--

CREATE TABLE platform.job_runs (
    "Id" uuid NOT NULL,
    "Job" character varying(100) NOT NULL,
    "Holder" character varying(200) NOT NULL,
    "StartedAt" timestamp with time zone NOT NULL,
    "FinishedAt" timestamp with time zone,
    "Status" character varying(20) NOT NULL,
    "Summary" text,
    "Error" text
);


--
-- Name: user_roles; Type: TABLE; Schema: platform; Owner: -
--

CREATE TABLE platform.user_roles (
    "UserId" uuid NOT NULL,
    "Role" character varying(64) NOT NULL,
    "GrantedAt" timestamp with time zone NOT NULL
);


--
-- Name: users; Type: TABLE; Schema: platform; Owner: -
--

CREATE TABLE platform.users (
    "Id" uuid NOT NULL,
    "Email" character varying(254) NOT NULL,
    "NormalizedEmail" character varying(254) NOT NULL,
    "DisplayName" character varying(100) NOT NULL,
    "PasswordHash" text,
    "IsActive" boolean NOT NULL,
    "FailedLogins" integer NOT NULL,
    "LockoutUntil" timestamp with time zone,
    "SecurityStamp" character varying(64) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "LastLoginAt" timestamp with time zone,
    "ExternalSubject" character varying(300)
);


--
-- Data for Name: __EFMigrationsHistory; Type: TABLE DATA; Schema: platform; Owner: -
--

INSERT INTO platform."__EFMigrationsHistory" VALUES ('20261121000000_PlatformInitial', '10.0.14');


--
-- Data for Name: data_protection_keys; Type: TABLE DATA; Schema: platform; Owner: -
--



--
-- Data for Name: job_leases; Type: TABLE DATA; Schema: platform; Owner: -
--



--
-- Data for Name: job_runs; Type: TABLE DATA; Schema: platform; Owner: -
--



--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: platform; Owner: -
--

INSERT INTO platform.user_roles VALUES ('01a24daa-788c-78d0-96c8-0c585b3921d6', 'admin', '2026-12-06 23:22:27.340065+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-7b96-7354-9ea6-af4abb049d1e', 'shop.admin', '2026-12-06 23:22:28.118441+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-7b96-7354-9ea6-af4abb049d1e', 'shop.employee', '2026-12-06 23:22:28.118441+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-7c54-7c35-b442-179b5c46268b', 'shop.employee', '2026-12-06 23:22:28.308342+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-7ced-730a-afc7-fe96c478037c', 'shop.employee', '2026-12-06 23:22:28.461164+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-7dbf-7f6a-87e5-78d448ca15bb', 'shop.employee', '2026-12-06 23:22:28.671798+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-7ef7-7cb9-8233-a27569cd8b08', 'shop.employee', '2026-12-06 23:22:28.983741+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-7f9c-7c09-9727-150b0a03ad83', 'shop.employee', '2026-12-06 23:22:29.148303+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-809b-7051-bc16-961ff23c7968', 'shop.employee', '2026-12-06 23:22:29.403491+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-81a3-7ed2-9c87-81767d40fe22', 'shop.employee', '2026-12-06 23:22:29.667716+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-8317-7e7f-9c50-17871c3562c1', 'shop.employee', '2026-12-06 23:22:30.039245+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-842b-756b-9abd-e36380e7bc8e', 'shop.employee', '2026-12-06 23:22:30.315684+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-8562-7aaa-944a-6c3fd24cc5f9', 'shop.employee', '2026-12-06 23:22:30.626599+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-86bc-7869-b569-296b791879af', 'shop.employee', '2026-12-06 23:22:30.972421+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-87c4-77fa-8926-feec907edef2', 'shop.employee', '2026-12-06 23:22:31.236098+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-889b-7a82-aae8-75c4f42fc614', 'shop.employee', '2026-12-06 23:22:31.451223+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-8973-7b6e-8ad1-e3515065d47b', 'shop.employee', '2026-12-06 23:22:31.667491+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-8a7a-75d9-8dca-edf6950981fb', 'shop.employee', '2026-12-06 23:22:31.930444+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-8b37-708c-984e-8262d3021456', 'shop.employee', '2026-12-06 23:22:32.119187+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-8be6-72ee-9d97-8ee0179e20cc', 'shop.employee', '2026-12-06 23:22:32.294195+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-8cbb-73a2-9774-87778a3d313a', 'shop.employee', '2026-12-06 23:22:32.507662+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-8d97-7046-b047-9abe1e1f27f1', 'shop.employee', '2026-12-06 23:22:32.727913+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-8ee0-7183-a467-41e325fa6b0f', 'shop.employee', '2026-12-06 23:22:33.056941+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-8f72-719d-9d35-a08e7c5fdea7', 'shop.employee', '2026-12-06 23:22:33.202686+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-902e-73da-8ffa-7da361df9c1b', 'shop.employee', '2026-12-06 23:22:33.390797+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-915f-7dbd-bcb0-8e07b934c5bd', 'shop.employee', '2026-12-06 23:22:33.695516+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-9277-79f1-a55e-cc6ffb972eba', 'shop.employee', '2026-12-06 23:22:33.975963+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-93b2-7352-8ae7-a50ec9d4ff9c', 'shop.employee', '2026-12-06 23:22:34.290772+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-945f-7bc0-8430-27e194871cd3', 'shop.employee', '2026-12-06 23:22:34.463475+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-9574-745b-9bca-a64b8c3074b9', 'shop.employee', '2026-12-06 23:22:34.740488+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-96a3-720d-b9af-257cf5f07308', 'shop.employee', '2026-12-06 23:22:35.043334+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-977b-7634-807a-4edecf3b57ea', 'shop.employee', '2026-12-06 23:22:35.259464+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-9825-7823-b0c1-27e1ed5a386e', 'shop.employee', '2026-12-06 23:22:35.429946+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-9903-701e-873c-e166c857ffd9', 'shop.employee', '2026-12-06 23:22:35.651288+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-9a2d-7347-aae9-fa281fa3e286', 'shop.employee', '2026-12-06 23:22:35.949481+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-9b63-7f9e-8905-f95e4de2ee9f', 'shop.employee', '2026-12-06 23:22:36.259415+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-9c8f-71bd-9e11-59faa4025848', 'shop.employee', '2026-12-06 23:22:36.559415+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-9db3-7593-b408-f3867a203dbe', 'shop.employee', '2026-12-06 23:22:36.851216+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-9f1d-72dc-8477-db169f773274', 'shop.employee', '2026-12-06 23:22:37.21362+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-a073-7563-b801-db3f994930e7', 'shop.employee', '2026-12-06 23:22:37.555557+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-a158-7c8f-b1e7-a7816239acd5', 'shop.employee', '2026-12-06 23:22:37.78463+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-a1e1-7a05-b531-b905cbaa5600', 'shop.employee', '2026-12-06 23:22:37.92183+00');
INSERT INTO platform.user_roles VALUES ('01a24daa-a30b-783f-a5d5-0d243d1d88c1', 'shop.employee', '2026-12-06 23:22:38.219528+00');
INSERT INTO platform.user_roles VALUES ('01a24daf-027e-705d-86b3-9ce2018083b3', 'live.host', '2026-12-06 23:27:24.798686+00');
INSERT INTO platform.user_roles VALUES ('01a24daf-0454-7509-ae63-4233ba72786b', 'parks.admin', '2026-12-06 23:27:25.268255+00');


--
-- Data for Name: users; Type: TABLE DATA; Schema: platform; Owner: -
--

INSERT INTO platform.users VALUES ('01a24daa-788c-78d0-96c8-0c585b3921d6', 'admin@demo.quartet', 'ADMIN@DEMO.QUARTET', 'Demo Admin', 'AQAAAAIAAYagAAAAENgsXWwvZWPd+DXdxoXP6+JWnj3UTVc0qA+lgCedJ8AyI7wJYKEEkEebLBLXVOI+qQ==', true, 0, NULL, '8BCD1CDF2FDB71EDACF418EC7096934D', '2026-12-06 23:22:27.340065+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-7b96-7354-9ea6-af4abb049d1e', 'shop.admin@demo.quartet', 'SHOP.ADMIN@DEMO.QUARTET', 'Shop Admin', 'AQAAAAIAAYagAAAAEFlPdTLqu5XXCLoY2EpkaR52ggLBENtMLMp0GNmvrGD7bzlzAVyTcjRIgypWa2OE4A==', true, 0, NULL, '43B2E29858B97435F92EFAE487402BC0', '2026-12-06 23:22:28.118441+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-7c54-7c35-b442-179b5c46268b', 'employee@demo.quartet', 'EMPLOYEE@DEMO.QUARTET', 'Erin Employee', 'AQAAAAIAAYagAAAAENmVi9q/QiJ5K6hmn3bu6Deu/cJQd6izM1onDvHXAn0RlxFmKoD0HQydTGBygpCAcA==', true, 0, NULL, '33B46444C8346990EEC1640A52A0CBD7', '2026-12-06 23:22:28.308342+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-7ced-730a-afc7-fe96c478037c', 'employee02@demo.quartet', 'EMPLOYEE02@DEMO.QUARTET', 'Kim Smith', 'AQAAAAIAAYagAAAAEMi0+LPDq/yWcK+7xkN+fZaqdPvQKEuk2ZKpZMyt0L/+b7cDGqjsYC8gtf/2DXszKw==', true, 0, NULL, '7DD3E05EBAC56078A2CAD36A5D402BBB', '2026-12-06 23:22:28.461164+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-7dbf-7f6a-87e5-78d448ca15bb', 'employee03@demo.quartet', 'EMPLOYEE03@DEMO.QUARTET', 'Lee Ito', 'AQAAAAIAAYagAAAAEP0Z9Bt9RbtyRoMw2E9cwJsIHXnN5e9IfTyXI3SKIJvOkA4a8lvD/Xmi7jI6HT05Fg==', true, 0, NULL, '41EE1AB39277A1A984B50DD5C7C8F6B0', '2026-12-06 23:22:28.671798+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-7ef7-7cb9-8233-a27569cd8b08', 'employee04@demo.quartet', 'EMPLOYEE04@DEMO.QUARTET', 'Noor Khan', 'AQAAAAIAAYagAAAAEFuVIIFplyduCVsf4JWYsVYSBBD8g27TSMlDTh7svoGSl9hlQqVaVC+vMV7QBKTljQ==', true, 0, NULL, '381B9C76A5C7AC5F3856D68867EBAC86', '2026-12-06 23:22:28.983741+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-7f9c-7c09-9727-150b0a03ad83', 'employee05@demo.quartet', 'EMPLOYEE05@DEMO.QUARTET', 'Mei Müller', 'AQAAAAIAAYagAAAAELT+zG+3A17ToZpcCd4BAeVm5ZrSNzDb37V4sWubx3UdKmgnHwxhHBR1JxX1JTHYpw==', true, 0, NULL, '99CB2FEDA78EF647F7149960DEC76353', '2026-12-06 23:22:29.148303+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-809b-7051-bc16-961ff23c7968', 'employee06@demo.quartet', 'EMPLOYEE06@DEMO.QUARTET', 'Ravi Rossi', 'AQAAAAIAAYagAAAAEMGz5JaRBTbUqiZUvN3toFWyzmq2kDVsqoN3rq0ZfQxbIBbXCJHFCbcivEXElK2XHQ==', true, 0, NULL, 'E5F5B9D1E33B13BD99B799EA91887F5D', '2026-12-06 23:22:29.403491+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-81a3-7ed2-9c87-81767d40fe22', 'employee07@demo.quartet', 'EMPLOYEE07@DEMO.QUARTET', 'Ana Wang', 'AQAAAAIAAYagAAAAEMF74PFsw720Ju3n3tpLcHCFxmggQMs7EBVcI7Fsz4RZOps1C9Fr+svAILFWSkMOxg==', true, 0, NULL, 'B78325AE973B5EF61D985D7C5FE82F76', '2026-12-06 23:22:29.667716+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-8317-7e7f-9c50-17871c3562c1', 'employee08@demo.quartet', 'EMPLOYEE08@DEMO.QUARTET', 'Tom Chen', 'AQAAAAIAAYagAAAAEKpUIXX8nwBVu08RhI+wCTNKVfAwTaqXazngGUUglxaEdYQjIVKosnOtPGl+Tb1Sgg==', true, 0, NULL, 'D541C5FE17DAB8917F2D50517ED89803', '2026-12-06 23:22:30.039245+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-842b-756b-9abd-e36380e7bc8e', 'employee09@demo.quartet', 'EMPLOYEE09@DEMO.QUARTET', 'Zoe Garcia', 'AQAAAAIAAYagAAAAEEufdTxEi2G/zzajM+/gd51DVa0OeZA4LaFhM16xKmpMmHBhx4SH/TvNamE6ikr0ag==', true, 0, NULL, '89BF528C635FF01DD4ED1079AE0EE2CA', '2026-12-06 23:22:30.315684+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-8562-7aaa-944a-6c3fd24cc5f9', 'employee10@demo.quartet', 'EMPLOYEE10@DEMO.QUARTET', 'Alex Smith', 'AQAAAAIAAYagAAAAEPhcUjP4AuLu8F94pH/itVNeD8UAV8FE44ig+7ZunByGx8FbeV7U7isLFb+Tp1TYkA==', true, 0, NULL, 'F548AFE7832DD6B0F69E705687BBAB98', '2026-12-06 23:22:30.626599+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-86bc-7869-b569-296b791879af', 'employee11@demo.quartet', 'EMPLOYEE11@DEMO.QUARTET', 'Sam Ito', 'AQAAAAIAAYagAAAAENTpP26M65UMC8UENWeqKAXdpKPCNJ3zqGzT9ROeP1dWHhJERHY/5azaY8lMNiWhPQ==', true, 0, NULL, '78F0637BB38E6C8EEC7BF0A5CDE3BB17', '2026-12-06 23:22:30.972421+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-87c4-77fa-8926-feec907edef2', 'employee12@demo.quartet', 'EMPLOYEE12@DEMO.QUARTET', 'Kim Khan', 'AQAAAAIAAYagAAAAEImJa5TOuk1V4WG32ybNGBMhcLCN/bqeM9KXZtevrPSABkO3tKMx2vxIQp9RneW0FQ==', true, 0, NULL, '4FD69321A61B3CE76FD5E3D4D497F07F', '2026-12-06 23:22:31.236098+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-889b-7a82-aae8-75c4f42fc614', 'employee13@demo.quartet', 'EMPLOYEE13@DEMO.QUARTET', 'Lee Müller', 'AQAAAAIAAYagAAAAEBsd6obQ5mjmSCLXu4ri0XOBSXMReg71ZsyNAENWpkzsk5ky85jRBtnlletNqxjgKw==', true, 0, NULL, '17E0E5164931A3AEBE901FEF3646C940', '2026-12-06 23:22:31.451223+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-8973-7b6e-8ad1-e3515065d47b', 'employee14@demo.quartet', 'EMPLOYEE14@DEMO.QUARTET', 'Noor Rossi', 'AQAAAAIAAYagAAAAEEvXWSYDrQCf7qGAJrUOemVTWv6sEBoWPq49SysAL1YEDJCj/sRWF2CbxbHN64xdZQ==', true, 0, NULL, '507D6674D90EC8E8F5B5A0CA169A64CE', '2026-12-06 23:22:31.667491+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-8a7a-75d9-8dca-edf6950981fb', 'employee15@demo.quartet', 'EMPLOYEE15@DEMO.QUARTET', 'Mei Wang', 'AQAAAAIAAYagAAAAEIHhqcLWGnH7SpmfToBiCE+sERh6z5Kb1QXoRcP/pHcQFm20HSS2LWajcYmGq6x/Uw==', true, 0, NULL, '5B279D8C16C38A5B3CF6DFB0F3B22038', '2026-12-06 23:22:31.930444+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-8b37-708c-984e-8262d3021456', 'employee16@demo.quartet', 'EMPLOYEE16@DEMO.QUARTET', 'Ravi Chen', 'AQAAAAIAAYagAAAAEKXt5RjXulBg+hC0DUXsP68vWceYrJmk/EHhctiQZ3TR+F+9Cjtrgyav3BGei07deA==', true, 0, NULL, 'A55E7A6A5ACC316F78F7E03F87ADE964', '2026-12-06 23:22:32.119187+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-8be6-72ee-9d97-8ee0179e20cc', 'employee17@demo.quartet', 'EMPLOYEE17@DEMO.QUARTET', 'Ana Garcia', 'AQAAAAIAAYagAAAAEGJAg+r+BnzHUEY0Qh/kvv3QB2ZEtaF3+z94h9aMxhCfOVPgwFENXNWTUfG8rEdfBQ==', true, 0, NULL, 'CCDE14C0B4B9E9EEAED0EAC1DD5696CF', '2026-12-06 23:22:32.294195+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-8cbb-73a2-9774-87778a3d313a', 'employee18@demo.quartet', 'EMPLOYEE18@DEMO.QUARTET', 'Tom Smith', 'AQAAAAIAAYagAAAAEE/hduV8eA0NJx+3/27bd5J5wKeFF2hO0OpYi8QhnmRokkuuJGO+y6CVYExzi2jpeg==', true, 0, NULL, 'D935F3681894EAB6A407EBEC2F29ECD5', '2026-12-06 23:22:32.507662+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-8d97-7046-b047-9abe1e1f27f1', 'employee19@demo.quartet', 'EMPLOYEE19@DEMO.QUARTET', 'Zoe Ito', 'AQAAAAIAAYagAAAAEB01OrlWZIiSu0751l0zyR2e128dnwUqfxEQzoag1jxfRkdeyNErru30NVWLGjZzsQ==', true, 0, NULL, '40DC8F5F0D08255CD18BF2109F8C0ED1', '2026-12-06 23:22:32.727913+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-8ee0-7183-a467-41e325fa6b0f', 'employee20@demo.quartet', 'EMPLOYEE20@DEMO.QUARTET', 'Alex Khan', 'AQAAAAIAAYagAAAAEIG9OlshOrR0skPVHj6JYac6zsMThnSNr/u9M2tjKe++O3uzrhK1lDbuRIo0lGngtg==', true, 0, NULL, '5FD1C358169E3C6A67B0D62E23E9525D', '2026-12-06 23:22:33.056941+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-8f72-719d-9d35-a08e7c5fdea7', 'employee21@demo.quartet', 'EMPLOYEE21@DEMO.QUARTET', 'Sam Müller', 'AQAAAAIAAYagAAAAEMRijFcNQNnXHLfCxO0AAvN2MM8/VyFNSdI2rK1MV5oJqZ6Q4xcZ6aVR0GOgGpHy2Q==', true, 0, NULL, 'D5891446ABE8E2314DAB98201CA4AFAB', '2026-12-06 23:22:33.202686+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-902e-73da-8ffa-7da361df9c1b', 'employee22@demo.quartet', 'EMPLOYEE22@DEMO.QUARTET', 'Kim Rossi', 'AQAAAAIAAYagAAAAEKZIwCzswv03xFdjQAtlB+gaI1CGIYOW5kSTnLdNu2hTzest0MoZRdEynZnxl6b78g==', true, 0, NULL, 'F166F977E66B7234D37615233AAD9401', '2026-12-06 23:22:33.390797+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-915f-7dbd-bcb0-8e07b934c5bd', 'employee23@demo.quartet', 'EMPLOYEE23@DEMO.QUARTET', 'Lee Wang', 'AQAAAAIAAYagAAAAEK4m/s6YShoLr7nKAKVYvbPUWazyQFeTYVgBZi13aFeXEJ6eSgaGzG7c3RtMtqSMGQ==', true, 0, NULL, '92284E54C55225899240F4FC7FC5A531', '2026-12-06 23:22:33.695516+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-9277-79f1-a55e-cc6ffb972eba', 'employee24@demo.quartet', 'EMPLOYEE24@DEMO.QUARTET', 'Noor Chen', 'AQAAAAIAAYagAAAAENmIIiIo7t8rmOcJz75P83f8z6I7DnwTsU1m9JKrjscMbFTJhkqGUlqFvZhAxFAp6A==', true, 0, NULL, '2F46BFD58FA165D405F297B653C410AA', '2026-12-06 23:22:33.975963+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-93b2-7352-8ae7-a50ec9d4ff9c', 'employee25@demo.quartet', 'EMPLOYEE25@DEMO.QUARTET', 'Mei Garcia', 'AQAAAAIAAYagAAAAEPnw4WGitNp0m87ZlTiefNP6JG59pCod1P0+PQi1cUcvWgB2bdncIcAFtvk4IcBAmg==', true, 0, NULL, '9E64FE7F0F9AF8F1DD43B2B9BE93ECCB', '2026-12-06 23:22:34.290772+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-945f-7bc0-8430-27e194871cd3', 'employee26@demo.quartet', 'EMPLOYEE26@DEMO.QUARTET', 'Ravi Smith', 'AQAAAAIAAYagAAAAEMTBs+MLlJv9XykAceG3Llsw/IsfKIO7LvhnbC9lM6loINC7cQS/ScJye09957riLA==', true, 0, NULL, '2E34617DED6DF9DA4F17ACCD77470F7C', '2026-12-06 23:22:34.463475+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-9574-745b-9bca-a64b8c3074b9', 'employee27@demo.quartet', 'EMPLOYEE27@DEMO.QUARTET', 'Ana Ito', 'AQAAAAIAAYagAAAAEGA+JWfa+3K35fVIJ68IBfpNRQTZHAS18CzJ9w2f/nMw6tvh/eQhlaoMg8s+zZ0O8w==', true, 0, NULL, '110E1A86BC0511F85A817E97C443D9DA', '2026-12-06 23:22:34.740488+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-96a3-720d-b9af-257cf5f07308', 'employee28@demo.quartet', 'EMPLOYEE28@DEMO.QUARTET', 'Tom Khan', 'AQAAAAIAAYagAAAAEL8Qt++5Ck5tgIP8/nzOxL0S6CTCIkFjWlcbwuiyvOtJEjWabDOAgnjkBz/3W+nurA==', true, 0, NULL, 'DB7B08F20B73B9FCC96B841C891DCD49', '2026-12-06 23:22:35.043334+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-977b-7634-807a-4edecf3b57ea', 'employee29@demo.quartet', 'EMPLOYEE29@DEMO.QUARTET', 'Zoe Müller', 'AQAAAAIAAYagAAAAEFKvi/aJmt+gsfhlM/uVgU078N0tAcWrTYouJHvm8cagI5ImqeFq/MVS1X34y+EyKQ==', true, 0, NULL, 'FCEA3153AE125A37626D1965B7AA47A9', '2026-12-06 23:22:35.259464+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-9825-7823-b0c1-27e1ed5a386e', 'employee30@demo.quartet', 'EMPLOYEE30@DEMO.QUARTET', 'Alex Rossi', 'AQAAAAIAAYagAAAAEFay2ehyPXIRU3adwfXDlG1PrP/BFht1RHvTqVOGh4bFcZdeJAtU34D4c9cImJ3ktA==', true, 0, NULL, 'E3BBD793AA2FBE10CB922F9E57461A68', '2026-12-06 23:22:35.429946+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-9903-701e-873c-e166c857ffd9', 'employee31@demo.quartet', 'EMPLOYEE31@DEMO.QUARTET', 'Sam Wang', 'AQAAAAIAAYagAAAAEOpofY9aT48hguTYqisahmrmH5AeHlUbsW7fACObOL/E059m1CxgDq6Gxu69yhDHAA==', true, 0, NULL, 'AE8983703FA746430236D970FC906597', '2026-12-06 23:22:35.651288+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-9a2d-7347-aae9-fa281fa3e286', 'employee32@demo.quartet', 'EMPLOYEE32@DEMO.QUARTET', 'Kim Chen', 'AQAAAAIAAYagAAAAECMGmupRgUOL44PBy38tACYNz1vsvtZlHLBqAa8QjYcCJYJp5ibcpn2aPkOynozGQA==', true, 0, NULL, 'FE2C84AB4A47618CDF52B9AFD03A5732', '2026-12-06 23:22:35.949481+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-9b63-7f9e-8905-f95e4de2ee9f', 'employee33@demo.quartet', 'EMPLOYEE33@DEMO.QUARTET', 'Lee Garcia', 'AQAAAAIAAYagAAAAEGfcuuwEhNxDFubGQsKBs8C4NTdN4tAvBASJ9u/Z0h84V1lqdhBzN6+3bLu2694PdA==', true, 0, NULL, '7EABC283328B9A3E4BFE29F8D8FA07D3', '2026-12-06 23:22:36.259415+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-9c8f-71bd-9e11-59faa4025848', 'employee34@demo.quartet', 'EMPLOYEE34@DEMO.QUARTET', 'Noor Smith', 'AQAAAAIAAYagAAAAEDE33u/rBaNyRFavu1C6tZ3wHuNKeY3RZm/bdcVc4JcP+fqAWdM00euEy2bK9/bvIQ==', true, 0, NULL, '2A8C3479C13AB3FE29EB58B69A621F09', '2026-12-06 23:22:36.559415+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-9db3-7593-b408-f3867a203dbe', 'employee35@demo.quartet', 'EMPLOYEE35@DEMO.QUARTET', 'Mei Ito', 'AQAAAAIAAYagAAAAEKwGR9SWSSXHSljGqenuW1Mb/F1VNYsd5PH7lDVP09NJOe4h5XbKAQVUHdyYOSpS2w==', true, 0, NULL, 'AA41BA574C64B64C12E39A21CE8C9308', '2026-12-06 23:22:36.851216+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-9f1d-72dc-8477-db169f773274', 'employee36@demo.quartet', 'EMPLOYEE36@DEMO.QUARTET', 'Ravi Khan', 'AQAAAAIAAYagAAAAEGhpc2wd+PWjrQWEZziNOhWNSlZqjoU6yRzvFQCd/z69+U2YcqlHzwnH6GMdDLmFVA==', true, 0, NULL, '33A284FCDA7F607CBEF095627981AC38', '2026-12-06 23:22:37.21362+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-a073-7563-b801-db3f994930e7', 'employee37@demo.quartet', 'EMPLOYEE37@DEMO.QUARTET', 'Ana Müller', 'AQAAAAIAAYagAAAAEOR3K6QzY5EPD6UDaXipXgYJ9/awvkaTWZux5+6y2Ar6E9A2m+ApZsyUI0MG3TlJrw==', true, 0, NULL, '58E48DFCF93D8A8C44ED4FF9E72BD3DB', '2026-12-06 23:22:37.555557+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-a158-7c8f-b1e7-a7816239acd5', 'employee38@demo.quartet', 'EMPLOYEE38@DEMO.QUARTET', 'Tom Rossi', 'AQAAAAIAAYagAAAAEH5LBV/9M1s/ajlULy7XVG9SMKScdvsAnLv48LPQt1YMuWHtgOP/yVLJOG6R0zdmGw==', true, 0, NULL, 'C433DD465B5778BB3A42586C6565A5FE', '2026-12-06 23:22:37.78463+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-a1e1-7a05-b531-b905cbaa5600', 'employee39@demo.quartet', 'EMPLOYEE39@DEMO.QUARTET', 'Zoe Wang', 'AQAAAAIAAYagAAAAEDmuMSSG0dOtml45cFV45dOOITGzWYr7TrK7LL9MiwaP/DytdKYV8p5nEz/ouZfFWw==', true, 0, NULL, 'B315EB30B46139C76E6FC9805D2DB902', '2026-12-06 23:22:37.92183+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daa-a30b-783f-a5d5-0d243d1d88c1', 'employee40@demo.quartet', 'EMPLOYEE40@DEMO.QUARTET', 'Alex Chen', 'AQAAAAIAAYagAAAAEEjrrB8MDE8C4wdt+EbizwLRNUCFTvJ2F4z7PV10CxRLZvtg8DI1V0crIzRuMHvHrw==', true, 0, NULL, '5337067637E5369864FA6E0DC1EA57D1', '2026-12-06 23:22:38.219528+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24dae-f82f-7e97-a510-303dd228396a', 'meals@demo.quartet', 'MEALS@DEMO.QUARTET', 'Meal Demo', 'AQAAAAIAAYagAAAAENdr6Lls6pNJ/bMJRcBTDAuZbReyg5EDeTlXgy9Qwp56uy7D70ylAeHUX9dAsa6wFg==', true, 0, NULL, '389F91721D61FED33D3AAC05B9BE816F', '2026-12-06 23:27:22.159311+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daf-027e-705d-86b3-9ce2018083b3', 'host@demo.quartet', 'HOST@DEMO.QUARTET', 'Demo Host', 'AQAAAAIAAYagAAAAEN6ozOHz9BJO4j8r13IzApv2pP08aYAgmZ0BC1Dnaz+OOr14HFZP9Ee75dlexN91cA==', true, 0, NULL, '15D83CBDCD58FAADDAB42034467D6814', '2026-12-06 23:27:24.798686+00', NULL, NULL);
INSERT INTO platform.users VALUES ('01a24daf-0454-7509-ae63-4233ba72786b', 'parks.admin@demo.quartet', 'PARKS.ADMIN@DEMO.QUARTET', 'Parks Admin', 'AQAAAAIAAYagAAAAELwhVFE/9qCi+LvRMTgTGBMfSZZtk2+vS646heKlRZz0g/QoSN3YyhG2cP8knRAyUA==', true, 0, NULL, '5BDAFD06B303A56A01D7B99419FD634F', '2026-12-06 23:27:25.268255+00', NULL, NULL);


--
-- Name: __EFMigrationsHistory PK___EFMigrationsHistory; Type: CONSTRAINT; Schema: platform; Owner: -
--

ALTER TABLE ONLY platform."__EFMigrationsHistory"
    ADD CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId");


--
-- Name: data_protection_keys PK_data_protection_keys; Type: CONSTRAINT; Schema: platform; Owner: -
--

ALTER TABLE ONLY platform.data_protection_keys
    ADD CONSTRAINT "PK_data_protection_keys" PRIMARY KEY ("FriendlyName");


--
-- Name: job_leases PK_job_leases; Type: CONSTRAINT; Schema: platform; Owner: -
--

ALTER TABLE ONLY platform.job_leases
    ADD CONSTRAINT "PK_job_leases" PRIMARY KEY ("Name");


--
-- Name: job_runs PK_job_runs; Type: CONSTRAINT; Schema: platform; Owner: -
--

ALTER TABLE ONLY platform.job_runs
    ADD CONSTRAINT "PK_job_runs" PRIMARY KEY ("Id");


--
-- Name: user_roles PK_user_roles; Type: CONSTRAINT; Schema: platform; Owner: -
--

ALTER TABLE ONLY platform.user_roles
    ADD CONSTRAINT "PK_user_roles" PRIMARY KEY ("UserId", "Role");


--
-- Name: users PK_users; Type: CONSTRAINT; Schema: platform; Owner: -
--

ALTER TABLE ONLY platform.users
    ADD CONSTRAINT "PK_users" PRIMARY KEY ("Id");


--
-- Name: ix_job_runs_job_started; Type: INDEX; Schema: platform; Owner: -
--

CREATE INDEX ix_job_runs_job_started ON platform.job_runs USING btree ("Job", "StartedAt");


--
-- Name: ix_user_roles_role; Type: INDEX; Schema: platform; Owner: -
--

CREATE INDEX ix_user_roles_role ON platform.user_roles USING btree ("Role");


--
-- Name: ix_users_external_subject; Type: INDEX; Schema: platform; Owner: -
--

CREATE UNIQUE INDEX ix_users_external_subject ON platform.users USING btree ("ExternalSubject");


--
-- Name: ix_users_normalized_email; Type: INDEX; Schema: platform; Owner: -
--

CREATE UNIQUE INDEX ix_users_normalized_email ON platform.users USING btree ("NormalizedEmail");


--
-- Name: user_roles FK_user_roles_users_UserId; Type: FK CONSTRAINT; Schema: platform; Owner: -
--

ALTER TABLE ONLY platform.user_roles
    ADD CONSTRAINT "FK_user_roles_users_UserId" FOREIGN KEY ("UserId") REFERENCES platform.users("Id") ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


