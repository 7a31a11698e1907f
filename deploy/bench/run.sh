#!/usr/bin/env bash
# Runs a main class of the bench module (Generate, Reconcile), building the module first when its jar is missing
# or older than its sources:  deploy/bench/run.sh Generate --persons 100 --out /tmp/x
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
jar="$HERE/target/bench-1.0.0-SNAPSHOT.jar"
if [ ! -f "$jar" ] || [ ! -d "$HERE/target/lib" ] \
   || [ -n "$(find "$HERE/src/main" "$HERE/pom.xml" -newer "$jar" -print -quit)" ]; then
  echo "[bench] building deploy/bench (mvn package)" >&2
  (cd "$ROOT" && mvn -B -q -pl deploy/bench -DskipTests package >&2) || { echo "[bench] build failed" >&2; exit 2; }
fi
exec java -cp "$jar:$HERE/target/lib/*" "cn.ybjg.bench.$1" "${@:2}"
