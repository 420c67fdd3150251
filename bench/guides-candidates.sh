#!/usr/bin/env bash
# The candidates of a Begleitanfrage under load (issue 15, Performance: GET /api/v1/guide-requests/{id}/candidates p95
# under 20 ms at 16 connections on a realistic pool). Seeds through the real API with the demo coordinator's token
# (demo-token-koordination): GUIDES active guides (default 300; each speaks German and two of the languages of the
# Landkreis, lives in one of its Gemeinden and covers three more, is available on weekdays) and OPEN requests (default
# 100) in the coming four weeks, plus HISTORY requests (default 50) commissioned to their cheapest candidate so that
# the guides have live assignments and a load this month. Then wrk (Debian package `wrk`) asks the candidates of
# ROTATE (default 20) of the open requests in turn. Prints throughput and p50/p95/p99 (bench/wrk/summary.lua).
# Usage: bench/guides-candidates.sh PORT [connections=16] [seconds=30] [warmupSeconds=10]
#   PORT of a running Teilhabe in demo mode (a fresh data folder: the seeded guides stay).
#   LUA_OUT=file: seed, write the wrk script (the ROTATE requests' candidates in turn) there and stop, e.g. to seed
#   two instances outside the Maven lock and measure them side by side inside it with
#   `wrk -t2 -c16 -d30s --timeout 10s -s file http://127.0.0.1:PORT`.
# Run it only on an idle machine (load average below 0.5): the figures of a shared machine measure the others.
set -euo pipefail
PORT=${1:?port of a running Teilhabe in demo mode}
CONNECTIONS=${2:-16}
SECONDS_MEASURED=${3:-30}
WARMUP=${4:-10}
GUIDES=${GUIDES:-300}
OPEN=${OPEN:-100}
HISTORY=${HISTORY:-50}
ROTATE=${ROTATE:-20}
WORK=$(mktemp -d /tmp/teilhabe-guides-XXXXXX)
# shellcheck source=wrk/platform.sh
source "$(dirname "$0")/wrk/platform.sh"
trap 'rm -rf "$WORK"' EXIT
start_platform "$PORT"
TOKEN=demo-token-koordination
api() { curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }
id_of() { grep -o '"id":"[0-9a-f-]*"' | head -1 | sed 's/"id":"//;s/"$//'; }

GEMEINDEN=(002 003 004 008 010 012 014 015 017 019 021 024 030 033)
LANGUAGES=(ar ti prs fa uk ru tr kmr ckb pl ro so en)
TOPICS=(ORIENTATION AUTHORITY HOUSING CULTURAL_MEDIATION LANGUAGE_SUPPORT OTHER)
LEVELS=(NATIVE C2 C1 B2 B1 A2)
MOBILITY=(WALK BICYCLE PUBLIC_TRANSPORT CAR)
inspected=$(date -d '-1 year' +%F)

seed_guides() { # seed_guides FROM STEP: every STEP-th guide from FROM
  local i g
  for (( i = $1; i < GUIDES; i += $2 )); do
    local n=${#GEMEINDEN[@]} l=${#LANGUAGES[@]}
    local home=${GEMEINDEN[$(( i % n ))]}
    g=$(api -X POST "$BASE/api/v1/guides" -d "{\"name\": \"Lotsin Last $i\", \"homeRegion\": \"03459$home\",
      \"gemeinden\": [\"03459${GEMEINDEN[$(( (i + 1) % n ))]}\", \"03459${GEMEINDEN[$(( (i + 2) % n ))]}\",
        \"03459${GEMEINDEN[$(( (i + 4 + i / n % 9) % n ))]}\"],
      \"mobility\": \"${MOBILITY[$(( i % 4 ))]}\", \"topics\": [\"${TOPICS[$(( i % 6 ))]}\", \"${TOPICS[$(( (i + 2) % 6 ))]}\"],
      \"languages\": [{\"code\": \"${LANGUAGES[$(( i % l ))]}\", \"level\": \"NATIVE\"},
        {\"code\": \"${LANGUAGES[$(( (i + 1 + i / l % 11) % l ))]}\", \"level\": \"${LEVELS[$(( i % 6 ))]}\"},
        {\"code\": \"de\", \"level\": \"${LEVELS[$(( (i + 1) % 6 ))]}\"}],
      \"availability\": [{\"day\": \"MONDAY\", \"starts\": \"08:00\", \"ends\": \"18:00\"},
        {\"day\": \"TUESDAY\", \"starts\": \"08:00\", \"ends\": \"18:00\"},
        {\"day\": \"WEDNESDAY\", \"starts\": \"08:00\", \"ends\": \"18:00\"},
        {\"day\": \"THURSDAY\", \"starts\": \"08:00\", \"ends\": \"18:00\"},
        {\"day\": \"FRIDAY\", \"starts\": \"08:00\", \"ends\": \"16:00\"}],
      \"certificateInspectedOn\": \"$inspected\", \"certificateNoRelevantEntry\": true}" | id_of)
    for state in FIRST_CONVERSATION TRAINED CERTIFICATE_INSPECTED ACTIVE; do
      api -o /dev/null -X POST "$BASE/api/v1/guides/$g/state" -d "{\"state\": \"$state\"}"
    done
  done
}

request_body() { # request_body I: a request on a weekday of the coming four weeks
  local i=$1 day
  day=$(( 1 + (i * 3) % 28 ))
  while [ "$(date -d "+$day days" +%u)" -gt 5 ]; do day=$(( day + 1 )); done
  local hour=$(( 8 + i % 7 ))
  printf '{"topic": "%s", "languages": ["%s"], "gemeinde": "03459%s", "place": "Rathaus", "date": "%s",
    "starts": "%02d:00", "ends": "%02d:30", "contactReference": "Last-%d", "brief": "Termin beim Amt"}' \
    "${TOPICS[$(( i % 6 ))]}" "${LANGUAGES[$(( i % ${#LANGUAGES[@]} ))]}" "${GEMEINDEN[$(( (i * 5) % ${#GEMEINDEN[@]} ))]}" \
    "$(date -d "+$day days" +%F)" "$hour" "$(( hour + 1 ))" "$(( i % 40 ))"
}

started=$(date +%s)
pids=()
for worker in 0 1 2 3; do seed_guides "$worker" 4 & pids+=($!); done
wait "${pids[@]}"
for (( i = 0; i < HISTORY; i++ )); do
  r=$(api -X POST "$BASE/api/v1/guide-requests" -d "$(request_body $(( i + 1000 )))" | id_of)
  g=$(api "$BASE/api/v1/guide-requests/$r/candidates" | grep -o '"guideId":"[0-9a-f-]*"' | head -1 | sed 's/.*:"//;s/"$//')
  [ -n "$g" ] && api -o /dev/null -X POST "$BASE/api/v1/guide-requests/$r/assignments" -d "{\"guideId\": \"$g\"}"
done
open=()
for (( i = 0; i < OPEN; i++ )); do
  open+=("$(api -X POST "$BASE/api/v1/guide-requests" -d "$(request_body "$i")" | id_of)")
done
echo "seeded $GUIDES active guides, $HISTORY commissioned and $OPEN open requests in $(( $(date +%s) - started )) s"

paths=()
for (( i = 0; i < ROTATE && i < ${#open[@]}; i++ )); do
  path="/api/v1/guide-requests/${open[$i]}/candidates"
  count=$(api "$BASE$path" | grep -o '"guideId"' | wc -l)
  echo "  $count candidates: GET $path"
  paths+=("$path")
done
{
  echo "dofile(\"$BENCH/wrk/summary.lua\")"
  echo "dofile(\"$BENCH/wrk/paths.lua\")"
  echo "count_statuses()"
  echo "local paths = {"
  printf '  "%s",\n' "${paths[@]}"
  echo "}"
  echo "ask_in_turn(paths, { [\"Authorization\"] = \"Bearer $TOKEN\", [\"Accept\"] = \"application/json\" })"
} > "$WORK/candidates.lua"

if [ -n "${LUA_OUT:-}" ]; then cp "$WORK/candidates.lua" "$LUA_OUT"; echo "wrk script: $LUA_OUT"; exit 0; fi
echo "machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg); $CONNECTIONS connections," \
  "${SECONDS_MEASURED} s after ${WARMUP} s of warm-up, the candidates of ${#paths[@]} requests in turn"
wrk_run "$CONNECTIONS" "$WARMUP" "$WORK/candidates.lua" "$BASE" >/dev/null
wrk_run "$CONNECTIONS" "$SECONDS_MEASURED" "$WORK/candidates.lua" "$BASE" | sed -n '/^requests:/,$p'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
