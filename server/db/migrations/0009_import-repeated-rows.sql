ALTER TABLE "worker_import" ADD COLUMN "repeated" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "worker_import_error" ADD COLUMN "notice" boolean DEFAULT false NOT NULL;