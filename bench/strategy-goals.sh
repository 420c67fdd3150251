#!/usr/bin/env bash
# Goals and controlling under load (issue 13: with 200 goals the controlling dashboard p95 under 20 ms at 16
# connections, and the recomputation of all goal statuses under 100 ms). Uses the running Teilhabe on PORT (demo mode)
# or starts target/teilhabe.jar on a fresh data folder (bench/wrk/platform.sh). It fills the demo Landkreis up to 200
# goals through the API (STRATEGY token; indicators with values for 03459 and the Land, and custom measures with hand
# values), then
# 1. times the recomputation of all statuses: each save of the tolerance on /strategy/settings computes every goal of
#    the tenant again (one values query per indicator and region); ROUNDS saves alternating 10 % and 5 % so that
#    statuses change and are written; printed: the whole POST (an upper bound: session, CSRF, audit entry, redirect)
#    and, when this script started the platform, the recomputation itself as the platform logs it;
# 2. loads GET /strategy/controlling (the overview of the Handlungsfelder) with 16 signed-in sessions
#    (bench/start-page-load.sh), then the dashboard of the Handlungsfeld with the most goals (named in the output, with
#    the sizes of both pages), then the start page the same way as a control (the cost of any signed-in page here).
# The dialog part of issue 13 (20 workshops × 300 statements) is not in this branch: goals only.
# Usage: bench/strategy-goals.sh [PORT] [connections=16] [seconds=30] [warmupSeconds=10] [goals=200] [rounds=20]
set -euo pipefail
CONNECTIONS=${2:-16}
SECONDS_MEASURED=${3:-30}
WARMUP=${4:-10}
GOALS=${5:-200}
ROUNDS=${6:-20}
WORK=$(mktemp -d /tmp/teilhabe-goals-XXXXXX)
source "$(dirname "$0")/wrk/platform.sh"
trap 'stop_platform; rm -rf "$WORK"' EXIT
start_platform "${1:-}"
PORT=${BASE##*:}
TOKEN=demo-token-strategie
api() { curl -fsS -H "Authorization: Bearer $TOKEN" "$@"; }

# the shipped indicators are computed while the platform serves: wait for them
until [ "$( (api "$BASE/api/v1/indicators/3-1-3/values?region=03459" 2>/dev/null || echo '[]') \
    | jq 'map(select(.value != null)) | length')" -gt 0 ]; do
  sleep 1
done
organisation=$(curl -fsS "$BASE/api/v1/organisations?tenant=landkreis-osnabrueck&size=1" | jq -r '.items[0].id')
existing=$(api "$BASE/api/v1/strategy/goals?size=1" | jq .totalItems)
fields=("Sprache und Bildung" "Arbeit und Ausbildung" "Wohnen" "Gesundheit" "Gesellschaftliche Teilhabe und Ehrenamt"
  "Interkulturelle Öffnung" "Antidiskriminierung")
indicators=(3-1-3 3-1-2 4-1-1 4-1-4 6-2-1 6-2-2 2-3-1 2-3-3 1-2-3 1-2-2)
regions=(03459 03)
for i in $(seq $((existing + 1)) "$GOALS"); do
  field=${fields[$(( i % ${#fields[@]} ))]}
  if (( i % 5 == 0 )); then
    body=$(jq -n --arg t "Lastziel $i" --arg f "$field" --arg o "$organisation" --argjson i "$i" \
      '{title: $t, field: $f, customMeasure: "Eigene Messgröße", unit: "Fälle", baseline: {value: 100, year: 2020},
        target: {value: (150 + $i % 50), year: 2026}, organisations: [$o],
        values: [{year: 2022, value: (110 + $i % 30)}, {year: 2024, value: (120 + $i % 40)}]}')
  else
    code=${indicators[$(( i % ${#indicators[@]} ))]}
    region=${regions[$(( (i / ${#indicators[@]}) % 2 ))]}
    base=$(api "$BASE/api/v1/indicators/$code/values?region=$region&from=2018&to=2018" | jq '.[0].value // 10 | if . == 0 then 10 else . end')
    body=$(jq -n --arg t "Lastziel $i" --arg f "$field" --arg c "$code" --arg r "$region" --arg o "$organisation" \
      --argjson b "$base" --argjson i "$i" \
      '{title: $t, field: $f, indicator: $c, region: $r, baseline: {value: $b, year: 2018},
        target: {value: ($b * (1 + (($i % 7) - 3) / 20 + 0.01)), year: (2024 + $i % 4)}, organisations: [$o]}')
  fi
  api -o /dev/null -H 'Content-Type: application/json' -d "$body" "$BASE/api/v1/strategy/goals"
done
total=$(api "$BASE/api/v1/strategy/goals?size=1" | jq .totalItems)
pairs=$(api "$BASE/api/v1/strategy/goals?size=100" | jq -r '.items[] | select(.indicator != null) | .indicator + "@" + .region' | sort -u | wc -l)
echo "goals of the current concept: $total (indicator and region pairs on the first page: $pairs)"

# 1. the recomputation of all statuses, through the tolerance setting
jar="$WORK/cookies-settings"
login_page=$(curl -fsS -c "$jar" -b "$jar" "$BASE/login")
csrf=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$login_page" | head -1 | sed 's/.*value="//;s/"$//')
curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=strategie" --data-urlencode "password=demo" \
  --data-urlencode "_csrf=$csrf" "$BASE/login"
csrf=$(curl -fsS -c "$jar" -b "$jar" "$BASE/strategy/settings" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
times=()
for r in $(seq 1 "$ROUNDS"); do
  tolerance=$(( r % 2 == 0 ? 10 : 5 ))
  times+=("$(curl -fsS -o /dev/null -w '%{time_total}' -c "$jar" -b "$jar" --data-urlencode "tolerance=$tolerance" \
    --data-urlencode "_csrf=$csrf" "$BASE/strategy/settings")")
done
curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "tolerance=10" --data-urlencode "_csrf=$csrf" "$BASE/strategy/settings"
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$ROUNDS" '{a[NR]=$1*1000} END {
  printf "recompute of all statuses via POST /strategy/settings (upper bound, %d rounds): p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
    n, a[int((n+1)/2)], a[int(n*0.95+0.5)], a[n] }'
if [ -f "$WORK/app.log" ]; then
  grep -o 'Goal statuses of tenant [^ ]* computed again: .*' "$WORK/app.log" | tail -n "$ROUNDS" \
    | sed -n 's/.*in \([0-9.]*\) ms.*/\1/p' | sort -n | awk '{a[NR]=$1} END { if (NR > 0)
      printf "recompute itself (platform log, %d rounds): p50 %.1f ms, max %.1f ms\n", NR, a[int((NR+1)/2)], a[NR] }'
fi

# 2. the controlling under load: the overview of the Handlungsfelder, then the dashboard of the field with the most
#    goals (the heaviest field page)
overview=$(curl -fsS -b "$jar" "$BASE/strategy/controlling")
busiest=$(for page in $(seq 0 $(( (total - 1) / 100 ))); do
    api "$BASE/api/v1/strategy/goals?size=100&page=$page" | jq -r '.items[].field'
  done | sort | uniq -c | sort -k1,1nr | head -1)
busiest_count=$(awk '{print $1}' <<<"$busiest")
busiest_field=$(sed 's/^ *[0-9]* //' <<<"$busiest")
field_path=$(grep -o "href=\"/strategy/controlling/fields/[0-9a-f-]*\">${busiest_field}</a>" <<<"$overview" \
  | head -1 | sed 's/^href="//;s/".*//')
[ -n "$field_path" ] || { echo "the overview has no link to the dashboard of $busiest_field" >&2; exit 1; }
field_page=$(curl -fsS -b "$jar" "$BASE$field_path")
# the white space after line breaks that is left (the layout's; the kept content has none)
indentation() { perl -0777 -ne 'my $n = 0; $n += length($1) while /\n([ \t]+)/g; print $n'; }
echo "overview /strategy/controlling: $(wc -c <<<"$overview") bytes, $(wc -m <<<"$overview") characters" \
  "($(indentation <<<"$overview") of them indentation)"
echo "field with the most goals: $busiest_field ($busiest_count goals), $field_path:" \
  "$(wc -c <<<"$field_page") bytes, $(wc -m <<<"$field_page") characters ($(indentation <<<"$field_page") of them indentation)"
echo "overview:"
PAGE=/strategy/controlling EXPECT="Übersicht je Handlungsfeld" USERS="strategie admin beratung koordination beirat datenschutz" \
  "$(dirname "$0")/start-page-load.sh" "$PORT" "$CONNECTIONS" "$SECONDS_MEASURED" "$WARMUP"
echo "dashboard of $busiest_field ($busiest_count goals):"
PAGE=$field_path EXPECT="Integrationscontrolling: $busiest_field" \
  USERS="strategie admin beratung koordination beirat datenschutz" \
  "$(dirname "$0")/start-page-load.sh" "$PORT" "$CONNECTIONS" "$SECONDS_MEASURED" "$WARMUP"
# control: the start page with sessions of the same users, same conditions (what any signed-in page costs here)
echo "control:"
PAGE=/ USERS="strategie admin beratung koordination beirat datenschutz" \
  "$(dirname "$0")/start-page-load.sh" "$PORT" "$CONNECTIONS" "$SECONDS_MEASURED" "$WARMUP"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
