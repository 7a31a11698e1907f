#!/usr/bin/env bash
# Runs every test: makes sure PostgreSQL runs, then
#  1. the unit and @QuarkusTest suites of all modules (mvn verify) against the real PostgreSQL and a Kafka broker
#     of their own (127.0.0.1:29092, fresh each run), so test traffic never reaches the stack's consumers;
#  2. the end-to-end checks through the stack's broker (9092) and the three packaged services (e2e.sh), then the
#     hostile-input suite against the same stack (deploy/hostile/run.sh, docs/hostile-tests.md);
#  3. the failure tests and the Kafka SASL check (kafka-sasl-check.sh), each on a throw-away broker of its own;
#  4. a scan of every log of the run for raw ID numbers.
# Stops at the end whatever it started itself.
source "$(dirname "$0")/lib.sh"

TEST_BROKER=(KAFKA_NAME=kafka-test KAFKA_PORT=29092 KAFKA_CONTROLLER_PORT=29093)
started_kafka=
pid_alive "$STATE/kafka.pid" || port_open "$KAFKA_PORT" || started_kafka=1
cleanup() {
  (export "${TEST_BROKER[@]}"; source "$ROOT/deploy/local/lib.sh"; stop_kafka)
  if [ -n "$started_kafka" ]; then stop_kafka; fi
}
trap cleanup EXIT

ensure_postgres
(export "${TEST_BROKER[@]}"; source "$ROOT/deploy/local/lib.sh"; stop_kafka; rm -rf "$STATE/kafka-test-data"; ensure_kafka)
run_log="$STATE/test-run.log"
(cd "$ROOT" && KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:29092 mvn -B verify 2>&1) | tee "$run_log"

ensure_kafka
"$ROOT/deploy/local/e2e.sh" 2>&1 | tee -a "$run_log"
"$ROOT/deploy/hostile/run.sh" 2>&1 | tee -a "$run_log"
"$ROOT/deploy/local/failure-tests.sh" 2>&1 | tee -a "$run_log"
"$ROOT/deploy/local/kafka-sasl-check.sh" 2>&1 | tee -a "$run_log"
"$ROOT/deploy/local/scan-logs.sh" "$run_log" "$STATE"/*-service.log
