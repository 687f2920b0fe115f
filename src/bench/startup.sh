#!/usr/bin/env bash
# vcgate start-up: time from launch to the first served /v1 request, and RSS then, for the packaging
# options of the JVM build, in one run on this machine (unpinned; median of RUNS launches each):
#   fast-jar on JDK 17 and on JDK 25 (the default packaging),
#   fast-jar + AppCDS archive on JDK 17  (quarkus.package.jar.appcds.enabled=true),
#   aot-jar + AOT cache on JDK 25        (quarkus.package.jar.aot.enabled=true, trained by the
#                                         integration tests, as Quarkus does).
# Each variant is built into target/startup/<variant>; the gateway answers from the benchmark's
# stand-in vCenter. Writes target/startup/results.md.
#   bash src/bench/startup.sh                 # RUNS=5 JDK17=... JDK25=...
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
OUT=$ROOT/target/startup
RUNS=${RUNS:-5}
JDK17=${JDK17:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
STANDIN=18180
GATEWAY=18181
mkdir -p "$OUT"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

# the ITs train the AOT cache; unit tests are skipped (-Dtest=none)
build() { # variant jdk extra-args...
  local variant=$1 jdk=$2; shift 2
  [ -f "$OUT/$variant/quarkus-run.jar" ] && return 0
  echo "building $variant" >&2
  JAVA_HOME=$jdk ./mvnw -B -q verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dquarkus.package.output-directory="startup/$variant" "$@" > "$OUT/build-$variant.log" 2>&1
}
build jar17 "$JDK17" -DskipITs
# the AppCDS archive is written by starting the application once at build time: it needs a vCenter URL
# (never called during start-up)
VCGATE_VCENTER_URL=http://127.0.0.1:9 build appcds17 "$JDK17" -Dquarkus.package.jar.appcds.enabled=true -DskipITs
build aot25 "$JDK25" -Dquarkus.package.jar.aot.enabled=true

java -Xmx256m src/bench/StandIn.java $STANDIN > "$OUT/standin.log" 2>&1 & PIDS+=($!)
until curl -s -o /dev/null -m 1 "http://127.0.0.1:$STANDIN/api/vcenter/vm/vm-100/guest/customization-live"; do sleep 0.05; done

first_answer() { # java-binary jar extra-jvm-args... -> "ms rssMB"
  local java=$1 jar=$2; shift 2
  local t0=$(date +%s%N)
  "$java" -Xmx128m -XX:+UseSerialGC "$@" -Dquarkus.http.port=$GATEWAY -Dvcgate.facade.allow-plain-http=true \
    -Dvcgate.vcenter.url=http://127.0.0.1:$STANDIN -jar "$jar" > "$OUT/gateway.log" 2>&1 & local pid=$!
  until curl -s -o /dev/null -m 1 -u 'administrator@vsphere.local:VMware1!' "http://127.0.0.1:$GATEWAY/v1/vms/vm-100/guest/customization"; do sleep 0.002; done
  local ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  local rss=$(( $(ps -o rss= -p $pid | tr -d ' ') / 1024 ))
  kill $pid; wait $pid 2>/dev/null || true
  echo "$ms $rss"
}
median() { sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"; }
measure() { # label java jar args...
  local label=$1; shift
  local times=() rss=()
  for i in $(seq "$RUNS"); do read -r t r < <(first_answer "$@"); times+=("$t"); rss+=("$r"); done
  printf '| %s | %s ms | %s MB |\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" "$(printf '%s\n' "${rss[@]}" | median)"
}
{
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); median of $RUNS launches, unpinned."
  echo
  echo "| packaging | first served request | RSS then |"
  echo "|---|---|---|"
  measure "fast-jar, JDK 17" "$JDK17/bin/java" "$OUT/jar17/quarkus-run.jar"
  measure "fast-jar + AppCDS, JDK 17" "$JDK17/bin/java" "$OUT/appcds17/quarkus-run.jar" -XX:SharedArchiveFile="$OUT/appcds17/app-cds.jsa"
  measure "fast-jar, JDK 25" "$JDK25/bin/java" "$OUT/jar17/quarkus-run.jar"
  if [ -f "$OUT/aot25/app.aot" ]; then
    measure "aot-jar + AOT cache, JDK 25" "$JDK25/bin/java" "$OUT/aot25/quarkus-run.jar" -XX:AOTCache="$OUT/aot25/app.aot"
  else
    echo "| aot-jar + AOT cache, JDK 25 | no app.aot written by the build (see $OUT/build-aot25.log) | |"
  fi
} | tee "$OUT/results.md"
