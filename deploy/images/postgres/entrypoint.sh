#!/bin/sh
# stackup/postgres:18: on an empty data directory, initdb and Stackup's roles and databases (as EmbeddedDatabase does
# for the local stack: stackup_owner owns the database stackup, stackup_app owns nothing and may only use its schema,
# keycloak owns the database keycloak), with the passwords from the environment; then PostgreSQL in the foreground.
# The zonky binaries have no psql, so the setup runs in single-user mode before the server listens (one statement a
# line: a newline ends a statement there).
set -eu
: "${PGDATA:=/var/lib/postgresql/data}"
: "${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD (the superuser postgres)}"
: "${STACKUP_DB_OWNER_PASSWORD:?set STACKUP_DB_OWNER_PASSWORD (role stackup_owner)}"
: "${STACKUP_DB_PASSWORD:?set STACKUP_DB_PASSWORD (role stackup_app)}"
: "${KEYCLOAK_DB_PASSWORD:?set KEYCLOAK_DB_PASSWORD (role keycloak)}"

literal() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/''/g")"; }

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  password_file=$(mktemp)
  printf '%s' "$POSTGRES_PASSWORD" >"$password_file"
  initdb -D "$PGDATA" -U postgres -E UTF8 --no-locale --auth=scram-sha-256 --pwfile="$password_file" >/dev/null
  rm -f "$password_file"
  echo "listen_addresses = '*'" >>"$PGDATA/postgresql.conf"
  echo "host all all all scram-sha-256" >>"$PGDATA/pg_hba.conf"
  postgres --single -D "$PGDATA" postgres >/dev/null <<SQL
CREATE ROLE stackup_owner LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD $(literal "$STACKUP_DB_OWNER_PASSWORD");
CREATE ROLE stackup_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD $(literal "$STACKUP_DB_PASSWORD");
CREATE ROLE keycloak LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD $(literal "$KEYCLOAK_DB_PASSWORD");
CREATE DATABASE stackup OWNER stackup_owner;
CREATE DATABASE keycloak OWNER keycloak;
SQL
  postgres --single -D "$PGDATA" stackup >/dev/null <<SQL
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO stackup_app;
SQL
  echo "stackup/postgres: initialized $PGDATA"
fi
exec postgres -D "$PGDATA" "$@"
