CREATE TABLE "training_support_funds" (
	"dossier_id" integer PRIMARY KEY NOT NULL,
	"monthly_cap_vnd" bigint NOT NULL,
	"max_months" integer NOT NULL,
	"rate_source" text NOT NULL,
	"rate_grade" varchar(1) NOT NULL,
	"approved_amount" bigint NOT NULL,
	"approved_on" date NOT NULL,
	"actual_cost" bigint,
	"result_reported_on" date,
	"recovered_amount" bigint,
	"recovered_on" date
);
--> statement-breakpoint
CREATE TABLE "training_support_payment" (
	"id" serial PRIMARY KEY NOT NULL,
	"dossier_id" integer NOT NULL,
	"step_code" text NOT NULL,
	"paid_on" date NOT NULL,
	"amount" bigint NOT NULL,
	"reference" text NOT NULL,
	"recorded_by" integer NOT NULL,
	"recorded_by_name" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_support_rate" (
	"id" serial PRIMARY KEY NOT NULL,
	"type_code" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"monthly_cap_vnd" bigint NOT NULL,
	"max_months" integer NOT NULL,
	"min_ui_months" integer NOT NULL,
	"ui_window_months" integer,
	"min_revenue_decline_pct" integer,
	"application_from" date,
	"application_to" date,
	"source" text NOT NULL,
	"grade" varchar(1) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_support_trainee" (
	"id" serial PRIMARY KEY NOT NULL,
	"dossier_id" integer NOT NULL,
	"person_id" varchar(12) NOT NULL,
	"full_name" text NOT NULL,
	"trade" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"half_months" smallint NOT NULL,
	"amount" bigint NOT NULL,
	"completed" boolean,
	"certificate_no" text,
	"kept" boolean,
	"recovered_amount" bigint
);
--> statement-breakpoint
ALTER TABLE "dossier" ADD COLUMN "employer_id" integer;--> statement-breakpoint
ALTER TABLE "training_support_funds" ADD CONSTRAINT "training_support_funds_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_support_payment" ADD CONSTRAINT "training_support_payment_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_support_trainee" ADD CONSTRAINT "training_support_trainee_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_support_trainee" ADD CONSTRAINT "training_support_trainee_person_id_person_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("person_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_support_payment_dossier_idx" ON "training_support_payment" USING btree ("dossier_id","paid_on");--> statement-breakpoint
CREATE UNIQUE INDEX "training_support_trainee_uq" ON "training_support_trainee" USING btree ("dossier_id","person_id");--> statement-breakpoint
CREATE INDEX "training_support_trainee_person_idx" ON "training_support_trainee" USING btree ("person_id","start_date");--> statement-breakpoint
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_employer_id_employer_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_employer_idx" ON "dossier" USING btree ("employer_id","created_at");