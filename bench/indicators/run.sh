#!/bin/sh
# Indicator benchmark of issue 4. From the project root:
#   bench/indicators/run.sh [rounds]
# The class path comes from target/teilhabe.jar (bench/classpath.sh builds it if needed).
set -e
cd "$(dirname "$0")/../.."
classpath=$(bench/classpath.sh)
exec java $JAVA_OPTS -cp "$classpath" bench/indicators/IndicatorBenchmark.java "$@"
