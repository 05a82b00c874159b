-- The benchmark's random inputs, picked once per data set (deterministically: ordered by a hash of the id) and shared
-- by wrk (exported to files) and pgbench (looked up by row number).
CREATE TABLE bench_claims AS
  SELECT row_number() OVER (ORDER BY md5(id::text))::int AS n, id FROM claims ORDER BY md5(id::text) LIMIT 10000;
CREATE TABLE bench_disputed AS
  SELECT row_number() OVER (ORDER BY md5(id::text))::int AS n, id FROM claims WHERE dispute_count > 0 ORDER BY md5(id::text) LIMIT 10000;
CREATE TABLE bench_actors AS
  SELECT row_number() OVER (ORDER BY md5(id::text))::int AS n, id FROM actors ORDER BY md5(id::text) LIMIT 10000;
-- Search terms: three words of a random claim (the generator's vocabulary is small, so one word matches ~5% of the
-- archive; three narrow it to a few hundred claims at 1,000,000, like a newsroom's search for a name and a topic).
CREATE TABLE bench_terms AS
  SELECT row_number() OVER (ORDER BY md5(c.id::text))::int AS n,
         (SELECT string_agg(w, ' ') FROM (SELECT w FROM regexp_split_to_table(lower(c.text), '[^a-z]+') AS w
                                           WHERE length(w) > 4 ORDER BY md5(w || c.id::text) LIMIT 3) AS words) AS q
    FROM (SELECT id, text FROM claims ORDER BY md5(id::text) LIMIT 1000) AS c;
-- Contested claims of a quarter, starting at a random month of the archive's four years.
CREATE TABLE bench_periods AS
  SELECT m AS n, to_char(date '2022-01-01' + (m - 1) * interval '1 month', 'YYYY-MM-DD') AS "from",
         to_char(date '2022-01-01' + (m + 2) * interval '1 month' - interval '1 day', 'YYYY-MM-DD') AS "to"
    FROM generate_series(1, 45) AS m;
ALTER TABLE bench_claims ADD PRIMARY KEY (n);
ALTER TABLE bench_disputed ADD PRIMARY KEY (n);
ALTER TABLE bench_actors ADD PRIMARY KEY (n);
ALTER TABLE bench_terms ADD PRIMARY KEY (n);
ALTER TABLE bench_periods ADD PRIMARY KEY (n);
VACUUM ANALYZE;
CREATE TABLE bench_ready ();
