# Sourced by the wrk bench scripts: BASE for a running Teilhabe (PORT given) or one started here from
# target/teilhabe.jar (JAR=… for another) on a fresh data folder in $WORK (demo mode; DATA_DIR=… for a kept one),
# stopped by stop_platform.
# Needs WORK (a temporary folder) to be set.
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# start_platform [PORT]: with a port, use the instance listening there; without, start the jar on START_PORT.
start_platform() {
  if [ -n "${1:-}" ]; then
    BASE="http://127.0.0.1:$1"
    return
  fi
  local jar=${JAR:-$BENCH/../target/teilhabe.jar} port=${START_PORT:-18240}
  [ -f "$jar" ] || { echo "$jar is missing: mvn -DskipTests package (or give the port of a running instance)" >&2; exit 1; }
  BASE="http://127.0.0.1:$port"
  TEILHABE_DATA_DIR="${DATA_DIR:-$WORK/data}" java ${JAVA_OPTS:-} -jar "$jar" --server.port="$port" >"$WORK/app.log" 2>&1 &
  PLATFORM_PID=$!
  until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$PLATFORM_PID" 2>/dev/null; then echo "the platform exited:" >&2; tail -30 "$WORK/app.log" >&2; exit 1; fi
    sleep 0.2
  done
  echo "started $jar on port $port (log: $WORK/app.log)"
}

stop_platform() {
  if [ -n "${PLATFORM_PID:-}" ]; then
    kill "$PLATFORM_PID" 2>/dev/null && wait "$PLATFORM_PID" 2>/dev/null || true
    PLATFORM_PID=
  fi
}

# wrk_run CONNECTIONS SECONDS LUA URL: wrk with two threads and the shared summary (bench/wrk/summary.lua).
wrk_run() {
  wrk -t2 -c"$1" -d"$2s" --timeout 10s -s "$3" "$4"
}
