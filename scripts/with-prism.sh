#!/usr/bin/env bash
# Runs a command through Stoplight Prism (contract/node_modules, pinned in contract/package.json) as a validating
# proxy in front of the live API at $CLAIMTRACKER_URL, then fails if Prism found any response that does not match
# docs/openapi.json: status, headers, media type and body against its schema. It prints each such violation and
# how many responses Prism checked.
#
#   scripts/with-api.sh scripts/with-prism.sh <command> [args...]      (as CI does)
#   CLAIMTRACKER_URL=http://localhost:5080 scripts/with-prism.sh scripts/examples.sh
#
# The command sees CLAIMTRACKER_URL pointed at the proxy (port CLAIMTRACKER_PRISM_PORT, default 4010).
#
# Only response violations count. Request checks are off (--validate-request false) because the contract tests
# send invalid requests on purpose, and Prism runs without --errors: with it, Prism answers a violation, a request
# without a key or a path the document lacks with an error of its own instead of forwarding it, so the command
# would see Prism's answers rather than the API's. Here every answer is the API's own, and the violations are
# counted from Prism's log instead, which says each one in full.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $# -gt 0 ]] || { echo "usage: scripts/with-prism.sh <command> [args...]" >&2; exit 2; }
: "${CLAIMTRACKER_URL:?Set CLAIMTRACKER_URL to the API (scripts/with-api.sh does)}"

prism=contract/node_modules/.bin/prism
[[ -x $prism ]] || { echo "$prism is missing: run 'npm ci' in contract/" >&2; exit 1; }
port="${CLAIMTRACKER_PRISM_PORT:-4010}"
upstream="$CLAIMTRACKER_URL"
document=$(realpath "${PRISM_DOCUMENT:-docs/openapi.json}")   # another document only to try the check itself
log=$(mktemp)

# Prism skips, silently, a response whose schema it cannot compile: refuse to run on such a document.
(cd contract && node prism-schemas.mjs "$document")

NO_COLOR=1 setsid "$prism" proxy "$document" "$upstream" --port "$port" --host 127.0.0.1 \
  --validate-request false --cors false >"$log" 2>&1 &
prism_pid=$!
stop() {
  kill -TERM -- "-$prism_pid" 2>/dev/null || true
  wait "$prism_pid" 2>/dev/null || true
}
trap stop EXIT

for _ in $(seq 1 60); do
  grep -q 'Prism is listening' "$log" && break
  if ! kill -0 "$prism_pid" 2>/dev/null; then echo "prism exited early:" >&2; cat "$log" >&2; exit 1; fi
  sleep 1
done
grep -q 'Prism is listening' "$log" || { echo "prism not listening after 60 s:" >&2; cat "$log" >&2; exit 1; }

status=0
CLAIMTRACKER_URL="http://127.0.0.1:$port" "$@" || status=$?
stop
trap - EXIT

# A response Prism could check is one to a request it matched to an operation of the document. A violation is
# logged after the 'Request received' line of its request (the commands here send one request at a time).
received=$(grep -c 'Request received' "$log" || true)
unmatched=$(grep -c 'Selected route not found' "$log" || true)
count=$(grep -c 'Violation: response' "$log" || true)
failed=$(grep -c 'Request terminated with error' "$log" || true)
responses=$(awk '/Request received/ { bad = 0 } /Violation: response/ && !bad { bad = 1; n++ } END { print n + 0 }' "$log")
echo "prism: $((received - unmatched)) responses checked against ${document#"$PWD/"} ($unmatched more to paths it does not declare):" \
  "$responses with violations ($count violations); $failed requests Prism could not forward"
if [[ $count -gt 0 || $failed -gt 0 ]]; then
  awk '/Request received/ { request = $0 } /Violation: response|Request terminated with error/ { print request; print "    " $0 }' "$log" >&2
  [[ $status -ne 0 ]] || status=1
fi
rm -f "$log"
exit $status
