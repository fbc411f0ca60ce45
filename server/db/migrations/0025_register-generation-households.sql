-- The province's register generation (stat_generation) moves with every change of a household or of its poverty
-- review as well, so the household list's counts are reused exactly while neither has changed (paging.ts
-- countRows). One generic function bumps the provinces of the changed rows, for every table of the register.
CREATE OR REPLACE FUNCTION register_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO stat_generation AS g (province_code, generation)
    SELECT DISTINCT province_code, 1 FROM old_rows
    ON CONFLICT (province_code) DO UPDATE SET generation = g.generation + 1;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO stat_generation AS g (province_code, generation)
    SELECT DISTINCT province_code, 1 FROM new_rows
    ON CONFLICT (province_code) DO UPDATE SET generation = g.generation + 1;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
DROP TRIGGER person_generation_ins ON person;--> statement-breakpoint
DROP TRIGGER person_generation_upd ON person;--> statement-breakpoint
DROP TRIGGER person_generation_del ON person;--> statement-breakpoint
DROP FUNCTION person_generation_bump();--> statement-breakpoint
CREATE TRIGGER person_generation_ins AFTER INSERT ON person REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION register_generation_bump();--> statement-breakpoint
CREATE TRIGGER person_generation_upd AFTER UPDATE ON person REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION register_generation_bump();--> statement-breakpoint
CREATE TRIGGER person_generation_del AFTER DELETE ON person REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION register_generation_bump();--> statement-breakpoint
CREATE TRIGGER household_generation_ins AFTER INSERT ON household REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION register_generation_bump();--> statement-breakpoint
CREATE TRIGGER household_generation_upd AFTER UPDATE ON household REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION register_generation_bump();--> statement-breakpoint
CREATE TRIGGER household_generation_del AFTER DELETE ON household REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION register_generation_bump();--> statement-breakpoint
CREATE TRIGGER poverty_review_generation_ins AFTER INSERT ON poverty_review REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION register_generation_bump();--> statement-breakpoint
CREATE TRIGGER poverty_review_generation_upd AFTER UPDATE ON poverty_review REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION register_generation_bump();--> statement-breakpoint
CREATE TRIGGER poverty_review_generation_del AFTER DELETE ON poverty_review REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION register_generation_bump();
