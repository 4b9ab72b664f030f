#!/usr/bin/env bash
# The seed's script, on the bundled CLI:
#   scripts/run_perf_test.sh <service> <load|stress> [users|max_users] [duration|ramp_up] [perf-gate flags...]
# e.g. scripts/run_perf_test.sh document_processing load 20 120
#      scripts/run_perf_test.sh ui_app stress 50 180 --config perf-gate.yml
set -euo pipefail
usage() {
  echo "usage: $0 <service> <load|stress> [users|max_users] [duration|ramp_up] [perf-gate flags...]" >&2
  exit 2
}
[ $# -ge 2 ] || usage
service=$1
mode=$2
shift 2
first=${1:-}
second=${2:-}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] && shift
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
case "$mode" in
  load) exec node "$root/dist/cli.js" load "$service" --users "${first:-10}" --duration "${second:-60}" "$@" ;;
  stress) exec node "$root/dist/cli.js" stress "$service" --max-users "${first:-100}" --ramp-up "${second:-300}" "$@" ;;
  *) echo "$0: mode must be load or stress (got \"$mode\")" >&2; usage ;;
esac
