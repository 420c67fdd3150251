#!/usr/bin/env bash
# The report "Migration und Integration" (issue 14): the demo Landkreis Osnabrück's default definition (a chapter per
# theme, goals and measures, a profile for each of its 34 Städte und Gemeinden, sources) generated through the API as
# HTML and PDF/UA. Target: the PDF (at least 150 pages) in under 30 s with a peak heap under 1 GB; the HTML in under
# 5 s. Uses the running Teilhabe on PORT (demo mode) or starts target/teilhabe.jar with -Xmx1g and GC logging on a
# fresh data folder (bench/wrk/platform.sh). It
# 1. waits until the shipped indicators are computed and the demo report the platform generates once after start is
#    done (its log line; with PORT only when APP_LOG names the instance's log), so that no run competes with it,
#    takes the first definition of GET /api/v1/reports (the default),
# 2. starts RUNS runs one after the other (POST /api/v1/reports/{id}/runs → 202), polls each until DONE (every 100 ms)
#    and prints the time from the POST to DONE, the chapters' progress as seen, the PDF's pages (pdfinfo) and size, and
#    the HTML's size (the first run includes the JVM's warm-up of the PDF layout),
# 3. prints the peak heap: the largest heap before a collection in the GC log (-Xlog:gc; with PORT when GC_LOG names
#    the instance's GC log) and jcmd GC.heap_info.
# A run always makes HTML and PDF; the HTML alone is timed in the JVM by
# src/test/java/de/teilhabe/reporting/render/ReportGenerationBenchmark.java
# (mvn -o -q -Dexec.skip=true -Dtest=ReportGenerationBenchmark verify; prints REPORT-BENCHMARK …).
# Under the Maven lock use flock -o (the lock's file stays with flock, not with the platform this script starts):
#   flock -o /work/mvn.lock bench/report-generation.sh
# A running instance (started outside the lock, e.g. java -Xmx1g -Xlog:gc:file=/tmp/gc.log -jar target/teilhabe.jar
# --server.port=18261 >/tmp/app.log):
#   GC_LOG=/tmp/gc.log APP_LOG=/tmp/app.log flock -o /work/mvn.lock bench/report-generation.sh 18261
# Usage: bench/report-generation.sh [PORT] [runs=3]
set -euo pipefail
RUNS=${2:-3}
WORK=$(mktemp -d /tmp/teilhabe-report-XXXXXX)
export JAVA_OPTS="${JAVA_OPTS:--Xmx1g} -Xlog:gc:file=$WORK/gc.log"
source "$(dirname "$0")/wrk/platform.sh"
trap 'stop_platform; rm -rf "$WORK"' EXIT
start_platform "${1:-}"
TOKEN=demo-token-strategie
api() { curl -fsS -H "Authorization: Bearer $TOKEN" "$@"; }

# the shipped indicators are computed while the platform serves: wait for them
until [ "$( (api "$BASE/api/v1/indicators/1-2-2/values?region=03459" 2>/dev/null || echo '[]') \
    | jq 'map(select(.value != null)) | length')" -gt 0 ]; do
  sleep 1
done
# the demo report the platform generates once after start (DemoReport): wait until it is done (at most 5 minutes)
log=${APP_LOG:-}
[ -z "$log" ] && [ -n "${PLATFORM_PID:-}" ] && log="$WORK/app.log"
if [ -n "$log" ]; then
  for _ in $(seq 1 300); do
    grep -q "the platform's run after start" "$log" 2>/dev/null && break
    sleep 1
  done
  grep -h "the platform's run after start" "$log" | sed 's/.*done/demo report after start: done/' || true
fi
definition=$(api "$BASE/api/v1/reports?size=1" | jq -r '.items[0].id')
echo "default definition: $(api "$BASE/api/v1/reports?size=1" | jq -c '.items[0] | {id, title}')"

for r in $(seq 1 "$RUNS"); do
  start=$(date +%s.%N)
  run=$(api -H 'Content-Type: application/json' -X POST "$BASE/api/v1/reports/$definition/runs" | jq -r .id)
  seen=""
  while :; do
    state=$(api "$BASE/api/v1/reports/runs/$run")
    status=$(jq -r .status <<<"$state")
    progress=$(jq -r '"\(.progress.done)/\(.progress.total)"' <<<"$state")
    [[ " $seen " == *" $progress "* ]] || seen="$seen $progress"
    case "$status" in
      DONE) break ;;
      FAILED|CANCELLED) echo "run $r: $status $(jq -r '.reason // ""' <<<"$state")" >&2; exit 1 ;;
    esac
    sleep 0.1
  done
  end=$(date +%s.%N)
  api -o "$WORK/report.pdf" "$BASE/api/v1/reports/runs/$run/document.pdf"
  api -o "$WORK/report.html" "$BASE/api/v1/reports/runs/$run/document.html"
  pages=$(pdfinfo "$WORK/report.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  printf 'run %d: POST to DONE %.1f s, %s pages, PDF %d KB, HTML %d KB, progress seen:%s\n' "$r" \
    "$(echo "$end - $start" | bc)" "${pages:-?}" $(( $(stat -c %s "$WORK/report.pdf") / 1024 )) \
    $(( $(stat -c %s "$WORK/report.html") / 1024 )) "$seen"
done

gc=${GC_LOG:-}
[ -z "$gc" ] && [ -n "${PLATFORM_PID:-}" ] && gc="$WORK/gc.log"
if [ -n "$gc" ]; then
  # "GC(12) Pause Young (Normal) (G1 Evacuation Pause) 612M->143M(1024M) 12.345ms": the heap before each collection
  peak=$(grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$gc" | sed 's/M->.*//' | sort -n | tail -1)
  echo "peak heap before a collection (GC log, whole life of the instance): ${peak:-?} MB"
  [ -n "${PLATFORM_PID:-}" ] && { jcmd "$PLATFORM_PID" GC.heap_info 2>/dev/null | head -3 || true; }
fi
echo "load average: $(cat /proc/loadavg)"
