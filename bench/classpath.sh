#!/bin/sh
# Prints the platform's class path for the benchmarks: its classes and every runtime library, taken from
# target/teilhabe.jar, which is built when missing or older than src/main or pom.xml (REBUILD=1 forces it) and
# extracted to target/bench-app. Needs only the plugins of the normal build: no `mvn dependency:*`.
#   java -cp "$(bench/classpath.sh)" bench/<name>/<Benchmark>.java ...
# MVN replaces the Maven command, e.g. MVN="flock /work/mvn.lock mvn" on a machine shared with other builds.
set -e
cd "$(dirname "$0")/.."
jar=target/teilhabe.jar
app=target/bench-app
if [ ! -f "$jar" ] || [ "${REBUILD:-0}" = 1 ] || [ -n "$(find src/main pom.xml -newer "$jar" -print -quit)" ]; then
  ${MVN:-mvn} -o -q -B -DskipTests package >&2
fi
if [ ! -f "$app/teilhabe.jar" ] || [ "$jar" -nt "$app/teilhabe.jar" ]; then
  rm -rf "$app"
  java -Djarmode=tools -jar "$jar" extract --destination "$app" >&2
fi
printf '%s' "$PWD/$app/teilhabe.jar:$PWD/$app/lib/*"
