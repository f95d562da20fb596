#!/usr/bin/env bash
# Many workstations against one production-shaped Redmine (PostgreSQL, clustered puma), with a puma worker
# killed and PostgreSQL restarted mid-run; appeals counted on the server by client UUID at the end.
#
#   bench/redmine/load-run.sh INSTANCE_DIR [--appeals N] [--workstations W] [--minutes M] [--rate R]
#                             [other redmine_load_run options]
#
# Starts a harness instance in INSTANCE_DIR unless one runs there, seeds it to N appeals (10000 by default,
# ≈ 20 000 issues; seed_appeals.py) unless it has them, runs bench/redmine's redmine_load_run with W workstations
# (100) for M minutes (10) at R appeals/s (5), prints its report and writes INSTANCE_DIR/load-report.json.
# An instance it started is stopped at the end (KEEP=1 keeps it). BENCH_BIN: the directory of redmine_load_run
# (default build/ci/bench/redmine). Exit status: redmine_load_run's (0 = nothing lost, nothing filed twice).
#
#   the full run:  bench/redmine/load-run.sh build/load --appeals 100000 --workstations 100 --minutes 10 --rate 5
#   the short run (-DHOTLINE_LOAD_TEST=ON, ctest -L load): 20 workstations, 2 minutes, 10 000 appeals
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
H="$REPO/tests/integration/harness/redmine-harness.sh"
BIN=${BENCH_BIN:-$REPO/build/ci/bench/redmine}

[[ $# -ge 1 && "$1" != --help ]] || { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
DIR=$1
shift
appeals=10000 workstations=100 minutes=10 rate=5
extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --appeals) appeals=$2; shift 2 ;;
    --workstations) workstations=$2; shift 2 ;;
    --minutes) minutes=$2; shift 2 ;;
    --rate) rate=$2; shift 2 ;;
    *) extra+=("$1"); shift ;;
  esac
done
[[ -x "$BIN/redmine_load_run" ]] || { echo "load-run: build redmine_load_run first ($BIN)" >&2; exit 2; }
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
T0=$(date +%s)
started=0
url=$(sed -n "s/^export REDMINE_URL='\(.*\)'/\1/p" "$DIR/env.sh" 2>/dev/null || true)
if [[ -z "$url" ]] || ! curl -s -o /dev/null --max-time 5 --cacert "$DIR/tls/ca.pem" "$url/"; then
  bash "$H" stop "$DIR" >/dev/null 2>&1 || true
  HOTLINE_REDMINE_DB=postgresql bash "$H" start "$DIR"
  started=1
fi
stop() { if ((started)) && [[ -z "${KEEP:-}" ]]; then bash "$H" stop "$DIR" >/dev/null 2>&1 || true; fi; }
trap stop EXIT
# shellcheck disable=SC1091
source "$DIR/env.sh"
[[ "$REDMINE_DB_KIND" == postgresql ]] || { echo "load-run: PostgreSQL instances only" >&2; exit 2; }
export PGHOST="$REDMINE_PG_HOST" PGPORT="$REDMINE_PG_PORT" PGUSER=postgres PGDATABASE=redmine

have=$(psql -X -q -At -c "SELECT count(*) FROM issues WHERE parent_id IS NULL")
operators=$(psql -X -q -At -c "SELECT count(*) FROM users WHERE login LIKE 'seed-operator%'")
if ((have < appeals || operators < workstations)); then
  add=$((appeals > have ? appeals - have : 0))
  python3 "$HERE/seed_appeals.py" --appeals "$add" --operators $((workstations > 60 ? workstations : 60)) \
    --users-out "$DIR/seed-users.json" 2>&1 | tail -3
elif [[ ! -s "$DIR/seed-users.json" ]]; then
  python3 "$HERE/seed_appeals.py" --appeals 0 --operators $((workstations > 60 ? workstations : 60)) \
    --users-out "$DIR/seed-users.json" 2>&1 | tail -1
fi
echo "load-run: $(psql -X -q -At -c "SELECT count(*) FROM issues") issues in the database; set-up took" \
  "$(($(date +%s) - T0)) s; load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2

QT_LOGGING_RULES="hotline.*.info=false" "$BIN/redmine_load_run" --dir "$DIR" --users "$DIR/seed-users.json" \
  --work "$DIR/workstations" --workstations "$workstations" --minutes "$minutes" --rate "$rate" \
  --report "$DIR/load-report.json" "${extra[@]}"
