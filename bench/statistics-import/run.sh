#!/bin/sh
# Import benchmark of issue 3. From the project root:
#   bench/statistics-import/run.sh ni [folder] [rounds]   whole Niedersachsen folder vs. plain COPY
#   bench/statistics-import/run.sh ffcsv [megabytes]      generated GENESIS flat file, default heap
# The class path comes from target/teilhabe.jar (bench/classpath.sh builds it if needed).
set -e
cd "$(dirname "$0")/../.."
classpath=$(bench/classpath.sh)
exec java $JAVA_OPTS -cp "$classpath" bench/statistics-import/ImportBenchmark.java "$@"
