CREATE TABLE "person" (
	"person_id" varchar(12) PRIMARY KEY NOT NULL,
	"full_name" text NOT NULL,
	"name_search" text GENERATED ALWAYS AS (f_unaccent(lower(full_name))) STORED NOT NULL,
	"name_sort" text GENERATED ALWAYS AS (vi_sort_key(regexp_replace(full_name, '^.*\s', '') || ' ' || full_name)) STORED NOT NULL,
	"birth_date" date,
	"sex" text,
	"ethnicity_code" varchar(2),
	"phone" text,
	"address" text,
	"province_code" varchar(2) NOT NULL,
	"commune_code" varchar(5) NOT NULL,
	"unit_needs_review" boolean DEFAULT false NOT NULL,
	"source_unit" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_transfer" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" varchar(12) NOT NULL,
	"from_province_code" varchar(2) NOT NULL,
	"from_commune_code" varchar(5) NOT NULL,
	"to_province_code" varchar(2) NOT NULL,
	"to_commune_code" varchar(5) NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"requested_by" integer NOT NULL,
	"requested_by_name" text NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" integer,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"decision_note" text
);
--> statement-breakpoint
-- Identity moves from worker to person without loss: every worker becomes a person with the same personal ID,
-- name, birth date, sex, ethnicity, phone, address and commune; so does every household member with a personal ID
-- who is not a worker, under their household's commune (the latest household when they appear in several).
INSERT INTO "person" ("person_id", "full_name", "birth_date", "sex", "ethnicity_code", "phone", "address",
                      "province_code", "commune_code", "unit_needs_review", "source_unit", "created_at", "updated_at")
SELECT "person_id", "full_name", "birth_date", "sex", "ethnicity_code", "phone", "address",
       "province_code", "commune_code", "unit_needs_review", "source_unit", "created_at", "updated_at"
FROM "worker";--> statement-breakpoint
INSERT INTO "person" ("person_id", "full_name", "birth_date", "sex", "province_code", "commune_code")
SELECT DISTINCT ON (m."person_id") m."person_id", m."full_name", m."birth_date", m."sex", h."province_code", h."commune_code"
FROM "household_member" m JOIN "household" h ON h."id" = m."household_id"
WHERE m."person_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "person" p WHERE p."person_id" = m."person_id")
ORDER BY m."person_id", h."dissolved_on" DESC NULLS FIRST, h."id" DESC;--> statement-breakpoint
-- worker keeps copies of sex, birth date and commune for the statement-level worker_stat triggers and for its unit
-- scope; a change of them on person (a correction, a transfer) reaches worker in the same statement, so
-- worker_stat follows through the worker triggers.
CREATE OR REPLACE FUNCTION person_sync_worker() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE worker w
  SET sex = coalesce(n.sex, w.sex), birth_date = coalesce(n.birth_date, w.birth_date),
      province_code = n.province_code, commune_code = n.commune_code
  FROM new_rows n
  WHERE w.person_id = n.person_id
    AND (w.sex, w.birth_date, w.province_code, w.commune_code)
        IS DISTINCT FROM (coalesce(n.sex, w.sex), coalesce(n.birth_date, w.birth_date), n.province_code, n.commune_code);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER person_sync_worker AFTER UPDATE ON person REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_sync_worker();--> statement-breakpoint
DROP INDEX "worker_name_trgm_idx";--> statement-breakpoint
DROP INDEX "worker_name_prefix_idx";--> statement-breakpoint
DROP INDEX "worker_commune_sort_idx";--> statement-breakpoint
ALTER TABLE "person_transfer" ADD CONSTRAINT "person_transfer_person_id_person_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("person_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_unit_idx" ON "person" USING btree ("province_code","commune_code");--> statement-breakpoint
CREATE INDEX "person_name_trgm_idx" ON "person" USING gin ("name_search" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "person_name_prefix_idx" ON "person" USING btree ("province_code","name_search" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "person_commune_sort_idx" ON "person" USING btree ("commune_code","name_sort" COLLATE "C");--> statement-breakpoint
CREATE UNIQUE INDEX "person_transfer_pending_uq" ON "person_transfer" USING btree ("person_id","to_commune_code") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "person_transfer_from_idx" ON "person_transfer" USING btree ("from_province_code","from_commune_code","status");--> statement-breakpoint
CREATE INDEX "person_transfer_to_idx" ON "person_transfer" USING btree ("to_province_code","to_commune_code","status");--> statement-breakpoint
ALTER TABLE "household_member" ADD CONSTRAINT "household_member_person_id_person_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("person_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker" ADD CONSTRAINT "worker_person_id_person_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("person_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker" DROP COLUMN "name_search";--> statement-breakpoint
ALTER TABLE "worker" DROP COLUMN "name_sort";--> statement-breakpoint
ALTER TABLE "worker" DROP COLUMN "full_name";--> statement-breakpoint
ALTER TABLE "worker" DROP COLUMN "ethnicity_code";--> statement-breakpoint
ALTER TABLE "worker" DROP COLUMN "phone";--> statement-breakpoint
ALTER TABLE "worker" DROP COLUMN "address";--> statement-breakpoint
ALTER TABLE "worker" DROP COLUMN "unit_needs_review";--> statement-breakpoint
ALTER TABLE "worker" DROP COLUMN "source_unit";