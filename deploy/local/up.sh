#!/usr/bin/env bash
# Starts the whole local stack — PostgreSQL, a Kafka broker, the three services — loads the demo data and
# prints where to look. Idempotent: what already runs is kept, so running it twice leaves one stack.
source "$(dirname "$0")/lib.sh"

ensure_postgres
ensure_kafka
if [ "${SKIP_BUILD:-}" != 1 ]; then build_services; fi
for svc in "${SERVICES[@]}"; do start_service "$svc"; done
await_services
"$ROOT/deploy/local/demo-data.sh"

cat <<MSG
[stack] up. Services (logs and pids in deploy/local/.state/):
  claims-service       http://127.0.0.1:8081/q/swagger-ui
  supervision-service  http://127.0.0.1:8082/q/swagger-ui
  indicators-service   http://127.0.0.1:8083/q/swagger-ui
Try:
  TOKEN=\$(deploy/local/token.sh supervisor 431000)
  curl -s -H "Authorization: Bearer \$TOKEN" 'http://127.0.0.1:8082/api/v1/flags?regionCode=431000&size=5' | jq
  curl -s -H "Authorization: Bearer \$TOKEN" 'http://127.0.0.1:8083/api/v1/scorecard?regionCode=431000&year=2025' | jq
Stop with deploy/local/down.sh
MSG
