#!/usr/bin/env bash
# Many anonymous readers at once (issue 11, "Speed where people wait"): wrk with 100 connections for 60 s, each request
# the next of 15 read endpoints of both demo tenants — the public pages (start page in German and English, Impressum,
# Datenschutz), the public API (organisations, also searched, offers, events, the iCalendar feed) and the login page.
# Prints throughput, p50/p95/p99, the answers by status class, and as errors every answer that is not 2xx/3xx (a 503
# of a saturated pool, a 429 of the rate limit, a 5xx) plus every socket error (connect, read, write, timeout > 10 s).
# Target: 0 errors, p95 under 100 ms.
# Usage: bench/read-mix-load.sh [PORT] [connections=100] [seconds=60] [warmupSeconds=10]
#   Without PORT (or with PORT=-) target/teilhabe.jar is started on a fresh data folder on START_PORT (18240).
# Run it on an idle machine (load average below 0.5); the figures of a shared machine measure the others.
set -euo pipefail
PORT=${1:--}
[ "$PORT" = - ] && PORT=
CONNECTIONS=${2:-100}
SECONDS_MEASURED=${3:-60}
WARMUP=${4:-10}
WORK=$(mktemp -d /tmp/teilhabe-read-mix-XXXXXX)
# shellcheck source=wrk/platform.sh
source "$(dirname "$0")/wrk/platform.sh"
trap 'stop_platform; rm -rf "$WORK"' EXIT
start_platform "$PORT"

LK=landkreis-osnabrueck
ST=stadt-osnabrueck
PATHS=(
  "/p/$LK/de/" "/p/$LK/en/" "/p/$ST/de/" "/p/$ST/en/" "/p/$LK/de/impressum" "/p/$ST/en/datenschutz"
  "/api/v1/organisations?tenant=$LK&size=20" "/api/v1/organisations?tenant=$ST&size=20"
  "/api/v1/organisations?tenant=$LK&q=verein&size=10"
  "/api/v1/offers?tenant=$LK" "/api/v1/offers?tenant=$ST" "/api/v1/events?tenant=$LK" "/api/v1/events?tenant=$ST"
  "/api/v1/events.ics?tenant=$LK" "/login"
)
echo "the ${#PATHS[@]} endpoints, each asked once:"
for path in "${PATHS[@]}"; do
  answer=$(curl -s -o /dev/null -w '%{http_code} %{size_download}' "$BASE$path")
  echo "  $answer bytes  GET $path"
  [[ "$answer" == 200* ]] || { echo "GET $path does not answer 200" >&2; exit 1; }
done

{
  echo "dofile(\"$BENCH/wrk/summary.lua\")"
  echo "dofile(\"$BENCH/wrk/paths.lua\")"
  echo "count_statuses()"
  echo "local paths = {"
  printf '  "%s",\n' "${PATHS[@]}"
  echo "}"
  # the threads start at different endpoints
  echo "ask_in_turn(paths, nil, 7)"
} > "$WORK/mix.lua"

echo "machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg); $CONNECTIONS connections," \
  "${SECONDS_MEASURED} s after ${WARMUP} s of warm-up"
wrk_run "$CONNECTIONS" "$WARMUP" "$WORK/mix.lua" "$BASE" >/dev/null
wrk_run "$CONNECTIONS" "$SECONDS_MEASURED" "$WORK/mix.lua" "$BASE" | sed -n '/^requests:/,$p'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
