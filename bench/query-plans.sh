#!/usr/bin/env bash
# Regenerates docs/queries.md: every query-layer question on the sample data and on a generated archive
# (default 100,000 claims), with the SQL EF Core sends and PostgreSQL's EXPLAIN ANALYZE of it.
#   bench/query-plans.sh [claims] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
export CLAIMTRACKER_PG_PORT="${CLAIMTRACKER_PG_PORT:-5434}"
if [[ $EUID -eq 0 ]]; then
  export CLAIMTRACKER_PGDATA="${CLAIMTRACKER_PGDATA:-/var/lib/claimtracker/bench-pgdata}"
else
  export CLAIMTRACKER_PGDATA="${CLAIMTRACKER_PGDATA:-$PWD/.local/bench-pgdata}"
fi
source scripts/local-postgres.sh
local_postgres_start
trap local_postgres_stop EXIT

dotnet run --project bench/ClaimTracker.Bench -c Release -- plans \
  --connection "Host=127.0.0.1;Port=${CLAIMTRACKER_PG_PORT};Username=postgres" \
  --claims "${1:-100000}" --seed "${2:-42}" --out docs/queries.md
