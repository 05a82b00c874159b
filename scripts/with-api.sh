#!/usr/bin/env bash
# Runs a command against a live API started by ./run.sh (the README's run command: local PostgreSQL, migrations,
# sample data), then stops both. Used by CI for the smoke test, the contract tests, the curl walk-through and
# the browser test.
#
#   scripts/with-api.sh <command> [args...]
#
# The command sees CLAIMTRACKER_URL (e.g. http://localhost:5080) and CLAIMTRACKER_API_KEY (the admin key).
# CLAIMTRACKER_API_PORT (5080), CLAIMTRACKER_PG_PORT (5433) and CLAIMTRACKER_PGDATA choose where they run, so
# two checkouts can each run one.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $# -gt 0 ]] || { echo "usage: scripts/with-api.sh <command> [args...]" >&2; exit 2; }

port="${CLAIMTRACKER_API_PORT:-5080}"
export CLAIMTRACKER_URL="http://localhost:$port"
log=$(mktemp)

setsid ./run.sh --urls "$CLAIMTRACKER_URL" >"$log" 2>&1 &
run_pid=$!
stop() {
  kill -TERM -- "-$run_pid" 2>/dev/null || true
  wait "$run_pid" 2>/dev/null || true
}
trap stop EXIT

for _ in $(seq 1 240); do
  if curl -fs "$CLAIMTRACKER_URL/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$run_pid" 2>/dev/null; then echo "run.sh exited early:" >&2; cat "$log" >&2; exit 1; fi
  sleep 1
done
curl -fs "$CLAIMTRACKER_URL/health/ready" >/dev/null || { echo "API not ready after 240 s:" >&2; cat "$log" >&2; exit 1; }

CLAIMTRACKER_API_KEY="${Auth__BootstrapAdminKey:-$(cat .local/admin-key)}"
export CLAIMTRACKER_API_KEY
status=0
"$@" || status=$?
if [[ $status -ne 0 ]]; then
  echo "'$*' failed ($status); the API's log:" >&2
  tail -n 80 "$log" >&2
fi
exit $status
