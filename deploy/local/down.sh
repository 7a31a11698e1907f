#!/usr/bin/env bash
# Stops what deploy/local/up.sh started (services, then the Kafka broker), by the PIDs it recorded.
# PostgreSQL is a system service and keeps running; Kafka's data stays in deploy/local/.state/.
source "$(dirname "$0")/lib.sh"
for svc in "${SERVICES[@]}"; do stop_pid "$svc"; done
stop_kafka
say "stopped"
