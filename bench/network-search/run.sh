#!/bin/sh
# Organisation and offer search benchmark of issue 5. From the project root:
#   bench/network-search/run.sh [runs=2000]
# The class path comes from target/teilhabe.jar (bench/classpath.sh builds it if needed).
set -e
cd "$(dirname "$0")/../.."
classpath=$(bench/classpath.sh)
exec java $JAVA_OPTS -cp "$classpath" bench/network-search/NetworkSearchBench.java "$@"
