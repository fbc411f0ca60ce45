-- Vietnamese alphabetical order (a ă â b c d đ e ê … o ô ơ … u ư …) without an ICU collation, which PGlite lacks:
-- tone marks are dropped and each letter maps to an ASCII character in alphabet order; compare with COLLATE "C".
CREATE OR REPLACE FUNCTION vi_sort_key(s text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT translate(
    normalize(translate(normalize(lower(s), NFD), U&'\0300\0301\0303\0309\0323', ''), NFC),
    'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz',
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefg') $$;
--> statement-breakpoint
-- Age band of a worker in a collection round (age reached in the round year): 1 = 15–24, 2 = 25–34, 3 = 35–44,
-- 4 = 45–54, 5 = 55–64, 6 = 65+, 0 = under 15. Bands of the labour-force survey (GSO).
CREATE OR REPLACE FUNCTION age_band(birth date, round_year integer) RETURNS smallint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT CASE
    WHEN round_year - extract(year FROM birth)::int < 15 THEN 0
    WHEN round_year - extract(year FROM birth)::int >= 65 THEN 6
    ELSE ((round_year - extract(year FROM birth)::int - 5) / 10)::smallint END $$;
--> statement-breakpoint
-- Keeps worker_stat equal to the counts of worker and worker_snapshot rows per commune, round and
-- disaggregation. Statement-level with transition tables: one GROUP BY per statement, even for a 5,000-row batch.
CREATE OR REPLACE FUNCTION worker_stat_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
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
