-- stat_generation is the province's register generation: bumped in the same transaction as every change of a
-- worker (worker_stat_apply) and, from here, of a person (a name, an ethnicity, a unit review), so that answers
-- computed from either — statistics, list counts — are reused exactly while it has not moved.
CREATE OR REPLACE FUNCTION person_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $$
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
CREATE TRIGGER person_generation_ins AFTER INSERT ON person REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_generation_bump();--> statement-breakpoint
CREATE TRIGGER person_generation_upd AFTER UPDATE ON person REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_generation_bump();--> statement-breakpoint
CREATE TRIGGER person_generation_del AFTER DELETE ON person REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_generation_bump();
