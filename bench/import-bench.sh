#!/usr/bin/env bash
# Bulk import and export at scale (docs/performance.md, "Bulk import and export"):
#   bench/import-bench.sh [claims=1000000] [seed=1] [runs=3]
# 1. writes the generated archive as NDJSON (bench ndjson; the same generator as bench generate);
# 2. against a live API (scripts/with-api.sh: ./run.sh with its local PostgreSQL), `runs` times each, medians reported:
#    POST /api/import into the emptied database; GET /api/export; psql \copy of the same rows (CSV dumped from the
#    imported tables, derived columns included) into the same indexed tables of a second database;
# 3. round trip: export -> import into the emptied database -> content checksums (bench/archive-checksum.sql) equal;
#    and the generator's own binary COPY load (bench generate) gives the same checksums as the import.
# CLAIMTRACKER_BENCH_COMPARE_GENERATOR=0 skips the last check (one more full load).
# Ports and data directory: CLAIMTRACKER_API_PORT, CLAIMTRACKER_PG_PORT, CLAIMTRACKER_PGDATA (as scripts/with-api.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
claims="${1:-1000000}" seed="${2:-1}" runs="${3:-3}"
work="${CLAIMTRACKER_BENCH_WORK:-/tmp/claimtracker-import-bench}"
mkdir -p "$work" && chmod 777 "$work"
archive="$work/archive-$claims-$seed.ndjson"
if [[ -z "${CLAIMTRACKER_URL:-}" ]]; then
  dotnet build -c Release bench/ClaimTracker.Bench -v q >/dev/null
  if [[ ! -s "$archive" ]]; then
    dotnet run -c Release --no-build --project bench/ClaimTracker.Bench -- ndjson --claims "$claims" --seed "$seed" --out "$archive"
  fi
  # The API as a release build (./run.sh runs dotnet run, which takes the configuration from this property).
  export CLAIMTRACKER_BENCH_WORK="$work" Configuration=Release
  exec scripts/with-api.sh "$0" "$claims" "$seed" "$runs"
fi

pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_port="${CLAIMTRACKER_PG_PORT:-5433}"
sql() { "$pg_bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres "$@"; }
tables="idempotent_requests, change_history, claim_topics, topics, claim_relations, claim_appearances, claims, actor_aliases, actors, articles"
empty() { sql -d "$1" -c "TRUNCATE $tables CASCADE" -c "CHECKPOINT"; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
import() {
  curl -sS -o "$work/import-response.json" -w '%{http_code} %{time_total}\n' -H "X-API-Key: $CLAIMTRACKER_API_KEY" \
    -H 'Content-Type: application/x-ndjson' -X POST -T "$1" "$CLAIMTRACKER_URL/api/import" > "$work/import-status"
  read -r status seconds < "$work/import-status"
  [[ "$status" == 200 ]] || { echo "import failed ($status):" >&2; cat "$work/import-response.json" >&2; exit 1; }
  echo "$seconds"
}

echo "archive: $archive ($(wc -l < "$archive") lines, $(du -h "$archive" | cut -f1))"
: > "$work/import-times"
for _ in $(seq "$runs"); do
  empty claimtracker
  import "$archive" | tee -a "$work/import-times"
done
cat "$work/import-response.json"; echo
sql -d claimtracker -c "ANALYZE"
sql -d claimtracker -f bench/archive-checksum.sql -A -t > "$work/checksum-import"

: > "$work/export-times"
for _ in $(seq "$runs"); do
  curl -sS -H "X-API-Key: $CLAIMTRACKER_API_KEY" -o "$work/export.ndjson" -w '%{time_total}\n' "$CLAIMTRACKER_URL/api/export" | tee -a "$work/export-times"
done
echo "export: $(wc -l < "$work/export.ndjson") lines, $(du -h "$work/export.ndjson" | cut -f1)"

empty claimtracker
import "$work/export.ndjson" > "$work/roundtrip-time"
sql -d claimtracker -f bench/archive-checksum.sql -A -t > "$work/checksum-roundtrip"
diff "$work/checksum-import" "$work/checksum-roundtrip" && echo "round trip: export -> import gives the same content checksums"

# The \copy baseline: the same rows (CSV from the imported tables, derived columns included) into the same
# indexed tables of a second database whose schema is a copy of this one; the guarded row triggers stay off as
# for the import (claimtracker.bulk_import), the indexes, foreign keys, checks and generated columns all work.
copy_tables=(topics articles actors actor_aliases claims claim_appearances claim_topics claim_relations)
declare -A columns=(
  [topics]="id, slug, created_at"
  [articles]="id, title, url, outlet, published_at, language, body, created_at, updated_at"
  [actors]="id, name, kind, description, member_of_id, wikidata_id, created_at, updated_at"
  [actor_aliases]="id, actor_id, name"
  [claims]="id, actor_id, text, quote, kind, stated_at, evidence_provided, created_at, updated_at, said_at, first_article_id, dispute_count, support_count, disputing_actor_count"
  [claim_appearances]="id, claim_id, article_id, quote, quote_start, quote_end, kind, created_at"
  [claim_topics]="claim_id, topic_id"
  [claim_relations]="id, source_claim_id, type, target_claim_id, created_at")
copy_in="$work/copy-in.sql"
: > "$copy_in"
for t in "${copy_tables[@]}"; do
  sql -d claimtracker -c "\\copy (SELECT ${columns[$t]} FROM $t) TO '$work/$t.csv' (FORMAT csv)"
  echo "\\copy $t (${columns[$t]}) FROM '$work/$t.csv' (FORMAT csv)" >> "$copy_in"
done
sql -d postgres -c "DROP DATABASE IF EXISTS copy_baseline" -c "CREATE DATABASE copy_baseline"
"$pg_bin/pg_dump" -s -h 127.0.0.1 -p "$pg_port" -U postgres claimtracker | sql -d copy_baseline >/dev/null
: > "$work/copy-times"
for _ in $(seq "$runs"); do
  empty copy_baseline
  start=$(date +%s.%N)
  PGOPTIONS="-c claimtracker.bulk_import=on" sql -d copy_baseline -1 -f "$copy_in"
  echo "$(date +%s.%N) - $start" | bc | tee -a "$work/copy-times"
done
sql -d copy_baseline -f bench/archive-checksum.sql -A -t | diff "$work/checksum-import" - && echo "copy baseline holds the same content"

# The generator's own COPY load (session_replication_role, derived columns computed after) must give the same data.
if [[ "${CLAIMTRACKER_BENCH_COMPARE_GENERATOR:-1}" == 1 ]]; then
sql -d postgres -c "DROP DATABASE IF EXISTS generated" -c "CREATE DATABASE generated"
"$pg_bin/pg_dump" -s -h 127.0.0.1 -p "$pg_port" -U postgres claimtracker | sql -d generated >/dev/null
dotnet run -c Release --no-build --project bench/ClaimTracker.Bench -- generate \
  --connection "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=generated" --claims "$claims" --seed "$seed"
sql -d generated -f bench/archive-checksum.sql -A -t | diff "$work/checksum-import" - && echo "import equals the generator's direct COPY load"
fi

import_median=$(median < "$work/import-times") copy_median=$(median < "$work/copy-times") export_median=$(median < "$work/export-times")
echo
echo "| $claims claims, $(wc -l < "$archive") lines | median of $runs (s) | runs (s) |"
echo "|---|---|---|"
echo "| POST /api/import | $import_median | $(paste -sd' ' "$work/import-times") |"
echo "| psql \\copy of the same rows | $copy_median | $(paste -sd' ' "$work/copy-times") |"
echo "| import speed relative to \\copy | $(echo "scale=2; $copy_median / $import_median" | bc)x | |"
echo "| GET /api/export | $export_median | $(paste -sd' ' "$work/export-times") |"
echo "| round trip import of the export | $(cat "$work/roundtrip-time") | |"
