#!/usr/bin/env bash
# Start-up to healthy with the embedded PostgreSQL and demo data.
# Builds target/teilhabe.jar once, then starts it RUNS times on a fresh data folder and RUNS times on an existing one,
# measuring from the launch of `java -jar` until /actuator/health answers UP. Prints each time and the medians.
# Usage: bench/startup.sh [runs=5] [port=18231]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
PORT=${2:-18231}
WORK=$(mktemp -d /tmp/teilhabe-bench-XXXXXX)
trap 'kill "${PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

if [ ! -f target/teilhabe.jar ] || [ "${REBUILD:-0}" = 1 ]; then
  mvn -q -B -DskipTests package
fi

now_ms() { date +%s%3N; }

# Starts the jar on data folder $1, prints the milliseconds until healthy, stops it cleanly.
start_once() {
  local data=$1 started healthy
  started=$(now_ms)
  TEILHABE_DATA_DIR="$data" java -jar target/teilhabe.jar --server.port="$PORT" >"$WORK/app.log" 2>&1 &
  PID=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$PID" 2>/dev/null; then echo "the application exited; see $WORK/app.log" >&2; cat "$WORK/app.log" >&2; exit 1; fi
    sleep 0.05
  done
  healthy=$(now_ms)
  kill "$PID"; wait "$PID" 2>/dev/null || true
  PID=
  echo $((healthy - started))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
fresh=(); existing=()
for i in $(seq "$RUNS"); do
  ms=$(start_once "$WORK/fresh-$i"); fresh+=("$ms"); echo "fresh data folder    run $i: ${ms} ms"
done
for i in $(seq "$RUNS"); do
  ms=$(start_once "$WORK/fresh-1"); existing+=("$ms"); echo "existing data folder run $i: ${ms} ms"
done
echo "median fresh:    $(printf '%s\n' "${fresh[@]}" | median) ms"
echo "median existing: $(printf '%s\n' "${existing[@]}" | median) ms"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
