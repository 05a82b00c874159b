#!/bin/sh
# The streaming replica (runs as the postgres user). On its first start the data directory is empty: copy the
# primary with pg_basebackup -R, which also writes standby.signal and primary_conninfo, so that PostgreSQL starts as
# a hot standby replaying the primary's WAL as it streams in. Later starts just resume streaming.
set -eu
chmod 0700 "$PGDATA"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  # Over TCP: the primary's first start initialises on a socket only, then restarts listening.
  until pg_isready -h "$PRIMARY_HOST" -p 5432 -q; do
    sleep 1
  done
  pg_basebackup -h "$PRIMARY_HOST" -p 5432 -U replicator -D "$PGDATA" -R -X stream -S replica_1
fi
exec postgres -c hot_standby=on -c hot_standby_feedback=on
