#!/usr/bin/env bash
# The priorities of an Integrationsdialog under load (issue 13: heatmap page and priorities API p95 under 20 ms at 16
# connections, with 20 workshops × 300 statements). Seeds a new dialog of the demo Landkreis through the real HTTP
# layer (the office's forms as `strategie`; 20 workshops, one per stakeholder group in turn; capture opened; 300
# statements per workshop sent through the join page /w/{code}, spread over the Handlungsfelder and the three types),
# then measures with wrk (Debian package `wrk`): the heatmap page with 16 signed-in staff sessions
# (bench/start-page-load.sh) and GET /api/v1/strategy/dialogs/{id}/priorities with a demo token.
# The join page's rate limit must let the seeding through: start the platform with
#   --teilhabe.strategy.join.per-client-per-minute=100000 --teilhabe.strategy.join.per-code-per-minute=100000
# Usage: bench/dialog-priorities-load.sh PORT [connections=16] [seconds=30] [warmupSeconds=10]
# SEED_ONLY=1 seeds and prints the dialog's id without measuring; DIALOG=<id> measures that dialog without seeding
# (so the seeding can run outside a lock held for the measurement); ONLY=heatmap or ONLY=api measures one of the two.
# Run it only on an idle machine (load average below 0.5): the figures of a shared machine measure the others.
set -euo pipefail
PORT=${1:?port of a running Teilhabe in demo mode}
CONNECTIONS=${2:-16}
SECONDS_MEASURED=${3:-30}
WARMUP=${4:-10}
WORKSHOPS=${WORKSHOPS:-20}
STATEMENTS=${STATEMENTS:-300}
BASE="http://127.0.0.1:$PORT"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
BENCH=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d /tmp/teilhabe-dialog-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
OFFICE="$WORK/office"

csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
location_id() { grep -i '^location:' | grep -o '[0-9a-f]\{8\}-[0-9a-f-]\{27\}' | head -1; }

# the office signs in
csrf=$(curl -fsS -c "$OFFICE" -b "$OFFICE" "$BASE/login" | csrf_of)
curl -fsS -o /dev/null -c "$OFFICE" -b "$OFFICE" --data-urlencode username=strategie --data-urlencode password=demo \
  --data-urlencode "_csrf=$csrf" "$BASE/login"
post() { # post PAGE ACTION fields… → the response headers
  local page=$1 action=$2; shift 2
  local token; token=$(curl -fsS -c "$OFFICE" -b "$OFFICE" "$BASE$page" | csrf_of)
  local args=(); for field in "$@"; do args+=(--data-urlencode "$field"); done
  curl -sS -D - -o /dev/null -c "$OFFICE" -b "$OFFICE" "${args[@]}" --data-urlencode "_csrf=$token" "$BASE$action"
}

if [ -z "${DIALOG:-}" ]; then
dialog=$(post /strategy/dialogs/new /strategy/dialogs "title=Lasttest $(date +%s)" startedOn=2017-04-03 \
  "concept=Migrations- und Integrationskonzept 2018–2022" description=Lasttest | location_id)
[ -n "$dialog" ] || { echo "no dialog created (signed in as strategie?)" >&2; exit 1; }
groups=("Bürger" "Bürgermeister" "Wohlfahrtsverbände" "Ehrenamtliche" "Migranten/Flüchtlinge" \
  "Migrantenselbstorganisationen" "Verwaltungsmitarbeitende" "Unternehmen")
fields=("Sprache und Bildung" "Arbeit und Ausbildung" "Wohnen" "Gesundheit" "Gesellschaftliche Teilhabe und Ehrenamt" \
  "Interkulturelle Öffnung" "Antidiskriminierung")
types=(STRENGTH WEAKNESS CHALLENGE)

seed_workshop() { # seed_workshop N CODE: one phone sends the statements of one workshop
  local n=$1 code=$2 phone="$WORK/phone-$1" token i
  token=$(curl -fsS -c "$phone" -b "$phone" "$BASE/w/$code" | csrf_of)
  for i in $(seq 1 "$STATEMENTS"); do
    status=$(curl -sS -o /dev/null -w '%{http_code}' -c "$phone" -b "$phone" \
      --data-urlencode "type=${types[$(( (i + n) % 3 ))]}" --data-urlencode "text=Aussage $i aus Workshop $n" \
      --data-urlencode "field=${fields[$(( (i * 7 + n) % 7 ))]}" --data-urlencode "smallGroup=Tisch $(( i % 6 ))" \
      --data-urlencode "_csrf=$token" "$BASE/w/$code")
    [ "$status" = 302 ] || { echo "statement $i of workshop $n answered $status (rate limit? see the usage)" >&2; return 1; }
  done
}

started=$(date +%s)
pids=()
for n in $(seq 1 "$WORKSHOPS"); do
  group=${groups[$(( (n - 1) % ${#groups[@]} ))]}
  workshop=$(post "/strategy/dialogs/$dialog/workshops/new" "/strategy/dialogs/$dialog/workshops" "title=Workshop $n" \
    date=2017-05-16 time=18:00 "place=Kreishaus Osnabrück" "group=$group" capacity=60 participantCount=40 | location_id)
  post "/strategy/workshops/$workshop" "/strategy/workshops/$workshop/capture/open" >/dev/null
  code=$(curl -fsS -b "$OFFICE" "$BASE/strategy/workshops/$workshop/capture" | grep -o 'id="join-code">[A-Z0-9-]*' \
    | sed 's/.*>//;s/-//')
  seed_workshop "$n" "$code" &
  pids+=($!)
  if (( n % 4 == 0 )); then wait "${pids[@]}"; pids=(); fi
done
wait "${pids[@]}" 2>/dev/null || true
echo "seeded dialog $dialog: $WORKSHOPS workshops × $STATEMENTS statements in $(( $(date +%s) - started )) s"
[ -z "${SEED_ONLY:-}" ] || exit 0
else
dialog=$DIALOG
fi

if [ "${ONLY:-heatmap}" = heatmap ]; then

echo "== heatmap page =="
PAGE="/strategy/dialogs/$dialog/priorities" EXPECT='class="kern-table heatmap"' \
  USERS="strategie admin beratung koordination beirat datenschutz" \
  "$(dirname "$0")/start-page-load.sh" "$PORT" "$CONNECTIONS" "$SECONDS_MEASURED" "$WARMUP"

fi
[ "${ONLY:-api}" = api ] || exit 0

echo "== priorities API =="
API="/api/v1/strategy/dialogs/$dialog/priorities"
curl -fsS -H 'Authorization: Bearer demo-token-strategie' "$BASE$API" | grep -q '"cells"' \
  || { echo "GET $API does not answer the cells" >&2; exit 1; }
# the demo tokens of six staff users in turn: every bearer request records the token's use (an UPDATE of its row,
# access.token.ApiTokens), so one token for all connections would measure that row's lock
cat > "$WORK/api.lua" <<LUA
dofile("$BENCH/wrk/summary.lua")
local tokens = { "strategie", "admin", "beratung", "koordination", "beirat", "datenschutz" }
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "$API", { ["Authorization"] = "Bearer demo-token-" .. tokens[(counter % #tokens) + 1],
    ["Accept"] = "application/json" })
end
LUA
echo "machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg); $CONNECTIONS connections; GET $API"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$WORK/api.lua" "$BASE/" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_MEASURED}s" -s "$WORK/api.lua" "$BASE/" | sed -n '/^requests:/,$p'
