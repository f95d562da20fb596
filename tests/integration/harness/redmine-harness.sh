#!/usr/bin/env bash
# A throwaway Redmine 5 (Debian's /usr/share/redmine) over HTTPS on loopback, for integration tests.
#
#   redmine-harness.sh start DIR        fresh instance in DIR (private copy of Redmine, database, TLS), writes DIR/env.sh
#   redmine-harness.sh stop DIR         stops the server and its database (data stays)
#   redmine-harness.sh restart DIR      stops and starts the server (same data, same port and cert); starts the
#                                       database first if it was stopped
#   redmine-harness.sh serve-cert DIR good|otherca|wronghost|expired
#                                       restarts the server presenting that certificate
#   redmine-harness.sh kill-worker DIR  kill -9 of one puma worker (the master starts a new one); prints its pid
#   redmine-harness.sh restart-db DIR   restarts PostgreSQL under the running server (fast shutdown)
#   redmine-harness.sh provision DIR    runs packaging/redmine/provision.rb again against the instance
#   redmine-harness.sh runner DIR FILE  runs a Ruby file with `rails runner` in the instance
#   redmine-harness.sh psql DIR [ARGS]  psql on the instance's database (PostgreSQL only)
#
# Production shape: Redmine on a private PostgreSQL cluster in DIR/pg (Unix socket only), served by puma in
# clustered mode (HOTLINE_PUMA_WORKERS workers × HOTLINE_PUMA_THREADS threads, default 2 × 4).
# HOTLINE_REDMINE_DB=sqlite runs it on SQLite instead.
#
# The migrated, seeded and provisioned database (with the test users) is cached in
# ${HOTLINE_REDMINE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/hotline0150-redmine}, keyed by a hash of
# provision.rb, the reference data, this script and the Redmine/Ruby/PostgreSQL versions: the SQLite file, or
# the stopped PostgreSQL cluster's data directory (a file-level copy, which PostgreSQL supports for a cleanly
# stopped server). A warm start copies it, makes certificates and boots puma. Progress and timings go to stderr.
set -euo pipefail

# Debian 12's Ruby ships a newer Bundler that treats Debian's gem stubs as missing: pin Debian's.
export BUNDLER_VERSION=2.3.15
export RAILS_ENV=production
export REDMINE_INSTANCE=default
unset DATABASE_URL RAILS_RELATIVE_URL_ROOT

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SELF="$HERE/$(basename "${BASH_SOURCE[0]}")"
REPO=$(cd "$HERE/../../.." && pwd)
PROVISION_RB="$REPO/packaging/redmine/provision.rb"
KB_DATA="$REPO/kb_data"
REDMINE_SRC=${REDMINE_SRC:-/usr/share/redmine}
CACHE_DIR=${HOTLINE_REDMINE_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/hotline0150-redmine}
PASSWORD='Test-pass-0150!'
# login:role[|role...] — every test user is a member of hotline0150 and kb0150 with those roles (operators get
# the call-records role beside the operator role, as provision.rb gives every operator membership)
TEST_USERS=(
  "operator1:Оператор 0150|Оператор 0150 (свои звонки)" "operator2:Оператор 0150|Оператор 0150 (свои звонки)"
  "supervisor1:Супервизор"
  "editor1:Редактор БЗ" "executor1:Исполнитель" "controller1:Контролёр"
)
# executor1 is also in this agency's group (so issues assigned to the group reach it)
EXECUTOR1_GROUP="Министерство инвестиций, промышленности и науки Московской области"

T0=$(date +%s.%N)
TP=$T0
log() { echo "[redmine-harness] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }
phase() { # phase NAME — prints the time since the previous phase and since the start
  local now
  now=$(date +%s.%N)
  LC_ALL=C awk -v n="$1" -v a="$TP" -v b="$now" -v c="$T0" \
    'BEGIN { printf "[redmine-harness] %-28s %6.2f s  (total %6.2f s)\n", n, b - a, b - c }' >&2
  TP=$now
}

usage() { sed -n '2,14p' "$SELF" | sed 's/^# \{0,1\}//' >&2; exit 2; }

# --- paths inside an instance directory ------------------------------------------------------------
set_paths() {
  DIR=$(mkdir -p "$1" && cd "$1" && pwd)
  APP="$DIR/redmine"
  INST="$APP/instances/default"
  DB="$DIR/db/redmine.db"
  TLS="$DIR/tls"
  LOGS="$DIR/log"
  STATE="$DIR/state"
  PIDFILE="$DIR/puma.pid"
  PGDATA_DIR="$DIR/pg"
  DB_KIND=${HOTLINE_REDMINE_DB:-postgresql}
  if [[ -s "$STATE/db-kind" ]]; then DB_KIND=$(cat "$STATE/db-kind"); fi
  PUMA_WORKERS=${HOTLINE_PUMA_WORKERS:-2}
  PUMA_THREADS=${HOTLINE_PUMA_THREADS:-4}
  if [[ -s "$STATE/puma" ]]; then read -r PUMA_WORKERS PUMA_THREADS <"$STATE/puma"; fi
}

# --- PostgreSQL: a private cluster on a Unix socket in DIR/pg --------------------------------------------
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
as_pg() { # the server refuses to run as root: run as the postgres user then
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
pg_running() { [[ -f "$PGDATA_DIR/data/postmaster.pid" ]] && as_pg "$(pg_bin)/pg_ctl" -D "$PGDATA_DIR/data" status >/dev/null 2>&1; }
init_pg() { # a new, empty cluster (not started)
  local bin
  bin=$(pg_bin)
  [[ -x "$bin/initdb" ]] || die "PostgreSQL is not installed (apt-get install postgresql ruby-pg)"
  rm -rf "$PGDATA_DIR" && mkdir -p "$PGDATA_DIR"
  if [[ $(id -u) -eq 0 ]]; then chown postgres: "$PGDATA_DIR"; fi
  as_pg "$bin/initdb" -D "$PGDATA_DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$LOGS/initdb.log" 2>&1 ||
    { cat "$LOGS/initdb.log" >&2; die "initdb failed"; }
}
start_pg() {
  local port
  port=$(cat "$STATE/pgport")
  as_pg "$(pg_bin)/pg_ctl" -D "$PGDATA_DIR/data" -l "$PGDATA_DIR/server.log" -w -t 60 \
    -o "-k $PGDATA_DIR -c listen_addresses='' -p $port" start >"$LOGS/pg_ctl.log" 2>&1 ||
    { cat "$LOGS/pg_ctl.log" "$PGDATA_DIR/server.log" >&2; die "PostgreSQL did not start"; }
  phase "PostgreSQL up"
}
stop_pg() {
  [[ -f "$PGDATA_DIR/data/postmaster.pid" ]] || return 0
  as_pg "$(pg_bin)/pg_ctl" -D "$PGDATA_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  phase "PostgreSQL stopped"
}
pg_psql() { # pg_psql ARGS... — psql as the superuser on the instance's database
  as_pg "$(pg_bin)/psql" -X -h "$PGDATA_DIR" -p "$(cat "$STATE/pgport")" -U postgres -d redmine "$@"
}
pg_version() { "$(pg_bin)/postgres" --version 2>/dev/null || echo "no PostgreSQL"; }

in_app() { (cd "$APP" && "$@"); }

# --- private copy of Redmine -------------------------------------------------------------------------
make_app_copy() {
  [[ -f "$REDMINE_SRC/config.ru" ]] || die "$REDMINE_SRC is not a Redmine tree (apt-get install redmine redmine-sqlite puma)"
  rm -rf "$APP"
  # A plain copy (not symlinks: a symlinked tree loads lib/ twice). Debian's per-instance symlinks are
  # replaced by real directories so nothing touches /etc/redmine or /var/lib/redmine.
  cp -a "$REDMINE_SRC" "$APP"
  rm -rf "$APP/Gemfile.lock" "$APP/instances" "$APP/config/database.yml"
  mkdir -p "$INST/config" "$INST/log" "$INST/tmp/cache" "$INST/files" "$DIR/db" "$LOGS" "$STATE"
  # Debian's Gemfile looks for database.yml under /usr/share/redmine; look in this copy instead.
  sed -i "s|'/usr/share/redmine/{config,instances/\*/config}/database.yml'|File.expand_path('{config,instances/*/config}/database.yml', __dir__)|" \
    "$APP/Gemfile"
  grep -q "File.expand_path('{config,instances" "$APP/Gemfile" || die "could not retarget database.yml lookup in Gemfile"
  if [[ "$DB_KIND" == postgresql ]]; then
    cat >"$INST/config/database.yml" <<EOF
production:
  adapter: postgresql
  database: redmine
  host: $PGDATA_DIR
  port: $(cat "$STATE/pgport")
  username: postgres
  encoding: utf8
  pool: $((PUMA_THREADS + 1))
EOF
  else
    cat >"$INST/config/database.yml" <<EOF
production:
  adapter: sqlite3
  database: $DB
  timeout: 10000
  pool: $((PUMA_THREADS + 1))
EOF
  fi
  # Redmine 5.0 renders notification mails on ActiveJob's async thread pool, beside the request thread;
  # its Markdown renderer (redcarpet) is not thread-safe and aborts the whole server with an assertion in
  # markdown.c when two renders overlap (seen in CI even with one puma thread). Mails are rendered inline.
  cat >"$APP/config/additional_environment.rb" <<'RUBY'
config.active_job.queue_adapter = :inline
RUBY
  head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$INST/config/secret_key.txt"
  echo "gem 'puma'" >"$APP/Gemfile.local"
  in_app bundle lock --local >"$LOGS/bundle-lock.log" 2>&1 || { cat "$LOGS/bundle-lock.log" >&2; die "bundle lock --local failed"; }
}

cache_key() {
  {
    sha256sum "$PROVISION_RB" "$SELF" "$KB_DATA"/reference/{agencies,municipalities,channels,kinds}.json | cut -d' ' -f1
    dpkg-query -W -f='${Version}\n' redmine 2>/dev/null || cat "$REDMINE_SRC/lib/redmine/version.rb"
    ruby -e 'puts RUBY_VERSION'
    echo "$DB_KIND"
    if [[ "$DB_KIND" == postgresql ]]; then pg_version; fi
  } | sha256sum | cut -c1-16
}

# --- database: migrate, seed, provision, users (cold) or copy from the cache (warm) ------------------
create_users_rb() {
  cat <<'RUBY'
pw = ENV.fetch('HARNESS_PASSWORD')
admin = User.find_by!(login: 'admin')
admin.password = pw
admin.password_confirmation = pw
admin.must_change_passwd = false
admin.save!
projects = %w[hotline0150 kb0150].map {|i| Project.find_by!(identifier: i)}
out = {'ADMIN' => admin}
ENV.fetch('HARNESS_USERS').split("\n").each do |spec|
  login, role_names = spec.split(':', 2)
  role_ids = role_names.split('|').map {|name| Role.find_by!(name: name).id}
  u = User.find_by(login: login) || User.new
  u.login = login
  u.firstname = login.sub(/\d+\z/, '').capitalize
  u.lastname = "Тестовый #{login[/\d+\z/]}"
  u.mail = "#{login}@example.test"
  u.language = 'ru'
  u.password = pw
  u.password_confirmation = pw
  u.must_change_passwd = false
  u.status = User::STATUS_ACTIVE
  u.save!
  projects.each do |p|
    m = Member.find_by(project_id: p.id, user_id: u.id) || Member.new(project: p, principal: u)
    m.role_ids = role_ids
    m.save!
  end
  out[login.upcase] = u
end
group = Group.find_by!(lastname: ENV.fetch('HARNESS_EXECUTOR1_GROUP'))
group.users << out['EXECUTOR1'] unless group.users.include?(out['EXECUTOR1'])
out.each do |name, u|
  puts "export REDMINE_KEY_#{name}=#{u.api_key}"
  puts "export REDMINE_UID_#{name}=#{u.id}"
end
puts "export REDMINE_EXECUTOR1_GROUP_ID=#{group.id}"
RUBY
}

build_database() {
  rm -f "$DB"
  SCHEMA=/dev/null in_app bundle exec rake db:migrate >"$LOGS/migrate.log" 2>&1 ||
    { tail -30 "$LOGS/migrate.log" >&2; die "db:migrate failed"; }
  phase "db:migrate"
  # Separate process: in the migrating process load_default_data hits a stale column cache.
  REDMINE_LANG=ru in_app bundle exec rake redmine:load_default_data </dev/null >"$LOGS/seed.log" 2>&1 ||
    { cat "$LOGS/seed.log" >&2; die "load_default_data failed"; }
  grep -q "Default configuration data loaded" "$LOGS/seed.log" || { cat "$LOGS/seed.log" >&2; die "load_default_data did not load"; }
  phase "load_default_data (ru)"
  HOTLINE_KB_DATA="$KB_DATA" in_app bundle exec rails runner "$PROVISION_RB" >"$LOGS/provision.log" 2>&1 ||
    { tail -30 "$LOGS/provision.log" >&2; die "provision.rb failed"; }
  grep '^created ' "$LOGS/provision.log" | sed 's/^/[redmine-harness] provision: /' >&2
  sed -n 's/^PROVISION_IDS //p' "$LOGS/provision.log" >"$DIR/provision_ids.json"
  [[ -s "$DIR/provision_ids.json" ]] || die "provision.rb printed no PROVISION_IDS"
  phase "provision.rb"
  create_users_rb >"$DIR/create_users.rb"
  HARNESS_PASSWORD="$PASSWORD" HARNESS_USERS="$(printf '%s\n' "${TEST_USERS[@]}")" \
    HARNESS_EXECUTOR1_GROUP="$EXECUTOR1_GROUP" \
    in_app bundle exec rails runner "$DIR/create_users.rb" >"$DIR/users.env" 2>"$LOGS/users.log" ||
    { cat "$LOGS/users.log" >&2; die "creating test users failed"; }
  grep -q REDMINE_KEY_OPERATOR1 "$DIR/users.env" || die "no API keys from user creation"
  phase "test users"
}

have_cache() { # have_cache KEY — the cached database and its side files are all there
  local db="$CACHE_DIR/$1.db"
  [[ "$DB_KIND" == postgresql ]] && db="$CACHE_DIR/$1.pgdata/PG_VERSION"
  [[ -z "${HOTLINE_REDMINE_NO_CACHE:-}" && -s "$db" && -s "$CACHE_DIR/$1.users.env" && -s "$CACHE_DIR/$1.ids.json" ]]
}

prepare_database() {
  local key tmp
  key=$(cache_key)
  if have_cache "$key"; then
    if [[ "$DB_KIND" == postgresql ]]; then
      rm -rf "$PGDATA_DIR" && mkdir -p "$PGDATA_DIR"
      cp -a "$CACHE_DIR/$key.pgdata" "$PGDATA_DIR/data"
      if [[ $(id -u) -eq 0 ]]; then chown postgres: "$PGDATA_DIR"; fi
      phase "database from cache"
      start_pg
    else
      cp "$CACHE_DIR/$key.db" "$DB"
      phase "database from cache"
    fi
    cp "$CACHE_DIR/$key.users.env" "$DIR/users.env"
    cp "$CACHE_DIR/$key.ids.json" "$DIR/provision_ids.json"
    CACHE_STATE="warm ($DB_KIND, $key)"
    return
  fi
  if [[ "$DB_KIND" == postgresql ]]; then
    init_pg
    start_pg
    pg_psql -q -d postgres -c "CREATE DATABASE redmine ENCODING 'UTF8' TEMPLATE template0" >/dev/null || die "createdb failed"
  fi
  build_database
  CACHE_STATE="cold ($DB_KIND, $key)"
  tmp="$CACHE_DIR/.tmp.$$"
  mkdir -p "$CACHE_DIR" 2>/dev/null || { log "warning: cannot create the cache $CACHE_DIR"; return; }
  # Copy, then rename, so a parallel start never sees half a cache entry. PostgreSQL is stopped for the
  # copy (a file-level copy of a running cluster is not consistent) and started again.
  if [[ "$DB_KIND" == postgresql ]]; then
    stop_pg
    cp -a "$PGDATA_DIR/data" "$tmp.pgdata" || { rm -rf "$tmp.pgdata"; log "warning: cannot write the cache"; }
    start_pg
  else
    cp "$DB" "$tmp.db" || { rm -f "$tmp.db"; log "warning: cannot write the cache"; }
  fi
  if [[ -e "$tmp.pgdata" || -e "$tmp.db" ]] && cp "$DIR/users.env" "$tmp.users.env" &&
    cp "$DIR/provision_ids.json" "$tmp.ids.json"; then
    mv -f "$tmp.users.env" "$CACHE_DIR/$key.users.env"
    mv -f "$tmp.ids.json" "$CACHE_DIR/$key.ids.json"
    if [[ "$DB_KIND" == postgresql ]]; then
      rm -rf "$CACHE_DIR/$key.pgdata" && mv -f "$tmp.pgdata" "$CACHE_DIR/$key.pgdata"
    else
      mv -f "$tmp.db" "$CACHE_DIR/$key.db"
    fi
    phase "database cached"
  else
    rm -rf "$tmp".* 2>/dev/null || true
    log "warning: cannot write the cache $CACHE_DIR; the next start will be cold too"
  fi
}

# --- certificates --------------------------------------------------------------------------------------
make_key_csr() { # make_key_csr NAME CN
  openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
    -keyout "$TLS/$1.key" -out "$TLS/$1.csr" -subj "/CN=$2" 2>/dev/null
}
make_ca() { # make_ca NAME CN
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3650 \
    -keyout "$TLS/$1.key" -out "$TLS/$1.pem" -subj "/CN=$2/O=Hotline 0150 tests" 2>/dev/null
}
sign() { # sign NAME CA SAN
  printf 'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=%s\n' \
    "$3" >"$TLS/$1.ext"
  openssl x509 -req -in "$TLS/$1.csr" -CA "$TLS/$2.pem" -CAkey "$TLS/$2.key" -set_serial "0x$(openssl rand -hex 8)" \
    -days 825 -sha256 -extfile "$TLS/$1.ext" -out "$TLS/$1.pem" 2>/dev/null
}
make_certs() {
  rm -rf "$TLS" && mkdir -p "$TLS"
  local san="IP:127.0.0.1,DNS:localhost"
  make_ca ca "Hotline 0150 Test CA"
  make_key_csr server 127.0.0.1 && sign server ca "$san"
  # Negative cases: a cert for the right host from another CA, one for another host, an expired one.
  make_ca otherca "Hotline 0150 Other CA"
  make_key_csr otherca-server 127.0.0.1 && sign otherca-server otherca "$san"
  make_key_csr wronghost wronghost.example && sign wronghost ca "DNS:wronghost.example"
  # OpenSSL 3.0's `x509 -req` cannot set a past notBefore; `openssl ca -startdate/-enddate` can.
  make_key_csr expired 127.0.0.1
  mkdir -p "$TLS/ca-db" && : >"$TLS/ca-db/index.txt"
  cat >"$TLS/ca.cnf" <<EOF
[ ca ]
default_ca = test_ca
[ test_ca ]
database = $TLS/ca-db/index.txt
new_certs_dir = $TLS/ca-db
serial = $TLS/ca-db/serial
rand_serial = yes
default_md = sha256
policy = policy_any
unique_subject = no
[ policy_any ]
commonName = supplied
[ v3_srv ]
basicConstraints = CA:FALSE
keyUsage = digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = $san
EOF
  openssl ca -batch -notext -config "$TLS/ca.cnf" -cert "$TLS/ca.pem" -keyfile "$TLS/ca.key" -in "$TLS/expired.csr" \
    -out "$TLS/expired.pem" -startdate 20200101000000Z -enddate 20200201000000Z -extensions v3_srv \
    >"$LOGS/openssl-ca.log" 2>&1 || { cat "$LOGS/openssl-ca.log" >&2; die "could not make the expired certificate"; }
  openssl verify -CAfile "$TLS/ca.pem" "$TLS/server.pem" >/dev/null || die "server certificate does not verify"
  rm -f "$TLS"/*.csr "$TLS"/*.ext
}

cert_files() { # cert_files MODE -> "KEY CERT"
  case "$1" in
    good) echo "$TLS/server.key $TLS/server.pem" ;;
    otherca) echo "$TLS/otherca-server.key $TLS/otherca-server.pem" ;;
    wronghost) echo "$TLS/wronghost.key $TLS/wronghost.pem" ;;
    expired) echo "$TLS/expired.key $TLS/expired.pem" ;;
    *) die "unknown certificate '$1' (good|otherca|wronghost|expired)" ;;
  esac
}

# --- server --------------------------------------------------------------------------------------------
free_port() {
  ruby -rsocket -e 's = TCPServer.new("127.0.0.1", 0); puts s.addr[1]; s.close'
}

server_pid() { # prints the pid of this instance's puma if it is running
  [[ -s "$PIDFILE" ]] || return 1
  local pid
  pid=$(cat "$PIDFILE")
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && grep -qa puma "/proc/$pid/cmdline" 2>/dev/null || return 1
  echo "$pid"
}

worker_pids() { # the puma workers of this instance's master
  local pid
  pid=$(server_pid) || return 0
  pgrep -P "$pid" 2>/dev/null || true
}

start_server() { # start_server MODE
  local mode=$1 port key cert pid log_from
  port=$(cat "$STATE/port")
  read -r key cert < <(cert_files "$mode")
  echo "$mode" >"$STATE/cert"
  rm -f "$PIDFILE"
  if [[ "$DB_KIND" == postgresql ]] && ! pg_running; then start_pg; fi
  touch "$LOGS/puma.log"
  log_from=$(($(stat -c %s "$LOGS/puma.log") + 1))
  # Clustered, as in production: the master loads Redmine once (--preload; Rails reconnects after the fork)
  # and forks PUMA_WORKERS worker processes with PUMA_THREADS threads each; Redmine shares its state through
  # the database. New session, own log: the server outlives this script and never holds the caller's stdout.
  (cd "$APP" && exec setsid bundle exec puma -e production -w "$PUMA_WORKERS" -t "$PUMA_THREADS:$PUMA_THREADS" --preload \
    --pidfile "$PIDFILE" -b "ssl://127.0.0.1:$port?key=$key&cert=$cert&verify_mode=none" config.ru \
    </dev/null >>"$LOGS/puma.log" 2>&1) &
  pid=$!
  echo "$pid" >"$STATE/launch-pid"
  local deadline=$((SECONDS + 120)) answered=0
  while ((SECONDS < deadline)); do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$LOGS/puma.log" >&2; die "puma exited during start-up"; }
    if ((!answered)); then
      if [[ "$mode" == good ]]; then
        local code
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 --cacert "$TLS/ca.pem" "https://127.0.0.1:$port/" || true)
        [[ "$code" != 000 ]] && answered=1
      else
        # The certificate is bad on purpose: only check that the TLS handshake completes.
        openssl s_client -connect "127.0.0.1:$port" </dev/null 2>/dev/null | grep -q 'BEGIN CERTIFICATE' && answered=1
      fi
    fi
    # Ready when every worker has booted (puma logs "Worker N (PID: …) booted"), not just the first one.
    if ((answered)) && (($(tail -c "+$log_from" "$LOGS/puma.log" | grep -c 'Worker [0-9]* (PID: [0-9]*) booted') >= PUMA_WORKERS)); then
      break
    fi
    sleep 0.2
  done
  ((SECONDS < deadline)) || die "server did not answer within 120 s (see $LOGS/puma.log)"
  [[ -s "$PIDFILE" ]] || echo "$pid" >"$PIDFILE"
  phase "puma up ($mode cert, $PUMA_WORKERS workers × $PUMA_THREADS threads)"
}

stop_server() {
  local pid
  if pid=$(server_pid); then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
    phase "puma stopped (pid $pid)"
  else
    log "no running server in $DIR"
  fi
  rm -f "$PIDFILE"
}

write_env() {
  local port pid tmp="$DIR/env.sh.tmp"
  port=$(cat "$STATE/port")
  pid=$(server_pid || echo "")
  {
    echo "# generated by redmine-harness.sh — source it"
    echo "export REDMINE_DIR='$DIR'"
    echo "export REDMINE_HARNESS='$SELF'"
    echo "export REDMINE_URL='https://127.0.0.1:$port'"
    echo "export REDMINE_PORT=$port"
    echo "export REDMINE_PID=$pid"
    echo "export REDMINE_DB_KIND=$DB_KIND"
    echo "export REDMINE_PUMA_WORKERS=$PUMA_WORKERS"
    echo "export REDMINE_PUMA_THREADS=$PUMA_THREADS"
    if [[ "$DB_KIND" == postgresql ]]; then
      echo "export REDMINE_PG_HOST='$PGDATA_DIR'"
      echo "export REDMINE_PG_PORT=$(cat "$STATE/pgport")"
      echo "export REDMINE_PG_DATA='$PGDATA_DIR/data'"
    fi
    echo "export REDMINE_CERT_MODE=$(cat "$STATE/cert")"
    echo "export REDMINE_CA_FILE='$TLS/ca.pem'"
    echo "export REDMINE_SERVER_CERT='$TLS/server.pem'"
    echo "export REDMINE_OTHER_CA_FILE='$TLS/otherca.pem'"
    echo "export REDMINE_CERT_OTHERCA='$TLS/otherca-server.pem'"
    echo "export REDMINE_CERT_WRONGHOST='$TLS/wronghost.pem'"
    echo "export REDMINE_CERT_EXPIRED='$TLS/expired.pem'"
    echo "export REDMINE_WRONGHOST_NAME=wronghost.example"
    echo "export REDMINE_PROVISION_IDS='$DIR/provision_ids.json'"
    echo "export REDMINE_PASSWORD='$PASSWORD'"
    echo "export REDMINE_ADMIN_LOGIN=admin"
    echo "export REDMINE_USERS='operator1 operator2 supervisor1 editor1 executor1 controller1'"
    cat "$DIR/users.env"
  } >"$tmp"
  mv -f "$tmp" "$DIR/env.sh"
}

# --- subcommands -------------------------------------------------------------------------------------
cmd_start() {
  set_paths "$1"
  if server_pid >/dev/null; then die "a server is already running in $DIR (stop it first)"; fi
  command -v puma >/dev/null || die "puma is not installed (apt-get install puma)"
  stop_pg # a cluster left by an earlier run of this directory
  DB_KIND=${HOTLINE_REDMINE_DB:-postgresql}
  [[ "$DB_KIND" == postgresql || "$DB_KIND" == sqlite ]] || die "HOTLINE_REDMINE_DB must be postgresql or sqlite"
  PUMA_WORKERS=${HOTLINE_PUMA_WORKERS:-2}
  PUMA_THREADS=${HOTLINE_PUMA_THREADS:-4}
  rm -rf "$STATE" && mkdir -p "$STATE"
  echo "$DB_KIND" >"$STATE/db-kind"
  echo "$PUMA_WORKERS $PUMA_THREADS" >"$STATE/puma"
  if [[ "$DB_KIND" == postgresql ]]; then free_port >"$STATE/pgport"; fi
  make_app_copy
  phase "private Redmine copy"
  prepare_database
  make_certs
  phase "certificates"
  free_port >"$STATE/port"
  start_server good
  write_env
  log "ready: https://127.0.0.1:$(cat "$STATE/port")  database: $CACHE_STATE  env: $DIR/env.sh"
  phase "start total"
}

cmd_stop() {
  set_paths "$1"
  stop_server
  stop_pg
  [[ -f "$STATE/cert" ]] && write_env
}

cmd_restart() {
  set_paths "$1"
  [[ -s "$STATE/port" ]] || die "$DIR is not a harness instance (run start first)"
  local mode
  mode=$(cat "$STATE/cert" 2>/dev/null || echo good)
  stop_server
  start_server "$mode"
  write_env
}

cmd_serve_cert() {
  set_paths "$1"
  [[ -s "$STATE/port" ]] || die "$DIR is not a harness instance (run start first)"
  cert_files "$2" >/dev/null
  stop_server
  start_server "$2"
  write_env
}

cmd_kill_worker() {
  set_paths "$1"
  local victim
  victim=$(worker_pids | head -1)
  [[ -n "$victim" ]] || die "no puma worker running in $DIR"
  kill -KILL "$victim"
  log "killed puma worker $victim"
  echo "$victim"
}

cmd_restart_db() {
  set_paths "$1"
  [[ "$DB_KIND" == postgresql ]] || die "$DIR runs on $DB_KIND, not PostgreSQL"
  stop_pg
  start_pg
}

cmd_psql() {
  set_paths "$1"
  shift
  [[ "$DB_KIND" == postgresql ]] || die "$DIR runs on $DB_KIND, not PostgreSQL"
  pg_psql "$@"
}

cmd_runner() {
  set_paths "$1"
  local file
  file=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
  HOTLINE_KB_DATA="$KB_DATA" in_app bundle exec rails runner "$file"
}

[[ $# -ge 2 ]] || usage
case "$1" in
  start) cmd_start "$2" ;;
  stop) cmd_stop "$2" ;;
  restart) cmd_restart "$2" ;;
  serve-cert) [[ $# -ge 3 ]] || usage; cmd_serve_cert "$2" "$3" ;;
  kill-worker) cmd_kill_worker "$2" ;;
  restart-db) cmd_restart_db "$2" ;;
  psql) cmd_psql "${@:2}" ;;
  provision) cmd_runner "$2" "$PROVISION_RB" ;;
  runner) [[ $# -ge 3 ]] || usage; cmd_runner "$2" "$3" ;;
  *) usage ;;
esac
