CREATE TABLE "decision_counter" (
	"issuer_code" text NOT NULL,
	"year" smallint NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "decision_counter_issuer_code_year_pk" PRIMARY KEY("issuer_code","year")
);
--> statement-breakpoint
CREATE TABLE "dossier" (
	"id" serial PRIMARY KEY NOT NULL,
	"type_code" text NOT NULL,
	"type_version" date,
	"status" text NOT NULL,
	"step_code" text,
	"act_level" text,
	"due_on" date,
	"province_code" varchar(2) NOT NULL,
	"commune_code" varchar(5),
	"applicant_name" text NOT NULL,
	"payload" jsonb NOT NULL,
	"submitted_on" date,
	"receipt_no" integer,
	"received_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" integer NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_attachment" (
	"id" serial PRIMARY KEY NOT NULL,
	"dossier_id" integer NOT NULL,
	"step_code" text,
	"document_code" text,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"storage_name" text NOT NULL,
	"uploaded_by" integer NOT NULL,
	"uploaded_by_name" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_decision" (
	"id" serial PRIMARY KEY NOT NULL,
	"dossier_id" integer NOT NULL,
	"kind" text NOT NULL,
	"issuer_code" text NOT NULL,
	"year" smallint NOT NULL,
	"number" integer NOT NULL,
	"symbol" text NOT NULL,
	"decided_on" date NOT NULL,
	"signer_name" text NOT NULL,
	"signer_position" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dossier_id" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"acted_on" date NOT NULL,
	"actor_id" integer NOT NULL,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"from_status" text NOT NULL,
	"from_step" text,
	"to_status" text NOT NULL,
	"to_step" text,
	"comment" text,
	"decision_id" integer
);
--> statement-breakpoint
CREATE TABLE "dossier_step" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dossier_id" integer NOT NULL,
	"province_code" varchar(2) NOT NULL,
	"commune_code" varchar(5),
	"step_code" text NOT NULL,
	"started_on" date NOT NULL,
	"due_on" date,
	"due_provisional" boolean DEFAULT false NOT NULL,
	"intervals" jsonb NOT NULL,
	"completed_on" date,
	"outcome" text,
	"days_used" smallint,
	"late" boolean
);
--> statement-breakpoint
CREATE TABLE "receipt_counter" (
	"province_code" varchar(2) NOT NULL,
	"year" smallint NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "receipt_counter_province_code_year_pk" PRIMARY KEY("province_code","year")
);
--> statement-breakpoint
ALTER TABLE "dossier_attachment" ADD CONSTRAINT "dossier_attachment_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_decision" ADD CONSTRAINT "dossier_decision_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_event" ADD CONSTRAINT "dossier_event_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_step" ADD CONSTRAINT "dossier_step_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_queue_province_idx" ON "dossier" USING btree ("province_code","act_level","due_on") WHERE status = 'in_progress';--> statement-breakpoint
CREATE INDEX "dossier_queue_commune_idx" ON "dossier" USING btree ("commune_code","act_level","due_on") WHERE status = 'in_progress';--> statement-breakpoint
CREATE INDEX "dossier_due_province_idx" ON "dossier" USING btree ("province_code","due_on") WHERE status = 'in_progress';--> statement-breakpoint
CREATE INDEX "dossier_due_commune_idx" ON "dossier" USING btree ("commune_code","due_on") WHERE status = 'in_progress';--> statement-breakpoint
CREATE INDEX "dossier_unit_idx" ON "dossier" USING btree ("province_code","commune_code","created_at");--> statement-breakpoint
CREATE INDEX "dossier_created_by_idx" ON "dossier" USING btree ("created_by","created_at");--> statement-breakpoint
CREATE INDEX "dossier_attachment_dossier_idx" ON "dossier_attachment" USING btree ("dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_decision_number_uq" ON "dossier_decision" USING btree ("issuer_code","year","number");--> statement-breakpoint
CREATE INDEX "dossier_decision_dossier_idx" ON "dossier_decision" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "dossier_event_dossier_idx" ON "dossier_event" USING btree ("dossier_id","id");--> statement-breakpoint
CREATE INDEX "dossier_step_dossier_idx" ON "dossier_step" USING btree ("dossier_id","id");--> statement-breakpoint
CREATE INDEX "dossier_step_sla_idx" ON "dossier_step" USING btree ("province_code","started_on");