#!/usr/bin/env bash
# vcgate benchmark: the gateway against the direct call (the floor) and against nginx as a plain
# reverse proxy, in one run on this machine. Writes target/bench/results.md and prints it.
#
#   bash src/bench/run.sh            # JVM build; the native one too when target/*-runner exists
#
# Processes are pinned on 2 cores: the proxy under test (vcgate or nginx) on core 0, the stand-in
# vCenter and the load generator (wrk) on core 1, the same for every scenario, so the proxy's own
# cost is what differs. Each point: warm-up, then REPEATS runs, median reported.
# Everything is plain HTTP on loopback, nginx included, so vcgate runs with allow-plain-http (production
# refuses /v1 over plain HTTP) and wrk's connections, one caller, may all be under way at once.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
OUT=$ROOT/target/bench
mkdir -p "$OUT"
: > "$OUT/non2xx.txt"  # measured runs whose answers were not all 2xx
rm -f "$OUT"/*.jfr "$OUT"/*.jfr.requests  # no profile of an earlier run in this one's results
STANDIN=18090 GATEWAY=18091 NGINX=18092 DEAD=18099
LEVELS=${LEVELS:-"8 64"}
DURATION=${DURATION:-8s}
WARMUP=${WARMUP:-4s}
# A JVM's JIT needs far longer than a point's warm-up on a 2-core machine, pinned to one core beside the
# event loop (the status read took 100 to 350 s to settle here, the abort 160 s to over 360): each JVM gateway
# first gets load on each path, in 10 s rounds, until its JIT compilers were nearly idle for a round
# (under 2% of it) and its throughput held (the last three rounds within 5% of each other), at least
# JIT_WARMUP and at most JIT_WARMUP_MAX.
JIT_WARMUP=${JIT_WARMUP:-90s}
JIT_WARMUP_MAX=${JIT_WARMUP_MAX:-360s}
seconds() { # 90, 90s or 2m -> 90, 90, 120; anything else fails the run
  case $1 in *m) echo $(( ${1%m} * 60 ));; *s) echo "${1%s}";; *) echo "$1";; esac | grep -xE '[0-9]+' \
    || { echo "not a duration in whole seconds or minutes: $1" >&2; exit 1; }
}
seconds "$JIT_WARMUP" >/dev/null; seconds "$JIT_WARMUP_MAX" >/dev/null
REPEATS=${REPEATS:-3}
JVM_OPTS=${JVM_OPTS:-"-Xmx128m -XX:+UseSerialGC"}
# a native executable's heap is sized from the machine's memory unless told: cap it as in production
# (a small young generation keeps the idle RSS down; README, Package)
NATIVE_OPTS=${NATIVE_OPTS:-"-Xmx64m -Xmn8m"}
# a JVM sized for memory rather than throughput (README, Package); empty skips that scenario
JVM_SMALL_OPTS=${JVM_SMALL_OPTS-"-Xmx48m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"}
# the gateway gets one core, as nginx gets one worker: one event loop for it (Quarkus' default is two
# per core, which on one core mostly switches between them)
EVENT_LOOPS=${EVENT_LOOPS:-1}
ADMIN_BASIC=$(printf '%s' 'administrator@vsphere.local:VMware1!' | base64)
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do kill "$p" 2>/dev/null || true; done; nginx -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" -s stop 2>/dev/null || true; }
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q "$2" >/dev/null; }; }
need wrk wrk
need nginx nginx-light
need taskset util-linux

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests -DskipITs

wait_for() { # url -> ms until it answers 2xx/4xx
  local start=$(date +%s%N)
  until curl -s -o /dev/null -m 1 "$1"; do sleep 0.005; done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
}
rss_mb() { local r; r=$(ps -o rss= -p "$1" 2>/dev/null | tr -d " "); echo $(( ${r:-0} / 1024 )); }

# --- processes -------------------------------------------------------------------------------------
taskset -c 1 java -Xmx256m -Dsun.net.httpserver.nodelay=true src/bench/StandIn.java $STANDIN > "$OUT/standin.log" 2>&1 & PIDS+=($!)
wait_for "http://127.0.0.1:$STANDIN/api/vcenter/vm/vm-100/guest/customization-live" >/dev/null

start_gateway() { # command... -> sets GW_PID, GW_START_MS
  local t0=$(date +%s%N)
  taskset -c 0 "$@" > "$OUT/gateway.log" 2>&1 & GW_PID=$!; PIDS+=($GW_PID)
  until curl -s -o /dev/null -m 1 -u 'administrator@vsphere.local:VMware1!' "http://127.0.0.1:$GATEWAY/v1/vms/vm-100/guest/customization"; do sleep 0.005; done
  GW_START_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}
# three launches of a gateway, each stopped after its first served request: START_MS, the median
median_start() { # command...
  local i launches=()
  for i in 1 2 3; do start_gateway "$@"; launches+=($GW_START_MS); kill $GW_PID; wait $GW_PID 2>/dev/null || true; done
  START_MS=$(printf '%s\n' "${launches[@]}" | sort -n | sed -n 2p)
}
# every gateway of the run, JVM or native, against the stand-in (or, for the circuit, a dead port)
serving_args=(-Dquarkus.vertx.event-loops-pool-size=$EVENT_LOOPS -Dquarkus.http.port=$GATEWAY -Dvcgate.facade.allow-plain-http=true -Dvcgate.facade.caller-max-in-flight=1000)
gateway_args=("${serving_args[@]}" -Dvcgate.vcenter.url=http://127.0.0.1:$STANDIN)
gateway_cmd_jvm=(java $JVM_OPTS "${gateway_args[@]}" -jar target/quarkus-app/quarkus-run.jar)

mkdir -p "$OUT/nginx/logs"
cat > "$OUT/nginx/nginx.conf" <<NGX
worker_processes 1; daemon on; pid $OUT/nginx/nginx.pid; error_log $OUT/nginx/logs/error.log;
events { worker_connections 1024; }
http { access_log off; upstream vc { server 127.0.0.1:$STANDIN; keepalive 64; }
  server { listen 127.0.0.1:$NGINX; location / { proxy_pass http://vc; proxy_http_version 1.1; proxy_set_header Connection ""; } } }
NGX
taskset -c 0 nginx -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf"

cat > "$OUT/abort.lua" <<'LUA'
wrk.method = "POST"
wrk.body = '{"credentials":{"type":"password","username":"root","password":"guest-pass"}}'
wrk.headers["Content-Type"] = "application/json"
LUA
cat > "$OUT/soap.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/xml; charset=utf-8"
wrk.headers["SOAPAction"] = "urn:vim25/7.0.3.0"
wrk.headers["Cookie"] = 'vmware_soap_session="52a8b1c2d3e4f5061728394a5b6c7d8e9f0a1b2c"'
wrk.body = '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:urn="urn:vim25" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><urn:AbortCustomization_Task><urn:_this type="VirtualMachineGuestCustomizationManager">guestCustomizationManager</urn:_this><urn:vm type="VirtualMachine">vm-100</urn:vm><urn:auth xsi:type="urn:NamePasswordAuthentication"><urn:interactiveSession>false</urn:interactiveSession><urn:username>root</urn:username><urn:password>guest-pass</urn:password></urn:auth></urn:AbortCustomization_Task></soapenv:Body></soapenv:Envelope>'
LUA

# wrk -> "rps p50ms p99ms requests" (requests: all of them, warm-up included)
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.3f", n }'; }
measure() { # conns url [wrk args...]
  local c=$1 url=$2; shift 2
  local total=0 o
  o=$(taskset -c 1 wrk -t1 -c"$c" -d"$WARMUP" "$@" "$url")
  total=$(( total + $(echo "$o" | awk '/requests in/ {print $1}') ))
  local runs=()
  for i in $(seq "$REPEATS"); do
    o=$(taskset -c 1 wrk -t1 -c"$c" -d"$DURATION" --latency "$@" "$url")
    total=$(( total + $(echo "$o" | awk '/requests in/ {print $1}') ))
    local rps p50 p99
    rps=$(echo "$o" | awk '/Requests\/sec/ {print $2}')
    p50=$(to_ms "$(echo "$o" | awk '$1=="50%" {print $2}')")
    p99=$(to_ms "$(echo "$o" | awk '$1=="99%" {print $2}')")
    runs+=("$rps $p50 $p99")
    echo "$o" | awk -v u="$url" '/Non-2xx/ { print u, $NF }' >> "$OUT/non2xx.txt"
  done
  # median of each column
  for col in 1 2 3; do printf '%s\n' "${runs[@]}" | awk -v c=$col '{print $c}' | sort -g | awk '{a[NR]=$1} END {printf "%s ", a[int((NR+1)/2)]}'; done
  echo "$total"
}
# the gateway's CPU time so far, in clock ticks (user + system, from /proc)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
vcenter_calls() { curl -s "http://127.0.0.1:$STANDIN/count"; }
# measure the gateway: "rps p50 p99 vCenterCallsPerFacadeCall cpuSecondsPer1000Requests"
measure_gateway() { # conns url [wrk args...]
  local calls0 ticks0 rps p50 p99 total
  calls0=$(vcenter_calls); ticks0=$(cpu_ticks $GW_PID)
  read -r rps p50 p99 total <<< "$(measure "$@")"
  local calls=$(( $(vcenter_calls) - calls0 )) ticks=$(( $(cpu_ticks $GW_PID) - ticks0 ))
  echo "$rps $p50 $p99 $(awk -v a=$calls -v b=$total 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }') $(awk -v t=$ticks -v hz=$(getconf CLK_TCK) -v n=$total 'BEGIN { printf "%.3f", (n > 0 ? t / hz / n * 1000 : 0) }')"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
diff_ms() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a - b }'; }

RESULTS=()
declare -A NGINX_RPS  # per level: what the other status scenarios are compared with
row() { RESULTS+=("$1"); echo "$1"; }
# one row per level: REST status reads through the gateway now running (GW_PID), under this scenario name
status_rows() { # scenario
  local c rps p50 p99 calls cpu
  for c in $LEVELS; do
    read -r rps p50 p99 calls cpu <<< "$(measure_gateway $c "http://127.0.0.1:$GATEWAY/v1/vms/vm-100/guest/customization" -H "Authorization: Basic $ADMIN_BASIC")"
    row "| $1 | $c | $rps | $p50 | $p99 | | ${NGINX_RPS[$c]:+$(ratio $rps "${NGINX_RPS[$c]}")} | $calls | $cpu |"
  done
}

# --- JVM: start-up and idle RSS ----------------------------------------------------------------------
median_start "${gateway_cmd_jvm[@]}"; JVM_START=$START_MS
start_gateway "${gateway_cmd_jvm[@]}"
sleep 3; JVM_RSS_IDLE=$(rss_mb $GW_PID)
# CPU ticks the gateway's JIT compiler threads have used so far
jit_ticks() { { cat /proc/$GW_PID/task/*/stat 2>/dev/null || true; } | awk '/\((C1|C2) CompilerThre\)/ { sub(/.*\) /, ""); t += $12 + $13 } END { print t + 0 }'; }
WARMED=()  # what each JVM gateway's warm-up took, per path
warm_path() { # what min-seconds [wrk args...] url: load in 10 s rounds until the JIT is idle and throughput holds
  local what=$1 min max; min=$(seconds "$2"); max=$(seconds "$JIT_WARMUP_MAX"); shift 2
  local t=0 rps ticks0 jit last="" capped=""
  while :; do
    ticks0=$(jit_ticks)
    rps=$(taskset -c 1 wrk -t1 -c8 -d10s -H "Authorization: Basic $ADMIN_BASIC" "$@" | awk '/Requests\/sec/ {print $2}')
    rps=${rps:-0} # no answer counted: not settled
    jit=$(( $(jit_ticks) - ticks0 )); t=$(( t + 10 )); last=$(echo $last $rps | awk '{ for (i = (NF > 3 ? NF - 2 : 1); i <= NF; i++) printf "%s ", $i }')
    [ "$t" -ge "$max" ] && { capped=" (the cap: not settled)"; break; }
    [ "$t" -ge "$min" ] && awk -v j=$jit -v hz=$(getconf CLK_TCK) -v l="$last" 'BEGIN {
      n = split(l, r, " "); lo = r[1]; hi = r[1]; for (i = 2; i <= n; i++) { if (r[i] < lo) lo = r[i]; if (r[i] > hi) hi = r[i] }
      exit !(j / hz < 0.2 && n == 3 && lo > 0 && hi <= 1.05 * lo) }' && break
  done
  WARMED+=("$what ${t} s$capped")
}
jit_warmup() { # what min-seconds [abort]: the JIT compiles the status path (and the abort's) before anything is measured
  warm_path "$1 status" "$2" "http://127.0.0.1:$GATEWAY/v1/vms/vm-100/guest/customization"
  [ -z "${3:-}" ] || warm_path "$1 abort" "$2" -s "$OUT/abort.lua" "http://127.0.0.1:$GATEWAY/v1/vms/vm-100/guest/customization/abort"
}
jit_warmup vcgate "$JIT_WARMUP" abort

# --- REST path ---------------------------------------------------------------------------------------
row "| scenario | connections | req/s | p50 ms | p99 ms | vs direct | vs nginx | vCenter calls per call | gateway CPU s per 1000 |"
row "|---|---|---|---|---|---|---|---|---|"
JVM_RSS_LOAD=0
for c in $LEVELS; do
  read -r d_rps d_p50 d_p99 d_n <<< "$(measure $c "http://127.0.0.1:$STANDIN/api/vcenter/vm/vm-100/guest/customization-live" -H "vmware-api-session-id: 0123456789abcdef0123456789abcdef")"
  read -r n_rps n_p50 n_p99 n_n <<< "$(measure $c "http://127.0.0.1:$NGINX/api/vcenter/vm/vm-100/guest/customization-live" -H "vmware-api-session-id: 0123456789abcdef0123456789abcdef")"
  NGINX_RPS[$c]=$n_rps
  ( for s in $(seq 30); do sleep 1; rss_mb $GW_PID; done > "$OUT/rss-$c.txt" ) &
  read -r g_rps g_p50 g_p99 g_calls g_cpu <<< "$(measure_gateway $c "http://127.0.0.1:$GATEWAY/v1/vms/vm-100/guest/customization" -H "Authorization: Basic $ADMIN_BASIC")"
  m=$(sort -n "$OUT/rss-$c.txt" | tail -1); [ "$m" -gt "$JVM_RSS_LOAD" ] && JVM_RSS_LOAD=$m
  row "| REST status, direct (floor) | $c | $d_rps | $d_p50 | $d_p99 | 1.00 | | | |"
  row "| REST status, nginx proxy | $c | $n_rps | $n_p50 | $n_p99 | $(ratio $n_rps $d_rps) | 1.00 | 1.00 | |"
  row "| REST status, vcgate | $c | $g_rps | $g_p50 | $g_p99 | $(ratio $g_rps $d_rps) | $(ratio $g_rps $n_rps) | $g_calls | $g_cpu |"
  row "| REST status, vcgate p50 added over direct (ms) | $c | | $(diff_ms $g_p50 $d_p50) | | | | | |"
done

# --- SOAP path ---------------------------------------------------------------------------------------
declare -A SOAP_RPS  # per level: one direct SOAP call, what the other abort scenarios are compared with
# one row per level: aborts through the gateway now running (GW_PID), under this scenario name
abort_rows() { # scenario
  local c rps p50 p99 calls cpu
  for c in $LEVELS; do
    read -r rps p50 p99 calls cpu <<< "$(measure_gateway $c "http://127.0.0.1:$GATEWAY/v1/vms/vm-100/guest/customization/abort" -s "$OUT/abort.lua" -H "Authorization: Basic $ADMIN_BASIC")"
    row "| $1 | $c | $rps | $p50 | $p99 | $(ratio $rps "${SOAP_RPS[$c]}") | | $calls | $cpu |"
  done
}
for c in $LEVELS; do
  read -r d_rps d_p50 d_p99 d_n <<< "$(measure $c "http://127.0.0.1:$STANDIN/sdk" -s "$OUT/soap.lua")"
  SOAP_RPS[$c]=$d_rps
  row "| SOAP abort, direct AbortCustomization_Task (floor) | $c | $d_rps | $d_p50 | $d_p99 | 1.00 | | | |"
done
abort_rows "SOAP abort, vcgate (abort + Task info: 2 SOAP calls)"
# the profile is taken on a gateway of its own, with JFR started (recording nothing) at launch: a JVM
# that starts its first recording once warm throws its compiled code away, and the profile would be of
# a JVM running interpreted, at a tenth of its throughput (the measured one stays free of JFR's memory)
kill $GW_PID; wait $GW_PID 2>/dev/null || true
printf '<?xml version="1.0" encoding="UTF-8"?>\n<configuration version="2.0"></configuration>\n' > "$OUT/nothing.jfc"
start_gateway java -XX:StartFlightRecording:name=nothing,settings="$OUT/nothing.jfc" "${gateway_cmd_jvm[@]:1}" # the measured command, JFR added
jit_warmup "vcgate (profiled)" "$JIT_WARMUP" abort
profile() { # recording.jfr [wrk args...] url: JFR's profile of 15 s of load on the gateway now running (GW_PID)
  jcmd $GW_PID JFR.start name=profile settings=profile >/dev/null
  # the requests served while recording, so that gateways' profiles compare per request
  taskset -c 1 wrk -t1 -c8 -d15s -H "Authorization: Basic $ADMIN_BASIC" "${@:2}" | awk '/requests in/ {print $1}' > "$1.requests"
  jcmd $GW_PID JFR.dump name=profile filename="$1" >/dev/null 2>&1 || true
  jcmd $GW_PID JFR.stop name=profile >/dev/null 2>&1 || true
}
profile "$OUT/gateway.jfr" "http://127.0.0.1:$GATEWAY/v1/vms/vm-100/guest/customization"
profile "$OUT/gateway-soap.jfr" -s "$OUT/abort.lua" "http://127.0.0.1:$GATEWAY/v1/vms/vm-100/guest/customization/abort"
kill $GW_PID; wait $GW_PID 2>/dev/null || true

# --- what the OpenTelemetry SDK cost: the same gateway with it on (no exporter, nothing sampled), as it
# ran before vcgate carried traceparent itself -------------------------------------------------------
if [ "${OTEL_AB:-1}" = 1 ]; then
  # a second build with OpenTelemetry built in, SDK on, sampling nothing
  [ -f target/bench-otel/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests -Dvcgate.otel.exporter=otlp \
    -Dquarkus.otel.traces.sampler=always_off -Dquarkus.package.output-directory=bench-otel > "$OUT/build-otel.log" 2>&1
  start_gateway java $JVM_OPTS "${gateway_args[@]}" -jar target/bench-otel/quarkus-run.jar
  jit_warmup "vcgate with OpenTelemetry" "$JIT_WARMUP"
  status_rows "REST status, vcgate with the OpenTelemetry SDK on, nothing sampled (before)"
  kill $GW_PID; wait $GW_PID 2>/dev/null || true
fi

# --- the stack's own cost: the same Quarkus REST server, reactive REST client and quarkus-cxf client with
# vcgate's vim25 bindings relaying the status read and the abort (its two SOAP calls), JSON in and out,
# with nothing of vcgate's (src/bench/bare): what is left to cut without leaving the stack
# whether a relay's build is missing or older than a file among its sources
stale() { # jar find-arguments... (paths, then tests)
  local jar=$1; shift
  [ ! -f "$jar" ] || [ -n "$(find "$@" -newer "$jar" -type f | head -1)" ]
}
BARE_LINE=""
if [ "${BARE:-1}" = 1 ]; then
  # built when missing or older than its sources
  bare_jar=target/bench-bare/quarkus-app/quarkus-run.jar
  if stale $bare_jar src/bench/bare generated/vim25 specs/vim25 -not -path '*/layers/*'; then
    ./mvnw -B -q -f src/bench/bare/pom.xml package -DskipTests > "$OUT/build-bare.log" 2>&1 || { cat "$OUT/build-bare.log"; exit 1; }
  fi
  # the REST and SOAP clients' connection pools as vcgate's (64), so the 64-connection point is the same for both
  bare_cmd=(java $JVM_OPTS "${serving_args[@]}" -Dquarkus.rest-client.vcenter.url=http://127.0.0.1:$STANDIN
    -Dquarkus.rest-client.vcenter.connection-pool-size=64 -Dquarkus.cxf.client.vim.client-endpoint-url=http://127.0.0.1:$STANDIN/sdk
    -jar $bare_jar)
  median_start "${bare_cmd[@]}"
  BARE_LINE="bare Quarkus relay (src/bench/bare): start-up to first served request ${START_MS} ms (median of 3)"
  # JFR on (recording nothing) from launch, as the profiled vcgate, for the abort's profile at the end
  start_gateway java -XX:StartFlightRecording:name=nothing,settings="$OUT/nothing.jfc" "${bare_cmd[@]:1}"
  jit_warmup "bare relay" "$JIT_WARMUP" abort
  status_rows "REST status, bare Quarkus relay: the same stack, nothing of vcgate's (src/bench/bare)"
  abort_rows "SOAP abort, bare Quarkus + CXF relay (abort + Task info: 2 SOAP calls, nothing of vcgate's; src/bench/bare)"
  profile "$OUT/bare.jfr" "http://127.0.0.1:$GATEWAY/v1/vms/vm-100/guest/customization"
  profile "$OUT/bare-soap.jfr" -s "$OUT/abort.lua" "http://127.0.0.1:$GATEWAY/v1/vms/vm-100/guest/customization/abort"
  kill $GW_PID; wait $GW_PID 2>/dev/null || true
fi

# --- the stack with the parts of vcgate's layers that it provides itself on every status read, and none of
# vcgate's hand-written code (src/bench/bare/layers): the generated facade interface with its Hibernate Validator
# constraints, the generated vCenter REST client, a SmallRye Fault Tolerance guard with its meters, Micrometer's
# HTTP server metrics. Between the bare relay and vcgate: what those parts cost, and what vcgate's own code adds
LAYERS_LINE=""
if [ "${LAYERED:-1}" = 1 ]; then
  layers_jar=target/bench-layers/quarkus-app/quarkus-run.jar
  if stale $layers_jar src/bench/bare generated/facade generated/vcenter-rest generated/vim25 specs/vim25; then
    ./mvnw -B -q -f src/bench/bare/pom.xml -Players package -DskipTests > "$OUT/build-layers.log" 2>&1 || { cat "$OUT/build-layers.log"; exit 1; }
  fi
  # its REST client's pool as vcgate's (64)
  layers_cmd=(java $JVM_OPTS "${serving_args[@]}" -Dquarkus.rest-client.vcenter-rest.url=http://127.0.0.1:$STANDIN
    -Dquarkus.rest-client.vcenter-rest.connection-pool-size=64 -jar $layers_jar)
  median_start "${layers_cmd[@]}"
  LAYERS_LINE="layered relay (src/bench/bare/layers): start-up to first served request ${START_MS} ms (median of 3)"
  # JFR on (recording nothing) from launch, for its profile
  start_gateway java -XX:StartFlightRecording:name=nothing,settings="$OUT/nothing.jfc" "${layers_cmd[@]:1}"
  jit_warmup "layered relay" "$JIT_WARMUP"
  status_rows "REST status, layered relay: the stack's own parts of vcgate's layers, none of vcgate's hand-written code (src/bench/bare/layers)"
  profile "$OUT/layers.jfr" "http://127.0.0.1:$GATEWAY/v1/vms/vm-100/guest/customization"
  kill $GW_PID; wait $GW_PID 2>/dev/null || true
fi

# --- the JVM with a small footprint: a smaller heap and C1 only (no C2: its code and compiler arenas) ---
SMALL_LINE=""
if [ -n "$JVM_SMALL_OPTS" ]; then
  start_gateway java $JVM_SMALL_OPTS "${gateway_args[@]}" -jar target/quarkus-app/quarkus-run.jar
  jit_warmup "vcgate small footprint" 20s
  ( while sleep 1; do rss_mb $GW_PID; done > "$OUT/rss-small.txt" ) & RSS_SAMPLER=$!  # until killed
  status_rows "REST status, vcgate JVM small footprint ($JVM_SMALL_OPTS)"
  kill $RSS_SAMPLER 2>/dev/null || true
  SMALL_LINE="JVM small footprint ($JVM_SMALL_OPTS): RSS under load $(sort -n "$OUT/rss-small.txt" | tail -1) MiB"
  kill $GW_PID; wait $GW_PID 2>/dev/null || true
fi

# --- circuit open: fail fast -------------------------------------------------------------------------
taskset -c 0 java $JVM_OPTS "${serving_args[@]}" -Dvcgate.vcenter.url=http://127.0.0.1:$DEAD -jar target/quarkus-app/quarkus-run.jar > "$OUT/gateway-dead.log" 2>&1 & DEAD_PID=$!; PIDS+=($DEAD_PID)
wait_for "http://127.0.0.1:$GATEWAY/q/health/live" >/dev/null
GW_PID=$DEAD_PID
jit_warmup "vcgate circuit open" 30s
for i in $(seq 40); do curl -s -o /dev/null -u 'administrator@vsphere.local:VMware1!' "http://127.0.0.1:$GATEWAY/v1/vms/vm-100/guest/customization"; done
state=$(curl -s "http://127.0.0.1:$GATEWAY/q/health/ready" | tr -d ' \n' | grep -o '"default.rest.circuit":"[A-Z_]*"' || true)
read -r o_rps o_p50 o_p99 o_calls o_cpu <<< "$(measure_gateway 8 "http://127.0.0.1:$GATEWAY/v1/vms/vm-100/guest/customization" -H "Authorization: Basic $ADMIN_BASIC")"
row "| circuit open ($state), 503 fail-fast | 8 | $o_rps | $o_p50 | $o_p99 | | | 0 (open) | $o_cpu |"
kill $DEAD_PID; wait $DEAD_PID 2>/dev/null || true

# --- native ------------------------------------------------------------------------------------------
RUNNER=$(ls target/*-runner 2>/dev/null | head -1 || true)
NATIVE_LINE="no native executable in target/ (build one with ./mvnw package -Dnative)"
if [ -n "$RUNNER" ]; then
  median_start "$RUNNER" $NATIVE_OPTS "${gateway_args[@]}"; N_START=$START_MS
  start_gateway "$RUNNER" $NATIVE_OPTS "${gateway_args[@]}"
  sleep 3; N_RSS_IDLE=$(rss_mb $GW_PID)
  ( for s in $(seq 60); do sleep 1; rss_mb $GW_PID; done > "$OUT/rss-native.txt" ) &
  status_rows "REST status, vcgate native"
  N_RSS_LOAD=$(sort -n "$OUT/rss-native.txt" | tail -1)
  kill $GW_PID; wait $GW_PID 2>/dev/null || true
  NATIVE_LINE="native: start-up to first served request ${N_START} ms, RSS idle ${N_RSS_IDLE} MiB, RSS under load ${N_RSS_LOAD} MiB, binary $(awk -v b=$(stat -c %s "$RUNNER") 'BEGIN { printf "%.1f MiB (%.1f MB)", b / 1048576, b / 1e6 }')"
fi

# --- profile -----------------------------------------------------------------------------------------
# share of CPU samples whose stack passes through each layer (a sample may count in several)
layers() { # recording.jfr
  [ -f "$1" ] || { echo "(no JFR recording)"; return; }
  jfr print --events jdk.ExecutionSample "$1" | python3 -c '
import os, sys, collections
generated = ("io.vcgate.facade.api.", "io.vcgate.facade.model.", "io.vcgate.vcrest.")
layers = {"netty / Vert.x HTTP": ("io.netty", "io.vertx.core.http"), "RESTEasy Reactive server": ("reactive.server",),
          "REST client": ("reactive.client",), "OpenTelemetry": ("opentelemetry",), "Micrometer": ("micrometer",),
          "SmallRye Fault Tolerance": ("faulttolerance",), "context propagation": ("smallrye.context",),
          "Mutiny": ("io.smallrye.mutiny",), "Jackson": ("jackson",), "Hibernate Validator": ("hibernate.validator",),
          "CXF": ("apache.cxf",), "JAXB": ("jaxb",), "StAX / XML": ("com.ctc.wstx", "javax.xml", "com.sun.org.apache.xerces", "org.codehaus.stax2"),
          "ArC (CDI)": ("io.quarkus.arc",), "vim25 bindings (generated)": ("io.vcgate.vim25",),
          "facade interface, models and REST client (generated)": generated, "vcgate code": ("io.vcgate",)}
events = sys.stdin.read().split("jdk.ExecutionSample")[1:]
# vcgate code: its own frames, not the generated code nor the bare and layered relays (src/bench/bare)
own = lambda e: any(f.startswith("io.vcgate.") and not f.startswith(("io.vcgate.vim25.", "io.vcgate.bench.") + generated) for f in e.split())
counts = collections.Counter(name for e in events for name, keys in layers.items()
                             if (own(e) if name == "vcgate code" else any(k in e for k in keys)))
requests = int(open(sys.argv[1]).read() or 0) if os.path.exists(sys.argv[1]) else 0
print(f"{len(events)} samples" + (f" over {requests} requests ({1000 * len(events) / requests:.1f} per 1000)" if requests else ""))
for name, n in counts.most_common():
    print(f"{100 * n / max(len(events), 1):5.1f}%  {name}")
' "$1.requests"
}
PROFILE=$(layers "$OUT/gateway.jfr")
PROFILE_SOAP=$(layers "$OUT/gateway-soap.jfr")
PROFILE_BARE_SOAP=$(layers "$OUT/bare-soap.jfr")
PROFILE_LAYERS=$(layers "$OUT/layers.jfr")
PROFILE_BARE=$(layers "$OUT/bare.jfr")

{
  echo "# vcgate benchmark"
  echo
  echo "$(date -u +%Y-%m-%d), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
  echo "wrk 1 thread, $DURATION per run after a $WARMUP warm-up, median of $REPEATS runs; each JVM gateway first warmed per path until its JIT was idle and its throughput held (at least $JIT_WARMUP, at most $JIT_WARMUP_MAX; took: $(printf '%s; ' "${WARMED[@]}" | sed 's/; $//')); gateway JVM options: $JVM_OPTS; native options: $NATIVE_OPTS; event loops: $EVENT_LOOPS"
  echo
  printf '%s\n' "${RESULTS[@]}"
  echo
  echo "JVM: start-up to first served request ${JVM_START} ms (median of 3), RSS idle ${JVM_RSS_IDLE} MiB, RSS under load ${JVM_RSS_LOAD} MiB"
  [ -z "$SMALL_LINE" ] || echo "$SMALL_LINE"
  [ -z "$BARE_LINE" ] || echo "$BARE_LINE"
  [ -z "$LAYERS_LINE" ] || echo "$LAYERS_LINE"
  echo "$NATIVE_LINE"
  if [ -s "$OUT/non2xx.txt" ]; then
    echo
    echo "Answers other than 2xx in the measured runs, per URL (only the circuit-open gateway's 503s are expected):"
    awk '{ n[$1] += $2 } END { for (u in n) print "- " u ": " n[u] }' "$OUT/non2xx.txt"
  fi
  echo
  echo "Where the JVM gateway's CPU goes on the REST status path (JFR execution samples over 15 s at 8 connections, on a gateway of its own with JFR on from launch, after its own JIT warm-up; by layer on the stack):"
  echo '```'
  echo "$PROFILE"
  echo '```'
  echo
  echo "And on the SOAP abort path (the same, under abort load):"
  echo '```'
  echo "$PROFILE_SOAP"
  echo '```'
  if [ -n "$LAYERS_LINE" ]; then
    echo
    echo "The same status read through the layered relay (src/bench/bare/layers: the stack's own parts of vcgate's layers), the same way:"
    echo '```'
    echo "$PROFILE_LAYERS"
    echo '```'
  fi
  if [ -n "$BARE_LINE" ]; then
    echo
    echo "And through the bare relay (src/bench/bare: the stack alone), the status read, then the abort, the same way:"
    echo '```'
    echo "$PROFILE_BARE"
    echo
    echo "$PROFILE_BARE_SOAP"
    echo '```'
  fi
} | tee "$OUT/results.md"
