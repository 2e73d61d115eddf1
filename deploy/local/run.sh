#!/usr/bin/env bash
# Runs Stackup locally: builds what is needed, then starts PostgreSQL, Keycloak and Stackup with demo data.
# Ctrl-C stops everything. Data is kept under .stackup/ (delete it to start afresh).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
./mvnw -q -DskipTests -Dspotless.check.skip package
exec "$JAVA_HOME/bin/java" -jar deploy/target/deploy-*-local.jar platform-ui/target/stackup.jar
