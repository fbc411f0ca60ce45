CREATE TABLE "household" (
	"id" serial PRIMARY KEY NOT NULL,
	"household_code" text NOT NULL,
	"head_name" text NOT NULL,
	"head_name_search" text GENERATED ALWAYS AS (f_unaccent(lower(head_name))) STORED NOT NULL,
	"address" text,
	"province_code" varchar(2) NOT NULL,
	"commune_code" varchar(5) NOT NULL,
	"area_type" text NOT NULL,
	"registered_on" date NOT NULL,
	"dissolved_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "household_member" (
	"id" serial PRIMARY KEY NOT NULL,
	"household_id" integer NOT NULL,
	"person_id" varchar(12),
	"full_name" text NOT NULL,
	"birth_date" date,
	"sex" text,
	"relation" text
);
--> statement-breakpoint
CREATE TABLE "poverty_review" (
	"id" serial PRIMARY KEY NOT NULL,
	"household_id" integer NOT NULL,
	"review_year" smallint NOT NULL,
	"province_code" varchar(2) NOT NULL,
	"commune_code" varchar(5) NOT NULL,
	"area_type" text NOT NULL,
	"member_count" integer NOT NULL,
	"income_per_capita_vnd" bigint NOT NULL,
	"deprivations" text[] NOT NULL,
	"standard_id" integer NOT NULL,
	"computed_class" text NOT NULL,
	"override_class" text,
	"override_reason" text,
	"final_class" text NOT NULL,
	"previous_class" text,
	"transition" text,
	"reviewed_on" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "worker" (
	"person_id" varchar(12) PRIMARY KEY NOT NULL,
	"full_name" text NOT NULL,
	"name_search" text GENERATED ALWAYS AS (f_unaccent(lower(full_name))) STORED NOT NULL,
	"name_sort" text GENERATED ALWAYS AS (vi_sort_key(regexp_replace(full_name, '^.*\s', '') || ' ' || full_name)) STORED NOT NULL,
	"birth_date" date NOT NULL,
	"sex" text NOT NULL,
	"ethnicity_code" varchar(2),
	"phone" text,
	"household_id" integer,
	"household_relation" text,
	"province_code" varchar(2) NOT NULL,
	"commune_code" varchar(5) NOT NULL,
	"address" text,
	"unit_needs_review" boolean DEFAULT false NOT NULL,
	"source_unit" text,
	"general_education_code" text,
	"qualification_code" text,
	"training_field" text,
	"employment_status" text,
	"status_in_employment_code" text,
	"job_title" text,
	"occupation_code" text,
	"workplace_name" text,
	"workplace_type" text,
	"workplace_sector" text,
	"workplace_address" text,
	"unemployment_duration_code" text,
	"previous_job" text,
	"inactivity_reason_code" text,
	"social_insurance" boolean,
	"need_training" boolean DEFAULT false NOT NULL,
	"need_job" boolean DEFAULT false NOT NULL,
	"need_abroad" boolean DEFAULT false NOT NULL,
	"round_year" smallint NOT NULL,
	"source_import_id" integer,
	"source_row" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "worker_import" (
	"id" serial PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"stored_path" text NOT NULL,
	"format" text NOT NULL,
	"province_code" varchar(2) NOT NULL,
	"commune_code" varchar(5),
	"round_year" smallint NOT NULL,
	"header_row" integer NOT NULL,
	"mapping" jsonb NOT NULL,
	"status" text NOT NULL,
	"total_rows" integer,
	"rows_done" integer DEFAULT 0 NOT NULL,
	"inserted" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"flagged" integer DEFAULT 0 NOT NULL,
	"error_message" text,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "worker_import_error" (
	"import_id" integer NOT NULL,
	"row_number" integer NOT NULL,
	"reasons" text NOT NULL,
	"raw" jsonb NOT NULL,
	CONSTRAINT "worker_import_error_import_id_row_number_pk" PRIMARY KEY("import_id","row_number")
);
--> statement-breakpoint
CREATE TABLE "worker_snapshot" (
	"person_id" varchar(12) NOT NULL,
	"round_year" smallint NOT NULL,
	"province_code" varchar(2) NOT NULL,
	"commune_code" varchar(5) NOT NULL,
	"sex" text NOT NULL,
	"birth_date" date NOT NULL,
	"employment_status" text,
	"qualification_code" text,
	"data" jsonb NOT NULL,
	"archived_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "worker_snapshot_person_id_round_year_pk" PRIMARY KEY("person_id","round_year")
);
--> statement-breakpoint
CREATE TABLE "worker_stat" (
	"province_code" varchar(2) NOT NULL,
	"commune_code" varchar(5) NOT NULL,
	"round_year" smallint NOT NULL,
	"sex" text NOT NULL,
	"age_band" smallint NOT NULL,
	"employment_status" text NOT NULL,
	"qualification_code" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "worker_stat_province_code_commune_code_round_year_sex_age_band_employment_status_qualification_code_pk" PRIMARY KEY("province_code","commune_code","round_year","sex","age_band","employment_status","qualification_code")
);
--> statement-breakpoint
ALTER TABLE "catalogue_item" ADD COLUMN "attributes" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "household_code_uq" ON "household" USING btree ("commune_code","household_code");--> statement-breakpoint
CREATE INDEX "household_unit_idx" ON "household" USING btree ("province_code","commune_code");--> statement-breakpoint
CREATE INDEX "household_member_household_idx" ON "household_member" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "household_member_person_idx" ON "household_member" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "poverty_review_household_year_uq" ON "poverty_review" USING btree ("household_id","review_year");--> statement-breakpoint
CREATE INDEX "poverty_review_unit_idx" ON "poverty_review" USING btree ("province_code","commune_code","review_year");--> statement-breakpoint
CREATE INDEX "worker_commune_idx" ON "worker" USING btree ("province_code","commune_code","employment_status");--> statement-breakpoint
CREATE INDEX "worker_name_trgm_idx" ON "worker" USING gin ("name_search" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "worker_household_idx" ON "worker" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "worker_commune_sort_idx" ON "worker" USING btree ("commune_code","name_sort" COLLATE "C");--> statement-breakpoint
CREATE INDEX "worker_import_province_idx" ON "worker_import" USING btree ("province_code","created_at");--> statement-breakpoint
CREATE INDEX "worker_snapshot_unit_idx" ON "worker_snapshot" USING btree ("province_code","commune_code","round_year");