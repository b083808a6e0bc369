--
-- PostgreSQL database dump
--

\restrict QrEJuN8gIrw3OzGSd3CvvneyTMPD3O3jObGm8iWqS9CEMeONNU7KMFo7EobcTEh

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

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: api_slots; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.api_slots (
    id bigint NOT NULL,
    owner_id bigint NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    public_key text NOT NULL,
    secret_blob bytea NOT NULL,
    created_at_ms bigint NOT NULL,
    updated_at_ms bigint NOT NULL
);


ALTER TABLE public.api_slots OWNER TO postgres;

--
-- Name: api_slots_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE public.api_slots ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.api_slots_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audit_log; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.audit_log (
    id bigint NOT NULL,
    owner_id bigint NOT NULL,
    actor text NOT NULL,
    action text NOT NULL,
    detail text NOT NULL,
    at_ms bigint NOT NULL
);


ALTER TABLE public.audit_log OWNER TO postgres;

--
-- Name: audit_log_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE public.audit_log ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.audit_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fills; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.fills (
    id bigint NOT NULL,
    owner_id bigint NOT NULL,
    slot_id bigint NOT NULL,
    client_order_id text NOT NULL,
    market text NOT NULL,
    symbol text NOT NULL,
    trade_id bigint NOT NULL,
    price numeric NOT NULL,
    quantity numeric NOT NULL,
    fee numeric NOT NULL,
    fee_asset text NOT NULL,
    filled_at_ms bigint NOT NULL
);


ALTER TABLE public.fills OWNER TO postgres;

--
-- Name: fills_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE public.fills ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.fills_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: notifications; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.notifications (
    id bigint NOT NULL,
    owner_id bigint NOT NULL,
    channel text NOT NULL,
    text text NOT NULL,
    created_at_ms bigint NOT NULL,
    delivered_at_ms bigint
);


ALTER TABLE public.notifications OWNER TO postgres;

--
-- Name: notifications_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE public.notifications ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.notifications_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: order_intents; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.order_intents (
    id bigint NOT NULL,
    owner_id bigint NOT NULL,
    slot_id bigint NOT NULL,
    client_order_id text NOT NULL,
    market text NOT NULL,
    symbol text NOT NULL,
    side text NOT NULL,
    order_type text NOT NULL,
    quantity numeric NOT NULL,
    price numeric,
    state text NOT NULL,
    exchange_order_id bigint,
    reason text,
    created_at_ms bigint NOT NULL,
    updated_at_ms bigint NOT NULL
);


ALTER TABLE public.order_intents OWNER TO postgres;

--
-- Name: order_intents_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE public.order_intents ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.order_intents_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: pairs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.pairs (
    id bigint NOT NULL,
    owner_id bigint NOT NULL,
    slot_id bigint NOT NULL,
    market text NOT NULL,
    symbol text NOT NULL,
    strategy text NOT NULL,
    config_json text NOT NULL,
    enabled integer NOT NULL,
    created_at_ms bigint NOT NULL,
    updated_at_ms bigint NOT NULL
);


ALTER TABLE public.pairs OWNER TO postgres;

--
-- Name: pairs_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE public.pairs ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.pairs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: position_snapshots; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.position_snapshots (
    id bigint NOT NULL,
    owner_id bigint NOT NULL,
    slot_id bigint NOT NULL,
    market text NOT NULL,
    symbol text NOT NULL,
    quantity numeric NOT NULL,
    entry_price numeric NOT NULL,
    taken_at_ms bigint NOT NULL
);


ALTER TABLE public.position_snapshots OWNER TO postgres;

--
-- Name: position_snapshots_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE public.position_snapshots ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.position_snapshots_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: schema_version; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.schema_version (
    version integer NOT NULL,
    description text NOT NULL
);


ALTER TABLE public.schema_version OWNER TO postgres;

--
-- Name: signals; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.signals (
    id bigint NOT NULL,
    owner_id bigint NOT NULL,
    signal_id text NOT NULL,
    source text NOT NULL,
    payload text NOT NULL,
    received_at_ms bigint NOT NULL
);


ALTER TABLE public.signals OWNER TO postgres;

--
-- Name: signals_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE public.signals ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.signals_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.users (
    id bigint NOT NULL,
    display_name text NOT NULL,
    telegram_user_id bigint,
    created_at_ms bigint NOT NULL
);


ALTER TABLE public.users OWNER TO postgres;

--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE public.users ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.users_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Data for Name: api_slots; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.api_slots (id, owner_id, name, kind, public_key, secret_blob, created_at_ms, updated_at_ms) FROM stdin;
1	1	futures-main	{"Exchange":"AsterFutures","Network":"http://127.0.0.1:41739/","MakerFee":0.00015,"TakerFee":0.000375,"ProcessingDelaySeconds":1.25,"RateLimitMs":150,"Archived":false,"AllowWithdrawals":false}	59b0051acbfff479c85b5c072f407c97fbc0f7c67d53be9b6750bfaab3933519	\\x014c3ddf62c9201393e18b129f3167c39bfa274aa07d674733591218320c4d9a36abf876820934cf23f40df75f281a33c60b70975ec13b6e7c6ca74a4fed6a36a6a05f378c8df35918a2a3ab4e49a72edcb3e330d45a2285879a2a397d1c962989986aa3b4b60fcf7593066bc14ab61240c61467c7fb6179281c00c014992060619572994f6d4a2a6ee89383519f2c338e561ffdeb9f63e92b61fd04a98ce41b736a259ae330377f2e5a73dc52d27a7238f0967944a3ad3e0bafdfa1cc0c72e31ee377bb2fd6dc36d26dc60e4197918c43619818fb8ed5006405696445e53cdeb02acd46d4a44c204d4e04e59a6a8083f40a5f8215103644438d113fddce	1795256545814	1795256545814
2	1	spot-v3	{"Exchange":"Aster","Network":"http://127.0.0.1:41739/","MakerFee":0.000200,"TakerFee":0.000700,"ProcessingDelaySeconds":0.5,"RateLimitMs":0,"Archived":true,"AllowWithdrawals":true}	0x1FeB7552350F3fcC8774bB22229b048C568bb25A	\\x014c3ddf62c920139351f53eae0100755e9f792f8262f5bab8ed11c551ca956c45c5b3198cd055eb9396880f9c4ad576ef3fd5379f830a586b01334328d5a7d80b756ca75922f403ea366cd7019448092f2caa6e9dd2168f3e32f11005ebc82e6a1c65efd2b89ebf5edd57098b446e00cd2cb90521e68c2520158bcec10b27b2af2402afe30b341997a41a4ac6ccb9dca0d7335f2eb05a6a5cc07db70126234d305c77ec1d2c1579aea9d2f55da66228235dd5efb69bcac6f49796c8dbc7be8bd2138670ff62aaca3168aaf08e7929076b265ac9e060981c3ba24104ce10ea072169d2b348f86f013f04c50ab745d07326a4249a67c1dd3cff8d19479ce573256008934fa4be27fc37f532228532362b	1795256545822	1795256545822
3	1	cleared	{"Exchange":"AsterFutures","Network":"http://127.0.0.1:41739/","MakerFee":0.0002,"TakerFee":0.0005,"ProcessingDelaySeconds":0,"RateLimitMs":0,"Archived":false,"AllowWithdrawals":false}	-	\\x014c3ddf62c920139374f77d70582edf153378d22aeb413f74f202cfa66f02a761a1e27c29efdf924402d018a9f7e35301b2c26d96b728014fc995d6473621951b27060fbc68dd267b3107fff73f270a29f99bd1e09e7d287ae5d3a7ea0a5cdad90b5095a7dcc61fd45296730278191e06a165826d764b840c245cbdf7d1ec8264704207	1795256545823	1795256545823
\.


--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.audit_log (id, owner_id, actor, action, detail, at_ms) FROM stdin;
1	1	store	slot.added	slot 1 'futures-main'	1795256545820
2	1	store	slot.added	slot 2 'spot-v3'	1795256545822
3	1	store	slot.added	slot 3 'cleared'	1795256545823
\.


--
-- Data for Name: fills; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.fills (id, owner_id, slot_id, client_order_id, market, symbol, trade_id, price, quantity, fee, fee_asset, filled_at_ms) FROM stdin;
\.


--
-- Data for Name: notifications; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.notifications (id, owner_id, channel, text, created_at_ms, delivered_at_ms) FROM stdin;
\.


--
-- Data for Name: order_intents; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.order_intents (id, owner_id, slot_id, client_order_id, market, symbol, side, order_type, quantity, price, state, exchange_order_id, reason, created_at_ms, updated_at_ms) FROM stdin;
\.


--
-- Data for Name: pairs; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.pairs (id, owner_id, slot_id, market, symbol, strategy, config_json, enabled, created_at_ms, updated_at_ms) FROM stdin;
1	1	1	Futures	BTCUSDT	grid	{"levels":5}	1	1795256545827	1795256545827
\.


--
-- Data for Name: position_snapshots; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.position_snapshots (id, owner_id, slot_id, market, symbol, quantity, entry_price, taken_at_ms) FROM stdin;
\.


--
-- Data for Name: schema_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.schema_version (version, description) FROM stdin;
1	users, api slots, pairs, orders, fills, positions, signals, notifications, audit log
\.


--
-- Data for Name: signals; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.signals (id, owner_id, signal_id, source, payload, received_at_ms) FROM stdin;
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.users (id, display_name, telegram_user_id, created_at_ms) FROM stdin;
1	operator	\N	1795256545794
\.


--
-- Name: api_slots_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.api_slots_id_seq', 3, true);


--
-- Name: audit_log_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.audit_log_id_seq', 3, true);


--
-- Name: fills_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.fills_id_seq', 1, false);


--
-- Name: notifications_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.notifications_id_seq', 1, false);


--
-- Name: order_intents_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.order_intents_id_seq', 1, false);


--
-- Name: pairs_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.pairs_id_seq', 1, true);


--
-- Name: position_snapshots_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.position_snapshots_id_seq', 1, false);


--
-- Name: signals_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.signals_id_seq', 1, false);


--
-- Name: users_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.users_id_seq', 1, true);


--
-- Name: api_slots api_slots_owner_id_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_slots
    ADD CONSTRAINT api_slots_owner_id_id_key UNIQUE (owner_id, id);


--
-- Name: api_slots api_slots_owner_id_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_slots
    ADD CONSTRAINT api_slots_owner_id_name_key UNIQUE (owner_id, name);


--
-- Name: api_slots api_slots_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_slots
    ADD CONSTRAINT api_slots_pkey PRIMARY KEY (id);


--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (id);


--
-- Name: fills fills_owner_id_slot_id_market_symbol_trade_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.fills
    ADD CONSTRAINT fills_owner_id_slot_id_market_symbol_trade_id_key UNIQUE (owner_id, slot_id, market, symbol, trade_id);


--
-- Name: fills fills_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.fills
    ADD CONSTRAINT fills_pkey PRIMARY KEY (id);


--
-- Name: notifications notifications_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_pkey PRIMARY KEY (id);


--
-- Name: order_intents order_intents_owner_id_slot_id_client_order_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.order_intents
    ADD CONSTRAINT order_intents_owner_id_slot_id_client_order_id_key UNIQUE (owner_id, slot_id, client_order_id);


--
-- Name: order_intents order_intents_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.order_intents
    ADD CONSTRAINT order_intents_pkey PRIMARY KEY (id);


--
-- Name: pairs pairs_owner_id_slot_id_market_symbol_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pairs
    ADD CONSTRAINT pairs_owner_id_slot_id_market_symbol_key UNIQUE (owner_id, slot_id, market, symbol);


--
-- Name: pairs pairs_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pairs
    ADD CONSTRAINT pairs_pkey PRIMARY KEY (id);


--
-- Name: position_snapshots position_snapshots_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.position_snapshots
    ADD CONSTRAINT position_snapshots_pkey PRIMARY KEY (id);


--
-- Name: schema_version schema_version_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.schema_version
    ADD CONSTRAINT schema_version_pkey PRIMARY KEY (version);


--
-- Name: signals signals_owner_id_signal_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.signals
    ADD CONSTRAINT signals_owner_id_signal_id_key UNIQUE (owner_id, signal_id);


--
-- Name: signals signals_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.signals
    ADD CONSTRAINT signals_pkey PRIMARY KEY (id);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: users users_telegram_user_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_telegram_user_id_key UNIQUE (telegram_user_id);


--
-- Name: audit_log_recent; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX audit_log_recent ON public.audit_log USING btree (owner_id, at_ms);


--
-- Name: position_snapshots_latest; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX position_snapshots_latest ON public.position_snapshots USING btree (owner_id, slot_id, market, symbol, taken_at_ms);


--
-- Name: api_slots api_slots_owner_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_slots
    ADD CONSTRAINT api_slots_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.users(id);


--
-- Name: audit_log audit_log_owner_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT audit_log_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.users(id);


--
-- Name: fills fills_owner_id_slot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.fills
    ADD CONSTRAINT fills_owner_id_slot_id_fkey FOREIGN KEY (owner_id, slot_id) REFERENCES public.api_slots(owner_id, id);


--
-- Name: notifications notifications_owner_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.users(id);


--
-- Name: order_intents order_intents_owner_id_slot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.order_intents
    ADD CONSTRAINT order_intents_owner_id_slot_id_fkey FOREIGN KEY (owner_id, slot_id) REFERENCES public.api_slots(owner_id, id);


--
-- Name: pairs pairs_owner_id_slot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pairs
    ADD CONSTRAINT pairs_owner_id_slot_id_fkey FOREIGN KEY (owner_id, slot_id) REFERENCES public.api_slots(owner_id, id) ON DELETE CASCADE;


--
-- Name: position_snapshots position_snapshots_owner_id_slot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.position_snapshots
    ADD CONSTRAINT position_snapshots_owner_id_slot_id_fkey FOREIGN KEY (owner_id, slot_id) REFERENCES public.api_slots(owner_id, id);


--
-- Name: signals signals_owner_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.signals
    ADD CONSTRAINT signals_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.users(id);


--
-- PostgreSQL database dump complete
--

\unrestrict QrEJuN8gIrw3OzGSd3CvvneyTMPD3O3jObGm8iWqS9CEMeONNU7KMFo7EobcTEh

