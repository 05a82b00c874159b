#!/usr/bin/env bash
# Runs ClaimTracker on http://localhost:5080 (Swagger UI at /swagger) with its own local PostgreSQL,
# migrated and loaded with the sample data. Ctrl-C stops both. The admin API key is in .local/admin-key.
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

# Writes need an API key. The first run makes an admin key and keeps it in .local/admin-key (git-ignored);
# set Auth__BootstrapAdminKey yourself to choose it.
if [[ -z "${Auth__BootstrapAdminKey:-}" ]]; then
  mkdir -p .local
  if [[ ! -s .local/admin-key ]]; then
    (umask 077 && head -c 32 /dev/urandom | base64 | tr -d '=+/\n' | sed 's/^/ct_/' > .local/admin-key)
  fi
  export Auth__BootstrapAdminKey="$(cat .local/admin-key)"
fi
echo "Admin API key (send it as X-API-Key for writes): $Auth__BootstrapAdminKey" >&2

dotnet run --project src/ClaimTracker.Api --launch-profile http "$@"
