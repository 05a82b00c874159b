#!/bin/sh
# Runs once, when the primary's data directory is first initialised (docker-entrypoint-initdb.d): a role and a
# physical slot for the streaming replica, and a pg_hba.conf line letting it connect for replication.
set -eu
psql -v ON_ERROR_STOP=1 -v password="$CLAIMTRACKER_REPLICATION_PASSWORD" --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD :'password';
-- The slot keeps the WAL the replica has not received yet, so a replica that was down catches up instead of
-- needing a new base backup.
SELECT pg_create_physical_replication_slot('replica_1');
SQL
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
