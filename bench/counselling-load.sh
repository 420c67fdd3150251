#!/usr/bin/env bash
# The Beratungsstelle at full size (issue 16, Performance: case list and client search p95 under 50 ms with 50 000
# clients and 500 000 contacts, encryption on). The data is seeded inside the platform by the bench-only start-up task
# counselling.demo.BenchSeed (on with -Dteilhabe.bench.counselling-seed=true, demo mode only): CLIENTS clients (default
# 50 000, names of the main countries of origin in several transliterations), their 13 encrypted fields and hashed
# name keys through the module's own ClientStore, CASES cases (60 000) and CONTACTS contacts (500 000, summaries
# encrypted), of which OWN clients (2 000) and their cases belong to Berna Beratung (`beratung`), the rest to 24 other
# counsellors. Then wrk (Debian package `wrk`) with Berna Beratung's API token (demo-token-beratung), one phase after
# the other, each after its own warm-up:
#   search  GET /api/v1/counselling/clients?q=<name>   names in turn, in several transliterations, one and two parts
#   mine    GET /api/v1/counselling/clients            her own clients by name (first page)
#   client  GET /api/v1/counselling/clients/{id}       100 of her clients in turn
#   cases   GET /api/v1/counselling/cases?status=OPEN  her open cases (skipped with a message while it answers 404)
# Each phase prints throughput, p50/p95/p99, errors (bench/wrk/summary.lua) and the load average before and after.
# Usage: bench/counselling-load.sh [PORT|-] [connections=16] [seconds=30] [warmupSeconds=10]
#   Without PORT (or with -) target/teilhabe.jar is started with the seed switched on, on START_PORT (18240) and a fresh
#   data folder (DATA_DIR=dir keeps it: a second run on it starts in seconds, the seed sees its clients and is
#   skipped); the seed takes a few minutes (progress from the platform's log).
#   With PORT: a running instance in demo mode started with -Dteilhabe.bench.counselling-seed=true; the script waits
#   until its seed is done (it commits in one transaction: Berna Beratung's list reaches OWN clients at once).
#   SEED_ONLY=1: seed, print the figures of the data and stop (leave the instance running when PORT was given).
#   PHASES="search mine client cases" (default all); JAR, JAVA_OPTS, START_PORT as in bench/wrk/platform.sh; SETTLE
#   seconds to wait after a start of its own before measuring (default 45: the demo report renders while serving).
# Indicative figures on a shared machine: hold the Maven lock around the measuring (the seed outside it), e.g.
#   DATA_DIR=/tmp/cbench-data SEED_ONLY=1 bench/counselling-load.sh -          # once: seed and stop
#   flock -o /work/mvn.lock bench/counselling-load.sh - 16 30 10              # with DATA_DIR set again
# Run it for the record only on an idle machine (load average below 0.5).
set -euo pipefail
PORT=${1:--}
[ "$PORT" = - ] && PORT=
CONNECTIONS=${2:-16}
SECONDS_MEASURED=${3:-30}
WARMUP=${4:-10}
CLIENTS=${CLIENTS:-50000}
OWN=${OWN:-2000}
CASES=${CASES:-60000}
CONTACTS=${CONTACTS:-500000}
PHASES=${PHASES:-search mine client cases}
WORK=$(mktemp -d /tmp/teilhabe-counselling-XXXXXX)
# shellcheck source=wrk/platform.sh
source "$(dirname "$0")/wrk/platform.sh"
trap 'stop_platform; rm -rf "$WORK"' EXIT
JAVA_OPTS="${JAVA_OPTS:-} -Dteilhabe.bench.counselling-seed=true -Dteilhabe.bench.counselling-clients=$CLIENTS
  -Dteilhabe.bench.counselling-own=$OWN -Dteilhabe.bench.counselling-cases=$CASES
  -Dteilhabe.bench.counselling-contacts=$CONTACTS"
started=$(date +%s)
start_platform "$PORT"
TOKEN=demo-token-beratung
api() { curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Accept: application/json' "$@"; }

# the seed is done when Berna Beratung's own list holds her bench clients (one transaction: all or nothing)
own=0
until [ "$own" -ge "$OWN" ]; do
  if [ -n "${PLATFORM_PID:-}" ] && ! kill -0 "$PLATFORM_PID" 2>/dev/null; then
    echo "the platform exited:" >&2; tail -30 "$WORK/app.log" >&2; exit 1
  fi
  if [ -n "${PLATFORM_PID:-}" ] && grep -q 'ERROR.*bench seed\|Task counselling bench seed failed' "$WORK/app.log"; then
    echo "the seed failed:" >&2; grep -A20 'bench seed' "$WORK/app.log" | tail -30 >&2; exit 1
  fi
  sleep 5
  own=$(api "$BASE/api/v1/counselling/clients?size=1" 2>/dev/null | jq -r '.totalItems // 0' || echo 0)
  progress=""
  [ -n "${PLATFORM_PID:-}" ] && progress=$(grep -o 'Counselling bench seed: .*' "$WORK/app.log" | tail -1 || true)
  echo "  $(( $(date +%s) - started )) s: Berna Beratung reads $own clients ${progress:+($progress)}"
done
[ -n "${PLATFORM_PID:-}" ] && grep -o 'Counselling bench seed: done.*\|Counselling bench seed: seeded already' "$WORK/app.log" || true
echo "ready after $(( $(date +%s) - started )) s: Berna Beratung reads $own clients"

NAMES=(
  "Mohammed" "Muhammad" "Mohamad" "Ahmad" "Ahmed" "Yusuf" "Youssef" "Hussein" "Husain" "Hosseini" "Husseini"
  "Shevchenko" "Schewtschenko" "Kovalenko" "Kowalenko" "Yilmaz" "Yılmaz" "Çelik" "Celik" "Fatima" "Fatma" "Zainab"
  "Zeynep" "Tesfamariam" "Gebremedhin" "Popescu" "Iwanow" "Ivanov" "Mohammed Haddad" "Muhammad Al-Hassan"
  "Mohamad Alhassan" "Fatima Ahmadi" "Olena Kovalenko" "Jelena Kowalenko" "Ali Karimi" "Zahra Rezaei" "Sahra Rezai"
  "Ayşe Yılmaz" "Ayse Yilmaz" "Yonas Haile" "Khaled Darwish" "Chalid Darwisch" "Iryna Tkachenko" "Irina Tkatschenko"
  "Abdirahman Warsame" "Nour Khalil" "Reza Jafari" "Resa Djafari" "Oksana" "Mahmoud"
)
SEARCH=()
for name in "${NAMES[@]}"; do SEARCH+=("/api/v1/counselling/clients?q=$(jq -rn --arg n "$name" '$n|@uri')"); done
CLIENT=()
for page in 0 1 2 3 4; do
  while read -r id; do CLIENT+=("/api/v1/counselling/clients/$id"); done \
    < <(api "$BASE/api/v1/counselling/clients?size=20&page=$page" | jq -r '.items[].id')
done
echo "data: $(api "$BASE/api/v1/counselling/clients?size=1" | jq -r .totalItems) clients of Berna Beratung;" \
  "what the search finds (all of the tenant, hers with names):"
for (( i = 0; i < ${#NAMES[@]}; i += 1 )); do
  answer=$(api "$BASE${SEARCH[$i]}&size=100")
  echo "  ${NAMES[$i]}: $(jq -r .totalItems <<<"$answer") found, $(jq '[.items[] | select(.access != "NONE")] | length' <<<"$answer") readable on the first 100"
done
if [ -z "${SEED_ONLY:-}" ] && [ -n "${PLATFORM_PID:-}" ]; then
  # the platform's while-serving start-up work (the demo report of 200 pages, about 20 s of CPU) would share the cores
  echo "waiting ${SETTLE:-45} s for the start-up work that runs while serving (SETTLE=seconds)"; sleep "${SETTLE:-45}"
fi
[ -n "${SEED_ONLY:-}" ] && { [ -n "${PLATFORM_PID:-}" ] && echo "seeded; stopping (data: ${DATA_DIR:-not kept})"; exit 0; }

# lua PHASE PATH...: a wrk script asking the paths in turn with the token
lua() {
  local phase=$1; shift
  {
    echo "dofile(\"$BENCH/wrk/summary.lua\")"
    echo "dofile(\"$BENCH/wrk/paths.lua\")"
    echo "count_statuses()"
    echo "local paths = {"
    printf '  "%s",\n' "$@"
    echo "}"
    echo "ask_in_turn(paths, { [\"Authorization\"] = \"Bearer $TOKEN\", [\"Accept\"] = \"application/json\" }, 13)"
  } > "$WORK/$phase.lua"
}

measure() { # measure PHASE DESCRIPTION PATH...
  local phase=$1 description=$2; shift 2
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$BASE$1")
  if [ "$status" = 404 ] && [ "$phase" = cases ]; then
    echo; echo "== $phase: GET $1 answers 404 (the case list is not built on this jar yet): skipped"; return
  fi
  [ "$status" = 200 ] || { echo "GET $1 answers $status" >&2; exit 1; }
  lua "$phase" "$@"
  echo
  echo "== $phase: $description ($# paths in turn); $CONNECTIONS connections, ${SECONDS_MEASURED} s after ${WARMUP} s of warm-up"
  wrk_run "$CONNECTIONS" "$WARMUP" "$WORK/$phase.lua" "$BASE" >/dev/null
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  wrk_run "$CONNECTIONS" "$SECONDS_MEASURED" "$WORK/$phase.lua" "$BASE" | sed -n '/^requests:/,$p'
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
}

echo "machine: $(nproc) cores"
for phase in $PHASES; do
  case $phase in
    search) measure search "client search, ${#NAMES[@]} names" "${SEARCH[@]}" ;;
    mine) measure mine "her own clients, first page" "/api/v1/counselling/clients" ;;
    client) measure client "one client's data" "${CLIENT[@]}" ;;
    cases) measure cases "her open cases, first page" "/api/v1/counselling/cases?status=OPEN" ;;
    *) echo "unknown phase $phase (search, mine, client, cases)" >&2; exit 1 ;;
  esac
done
