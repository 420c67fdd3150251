#!/usr/bin/env bash
# OParl 1.1 lists at benchmark size (issue 18, Performance: OParl list endpoints p95 under 20 ms at 16 connections with
# 10 years of meetings). The data is the council's demo data seeded with ten years of meetings instead of three
# (-Dteilhabe.bench.council-years=10, read by council.demo.DemoCouncil; demo mode): about 175 meetings, 1 100 agenda
# items, 400 papers and 700 files of the Landkreis Osnabrück. The script walks every list of the body with limit=100
# following links.next (so it asks the first page and every page in the middle by after=<id>), checks the answers, then
# measures each list with wrk: every page of that list in turn, anonymously (as OParl clients read), one phase per list
# after its own warm-up, printing throughput and p50/p95/p99 (bench/wrk/summary.lua) and the load average.
# wrk asks as a real OParl client does, with "Accept-Encoding: gzip" (the answers are kept compressed beside the plain
# bytes, CachedOParlAnswers): ENCODING=identity measures the plain answers (ENCODING=gzip is the default). Each list
# prints the bytes of its pages as sent with that encoding and plain.
# Usage: bench/oparl-load.sh [PORT|-] [connections=16] [seconds=20] [warmupSeconds=5]
#   Without PORT (or with -) target/teilhabe.jar is started with the ten-year seed on START_PORT (18240) and a fresh
#   data folder (DATA_DIR=dir keeps it; the seed runs once, on the first start, while the platform serves).
#   With PORT: a running instance in demo mode started with -Dteilhabe.bench.council-years=10 on a fresh data folder.
#   LISTS="meetings papers …" (default all ten); BODY (default landkreis-osnabrueck); MIN_MEETINGS the number of
#   meetings to wait for (default 150; 0 to take the data as it is); SETTLE seconds to wait after a start of its own
#   before measuring (default 45: the start-up work that runs while serving would share the cores); SEED_ONLY=1: seed,
#   print the figures of the data and stop; ENCODING (gzip or identity, above). JAR, JAVA_OPTS, START_PORT as in
#   bench/wrk/platform.sh.
# Run it for the record only on an idle machine (load average below 0.5); the figures are the lead's to record.
set -euo pipefail
PORT=${1:--}
[ "$PORT" = - ] && PORT=
CONNECTIONS=${2:-16}
SECONDS_MEASURED=${3:-20}
WARMUP=${4:-5}
BODY=${BODY:-landkreis-osnabrueck}
LISTS=${LISTS:-organizations persons meetings papers legislative-terms memberships agenda-items files consultations locations}
MIN_MEETINGS=${MIN_MEETINGS:-150}
ENCODING=${ENCODING:-gzip}
case "$ENCODING" in gzip | identity) ;; *) echo "ENCODING is gzip or identity, not $ENCODING" >&2; exit 1 ;; esac
WORK=$(mktemp -d /tmp/teilhabe-oparl-XXXXXX)
# shellcheck source=wrk/platform.sh
source "$(dirname "$0")/wrk/platform.sh"
trap 'stop_platform; rm -rf "$WORK"' EXIT
JAVA_OPTS="${JAVA_OPTS:-} -Dteilhabe.bench.council-years=${YEARS:-10}"
command -v jq >/dev/null || { echo "jq is missing: apt-get install jq" >&2; exit 1; }
started=$(date +%s)
start_platform "$PORT"
ROOT="/oparl/v1.1/bodies/$BODY"

total() { curl -fsS "$BASE$ROOT/$1?limit=1" 2>/dev/null | jq -r '.pagination.totalElements // 0' || echo 0; }
meetings=$(total meetings)
until [ "$meetings" -ge "$MIN_MEETINGS" ]; do
  if [ -n "${PLATFORM_PID:-}" ] && ! kill -0 "$PLATFORM_PID" 2>/dev/null; then
    echo "the platform exited:" >&2; tail -30 "$WORK/app.log" >&2; exit 1
  fi
  if [ $(( $(date +%s) - started )) -gt 600 ]; then
    echo "after 600 s the body has $meetings meetings, not $MIN_MEETINGS (started with -Dteilhabe.bench.council-years=10" \
      "on a fresh data folder?)" >&2; exit 1
  fi
  sleep 2
  meetings=$(total meetings)
  echo "  $(( $(date +%s) - started )) s: $meetings meetings"
done
echo "data of $BODY after $(( $(date +%s) - started )) s:"
for list in $LISTS; do echo "  $list: $(total "$list")"; done
[ -n "${PLATFORM_PID:-}" ] && grep -o 'Council demo data: .*' "$WORK/app.log" | head -1 || true
[ -n "${SEED_ONLY:-}" ] && exit 0
if [ -n "${PLATFORM_PID:-}" ]; then
  echo "waiting ${SETTLE:-45} s for the start-up work that runs while serving (SETTLE=seconds)"; sleep "${SETTLE:-45}"
fi

# walk LIST: every page of the list with limit=100, following links.next (the pages after the first by after=<id>);
# prints the paths, fails on any answer but 200 or a page without data
walk() {
  local next="$ROOT/$1?limit=100" page
  while [ -n "$next" ]; do
    echo "$next"
    page=$(curl -fsS "$BASE$next") || { echo "GET $next failed" >&2; return 1; }
    jq -e '.data | type == "array"' <<<"$page" >/dev/null || { echo "GET $next: no data" >&2; return 1; }
    next=$(jq -r '.links.next // empty' <<<"$page" | sed -E 's#^https?://[^/]+##')
  done
}

# lua LIST PATH...: a wrk script asking the paths in turn, each thread starting elsewhere
lua() {
  local name=$1; shift
  {
    echo "dofile(\"$BENCH/wrk/summary.lua\")"
    echo "dofile(\"$BENCH/wrk/paths.lua\")"
    echo "count_statuses()"
    echo "local paths = {"
    printf '  "%s",\n' "$@"
    echo "}"
    echo "ask_in_turn(paths, { [\"Accept\"] = \"application/json\", [\"Accept-Encoding\"] = \"$ENCODING\" }, 7)"
  } > "$WORK/$name.lua"
}

# bytes ENCODING PATH...: the sum of the answers' sizes as sent with that Accept-Encoding
bytes() {
  local encoding=$1 sum=0 size path; shift
  for path in "$@"; do
    size=$(curl -fsS -o /dev/null -H "Accept-Encoding: $encoding" -w '%{size_download}' "$BASE$path")
    sum=$(( sum + size ))
  done
  echo "$sum"
}

echo "machine: $(nproc) cores; Accept-Encoding: $ENCODING"
for list in $LISTS; do
  mapfile -t pages < <(walk "$list")
  [ "${#pages[@]}" -gt 0 ] || { echo "no pages of $list" >&2; exit 1; }
  lua "$list" "${pages[@]}"
  echo
  echo "== $list: ${#pages[@]} pages of 100 in turn (the first and $(( ${#pages[@]} - 1 )) by after=);" \
    "$CONNECTIONS connections, ${SECONDS_MEASURED} s after ${WARMUP} s of warm-up"
  echo "bytes of the pages: $(bytes "$ENCODING" "${pages[@]}") sent ($ENCODING), $(bytes identity "${pages[@]}") plain"
  wrk_run "$CONNECTIONS" "$WARMUP" "$WORK/$list.lua" "$BASE" >/dev/null
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  wrk_run "$CONNECTIONS" "$SECONDS_MEASURED" "$WORK/$list.lua" "$BASE" | sed -n '/^requests:/,$p'
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
done
