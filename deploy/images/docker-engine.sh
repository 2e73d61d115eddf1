#!/usr/bin/env bash
# Sourced by the scripts that need a Docker engine (deploy/compose/run.sh, .ci/run): makes one answer if it can.
# This machine kind has no init system, so a missing engine is installed from Debian (docker.io, and docker-compose,
# debootstrap for the images) and dockerd is started in the background as root, its log in /var/log/stackup-dockerd.log.
# ensure_docker_engine returns 1, after saying why, when that is not possible (not root, no dockerd after installing,
# or dockerd not answering within 60 s).
ensure_docker_engine() {
  local wanted=() waited
  command -v dockerd >/dev/null 2>&1 || wanted+=(docker.io)
  command -v docker-compose >/dev/null 2>&1 || wanted+=(docker-compose)
  command -v debootstrap >/dev/null 2>&1 || wanted+=(debootstrap)
  command -v unzip >/dev/null 2>&1 || wanted+=(unzip)
  if docker info >/dev/null 2>&1 && (( ${#wanted[@]} == 0 )); then
    return 0
  fi
  if [ "$(id -u)" != 0 ]; then
    echo "No Docker engine answers, and only root may install or start one here" >&2
    return 1
  fi
  if (( ${#wanted[@]} )); then
    echo "Installing ${wanted[*]} from Debian"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${wanted[@]}" >/dev/null || return 1
  fi
  if ! docker info >/dev/null 2>&1; then
    echo "Starting dockerd (log: /var/log/stackup-dockerd.log)"
    (setsid nohup dockerd >/var/log/stackup-dockerd.log 2>&1 &)
    for waited in $(seq 1 60); do
      docker info >/dev/null 2>&1 && break
      sleep 1
    done
  fi
  if ! docker info >/dev/null 2>&1; then
    echo "dockerd did not answer within 60 s; its log ends:" >&2
    tail -n 20 /var/log/stackup-dockerd.log >&2 || true
    return 1
  fi
}
