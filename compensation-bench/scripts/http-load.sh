#!/usr/bin/env bash
# HTTP load against the packaged service, on loopback only (127.0.0.1), bounded in time: every wrk run lasts
# DURATION (default 20 s) after a WARMUP run of the same scenario (default 5 s), with CONNECTIONS (16) connections on
# THREADS (2) threads.
#
# Steady state first: the JIT compiles the quote's path for a minute or more on 2 cores, and every scenario it has
# not seen yet (the precomputed answer after the quote) sets it compiling again, so a short warm-up measured the
# compiler as much as the service. Before any measured run the service is driven in rounds (the typical quote, the
# precomputed answer, the README's household, the baseline) until a round spends under STEADY_PERCENT (2) % of its
# time compiling (jstat -compiler), at most STEADY_ROUNDS (10) rounds; each measured run reports the compile time
# it still saw. Precomputed and quote are measured in PAIRS (3) alternating pairs; the ratio is given for each pair
# and their median.
#
#   compensation-bench/scripts/http-load.sh               # build, then H2 and PostgreSQL (≈ 10 minutes on 2 cores + build)
#   SKIP_BUILD=1 compensation-bench/scripts/http-load.sh  # use the builds already in compensation-api/target
#   SKIP_PG=1 compensation-bench/scripts/http-load.sh     # H2 only
#   PROFILE=1 compensation-bench/scripts/http-load.sh     # also JFR execution samples of each measured run (jfr-summary.py)
#   JAVA_OPTS='-XX:+UseSerialGC -Xms64m -Xmx512m -XX:TrimNativeHeapInterval=5000' MALLOC_ARENA_MAX=2 ...  # the deployment note
#
# Against one service instance at a time, in the same run, it measures:
#   baseline     GET  /api/v1/schedules        a trivial JSON endpoint of the same REST stack (746 bytes)
#   health       GET  /q/health                 Vert.x route with the datasource check (for reference)
#   precomputed  POST /api/v1/bench/precomputed-quote   the typical household in, the service's own answer to it
#                (taken once after start) sent back as stored bytes: the same log-in, filters and sizes as quote
#   quote        POST /api/v1/quotes            households/typical.json: 60 lines, every price model (33 KB out)
#   readme       POST /api/v1/quotes            the README's household, 2 lines (about 5 KB out)
#   persist      POST /api/v1/quotes?persist=true   the typical household, recorded in the ledger (H2 file database)
# and then, on a PostgreSQL server it starts itself (Debian's postgresql, run as the postgres user in a temporary
# folder on a free port), the PostgreSQL-kind build: baseline and persist.
# It reports requests/s, p50/p90/p99 latency (wrk --latency), the ratio to the baseline, the typical quote's ratio to
# precomputed (what the service's own work costs), the time from the java command to the first HTTP 200 of
# /q/health, and the service's RSS (idle, and the highest seen under load).
# Everything it starts (services, PostgreSQL) it stops; temporary folders are removed.
# Report: compensation-bench/target/http-load/report-*.md. Figures and analysis: docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-5s}
STEADY_PERCENT=${STEADY_PERCENT:-2}
STEADY_ROUNDS=${STEADY_ROUNDS:-10}
PAIRS=${PAIRS:-3}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
# JVM options: none by default, as the README starts the service (java -jar); the deployment note's memory settings
# (docs/performance.md, "Memory") with JAVA_OPTS='-XX:+UseSerialGC -Xms64m -Xmx512m -XX:TrimNativeHeapInterval=5000' MALLOC_ARENA_MAX=2
JAVA_OPTS=${JAVA_OPTS-}
HOST=127.0.0.1
H2_APP=$ROOT/compensation-api/target/quarkus-app
PG_APP=$ROOT/compensation-api/target/pg/quarkus-app
OUT=$ROOT/compensation-bench/target/http-load
STAMP=$(date +%Y%m%d-%H%M%S)
REPORT=$OUT/report-$STAMP.md
mkdir -p "$OUT"
TMP=$(mktemp -d /tmp/http-load.XXXXXX)
SERVICE_PID=""
PG_DATA=""
PG_BIN=""

log() { echo "[http-load] $*" >&2; }

# CPU time (user + system, in clock ticks) the process has used so far: load-independent cost per request
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

stop_service() {
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$SERVICE_PID" 2>/dev/null || true
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  SERVICE_PID=""
}

stop_pg() {
  if [ -n "$PG_DATA" ] && [ -f "$PG_DATA/postmaster.pid" ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
  fi
  PG_DATA=""
}

cleanup() {
  stop_service
  stop_pg
  rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

# ---- tools and builds ---------------------------------------------------------------------------------------
# A known first admin (staff) for the fresh database; wrk and curl authenticate with HTTP Basic.
BENCH_USER=bench-admin
BENCH_PASSWORD=bench-admin-password-1
export AUTH="Basic $(printf '%s:%s' "$BENCH_USER" "$BENCH_PASSWORD" | base64 -w0)"

if ! command -v wrk >/dev/null; then
  log "installing wrk (Debian package)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
if [ "${SKIP_BUILD:-}" != "1" ]; then
  log "building the service (H2 build, and the PostgreSQL-kind build into compensation-api/target/pg)"
  # pre-integration-test: the package phase, then the build-pg execution (compensation-api/pom.xml); nothing installed
  mvn -B -q -DskipTests -pl compensation-api -am pre-integration-test
fi
[ -f "$H2_APP/quarkus-run.jar" ] || { log "no $H2_APP/quarkus-run.jar: run without SKIP_BUILD"; exit 1; }

# the README's household (two lines, subsidies, the incentive)
cat > "$TMP/readme.json" <<'JSON'
{"id": "BZ-001", "headOfHousehold": "张三", "village": "堡子村", "demolishedBuildingAreaM2": 31,
 "items": [{"code": "1-1.annex.brick-concrete", "quantity": 50, "appraisedUnitPrice": 760},
           {"code": "2-1.fruit.walnut", "quantity": 3, "measurements": {"trunkDiameterCm": 12}}],
 "dates": {"agreementSigned": "2023-07-01", "compensationPaid": "2023-07-05", "movedOut": "2023-08-04"}}
JSON
TYPICAL=$ROOT/compensation-bench/households/typical.json

# ---- service ------------------------------------------------------------------------------------------------
# start_service NAME APP_DIR [java args...]: a fresh working folder (so the H2 file database is new); sets
# SERVICE_PID, PORT, FIRST_200_MS, STARTED_IN and IDLE_RSS_MB
start_service() {
  local name=$1 app=$2; shift 2
  local dir=$TMP/$name opts=$JAVA_OPTS
  if [ "${PROFILE:-}" = "1" ]; then
    # recorded from the start, execution samples only: a recording started under load, or JFR's "profile"
    # settings, changed what it measured several-fold (docs/performance.md, section 2)
    opts="$opts -XX:StartFlightRecording=name=load,maxage=1h,settings=$ROOT/compensation-bench/scripts/jfr/execution-samples.jfc"
  fi
  echo "$name ${opts:-(none)}${MALLOC_ARENA_MAX:+ (MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX)}" >>"$TMP/java-opts.txt"
  mkdir -p "$dir"
  PORT=$(free_port)
  local t0 t1
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  (cd "$dir" && exec java $opts -Dquarkus.http.host=$HOST -Dquarkus.http.port="$PORT" \
      -Dcompensation.admin.username="$BENCH_USER" -Dcompensation.admin.password="$BENCH_PASSWORD" \
      -Dcompensation.rate-limit.enabled=false "$@" \
      -jar "$app/quarkus-run.jar" >"$dir/service.log" 2>&1) &
  SERVICE_PID=$!
  until curl -fs -o /dev/null "http://$HOST:$PORT/q/health"; do
    kill -0 "$SERVICE_PID" 2>/dev/null || { log "service $name died:"; tail -30 "$dir/service.log" >&2; exit 1; }
    if [ $(( ($(date +%s%N) - t0) / 1000000000 )) -gt 180 ]; then log "service $name: no 200 in 180 s"; exit 1; fi
    sleep 0.05
  done
  t1=$(date +%s%N)
  FIRST_200_MS=$(( (t1 - t0) / 1000000 ))
  STARTUP_CPU_MS=$(( $(cpu_ticks "$SERVICE_PID") * 1000 / $(getconf CLK_TCK) ))
  STARTED_IN=$(grep -o 'started in [0-9.]*s' "$dir/service.log" | head -1 | awk '{print $3}')
  IDLE_RSS_MB=$(( $(ps -o rss= -p "$(pgrep -P "$SERVICE_PID" java || echo "$SERVICE_PID")") / 1024 ))
  log "$name: first HTTP 200 after ${FIRST_200_MS} ms (Quarkus: started in ${STARTED_IN}; CPU used ${STARTUP_CPU_MS} ms)," \
      "idle RSS ${IDLE_RSS_MB} MB"
}

java_pid() { pgrep -P "$SERVICE_PID" java || echo "$SERVICE_PID"; }

# seconds the JIT has spent compiling since the JVM started (all compiler threads, jstat's "Time")
compile_seconds() { jstat -compiler "$1" | awk 'NR == 2 {print $4}'; }

# wrk_quiet METHOD URL BODY_FILE SECONDS: load without measuring
wrk_quiet() {
  METHOD=$1 BODY_FILE=$3 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4" --timeout 10s \
      -s "$ROOT/compensation-bench/scripts/wrk/report.lua" "$2" >/dev/null
}

# steady_state: rounds of the scenarios the measurement compares until the JIT has (nearly) stopped compiling;
# sets STEADY_AFTER (seconds of load it took) and STEADY_LAST (the last round's compile share, %)
steady_state() {
  local jpid round c0 c1 t0 t1 share base="http://$HOST:$PORT"
  jpid=$(java_pid)
  STEADY_AFTER=0
  for round in $(seq 1 "$STEADY_ROUNDS"); do
    c0=$(compile_seconds "$jpid"); t0=$(date +%s%N)
    wrk_quiet POST "$base/api/v1/quotes" "$TYPICAL" 10s
    wrk_quiet POST "$base/api/v1/bench/precomputed-quote" "$TYPICAL" 5s
    wrk_quiet POST "$base/api/v1/quotes" "$TMP/readme.json" 3s
    wrk_quiet GET "$base/api/v1/schedules" "" 2s
    c1=$(compile_seconds "$jpid"); t1=$(date +%s%N)
    STEADY_AFTER=$(( STEADY_AFTER + (t1 - t0) / 1000000000 ))
    share=$(python3 -c "print(f'{($c1 - $c0) / (($t1 - $t0) / 1e9) * 100:.1f}')")
    STEADY_LAST=$share
    log "steady state, round $round: compiling $share % of the round's time"
    if python3 -c "import sys; sys.exit(0 if $share < $STEADY_PERCENT else 1)"; then
      return
    fi
  done
  log "steady state not reached in $STEADY_ROUNDS rounds (last round compiling $STEADY_LAST %): figures below include JIT work"
}

# run_wrk DB SCENARIO METHOD PATH [BODY_FILE]: warm-up, then the measured run while sampling the RSS
run_wrk() {
  local db=$1 scenario=$2 method=$3 path=$4 body=${5:-}
  local url="http://$HOST:$PORT$path"
  local jpid
  jpid=$(java_pid)
  wrk_quiet "$method" "$url" "$body" "$WARMUP"
  local begin
  begin=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  local cpu0 jit0
  cpu0=$(cpu_ticks "$jpid")
  jit0=$(compile_seconds "$jpid")
  METHOD=$method BODY_FILE=$body wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency \
      -s "$ROOT/compensation-bench/scripts/wrk/report.lua" "$url" >"$TMP/wrk-$db-$scenario.txt" &
  local wpid=$! max=0 rss
  while kill -0 "$wpid" 2>/dev/null; do
    rss=$(ps -o rss= -p "$jpid" 2>/dev/null || echo 0)
    [ "${rss:-0}" -gt "$max" ] && max=$rss
    sleep 0.5
  done
  wait "$wpid"
  local cpu_ms=$(( ($(cpu_ticks "$jpid") - cpu0) * 1000 / $(getconf CLK_TCK) ))
  local jit_s
  jit_s=$(python3 -c "print(f'{$(compile_seconds "$jpid") - $jit0:.2f}')")
  if [ "${PROFILE:-}" = "1" ]; then
    local jfr=$OUT/jfr-$STAMP-$db-$scenario.jfr
    jcmd "$jpid" JFR.dump name=load begin="$begin" end="$(date -u +%Y-%m-%dT%H:%M:%SZ)" filename="$jfr" >/dev/null
    python3 "$ROOT/compensation-bench/scripts/jfr-summary.py" "$jfr" >"$OUT/profile-$STAMP-$db-$scenario.txt" || true
    log "$db $scenario profile: $OUT/profile-$STAMP-$db-$scenario.txt"
  fi
  cp "$TMP/wrk-$db-$scenario.txt" "$OUT/wrk-$STAMP-$db-$scenario.txt"
  local result
  result=$(grep '^RESULT' "$TMP/wrk-$db-$scenario.txt" | sed 's/^RESULT //')
  local per_req
  per_req=$(python3 -c "print(f'{$cpu_ms / max(1, $(val "$result" requests)):.3f}')")
  echo "$db $scenario $result rss_max_mb=$((max / 1024)) cpu_ms=$cpu_ms cpu_ms_per_req=$per_req jit_s=$jit_s" >>"$TMP/results.txt"
  log "$db $scenario: $result rss_max_mb=$((max / 1024)) service_cpu_ms_per_request=$per_req compiling_s=$jit_s"
}

val() { echo "$1" | tr ' ' '\n' | grep "^$2=" | cut -d= -f2; }

: >"$TMP/results.txt"
: >"$TMP/starts.txt"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# ---- H2 -----------------------------------------------------------------------------------------------------
log "H2 build: $H2_APP"
PRECOMPUTED=$TMP/typical-quote.json
start_service h2 "$H2_APP" -Dcompensation.bench.precomputed-quote="$PRECOMPUTED"
echo "h2 $FIRST_200_MS ${STARTED_IN:-?} $STARTUP_CPU_MS $IDLE_RSS_MB" >>"$TMP/starts.txt"
# the service's own answer to the typical household, for the precomputed endpoint (read on its first request)
curl -fs -H "Authorization: $AUTH" -H 'Content-Type: application/json' --data-binary "@$TYPICAL" \
    -o "$PRECOMPUTED" "http://$HOST:$PORT/api/v1/quotes"
log "typical quote: $(wc -c <"$PRECOMPUTED") bytes, sent back as they are by POST /api/v1/bench/precomputed-quote"
steady_state
run_wrk h2 baseline GET /api/v1/schedules
run_wrk h2 health GET /q/health
# in alternating pairs: the host's speed drifts from minute to minute, and each pair sees the same drift
for pair in $(seq 1 "$PAIRS"); do
  run_wrk h2 "precomputed-$pair" POST /api/v1/bench/precomputed-quote "$TYPICAL"
  run_wrk h2 "quote-$pair" POST /api/v1/quotes "$TYPICAL"
done
run_wrk h2 readme POST /api/v1/quotes "$TMP/readme.json"
run_wrk h2 persist POST '/api/v1/quotes?persist=true' "$TYPICAL"
CHAIN=$(curl -fs -H "Authorization: $AUTH" "http://$HOST:$PORT/api/v1/ledger/verify" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["valid"], d["entries"])')
log "h2 ledger after the run: valid, entries = $CHAIN"
stop_service

# ---- PostgreSQL ---------------------------------------------------------------------------------------------
if [ "${SKIP_PG:-}" != "1" ]; then
  if [ ! -f "$PG_APP/quarkus-run.jar" ]; then
    log "no PostgreSQL-kind build at $PG_APP: run without SKIP_BUILD (or mvn -B verify first)"; exit 1
  fi
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$PG_BIN" ]; then
    log "installing PostgreSQL (Debian package)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  PG_PORT=$(free_port)
  mkdir -p "$TMP/pg"
  chown postgres "$TMP" "$TMP/pg"
  PG_DATA=$TMP/pg/data
  runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DATA" -A trust -U postgres -E UTF8 --locale=C >/dev/null
  # durability as in production: fsync and synchronous_commit stay on (PostgreSQL's defaults)
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$TMP/pg/postgres.log" -w \
      -o "-p $PG_PORT -k $TMP/pg -c listen_addresses=$HOST" start >/dev/null
  runuser -u postgres -- "$PG_BIN/createdb" -h "$HOST" -p "$PG_PORT" -U postgres compensation
  log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on $HOST:$PG_PORT; build: $PG_APP"
  export COMPENSATION_DB_URL="jdbc:postgresql://$HOST:$PG_PORT/compensation"
  export COMPENSATION_DB_USER=postgres COMPENSATION_DB_PASSWORD=unused
  start_service pg "$PG_APP" -Dquarkus.profile=pg
  echo "pg $FIRST_200_MS ${STARTED_IN:-?} $STARTUP_CPU_MS $IDLE_RSS_MB" >>"$TMP/starts.txt"
  run_wrk pg baseline GET /api/v1/schedules
  run_wrk pg persist POST '/api/v1/quotes?persist=true' "$TYPICAL"
  CHAIN_PG=$(curl -fs -H "Authorization: $AUTH" "http://$HOST:$PORT/api/v1/ledger/verify" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["valid"], d["entries"])')
  log "pg ledger after the run: valid, entries = $CHAIN_PG"
  stop_service
  stop_pg
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# ---- report -------------------------------------------------------------------------------------------------
{
  echo "# HTTP load $STAMP"
  echo
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"\
       "$(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1);" \
       "load average before $LOAD_BEFORE, after $LOAD_AFTER."
  echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency (after a $WARMUP warm-up of the same scenario), on $HOST;" \
       "JVM options: $(sed 's/^\([a-z0-9]*\) /\1: /' "$TMP/java-opts.txt" | paste -sd';' | sed 's/;/; /g')."
  echo "H2 service driven to steady state first: ${STEADY_AFTER:-?} s of load, the last round compiling ${STEADY_LAST:-?} %" \
       "of its time (threshold $STEADY_PERCENT %). 'JIT s' = compile time during the measured run."
  echo
  echo "| db | scenario | req/s | p50 ms | p90 ms | p99 ms | non-2xx | errors | vs baseline | service CPU ms/req | CPU vs baseline | JIT s | RSS max MB |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  while read -r db scenario rest; do
    base=$(grep "^$db baseline " "$TMP/results.txt" | head -1 | cut -d' ' -f3-)
    rps=$(val "$rest" rps); brps=$(val "$base" rps)
    errs=$(( $(val "$rest" connect_errors) + $(val "$rest" read_errors) + $(val "$rest" write_errors) + $(val "$rest" timeouts) ))
    ratio=$(python3 -c "print(f'{$rps / $brps * 100:.0f} %')")
    cpu=$(val "$rest" cpu_ms_per_req); bcpu=$(val "$base" cpu_ms_per_req)
    cratio=$(python3 -c "print(f'{$bcpu / max($cpu, 1e-9) * 100:.0f} %')")
    echo "| $db | $scenario | $rps | $(val "$rest" p50_ms) | $(val "$rest" p90_ms) | $(val "$rest" p99_ms) |" \
         "$(val "$rest" non2xx) | $errs | $ratio | $cpu | $cratio | $(val "$rest" jit_s) | $(val "$rest" rss_max_mb) |"
  done <"$TMP/results.txt"
  echo
  ratio_line() { # QUOTE_SCENARIO PRECOMPUTED_SCENARIO
    local q p
    q=$(grep "^h2 $1 " "$TMP/results.txt" | cut -d' ' -f3-); p=$(grep "^h2 $2 " "$TMP/results.txt" | cut -d' ' -f3-)
    echo "$(python3 -c "print(f'{$(val "$q" rps) / $(val "$p" rps) * 100:.0f} %')") of the requests/s," \
         "$(python3 -c "print(f'{$(val "$p" cpu_ms_per_req) / max($(val "$q" cpu_ms_per_req), 1e-9) * 100:.0f} %')") by service CPU per request"
  }
  q=$(grep '^h2 quote-1 ' "$TMP/results.txt" | cut -d' ' -f3-); p=$(grep '^h2 precomputed-1 ' "$TMP/results.txt" | cut -d' ' -f3-)
  ratios=""
  for pair in $(seq 1 "$PAIRS"); do
    echo "- pair $pair: $(ratio_line "quote-$pair" "precomputed-$pair")"
    q2=$(grep "^h2 quote-$pair " "$TMP/results.txt" | cut -d' ' -f3-); p2=$(grep "^h2 precomputed-$pair " "$TMP/results.txt" | cut -d' ' -f3-)
    ratios="$ratios $(python3 -c "print($(val "$q2" rps) / $(val "$p2" rps) * 100)")"
  done
  echo
  echo "**Typical quote ÷ precomputed (the same answer's bytes, stored), median of the $PAIRS pairs:" \
       "$(python3 -c "import statistics; print(f'{statistics.median([$(echo $ratios | tr ' ' ',')]):.0f} %')") of the requests/s.**" \
       "Bytes per answer: quote $(python3 -c "print($(val "$q" bytes) // max(1, $(val "$q" requests)))"),"\
       "precomputed $(python3 -c "print($(val "$p" bytes) // max(1, $(val "$p" requests)))") (headers included)."
  echo
  echo "'CPU vs baseline' = the baseline's service CPU per request / this scenario's: the throughput ratio the service"
  echo "would show if it had the cores to itself (wrk shares the 2 cores; other load on the machine does not count)."
  echo
  echo "| db | first HTTP 200 after java -jar (ms) | Quarkus 'started in' | CPU used until then (ms) | idle RSS MB |"
  echo "|---|---:|---:|---:|---:|"
  while read -r db ms started cpu rss; do echo "| $db | $ms | $started | $cpu | $rss |"; done <"$TMP/starts.txt"
  echo
  echo "Ledger after the runs: H2 valid/entries = ${CHAIN:-?}; PostgreSQL valid/entries = ${CHAIN_PG:-not run}."
} >"$REPORT"
cat "$REPORT"
log "report: $REPORT"
