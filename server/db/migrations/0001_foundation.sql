CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"actor_name" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"unit_code" text,
	"province_code" text,
	"before" jsonb,
	"after" jsonb,
	"note" text,
	"request_id" text
);
--> statement-breakpoint
CREATE TABLE "app_user" (
	"id" serial PRIMARY KEY NOT NULL,
	"username" "citext" NOT NULL,
	"full_name" text NOT NULL,
	"email" text,
	"role" text NOT NULL,
	"unit_code" varchar(5),
	"province_code" varchar(2),
	"password_hash" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "app_user_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "user_session" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "admin_unit" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" varchar(5) NOT NULL,
	"level" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"name_search" text GENERATED ALWAYS AS (f_unaccent(lower(name))) STORED NOT NULL,
	"parent_code" varchar(5),
	"province_code" varchar(2) NOT NULL,
	"valid_from" date,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "admin_unit_crosswalk" (
	"id" serial PRIMARY KEY NOT NULL,
	"old_code" varchar(5) NOT NULL,
	"old_name" text NOT NULL,
	"old_district_code" varchar(3),
	"old_province_code" varchar(2) NOT NULL,
	"new_code" varchar(5) NOT NULL,
	"new_province_code" varchar(2) NOT NULL,
	"merge_type" text NOT NULL,
	"effective_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reference_dataset" (
	"name" text PRIMARY KEY NOT NULL,
	"checksum" text NOT NULL,
	"row_count" integer NOT NULL,
	"loaded_at" date DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_item" (
	"id" serial PRIMARY KEY NOT NULL,
	"catalogue" text NOT NULL,
	"code" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text,
	"parent_code" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"source" text NOT NULL,
	"verified" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "poverty_standard" (
	"id" serial PRIMARY KEY NOT NULL,
	"area_type" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"income_threshold_vnd" bigint NOT NULL,
	"deprivation_threshold" integer NOT NULL,
	"source" text NOT NULL,
	"verified" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "user_session" ADD CONSTRAINT "user_session_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_province_idx" ON "audit_log" USING btree ("province_code","at");--> statement-breakpoint
CREATE INDEX "user_session_user_idx" ON "user_session" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "user_session_expires_idx" ON "user_session" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "admin_unit_level_code_from_uq" ON "admin_unit" USING btree ("level","code",coalesce("valid_from", '0001-01-01'));--> statement-breakpoint
CREATE INDEX "admin_unit_parent_idx" ON "admin_unit" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "admin_unit_province_idx" ON "admin_unit" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "admin_unit_name_trgm_idx" ON "admin_unit" USING gin ("name_search" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "admin_unit_crosswalk_old_idx" ON "admin_unit_crosswalk" USING btree ("old_code");--> statement-breakpoint
CREATE INDEX "admin_unit_crosswalk_new_idx" ON "admin_unit_crosswalk" USING btree ("new_code");--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_item_uq" ON "catalogue_item" USING btree ("catalogue","code",coalesce("valid_from", '0001-01-01'));--> statement-breakpoint
CREATE INDEX "catalogue_item_catalogue_idx" ON "catalogue_item" USING btree ("catalogue","sort_order");