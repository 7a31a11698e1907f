#!/usr/bin/env bash
# Scripted failure tests (docs/failure-tests.md), run by deploy/local/test.sh after e2e.sh. Runs its OWN throw-away
# stack, so the local stack (8081-8083, Kafka 9092, PostgreSQL 5432) is never touched: a second PostgreSQL
# cluster in .state/ft-pg on FT_PG_PORT (15432), a second Kafka broker in .state/ft-kafka-data on 19092/19093,
# the three services on 18081-18083 with databases claims_ft, supervision_ft, indicators_ft. Scenarios:
#   a. kill -9 of the broker during a bulk ingest     b. kill -9 of supervision-service mid-stream
#   c. PostgreSQL restart during ingest (503 + Retry-After, never 500)
#   d. a poison record on each topic goes to its .dlq and the stream goes on
#   e. >= 10,000 malformed records: all 4xx with field errors, nothing stored, no 5xx
#   f. scale-out: a second supervision-service in the same consumer group; same flags, no duplicates, load shared
# Every wait is bounded; the whole run is bounded by FT_MAX_SECONDS (900). Ends with
# "failure-tests: N passed, M failed"; stops everything it started.
source "$(dirname "$0")/lib.sh"
set +e

KAFKA_NAME=ft-kafka; KAFKA_PORT=${FT_KAFKA_PORT:-19092}; KAFKA_CONTROLLER_PORT=${FT_KAFKA_CONTROLLER_PORT:-19093}
KAFKA_LOGS_DIR="$STATE/ft-kafka-logs"
PG_PORT=${FT_PG_PORT:-15432}
SERVICE_PORT_BASE=${FT_SERVICE_PORT_BASE:-18080}; SERVICE_NAME_PREFIX=ft-; DB_SUFFIX=_ft
DATABASES=(claims_ft supervision_ft indicators_ft)
WAIT=${FT_WAIT_SECONDS:-150}
MAX=${FT_MAX_SECONDS:-900}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
PG_DIR="$STATE/ft-pg"
W="$STATE/ft-run"
CLAIMS="http://127.0.0.1:$((SERVICE_PORT_BASE + 1))"
SUPERVISION="http://127.0.0.1:$((SERVICE_PORT_BASE + 2))"
INDICATORS="http://127.0.0.1:$((SERVICE_PORT_BASE + 3))"
RUN="FT$(date +%s)"
passed=0; failed=0; summary_done=

pass()  { printf 'PASS %s\n' "$*"; passed=$((passed + 1)); }
flunk() { printf 'FAIL %s\n' "$*"; failed=$((failed + 1)); }
check() { local what=$1; shift; if "$@"; then pass "$what"; else flunk "$what"; fi; }
summary() { [ -n "$summary_done" ] || { summary_done=1; echo "failure-tests: $passed passed, $failed failed"; }; }

# ---------------------------------------------------------------- the throw-away stack and its cleanup
pg_ctl_ft() { as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -w -t 30 "$@" >/dev/null 2>&1; }
pg_up_ft() { as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR" status >/dev/null 2>&1; }

# stop_port_owner PORT: a service of this stack still listening (e.g. restarted by a scenario): ended by its pid,
# and only when its command line is one of ours.
stop_port_owner() {
  local pid; pid=$(ss -ltnpH "sport = :$1" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n1)
  [ -n "$pid" ] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "-Dquarkus.http.port=$1 " || return 0
  kill "$pid" 2>/dev/null; wait_for 20 "port $1" bash -c "! kill -0 $pid 2>/dev/null" || kill -9 "$pid" 2>/dev/null
}
watchdog=
cleanup() {
  local code=$?
  trap - EXIT INT TERM
  [ -n "$watchdog" ] && pkill -P "$watchdog" 2>/dev/null
  jobs -p | xargs -r kill 2>/dev/null
  local svc
  for svc in "${SERVICES[@]}"; do stop_pid "ft-$svc" >/dev/null; done
  stop_pid ft2-supervision-service >/dev/null
  stop_port_owner $((SERVICE_PORT_BASE + 1)); stop_port_owner $((SERVICE_PORT_BASE + 2)); stop_port_owner $((SERVICE_PORT_BASE + 3))
  stop_pid ft-kafka >/dev/null
  if [ -d "$PG_DIR" ] && pg_up_ft; then pg_ctl_ft stop -m fast; fi
  if [ -z "$summary_done" ]; then flunk "the run was cut short (exit $code)"; summary; exit 1; fi
  [ "$failed" -eq 0 ]; exit $?
}
trap cleanup EXIT
trap 'flunk "interrupted or over the ${MAX}s bound"; exit 1' INT TERM

for port in "$PG_PORT" "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" $((SERVICE_PORT_BASE + 1)) $((SERVICE_PORT_BASE + 2)) $((SERVICE_PORT_BASE + 3)); do
  port_open "$port" && fail "port $port is taken by $(port_owner "$port"); set FT_* ports (docs/failure-tests.md)"
done
[ -x "$PG_BIN/initdb" ] || fail "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin"
rm -rf "$W" "$STATE/ft-kafka-data" "$KAFKA_LOGS_DIR"; mkdir -p "$W"

say "failure tests $RUN: PostgreSQL on $PG_PORT, Kafka on $KAFKA_PORT, services on $((SERVICE_PORT_BASE + 1))-$((SERVICE_PORT_BASE + 3))"
if [ -d "$PG_DIR" ] && pg_up_ft; then pg_ctl_ft stop -m immediate; fi
rm -rf "$PG_DIR"; mkdir -p "$PG_DIR"; chown postgres "$PG_DIR"; chmod 700 "$PG_DIR"
as_postgres "$PG_BIN/initdb" -D "$PG_DIR" -A trust -U postgres -E UTF8 --no-sync >"$STATE/ft-pg-init.log" 2>&1 \
  || fail "initdb of the failure-test cluster failed (see $STATE/ft-pg-init.log)"
cat >>"$PG_DIR/postgresql.conf" <<CONF
port = $PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '/var/run/postgresql'
fsync = off
max_connections = 120
CONF
pg_ctl_ft start || fail "the failure-test PostgreSQL cluster did not start (see $PG_DIR/server.log)"
create_databases

for svc in "${SERVICES[@]}"; do
  jar="$ROOT/$svc/target/quarkus-app/quarkus-run.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$ROOT/$svc/src/main" "$ROOT/$svc/pom.xml" -newer "$jar" -print -quit)" ]; then
    build_services; break
  fi
done
(cd "$ROOT" && mvn -B -q -pl deploy/bench -DskipTests package >"$W/bench-build.log" 2>&1) || fail "building deploy/bench failed"
# The watchdog keeps no handle on our output: a caller piping us into tee would otherwise wait for its sleep.
# `&&`: when cleanup kills the sleep, the watchdog ends without signalling us.
(sleep "$MAX" && kill -TERM $$) >/dev/null 2>&1 &
watchdog=$!
ensure_kafka
for svc in "${SERVICES[@]}"; do start_service "$svc"; done
await_services
check "listening: the throw-away stack binds loopback only" check_loopback_only "$PG_PORT" "$KAFKA_PORT" \
  "$KAFKA_CONTROLLER_PORT" $((SERVICE_PORT_BASE + 1)) $((SERVICE_PORT_BASE + 2)) $((SERVICE_PORT_BASE + 3))
ADMIN=$("$ROOT/deploy/local/token.sh" admin)
bench() { java -cp "$ROOT/deploy/bench/target/bench-1.0.0-SNAPSHOT.jar:$ROOT/deploy/bench/target/lib/*" "cn.ybjg.bench.$1" "${@:2}"; }

# ---------------------------------------------------------------- helpers
sql() { as_postgres psql -X -q -tA -p "$PG_PORT" -d "$1" -c "$2" 2>/dev/null; }
# http METHOD URL [FILE] [CONTENT-TYPE]: prints the status; body in $W/answer.json, headers in $W/headers.txt
http() {
  local args=(-sS --max-time 60 -o "$W/answer.json" -D "$W/headers.txt" -w '%{http_code}' -X "$1" -H "Authorization: Bearer $ADMIN")
  if [ -n "${3:-}" ]; then args+=(-H "Content-Type: ${4:-application/json}" --data-binary "@$3"); fi
  curl "${args[@]}" "$2" 2>>"$W/curl.err" || echo 000
}
declare -A SEEN   # status code -> count, per scenario
# post_retrying PATH FILE: posts until 200/422 (at most 20 tries), following 503's Retry-After (capped at 3 s).
post_retrying() {
  local tries=0 after
  while [ $tries -lt 20 ]; do
    tries=$((tries + 1))
    post_once "$1" "$2"
    case $CODE in
      200|422) return 0;;
      503) after=$(tr -d '\r' <"$W/headers.txt" | sed -n 's/^[Rr]etry-[Aa]fter: *//p')
           sleep $(( ${after:-2} > 3 ? 3 : ${after:-2} ));;
      *) echo "    $1 $(basename "$2"): HTTP $CODE $(head -c 200 "$W/answer.json" 2>/dev/null)"; sleep 1;;
    esac
  done
  return 1
}
# post_once PATH FILE: one POST, its status in CODE (not echoed: SEEN must be kept by this shell, not a subshell);
# counts the status in SEEN and checks a 503's Retry-After and problem type.
post_once() {
  CODE=$(http POST "$CLAIMS$1" "$2")
  SEEN[$CODE]=$(( ${SEEN[$CODE]:-0} + 1 ))
  if [ "$CODE" = 503 ]; then
    grep -qi '^retry-after:' "$W/headers.txt" || SEEN[503-no-retry-after]=$(( ${SEEN[503-no-retry-after]:-0} + 1 ))
    jq -e '.type == "urn:ybjg:problem:database-unavailable"' "$W/answer.json" >/dev/null 2>&1 || SEEN[503-bad-body]=1
  fi
}
seen_codes() { local k; for k in "${!SEEN[@]}"; do printf '%s=%s ' "$k" "${SEEN[$k]}"; done; }
only_ok_codes() { local k; for k in "${!SEEN[@]}"; do case $k in 200|422) ;; *) return 1;; esac; done; }

generate() {  # generate DIR PREFIX PERSONS SETTLEMENTS BATCH
  bench Generate --persons "$3" --settlements "$4" --anomaly-rate 0.04 --region 431000 --year 2024 --seed "${#2}$3" \
    --prefix "$2" --batch-size "$5" --out "$1" >"$1.generate.log" 2>&1
}
records_of() { jq -r '.settlementFiles[], .lateSettlementFiles[]' "$1/dataset.json" | while read -r f; do jq length "$1/$f"; done | paste -sd+ | bc; }
main_records_of() { jq -r '.settlementFiles[]' "$1/dataset.json" | while read -r f; do jq length "$1/$f"; done | paste -sd+ | bc; }
claims_count() { sql claims_ft "SELECT count(*) FROM settlement WHERE person_id LIKE '$1%'"; }
# The consumer loop keeps what it consumed in settlement_state; the streams engine keeps it in RocksDB, so there a run
# counts as consumed once claims has published it and the engine's and the flag projection's groups have no lag.
engine() { curl -fs "$SUPERVISION/q/health/ready" | jq -r '.checks[] | select(.name == "supervision audit engine") | .data.engine'; }
group_lag() {  # group_lag GROUP: records of its topics not yet committed (nothing committed: the whole partition)
  kafka_java org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" \
    --describe --group "$1" 2>/dev/null | awk -v g="$1" '$1 == g { s += ($6 ~ /^[0-9]+$/) ? $6 : $5 } END { print s + 0 }'
}
supervision_count() {
  if [ "$ENGINE" = streams ]; then
    local lag=$(( $(group_lag supervision-engine) + $(group_lag supervision-flag-projection) ))
    if [ "$lag" = 0 ]; then claims_count "$1"; else echo "behind by $lag records"; fi
  else
    sql supervision_ft "SELECT count(*) FROM settlement_state WHERE person_id LIKE '$1%'"
  fi
}
outbox_count() { sql claims_ft "SELECT count(*) FROM outbox_pending"; }
# wait_count SECONDS EXPECTED PREFIX: until claims and supervision both hold EXPECTED settlements of PREFIX, outbox empty
counts_equal() { [ "$(claims_count "$2")" = "$1" ] && [ "$(outbox_count)" = 0 ] && [ "$(supervision_count "$2")" = "$1" ]; }
post_enrollments_and_deaths() {
  post_retrying /api/v1/enrollments "$1/enrollments.json" && post_retrying /api/v1/death-registrations "$1/deaths.json"
}
post_late() { local f; for f in $(jq -r '.lateSettlementFiles[]' "$1/dataset.json"); do post_retrying /api/v1/settlements "$1/$f"; done; }

consumed_some() {
  if [ "$ENGINE" = streams ]; then [ "$(consumed_by $((SERVICE_PORT_BASE + 2)))" -gt 0 ]; else [ "$(supervision_count "$1")" -gt 0 ]; fi
}
one_row() { [ "$(sql "$1" "$2")" = 1 ]; }
# reconcile_scenario NAME DIR PREFIX: exact counts (claims = published = supervision), then flags = truth.json
reconcile_scenario() {
  local name=$1 dir=$2 prefix=$3 n; n=$(records_of "$dir")
  if wait_for "$WAIT" counts counts_equal "$n" "$prefix"; then
    pass "$name: $n settlements stored in claims = published (outbox empty) = consumed by supervision"
  else
    flunk "$name: expected $n everywhere; claims $(claims_count "$prefix"), outbox $(outbox_count), supervision $(supervision_count "$prefix")"
  fi
  local deadline=$((SECONDS + WAIT))
  while ! YBJG_TOKEN=$ADMIN bench Reconcile --dir "$dir" --url "$SUPERVISION" --quiet >"$dir.reconcile" 2>&1; do
    if [ $SECONDS -ge $deadline ]; then flunk "$name: flags differ from truth.json:"; sed 's/^/    /' "$dir.reconcile" | head -n 30; return; fi
    sleep 3
  done
  pass "$name: $(tail -n1 "$dir.reconcile")"
  local dup; dup=$(sql supervision_ft "SELECT count(*) - count(DISTINCT (rule_code, subject_key)) FROM flag WHERE person_id LIKE '$prefix%'")
  local flags; flags=$(sql supervision_ft "SELECT count(*) FROM flag WHERE person_id LIKE '$prefix%' AND status <> 'WITHDRAWN'")
  [ "$dup" = 0 ] && [ "$flags" = "$(jq length "$dir/truth.json")" ] \
    && pass "$name: no duplicate flags ($flags stored = truth.json)" \
    || flunk "$name: $flags flags stored for $(jq length "$dir/truth.json") planted, $dup duplicates"
}

# ---------------------------------------------------------------- a. broker killed during a bulk ingest
scenario_a() {
  local dir="$W/a" prefix="${RUN}A-"; SEEN=()
  generate "$dir" "$prefix" 1500 7500 500 || { flunk "a: generate failed: $(cat "$dir.generate.log")"; return; }
  mapfile -t files < <(jq -r '.settlementFiles[]' "$dir/dataset.json")
  post_retrying /api/v1/enrollments "$dir/enrollments.json"
  local i killed=
  for ((i = 0; i < ${#files[@]}; i++)); do
    if [ "$i" -eq 3 ]; then
      disown "$(cat "$STATE/ft-kafka.pid")" 2>/dev/null; kill -9 "$(cat "$STATE/ft-kafka.pid")" && killed=1; say "a: killed the broker (kill -9) after 3 batches"
    fi
    post_retrying /api/v1/settlements "$dir/${files[$i]}"
    [ "$i" -eq 1 ] && post_retrying /api/v1/death-registrations "$dir/deaths.json"
  done
  local during; during=$(seen_codes)
  if [ -n "$killed" ] && only_ok_codes && [ "$(outbox_count)" -gt 0 ]; then
    pass "a: ingestion answered only 200/422 while the broker was down ($during; outbox backlog $(outbox_count))"
  else
    flunk "a: ingestion while the broker was down: $during killed=$killed outbox=$(outbox_count)"
  fi
  ensure_kafka >/dev/null && say "a: broker restarted"
  wait_for "$WAIT" counts counts_equal "$(main_records_of "$dir")" "$prefix"
  post_late "$dir"
  reconcile_scenario "a (broker kill -9)" "$dir" "$prefix"
}

# ---------------------------------------------------------------- b. supervision-service killed mid-stream
scenario_b() {
  local dir="$W/b" prefix="${RUN}B-"; SEEN=()
  generate "$dir" "$prefix" 800 4000 250 || { flunk "b: generate failed: $(cat "$dir.generate.log")"; return; }
  mapfile -t files < <(jq -r '.settlementFiles[]' "$dir/dataset.json")
  post_enrollments_and_deaths "$dir"
  local i half=$(( ${#files[@]} / 2 )) before
  for ((i = 0; i < ${#files[@]}; i++)); do
    if [ "$i" -eq "$half" ]; then
      wait_for 30 consuming consumed_some "$prefix"
      if [ "$ENGINE" = streams ]; then before=$(consumed_by $((SERVICE_PORT_BASE + 2))); else before=$(supervision_count "$prefix"); fi
      kill -9 "$(cat "$STATE/ft-supervision-service.pid")"; rm -f "$STATE/ft-supervision-service.pid"
      say "b: killed supervision-service (kill -9) with $before settlements of the run consumed"
    fi
    post_retrying /api/v1/settlements "$dir/${files[$i]}"
  done
  start_service supervision-service >/dev/null
  if wait_for 120 supervision service_ready supervision-service; then pass "b: supervision-service restarted after kill -9 ($before of the run consumed before)"
  else flunk "b: supervision-service not ready within 120 s after restart"; fi
  only_ok_codes && pass "b: claims answered only 200/422 ($(seen_codes))" || flunk "b: claims answered $(seen_codes)"
  wait_for "$WAIT" counts counts_equal "$(main_records_of "$dir")" "$prefix"
  post_late "$dir"
  reconcile_scenario "b (supervision kill -9)" "$dir" "$prefix"
}

# ---------------------------------------------------------------- c. PostgreSQL restart during ingest
# readers_answer_503: while the database is down, supervision's and indicators' read APIs answer 503 + Retry-After.
readers_answer_503() {
  local url code
  for url in "$SUPERVISION/api/v1/flags?size=1" "$INDICATORS/api/v1/scorecard?regionCode=431000&year=2025"; do
    code=$(http GET "$url")
    [ "$code" = 503 ] && grep -qi '^retry-after:' "$W/headers.txt" \
      && pass "c: GET ${url#http://127.0.0.1:} answered 503 with Retry-After while PostgreSQL was down" \
      || flunk "c: GET ${url#http://127.0.0.1:} answered $code while PostgreSQL was down: $(head -c 200 "$W/answer.json")"
  done
}
scenario_c() {
  local dir="$W/c" prefix="${RUN}C-"; SEEN=()
  generate "$dir" "$prefix" 800 4000 200 || { flunk "c: generate failed: $(cat "$dir.generate.log")"; return; }
  mapfile -t files < <(jq -r '.settlementFiles[]' "$dir/dataset.json")
  post_enrollments_and_deaths "$dir"
  local i failed_batches=0 restart_job=
  for ((i = 0; i < ${#files[@]}; i++)); do
    if [ "$i" -eq 2 ]; then
      # PostgreSQL stays down until the readers and claims have each been asked once (at most 30 s), however
      # slowly the machine answers; then it starts again while the batches go on.
      rm -f "$W/c.release"
      (pg_ctl_ft stop -m fast; echo "stopped $(date +%T)" >"$W/c.pg"
       for _ in $(seq 60); do [ -e "$W/c.release" ] && break; sleep 0.5; done
       pg_ctl_ft start; echo "started $(date +%T)" >>"$W/c.pg") &
      restart_job=$!
      wait_for 15 pg-stopped test -s "$W/c.pg"
      readers_answer_503
      post_once /api/v1/settlements "$dir/${files[$i]}"
      touch "$W/c.release"
    fi
    post_retrying /api/v1/settlements "$dir/${files[$i]}" || failed_batches=$((failed_batches + 1))
  done
  wait "$restart_job"
  [ "${SEEN[503]:-0}" -gt 0 ] && [ -z "${SEEN[503-no-retry-after]:-}" ] && [ -z "${SEEN[503-bad-body]:-}" ] \
    && pass "c: while PostgreSQL restarted, claims answered 503 with Retry-After and DATABASE_UNAVAILABLE ($(seen_codes))" \
    || flunk "c: no proper 503 during the PostgreSQL restart: $(seen_codes) $(cat "$W/c.pg" 2>/dev/null | tr '\n' ' ')"
  local k bad=
  for k in "${!SEEN[@]}"; do case $k in 200|422|503) ;; *) bad+="$k=${SEEN[$k]} ";; esac; done
  [ -z "$bad" ] && pass "c: never a 500 or another 5xx during the restart" || flunk "c: unexpected answers: $bad"
  [ "$failed_batches" = 0 ] && pass "c: every batch succeeded on retry after the restart (${#files[@]} batches)" \
    || flunk "c: $failed_batches batches never succeeded"
  wait_for "$WAIT" counts counts_equal "$(main_records_of "$dir")" "$prefix"
  post_late "$dir"
  local dl; dl=$(dlq_count settlements.v1)+$(dlq_count enrollments.v1)+$(dlq_count deaths.v1)
  [ "$(bc <<<"$dl")" = 0 ] && pass "c: no valid record was dead-lettered while the database was away" \
    || flunk "c: valid records dead-lettered during the database outage (settlements+enrollments+deaths .dlq: $dl)"
  reconcile_scenario "c (PostgreSQL restart)" "$dir" "$prefix"
}

# ---------------------------------------------------------------- d. a poison record on every topic
hash_of() { printf '%s' "$1" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$HASH_KEY_HEX" | sed 's/^.*= *//'; }
produce() {  # produce TOPIC KEY VALUE
  printf '%s\t%s\n' "$2" "$3" | kafka_java org.apache.kafka.tools.ConsoleProducer --bootstrap-server "127.0.0.1:$KAFKA_PORT" \
    --topic "$1" --property parse.key=true --property "key.separator=$(printf '\t')" >/dev/null 2>&1
}
dlq_count() {  # records only: the consumer's own time-out report goes to stdout too, as two log lines
  kafka_java org.apache.kafka.tools.consumer.ConsoleConsumer --bootstrap-server "127.0.0.1:$KAFKA_PORT" \
    --topic "$1.dlq" --from-beginning --timeout-ms 4000 2>/dev/null \
    | { grep -vcE '^\[[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:,]+\] |^org\.apache\.kafka\.' || true; }
}
dlq_has() {  # dlq_has TOPIC MARKER MIN
  local n; n=$(kafka_java org.apache.kafka.tools.consumer.ConsoleConsumer --bootstrap-server "127.0.0.1:$KAFKA_PORT" \
    --topic "$1.dlq" --from-beginning --timeout-ms 4000 2>/dev/null | grep -c "$2")
  [ "$n" -ge "$3" ]
}
# supervision_saw TABLE WHERE: the loop stored the record; the streams engine has consumed everything (so also the
# valid record behind the poison on its partition).
supervision_saw() {
  if [ "$ENGINE" = streams ]; then [ "$(group_lag supervision-engine)" = 0 ]; else one_row supervision_ft "SELECT count(*) FROM $1 WHERE $2"; fi
}
settlement_seen() {
  supervision_saw settlement_state "settlement_id = '$1'" \
    && one_row indicators_ft "SELECT count(*) FROM settlement_state WHERE settlement_id = '$1'"
}
enrollment_seen() {
  supervision_saw enrollment_state "id_number_hash = '$1'" \
    && one_row indicators_ft "SELECT count(*) FROM enrollment WHERE id_number_hash = '$1'"
}
scenario_d() {
  local dir="$W/d" prefix="${RUN}D-"
  generate "$dir" "$prefix" 40 120 500 || { flunk "d: generate failed"; return; }
  HASH_KEY_HEX=$(grep YBJG_ID_HASH_KEY "$ROOT/deploy/local/dev-keys/id-keys.env" | cut -d= -f2- | base64 -d | od -An -tx1 | tr -d ' \n')
  # a person with a settlement and no enrollment posted: their settlement raises NOT_ENROLLED (flags.v1)
  jq '[.[0]]' "$dir/settlements-001.json" >"$dir/one.json"
  local id pid sid inst h; id=$(jq -r '.[0].idNumber' "$dir/one.json"); pid=$(jq -r '.[0].personId' "$dir/one.json")
  sid=$(jq -r '.[0].settlementId' "$dir/one.json"); inst=$(jq -r '.[0].institutionCode' "$dir/one.json"); h=$(hash_of "$id")
  local enr_id; enr_id=$(jq -r '.[1].idNumber' "$dir/enrollments.json"); jq '[.[1]]' "$dir/enrollments.json" >"$dir/enr.json"
  local death_id; death_id=$(jq -r '.[0].idNumber' "$dir/deaths.json"); jq '[.[0]]' "$dir/deaths.json" >"$dir/death.json"
  local topic
  for topic in settlements.v1 enrollments.v1 deaths.v1 flags.v1 flag-reviews.v1; do
    local key=$h
    [ "$topic" = enrollments.v1 ] && key=$(hash_of "$enr_id"); [ "$topic" = deaths.v1 ] && key=$(hash_of "$death_id")
    produce "$topic" "$key" "{\"poison\": \"$RUN-$topic\", truncated" || flunk "d: could not produce to $topic"
  done
  # the valid records after them, on the same partitions (same keys)
  post_retrying /api/v1/enrollments "$dir/enr.json"; post_retrying /api/v1/death-registrations "$dir/death.json"
  post_retrying /api/v1/settlements "$dir/one.json"
  local n; n=$(jq length "$dir/deaths.json")
  check "d: settlements.v1 poison dead-lettered, the settlement after it consumed by supervision and indicators" \
    wait_for 90 s settlement_seen "$sid"
  check "d: settlements.v1.dlq holds the poison record (2 consumer groups)" wait_for 60 dlq dlq_has settlements.v1 "$RUN-settlements.v1" 2
  check "d: enrollments.v1 poison dead-lettered, the enrollment after it consumed by supervision and indicators" \
    wait_for 90 e enrollment_seen "$(hash_of "$enr_id")"
  check "d: enrollments.v1.dlq holds the poison record (2 consumer groups)" wait_for 60 dlq dlq_has enrollments.v1 "$RUN-enrollments.v1" 2
  check "d: deaths.v1 poison dead-lettered, the death registration after it consumed by supervision" \
    wait_for 90 d supervision_saw death_state "id_number_hash = '$(hash_of "$death_id")'"
  check "d: deaths.v1.dlq holds the poison record" wait_for 60 dlq dlq_has deaths.v1 "$RUN-deaths.v1" 1
  local flag=
  flag_ready() { flag=$(sql supervision_ft "SELECT id FROM flag WHERE settlement_id = '$sid' AND rule_code = 'NOT_ENROLLED'"); [ -n "$flag" ] \
    && [ "$(sql indicators_ft "SELECT count(*) FROM flag WHERE id = '$flag'")" = 1 ]; }
  check "d: flags.v1 poison dead-lettered, the NOT_ENROLLED flag after it reached indicators" wait_for 90 flag flag_ready
  check "d: flags.v1.dlq holds the poison record" wait_for 60 dlq dlq_has flags.v1 "$RUN-flags.v1" 1
  local review; review=$(uuidgen 2>/dev/null || cat /proc/sys/kernel/random/uuid)
  produce flag-reviews.v1 "$h" "$(jq -cn --arg e "$review" --arg f "$flag" '{schemaVersion: 1, eventId: $e, flagId: $f,
    ruleCode: "NOT_ENROLLED", regionCode: "431000", decision: "CONFIRMED", note: "failure test", recoveredAmount: 10.00,
    reviewer: "ft", reviewedAt: "2024-12-31T10:00:00+08:00"}')"
  check "d: flag-reviews.v1 poison dead-lettered, the review after it stored by indicators" \
    wait_for 90 review one_row indicators_ft "SELECT count(*) FROM flag_review WHERE event_id = '$review'"
  check "d: flag-reviews.v1.dlq holds the poison record" wait_for 60 dlq dlq_has flag-reviews.v1 "$RUN-flag-reviews.v1" 1
}

# ---------------------------------------------------------------- e. 10,000+ malformed records
scenario_e() {
  local dir="$W/e" prefix="${RUN}E-"; SEEN=()
  local before; before=$(sql claims_ft "SELECT count(*) FROM settlement")
  [ -f "$W/a/settlements-001.json" ] || generate "$W/a" "${RUN}A-" 100 500 500
  bench Malformed --from "$W/a/settlements-001.json" --count 10000 --seed 7 --prefix "$prefix" --batch-size 1000 \
    --truncated 30 --csv-rows 200 --out "$dir" >"$dir.log" 2>&1 || { flunk "e: Malformed failed: $(cat "$dir.log")"; return; }
  local f n code total=0 answered=0 named=0 fivexx=0 other=
  for f in "$dir"/malformed-[0-9]*.json; do
    n=$(jq length "$f"); total=$((total + n))
    code=$(http POST "$CLAIMS/api/v1/settlements" "$f")
    case $code in 5*) fivexx=$((fivexx + 1));; esac
    if [ "$code" = 422 ] && jq -e --argjson n "$n" '.accepted == 0 and (.rejected | length) == $n
         and all(.rejected[]; (.errors | length) > 0 and all(.errors[]; (.field | type) == "string" and (.message | length) > 0))' \
         "$W/answer.json" >/dev/null 2>&1; then
      answered=$((answered + n))
      local misses; misses=$(jq -n --slurpfile a "$W/answer.json" --slurpfile e "${f/malformed-/expected-}" '
        ($a[0].rejected | map({key: (.index | tostring), value: [.errors[].field]}) | from_entries) as $r
        | [$e[0][] | . as $x | select(($r[$x.index | tostring] // []) as $got | ($x.fields | any(. as $w | $got | index($w))) | not)]')
      named=$((named + n - $(jq length <<<"$misses")))
      [ "$(jq length <<<"$misses")" = 0 ] || echo "    $(basename "$f"): fields not named: $(jq -c '.[:3]' <<<"$misses")"
    else
      other+="$(basename "$f")=$code "; echo "    $(basename "$f"): HTTP $code $(head -c 300 "$W/answer.json")"
    fi
  done
  [ "$answered" = "$total" ] && [ "$total" -ge 10000 ] \
    && pass "e: $total malformed records in $(ls "$dir"/malformed-[0-9]*.json | wc -l) batches: all 422, each rejected with field errors, 0 accepted" \
    || flunk "e: $answered of $total malformed records rejected with field errors; other answers: $other"
  [ "$named" = "$total" ] && pass "e: every rejection names the broken field ($named of $total)" \
    || flunk "e: $((total - named)) rejections do not name the broken field"
  local t bad400=0
  for f in "$dir"/truncated-*.json; do
    code=$(http POST "$CLAIMS/api/v1/settlements" "$f")
    case $code in 5*) fivexx=$((fivexx + 1));; esac
    [ "$code" = 400 ] && jq -e '.type == "urn:ybjg:problem:malformed-input" and (.detail | length) > 0' "$W/answer.json" >/dev/null 2>&1 || bad400=$((bad400 + 1))
  done
  [ "$bad400" = 0 ] && pass "e: $(ls "$dir"/truncated-*.json | wc -l) truncated JSON bodies answered 400 MALFORMED_INPUT" \
    || flunk "e: $bad400 truncated bodies not answered 400 MALFORMED_INPUT"
  code=$(http POST "$CLAIMS/api/v1/settlements" "$dir/malformed.csv" text/csv)
  case $code in 5*) fivexx=$((fivexx + 1));; esac
  if [ "$code" = 422 ] && jq -e '.accepted == 0 and (.rejected | length) == 200
       and all(.rejected[]; any(.errors[]; .field == "totalCost"))' "$W/answer.json" >/dev/null 2>&1; then
    pass "e: 200 CSV rows with a non-numeric totalCost answered 422, every row rejected naming totalCost"
  else flunk "e: the mistyped CSV body: HTTP $code $(head -c 300 "$W/answer.json")"; fi
  code=$(http POST "$CLAIMS/api/v1/settlements" "$dir/truncated.csv" text/csv)
  case $code in 5*) fivexx=$((fivexx + 1));; esac
  if [ "$code" = 400 ] || { [ "$code" = 422 ] && jq -e '.accepted == 0 and (.rejected | length) == 200' "$W/answer.json" >/dev/null 2>&1; }; then
    pass "e: a CSV body of 200 rows cut short answered $code ($(jq -c '.detail // (.rejected | length)' "$W/answer.json" | head -c 120))"
  else flunk "e: the truncated CSV body: HTTP $code $(head -c 300 "$W/answer.json")"; fi
  local after; after=$(sql claims_ft "SELECT count(*) FROM settlement")
  [ "$after" = "$before" ] && [ "$(sql claims_ft "SELECT count(*) FROM settlement WHERE settlement_id LIKE '$prefix%' OR person_id LIKE '$prefix%'")" = 0 ] \
    && pass "e: nothing stored ($before settlements before and after)" || flunk "e: settlements before $before, after $after"
  [ "$fivexx" = 0 ] && pass "e: no 5xx answer" || flunk "e: $fivexx answers were 5xx"
}

# ---------------------------------------------------------------- f. scale-out: two supervision instances, one group
# A second supervision-service on port base+12 joins the consumer group; the topics are keyed by person, so each
# instance audits the persons of its partitions. The flags must be exactly the planted ones, with no duplicates, and
# both instances must have consumed settlements of the run.
second() { ( SERVICE_PORT_BASE=$((SERVICE_PORT_BASE + 10)); SERVICE_NAME_PREFIX=ft2-; "$@" ); }
consumed_by() {  # consumed_by PORT: settlements.v1 records this instance has consumed (its Prometheus counter)
  local n; n=$(curl -fs "http://127.0.0.1:$1/q/metrics" | sed -n 's/^supervision_records_total{.*topic="settlements.v1".*} //p' | cut -d. -f1)
  echo "${n:-0}"
}
scenario_f() {
  local dir="$W/f" prefix="${RUN}F-" first=$((SERVICE_PORT_BASE + 2)) other=$((SERVICE_PORT_BASE + 12)); SEEN=()
  generate "$dir" "$prefix" 800 4000 250 || { flunk "f: generate failed: $(cat "$dir.generate.log")"; return; }
  second start_service supervision-service >/dev/null
  if ! wait_for 120 supervision-2 second service_ready supervision-service; then
    flunk "f: the second supervision-service did not become ready (see $STATE/ft2-supervision-service.log)"; return
  fi
  local a0 b0; a0=$(consumed_by "$first"); b0=$(consumed_by "$other")
  sleep 5  # let the group settle its new assignment before the load starts
  post_enrollments_and_deaths "$dir"
  local f; for f in $(jq -r '.settlementFiles[]' "$dir/dataset.json"); do post_retrying /api/v1/settlements "$dir/$f"; done
  wait_for "$WAIT" counts counts_equal "$(main_records_of "$dir")" "$prefix"
  post_late "$dir"
  reconcile_scenario "f (two supervision instances)" "$dir" "$prefix"
  local a b; a=$(( $(consumed_by "$first") - a0 )); b=$(( $(consumed_by "$other") - b0 ))
  [ "$a" -gt 0 ] && [ "$b" -gt 0 ] && pass "f: both instances audited settlements of the run ($a and $b)" \
    || flunk "f: the load was not shared: instance 1 consumed $a, instance 2 $b"
  second stop_pid ft2-supervision-service >/dev/null
}

# ---------------------------------------------------------------- run
ENGINE=$(engine)
say "supervision audits with the ${ENGINE:-unknown} engine"
for s in ${FT_SCENARIOS:-a b c d e f}; do
  say "scenario $s ($SECONDS s)"
  "scenario_$s"
done
say "done in $SECONDS s"
summary
