#!/usr/bin/env bash
# Report and CLI scale (issue 8): times the command line as a new user runs it on dense random
# matrices, with peak RSS from /usr/bin/time -v when available. Not a test: run by hand.
#
#   benchmarks/report-scale.sh [JAR] [SIZES...]
#
# JAR defaults to target/micmac4j-cli.jar (build it with `mvn -B -q package -DskipTests`),
# SIZES to "1000 3000 10000". Inputs are generated once into $WORK (default /tmp/micmac4j-scale)
# with a fixed seed: MICMAC cells 0..3 (about 10 % zeros), ISM cells 0/1 (about 30 % ones),
# DEMATEL cells 0..4. Each line printed: command, n, wall seconds, CPU seconds (user + system,
# less sensitive than wall time to other load on a shared machine), peak RSS MB, output bytes, exit.
# Set TIMEOUT (seconds, default 900) to bound each run, JAVA_OPTS (e.g. -Xmx2g) to pass JVM
# options (a bounded heap shows the memory a run needs, rather than what the JVM's default heap
# lets it keep).
set -u
JAR=${1:-target/micmac4j-cli.jar}
shift || true
SIZES=${*:-1000 3000 10000}
WORK=${WORK:-/tmp/micmac4j-scale}
TIMEOUT=${TIMEOUT:-900}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
mkdir -p "$WORK"

gen() { # gen KIND N FILE
  python3 - "$1" "$2" "$3" <<'PY'
import random, sys
kind, n, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rnd = random.Random(20261130 + n)
with open(path, "w") as f:
    f.write("id," + ",".join("V%d" % i for i in range(n)) + "\n")
    for i in range(n):
        if kind == "micmac":
            row = ["0" if i == j else str(rnd.choice((0, 1, 1, 2, 2, 2, 3, 3, 3, 3))) for j in range(n)]
        elif kind == "ism":
            row = ["1" if i == j else ("1" if rnd.random() < 0.3 else "0") for j in range(n)]
        else:
            row = ["0" if i == j else str(rnd.randint(0, 4)) for j in range(n)]
        f.write("V%d," % i + ",".join(row) + "\n")
PY
}

run() { # run LABEL N OUTFILE ARGS...
  local label=$1 n=$2 outfile=$3; shift 3
  local t0 t1 rss=- cpu=- rc
  t0=$(date +%s.%N)
  if [ -x /usr/bin/time ]; then
    timeout "$TIMEOUT" /usr/bin/time -v -o "$WORK/time.txt" "$JAVA" $JAVA_OPTS -jar "$JAR" "$@" > "$outfile" 2> "$WORK/stderr.txt"
    rc=$?
    rss=$(awk -F: '/Maximum resident/ {printf "%.0f", $2 / 1024}' "$WORK/time.txt" 2>/dev/null)
    cpu=$(awk -F: '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$WORK/time.txt" 2>/dev/null)
  else
    timeout "$TIMEOUT" "$JAVA" $JAVA_OPTS -jar "$JAR" "$@" > "$outfile" 2> "$WORK/stderr.txt"
    rc=$?
  fi
  t1=$(date +%s.%N)
  local bytes
  bytes=$(du -sb "$outfile" ${OUTDIR:+"$OUTDIR"} 2>/dev/null | awk '{s += $1} END {print s}')
  printf "%-16s n=%-6s %8.1f s wall %7s s cpu  %6s MB  %11s bytes  exit %s\n" "$label" "$n" \
    "$(echo "$t1 - $t0" | bc)" "$cpu" "$rss" "$bytes" "$rc"
}

echo "# $(date -u '+%F %T UTC')  $(uptime | sed 's/.*load/load/')  jar $JAR  JAVA_OPTS='$JAVA_OPTS'"
for n in $SIZES; do
  for kind in micmac ism dematel; do
    [ -f "$WORK/$kind-$n.csv" ] || gen "$kind" "$n" "$WORK/$kind-$n.csv"
  done
  run "analyze --json" "$n" "$WORK/out.json" analyze "$WORK/micmac-$n.csv" --json
  rm -rf "$WORK/report-$n"
  OUTDIR="$WORK/report-$n" run "analyze --out" "$n" "$WORK/out.txt" analyze "$WORK/micmac-$n.csv" --out "$WORK/report-$n"
  run "dematel --json" "$n" "$WORK/out.json" dematel "$WORK/dematel-$n.csv" --json
  [ "$n" -gt 3000 ] || run "dematel --relations" "$n" "$WORK/out.json" dematel "$WORK/dematel-$n.csv" --json --relations
  run "ism --json" "$n" "$WORK/out.json" ism "$WORK/ism-$n.csv" --json
  rm -rf "$WORK/ism-report-$n" "$WORK/dematel-report-$n"
  OUTDIR="$WORK/ism-report-$n" run "ism --out" "$n" "$WORK/out.txt" ism "$WORK/ism-$n.csv" --out "$WORK/ism-report-$n"
  OUTDIR="$WORK/dematel-report-$n" run "dematel --out" "$n" "$WORK/out.txt" dematel "$WORK/dematel-$n.csv" --out "$WORK/dematel-report-$n"
done
echo "# done $(date -u '+%T UTC')  $(uptime | sed 's/.*load/load/')"
