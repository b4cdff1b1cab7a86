#!/usr/bin/env bash
# Engine benchmarks (JMH 1.37): builds compensation-bench/target/benchmarks.jar and runs it with the GC profiler
# (gc.alloc.rate.norm = bytes allocated per operation). The default run is short, sized for a 2-core machine:
# 1 fork, 3 × 3 s warm-up, 3 × 3 s measurement, one thread: about 3 minutes for the eight benchmarks
# (QuoteBenchmark: typical, readme, worstCase, batch10k; JsonBenchmark: readHousehold, writeQuote,
# readQuoteWrite, canonicalHash). Without arguments it then prints the engine's cost in CPU time (CpuTime), which
# other load on the machine does not distort (about 1½ minutes more).
#
#   compensation-bench/scripts/jmh.sh                                    # everything, then CpuTime
#   compensation-bench/scripts/jmh.sh QuoteBenchmark                     # only the engine
#   compensation-bench/scripts/jmh.sh QuoteBenchmark.typical -f 3 -i 5   # any JMH option after the pattern
#   SKIP_BUILD=1 compensation-bench/scripts/jmh.sh ...                   # reuse the jar
#
# Results: the console, and compensation-bench/target/jmh-result.json. Figures: docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${SKIP_BUILD:-}" != "1" ]; then
  mvn -B -q -DskipTests package -pl compensation-bench -am
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
java -jar compensation-bench/target/benchmarks.jar -prof gc \
  -rf json -rff compensation-bench/target/jmh-result.json "$@"
if [ $# -eq 0 ]; then
  echo
  echo "Engine cost in CPU time of the process (one core):"
  java -Xms1g -Xmx1g -XX:+UseSerialGC -cp compensation-bench/target/benchmarks.jar cn.wenshui.compensation.bench.CpuTime
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
