#!/usr/bin/env bash
# Spark's overhead on exact basins (issue 18): a random 3^EXPONENT space (default 20: 3.5e9
# scenarios), streamed on 2 threads, then Spark local[2] and local[1] (org.micmac4j.spark.SparkScale
# in the test sources: Spark is a provided dependency of the library's build, not of the benchmarks
# module). Usage: benchmarks/spark-scale.sh [EXPONENT]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/spark-scale.classpath >/dev/null
opens=$(sed -n 's|.*<spark.opens>\(.*\)</spark.opens>.*|\1|p' pom.xml)
# shellcheck disable=SC2086
exec java -Xmx8g --add-modules jdk.incubator.vector $opens \
    -cp "target/test-classes:target/classes:$(cat target/spark-scale.classpath)" \
    org.micmac4j.spark.SparkScale "${1:-20}"
