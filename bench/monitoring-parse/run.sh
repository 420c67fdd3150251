#!/bin/sh
# Parser throughput (no database). From the project root:
#   bench/monitoring-parse/run.sh [folder=src/main/resources/reference/integrationsmonitoring-ni/data] [rounds=20]
# The class path comes from target/teilhabe.jar (bench/classpath.sh builds it if needed).
set -e
cd "$(dirname "$0")/../.."
classpath=$(bench/classpath.sh)
exec java $JAVA_OPTS -cp "$classpath" bench/monitoring-parse/ParseThroughput.java "$@"
