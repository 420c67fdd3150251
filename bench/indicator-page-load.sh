#!/usr/bin/env bash
# One indicator page under load (issue 4: p95 under 50 ms at 16 concurrent connections): 16 connections on loopback,
# each with its own signed-in session of a staff role (16 logins through the form), GET /indicators/<code> back to
# back with wrk (Debian package `wrk`). Chart, table and the ranking of the 45 Kreise. Prints p50/p95/p99 and the
# throughput. The same script as bench/start-page-load.sh, on another page.
# Usage: bench/indicator-page-load.sh PORT [connections=16] [seconds=30] [warmupSeconds=10] [path=/indicators/1-2-2]
set -euo pipefail
# staff roles only: GUIDE and PARTNER may not read indicators
PAGE=${5:-/indicators/1-2-2} EXPECT=indicator-chart USERS="admin strategie beratung koordination beirat datenschutz" \
  exec "$(dirname "$0")/start-page-load.sh" "${1:?port of a running Teilhabe in demo mode}" "${2:-16}" "${3:-30}" "${4:-10}"
