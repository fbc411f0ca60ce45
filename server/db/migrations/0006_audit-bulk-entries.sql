ALTER TABLE "audit_log" ALTER COLUMN "entity_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "entity_ids" text[];--> statement-breakpoint
CREATE INDEX "audit_log_entity_ids_idx" ON "audit_log" USING gin ("entity_ids") WHERE "audit_log"."entity_ids" IS NOT NULL;