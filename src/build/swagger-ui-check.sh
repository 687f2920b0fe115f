#!/usr/bin/env bash
# Checks, in a real browser (headless Chromium), that Swagger UI at /q/swagger-ui renders the contract.
# It starts nothing itself: give it a running gateway with Swagger UI on, e.g. dev mode
#
#   ./mvnw quarkus:dev                                  # http://localhost:8080
#   src/build/swagger-ui-check.sh [http://localhost:8080]
#
# It writes target/swagger-ui.png (a screenshot of the page, to look at) and fails if the screenshot is
# missing or if the rendered page (Chromium's --dump-dom, after Swagger UI ran) lacks the contract's
# title (info.title of specs/gateway.openapi.yaml) or the operation GET /v1/vms/{vm}/guest/customization.
# Chromium: Debian's package "chromium" (or set CHROMIUM to another binary of Chromium or Chrome).
#
# "Try it out": where Node (20 or later) is at hand, swagger-ui-try-it-out.mjs does, in Chromium, what a person
# would (skipped without Node; against a gateway whose vCenter is not the simulator, SKIP_TRY_IT_OUT=1):
#   1. "Authorize", vcenterBasic: administrator@vsphere.local / VMware1! (the simulator's user), "Authorize",
#      "Close";
#   2. GET /v1/vms/{vm}/guest/customization, "Try it out", vm: vm-103; clear wait and since (the contract's
#      examples fill them in, which makes it a long poll of 5 minutes), "Execute";
#   3. expect "Server response" 200 with "status": "SUCCEEDED", and the curl Swagger UI shows calling
#      the page's own origin (the contract's server is "/") with an "Authorization: Basic" header.
# By hand, also: reload the page, and the authorization is gone (persistAuthorization is off).
set -euo pipefail

url="${1:-http://localhost:8080}"
url="${url%/}"
cd "$(dirname "$0")/../.."

chromium="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}"
if [[ -z "$chromium" ]]; then
  echo "no Chromium: install Debian's chromium (apt-get install chromium) or set CHROMIUM" >&2
  exit 2
fi

title="$(awk '/^info:/ { in_info = 1; next } in_info && /^[^ ]/ { exit } in_info && /^  title:/ { sub(/^  title: */, ""); print; exit }' specs/gateway.openapi.yaml)"
operation='/v1/vms/{vm}/guest/customization'

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --disable-gpu --no-first-run --user-data-dir="$profile" --window-size=1280,1600 --virtual-time-budget=10000)
if [[ "$(id -u)" == 0 ]]; then
  flags+=(--no-sandbox) # Chromium's sandbox refuses to run as root (containers, CI)
fi

mkdir -p target
rm -f target/swagger-ui.png
"$chromium" "${flags[@]}" --screenshot=target/swagger-ui.png "$url/q/swagger-ui" 2>/dev/null || true
if [[ ! -s target/swagger-ui.png ]]; then
  echo "FAIL: no screenshot of $url/q/swagger-ui (is the gateway running, with vcgate.swagger-ui.enabled?)" >&2
  exit 1
fi
echo "screenshot: target/swagger-ui.png"

dom="$("$chromium" "${flags[@]}" --dump-dom "$url/q/swagger-ui" 2>/dev/null || true)"
failed=0
if ! grep -qF "$title" <<<"$dom"; then
  echo "FAIL: the rendered page lacks the contract's title: $title" >&2
  failed=1
fi
if ! grep -qF "data-path=\"$operation\"" <<<"$dom"; then
  echo "FAIL: the rendered page lacks the operation $operation" >&2
  failed=1
fi
if [[ $failed == 0 ]]; then
  echo "OK: Swagger UI at $url/q/swagger-ui renders \"$title\" with $operation"
fi

if [[ -n "${SKIP_TRY_IT_OUT:-}" ]] || ! command -v node >/dev/null; then
  echo "\"Try it out\" not checked (no node, or SKIP_TRY_IT_OUT): do it by hand, as above"
  exit $failed
fi
websocket=()
if [[ "$(node -e 'console.log(typeof WebSocket)')" != function ]]; then
  websocket=(--experimental-websocket --no-warnings) # Node 20
fi
if CHROMIUM="$chromium" node "${websocket[@]}" src/build/swagger-ui-try-it-out.mjs "$url" \
    'administrator@vsphere.local' 'VMware1!' vm-103 SUCCEEDED; then
  echo "OK: \"Try it out\" on GET $operation with vm-103 answered 200 SUCCEEDED"
else
  echo "FAIL: \"Try it out\" on GET $operation with vm-103 did not answer 200 SUCCEEDED" >&2
  failed=1
fi
exit $failed
