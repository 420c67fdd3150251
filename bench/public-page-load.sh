#!/usr/bin/env bash
# The public page against nginx serving the same bytes (issue 11, "Speed where people wait"): fetches
# /p/<tenant>/<language>/ once, writes exactly those bytes into a folder that an nginx started here serves on another
# port (minimal nginx.conf in a temporary folder, stopped at the end), then runs wrk with 16 connections against nginx
# and against the platform, one after the other in the same run, and prints both throughputs, p95s and the ratio.
# No If-None-Match is sent: both serve the whole page every time. Every platform answer must be 200.
# Usage: bench/public-page-load.sh [PORT] [connections=16] [seconds=30] [warmupSeconds=10]
#   Without PORT (or with PORT=-) target/teilhabe.jar is started on a fresh data folder on START_PORT (18240).
#   TENANT=landkreis-osnabrueck LANGUAGE=de choose the page; PAGE=/p/<tenant>/<language>/<path> another page (e.g. a
#   portal page of issue 19, PAGE=/p/landkreis-osnabrueck/ar/ankommen/erste-schritte); NGINX_PORT (18249) where nginx
#   listens.
# Run it on an idle machine (load average below 0.5); the figures of a shared machine measure the others.
set -euo pipefail
PORT=${1:--}
[ "$PORT" = - ] && PORT=
CONNECTIONS=${2:-16}
SECONDS_MEASURED=${3:-30}
WARMUP=${4:-10}
TENANT=${TENANT:-landkreis-osnabrueck}
LANGUAGE=${LANGUAGE:-de}
NGINX_PORT=${NGINX_PORT:-18249}
PAGE=${PAGE:-/p/$TENANT/$LANGUAGE/}
# the file nginx serves for PAGE: index.html of a folder, or a file of the page's name
case "$PAGE" in */) FILE="${PAGE}index.html" ;; *) FILE="$PAGE" ;; esac
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$NGINX" ] || { echo "nginx is missing: apt-get install nginx-light" >&2; exit 1; }
WORK=$(mktemp -d /tmp/teilhabe-public-page-XXXXXX)
# shellcheck source=wrk/platform.sh
source "$(dirname "$0")/wrk/platform.sh"
trap 'stop_platform; [ -n "${NGINX_PID:-}" ] && kill "$NGINX_PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT
start_platform "$PORT"

mkdir -p "$(dirname "$WORK/www$FILE")" "$WORK/nginx-temp"
chmod a+rx "$WORK"   # nginx's workers run as nobody
# a page of demo data made while serving (the portal's) is there some seconds after healthy
for _ in $(seq 1 120); do curl -fs -o /dev/null "$BASE$PAGE" && break; sleep 1; done
curl -fsS -o "$WORK/www$FILE" "$BASE$PAGE"
grep -q '<html' "$WORK/www$FILE" || { echo "GET $PAGE does not answer a page" >&2; exit 1; }
cat > "$WORK/nginx.conf" <<NGINX
daemon off;
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx-temp;
  proxy_temp_path $WORK/nginx-temp;
  fastcgi_temp_path $WORK/nginx-temp;
  uwsgi_temp_path $WORK/nginx-temp;
  scgi_temp_path $WORK/nginx-temp;
  default_type text/html;
  charset utf-8;
  sendfile on;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    index index.html;
  }
}
NGINX
"$NGINX" -c "$WORK/nginx.conf" -e "$WORK/nginx-error.log" &
NGINX_PID=$!
until curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT$PAGE"; do
  kill -0 "$NGINX_PID" 2>/dev/null || { echo "nginx did not start:" >&2; cat "$WORK/nginx-error.log" >&2; exit 1; }
  sleep 0.1
done
cmp -s "$WORK/www$FILE" <(curl -fsS "http://127.0.0.1:$NGINX_PORT$PAGE") \
  || { echo "nginx does not serve the same bytes" >&2; exit 1; }

cat > "$WORK/page.lua" <<LUA
dofile("$BENCH/wrk/summary.lua")
wrk.path = "$PAGE"
wrk.headers["Accept"] = "text/html"
LUA

echo "machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg); $CONNECTIONS connections; GET $PAGE" \
  "($(stat -c %s "$WORK/www$FILE") bytes)"
declare -A THROUGHPUT P95
for side in nginx platform; do
  if [ "$side" = nginx ]; then url="http://127.0.0.1:$NGINX_PORT"; else url="$BASE"; fi
  wrk_run "$CONNECTIONS" "$WARMUP" "$WORK/page.lua" "$url" >/dev/null
  wrk_run "$CONNECTIONS" "$SECONDS_MEASURED" "$WORK/page.lua" "$url" >"$WORK/$side.txt"
  echo "== $side ($url$PAGE)"
  sed -n '/^requests:/,$p' "$WORK/$side.txt"
  THROUGHPUT[$side]=$(sed -n 's/^throughput: \([0-9]*\) .*/\1/p' "$WORK/$side.txt")
  P95[$side]=$(sed -n 's/^latency ms: .*p95 \([0-9.]*\),.*/\1/p' "$WORK/$side.txt")
done
echo "== platform / nginx: $(awk -v p="${THROUGHPUT[platform]}" -v n="${THROUGHPUT[nginx]}" \
  'BEGIN { printf "%.1f %%", 100 * p / n }') of the throughput (${THROUGHPUT[platform]} vs ${THROUGHPUT[nginx]}" \
  "requests/s); p95 ${P95[platform]} ms vs ${P95[nginx]} ms"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
