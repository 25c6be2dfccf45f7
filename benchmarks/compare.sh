#!/usr/bin/env bash
# Runs the JMH benchmarks and their numpy/scipy equivalents on the same matrices, then prints one
# table (Java and Python times, ratio) and one line per target of issues 4 and 20:
#   target NAME: ratio R (goal G) met|missed
# Usage: benchmarks/compare.sh [--quick | --smoke] [--jvm PATH] [--only NAME]
#   --quick      under 5 minutes, fewer iterations
#   --smoke      every step at tiny sizes, one short iteration each (about 3 minutes with the
#                build): checks that the script runs here; its numbers mean nothing
#   --jvm PATH   run the benchmarks on another JDK (its home, or its bin/java), e.g.
#                /usr/lib/jvm/temurin-25-jdk-amd64; the library is still built for release 17
#   --only NAME  run only the JMH group NAME (copy, ranking, sparse, micmac, power, crossover);
#                power includes the single products (GemmBench)
#                and skip numpy, e.g. --only ranking to compare JDKs quickly
# Environment: PYTHON (default: the first of python3, /usr/bin/python3 and target/venv/bin/python
# that has numpy and scipy; when none has them, pip installs them into the virtual environment
# target/venv once).
set -euo pipefail
cd "$(dirname "$0")"

QUICK=0
SMOKE=0
JAVA=java
ONLY=""
while (( $# )); do
  case "$1" in
    --quick) QUICK=1 ;;
    --smoke) QUICK=1; SMOKE=1 ;;
    --jvm) shift; JAVA="${1:?--jvm needs a path}"; [[ -d "$JAVA" ]] && JAVA="$JAVA/bin/java" ;;
    --only) shift; ONLY="${1:?--only needs a group name}" ;;
    *) echo "compare.sh: unknown option $1 (expected --quick, --smoke, --jvm PATH, --only NAME)"; exit 2 ;;
  esac
  shift
done
[[ -x "$JAVA" ]] || command -v "$JAVA" >/dev/null || { echo "compare.sh: no java at $JAVA"; exit 2; }
want() { [[ -z "$ONLY" || "$ONLY" == "$1" ]]; }

VENV=target/venv
has_numpy() { [[ -n "$1" ]] && command -v "$1" >/dev/null 2>&1 && "$1" -c 'import numpy, scipy' 2>/dev/null; }
PY=""
for p in "${PYTHON:-}" python3 /usr/bin/python3 "$VENV/bin/python"; do
  if has_numpy "$p"; then PY="$p"; break; fi
done
if [[ -z "$PY" && -z "$ONLY" ]]; then
  echo "== numpy/scipy not found: pip install numpy scipy into benchmarks/$VENV"
  mkdir -p target
  if python3 -m venv "$VENV" && "$VENV/bin/python" -m pip install -q numpy scipy && has_numpy "$VENV/bin/python"; then
    PY="$VENV/bin/python"
  else
    echo "compare.sh: could not install numpy and scipy into $VENV (see above); the Java side runs alone"
  fi
fi

echo "== build (library install, then benchmarks.jar)"
(cd .. && mvn -B -q install -DskipTests)
mvn -B -q package
JAR=target/benchmarks.jar
OUT=target/results
mkdir -p "$OUT"
rm -f "$OUT"/*.json

echo "== machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores, $("$JAVA" -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"

# The orders compared (compare.py's class Sizes expects the same ones in each mode).
RANK_N=29,100,1000,5000,10000; POWER_N=1000,2048; GEMM_N=2048; POWER_PLAIN_N=1000; POWER_SLOW_N=2048
CROSSOVER=()
if (( SMOKE )); then
  FAST=(-f 1 -wi 0 -i 1 -r 100ms)
  SLOWEST=(-f 1 -bm ss -wi 0 -i 1)
  RANK_N=29,100; POWER_N=64,100; GEMM_N=100; POWER_PLAIN_N=64; POWER_SLOW_N=100
  RANK_IMPL=auto; RANK_VIMPL=auto; SPARSE_N=10000; SPARSE_IMPL=auto; MICMAC_N=29; PLAIN_IMPL=micmac4j,previous,ejml
  CROSSOVER=(-p n=64 -p fill=0.1)             # one order of each crossover, to check the printer
elif (( QUICK )); then
  FAST=(-f 1 -wi 2 -w 1s -i 3 -r 1s)          # everything that takes well under a second
  SLOWEST=(-f 1 -bm ss -wi 0 -i 1)            # plain-Java powers at n = 2048 (EJML: about 20 s a chain)
  RANK_IMPL=auto; RANK_VIMPL=auto; SPARSE_N=1000000; SPARSE_IMPL=auto; MICMAC_N=29; PLAIN_IMPL=micmac4j,previous,ejml
else
  FAST=(-f 1 -wi 3 -w 1s -i 5 -r 1s)
  SLOWEST=(-f 1 -bm ss -wi 1 -i 3)
  RANK_IMPL=auto,single,doubles,naive; RANK_VIMPL=auto,single,doubles; SPARSE_N=100000,1000000; SPARSE_IMPL=auto,single; MICMAC_N=29,100,1000
  PLAIN_IMPL=micmac4j,previous,ejml,ejml-mt
fi
jmh() {
  local name=$1; shift
  if ! "$JAVA" -jar "$JAR" "$@" -rf json -rff "$OUT/$name.json" > "$OUT/$name.log" 2>&1; then
    tail -30 "$OUT/$name.log"; echo "compare.sh: JMH run $name failed (log: $OUT/$name.log)"; exit 1
  fi
  if grep -q '<failure>' "$OUT/$name.log"; then
    grep -m1 -A3 '<failure>' "$OUT/$name.log"; echo "compare.sh: some benchmarks of $name failed (log: $OUT/$name.log)"
  fi
  sed -n '/^Benchmark/,$p' "$OUT/$name.log"
}

echo "== JMH"
want copy && jmh copy CopyBench "${FAST[@]}"
if want ranking; then
  jmh ranking-plain RankingBench "${FAST[@]}" -p n=$RANK_N -p impl=$RANK_IMPL
  jmh ranking-vector RankingBench "${FAST[@]}" -jvmArgsAppend --add-modules=jdk.incubator.vector -p n=$RANK_N -p impl=$RANK_VIMPL
fi
want sparse && jmh sparse SparseBench "${FAST[@]}" -p n=$SPARSE_N -p impl=$SPARSE_IMPL
want micmac && jmh micmac MicmacBench "${FAST[@]}" -p n=$MICMAC_N
if want power; then
  jmh power-vector PowerBench "${FAST[@]}" -jvmArgsAppend --add-modules=jdk.incubator.vector -p n=$POWER_N -p impl=micmac4j
  jmh gemm-vector GemmBench "${FAST[@]}" -jvmArgsAppend --add-modules=jdk.incubator.vector -p n=$GEMM_N -p impl=micmac4j
  jmh gemm-plain GemmBench "${FAST[@]}" -p n=$GEMM_N -p impl=micmac4j,previous
  jmh power-plain-a PowerBench "${FAST[@]}" -p n=$POWER_PLAIN_N -p impl=$PLAIN_IMPL
  jmh power-plain-b PowerBench "${SLOWEST[@]}" -p n=$POWER_SLOW_N -p impl=$PLAIN_IMPL
  if (( ! QUICK )); then
    jmh power-plain-slow PowerBench "${SLOWEST[@]}" -p n=1000 -p impl=commons-math,naive
  fi
fi
if (( ! QUICK || SMOKE )) && want crossover; then
  jmh crossover-plain CrossoverBench "${FAST[@]}" "${CROSSOVER[@]}"
  jmh crossover-vector CrossoverBench "${FAST[@]}" "${CROSSOVER[@]}" -jvmArgsAppend --add-modules=jdk.incubator.vector
fi
if [[ -n "$ONLY" ]]; then
  echo "compare.sh: --only $ONLY: results in $OUT (numpy comparison skipped)"; exit 0
fi
if [[ -z "$PY" ]]; then
  echo "compare.sh: numpy/scipy not found (tried \$PYTHON, python3, /usr/bin/python3, $VENV): the Java results are in $OUT;"
  echo "install them (pip install numpy scipy, or apt-get install -y python3-numpy python3-scipy libopenblas0) for the comparison."
  exit 0
fi
echo "== numpy/scipy ($PY)"
# OPENBLAS_CORETYPE may be set for other tools on these machines; let OpenBLAS detect the CPU here.
JAVA="$JAVA" env -u OPENBLAS_CORETYPE "$PY" compare.py "$OUT" $( (( SMOKE )) && echo --smoke || { (( QUICK )) && echo --quick; } )
