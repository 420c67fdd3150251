#!/bin/sh
# Batch assignment benchmark of issue 15. From the project root:
#   bench/guides-matching/run.sh [runs=3] [realistic] [large]
# The class path comes from target/teilhabe.jar (bench/classpath.sh builds it if needed).
set -e
cd "$(dirname "$0")/../.."
classpath=$(bench/classpath.sh)
exec java $JAVA_OPTS -cp "$classpath" bench/guides-matching/GuidesMatchingBench.java "$@"
