CREATE TABLE "calendar_day" (
	"day" date NOT NULL,
	"origin" text NOT NULL,
	"kind" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"legal_basis" text NOT NULL,
	"source" text NOT NULL,
	"grade" text NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_day_day_origin_pk" PRIMARY KEY("day","origin")
);
--> statement-breakpoint
CREATE TABLE "calendar_year" (
	"year" smallint PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"notice" text NOT NULL,
	"grade" text NOT NULL,
	"confirmed_by" integer,
	"confirmed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "worker_import" ADD COLUMN "repeated" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "worker_import_error" ADD COLUMN "notice" boolean DEFAULT false NOT NULL;