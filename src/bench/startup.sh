#!/usr/bin/env bash
# vcgate start-up: time from launch to the first served /v1 request (a status read through the
# benchmark's stand-in vCenter, login included), and RSS then, for each way of running the fast-jar,
# in one run on this machine (unpinned; median of RUNS launches each):
#   fast-jar on JDK 17 and on JDK 25 (the default packaging),
#   + a CDS archive on JDK 17        (-XX:ArchiveClassesAtExit, one training run),
#   + an AOT cache on JDK 25         (-XX:AOTCacheOutput, JEP 514/515, one training run).
# A training run starts the gateway, serves TRAIN requests and stops it with SIGTERM; the JVM writes
# the archive or cache as it exits. Writes target/startup/results.md.
#   bash src/bench/startup.sh                 # RUNS=5 TRAIN=50 JDK17=... JDK25=...
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
OUT=$ROOT/target/startup
RUNS=${RUNS:-5}
TRAIN=${TRAIN:-50}
JDK17=${JDK17:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
APP=$ROOT/target/quarkus-app
STANDIN=18180
GATEWAY=18181
CALL=(-u 'administrator@vsphere.local:VMware1!' "http://127.0.0.1:$GATEWAY/v1/vms/vm-100/guest/customization")
mkdir -p "$OUT"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

[ -f "$APP/quarkus-run.jar" ] || ./mvnw -B -q package -DskipTests

java -Xmx256m src/bench/StandIn.java $STANDIN > "$OUT/standin.log" 2>&1 & PIDS+=($!)
until curl -s -o /dev/null -m 1 "http://127.0.0.1:$STANDIN/api/vcenter/vm/vm-100/guest/customization-live"; do sleep 0.05; done

launch() { # java extra-jvm-args... -> sets PID (runs from the application directory, as archives require)
  (cd "$APP" && exec "$@" -Xmx128m -XX:+UseSerialGC -Dquarkus.http.port=$GATEWAY -Dvcgate.facade.allow-plain-http=true \
    -Dvcgate.vcenter.url=http://127.0.0.1:$STANDIN -jar quarkus-run.jar) > "$OUT/gateway.log" 2>&1 & PID=$!
}
train() { # java archive-option
  launch "$@"
  until curl -s -o /dev/null -m 1 "${CALL[@]}"; do sleep 0.05; done
  for i in $(seq "$TRAIN"); do curl -s -o /dev/null "${CALL[@]}"; done
  kill -TERM $PID; wait $PID 2>/dev/null || true
}
first_answer() { # java extra-jvm-args... -> "ms rssMB"
  local t0=$(date +%s%N)
  launch "$@"
  until curl -s -o /dev/null -m 1 "${CALL[@]}"; do sleep 0.002; done
  local ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  local rss=$(( $(ps -o rss= -p $PID | tr -d ' ') / 1024 ))
  kill $PID; wait $PID 2>/dev/null || true
  echo "$ms $rss"
}
median() { sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"; }
measure() { # label java args...
  local label=$1; shift
  local times=() rss=()
  for i in $(seq "$RUNS"); do read -r t r < <(first_answer "$@"); times+=("$t"); rss+=("$r"); done
  printf '| %s | %s ms | %s MB |\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" "$(printf '%s\n' "${rss[@]}" | median)"
}

rm -f "$OUT/app-cds.jsa" "$OUT/app.aot"
train "$JDK17/bin/java" -XX:ArchiveClassesAtExit="$OUT/app-cds.jsa"
train "$JDK25/bin/java" -XX:AOTCacheOutput="$OUT/app.aot"
{
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); median of $RUNS launches, unpinned; archives trained on $TRAIN requests."
  echo
  echo "| packaging | first served request | RSS then |"
  echo "|---|---|---|"
  measure "fast-jar, JDK 17" "$JDK17/bin/java"
  measure "fast-jar + CDS archive, JDK 17" "$JDK17/bin/java" -XX:SharedArchiveFile="$OUT/app-cds.jsa" -Xshare:on
  measure "fast-jar, JDK 25" "$JDK25/bin/java"
  measure "fast-jar + AOT cache, JDK 25" "$JDK25/bin/java" -XX:AOTCache="$OUT/app.aot" -XX:AOTMode=on
} | tee "$OUT/results.md"
