#!/usr/bin/env bash
# Synthetic settlements, enrollments and deaths with planted anomalies and their ground truth (truth.json).
#   deploy/bench/generate.sh --persons 2000 --settlements 10000 --seed 1 --anomaly-rate 0.02 --out /tmp/bench
# Options: deploy/bench/generate.sh --help ; formats: docs/bench.md
exec "$(dirname "$0")/run.sh" Generate "$@"
