#!/usr/bin/env bash
# Shared functions of the local stack scripts: make sure PostgreSQL and a single-node Kafka broker run,
# create the project's databases and topics, start and stop the services. Sourced, never run.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STATE="$ROOT/deploy/local/.state"          # pids, logs and Kafka's data; never committed
KAFKA_HOME="$ROOT/deploy/kafka"
# The stack's broker; test.sh runs a second one for the module tests by overriding these three.
KAFKA_NAME=${KAFKA_NAME:-kafka}
KAFKA_PORT=${KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
KAFKA_LOGS_DIR=${KAFKA_LOGS_DIR:-$STATE}
# The broker's configuration template, and the client configuration the scripts' admin calls use (kafka-sasl-check.sh
# runs a SASL broker by overriding both).
KAFKA_TEMPLATE=${KAFKA_TEMPLATE:-$KAFKA_HOME/server.properties}
KAFKA_CLIENT_CONFIG=${KAFKA_CLIENT_CONFIG:-}
PG_PORT=5432
# Two roles per database (deploy/README.md "Database roles"): the owner runs Flyway and owns every schema object;
# the services connect as the runtime role, which may read and write rows but holds no DDL right and owns nothing,
# so it cannot disable the triggers that keep the audit tables append-only.
DB_USER=ybjg
DB_PASSWORD=ybjg
DB_OWNER_USER=ybjg_owner
DB_OWNER_PASSWORD=ybjg_owner
SERVICES=(claims-service supervision-service indicators-service)
DATABASES=(claims supervision indicators claims_test supervision_test indicators_test bench_test)
# A second, throw-away stack (deploy/local/failure-tests.sh) overrides these after sourcing: service ports are
# SERVICE_PORT_BASE + 1..3, pid and log files carry SERVICE_NAME_PREFIX, databases are named <svc>DB_SUFFIX.
SERVICE_PORT_BASE=8080
SERVICE_NAME_PREFIX=
DB_SUFFIX=
TOPICS=(settlements.v1 enrollments.v1 deaths.v1 flags.v1 flag-reviews.v1
        settlements.v1.dlq enrollments.v1.dlq deaths.v1.dlq flags.v1.dlq flag-reviews.v1.dlq)
# Compacted, one partition: the latest record per key is the state (rule versions, configured DRG benchmarks), read
# whole into global stores by the streams engine (docs/engine.md §4, §5).
COMPACTED_TOPICS=(rule-versions.v1 drg-benchmarks.v1)
mkdir -p "$STATE"

say()  { printf '[stack] %s\n' "$*"; }
fail() { printf '[stack] ERROR: %s\n' "$*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_owner() { ss -ltnpH "sport = :$1" 2>/dev/null | sed -n 's/.*users:((\"\([^\"]*\)\",pid=\([0-9]*\).*/\1 (pid \2)/p' | head -n1; }
pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }

# wait_for SECONDS DESCRIPTION COMMAND...: polls COMMAND about once a second; false after SECONDS of wall time (a
# check may itself take seconds, e.g. a Kafka CLI call, so the bound is the clock, not a count of tries).
wait_for() {
  local seconds=$1 what=$2; shift 2
  local until=$((SECONDS + seconds))
  while true; do
    "$@" && return 0
    [ "$SECONDS" -ge "$until" ] && return 1
    sleep 1
  done
}

# ---------------------------------------------------------------- PostgreSQL
pg_ready() { pg_isready -q -h 127.0.0.1 -p "$PG_PORT" 2>/dev/null; }

ensure_postgres() {
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    say "PostgreSQL is not installed: installing it from Debian's packages"
    { as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null; } \
      || fail "PostgreSQL: apt-get install postgresql failed (package missing or no registry access)"
  fi
  if ! pg_ready; then
    local version; version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n1)
    [ -n "$version" ] || fail "PostgreSQL: installed, but no cluster exists under /etc/postgresql"
    if port_open "$PG_PORT"; then
      fail "PostgreSQL: port $PG_PORT is taken by $(port_owner "$PG_PORT"), which is not a PostgreSQL server"
    fi
    say "starting PostgreSQL $version"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start >/dev/null 2>&1 || true
    wait_for 30 postgres pg_ready \
      || fail "PostgreSQL: cluster $version/main did not accept connections within 30 s (see /var/log/postgresql/)"
  fi
  create_databases
}

psql_admin() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres "$@"; }

create_role() {  # create_role NAME PASSWORD: a login role without any special attribute, created once
  psql_admin -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$1') THEN
        CREATE ROLE $1 LOGIN PASSWORD '$2';
      END IF;
    END \$\$;" >/dev/null || fail "PostgreSQL: could not create role $1"
}

# create_databases: the two roles and every database of DATABASES, owned by the owner role. Idempotent, and it
# converts a database of an older checkout, where the runtime role owned everything, in place (hand_over_database).
create_databases() {
  create_role "$DB_OWNER_USER" "$DB_OWNER_PASSWORD"
  create_role "$DB_USER" "$DB_PASSWORD"
  # An older checkout may have given the runtime role more; it keeps LOGIN and nothing else.
  psql_admin -c "ALTER ROLE $DB_USER NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS" >/dev/null \
    || fail "PostgreSQL: could not restrict role $DB_USER"
  local db
  for db in "${DATABASES[@]}"; do
    if [ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
      psql_admin -c "CREATE DATABASE $db OWNER $DB_OWNER_USER" >/dev/null || fail "PostgreSQL: could not create database $db"
    fi
    hand_over_database "$db"
  done
}

# hand_over_database DB: the owner role owns the database and every object the runtime role owned in its schema
# public (tables with their triggers and sequences, views, functions, Flyway's history). Object by object on
# purpose: REASSIGN OWNED would also hand over every other database the runtime role owns on this server.
# The runtime role keeps CONNECT and TEMP; its table grants come from each service's migration
# R__runtime_role_grants.sql (run by Flyway as the owner), which also sets the default privileges.
hand_over_database() {
  local db=$1
  psql_admin -c "ALTER DATABASE $db OWNER TO $DB_OWNER_USER" >/dev/null \
    || fail "PostgreSQL: could not hand database $db to $DB_OWNER_USER"
  as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d "$db" >/dev/null <<SQL || fail "PostgreSQL: could not hand the objects of $db to $DB_OWNER_USER"
DO \$\$
DECLARE o record;
BEGIN
  FOR o IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relowner = '$DB_USER'::regrole AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
             -- sequences owned by a column follow their table
             AND NOT (c.relkind = 'S' AND EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
  LOOP
    EXECUTE format('ALTER %s %s OWNER TO $DB_OWNER_USER',
      CASE o.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                     WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, o.name);
  END LOOP;
  FOR o IN SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'public' AND p.proowner = '$DB_USER'::regrole
  LOOP
    EXECUTE format('ALTER ROUTINE %s OWNER TO $DB_OWNER_USER', o.name);
  END LOOP;
  FOR o IN SELECT t.oid::regtype AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
           WHERE n.nspname = 'public' AND t.typowner = '$DB_USER'::regrole AND t.typtype IN ('e', 'd')
  LOOP
    EXECUTE format('ALTER TYPE %s OWNER TO $DB_OWNER_USER', o.name);
  END LOOP;
END \$\$;
-- PostgreSQL 15 already keeps CREATE on schema public from PUBLIC; older clusters and old databases did not.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE CREATE ON DATABASE $db FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE $db TO $DB_USER;
GRANT USAGE ON SCHEMA public TO $DB_USER;
SQL
}

# ---------------------------------------------------------------- Kafka
kafka_java() { java -Xms128m -Xmx512m -Dlog4j2.configurationFile="$KAFKA_HOME/log4j2.yaml" -cp "$KAFKA_HOME/lib/*" "$@"; }

fetch_kafka() {
  if [ ! -f "$KAFKA_HOME/lib/kafka_2.13-4.1.1.jar" ] || [ ! -f "$KAFKA_HOME/lib/kafka-tools-4.1.1.jar" ]; then
    say "fetching the Kafka 4.1.1 broker jars from Maven Central"
    mvn -B -q -f "$KAFKA_HOME/pom.xml" dependency:copy-dependencies >"$STATE/kafka-fetch.log" 2>&1 \
      || fail "Kafka: could not fetch the broker jars from Maven Central (see $STATE/kafka-fetch.log)"
  fi
}

# topic_command ARGS...: kafka-topics against this broker, with KAFKA_CLIENT_CONFIG's credentials when set
topic_command() {
  kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" \
    ${KAFKA_CLIENT_CONFIG:+--command-config "$KAFKA_CLIENT_CONFIG"} "$@"
}

kafka_ready() {
  port_open "$KAFKA_PORT" && topic_command --list >/dev/null 2>&1
}

ensure_kafka() {
  local pidfile="$STATE/$KAFKA_NAME.pid" data="$STATE/$KAFKA_NAME-data" conf="$STATE/$KAFKA_NAME-server.properties"
  if pid_alive "$pidfile" && kafka_ready; then create_topics; return; fi
  if port_open "$KAFKA_PORT" && ! pid_alive "$pidfile"; then
    if kafka_ready; then say "using the Kafka broker already listening on $KAFKA_PORT"; create_topics; return; fi
    fail "Kafka: port $KAFKA_PORT is taken by $(port_owner "$KAFKA_PORT"), which does not answer as a Kafka broker"
  fi
  port_open "$KAFKA_CONTROLLER_PORT" && ! pid_alive "$pidfile" \
    && fail "Kafka: controller port $KAFKA_CONTROLLER_PORT is taken by $(port_owner "$KAFKA_CONTROLLER_PORT")"
  command -v java >/dev/null || fail "Kafka: java is not installed"
  fetch_kafka
  sed "s#@DATA@#$data#; s#@CONTROLLER_PORT@#$KAFKA_CONTROLLER_PORT#g; s#@PORT@#$KAFKA_PORT#g" \
    "$KAFKA_TEMPLATE" >"$conf"
  if [ ! -f "$data/meta.properties" ]; then
    # A new broker: the streams engine's local state (offsets, checkpoints) belongs to the old one and would make it
    # fail on offsets this broker never had, so it goes too (rebuilt from the topics). Only this broker's: the state
    # of services attached to another broker (the stack's, while the module tests start theirs) is not touched.
    rm -rf "$STATE/streams-$KAFKA_NAME"
    mkdir -p "$data"
    kafka_java kafka.tools.StorageTool format -t "$(kafka_java kafka.tools.StorageTool random-uuid)" \
      -c "$conf" >"$STATE/$KAFKA_NAME-format.log" 2>&1 \
      || fail "Kafka: formatting the log directory $data failed (see $STATE/$KAFKA_NAME-format.log)"
  fi
  if ! pid_alive "$pidfile"; then
    say "starting the Kafka broker on 127.0.0.1:$KAFKA_PORT"
    mkdir -p "$KAFKA_LOGS_DIR"
    nohup java -Xms256m -Xmx768m -Dlog4j2.configurationFile="$KAFKA_HOME/log4j2.yaml" -Dkafka.logs.dir="$KAFKA_LOGS_DIR" \
      -cp "$KAFKA_HOME/lib/*" kafka.Kafka "$conf" >"$STATE/$KAFKA_NAME.log" 2>&1 &
    echo $! >"$pidfile"
  fi
  wait_for 60 kafka kafka_ready || {
    pid_alive "$pidfile" || fail "Kafka: the broker exited at start (last line: $(tail -n1 "$STATE/$KAFKA_NAME.log"))"
    fail "Kafka: the broker did not answer on 127.0.0.1:$KAFKA_PORT within 60 s (see $STATE/$KAFKA_NAME.log)"
  }
  create_topics
}

# topic_layout TOPIC: the kafka-topics arguments for its partitions and cleanup policy
topic_layout() {
  if [[ " ${COMPACTED_TOPICS[*]} " == *" $1 "* ]]; then echo "--partitions 1 --config cleanup.policy=compact"
  else echo "--partitions 6"; fi
}

create_topics() {
  local existing topic missing=()
  existing=$(topic_command --list 2>/dev/null)
  for topic in "${TOPICS[@]}" "${COMPACTED_TOPICS[@]}"; do grep -qx "$topic" <<<"$existing" || missing+=("$topic"); done
  for topic in "${missing[@]}"; do
    topic_command --create --if-not-exists --topic "$topic" $(topic_layout "$topic") --replication-factor 1 >/dev/null \
      || fail "Kafka: could not create topic $topic"
  done
  [ ${#missing[@]} -eq 0 ] || say "created topics: ${missing[*]}"
}

stop_kafka() { stop_pid "$KAFKA_NAME"; }

# ---------------------------------------------------------------- services
service_port() {
  case $1 in claims-service) echo $((SERVICE_PORT_BASE + 1));; supervision-service) echo $((SERVICE_PORT_BASE + 2));;
    indicators-service) echo $((SERVICE_PORT_BASE + 3));; esac
}

service_ready() { curl -fs -o /dev/null "http://127.0.0.1:$(service_port "$1")/q/health/ready"; }

build_services() {
  say "building the services (mvn package, tests skipped)"
  (cd "$ROOT" && mvn -B -q -DskipTests package >"$STATE/build.log" 2>&1) \
    || fail "build failed (see $STATE/build.log)"
}

# Heap per service. supervision-service keeps its DRG task's stays of the last 365 days in memory (docs/engine.md
# §9: 479 MB live at 10,000,000 settlements, which ran out of 512 MiB); the others hold one batch at a time.
# SUPERVISION_HEAP / SERVICE_HEAP override.
service_heap() {
  case $1 in supervision-service) echo "${SUPERVISION_HEAP:-1g}" ;; *) echo "${SERVICE_HEAP:-512m}" ;; esac
}

start_service() {
  local svc=$1 port; port=$(service_port "$svc")
  local pidfile="$STATE/$SERVICE_NAME_PREFIX$svc.pid"
  if pid_alive "$pidfile"; then return; fi
  port_open "$port" && fail "$svc: port $port is taken by $(port_owner "$port")"
  say "starting $svc on 127.0.0.1:$port"
  # Development ID keys (claims-service only); production sets its own YBJG_ID_* variables.
  set -a; source "$ROOT/deploy/local/dev-keys/id-keys.env"; set +a
  # cd first, then only java in the background: $! must be java's pid, not a subshell's (stop_pid, kill -9 in tests)
  (cd "$ROOT" || exit 1
   # quarkus.http.host: Quarkus listens on every interface unless told otherwise; the local stack is for this
   # machine only (check_loopback_only verifies it).
   DB_HOST=127.0.0.1 DB_PORT="$PG_PORT" DB_NAME="${svc%-service}$DB_SUFFIX" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
      DB_OWNER_USER="$DB_OWNER_USER" DB_OWNER_PASSWORD="$DB_OWNER_PASSWORD" \
      KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" STREAMS_STATE_DIR="$STATE/streams-$KAFKA_NAME/$SERVICE_NAME_PREFIX$svc" \
      SEEDS_LOCATIONS=seeds,deploy/local/demo-seeds nohup java -Xms64m -Xmx"$(service_heap "$svc")" \
      -Dquarkus.http.port="$port" -Dquarkus.http.host=127.0.0.1 \
      -Dmp.jwt.verify.publickey.location="$ROOT/deploy/local/dev-keys/public.pem" \
      -jar "$svc/target/quarkus-app/quarkus-run.jar" >"$STATE/$SERVICE_NAME_PREFIX$svc.log" 2>&1 &
   echo $! >"$pidfile")
}

await_services() {
  local svc
  for svc in "${SERVICES[@]}"; do
    wait_for 120 "$svc" service_ready "$svc" || {
      pid_alive "$STATE/$SERVICE_NAME_PREFIX$svc.pid" || fail "$svc exited at start (see $STATE/$SERVICE_NAME_PREFIX$svc.log)"
      fail "$svc did not report ready within 120 s (see $STATE/$SERVICE_NAME_PREFIX$svc.log and /q/health)"
    }
  done
}

# check_loopback_only PORT...: fails (one line per offence) when one of these ports, or any other port a process of
# this stack (a .state/*.pid) listens on, is bound to an address other than loopback (127.0.0.0/8, ::1, or
# ::ffff:127.x, the form Java's dual-stack sockets show). "0.0.0.0", "*" and "[::]" are every interface.
check_loopback_only() {
  local pids=() f p bad=() line addr port
  for f in "$STATE"/*.pid; do [ -f "$f" ] && p=$(cat "$f") && kill -0 "$p" 2>/dev/null && pids+=("$p"); done
  while read -r line; do
    addr=$(awk '{print $4}' <<<"$line"); port=${addr##*:}; addr=${addr%:*}
    case " $* " in *" $port "*) ;; *)
      local mine=; for p in ${pids[@]+"${pids[@]}"}; do [[ $line == *"pid=$p,"* ]] && mine=1; done
      [ -n "$mine" ] || continue;; esac
    case $addr in 127.*|\[::1\]|\[::ffff:127.*\]) ;; *) bad+=("$addr:$port ($(sed -n 's/.*users:((\("[^"]*"\).*/\1/p' <<<"$line"))");; esac
  done < <(ss -ltnpH 2>/dev/null)
  if [ ${#bad[@]} -gt 0 ]; then
    printf '[stack] listening beyond loopback: %s\n' "${bad[@]}" >&2
    return 1
  fi
}

# stop_pid NAME: ends the process recorded in .state/NAME.pid (TERM, then KILL after 20 s).
stop_pid() {
  local pidfile="$STATE/$1.pid" pid
  [ -f "$pidfile" ] || return 0
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    say "stopping $1 (pid $pid)"
    kill "$pid" 2>/dev/null || true
    wait_for 20 "$1" bash -c "! kill -0 $pid 2>/dev/null" || kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}
