#!/usr/bin/env bash
# Start-up to healthy with the embedded PostgreSQL and demo data, with and without class data sharing.
# Builds target/teilhabe.jar once (REBUILD=1 forces it; MVN replaces the Maven command), then starts it RUNS times
# on a fresh data folder and RUNS times on an existing one per mode, measuring from the launch of `java` until
# /actuator/health answers UP. Prints each time and the medians per mode.
# Modes (MODES, default "plain cds"):
#   plain      java -jar target/teilhabe.jar (the fat jar)
#   extracted  java -jar <extracted>/teilhabe.jar (java -Djarmode=tools -jar target/teilhabe.jar extract)
#   cds        the extracted jar with -XX:SharedArchiveFile, the archive made by one training run first
#              (-XX:ArchiveClassesAtExit with --teilhabe.startup.exit-when-ready=true), as docs/operations.md says
#   plain25    java -jar target/teilhabe.jar on JDK 25 (JAVA25, default /usr/lib/jvm/temurin-25-jdk-amd64/bin/java)
#   aot        the extracted jar on JDK 25 with -XX:AOTCache, the cache made by one training run first
#              (-XX:AOTCacheOutput with --teilhabe.startup.exit-when-ready=true: classes loaded and linked, method
#              profiles), as docs/operations.md says for the production start
#   cds-c1     cds with -XX:TieredStopAtLevel=1 (C1 only; costs peak throughput, see bench/README.md)
#   script     bin/start.sh (the documented start: on JDK 25 the AOT cache) with JAVA=$JAVA25, on a copy of the jar;
#              its training run (bin/start.sh … --prepare-only) is made first
# JAVA_OPTS adds options to every mode's java command line (experiments: e.g. JAVA_OPTS=-XX:+UseSerialGC).
# The runs of the modes alternate, so that a change of the machine's load hits all of them alike.
# JAR measures another build of the jar (default target/teilhabe.jar; the cds mode needs one that knows
# teilhabe.startup.exit-when-ready).
# Usage: bench/startup.sh [runs=5] [port=18231]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
PORT=${2:-18231}
MODES=${MODES:-plain cds}
JAR=${JAR:-target/teilhabe.jar}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAVA_OPTS=${JAVA_OPTS:-}
WORK=$(mktemp -d /tmp/teilhabe-bench-XXXXXX)
PID=
trap 'if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT

if [ "$JAR" = target/teilhabe.jar ] && { [ ! -f "$JAR" ] || [ "${REBUILD:-0}" = 1 ]; }; then
  ${MVN:-mvn} -q -B -DskipTests package
fi

now_ms() { date +%s%3N; }

# The extracted jar keeps the name of the jar it came from.
APP_JAR="$WORK/app/$(basename "$JAR")"

# The java command line of a mode (without the data folder, which is given as TEILHABE_DATA_DIR).
launch() {
  case $1 in
    plain) echo "java $JAVA_OPTS -jar $JAR" ;;
    extracted) echo "java $JAVA_OPTS -jar $APP_JAR" ;;
    cds) echo "java -XX:SharedArchiveFile=$WORK/app/teilhabe.jsa $JAVA_OPTS -jar $APP_JAR" ;;
    cds-c1) echo "java -XX:SharedArchiveFile=$WORK/app/teilhabe.jsa -XX:TieredStopAtLevel=1 $JAVA_OPTS -jar $APP_JAR" ;;
    plain25) echo "$JAVA25 $JAVA_OPTS -jar $JAR" ;;
    aot) echo "$JAVA25 -XX:AOTCache=$WORK/app/teilhabe.aot $JAVA_OPTS -jar $APP_JAR" ;;
    script) echo "env JAVA=$JAVA25 bin/start.sh $WORK/script/teilhabe.jar" ;;
    *) echo "unknown mode $1" >&2; exit 2 ;;
  esac
}

# CPU time of process $1 and its finished children (initdb, pg_ctl; not the PostgreSQL server) in milliseconds.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15 + $16 + $17) * 1000 / hz)}' "/proc/$1/stat"; }

# Whether the start logged in $1 has prepared everything: the runner logs "Start-up preparation done" (or "…finished
# with failures") when work went on after healthy, and "Still preparing while serving" right after "Teilhabe is
# ready" when there is such work at all.
prepared() {
  grep -q 'Start-up preparation done\|Start-up preparation finished' "$1" && return 0
  grep -q 'Teilhabe is ready' "$1" || return 1
  sleep 0.5
  ! grep -q 'Still preparing while serving' "$1"
}

# Starts mode $1 on data folder $2, prints the milliseconds until healthy and the CPU milliseconds the JVM used
# until then (on a busy machine the wall clock mostly measures the others; the CPU time much less), stops it cleanly.
start_once() {
  local mode=$1 data=$2 started healthy cpu
  started=$(now_ms)
  # shellcheck disable=SC2046
  TEILHABE_DATA_DIR="$data" $(launch "$mode") --server.port="$PORT" >"$WORK/app.log" 2>&1 &
  PID=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$PID" 2>/dev/null; then echo "the application exited; see $WORK/app.log" >&2; cat "$WORK/app.log" >&2; exit 1; fi
    sleep 0.05
  done
  healthy=$(now_ms)
  cpu=$(cpu_ms "$PID")
  # Healthy comes before the reference statistics and shipped indicators are prepared (they are prepared while the
  # platform serves): wait for that too before stopping, so that the next start finds a complete folder, and print
  # how long the preparation took after healthy (stderr, beside the figure).
  local waited=0
  until prepared "$WORK/app.log"; do
    sleep 0.2; waited=$((waited + 1))
    [ "$waited" -lt 1500 ] || { echo "no end of the preparation after 300 s; see $WORK/app.log" >&2; break; }
  done
  echo "  ($mode: prepared $(( $(now_ms) - healthy )) ms after healthy)" >&2
  kill "$PID"; wait "$PID" 2>/dev/null || true
  PID=
  echo "$((healthy - started)) $cpu"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
has_mode() { [[ " $MODES " == *" $1 "* ]]; }
if has_mode plain25 || has_mode aot || has_mode script; then echo "java 25: $("$JAVA25" -version 2>&1 | head -1)"; fi
if has_mode extracted || has_mode cds || has_mode cds-c1 || has_mode aot; then
  java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
fi
# One training run on a fresh folder that stops by itself when everything is prepared: $1 names it, $2 is the java
# command, $3 the option that writes the archive or cache, $4 the file written.
train() {
  local started
  started=$(now_ms)
  rm -rf "$WORK/training"
  TEILHABE_DATA_DIR="$WORK/training" $2 "$3" $JAVA_OPTS -jar "$APP_JAR" \
    --server.port="$PORT" --teilhabe.startup.exit-when-ready=true >"$WORK/training-$1.log" 2>&1 \
    || { echo "the $1 training run failed; see $WORK/training-$1.log" >&2; cat "$WORK/training-$1.log" >&2; exit 1; }
  [ -f "$4" ] || { echo "the $1 training run wrote no $4" >&2; cat "$WORK/training-$1.log" >&2; exit 1; }
  echo "$1 training run: $(($(now_ms) - started)) ms, $(basename "$4") $(du -m "$4" | cut -f1) MB"
}
if has_mode cds || has_mode cds-c1; then
  train cds java -XX:ArchiveClassesAtExit="$WORK/app/teilhabe.jsa" "$WORK/app/teilhabe.jsa"
fi
if has_mode aot; then
  train aot "$JAVA25" -XX:AOTCacheOutput="$WORK/app/teilhabe.aot" "$WORK/app/teilhabe.aot"
fi
if has_mode script; then
  mkdir -p "$WORK/script" && cp "$JAR" "$WORK/script/teilhabe.jar"
  started=$(now_ms)
  JAVA=$JAVA25 bin/start.sh "$WORK/script/teilhabe.jar" --prepare-only
  [ -f "$WORK/script/app/trained-for" ] || { echo "bin/start.sh made no cache" >&2; cat "$WORK/script/app/training.log" >&2; exit 1; }
  echo "bin/start.sh training run: $(($(now_ms) - started)) ms"
fi
declare -A fresh existing fresh_cpu existing_cpu
for i in $(seq "$RUNS"); do
  for mode in $MODES; do
    read -r ms cpu < <(start_once "$mode" "$WORK/$mode-$i"); [ -n "$ms" ] || exit 1; fresh[$mode]+="$ms "; fresh_cpu[$mode]+="$cpu "
    printf '%-9s fresh data folder    run %s: %6s ms, JVM CPU %6s ms (load %s)\n' "$mode" "$i" "$ms" "$cpu" \
      "$(cut -d' ' -f1 /proc/loadavg)"
  done
done
for i in $(seq "$RUNS"); do
  for mode in $MODES; do
    read -r ms cpu < <(start_once "$mode" "$WORK/$mode-1"); [ -n "$ms" ] || exit 1; existing[$mode]+="$ms "; existing_cpu[$mode]+="$cpu "
    printf '%-9s existing data folder run %s: %6s ms, JVM CPU %6s ms (load %s)\n' "$mode" "$i" "$ms" "$cpu" \
      "$(cut -d' ' -f1 /proc/loadavg)"
  done
done
for mode in $MODES; do
  echo "$mode: median fresh $(printf '%s\n' ${fresh[$mode]} | median) ms (JVM CPU $(printf '%s\n' ${fresh_cpu[$mode]} | median) ms)," \
    "median existing $(printf '%s\n' ${existing[$mode]} | median) ms (JVM CPU $(printf '%s\n' ${existing_cpu[$mode]} | median) ms)"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
