#!/usr/bin/env bash
# Backup and restore of the local stack's two databases (stackup and keycloak), with pg_dump and pg_restore of
# PostgreSQL's own major version.
#   deploy/local/backup.sh dump                 the stack (or `backup.sh database`) running: writes
#                                               .stackup/backups/<UTC time>/{stackup,keycloak}.dump (pg_dump -Fc: each a
#                                               consistent snapshot, taken online; the app and Keycloak keep working)
#   deploy/local/backup.sh restore DIR [--wipe] the stack stopped: restores DIR into an empty cluster; --wipe first
#                                               moves the current .stackup/postgres aside (to postgres.replaced-<time>)
#   deploy/local/backup.sh fingerprint          each table's row count and content hash (md5 of its rows as text, in
#                                               order), both databases; exact only while nothing writes
#   deploy/local/backup.sh roundtrip            the proof, the stack stopped: fingerprint, dump, wipe, restore,
#                                               fingerprint again, compare; exits 1 on any difference
#   deploy/local/backup.sh database             only PostgreSQL, until Ctrl-C (for dump and fingerprint without the rest)
# The PostgreSQL binaries the local stack runs (zonky's) have no pg_dump, and Debian 12 has pg_dump 15 only, which
# refuses a newer server: the client tools come from Debian unstable's postgresql-client-<major>, unpacked once by
# debootstrap and run there with chroot (host network, so 127.0.0.1 is the stack's). Needs root. They live outside the
# stack's home, so that a fresh STACKUP_HOME (a wiped .stackup, a test's) finds them: in $STACKUP_PGTOOLS, by default
# ~/.cache/stackup/pgtools-<major>, with the unpacking's log next to it (pgtools-<major>.log).
# Environment: STACKUP_HOME (.stackup), STACKUP_DB_PORT (15432), STACKUP_PORT (8080), STACKUP_PGTOOLS, DEBIAN_MIRROR.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
home=${STACKUP_HOME:-.stackup}
port=${STACKUP_DB_PORT:-15432}
major=$(sed -n 's:.*<postgres-binaries.version>\([0-9]*\)\..*</postgres-binaries.version>.*:\1:p' pom.xml)
tools=${STACKUP_PGTOOLS:-$HOME/.cache/stackup/pgtools-$major}
bin=/usr/lib/postgresql/$major/bin
databases=(stackup keycloak)

# Makes sure $tools holds the client tools. Shared by every home and checkout of this user: one unpacks at a time
# (a lock next to it), into $tools.partial, moved to $tools only once complete, so a broken run leaves no half of it.
pg_tools() {
  [ -x "$tools$bin/pg_dump" ] && return
  [ "$(id -u)" = 0 ] || { echo "Installing pg_dump $major needs root (debootstrap, chroot)" >&2; exit 1; }
  mkdir -p "$(dirname "$tools")"
  exec 9>"$tools.lock"
  flock 9
  if [ ! -x "$tools$bin/pg_dump" ]; then
    command -v debootstrap >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; }
    mirror=${DEBIAN_MIRROR:-$(sed -n 's/^URIs: \(http[^ ]*debian\)$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)}
    echo "Unpacking postgresql-client-$major from Debian unstable into $tools (once, about a minute; log $tools.log)"
    rm -rf "$tools" "$tools.partial"
    debootstrap --variant=minbase --include="postgresql-client-$major" sid "$tools.partial" \
      "${mirror:-http://deb.debian.org/debian}" >"$tools.log" 2>&1 || { tail -n 20 "$tools.log" >&2; exit 1; }
    mv "$tools.partial" "$tools"
  fi
  exec 9>&-
}

# pg TOOL ARGS...: a client tool as the superuser of the stack's PostgreSQL (trust on localhost: no password).
pg() {
  local tool=$1
  shift
  chroot "$tools" "$bin/$tool" -h 127.0.0.1 -p "$port" -U postgres "$@"
}

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

require_stopped() {
  if listening "$port" || listening "${STACKUP_PORT:-8080}"; then
    echo "The local stack is running (port $port or ${STACKUP_PORT:-8080} answers): stop it first (Ctrl-C)" >&2
    exit 1
  fi
}

jar() {
  ls deploy/target/deploy-*-local.jar >/dev/null 2>&1 || ./mvnw -q -DskipTests -Dspotless.check.skip package
  ls deploy/target/deploy-*-local.jar | head -n 1
}

# Starts PostgreSQL alone (io.stackup.deploy.LocalDatabase) in the background; stop_database stops it.
start_database() {
  local log=$home/logs/database.log
  mkdir -p "$home/logs"
  : >"$log"
  # Its input stays open (it stops when that closes, or on SIGTERM).
  "$JAVA_HOME/bin/java" -cp "$(jar)" -Dloader.main=io.stackup.deploy.LocalDatabase \
    org.springframework.boot.loader.launch.PropertiesLauncher < <(tail -f /dev/null) >"$log" 2>&1 &
  DATABASE_PID=$!
  for _ in $(seq 1 120); do
    grep -q STACKUP-DATABASE-READY "$log" && return
    kill -0 "$DATABASE_PID" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 1
  done
  echo "PostgreSQL did not start; see $log" >&2
  exit 1
}

stop_database() {
  kill -TERM "$DATABASE_PID" 2>/dev/null || true
  wait "$DATABASE_PID" 2>/dev/null || true
}

dump() {
  local dir=$home/backups/$(date -u +%Y%m%dT%H%M%SZ)
  mkdir -p "$dir"
  for db in "${databases[@]}"; do
    pg pg_dump -Fc "$db" >"$dir/$db.dump"
  done
  echo "$dir"
}

restore() {
  local dir=$1
  for db in "${databases[@]}"; do
    [ -s "$dir/$db.dump" ] || { echo "No $db.dump in $dir" >&2; exit 1; }
  done
  # LocalDatabase created the roles and empty databases, owned as the dump says; the dump brings the rest.
  for db in "${databases[@]}"; do
    pg pg_restore --exit-on-error --single-transaction -d "$db" <"$dir/$db.dump"
  done
}

fingerprint() {
  for db in "${databases[@]}"; do
    pg psql -X -q -At -d "$db" -v ON_ERROR_STOP=1 <<SQL
SELECT format('SELECT %L || '' rows='' || count(*) || '' md5='' || md5(coalesce(string_agg(x::text, E''\\n'' ORDER BY x::text), '''')) FROM %I.%I x',
              '$db.' || table_schema || '.' || table_name, table_schema, table_name)
FROM information_schema.tables
WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
ORDER BY table_schema, table_name
\gexec
SQL
  done
}

wipe() {
  if [ -d "$home/postgres" ]; then
    local aside=$home/postgres.replaced-$(date -u +%Y%m%dT%H%M%SZ)
    mv "$home/postgres" "$aside"
    echo "The cluster that was there is in $aside"
  fi
}

case "${1:-}" in
  dump)
    pg_tools
    listening "$port" || { echo "Nothing answers on port $port: start the stack or 'backup.sh database'" >&2; exit 1; }
    dir=$(dump)
    echo "Backup written to $dir ($(du -sh "$dir" | cut -f1))"
    ;;
  restore)
    dir=${2:?backup.sh restore DIR [--wipe]}
    pg_tools
    require_stopped
    [ "${3:-}" = --wipe ] && wipe
    if [ -e "$home/postgres/PG_VERSION" ]; then
      echo "$home/postgres holds a cluster: restore goes into an empty one (add --wipe to move it aside)" >&2
      exit 1
    fi
    start_database
    trap stop_database EXIT
    restore "$dir"
    echo "Restored $dir; start the stack: deploy/local/run.sh"
    ;;
  fingerprint)
    pg_tools
    fingerprint
    ;;
  database)
    require_stopped
    exec "$JAVA_HOME/bin/java" -cp "$(jar)" -Dloader.main=io.stackup.deploy.LocalDatabase \
    org.springframework.boot.loader.launch.PropertiesLauncher
    ;;
  roundtrip)
    pg_tools
    require_stopped
    [ -e "$home/postgres/PG_VERSION" ] || { echo "No cluster in $home/postgres to back up: run the stack once" >&2; exit 1; }
    work=$(mktemp -d)
    start_database
    fingerprint >"$work/before.txt"
    dir=$(dump)
    stop_database
    wipe
    start_database
    restore "$dir"
    fingerprint >"$work/after.txt"
    stop_database
    tables=$(wc -l <"$work/before.txt")
    rows=$(awk -F' rows=' '{ split($2, n, " "); total += n[1] } END { print total }' "$work/before.txt")
    if diff -u "$work/before.txt" "$work/after.txt"; then
      echo "Round trip through $dir: identical, $tables tables, $rows rows (row counts and content hashes)"
    else
      echo "Round trip through $dir: DIFFERENT (above: before, after)" >&2
      exit 1
    fi
    ;;
  *)
    sed -n '2,/^[^#]/s/^# \{0,1\}//p' "$0"
    exit 2
    ;;
esac
