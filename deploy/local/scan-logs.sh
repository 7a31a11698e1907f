#!/usr/bin/env bash
# Fails if any of the given log files holds a valid 18-character ID number (身份证号: 17 digits and a
# check character that passes ISO 7064 MOD 11-2). Run by test.sh over the whole test run's output and the
# services' logs, so a leak of a raw ID number anywhere fails CI.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: scan-logs.sh FILE..." >&2; exit 2; }
leaks=$(grep -ohaE '(^|[^0-9A-Za-z])[1-9][0-9]{16}[0-9Xx]([^0-9A-Za-z]|$)' "$@" 2>/dev/null \
  | grep -oE '[1-9][0-9]{16}[0-9Xx]' | awk '
    BEGIN { split("7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2", w, " "); checks = "10X98765432" }
    {
      sum = 0
      for (i = 1; i <= 17; i++) sum += substr($0, i, 1) * w[i]
      if (toupper(substr($0, 18, 1)) == substr(checks, sum % 11 + 1, 1)) n++
    }
    END { print n + 0 }') || leaks=0
if [ "$leaks" -gt 0 ]; then
  # Name the files, never the numbers themselves.
  echo "scan-logs: FAIL: $leaks valid ID number(s) found in logs: $(grep -laE '[1-9][0-9]{16}[0-9Xx]' "$@" | tr '\n' ' ')" >&2
  exit 1
fi
echo "scan-logs: no ID number in $# log file(s)"
