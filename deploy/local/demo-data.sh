#!/usr/bin/env bash
# Loads the demo data into a running stack: a seeded synthetic year 2025 for 郴州 (431000: 2,000 persons, about
# 10,000 settlements) and 清远 (441800: 600 persons, about 3,000 settlements), about 2% planted anomalies.
# Posts enrollments, deaths and settlements to claims-service with an admin token. Idempotent: the data is
# generated from fixed seeds, so a second run sends identical records and claims-service answers duplicates.
# Prints one summary line; exits non-zero when a request failed or a record was rejected.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CLAIMS=${CLAIMS_URL:-http://127.0.0.1:8081}
OUT="$ROOT/deploy/local/.state/demo-data"
mkdir -p "$OUT"
TOKEN=$("$ROOT/deploy/local/token.sh" admin)

accepted=0; duplicates=0; rejected=0; errors=0

# post PATH FILE: one batch; adds the answer's counts to the totals.
post() {
  local path=$1 file=$2 code
  code=$(curl -sS -o "$OUT/answer.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" \
           -H 'Content-Type: application/json' --data-binary "@$file" "$CLAIMS$path") || code=000
  if [ "$code" != 200 ] && [ "$code" != 422 ]; then
    echo "[demo-data] POST $path $(basename "$file"): HTTP $code $(head -c 300 "$OUT/answer.json" 2>/dev/null)" >&2
    errors=$((errors + 1)); return
  fi
  local a d r
  read -r a d r < <(jq -r '"\(.accepted // 0) \(.duplicates // 0) \((.rejected // []) | length)"' "$OUT/answer.json")
  accepted=$((accepted + a)); duplicates=$((duplicates + d)); rejected=$((rejected + r))
  if [ "$r" -gt 0 ]; then
    echo "[demo-data] $(basename "$file"): $r rejected, first: $(jq -c '.rejected[0]' "$OUT/answer.json")" >&2
  fi
}

load() { # REGION SEED PERSONS SETTLEMENTS PREFIX
  local dir="$OUT/$1"
  "$ROOT/deploy/bench/generate.sh" --region "$1" --year 2025 --seed "$2" --persons "$3" --settlements "$4" \
    --anomaly-rate 0.02 --prefix "$5" --out "$dir" >"$OUT/generate-$1.log"
  post /api/v1/enrollments "$dir/enrollments.json"
  post /api/v1/death-registrations "$dir/deaths.json"
  local f
  for f in "$dir"/settlements-0*.json "$dir"/settlements-late.json; do
    if [ -f "$f" ]; then post /api/v1/settlements "$f"; fi
  done
}

load 431000 20250431 2000 10000 DEMO-CZ-
load 441800 20250441 600 3000 DEMO-QY-
echo "[demo-data] accepted $accepted, duplicates $duplicates, rejected $rejected, failed requests $errors"
[ "$rejected" -eq 0 ] && [ "$errors" -eq 0 ]
