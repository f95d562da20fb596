#!/usr/bin/env bash
# Smoke test of the Redmine harness and provision.rb: starts a throwaway instance, checks it with curl
# (always verifying TLS against the harness CA), stops it. Last line: "N passed, M failed".
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
HARNESS="$HERE/redmine-harness.sh"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/redmine-smoke.XXXXXX")
passed=0
failed=0

# shellcheck disable=SC2317  # invoked by trap
cleanup() {
  "$HARNESS" stop "$WORK" >/dev/null 2>&1 || true
  if [[ -n "${KEEP_SMOKE_DIR:-}" ]]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ok() { passed=$((passed + 1)); echo "PASS  $1"; }
bad() { failed=$((failed + 1)); echo "FAIL  $1${2:+ — $2}"; }
check() { # check NAME COMMAND... — passes when the command succeeds
  local name=$1; shift
  local out
  if out=$("$@" 2>&1); then ok "$name"; else bad "$name" "$(echo "$out" | tail -3 | tr '\n' ' ')"; fi
}
finish() {
  echo "$passed passed, $failed failed"
  ((failed == 0))
  exit $?
}

# json EXPR — evaluates a Ruby expression over the parsed JSON on stdin (`d`), prints the result
json() { ruby -rjson -e 'd = JSON.parse(STDIN.read); r = eval(ARGV[0]); puts(r.is_a?(String) ? r : r.to_json)' "$1"; }

if ! "$HARNESS" start "$WORK" 2>"$WORK/start.log"; then
  cat "$WORK/start.log" >&2
  bad "harness start"
  finish
fi
cat "$WORK/start.log" >&2
ok "harness start"
# shellcheck disable=SC1091
source "$WORK/env.sh"
IDS="$REDMINE_PROVISION_IDS"
id_of() { json "d['$1']['$2']" <"$IDS"; }

# api KEY METHOD PATH [BODY] — prints the body, then the HTTP status on the last line
api() {
  local key=$1 method=$2 path=$3 body=${4:-}
  local args=(-sS --max-time 30 --cacert "$REDMINE_CA_FILE" -X "$method" -H "Content-Type: application/json"
    -w '\n%{http_code}' "$REDMINE_URL$path")
  [[ -n "$key" ]] && args+=(-H "X-Redmine-API-Key: $key")
  [[ -n "$body" ]] && args+=(--data-binary "$body")
  curl "${args[@]}"
}
status_of() { tail -n1 <<<"$1"; }
body_of() { sed '$d' <<<"$1"; }

# 1. Identity: the API key from Basic auth, and /my/account.json with that key.
r=$(curl -sS --cacert "$REDMINE_CA_FILE" -u "operator1:$REDMINE_PASSWORD" -w '\n%{http_code}' "$REDMINE_URL/my/account.json")
if [[ $(status_of "$r") == 200 && $(body_of "$r" | json "d['user']['api_key']") == "$REDMINE_KEY_OPERATOR1" ]]; then
  ok "Basic auth /my/account.json returns operator1's api_key"
else bad "Basic auth /my/account.json" "$(status_of "$r")"; fi

r=$(api "$REDMINE_KEY_OPERATOR1" GET /my/account.json)
if [[ $(status_of "$r") == 200 && $(body_of "$r" | json "d['user']['login']") == operator1 ]]; then
  ok "GET /my/account.json as operator1 returns its login"
else bad "GET /my/account.json as operator1" "$(status_of "$r")"; fi

# 2. Projects.
r=$(api "$REDMINE_KEY_OPERATOR1" GET /projects/hotline0150.json)
if [[ $(status_of "$r") == 200 && $(body_of "$r" | json "d['project']['identifier']") == hotline0150 ]]; then
  ok "project hotline0150 exists"
else bad "project hotline0150 exists" "$(status_of "$r")"; fi
r=$(api "$REDMINE_KEY_EDITOR1" GET /projects/kb0150/wiki/index.json)
if [[ $(status_of "$r") == 200 ]] && body_of "$r" | json "d['wiki_pages'].map { |p| p['title'] }" | grep -q '"Wiki"'; then
  ok "KB wiki kb0150 has its start page"
else bad "KB wiki kb0150 start page" "$(status_of "$r")"; fi

# 3. Custom fields (admin only).
r=$(api "$REDMINE_KEY_ADMIN" GET /custom_fields.json)
want='["Канал","Категория","ИНН","ОГРН/ОГРНИП","Организация","Контактное лицо","Телефон","E-mail","Муниципалитет","Алгоритм","Ведомства","Статья БЗ","Начало звонка","Длительность звонка, с","Крайний срок (точный)","UUID клиента","Оператор","Поисковые запросы","Открытые статьи","Результат звонка"]'
missing=$(body_of "$r" | json "names = d['custom_fields'].map { |f| f['name'] }; (JSON.parse('$want') - names).join(', ')")
if [[ $(status_of "$r") == 200 && -z "$missing" ]]; then ok "all 20 custom fields present"
else bad "custom fields present" "status $(status_of "$r"), missing: $missing"; fi
n_mun=$(body_of "$r" | json "d['custom_fields'].find { |f| f['name'] == 'Муниципалитет' }['possible_values'].size")
check "Муниципалитет lists 56 municipalities" test "$n_mun" = 56

# 4. Filing appeals as operator1.
P=$(id_of projects hotline0150)
CF_CHANNEL=$(id_of custom_fields 'Канал')
CF_INN=$(id_of custom_fields 'ИНН')
CF_AGENCIES=$(id_of custom_fields 'Ведомства')
CF_UUID=$(id_of custom_fields 'UUID клиента')
CF_START=$(id_of custom_fields 'Начало звонка')
uuid="smoke-$(date +%s%N)"
body=$(cat <<EOF
{"issue":{"project_id":$P,"tracker_id":$(id_of trackers 'Сложная консультация'),"subject":"Смоук: сложная консультация",
 "custom_fields":[{"id":$CF_CHANNEL,"value":"Горячая линия 0150"},{"id":$CF_INN,"value":"7701234567"},
 {"id":$CF_UUID,"value":"$uuid"},{"id":$CF_START,"value":"2025-03-03T10:00:00+03:00"},
 {"id":$CF_AGENCIES,"value":["Министерство имущественных отношений Московской области","Другое ведомство"]}]}}
EOF
)
r=$(api "$REDMINE_KEY_OPERATOR1" POST /issues.json "$body")
if [[ $(status_of "$r") == 201 ]]; then
  got=$(body_of "$r" | json "d['issue']['custom_fields'].to_h { |f| [f['id'], f['value']] }.values_at($CF_CHANNEL, $CF_UUID, $CF_AGENCIES).flatten.join('|')")
  if [[ "$got" == "Горячая линия 0150|$uuid|Министерство имущественных отношений Московской области|Другое ведомство" ]]; then
    ok "operator1 creates an issue with custom fields"
  else bad "issue custom field values" "$got"; fi
else bad "operator1 creates an issue with custom fields" "$(body_of "$r" | head -c 300) $(status_of "$r")"; fi

r=$(api "$REDMINE_KEY_OPERATOR1" GET "/issues.json?project_id=hotline0150&status_id=*&cf_$CF_UUID=$uuid")
check "the issue is found by its client UUID (cf filter)" test "$(body_of "$r" | json "d['total_count']")" = 1

CLOSED=$(id_of statuses 'Закрыта')
body="{\"issue\":{\"project_id\":$P,\"tracker_id\":$(id_of trackers 'Простая консультация'),\"status_id\":$CLOSED,\"subject\":\"Смоук: ответ дан на звонке\",\"custom_fields\":[{\"id\":$CF_CHANNEL,\"value\":\"Горячая линия 0150\"}]}}"
r=$(api "$REDMINE_KEY_OPERATOR1" POST /issues.json "$body")
if [[ $(status_of "$r") == 201 && $(body_of "$r" | json "d['issue']['status']['id']") == "$CLOSED" ]]; then
  ok "operator1 files a simple consultation directly as Закрыта"
else bad "simple consultation filed as Закрыта" "$(status_of "$r") $(body_of "$r" | head -c 200)"; fi

# Several agencies: a subtask assigned to an agency group reaches that group's executor.
parent=$(api "$REDMINE_KEY_OPERATOR1" POST /issues.json \
  "{\"issue\":{\"project_id\":$P,\"tracker_id\":$(id_of trackers 'Задача'),\"subject\":\"Смоук: несколько ведомств\"}}" |
  sed '$d' | json "d['issue']['id']")
r=$(api "$REDMINE_KEY_OPERATOR1" POST /issues.json \
  "{\"issue\":{\"project_id\":$P,\"tracker_id\":$(id_of trackers 'Задача'),\"subject\":\"Смоук: подзадача ведомству\",\"parent_issue_id\":$parent,\"assigned_to_id\":$REDMINE_EXECUTOR1_GROUP_ID}}")
if [[ $(status_of "$r") == 201 ]]; then
  sub=$(body_of "$r" | json "d['issue']['id']")
  r=$(api "$REDMINE_KEY_EXECUTOR1" PUT "/issues/$sub.json" "{\"issue\":{\"status_id\":$(id_of statuses 'В работе'),\"notes\":\"Принято в работу\"}}")
  check "executor1 takes its group's subtask into work" test "$(status_of "$r")" = 204
else bad "subtask assigned to an agency group" "$(body_of "$r" | head -c 200)"; fi

# 5. Restricted things are refused.
check "operator1 gets 403 on /custom_fields.json" test "$(status_of "$(api "$REDMINE_KEY_OPERATOR1" GET /custom_fields.json)")" = 403
r=$(api "$REDMINE_KEY_EDITOR1" POST /projects/hotline0150/issues.json \
  "{\"issue\":{\"tracker_id\":$(id_of trackers 'Задача'),\"subject\":\"не должно создаться\"}}")
check "editor1 (no add_issues) gets 403 creating an appeal" test "$(status_of "$r")" = 403
check "anonymous gets 401 (login required)" test "$(status_of "$(api "" GET /projects.json)")" = 401

# 6. Provisioning is idempotent.
out=$("$HARNESS" provision "$WORK" 2>&1)
if grep -q '^created 0, updated 0, unchanged [0-9]' <<<"$out"; then ok "second provision.rb run: $(grep '^created' <<<"$out")"
else bad "second provision.rb run changes nothing" "$(grep -v PROVISION_IDS <<<"$out" | tail -5 | tr '\n' ' ')"; fi

# 7. TLS is really verified: the system CAs alone do not trust the server.
if curl -sS --max-time 10 -o /dev/null "$REDMINE_URL/" 2>/dev/null; then bad "curl without --cacert fails TLS" "it succeeded"
else rc=$?; if [[ $rc == 60 || $rc == 35 ]]; then ok "curl with system CAs only fails TLS (curl exit $rc)"
  else bad "curl without --cacert fails TLS" "curl exit $rc (expected 60)"; fi; fi

grep -E 'start total|database (from cache|cached)' "$WORK/start.log" | sed 's/^\[redmine-harness\] */timing: /'
finish
