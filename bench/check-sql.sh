#!/usr/bin/env bash
# CI: the benchmark's SQL is current. Captures again what the API sends (bench capture-sql, against a throwaway database
# in a PostgreSQL cluster of its own) into bench/sql, then fails if that changed any committed file:
# bench/sql/statements/ (the raw reference's SQL) or the pgbench scripts made from bench/sql/templates/.
#   bench/check-sql.sh            # CLAIMTRACKER_CHECK_SQL_PG_PORT (default 5447) to move the cluster
set -euo pipefail
cd "$(dirname "$0")/.."
export CLAIMTRACKER_PG_PORT="${CLAIMTRACKER_CHECK_SQL_PG_PORT:-5447}"
if [[ $EUID -eq 0 ]]; then
  export CLAIMTRACKER_PGDATA="${CLAIMTRACKER_CHECK_SQL_PGDATA:-/var/lib/claimtracker/check-sql-pgdata}"
else
  export CLAIMTRACKER_PGDATA="${CLAIMTRACKER_CHECK_SQL_PGDATA:-$PWD/.local/check-sql-pgdata}"
fi
source scripts/local-postgres.sh
local_postgres_start
trap local_postgres_stop EXIT

dotnet run --project bench/ClaimTracker.Bench -c Release -- capture-sql \
  --connection "Host=127.0.0.1;Port=${CLAIMTRACKER_PG_PORT};Username=postgres" --out bench/sql
if ! git diff --exit-code -- bench/sql; then
  echo "bench/sql was not what the API sends; it has been captured again above: review and commit it (docs/performance.md)" >&2
  exit 1
fi
untracked=$(git ls-files --others --exclude-standard -- bench/sql)
if [[ -n "$untracked" ]]; then
  echo "bench/sql has files not committed: $untracked" >&2
  exit 1
fi
echo "bench/sql matches the SQL the API sends"
