#!/usr/bin/env bash
# Runs ClaimTracker on http://localhost:5080 (Swagger UI at /swagger) with its own local PostgreSQL,
# migrated and loaded with the sample data. Ctrl-C stops both.
#
#   ./run.sh                       start (installs PostgreSQL with apt-get when root and it is missing)
#   CLAIMTRACKER_PG_PORT=5544 ./run.sh
#   ConnectionStrings__ClaimTracker="Host=...;Username=...;Password=...;Database=claimtracker" ./run.sh
#                                  use that database instead of starting one
set -euo pipefail
cd "$(dirname "$0")"

if [[ -z "${ConnectionStrings__ClaimTracker:-}" ]]; then
  source scripts/local-postgres.sh
  local_postgres_start
  trap local_postgres_stop EXIT
  trap 'exit 130' INT TERM
  export ConnectionStrings__ClaimTracker="$LOCAL_POSTGRES_CONNECTION"
fi

dotnet run --project src/ClaimTracker.Api --launch-profile http "$@"
