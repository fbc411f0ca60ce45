DROP INDEX "audit_log_province_idx";--> statement-breakpoint
DROP INDEX "household_unit_idx";--> statement-breakpoint
DROP INDEX "person_name_prefix_idx";--> statement-breakpoint
DROP INDEX "person_commune_sort_idx";--> statement-breakpoint
DROP INDEX "security_event_at_idx";--> statement-breakpoint
DROP INDEX "security_event_kind_idx";--> statement-breakpoint
CREATE INDEX "audit_log_unit_idx" ON "audit_log" USING btree ("unit_code","at","id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at","id");--> statement-breakpoint
CREATE INDEX "household_head_name_trgm_idx" ON "household" USING gin ("head_name_search" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "person_province_sort_idx" ON "person" USING btree ("province_code","name_sort" COLLATE "C","person_id");--> statement-breakpoint
CREATE INDEX "person_province_birth_idx" ON "person" USING btree ("province_code","birth_date","name_sort" COLLATE "C","person_id");--> statement-breakpoint
CREATE INDEX "person_transfer_from_at_idx" ON "person_transfer" USING btree ("from_province_code","requested_at","id");--> statement-breakpoint
CREATE INDEX "person_transfer_to_at_idx" ON "person_transfer" USING btree ("to_province_code","requested_at","id");--> statement-breakpoint
CREATE INDEX "security_event_actor_name_idx" ON "security_event" USING btree (lower("actor_name"),"at","id");--> statement-breakpoint
CREATE INDEX "worker_province_updated_idx" ON "worker" USING btree ("province_code","updated_at","person_id");--> statement-breakpoint
CREATE INDEX "audit_log_province_idx" ON "audit_log" USING btree ("province_code","at","id");--> statement-breakpoint
CREATE INDEX "household_unit_idx" ON "household" USING btree ("province_code","commune_code","household_code");--> statement-breakpoint
CREATE INDEX "person_name_prefix_idx" ON "person" USING btree ("province_code","name_search" text_pattern_ops,"person_id");--> statement-breakpoint
CREATE INDEX "person_commune_sort_idx" ON "person" USING btree ("commune_code","name_sort" COLLATE "C","person_id");--> statement-breakpoint
CREATE INDEX "security_event_at_idx" ON "security_event" USING btree ("at","id");--> statement-breakpoint
CREATE INDEX "security_event_kind_idx" ON "security_event" USING btree ("kind","at","id");