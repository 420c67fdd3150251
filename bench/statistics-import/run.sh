#!/bin/sh
# Import benchmark of issue 3. From the project root:
#   bench/statistics-import/run.sh ni [folder] [rounds]   whole Niedersachsen folder vs. plain COPY
#   bench/statistics-import/run.sh ffcsv [megabytes]      generated GENESIS flat file, default heap
set -e
mvn -q -o compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java $JAVA_OPTS -cp "target/classes:$(cat target/bench-classpath.txt)" bench/statistics-import/ImportBenchmark.java "$@"
