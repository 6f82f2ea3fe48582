-- The database with a hostile name (run while connected to it). Every identifier below has to be
-- quoted by whoever moves it: spaces, single and double quotes, and non-ASCII.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;

CREATE TABLE "order items d'été ""ü""" (
    id        integer PRIMARY KEY,
    "item name" text NOT NULL,
    "qty;drop" integer NOT NULL,
    "$price"  numeric(12, 2)
);
INSERT INTO "order items d'été ""ü""" VALUES
    (1, 'Café crème', 2, 3.50),
    (2, 'Pain d''épices', 1, 4.20),
    (3, '"Quoted" widget; $HOME', 5, 0.99),
    (4, '小笼包 🥟', 12, 18.00),
    (5, E'back\\slash', 0, NULL);

CREATE SCHEMA "sales 2026";
CREATE TABLE "sales 2026"."Invoices Q1" (
    "invoice no" text PRIMARY KEY,
    amount       numeric(12, 2) NOT NULL,
    customer     text
);
INSERT INTO "sales 2026"."Invoices Q1" VALUES
    ('INV-0001', 120.00, 'Müller & Söhne'),
    ('INV-0002', 99.99, 'O''Brien; Ltd'),
    ('INV-0003', 5000.00, '东方公司');
