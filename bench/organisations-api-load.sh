#!/usr/bin/env bash
# The anonymous organisations API under load (issue 11, point 18): 16 connections on loopback, GET
# /api/v1/organisations?tenant=…&size=20 back to back with wrk (Debian package `wrk`: a C load generator, so the
# client takes little of the two cores). Every answer must be 200 (a 429 means the rate limit for anonymous clients,
# teilhabe.api.anonymous-rate-limit, is set too low for a benchmark). Prints p50/p95/p99 and throughput.
# Usage: bench/organisations-api-load.sh PORT [connections=16] [seconds=30] [warmupSeconds=10]
#   TENANT=landkreis-osnabrueck SIZE=20 QUERY='&q=…' to choose what is asked.
# Run it only on an idle machine (load average below 0.5): the figures of a shared machine measure the others.
set -euo pipefail
PORT=${1:?port of a running Teilhabe in demo mode}
CONNECTIONS=${2:-16}
SECONDS_MEASURED=${3:-30}
WARMUP=${4:-10}
TENANT=${TENANT:-landkreis-osnabrueck}
SIZE=${SIZE:-20}
PATH_QUERY="/api/v1/organisations?tenant=$TENANT&size=$SIZE${QUERY:-}"
BASE="http://127.0.0.1:$PORT"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
BENCH=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d /tmp/teilhabe-load-XXXXXX)
trap 'rm -rf "$WORK"' EXIT

first=$(curl -fsS "$BASE$PATH_QUERY")
[[ "$first" == *'"items"'* ]] || { echo "GET $PATH_QUERY does not answer a page of organisations" >&2; exit 1; }

cat > "$WORK/api.lua" <<LUA
dofile("$BENCH/wrk/summary.lua")
count_statuses()
request = function()
  return wrk.format("GET", "$PATH_QUERY", { ["Accept"] = "application/json" })
end
LUA

echo "machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg); $CONNECTIONS connections; GET $PATH_QUERY"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$WORK/api.lua" "$BASE/" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_MEASURED}s" -s "$WORK/api.lua" "$BASE/" | sed -n '/^requests:/,$p'
