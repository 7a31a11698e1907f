#!/usr/bin/env bash
# Kafka security at work: a throw-away broker whose only client listener is SASL_PLAINTEXT (PLAIN; template
# deploy/kafka/server-sasl.properties) on 127.0.0.1:SASL_KAFKA_PORT (39092, controller 39093), then
#   1. a client with a wrong password, and one speaking PLAINTEXT, are refused;
#   2. claims-service's OutboxKafkaTest runs through it, configured only by KAFKA_SECURITY_PROTOCOL,
#      KAFKA_SASL_MECHANISM and KAFKA_SASL_JAAS_CONFIG: settlements, enrollments and deaths go through the outbox,
#      the relay's producer and the test's consumer (both built from KafkaClientSettings) over SASL.
# SASL_CHECK_DB names the claims test database (claims_test). Ends with "kafka-sasl-check: N passed, M failed";
# stops the broker it started.
source "$(dirname "$0")/lib.sh"
set +e

KAFKA_NAME=sasl-kafka; KAFKA_PORT=${SASL_KAFKA_PORT:-39092}; KAFKA_CONTROLLER_PORT=${SASL_KAFKA_CONTROLLER_PORT:-39093}
KAFKA_LOGS_DIR="$STATE/sasl-kafka-logs"
KAFKA_TEMPLATE="$KAFKA_HOME/server-sasl.properties"
KAFKA_CLIENT_CONFIG="$STATE/sasl-admin.properties"
TOPICS=(settlements.v1 enrollments.v1 deaths.v1)
DB=${SASL_CHECK_DB:-claims_test}
W="$STATE/sasl-check"
passed=0; failed=0
pass()  { printf 'PASS %s\n' "$*"; passed=$((passed + 1)); }
flunk() { printf 'FAIL %s\n' "$*"; failed=$((failed + 1)); }
cleanup() { stop_kafka >/dev/null; echo "kafka-sasl-check: $passed passed, $failed failed"; [ "$failed" -eq 0 ]; }
trap 'cleanup; exit $?' EXIT

jaas() { echo "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"$1\" password=\"$2\";"; }
client_config() {  # client_config FILE PROTOCOL [USER PASSWORD]: a kafka-topics --command-config file
  { echo "security.protocol=$2"; echo "request.timeout.ms=3000"; echo "default.api.timeout.ms=8000"
    if [ -n "${3:-}" ]; then echo "sasl.mechanism=PLAIN"; echo "sasl.jaas.config=$(jaas "$3" "$4")"; fi; } >"$1"
}

for port in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
  port_open "$port" && fail "port $port is taken by $(port_owner "$port"); set SASL_KAFKA_PORT/SASL_KAFKA_CONTROLLER_PORT"
done
rm -rf "$W" "$STATE/$KAFKA_NAME-data" "$KAFKA_LOGS_DIR"; mkdir -p "$W"
client_config "$KAFKA_CLIENT_CONFIG" SASL_PLAINTEXT admin admin-secret
ensure_kafka

# 1. No way in without the right credentials.
client_config "$W/wrong.properties" SASL_PLAINTEXT claims-service not-the-password
out=$(KAFKA_CLIENT_CONFIG="$W/wrong.properties" topic_command --list 2>&1)
if [ $? -ne 0 ] && grep -q 'Authentication failed' <<<"$out"; then pass "a wrong password is refused"
else flunk "a wrong password was not refused: $(tail -n2 <<<"$out")"; fi
client_config "$W/plaintext.properties" PLAINTEXT
if KAFKA_CLIENT_CONFIG="$W/plaintext.properties" topic_command --list >"$W/plaintext.log" 2>&1; then
  flunk "a PLAINTEXT client listed the topics of the SASL listener"
else pass "a PLAINTEXT client gets nothing from the SASL listener"; fi

# 2. The service's own clients, configured by environment only.
say "claims-service OutboxKafkaTest through SASL_PLAINTEXT 127.0.0.1:$KAFKA_PORT (database $DB)"
if (cd "$ROOT" && KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT \
      KAFKA_SASL_MECHANISM=PLAIN KAFKA_SASL_JAAS_CONFIG="$(jaas claims-service claims-secret)" \
      mvn -B -pl claims-service -am test -Dtest=OutboxKafkaTest -Dsurefire.failIfNoSpecifiedTests=false \
        "-D%test.quarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/$DB" >"$W/mvn.log" 2>&1) \
   && grep -q 'Tests run: [1-9].*Failures: 0, Errors: 0' "$W/mvn.log"; then
  pass "claims-service: outbox relay and consumer round-trip over SASL_PLAINTEXT"
else flunk "claims-service round trip over SASL failed (see $W/mvn.log)"; fi
