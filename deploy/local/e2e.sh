#!/usr/bin/env bash
# End-to-end check of the running stack, run by deploy/local/test.sh after `mvn verify`:
# generates a small 2024 dataset for 郴州 with a run-specific personId prefix and a planted case of every rule,
# posts it through claims-service in shuffled order (enrollments and deaths between and after settlements),
# waits until supervision-service lists exactly the flags of truth.json (deploy/bench Reconcile), reverses one
# planted settlement and expects its flag WITHDRAWN, and asks indicators-service for a scorecard.
# Starts the services that are not running (and stops at the end only those). Ends with "e2e: N passed, M failed".
source "$(dirname "$0")/lib.sh"
set +e   # every check reports PASS/FAIL and the run goes on; lib.sh's fail() still ends it

CLAIMS=${CLAIMS_URL:-http://127.0.0.1:8081}
SUPERVISION=${SUPERVISION_URL:-http://127.0.0.1:8082}
INDICATORS=${INDICATORS_URL:-http://127.0.0.1:8083}
WAIT=${E2E_WAIT_SECONDS:-120}
passed=0; failed=0
pass()  { printf 'PASS %s\n' "$*"; passed=$((passed + 1)); }
flunk() { printf 'FAIL %s\n' "$*"; failed=$((failed + 1)); }

started=()
cleanup() {
  local svc
  for svc in ${started[@]+"${started[@]}"}; do stop_pid "$svc"; done
}
trap cleanup EXIT

# ---------------------------------------------------------------- the stack
# E2E_EXTERNAL=1 with CLAIMS_URL, SUPERVISION_URL, INDICATORS_URL: check a stack running elsewhere, start nothing.
if [ -z "${E2E_EXTERNAL:-}" ]; then
  ensure_postgres
  ensure_kafka
  for svc in "${SERVICES[@]}"; do
    if port_open "$(service_port "$svc")" || pid_alive "$STATE/$svc.pid"; then continue; fi
    [ -f "$ROOT/$svc/target/quarkus-app/quarkus-run.jar" ] || build_services
    start_service "$svc"
    started+=("$svc")
  done
  await_services
  # The local stack (PostgreSQL, the broker, the services) answers on this machine only.
  ports=("$PG_PORT" "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT")
  for svc in "${SERVICES[@]}"; do ports+=("$(service_port "$svc")"); done
  if check_loopback_only "${ports[@]}"; then pass "listening: ports ${ports[*]} on loopback only"
  else flunk "listening: a port of the stack is bound beyond loopback (see above)"; fi
fi

RUN="E2E$(date +%s)$((RANDOM % 90 + 10))"
PREFIX="$RUN-"
DIR="$STATE/e2e/$RUN"
mkdir -p "$DIR"
ADMIN=$("$ROOT/deploy/local/token.sh" admin)
say "e2e run $RUN, data in $DIR"

# http METHOD URL TOKEN [FILE]: prints the status code; the answer is in $DIR/answer.json
http() {
  local args=(-sS -o "$DIR/answer.json" -w '%{http_code}' -X "$1" -H "Authorization: Bearer $3")
  if [ -n "${4:-}" ]; then args+=(-H 'Content-Type: application/json' --data-binary "@$4"); fi
  curl "${args[@]}" "$2" 2>"$DIR/curl.err" || echo 000
}

# post PATH FILE: one batch that must be accepted whole (HTTP 200, nothing rejected)
post() {
  local code n; code=$(http POST "$CLAIMS$1" "$ADMIN" "$2")
  n=$(jq 'length' "$2")
  if [ "$code" = 200 ] && jq -e --argjson n "$n" \
       '(.rejected // []) == [] and (.accepted == null or .accepted + (.duplicates // 0) == $n)' \
       "$DIR/answer.json" >/dev/null 2>&1; then
    pass "POST $1 $(basename "$2"): $n records, $(jq -c '{accepted, duplicates}' "$DIR/answer.json")"
  else
    flunk "POST $1 $(basename "$2"): HTTP $code $(head -c 400 "$DIR/answer.json" 2>/dev/null)"
  fi
}

# reconcile ARGS...: polls Reconcile until it reports an exact match or WAIT seconds have passed
reconcile_until_match() {
  local what=$1; shift
  local deadline=$((SECONDS + WAIT))
  while :; do
    if YBJG_TOKEN=$ADMIN "$ROOT/deploy/bench/reconcile.sh" --dir "$DIR" --url "$SUPERVISION" --quiet "$@" >"$DIR/reconcile.out" 2>&1; then
      pass "$what: $(tail -n1 "$DIR/reconcile.out")"; return 0
    fi
    if [ $SECONDS -ge $deadline ]; then
      flunk "$what after ${WAIT}s:"; sed 's/^/    /' "$DIR/reconcile.out" | head -n 60; return 1
    fi
    sleep 3
  done
}

# ---------------------------------------------------------------- the data
if "$ROOT/deploy/bench/generate.sh" --persons 300 --settlements 1500 --anomaly-rate 0.04 --region 431000 \
     --year 2024 --seed "$(date +%s)" --prefix "$PREFIX" --shuffle --batch-size 400 --out "$DIR" >"$DIR/generate.log"; then
  pass "generate: $(sed 's/^generate: //' "$DIR/generate.log")"
else
  flunk "generate: $(cat "$DIR/generate.log")"; echo "e2e: $passed passed, $failed failed"; exit 1
fi
if jq -e '[.[].ruleCode] | unique | length == 8' "$DIR/truth.json" >/dev/null \
   && jq -e 'map(select(.ruleCode == "DECEASED_ACTIVE") | .severity) | unique == ["DEFINITE", "SUSPICIOUS"]' "$DIR/truth.json" >/dev/null; then
  pass "every rule of contract section 3 is planted ($(jq length "$DIR/truth.json") flags expected)"
else
  flunk "not every rule is planted: $(jq -c '[.[].ruleCode] | unique' "$DIR/truth.json")"
fi

# shuffled records; enrollments and deaths arrive between and after settlements
mapfile -t BATCHES < <(jq -r '.settlementFiles[]' "$DIR/dataset.json")
post /api/v1/settlements "$DIR/${BATCHES[0]}"
post /api/v1/enrollments "$DIR/enrollments.json"
for ((i = 1; i < ${#BATCHES[@]}; i++)); do
  post /api/v1/settlements "$DIR/${BATCHES[$i]}"
  if [ "$i" -eq 1 ]; then post /api/v1/death-registrations "$DIR/deaths.json"; fi
done
if [ "${#BATCHES[@]}" -eq 1 ]; then post /api/v1/death-registrations "$DIR/deaths.json"; fi

# phase 1: every flag but the DRG outliers (their benchmark needs the group's history in place first)
reconcile_until_match "flags match truth.json (all rules but DRG_COST_OUTLIER)" --skip-rule DRG_COST_OUTLIER

# phase 2: the DRG outliers, then a reversal of one planted settlement
for f in $(jq -r '.lateSettlementFiles[]' "$DIR/dataset.json"); do post /api/v1/settlements "$DIR/$f"; done
INST=$(jq -r '.reversalCandidate.institutionCode' "$DIR/dataset.json")
SID=$(jq -r '.reversalCandidate.settlementId' "$DIR/dataset.json")
PID=$(jq -r '.reversalCandidate.personId' "$DIR/dataset.json")
echo '{}' >"$DIR/empty.json"
code=$(http POST "$CLAIMS/api/v1/settlements/$INST/$SID/reversal" "$ADMIN" "$DIR/empty.json")
case $code in 200|201|202|204) pass "reversal of $INST/$SID (planted GENDER_MISMATCH): HTTP $code";;
  *) flunk "reversal of $INST/$SID: HTTP $code $(head -c 300 "$DIR/answer.json")";; esac
reconcile_until_match "flags match truth.json exactly (all rules, reversed settlement excluded)" --exclude "$INST/$SID"

withdrawn() {
  [ "$(http GET "$SUPERVISION/api/v1/flags?personId=$PID&status=WITHDRAWN&size=50" "$ADMIN")" = 200 ] \
    && jq -e --arg s "$SID" 'any(.[]; .settlementId == $s and .ruleCode == "GENDER_MISMATCH" and .status == "WITHDRAWN")' \
         "$DIR/answer.json" >/dev/null 2>&1
}
if wait_for 30 withdrawn withdrawn; then pass "the reversed settlement's flag is WITHDRAWN (status=WITHDRAWN lists it)"
else flunk "no WITHDRAWN GENDER_MISMATCH flag for $INST/$SID: $(head -c 300 "$DIR/answer.json")"; fi
if [ "$(http GET "$SUPERVISION/api/v1/flags?personId=$PID&size=50" "$ADMIN")" = 200 ] \
   && jq -e --arg s "$SID" 'all(.[]; .settlementId != $s)' "$DIR/answer.json" >/dev/null 2>&1; then
  pass "the WITHDRAWN flag is left out of the default listing"
else flunk "the default listing still shows the flag of $SID: $(head -c 300 "$DIR/answer.json")"; fi

# the flags carry masked ID numbers only
FLAG_PERSON=$(jq -r 'map(select(.ruleCode == "NOT_ENROLLED"))[0].personId' "$DIR/truth.json")
RAW_ID=$(jq -r --arg p "$FLAG_PERSON" 'map(select(.personId == $p))[0].idNumber' "$DIR/enrollments.json")
if [ "$(http GET "$SUPERVISION/api/v1/flags?personId=$FLAG_PERSON" "$ADMIN")" = 200 ] \
   && ! grep -q "$RAW_ID" "$DIR/answer.json" \
   && jq -e --arg m "${RAW_ID:0:6}********${RAW_ID:14:4}" 'length > 0 and all(.[]; .idNumberMasked == $m)' "$DIR/answer.json" >/dev/null; then
  pass "flags show idNumberMasked and never the raw ID number"
else flunk "flag listing of $FLAG_PERSON: raw ID number present or mask wrong: $(head -c 300 "$DIR/answer.json")"; fi

# a supervisor of another region sees none of these flags
OTHER=$("$ROOT/deploy/local/token.sh" supervisor 441800)
code=$(http GET "$SUPERVISION/api/v1/flags?regionCode=431000&personId=$FLAG_PERSON" "$OTHER")
if [ "$code" = 403 ] || { [ "$code" = 200 ] && jq -e 'length == 0' "$DIR/answer.json" >/dev/null; }; then
  pass "a 441800 supervisor cannot read 431000 flags (HTTP $code)"
else flunk "a 441800 supervisor read 431000 flags: HTTP $code $(head -c 300 "$DIR/answer.json")"; fi

# idempotent ingest: the same batch again is all duplicates
n=$(jq length "$DIR/${BATCHES[0]}")
code=$(http POST "$CLAIMS/api/v1/settlements" "$ADMIN" "$DIR/${BATCHES[0]}")
if [ "$code" = 200 ] && jq -e --argjson n "$n" '.accepted == 0 and .duplicates == $n' "$DIR/answer.json" >/dev/null 2>&1; then
  pass "resubmitting ${BATCHES[0]} answers $n duplicates"
else flunk "resubmitting ${BATCHES[0]}: HTTP $code $(head -c 300 "$DIR/answer.json")"; fi
reconcile_until_match "a resubmission adds no flag" --exclude "$INST/$SID"

# indicators-service
SUP=$("$ROOT/deploy/local/token.sh" supervisor 431000)
code=$(http GET "$INDICATORS/api/v1/scorecard?regionCode=431000&year=2025" "$SUP")
if [ "$code" = 200 ] && jq -e 'tostring | test("POLICY_SCOPE_INPATIENT_FUND_RATIO|ENROLLMENT_RATE|DRG_PAYMENT_SHARE")' \
     "$DIR/answer.json" >/dev/null 2>&1; then
  pass "indicators-service answers the 431000 scorecard for 2025"
else flunk "scorecard 431000/2025: HTTP $code $(head -c 300 "$DIR/answer.json")"; fi
code=$(http GET "$INDICATORS/api/v1/indicators?regionCode=431000&period=2024" "$SUP")
if [ "$code" = 200 ] && jq -e 'tostring | test("POLICY_SCOPE_INPATIENT_FUND_RATIO")' "$DIR/answer.json" >/dev/null 2>&1; then
  pass "indicators-service answers the 431000 indicators of 2024 (this run's year)"
else flunk "indicators 431000/2024: HTTP $code $(head -c 300 "$DIR/answer.json")"; fi

# ---------------------------------------------------------------- tokens, on every service
# expect CODE WHAT URL TOKEN: one GET must answer CODE
expect() {
  local code; code=$(http GET "$3" "$4")
  if [ "$code" = "$1" ]; then pass "$2: HTTP $code"; else flunk "$2: HTTP $code, expected $1 $(head -c 200 "$DIR/answer.json")"; fi
}
REGISTRY=$("$ROOT/deploy/local/token.sh" registry)
EXPIRED=$(TOKEN_TTL_SECONDS=-120 "$ROOT/deploy/local/token.sh" admin)
TAMPERED="$(cut -d. -f1 <<<"$REGISTRY").$(cut -d. -f2 <<<"$ADMIN").$(cut -d. -f3 <<<"$REGISTRY")"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$DIR/foreign.pem" 2>/dev/null
FOREIGN=$(TOKEN_SIGNING_KEY="$DIR/foreign.pem" "$ROOT/deploy/local/token.sh" admin)
for url in "$CLAIMS/api/v1/settlements?size=1" "$SUPERVISION/api/v1/flags?size=1" "$INDICATORS/api/v1/targets"; do
  expect 200 "admin token on $url" "$url" "$ADMIN"
  expect 401 "no token on $url" "$url" ""
  expect 401 "expired token on $url" "$url" "$EXPIRED"
  expect 401 "tampered token (admin claims, registry signature) on $url" "$url" "$TAMPERED"
  expect 401 "token signed with a foreign key on $url" "$url" "$FOREIGN"
  expect 403 "registry token (wrong role) on $url" "$url" "$REGISTRY"
done
code=$(http GET "$SUPERVISION/api/v1/flags?size=1" "$REGISTRY")
if tr -d '\n' <"$DIR/answer.json" | grep -qiE 'supervisor|admin'; then pass "a 403 names the missing permission"
else flunk "the 403 body does not name the missing permission: $(head -c 200 "$DIR/answer.json")"; fi

echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
