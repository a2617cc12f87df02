#!/usr/bin/env bash
# Measures what an operator sees with the README's command (scripts/run.sh): seconds to the
# "MotCua ready" line, the JVM's CPU seconds until then, and the resident memory of the JVM and of
# mariadbd once ready. First a start of a new build on a fresh data directory (installs MariaDB's
# system tables and Camunda's schema, deploys the models, and records the build's class-data
# archive when it stops), then a restart on the same directory, then a first start of the same
# build on another fresh directory. Usage: scripts/measure-startup.sh   (after ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=ui/target/motcua/motcua.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -B -DskipTests package" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/motcua-measure.XXXXXX")
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT

measure() {
  local label=$1 data=$2 start end cpu
  start=$(date +%s.%N)
  MOTCUA_DATA_DIR="$work/$data" MOTCUA_CDS_DIR="$work/cds" SERVER_PORT=0 scripts/run.sh > "$work/$label.log" 2>&1 &
  pid=$!
  until grep -q "MotCua ready at" "$work/$label.log"; do
    kill -0 "$pid" 2>/dev/null || { echo "MotCua exited; see $work/$label.log" >&2; exit 1; }
    sleep 0.2
  done
  end=$(date +%s.%N)
  cpu=$(awk '{printf "%.1f", ($14 + $15) / 100}' "/proc/$pid/stat")
  sleep 5 # let the post-start work settle before reading memory
  local java_rss db_rss
  java_rss=$(ps -o rss= -p "$pid")
  db_rss=$(pgrep -f -- "--datadir=$work/$data/mariadb" | xargs -r ps -o rss= -p | awk '{s+=$1} END {print s+0}')
  printf '%-8s ready after %5.1f s (JVM CPU %5.1f s)   JVM RSS %5d MiB   mariadbd RSS %4d MiB\n' \
    "$label" "$(echo "$end - $start" | bc)" "$cpu" $((java_rss / 1024)) $((db_rss / 1024))
  start=$(date +%s.%N)
  kill -TERM "$pid"; wait "$pid" || true
  printf '%-8s stopped after SIGTERM in %4.1f s; mariadbd left: %d\n' "$label" \
    "$(echo "$(date +%s.%N) - $start" | bc)" "$(pgrep -fc -- "--datadir=$work/$data/mariadb" || true)"
}

measure first data
measure restart data
measure first-2 data-2
rm -rf "$work"
