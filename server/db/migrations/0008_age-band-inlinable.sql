-- Not STRICT, so PostgreSQL inlines it into the statistics triggers' GROUP BY instead of calling a SQL function
-- for every row; a null birth date still gives a null band (the CASE falls through to null arithmetic).
CREATE OR REPLACE FUNCTION age_band(birth date, round_year integer) RETURNS smallint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE
    WHEN round_year - extract(year FROM birth)::int < 15 THEN 0
    WHEN round_year - extract(year FROM birth)::int >= 65 THEN 6
    ELSE ((round_year - extract(year FROM birth)::int - 5) / 10)::smallint END $$;
