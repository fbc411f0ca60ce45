CREATE TABLE "stat_generation" (
	"province_code" varchar(2) PRIMARY KEY NOT NULL,
	"generation" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION worker_stat_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO worker_stat AS s (province_code, commune_code, round_year, sex, age_band, employment_status, qualification_code, n)
    SELECT province_code, commune_code, round_year, sex, age_band(birth_date, round_year),
           coalesce(employment_status, ''), coalesce(qualification_code, ''), -count(*)
    FROM old_rows GROUP BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT (province_code, commune_code, round_year, sex, age_band, employment_status, qualification_code)
    DO UPDATE SET n = s.n + excluded.n;
    INSERT INTO stat_generation AS g (province_code, generation)
    SELECT DISTINCT province_code, 1 FROM old_rows
    ON CONFLICT (province_code) DO UPDATE SET generation = g.generation + 1;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO worker_stat AS s (province_code, commune_code, round_year, sex, age_band, employment_status, qualification_code, n)
    SELECT province_code, commune_code, round_year, sex, age_band(birth_date, round_year),
           coalesce(employment_status, ''), coalesce(qualification_code, ''), count(*)
    FROM new_rows GROUP BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT (province_code, commune_code, round_year, sex, age_band, employment_status, qualification_code)
    DO UPDATE SET n = s.n + excluded.n;
    -- An UPDATE that moved rows between provinces bumped the old ones above; this bumps the new ones (an
    -- UPDATE within one province bumps it twice, which only means one more recomputation).
    INSERT INTO stat_generation AS g (province_code, generation)
    SELECT DISTINCT province_code, 1 FROM new_rows
    ON CONFLICT (province_code) DO UPDATE SET generation = g.generation + 1;
  END IF;
  RETURN NULL;
END $$;
