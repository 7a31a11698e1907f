#!/usr/bin/env bash
# Benchmark of the local stack (docs/bench.md, "Benchmark"): bulk ingest vs COPY, audit throughput and
# ingest-to-flag latency, the 8 rules as SQL against the streaming flags, API p95 under 50 clients, replay, heap
# and RSS. Starts the stack with deploy/local/up.sh when it is not running and stops it again afterwards.
#   deploy/bench/bench.sh                        # 1,000,000 settlements, the goals' size
#   deploy/bench/bench.sh --settlements 10000000 # the scale run: also writes docs/bench-scale-result.json
#   deploy/bench/bench.sh --cleanup             # delete every bench row from claims and supervision
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
LOCAL="$ROOT/deploy/local"
STATE="$LOCAL/.state"
ports=(8081 8082 8083)

ready() { curl -fs -o /dev/null "http://127.0.0.1:$1/q/health/ready"; }
all_ready() { for p in "${ports[@]}"; do ready "$p" || return 1; done; }
# pid_of PORT SERVICE: the pid of .state/SERVICE.pid when alive, else the process listening on PORT.
pid_of() {
  local f="$STATE/$2.pid"
  if [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null; then cat "$f"; return; fi
  ss -ltnpH "sport = :$1" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n1
}

started=0
if [ "${1:-}" != --help ] && ! all_ready; then
  echo "[bench] the local stack is not running: starting it with deploy/local/up.sh"
  "$LOCAL/up.sh"
  started=1
fi
stop() { if [ "$started" = 1 ]; then echo "[bench] stopping the stack this run started"; "$LOCAL/down.sh"; fi; }
trap stop EXIT

export BENCH_ADMIN_TOKEN=$("$LOCAL/token.sh" admin)
export BENCH_SUPERVISOR_TOKEN=$("$LOCAL/token.sh" supervisor 431000)
export CLAIMS_PID=$(pid_of 8081 claims-service) SUPERVISION_PID=$(pid_of 8082 supervision-service)
export INDICATORS_PID=$(pid_of 8083 indicators-service)
export BENCH_STATE="$STATE/bench"
mkdir -p "$BENCH_STATE"
cd "$ROOT"
"$HERE/run.sh" perf.Bench "$@"
