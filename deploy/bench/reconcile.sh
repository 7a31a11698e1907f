#!/usr/bin/env bash
# Compares a generated dataset's truth.json with the flags supervision-service lists; exit 0 on an exact match.
#   YBJG_TOKEN=$(deploy/local/token.sh admin) deploy/bench/reconcile.sh --dir /tmp/bench
exec "$(dirname "$0")/run.sh" Reconcile "$@"
