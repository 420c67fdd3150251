#!/usr/bin/env bash
# Starts Teilhabe from teilhabe.jar the fastest way the java at hand allows (docs/operations.md, "Faster start"):
# JDK 25 or newer with an AOT cache, JDK 17-24 with a class data sharing archive. The jar is unpacked into app/ beside
# it and the cache or archive is made by one training run (a throwaway demo instance on a fresh folder and a free
# port, no variables of yours: never your database) whenever it is missing or was made for another jar or java; every
# start after that uses it. Always the same absolute paths, so that the training run and the starts match.
# Arguments after the jar go to the application; the environment too (TEILHABE_DATA_DIR, SPRING_DATASOURCE_URL, ...).
# JAVA chooses the java (default: java on PATH), JAVA_OPTS adds JVM options to the start (not to the training run).
# Usage: bin/start.sh path/to/teilhabe.jar [--server.port=8081 ...]
#        bin/start.sh path/to/teilhabe.jar --prepare-only     (unpack and train, then exit: e.g. after an update)
set -euo pipefail
JAR=${1:?usage: bin/start.sh path/to/teilhabe.jar [application arguments]}
shift
JAVA=${JAVA:-java}
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
[ -f "$JAR" ] || { echo "no such jar: $JAR" >&2; exit 2; }
APP=$(dirname "$JAR")/app
# The java's version from the release file of its JDK (no JVM started for it), else from java -version.
JAVA_PATH=$(readlink -f "$(command -v "$JAVA")")
RELEASE=$(dirname "$(dirname "$JAVA_PATH")")/release
if [ -f "$RELEASE" ] && grep -q '^JAVA_VERSION=' "$RELEASE"; then
  JAVA_VERSION=$(grep -E '^(JAVA_VERSION|IMPLEMENTOR|JAVA_RUNTIME_VERSION)=' "$RELEASE" | tr '\n' ' ')
else
  JAVA_VERSION=$("$JAVA" -version 2>&1 | head -1)
fi
MAJOR=$(sed -E 's/.*VERSION="?([0-9]+).*/\1/; s/.*version "([0-9]+).*/\1/' <<<"$JAVA_VERSION")
if [ "$MAJOR" -ge 25 ]; then
  CACHE=$APP/teilhabe.aot; WRITE=-XX:AOTCacheOutput=$CACHE; USE=-XX:AOTCache=$CACHE
else
  CACHE=$APP/teilhabe.jsa; WRITE=-XX:ArchiveClassesAtExit=$CACHE; USE=-XX:SharedArchiveFile=$CACHE
fi
# What the cache was made for: the jar (size, date) and the java (its path and version).
STAMP="$(stat -c '%s %Y' "$JAR") $JAVA_PATH $JAVA_VERSION"

if [ ! -f "$CACHE" ] || [ "$(cat "$APP/trained-for" 2>/dev/null)" != "$STAMP" ]; then
  echo "bin/start.sh: unpacking $JAR and making $(basename "$CACHE") by a training run (once per version)" >&2
  rm -rf "$APP"
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP" >/dev/null
  training=$(mktemp -d)
  if env -i PATH="$PATH" HOME="$HOME" TEILHABE_DATA_DIR="$training" "$JAVA" "$WRITE" -jar "$APP/teilhabe.jar" \
    --server.port=0 --teilhabe.startup.exit-when-ready=true >"$APP/training.log" 2>&1 && [ -f "$CACHE" ]; then
    echo "$STAMP" >"$APP/trained-for"
  else
    echo "bin/start.sh: the training run failed (see $APP/training.log); starting without $(basename "$CACHE")" >&2
    rm -f "$CACHE"
  fi
  rm -rf "$training"
fi
[ "${1:-}" != --prepare-only ] || exit 0
if [ -f "$CACHE" ]; then
  # shellcheck disable=SC2086
  exec "$JAVA" "$USE" ${JAVA_OPTS:-} -jar "$APP/teilhabe.jar" "$@"
fi
# shellcheck disable=SC2086
exec "$JAVA" ${JAVA_OPTS:-} -jar "$APP/teilhabe.jar" "$@"
