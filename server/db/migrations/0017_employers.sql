CREATE TABLE "employer" (
	"id" serial PRIMARY KEY NOT NULL,
	"tax_code" varchar(14) NOT NULL,
	"name" text NOT NULL,
	"name_search" text GENERATED ALWAYS AS (f_unaccent(lower(name))) STORED NOT NULL,
	"name_sort" text GENERATED ALWAYS AS (vi_sort_key(name)) STORED NOT NULL,
	"legal_form_code" text,
	"vsic_section_code" text,
	"address" text,
	"province_code" varchar(2) NOT NULL,
	"commune_code" varchar(5) NOT NULL,
	"unit_needs_review" boolean DEFAULT false NOT NULL,
	"source_unit" text,
	"employee_count" integer,
	"ui_participation" boolean DEFAULT false NOT NULL,
	"ui_since" date,
	"contact_name" text,
	"phone" text,
	"email" text,
	"industrial_zone" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_institution" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_search" text GENERATED ALWAYS AS (f_unaccent(lower(name))) STORED NOT NULL,
	"type_code" text NOT NULL,
	"ownership_code" text NOT NULL,
	"licence_number" text,
	"licence_date" date,
	"address" text,
	"province_code" varchar(2) NOT NULL,
	"commune_code" varchar(5) NOT NULL,
	"contact_name" text,
	"phone" text,
	"email" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "employer_id" integer;--> statement-breakpoint
CREATE UNIQUE INDEX "employer_tax_code_uq" ON "employer" USING btree ("tax_code");--> statement-breakpoint
CREATE INDEX "employer_province_sort_idx" ON "employer" USING btree ("province_code","name_sort" COLLATE "C","id");--> statement-breakpoint
CREATE INDEX "employer_commune_sort_idx" ON "employer" USING btree ("commune_code","name_sort" COLLATE "C","id");--> statement-breakpoint
CREATE INDEX "employer_name_trgm_idx" ON "employer" USING gin ("name_search" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "employer_tax_code_prefix_idx" ON "employer" USING btree ("tax_code" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "training_institution_code_uq" ON "training_institution" USING btree ("code");--> statement-breakpoint
CREATE INDEX "training_institution_unit_idx" ON "training_institution" USING btree ("province_code","name","id");--> statement-breakpoint
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_employer_id_employer_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employer"("id") ON DELETE no action ON UPDATE no action;