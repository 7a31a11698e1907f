#!/usr/bin/env bash
# Runs every test: makes sure PostgreSQL and the Kafka broker run, then the unit and @QuarkusTest suites of
# all services (mvn verify) and the end-to-end checks through the real broker (e2e.sh).
# Stops at the end whatever it started itself.
source "$(dirname "$0")/lib.sh"

started_kafka=
pid_alive "$STATE/kafka.pid" || port_open "$KAFKA_PORT" || started_kafka=1
cleanup() { if [ -n "$started_kafka" ]; then stop_kafka; fi; }
trap cleanup EXIT

ensure_postgres
ensure_kafka
(cd "$ROOT" && mvn -B verify)
"$ROOT/deploy/local/e2e.sh"
