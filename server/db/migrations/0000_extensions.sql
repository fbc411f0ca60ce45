-- Extensions LMIS relies on; PGlite loads the same set at start (platform/db/embedded-worker.mjs).
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS citext;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pgcrypto;--> statement-breakpoint
-- unaccent() is only STABLE; this IMMUTABLE wrapper lets generated columns and indexes use it.
-- Vietnamese: f_unaccent(lower('Đặng Thị Ánh')) = 'dang thi anh'. Callers pass NFC text.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
