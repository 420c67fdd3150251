#!/usr/bin/env bash
# Signed-in start page under load: 16 connections on loopback, each with its own session (16 logins through the
# form), GET / back to back with wrk (Debian package `wrk`: a C load generator, so the client takes little of the
# two cores). Prints wrk's latency distribution (p50/p75/p90/p99) and the p95 from its percentile output.
# Usage: bench/start-page-load.sh PORT [connections=16] [seconds=30] [warmupSeconds=10]
# Other pages (bench/indicator-page-load.sh): PAGE=/path, EXPECT=text every answer must hold, USERS="demo logins".
set -euo pipefail
PORT=${1:?port of a running Teilhabe in demo mode}
CONNECTIONS=${2:-16}
SECONDS_MEASURED=${3:-30}
WARMUP=${4:-10}
PAGE=${PAGE:-/}
EXPECT=${EXPECT:-Willkommen}
BASE="http://127.0.0.1:$PORT"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
BENCH=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d /tmp/teilhabe-load-XXXXXX)
trap 'rm -rf "$WORK"' EXIT

read -r -a users <<<"${USERS:-admin strategie beratung koordination lotse beirat partner datenschutz}"
cookies=()
for i in $(seq 1 "$CONNECTIONS"); do
  user=${users[$(( (i - 1) % ${#users[@]} ))]}
  jar="$WORK/cookies-$i"
  login_page=$(curl -fsS -c "$jar" -b "$jar" "$BASE/login")
  csrf=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$login_page" | head -1 | sed 's/.*value="//;s/"$//')
  curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode "password=demo" \
    --data-urlencode "_csrf=$csrf" "$BASE/login"
  session=$(awk '$6 == "SESSION" {print $7}' "$jar")
  page=$(curl -fsS -H "Cookie: SESSION=$session" "$BASE$PAGE")
  [[ "$page" == *"$EXPECT"* ]] || { echo "$user does not get $PAGE (signed in?)" >&2; exit 1; }
  cookies+=("\"SESSION=$session\"")
done

cat > "$WORK/sessions.lua" <<LUA
dofile("$BENCH/wrk/summary.lua")
count_statuses()
local cookies = { $(IFS=,; echo "${cookies[*]}") }
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "$PAGE", { ["Cookie"] = cookies[(counter % #cookies) + 1] })
end
LUA

echo "machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg); $CONNECTIONS sessions signed in; GET $PAGE"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$WORK/sessions.lua" "$BASE/" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_MEASURED}s" -s "$WORK/sessions.lua" "$BASE/" | sed -n '/^requests:/,$p'
