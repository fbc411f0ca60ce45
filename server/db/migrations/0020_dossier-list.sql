DROP INDEX "dossier_employer_idx";--> statement-breakpoint
CREATE INDEX "dossier_list_province_idx" ON "dossier" USING btree ("province_code","created_at","id");--> statement-breakpoint
CREATE INDEX "dossier_list_commune_idx" ON "dossier" USING btree ("commune_code","created_at","id") WHERE commune_code IS NOT NULL;--> statement-breakpoint
CREATE INDEX "dossier_list_employer_idx" ON "dossier" USING btree ("employer_id","created_at","id") WHERE employer_id IS NOT NULL;