DROP INDEX "audit_log_province_idx";--> statement-breakpoint
DROP INDEX "household_unit_idx";--> statement-breakpoint
DROP INDEX "worker_commune_sort_idx";--> statement-breakpoint
CREATE INDEX "audit_log_unit_idx" ON "audit_log" USING btree ("unit_code","at","id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at","id");--> statement-breakpoint
CREATE INDEX "worker_province_sort_idx" ON "worker" USING btree ("province_code","name_sort" COLLATE "C","person_id");--> statement-breakpoint
CREATE INDEX "worker_province_updated_idx" ON "worker" USING btree ("province_code","updated_at","person_id");--> statement-breakpoint
CREATE INDEX "audit_log_province_idx" ON "audit_log" USING btree ("province_code","at","id");--> statement-breakpoint
CREATE INDEX "household_unit_idx" ON "household" USING btree ("province_code","commune_code","household_code");--> statement-breakpoint
CREATE INDEX "worker_commune_sort_idx" ON "worker" USING btree ("commune_code","name_sort" COLLATE "C","person_id");