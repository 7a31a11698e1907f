#!/usr/bin/env bash
# Runs every test: makes sure PostgreSQL and the Kafka broker run, then the unit and @QuarkusTest suites of
# all modules (mvn verify), the end-to-end checks through the real broker and services (e2e.sh), and a scan
# of every log of the run for raw ID numbers. Stops at the end whatever it started itself.
source "$(dirname "$0")/lib.sh"

started_kafka=
pid_alive "$STATE/kafka.pid" || port_open "$KAFKA_PORT" || started_kafka=1
cleanup() { if [ -n "$started_kafka" ]; then stop_kafka; fi; }
trap cleanup EXIT

ensure_postgres
ensure_kafka
run_log="$STATE/test-run.log"
(cd "$ROOT" && mvn -B verify 2>&1) | tee "$run_log"
"$ROOT/deploy/local/e2e.sh" 2>&1 | tee -a "$run_log"
"$ROOT/deploy/local/failure-tests.sh" 2>&1 | tee -a "$run_log"
"$ROOT/deploy/local/scan-logs.sh" "$run_log" "$STATE"/*-service.log
