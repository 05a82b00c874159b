#!/usr/bin/env bash
# A walk through the whole API with curl: create an article, three actors, their claims and the relations between
# them; ask who disputes and supports what, the thread and the article graph; search; ask the sample's question;
# then delete what it created (KEEP=1 keeps it, to look at in the explorer). Each step prints the request (method,
# path, body) and a readable answer. Any failed call stops it with the API's problem document; so does an answer
# that is not the expected one. Names and urls are unique per run, so it can run again on the same database.
#
#   scripts/examples.sh                               against ./run.sh (http://localhost:5080, .local/admin-key)
#   CLAIMTRACKER_URL=http://host:port CLAIMTRACKER_API_KEY=ct_... scripts/examples.sh
#   scripts/with-api.sh scripts/examples.sh           starts the API, runs this, stops it (as CI does)
set -euo pipefail
cd "$(dirname "$0")/.."

API="${CLAIMTRACKER_URL:-http://localhost:5080}/api"
KEY="${CLAIMTRACKER_API_KEY:-$(cat .local/admin-key)}"
RUN="$(printf '%x' "$(date +%s)")$((RANDOM % 100))"
bold=$'\e[1m' dim=$'\e[2m' off=$'\e[0m'
[[ -t 1 ]] || bold='' dim='' off=''

# call METHOD PATH [BODY]: prints the request, sends it (the key only on writes: reads are anonymous), keeps the
# answer in $ANSWER. --fail-with-body fails like -f on any 4xx/5xx but still shows the problem document.
call() {
  local method=$1 path=$2 body=${3-}
  local args=(-sS --fail-with-body -X "$method" -H 'Accept: application/json')
  printf '\n%s%s %s%s\n' "$bold" "$method" "$path" "$off"
  if [[ -n $body ]]; then
    printf '%s%s%s\n' "$dim" "$body" "$off"
    args+=(-H 'Content-Type: application/json' --data-binary "$body")
  fi
  [[ $method == GET ]] || args+=(-H "X-API-Key: $KEY")
  local out
  out=$(curl "${args[@]}" -w '\n%{http_code}' "$API$path") || { printf '%s\n' "$out" >&2; exit 1; }
  ANSWER=${out%$'\n'*}
  printf '  %s← %s%s\n' "$dim" "${out##*$'\n'}" "$off"
}

# show 'PYTHON': prints the answer readably; the Python code sees it as `d`.
show() { python3 -c "import json, sys"$'\n'"d = json.loads(sys.argv[1])"$'\n'"$1" "$ANSWER" | sed 's/^/  → /'; }
field() { python3 -c "import json, sys; print(json.loads(sys.argv[1])$1)" "$ANSWER"; }
expect() { [[ "$1" == "$2" ]] || { printf 'Unexpected answer:\n  got      %s\n  expected %s\n' "$1" "$2" >&2; exit 1; }; }
# json KEY VALUE ...: a JSON object from pairs (values are JSON already: quote strings with q).
json() { python3 -c 'import json, sys; a = sys.argv[1:]; print(json.dumps({a[i]: json.loads(a[i + 1]) for i in range(0, len(a), 2)}))' "$@"; }
q() { python3 -c 'import json, sys; print(json.dumps(sys.argv[1]))' "$1"; }
# span TEXT QUOTE: "start end" of QUOTE in TEXT (UTF-16 offsets, end exclusive; this ASCII text has one unit a char).
span() { python3 -c 'import sys; s = sys.argv[1].index(sys.argv[2]); print(s, s + len(sys.argv[2]))' "$1" "$2"; }

echo "${bold}ClaimTracker API walk-through${off} against $API (run $RUN)"

# 1. An article, and the three actors it quotes: a minister, an opposition leader and the party he belongs to.
BODY='Water Minister Ana Lind said on Monday: "The new dam is safe." Opposition leader Marek Holt answered: "The dam is not safe; engineers found cracks." His Green Party said the inspections had been skipped.'
call POST /articles "$(json title "$(q "Is the new dam safe? (#$RUN)")" outlet '"Example Wire"' publishedAt '"2024-03-04"' \
  url "$(q "https://news.example/dam-$RUN")" body "$(q "$BODY")")"
ARTICLE=$(field '["id"]')
show 'print(d["title"], "·", d["outlet"], "·", d["id"])'

call POST /actors "$(json name "$(q "Ana Lind #$RUN")" kind '"person"' description '"Water minister"')"
MINISTER=$(field '["id"]')
show 'print(d["name"], "·", d["kind"], "·", d["id"])'
call POST /actors "$(json name "$(q "Green Party #$RUN")" kind '"organization"')"
PARTY=$(field '["id"]')
show 'print(d["name"], "·", d["kind"], "·", d["id"])'
call POST /actors "$(json name "$(q "Marek Holt #$RUN")" kind '"person"' description '"Opposition leader"' memberOfId "$(q "$PARTY")")"
LEADER=$(field '["id"]')
show 'print(d["name"], "· member of", d["memberOf"]["name"])'

# 2. Their claims, each quoted at its exact offsets in the article body.
claim() { # claim ACTOR TEXT QUOTE KIND
  local start end
  read -r start end < <(span "$BODY" "$3")
  call POST /claims "$(json actorId "$(q "$1")" articleId "$(q "$ARTICLE")" text "$(q "$2")" quote "$(q "$3")" kind "$(q "$4")" \
    quoteStart "$start" quoteEnd "$end" evidenceProvided false)"
  show 'print(d["actor"]["name"] + ":", d["text"], "· quote at [%d, %d)" % (d["quoteStart"], d["quoteEnd"]))'
}
claim "$MINISTER" "The new dam is safe." "The new dam is safe." direct
SAFE=$(field '["id"]')
claim "$LEADER" "Engineers found cracks in the new dam." "The dam is not safe; engineers found cracks." direct
CRACKS=$(field '["id"]')
claim "$PARTY" "The dam's inspections were skipped." "the inspections had been skipped" indirect
SKIPPED=$(field '["id"]')

# 3. Relations: the leader's and the party's claims dispute the minister's; the party's supports the leader's.
relate() { # relate SOURCE TYPE TARGET
  call POST "/claims/$1/relations" "$(json type "$(q "$2")" targetClaimId "$(q "$3")")"
  show 'print(d["type"], "·", d["id"])'
}
relate "$CRACKS" disputes "$SAFE"
relate "$SKIPPED" disputes "$SAFE"
relate "$SKIPPED" supports "$CRACKS"

# 4. The questions.
call GET "/claims/$SAFE/disputers"
show 'for s in d["items"]:
    for c in s["counterClaims"]: print(s["actor"]["name"] + ":", c["text"])'
expect "$(field '["items"][0]["actor"]["name"]')" "Green Party #$RUN"
expect "$(field '["items"].__len__()')" 2

call GET "/claims/$SAFE/disputers?byOrganization=true"
show 'for s in d["items"]: print(s["actor"]["name"], "·", len(s["counterClaims"]), "counter-claim(s)")'
expect "$(field '["items"][0]["counterClaims"].__len__()')" 2

call GET "/claims/$CRACKS/supporters"
show 'for s in d["items"]: print(s["actor"]["name"] + ":", ", ".join(c["text"] for c in s["counterClaims"]))'

call GET "/claims/$SAFE/thread?depth=2"
show 'text = {n["id"]: n["actor"]["name"] + ": " + n["text"] for n in d["nodes"]}
for e in d["edges"]: print(text[e["from"]], "--" + e["type"] + "->", text[e["to"]])'
expect "$(field '["nodes"].__len__()')" 3

call GET "/articles/$ARTICLE/graph"
show 'print(sum(n["type"] == "actor" for n in d["nodes"]), "actors,", sum(n["type"] == "claim" for n in d["nodes"]), "claims,", len(d["edges"]), "edges:", ", ".join(sorted(set(e["type"] for e in d["edges"]))))'

call GET "/actors/$LEADER/opponents"
show 'for o in d["items"]: print(o["actor"]["name"], "· outgoing", o["outgoing"], "· incoming", o["incoming"])'

call GET "/claims?q=dam%20cracks&articleId=$ARTICLE"
show 'for c in d["items"]: print(c["actor"]["name"] + ":", c["text"])'
expect "$(field '["items"][0]["id"]')" "$CRACKS"

call GET "/actors?q=%23$RUN"
show 'for a in d["items"]: print(a["name"], "·", a["kind"])'

# 5. The sample's question: who disputes Peskov's "decided in Washington"?
call GET "/claims?q=decision%20Washington"
PESKOV_CLAIM=$(field '["items"][0]["id"]')
show 'c = d["items"][0]; print(c["actor"]["name"] + ":", c["text"])'
call GET "/claims/$PESKOV_CLAIM/disputers"
show 'for s in d["items"]: print(s["actor"]["name"], "·", len(s["counterClaims"]), "counter-claim(s)")'
expect "$(field '["items"][0]["actor"]["name"]')" "John Kirby"

# 6. Clean up (deleting an actor with claims needs cascade; it takes their relations along).
if [[ "${KEEP:-0}" == 1 ]]; then
  echo; echo "Kept: article $ARTICLE (open /explorer/#article=$ARTICLE)"
else
  for actor in "$LEADER" "$PARTY" "$MINISTER"; do call DELETE "/actors/$actor?cascade=true"; done
  call DELETE "/articles/$ARTICLE"
fi
echo; echo "walk-through: ok"
