#!/usr/bin/env bash
# Runs Stackup locally: builds what is needed, then starts PostgreSQL, Keycloak and Stackup with demo data.
#   deploy/local/run.sh                 one application instance on http://localhost:8080
#   deploy/local/run.sh --instances 2   two instances (8081, 8082) behind HAProxy on http://localhost:8080
# Ctrl-C stops everything. Data is kept under .stackup/ (delete it to start afresh).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
if [ "${1:-}" = "--instances" ] && [ "${2:-1}" != 1 ] && ! command -v haproxy >/dev/null 2>&1 \
    && [ ! -x /usr/sbin/haproxy ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing HAProxy from Debian"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
  else
    echo "Several instances need HAProxy: sudo apt-get install haproxy" >&2
    exit 1
  fi
fi
./mvnw -q -DskipTests -Dspotless.check.skip package
exec "$JAVA_HOME/bin/java" -jar deploy/target/deploy-*-local.jar platform-ui/target/stackup.jar "$@"
