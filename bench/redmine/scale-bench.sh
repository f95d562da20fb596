#!/usr/bin/env bash
# The workstation's lookups at growing database sizes, before and after provision.rb's indexes.
#
#   bench/redmine/scale-bench.sh INSTANCE_DIR SIZE...      e.g. build/scale/pg 10000 100000 1000000
#
# INSTANCE_DIR is a harness instance (started here if it is not running; PostgreSQL). For each SIZE (appeals and
# calls, top-level issues) it seeds the database up to that size (bench/redmine/seed_appeals.py; whole multiples
# of what is there copied inside PostgreSQL with --copies, the rest generated), drops the
# indexes and resets the database settings provision.rb makes ("before": Redmine 5.0.4 as Debian installs it),
# measures, runs provision.rb (which makes them again; its output says how long each index took), restarts puma
# (new connections take the settings), measures again. Measuring = EXPLAIN ANALYZE of the
# lookups' SQL (explain_queries.rb) and RUNS runs of redmine_query_bench over HTTPS, with Redmine's own log
# timings of the same requests. Everything lands in INSTANCE_DIR/results/SIZE/; a summary table at the end.
#
# Environment: BENCH_BIN (directory of redmine_query_bench, default build/ci/bench/redmine), RUNS (3), ROUNDS
# (200 after, BEFORE_ROUNDS 30 before: unindexed lookups at 1M take seconds each; 0 skips the "before"),
# OPERATORS (seed users, 100).
# It leaves the instance running; stop it with `redmine-harness.sh stop INSTANCE_DIR`.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
H="$REPO/tests/integration/harness/redmine-harness.sh"
BIN=${BENCH_BIN:-$REPO/build/ci/bench/redmine}
RUNS=${RUNS:-3}
ROUNDS=${ROUNDS:-200}
BEFORE_ROUNDS=${BEFORE_ROUNDS:-30}
OPERATORS=${OPERATORS:-100}

[[ $# -ge 2 ]] || { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
DIR=$1
shift
[[ -x "$BIN/redmine_query_bench" ]] || { echo "scale-bench: build redmine_query_bench first ($BIN)" >&2; exit 2; }
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
if [[ ! -s "$DIR/env.sh" ]]; then
  HOTLINE_REDMINE_DB=postgresql bash "$H" start "$DIR"
elif ! curl -s -o /dev/null --max-time 5 --cacert "$DIR/tls/ca.pem" \
  "$(sed -n "s/^export REDMINE_URL='\(.*\)'/\1/p" "$DIR/env.sh")/"; then
  bash "$H" restart "$DIR" # a stopped instance keeps its seeded database ("start" would begin a new one)
fi
# shellcheck disable=SC1091
source "$DIR/env.sh"
[[ "$REDMINE_DB_KIND" == postgresql ]] || { echo "scale-bench: PostgreSQL instances only" >&2; exit 2; }
export PGHOST="$REDMINE_PG_HOST" PGPORT="$REDMINE_PG_PORT" PGUSER=postgres PGDATABASE=redmine
psql_() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }
LOG="$DIR/redmine/instances/default/log/production.log"
fields=$(psql_ -c "SELECT string_agg(k || '=' || id, ',') FROM (VALUES ('uuid', 'UUID клиента'), ('inn', 'ИНН'),
  ('phone', 'Телефон')) AS f(k, n) JOIN custom_fields ON custom_fields.name = f.n")

measure() { # measure LABEL ROUNDS OUTDIR
  local label=$1 rounds=$2 out=$3 from i
  EXPLAIN_BRIEF=1 bash "$H" runner "$DIR" "$HERE/explain_queries.rb" >"$out/$label-explain.txt" 2>&1 || true
  from=$(stat -c %s "$LOG")
  for i in $(seq 1 "$RUNS"); do
    echo "scale-bench: $label run $i/$RUNS (load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
    "$BIN/redmine_query_bench" --dir "$DIR" --lookups "$out/lookups.json" --rounds "$rounds" \
      --warmup $((rounds / 10 + 1)) >"$out/$label-$i.txt"
    cat "$out/$label-$i.txt"
  done
  python3 "$HERE/log_timings.py" "$LOG" --from "$from" --fields "$fields" | tee "$out/$label-redmine-log.txt"
}

for size in "$@"; do
  out="$DIR/results/$size"
  mkdir -p "$out"
  have=$(psql_ -c "SELECT count(*) FROM issues WHERE parent_id IS NULL AND project_id =
    (SELECT id FROM projects WHERE identifier = 'hotline0150')")
  if ((size > have)); then
    # provision.rb's indexes are dropped for the "before" measurement anyway: not kept up during the load.
    psql_ -c "SELECT 'DROP INDEX ' || indexname || ';' FROM pg_indexes WHERE indexname LIKE 'hotline\_%'" | psql_
    : >"$out/seed.txt"
    if ((have >= 10000 && size >= 2 * have)); then
      # Whole multiples of what is there are copied inside PostgreSQL (minutes, not hours; seed_appeals.py
      # --copies); the generator writes the rest.
      python3 "$HERE/seed_appeals.py" --appeals 0 --copies $((size / have - 1)) 2>&1 | tee -a "$out/seed.txt"
      have=$(psql_ -c "SELECT count(*) FROM issues WHERE parent_id IS NULL AND project_id =
        (SELECT id FROM projects WHERE identifier = 'hotline0150')")
    fi
    if ((size > have)); then
      python3 "$HERE/seed_appeals.py" --appeals $((size - have)) --operators "$OPERATORS" \
        --users-out "$DIR/seed-users.json" 2>&1 | tee -a "$out/seed.txt"
    fi
  fi
  python3 "$HERE/sample_lookups.py" >"$out/lookups.json"
  {
    echo "size $size appeals; $(psql_ -c "SELECT count(*) || ' issues, ' || (SELECT count(*) FROM custom_values) ||
      ' custom values' FROM issues"); database $(psql_ -c "SELECT pg_size_pretty(pg_database_size('redmine'))")"
    echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -Is)"
  } | tee "$out/about.txt"

  if ((BEFORE_ROUNDS > 0)); then
    echo "scale-bench: $size — before (Redmine 5.0.4's own indexes)" >&2
    psql_ -c "SELECT 'DROP INDEX ' || indexname || ';' FROM pg_indexes WHERE indexname LIKE 'hotline\_%'" | psql_
    psql_ -c "ALTER DATABASE redmine RESET join_collapse_limit" -c "ALTER DATABASE redmine RESET from_collapse_limit"
    bash "$H" restart "$DIR" >/dev/null 2>&1
    measure before "$BEFORE_ROUNDS" "$out"
  fi

  echo "scale-bench: $size — provision.rb" >&2
  bash "$H" provision "$DIR" 2>&1 | grep -v '^PROVISION_IDS' | tee "$out/provision.txt"
  # The database settings provision.rb makes reach new connections: restart puma, as the admin guide says.
  bash "$H" restart "$DIR" >/dev/null 2>&1
  measure after "$ROUNDS" "$out"
done

echo
python3 - "$DIR/results" "$@" <<'PY'
import glob, statistics, sys
root, sizes = sys.argv[1], sys.argv[2:]
keys = ['uuid', 'inn', 'phone', 'inn_all', 'phone_all', 'sync', 'first_page']
print('scale-bench: medians of the runs — per lookup: median / p95 wall time, mean server CPU time (ms)')
print('%-8s %-6s' % ('size', '') + ''.join('%20s' % k for k in keys))
for size in sizes:
    for label in ('before', 'after'):
        runs = {}
        for f in sorted(glob.glob('%s/%s/%s-[0-9]*.txt' % (root, size, label))):
            for line in open(f, encoding='utf-8'):
                if line.startswith('RESULT'):
                    for item in line.split()[1:]:
                        k, v = item.split('=')
                        runs.setdefault(k, []).append([float(x) for x in v.split('/')])
        cells = []
        for k in keys:
            v = runs.get(k)
            cells.append('%20s' % ('/'.join('%.0f' % statistics.median(x[i] for x in v) for i in range(3)) if v else '-'))
        print('%-8s %-6s' % (size, label) + ''.join(cells))
PY
