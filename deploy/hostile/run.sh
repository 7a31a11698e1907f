#!/usr/bin/env bash
# Hostile-input suite (docs/hostile-tests.md) against the packaged services of the local stack, run by
# deploy/local/test.sh after e2e.sh: makes sure PostgreSQL, the broker (9092) and the three services (8081-8083)
# run, starting what does not (and stopping at the end only that), then runs the JUnit tests of deploy/hostile
# with the stack's addresses. All traffic goes to 127.0.0.1. Ends with Surefire's summary; exit status is Maven's.
source "$(dirname "$0")/../local/lib.sh"
set +e

started=()
cleanup() {
  local svc
  for svc in ${started[@]+"${started[@]}"}; do stop_pid "$svc"; done
}
trap cleanup EXIT

ensure_postgres
ensure_kafka
for svc in "${SERVICES[@]}"; do
  if port_open "$(service_port "$svc")" || pid_alive "$STATE/$svc.pid"; then continue; fi
  [ -f "$ROOT/$svc/target/quarkus-app/quarkus-run.jar" ] || build_services
  start_service "$svc"
  started+=("$svc")
done
await_services

logs="$STATE/claims-service.log,$STATE/supervision-service.log,$STATE/indicators-service.log"
(cd "$ROOT" && mvn -B -pl deploy/hostile -am verify -Dtest='cn.ybjg.hostile.**' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dhostile.claims="http://127.0.0.1:$(service_port claims-service)" \
  -Dhostile.supervision="http://127.0.0.1:$(service_port supervision-service)" \
  -Dhostile.indicators="http://127.0.0.1:$(service_port indicators-service)" \
  -Dhostile.claimsJdbc="jdbc:postgresql://127.0.0.1:$PG_PORT/claims?user=$DB_USER&password=$DB_PASSWORD" \
  -Dhostile.kafka="127.0.0.1:$KAFKA_PORT" \
  -Dhostile.local="$ROOT/deploy/local" \
  -Dhostile.logs="$logs" \
  -Dhostile.seed="${HOSTILE_SEED:-12}")
