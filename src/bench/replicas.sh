#!/usr/bin/env bash
# Two vcgate replicas behind nginx, in front of one simulated vCenter: how many vCenter logins each
# caller costs when nginx routes by caller (hash $http_authorization consistent) and when it does not
# (round robin). Prints both and fails unless routing by caller costs exactly one login per caller.
#
#   bash src/bench/replicas.sh          # CALLERS=40 REQUESTS=10 by default
#
# All three processes are the demo build (the simulator built in): the first one's simulator serves as the
# vCenter; the two replicas point at it (vcgate.vcenter.url), so their own simulators (on ports of the
# system's choosing) are never called.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
OUT=$ROOT/target/replicas
mkdir -p "$OUT/nginx/logs"
VCENTER=18190 REPLICA_A=18191 REPLICA_B=18192 HASHED=18193 ROUND_ROBIN=18194 VCENTER_GATEWAY=18195
CALLERS=${CALLERS:-40}
REQUESTS=${REQUESTS:-10}
JVM_OPTS=${JVM_OPTS:-"-Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"}
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do kill "$p" 2>/dev/null || true; done; nginx -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" -s stop 2>/dev/null || true; }
trap cleanup EXIT

command -v nginx >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q nginx-light >/dev/null; }

# the demo build, in its own directory (target/replicas/build), so the production build in target/quarkus-app stays as it is
APP=$OUT/build/quarkus-run.jar
[ -f "$APP" ] || ./mvnw -B -q package -DskipTests -DskipITs -Dvcgate.simulator=true -Dquarkus.package.output-directory=replicas/build

wait_for() { # url: gives up after 2 minutes (a process that failed to start)
  local n=0
  until curl -s -o /dev/null -m 1 "$1"; do sleep 0.05; n=$((n + 1)); [ $n -lt 2400 ] || { echo "no answer from $1: see $OUT/*.log" >&2; exit 1; }; done
}
java $JVM_OPTS -Dquarkus.http.port=$VCENTER_GATEWAY -Dvcgate.simulator.port=$VCENTER -Dvcgate.simulator.task-duration=200ms -jar "$APP" > "$OUT/vcenter.log" 2>&1 & PIDS+=($!)
for port in $REPLICA_A $REPLICA_B; do
  java $JVM_OPTS -Dquarkus.http.port=$port -Dvcgate.simulator.port=0 -Dvcgate.facade.allow-plain-http=true -Dvcgate.vcenter.url=http://127.0.0.1:$VCENTER -jar "$APP" > "$OUT/replica-$port.log" 2>&1 & PIDS+=($!)
done
for url in "http://127.0.0.1:$VCENTER/simulator" "http://127.0.0.1:$REPLICA_A/q/health/live" "http://127.0.0.1:$REPLICA_B/q/health/live"; do wait_for "$url"; done

cat > "$OUT/nginx/nginx.conf" <<NGX
worker_processes 1; daemon on; pid $OUT/nginx/nginx.pid; error_log $OUT/nginx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  # each caller's requests on one replica: its vCenter session is opened once and reused there
  upstream by_caller { hash \$http_authorization consistent; server 127.0.0.1:$REPLICA_A; server 127.0.0.1:$REPLICA_B; keepalive 16; }
  upstream round_robin { server 127.0.0.1:$REPLICA_A; server 127.0.0.1:$REPLICA_B; keepalive 16; }
  server { listen 127.0.0.1:$HASHED; location / { proxy_pass http://by_caller; proxy_http_version 1.1; proxy_set_header Connection ""; } }
  server { listen 127.0.0.1:$ROUND_ROBIN; location / { proxy_pass http://round_robin; proxy_http_version 1.1; proxy_set_header Connection ""; } }
}
NGX
nginx -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf"

# CALLERS callers (simulator users load001..), each sending REQUESTS requests: status reads and one abort
drive() { # port
  for i in $(seq -f %03g 1 "$CALLERS"); do
    (
      for r in $(seq "$REQUESTS"); do
        if [ "$r" -eq 5 ]; then
          curl -s -o /dev/null -w '%{http_code}\n' -u "load$i@vsphere.local:VMware1!" -H 'Content-Type: application/json' \
            -d '{"credentials":{"type":"password","username":"root","password":"guest-pass"}}' \
            "http://127.0.0.1:$1/v1/vms/vm-103/guest/customization/abort"
        else
          curl -s -o /dev/null -w '%{http_code}\n' -u "load$i@vsphere.local:VMware1!" "http://127.0.0.1:$1/v1/vms/vm-103/guest/customization"
        fi
      done
    ) &
  done | sort | uniq -c | awk '{printf "%s x %s  ", $1, $2} END {print ""}'
  wait
}
# logins per caller in the vCenter's ledger: "callers min max total"
logins() {
  curl -s "http://127.0.0.1:$VCENTER/simulator/ledger" | python3 -c '
import json, sys, collections
per = collections.Counter()
for key, n in json.load(sys.stdin)["logins"].items():
    per[key.split("/", 1)[1]] += n
counts = [per.get("load%03d@vsphere.local" % i, 0) for i in range(1, int(sys.argv[1]) + 1)]
print(len(counts), min(counts), max(counts), sum(counts))' "$CALLERS"
}
reset() { curl -s -o /dev/null -X POST "http://127.0.0.1:$VCENTER/simulator/reset"; }

reset
echo "by caller (hash \$http_authorization consistent): answers $(drive $HASHED)"
read -r n h_min h_max h_total <<< "$(logins)"
reset # also drops every session on the vCenter: the replicas log their callers in again
echo "round robin:                                      answers $(drive $ROUND_ROBIN)"
read -r n r_min r_max r_total <<< "$(logins)"

{
  echo "| nginx routing | callers | requests each | vCenter logins in all | per caller (min-max) |"
  echo "|---|---|---|---|---|"
  echo "| \`hash \$http_authorization consistent\` | $n | $REQUESTS | $h_total | $h_min-$h_max |"
  echo "| round robin | $n | $REQUESTS | $r_total | $r_min-$r_max |"
} | tee "$OUT/results.md"
if [ "$h_min" -ne 1 ] || [ "$h_max" -ne 1 ]; then
  echo "FAIL: routing by caller should cost exactly one vCenter login per caller" >&2
  exit 1
fi
echo "OK: routing by caller costs one vCenter login per caller (a vSphere 9.0 vCenter: one session serves both APIs)"
