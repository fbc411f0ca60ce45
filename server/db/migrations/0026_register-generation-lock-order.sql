-- One lock order for the register's counters: every trigger takes its provinces' stat_generation rows first, in
-- province code order, and only then any worker_stat row. Before, a worker change took its worker_stat rows and then
-- the province's generation, while a household or person change took the generation first: a household import and a
-- worker edit in the same commune could each hold what the other waited for (a deadlock).
CREATE OR REPLACE FUNCTION bump_register_generation(provinces text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO stat_generation AS g (province_code, generation)
  SELECT p, 1 FROM (SELECT DISTINCT unnest(provinces) AS p) AS d ORDER BY p
  ON CONFLICT (province_code) DO UPDATE SET generation = g.generation + 1;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION register_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM bump_register_generation(ARRAY(SELECT DISTINCT province_code FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM bump_register_generation(ARRAY(SELECT DISTINCT province_code FROM old_rows));
  ELSE
    PERFORM bump_register_generation(
      ARRAY(SELECT province_code FROM old_rows UNION SELECT province_code FROM new_rows));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION worker_stat_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM bump_register_generation(ARRAY(SELECT DISTINCT province_code FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM bump_register_generation(ARRAY(SELECT DISTINCT province_code FROM old_rows));
  ELSE
    PERFORM bump_register_generation(
      ARRAY(SELECT province_code FROM old_rows UNION SELECT province_code FROM new_rows));
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO worker_stat AS s (province_code, commune_code, round_year, sex, age_band, employment_status, qualification_code, n)
    SELECT province_code, commune_code, round_year, sex, age_band(birth_date, round_year),
           coalesce(employment_status, ''), coalesce(qualification_code, ''), -count(*)
    FROM old_rows GROUP BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT (province_code, commune_code, round_year, sex, age_band, employment_status, qualification_code)
    DO UPDATE SET n = s.n + excluded.n;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO worker_stat AS s (province_code, commune_code, round_year, sex, age_band, employment_status, qualification_code, n)
    SELECT province_code, commune_code, round_year, sex, age_band(birth_date, round_year),
           coalesce(employment_status, ''), coalesce(qualification_code, ''), count(*)
    FROM new_rows GROUP BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT (province_code, commune_code, round_year, sex, age_band, employment_status, qualification_code)
    DO UPDATE SET n = s.n + excluded.n;
  END IF;
  RETURN NULL;
END $$;
