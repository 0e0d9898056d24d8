#!/usr/bin/env bash
# Installs PostgreSQL from Debian's packages if needed, starts the first cluster, and creates the role
# the tests use (CREATEDB: each test service creates and drops its own database). Re-runnable.
set -euo pipefail

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q postgresql >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q postgresql >/dev/null; }
fi

version=$(ls /etc/postgresql | sort -V | tail -n 1)
pg_ctlcluster "$version" main start 2>/dev/null || pg_ctlcluster "$version" main status >/dev/null
for _ in $(seq 1 30); do
    su postgres -c "pg_isready -q -h 127.0.0.1" && break
    sleep 1
done

su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL'
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'chronology_ci') THEN
        CREATE ROLE chronology_ci LOGIN CREATEDB PASSWORD 'chronology-ci';
    END IF;
END $$;
-- Tests drop their databases WITH (FORCE), which must end every session on them, whoever opened it.
GRANT pg_signal_backend TO chronology_ci;
SQL
# A throwaway server for tests: skip the disk flushes that make CREATE DATABASE and commits slow.
# (Never do this on a server whose data matters.)
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL'
ALTER SYSTEM SET fsync = off;
ALTER SYSTEM SET synchronous_commit = off;
ALTER SYSTEM SET full_page_writes = off;
SELECT pg_reload_conf();
SQL
# The tests' connections are not pooled (each test database is dropped at the end), so test classes running side
# by side, each with bursts of concurrent requests, can pass the default 100 slots. This one needs a restart.
if [ "$(su postgres -c "psql -Atqc 'SHOW max_connections'")" -lt 300 ]; then
    su postgres -c "psql -q -c 'ALTER SYSTEM SET max_connections = 300'"
    pg_ctlcluster "$version" main restart
    for _ in $(seq 1 30); do
        su postgres -c "pg_isready -q -h 127.0.0.1" && break
        sleep 1
    done
fi
echo "postgres: $version running on 127.0.0.1:5432, role chronology_ci ready"
