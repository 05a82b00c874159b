#!/usr/bin/env bash
# Sourced by run.sh (and bench scripts): a PostgreSQL cluster from the machine's own binaries, kept between runs.
# As root, PostgreSQL's tools run as the postgres user (they refuse root) on a directory that user owns.

LOCAL_POSTGRES_PORT="${CLAIMTRACKER_PG_PORT:-5433}"
if [[ $EUID -eq 0 ]]; then
  LOCAL_POSTGRES_DATA="${CLAIMTRACKER_PGDATA:-/var/lib/claimtracker/pgdata}"
else
  LOCAL_POSTGRES_DATA="${CLAIMTRACKER_PGDATA:-$PWD/.local/pgdata}"
fi
LOCAL_POSTGRES_CONNECTION="Host=127.0.0.1;Port=${LOCAL_POSTGRES_PORT};Username=postgres;Database=claimtracker"

local_postgres_bin() {
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"
    return
  fi
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [[ -n "$bin" && -x "$bin/initdb" ]]; then
    echo "$bin"
  fi
}

local_postgres_as_owner() {
  if [[ $EUID -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

local_postgres_start() {
  local bin
  bin=$(local_postgres_bin)
  if [[ -z "$bin" ]]; then
    if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
      echo "PostgreSQL is not installed; installing it with apt-get..." >&2
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      bin=$(local_postgres_bin)
    fi
    if [[ -z "$bin" ]]; then
      echo "PostgreSQL server binaries (initdb, pg_ctl) not found. Install them (Debian: sudo apt-get install -y postgresql)," >&2
      echo "or set ConnectionStrings__ClaimTracker to an existing database." >&2
      return 1
    fi
  fi
  LOCAL_POSTGRES_BIN="$bin"

  if [[ ! -s "$LOCAL_POSTGRES_DATA/PG_VERSION" ]]; then
    mkdir -p "$LOCAL_POSTGRES_DATA"
    [[ $EUID -eq 0 ]] && chown -R postgres:postgres "$(dirname "$LOCAL_POSTGRES_DATA")"
    echo "Creating a PostgreSQL cluster in $LOCAL_POSTGRES_DATA" >&2
    local_postgres_as_owner "$bin/initdb" -D "$LOCAL_POSTGRES_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi

  if local_postgres_as_owner "$bin/pg_ctl" -D "$LOCAL_POSTGRES_DATA" status >/dev/null 2>&1; then
    echo "PostgreSQL already running from $LOCAL_POSTGRES_DATA" >&2
    LOCAL_POSTGRES_STARTED_HERE=0
    return 0
  fi

  echo "Starting PostgreSQL on 127.0.0.1:$LOCAL_POSTGRES_PORT" >&2
  local_postgres_as_owner "$bin/pg_ctl" -D "$LOCAL_POSTGRES_DATA" -l "$LOCAL_POSTGRES_DATA/server.log" -w -t 60 start \
    -o "-p $LOCAL_POSTGRES_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$LOCAL_POSTGRES_DATA" >/dev/null
  LOCAL_POSTGRES_STARTED_HERE=1
}

local_postgres_stop() {
  if [[ "${LOCAL_POSTGRES_STARTED_HERE:-0}" == 1 && "${CLAIMTRACKER_KEEP_DB:-0}" != 1 ]]; then
    echo "Stopping PostgreSQL" >&2
    local_postgres_as_owner "$LOCAL_POSTGRES_BIN/pg_ctl" -D "$LOCAL_POSTGRES_DATA" -m fast -w stop >/dev/null || true
  fi
}
