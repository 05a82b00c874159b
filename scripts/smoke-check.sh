#!/usr/bin/env bash
# Asks the live API at CLAIMTRACKER_URL (see scripts/with-api.sh) the sample's first question: who disputes the
# claim made without evidence.
set -euo pipefail
BASE="${CLAIMTRACKER_URL:?run me through scripts/with-api.sh}"
claim=$(curl -fs "$BASE/api/claims?evidenceProvided=false" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
disputers=$(curl -fs "$BASE/api/claims/$claim/disputers" | python3 -c 'import json,sys; print(", ".join(i["actor"]["name"] for i in json.load(sys.stdin)["items"]))')
echo "Who disputes the claim made without evidence: $disputers"
[[ "$disputers" == "John Kirby, United States government" ]] || { echo "unexpected answer" >&2; exit 1; }
curl -fs "$BASE/swagger/v1/swagger.json" >/dev/null
echo "smoke run: ok"
