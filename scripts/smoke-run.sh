#!/usr/bin/env bash
# Starts ./run.sh (the README's run command) as a newcomer would, waits until the API is ready, checks that the
# sample data answers "who disputes Peskov's claim", and stops everything again. Used by CI.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE="http://localhost:5080"
LOG=$(mktemp)

setsid ./run.sh >"$LOG" 2>&1 &
RUN_PID=$!
stop() {
  kill -TERM -- "-$RUN_PID" 2>/dev/null || true
  wait "$RUN_PID" 2>/dev/null || true
}
trap stop EXIT

for _ in $(seq 1 180); do
  if curl -fs "$BASE/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$RUN_PID" 2>/dev/null; then echo "run.sh exited early:"; cat "$LOG"; exit 1; fi
  sleep 1
done
curl -fs "$BASE/health/ready" >/dev/null || { echo "API not ready after 180 s:"; cat "$LOG"; exit 1; }

claim=$(curl -fs "$BASE/api/claims?evidenceProvided=false" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
disputers=$(curl -fs "$BASE/api/claims/$claim/disputers" | python3 -c 'import json,sys; print(", ".join(i["actor"]["name"] for i in json.load(sys.stdin)["items"]))')
echo "Who disputes the claim made without evidence: $disputers"
[[ "$disputers" == "John Kirby, United States government" ]] || { echo "unexpected answer"; exit 1; }
curl -fs "$BASE/swagger/v1/swagger.json" >/dev/null
echo "smoke run: ok"
