#!/usr/bin/env bash
# vcgate farm benchmark: one replica following an InstantClone farm, thousands of customizations at once,
# against the pollers that tools use today. Writes target/farm/results.md and prints it.
#
#   bash src/bench/farm.sh            # N = 500, 2000 and 5000, both shapes, then a restart at 2000
#   N=500 bash src/bench/farm.sh      # one size alone (no restart unless RESTART=1)
#
# Processes, all on loopback: the simulated vCenter (the demo build, src/simulator, in its own JVM:
# POST /simulator/farm starts N customization runs at random over the first minute, each 30 to 120 s,
# one in ten FAILED with a failure event), vcgate (the packaged JVM app, -Xmx256m) in front of it, and the
# driver (src/bench/Farm.java): watchers following every VM to its end through vcgate, four in five over
# server-sent events, one in five by long polls with since; in the same run, two pollers following the
# same farm on a second simulated vCenter (/vc/poll) directly: QueryEvents per VM every 10 s (as
# Ansible's wait_for_customization) and customization-live every 5 s. Two shapes per N: one caller
# following N VMs, and 200 callers following N/200 each (users load001..load200).
# vcgate is pinned to core 0, the simulator and the driver to core 1, so that vcgate's CPU is its own.
# API_LEVEL=8.0.3 makes the farm's vCenter an 8.0 one (no customization-live: statuses come from the
# pushed guest.customizationInfo); PROFILE=1 records each JVM scenario with Java Flight Recorder and
# prints where vcgate's CPU went (target/farm/*-profile.txt).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
OUT=$ROOT/target/farm
mkdir -p "$OUT"
SIMULATOR=${SIMULATOR_PORT:-28291} SIMULATOR_HTTP=${SIMULATOR_HTTP_PORT:-28292} GATEWAY=${GATEWAY_PORT:-28290}
NS=${N:-"500 2000 5000"}
SHAPES=${SHAPES:-"one-caller 200-callers"}
# the restart scenario: by default in the full run (at 2000), or with RESTART=1 at the first N
if [ -n "${N:-}" ]; then RESTART=${RESTART:-0}; RESTART_N=${RESTART_N:-${NS%% *}}; else RESTART=${RESTART:-1}; RESTART_N=${RESTART_N:-2000}; fi
RESTART_SHAPES=${RESTART_SHAPES:-"200-callers one-caller"}
API_LEVEL=${API_LEVEL:-9.0}
PROFILE=${PROFILE:-0}
JVM_OPTS=${JVM_OPTS:-"-Xmx256m -XX:+UseSerialGC"}
NATIVE_OPTS=${NATIVE_OPTS:-"-Xmx256m"}
SIMULATOR_OPTS=${SIMULATOR_OPTS:-"-Xmx1g -XX:+UseSerialGC"}
# the caps sized for the farm: every watch of a scenario open at once, one caller included
CAPS="-Dvcgate.watch.max-per-caller=${MAX_PER_CALLER:-6000} -Dvcgate.watch.max-total=${MAX_TOTAL:-6000}"
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
command -v taskset >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q util-linux >/dev/null; }

# the gateway as packaged, and the demo build (the simulator built in) in its own directory
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests -DskipITs
SIM_APP=$OUT/build/quarkus-run.jar
[ -f "$SIM_APP" ] || ./mvnw -B -q package -DskipTests -DskipITs -Dvcgate.simulator=true -Dquarkus.package.output-directory=farm/build
# a demo build puts the simulator into target/classes: the next plain build must not find it there
[ ! -d target/classes/io/vcgate/simulator ] || rm -rf target/classes/io/vcgate/simulator
# the gateway runs from a copy, so that a build meanwhile (./mvnw verify) does not change it under the run
rm -rf "$OUT/gateway-app" && cp -r target/quarkus-app "$OUT/gateway-app"

wait_for() { # url: gives up after 2 minutes (a process that failed to start)
  local n=0
  until curl -s -o /dev/null -m 1 "$1"; do sleep 0.1; n=$((n + 1)); [ $n -lt 1200 ] || { echo "no answer from $1: see $OUT/*.log" >&2; exit 1; }; done
}

# the farm's vCenter at API_LEVEL; the pollers' (/vc/poll) a 9.0 one, so that the 5 s poller has customization-live
taskset -c 1 java $SIMULATOR_OPTS -Dquarkus.http.port=$SIMULATOR_HTTP -Dvcgate.simulator.port=$SIMULATOR \
  -Dvcgate.simulator.api-level=$API_LEVEL -Dvcgate.simulator.vcenters.poll.api-level=9.0 \
  -Dquarkus.log.level=WARN -jar "$SIM_APP" > "$OUT/simulator.log" 2>&1 & PIDS+=($!)
wait_for "http://127.0.0.1:$SIMULATOR/simulator"

gateway_args=(-Dquarkus.http.port=$GATEWAY -Dvcgate.facade.allow-plain-http=true -Dvcgate.vcenter.url=http://127.0.0.1:$SIMULATOR $CAPS ${GATEWAY_OPTS:-})
RESULTS=()
# where the gateway's CPU went in one scenario, from its flight recording's execution samples: the share of
# samples in which each part of the stack appears (a sample counts once per part), then the hottest methods
profile() { # jfr-file
  local samples
  samples=$(jfr print --stack-depth 64 --events jdk.ExecutionSample "$1")
  echo "  CPU profile ($(grep -c 'jdk.ExecutionSample' <<<"$samples") samples of vcgate's running threads), share of samples by what is on the stack:"
  awk '
    /jdk.ExecutionSample/ { if (n++) flush(); delete seen; top = ""; intrace = 0 }
    /stackTrace = \[/ { intrace = 1; next }
    intrace && /^[[:space:]]*\]/ { intrace = 0 }
    intrace {
      f = $1
      if (top == "") top = f
      if (f ~ /^org\.apache\.cxf|^com\.ctc\.wstx|^org\.glassfish\.jaxb|^com\.sun\.xml|^jakarta\.xml\.bind|^javax\.xml|^com\.sun\.org\.apache/) seen["SOAP: CXF, JAXB, XML"] = 1
      if (f ~ /^com\.fasterxml\.jackson/) seen["JSON: Jackson"] = 1
      if (f ~ /^org\.jboss\.resteasy\.reactive\.client|^io\.quarkus\.rest\.client/) seen["REST client"] = 1
      if (f ~ /^org\.jboss\.resteasy\.reactive\.server|^io\.quarkus\.resteasy\.reactive\.server/) seen["REST server (the facade)"] = 1
      if (f ~ /^io\.netty/) seen["Netty (sockets, TLS, HTTP codecs)"] = 1
      if (f ~ /^io\.smallrye\.mutiny/) seen["Mutiny"] = 1
      if (f ~ /^io\.smallrye\.faulttolerance/) seen["SmallRye Fault Tolerance"] = 1
      if (f ~ /^io\.micrometer/) seen["Micrometer"] = 1
      if (f ~ /^io\.vcgate\.soap\.PropertyWatches|^io\.vcgate\.soap\.CollectorFilters/) seen["vcgate: PropertyCollector loops"] = 1
      if (f ~ /^io\.vcgate\.customization\.(Feed|Watch)/) seen["vcgate: feeds and watches"] = 1
    }
    function flush() { for (k in seen) count[k]++; tops[top]++; total++ }
    END {
      if (n) flush()
      for (k in count) printf "    %5.1f%%  %s\n", 100 * count[k] / total, k | "sort -rn"
      close("sort -rn")
      print "  hottest methods (top of the stack):"
      for (t in tops) printf "    %5.1f%%  %s\n", 100 * tops[t] / total, t | "sort -rn | head -12"
    }' <<<"$samples"
}
run_gateway() { # label command...: every scenario on one gateway, started with the command
  local label=$1; shift
  taskset -c 0 "$@" > "$OUT/gateway-$label.log" 2>&1 & local gw=$!; PIDS+=($gw)
  wait_for "http://127.0.0.1:$GATEWAY/q/health/live"
  # a JVM compiles the paths first: a small, quick farm of both shapes before anything is measured
  if [ "$label" = jvm ] && [ "${WARMUP:-1}" = 1 ]; then
    echo "--- $label warm-up: 400 runs of 5 to 15 s, both shapes, not measured" >&2
    for shape in one-caller 200-callers; do
      taskset -c 1 java -Xmx1g -Dfarm.startWithinMs=10000 -Dfarm.minRunMs=5000 -Dfarm.maxRunMs=15000 -Dfarm.pollers=false src/bench/Farm.java \
        "http://127.0.0.1:$GATEWAY" "http://127.0.0.1:$SIMULATOR" $gw 400 $shape > "$OUT/$label-warmup-$shape.txt"
    done
  fi
  local n shape line
  for n in $NS; do
    for shape in $SHAPES; do
      echo "--- $label n=$n $shape" >&2
      [ "$PROFILE" = 1 ] && [ "$label" = jvm ] && jcmd $gw JFR.start name=farm settings=profile filename="$OUT/$label-$n-$shape.jfr" >/dev/null
      taskset -c 1 java -Xmx1g ${FARM_OPTS:-} src/bench/Farm.java "http://127.0.0.1:$GATEWAY" "http://127.0.0.1:$SIMULATOR" $gw $n $shape \
        | tee "$OUT/$label-$n-$shape.txt"
      if [ "$PROFILE" = 1 ] && [ "$label" = jvm ]; then
        jcmd $gw JFR.stop name=farm >/dev/null
        profile "$OUT/$label-$n-$shape.jfr" | tee "$OUT/$label-$n-$shape-profile.txt"
      fi
      line=$(grep '^farm ' "$OUT/$label-$n-$shape.txt" | sed "s/^farm /farm build=$label api=$API_LEVEL /")
      RESULTS+=("$line")
    done
  done
  if [ "$RESTART" = 1 ]; then
    for shape in $RESTART_SHAPES; do
      echo "--- $label n=$RESTART_N $shape, vCenter restart at the peak" >&2
      taskset -c 1 java -Xmx1g ${FARM_OPTS:-} src/bench/Farm.java "http://127.0.0.1:$GATEWAY" "http://127.0.0.1:$SIMULATOR" $gw $RESTART_N $shape restart \
        | tee "$OUT/$label-$RESTART_N-$shape-restart.txt"
      RESULTS+=("$(grep '^farm ' "$OUT/$label-$RESTART_N-$shape-restart.txt" | sed "s/^farm /farm build=$label api=$API_LEVEL /")")
    done
  fi
  kill $gw; wait $gw 2>/dev/null || true
}

run_gateway jvm java $JVM_OPTS "${gateway_args[@]}" -jar "$OUT/gateway-app/quarkus-run.jar"
RUNNER=$(ls target/*-runner 2>/dev/null | head -1 || true)
[ -z "$RUNNER" ] || run_gateway native "$RUNNER" $NATIVE_OPTS "${gateway_args[@]}"

{
  echo "# vcgate farm benchmark"
  echo
  echo "$(date -u +%Y-%m-%d), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
  echo "gateway JVM options: $JVM_OPTS $CAPS${RUNNER:+; native: $NATIVE_OPTS}; farm: runs start within 60 s, last 30 to 120 s, one in ten FAILED; the farm's vCenter at API level $API_LEVEL"
  [ -n "$RUNNER" ] || echo "no native executable in target/ (build one with ./mvnw package -Dnative): JVM only"
  echo
  echo '```'
  printf '%s\n' "${RESULTS[@]}"
  echo '```'
} | tee "$OUT/results.md"
