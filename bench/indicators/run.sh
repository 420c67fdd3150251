#!/bin/sh
# Indicator benchmark of issue 4. From the project root:
#   bench/indicators/run.sh [rounds]
set -e
mvn -q -o compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java $JAVA_OPTS -cp "target/classes:$(cat target/bench-classpath.txt)" bench/indicators/IndicatorBenchmark.java "$@"
