#!/usr/bin/env bash
# The study workspace (micmac serve) under load, on H2 and PostgreSQL: 100 experts saving full
# 29 x 29 grids at once (every cell checked), 30 experts saving full CIB grids at once (every
# judgement checked) and the ensemble after a change, the synthesis and grid page times, and a
# 30-expert study in a 256 MB heap (org.micmac4j.server.ServeBenchmark in the test sources). The
# server runs in a child JVM; PostgreSQL is started from the machine's binaries (Debian's
# postgresql package), as the "postgres" user when run as root. CPU time per save is printed for
# the server, PostgreSQL and the clients.
# Usage: benchmarks/serve-load.sh [h2|postgres] [--experts N] [--cib-experts N] [--cib DxV] [--no-memory]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/serve-load.classpath >/dev/null
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/serve-load.classpath)" \
    org.micmac4j.server.ServeBenchmark "$@"
