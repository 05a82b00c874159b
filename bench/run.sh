#!/usr/bin/env bash
# The benchmark, end to end: a PostgreSQL cluster of its own, a generated archive (binary COPY), the API in Release,
# the raw-Npgsql reference, and per endpoint interleaved rounds of pgbench (the API's own SQL), the API and the raw
# reference under wrk. Prints a markdown table and writes it to bench/results/.
#
#   bench/run.sh [--claims 1000000] [--rounds 5] [--seconds 10] [--db-connections 2] [--http-connections 8]
#   bench/run.sh --endpoints claim,disputers --no-latency   # a subset, throughput only
#   bench/run.sh --ci          # CI's smoke check: 10,000 claims, one 2 s round per endpoint; fails only when an
#                              # endpoint answers wrongly or a tool serves nothing, never on a timing
#   bench/run.sh --claims 100000 --rounds 3 --seconds 2 --baseline   # ratios printed beside bench/baseline.json
#
# Ports: PostgreSQL 5446, API 5086, raw reference 5087 (CLAIMTRACKER_BENCH_PG_PORT, ..._API_PORT, ..._RAW_PORT).
# The generated database is kept between runs (one per size and seed); CLAIMTRACKER_KEEP_DB=1 keeps the cluster up.
set -euo pipefail
cd "$(dirname "$0")/.."

claims=1000000 rounds=5 seconds=10 seed=42 db_connections=2 http_connections=8 endpoints="" extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --claims) claims="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --db-connections) db_connections="$2"; shift 2 ;;
    --http-connections) http_connections="$2"; shift 2 ;;
    --endpoints) endpoints="$2"; shift 2 ;;
    --ci) claims=10000; rounds=1; seconds=2; extra+=(--warmup 1 --smoke); shift ;;
    --baseline) extra+=(--baseline bench/baseline.json); shift ;;
    --no-latency) extra+=(--no-latency); shift ;;
    --write-baseline) extra+=(--write-baseline bench/baseline.json); shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

for tool in wrk pgbench psql python3; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool is missing (Debian: apt-get install -y wrk postgresql-client python3)" >&2
    exit 1
  fi
done

export CLAIMTRACKER_PG_PORT="${CLAIMTRACKER_BENCH_PG_PORT:-5446}"
export CLAIMTRACKER_PGDATA="${CLAIMTRACKER_BENCH_PGDATA:-/var/lib/claimtracker/bench-run-pgdata}"
[[ $EUID -ne 0 && -z "${CLAIMTRACKER_BENCH_PGDATA:-}" ]] && export CLAIMTRACKER_PGDATA="$PWD/.local/bench-run-pgdata"
api_port="${CLAIMTRACKER_BENCH_API_PORT:-5086}"
raw_port="${CLAIMTRACKER_BENCH_RAW_PORT:-5087}"
database="claimtracker_bench_${claims}_${seed}"
work="bench/results/work-$claims"
mkdir -p "$work"

source scripts/local-postgres.sh
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  local_postgres_stop
}
trap cleanup EXIT
local_postgres_start
export PGHOST=127.0.0.1 PGPORT="$CLAIMTRACKER_PG_PORT" PGUSER=postgres

echo "Building (Release)" >&2
dotnet build -c Release -v q -nologo src/ClaimTracker.Api >/dev/null
dotnet build -c Release -v q -nologo bench/ClaimTracker.Bench >/dev/null

fresh=0
if ! psql -d "$database" -Atc "SELECT 1 FROM bench_ready" >/dev/null 2>&1; then
  fresh=1
  psql -d postgres -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database"
fi

connection="Host=127.0.0.1;Port=$CLAIMTRACKER_PG_PORT;Username=postgres;Database=$database;Maximum Pool Size=$db_connections"
admin_key="ct_bench$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
start_app() { # name "dll [subcommand]" port
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$3" \
    ConnectionStrings__ClaimTracker="$connection" Database__MigrateOnStartup=true Database__SeedSampleData=false \
    RateLimiting__Enabled=false Auth__BootstrapAdminKey="$admin_key" Serilog__MinimumLevel__Default=Warning \
    DOTNET_gcServer=0 dotnet $2 >"$work/$1.log" 2>&1 &
  pids+=($!)
  eval "$1_pid=$!"
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$3/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$!" 2>/dev/null || { cat "$work/$1.log" >&2; return 1; }
    sleep 1
  done
  echo "$1 not ready after 120 s" >&2; cat "$work/$1.log" >&2; return 1
}

start_app api src/ClaimTracker.Api/bin/Release/net10.0/ClaimTracker.Api.dll "$api_port"
if [[ $fresh == 1 ]]; then
  echo "Generating $claims claims (seed $seed)" >&2
  dotnet bench/ClaimTracker.Bench/bin/Release/net10.0/ClaimTracker.Bench.dll generate \
    --connection "Host=127.0.0.1;Port=$CLAIMTRACKER_PG_PORT;Username=postgres;Database=$database" --claims "$claims" --seed "$seed"
  psql -d "$database" -v ON_ERROR_STOP=1 -qf bench/sql/setup.sql
fi
start_app raw "bench/ClaimTracker.Bench/bin/Release/net10.0/ClaimTracker.Bench.dll raw-reference" "$raw_port"

run_driver() {
  python3 bench/driver.py --database "$database" --work "$work" --claims "$claims" --rounds "$rounds" --seconds "$seconds" \
    --db-connections "$db_connections" --http-connections "$http_connections" --api "http://127.0.0.1:$api_port" \
    --api-pid "$api_pid" --raw "http://127.0.0.1:$raw_port" --raw-pid "$raw_pid" --key "$admin_key" \
    --pgdata "$CLAIMTRACKER_PGDATA" --endpoints "$endpoints" --out "bench/results/bench-$claims.md" "${extra[@]}" "$@"
}
run_driver
