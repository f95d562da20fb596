#!/usr/bin/env python3
"""Fills a provisioned Redmine 5.0 database (PostgreSQL) with N realistic appeals of the line, fast.

    seed_appeals.py --appeals 100000 [--days 365] [--seed 1] [--kb-data DIR] [--users-out FILE]

For benchmarks and load tests only: it writes straight into Redmine's tables with COPY (no Redmine code runs,
no mails, no search index), so point it at a test database, never at the line's server. The connection comes
from libpq's environment (PGHOST, PGPORT, PGUSER, PGDATABASE), e.g. `redmine-harness.sh psql`'s cluster:
PGHOST=$REDMINE_PG_HOST PGPORT=$REDMINE_PG_PORT PGUSER=postgres PGDATABASE=redmine.

What it writes is what the workstation files (models/net/IssuePlanner.cpp, CallPlanner.cpp): an issue per
appeal in the tracker of its kind, a subtask per agency / municipality for «several agencies» and «with ОМСУ»
(assigned to that body's group, client UUID derived as the outbox derives it), a «Шаг дорожной карты» subtask
per roadmap step of a complaint, a closed «Звонок» for a call without an appeal; one custom value row for
every custom field of the issue's tracker (NULL when empty, as Redmine stores them), valid ИНН/ОГРН/ОГРНИП
check digits, +7 phones, repeat callers (a skewed pool of organisations and phones), call starts in Moscow
working hours across `--days` days, statuses by age (most older appeals closed, some overdue), journals as
Redmine writes them (the call's figures put onto the appeal after the call, status changes by executors with
an answer as a note). It adds seed users (operators, supervisors, executors in the agencies' groups) with API
keys, written to --users-out as JSON for the load tools.

Redmine's own non-unique indexes of the filled tables are dropped during the load and rebuilt with their
exact definitions afterwards (rebuilt even if the load fails); sequences are moved past the new ids and the
tables analysed.
"""

import argparse
import datetime as dt
import glob
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import threading
import time
import uuid

MSK = dt.timezone(dt.timedelta(hours=3))
TABLES = ['issues', 'custom_values', 'journals', 'journal_details']
ISSUE_COLUMNS = ('id, tracker_id, project_id, subject, description, due_date, status_id, assigned_to_id, priority_id, '
                 'author_id, lock_version, created_on, updated_on, start_date, done_ratio, parent_id, root_id, lft, '
                 'rgt, is_private, closed_on')
CV_COLUMNS = 'id, customized_type, customized_id, custom_field_id, value'
JOURNAL_COLUMNS = 'id, journalized_id, journalized_type, user_id, notes, created_on, private_notes'
DETAIL_COLUMNS = 'id, journal_id, property, prop_key, old_value, value'

BASE_FIELDS = ['Канал', 'Категория', 'ИНН', 'ОГРН/ОГРНИП', 'Организация', 'Контактное лицо', 'Телефон', 'E-mail',
               'Муниципалитет', 'Алгоритм', 'Ведомства', 'Статья БЗ', 'Начало звонка', 'Длительность звонка, с',
               'Крайний срок (точный)', 'UUID клиента']
CALL_FIELDS = ['Оператор', 'Поисковые запросы', 'Открытые статьи', 'Результат звонка', 'UUID звонка']
KIND_TRACKERS = {'simple': 'Простая консультация', 'complex': 'Сложная консультация', 'task': 'Задача',
                 'complaint': 'Проблема/жалоба'}
ALGORITHMS = {'single': 'Одно ведомство', 'multi': 'Несколько ведомств', 'omsu': 'С участием ОМСУ'}
# Share of the line's traffic: appeals by kind, and calls that ended without one («Звонок»).
MIX = [('simple', 0.42), ('complex', 0.22), ('task', 0.14), ('complaint', 0.05), ('call', 0.17)]
CALL_RESULTS_NO_APPEAL = [('Консультация дана', 0.7), ('Переадресован', 0.2), ('Сорвался', 0.1)]
CHANNELS_WEIGHT = {'hotline_0150': 0.72}  # the rest share what is left

FIRST_NAMES = ['Александр', 'Алексей', 'Андрей', 'Анна', 'Валентина', 'Виктор', 'Галина', 'Дмитрий', 'Евгений',
               'Екатерина', 'Елена', 'Игорь', 'Ирина', 'Максим', 'Марина', 'Наталья', 'Николай', 'Ольга', 'Павел',
               'Светлана', 'Сергей', 'Татьяна', 'Юлия', 'Юрий']
LAST_NAMES = ['Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов', 'Новиков',
              'Фёдоров', 'Морозов', 'Волков', 'Алексеев', 'Лебедев', 'Семёнов', 'Егоров', 'Павлов', 'Козлов',
              'Степанов', 'Николаев', 'Орлов', 'Андреев', 'Макаров', 'Никитин', 'Захаров', 'Зайцев']
ORG_WORDS = ['Альфа', 'Вектор', 'Гранит', 'Дельта', 'Заря', 'Импульс', 'Квант', 'Лидер', 'Меридиан', 'Норд',
             'Орбита', 'Прогресс', 'Радуга', 'Союз', 'Техно', 'Урожай', 'Фортуна', 'Элемент', 'Эталон', 'Ярмарка',
             'Подмосковье', 'Стройинвест', 'Агро', 'Логистик', 'Сервис', 'Пекарня', 'Мебель', 'Транс']
ORG_FORMS = ['ООО', 'ООО', 'ООО', 'АО', 'ИП']
NOTES = ['Заявителю дан ответ по телефону, разъяснения направлены на электронную почту.',
         'Документы рассмотрены, заявителю направлен ответ с перечнем недостающих документов.',
         'Вопрос согласован с ведомством, заявитель проинформирован о сроках.',
         'Ответ подготовлен и направлен заявителю; обращение отработано.',
         'Запрошены дополнительные сведения у заявителя.']
DESCRIPTION_PARTS = ['Заявитель просит разъяснить порядок и сроки.', 'Документы поданы, ответа нет.',
                     'Интересуется, какие документы нужны и куда их подать.',
                     'Просит связаться по телефону в рабочее время.',
                     'Ранее обращался, вопрос не решён.', 'Уточнить у ведомства статус рассмотрения.',
                     'Нужна консультация по условиям получения.', 'Сообщает о затягивании сроков рассмотрения.']
SEARCH_WORDS = ['субсидия', 'гпзу', 'порубочный билет', 'вывеска', 'такси', 'аренда земли', 'грант', 'льготный займ',
                'разрешение на строительство', 'лицензия', 'жалоба', 'кадастр', 'подключение к сетям']

COPY_ESCAPE = str.maketrans({'\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r'})


def esc(v):
    """A value in PostgreSQL's COPY text format."""
    if v is None:
        return '\\N'
    if v is True or v is False:
        return 't' if v else 'f'
    s = v if isinstance(v, str) else str(v)
    if '\\' in s or '\t' in s or '\n' in s or '\r' in s:
        return s.translate(COPY_ESCAPE)
    return s


def ts(t):
    """Redmine stores timestamps as UTC without a zone."""
    return t.astimezone(dt.timezone.utc).strftime('%Y-%m-%d %H:%M:%S')


def iso_msk(t):
    return t.astimezone(MSK).isoformat(timespec='seconds')


# --- valid identifiers -----------------------------------------------------------------------------------
def _check(digits, weights):
    return sum(d * w for d, w in zip(digits, weights)) % 11 % 10


def inn10(rnd):
    d = [5, 0] + [rnd.randrange(10) for _ in range(7)]  # 50: Московская область
    d.append(_check(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]))
    return ''.join(map(str, d))


def inn12(rnd):
    d = [5, 0] + [rnd.randrange(10) for _ in range(8)]
    d.append(_check(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]))
    d.append(_check(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]))
    return ''.join(map(str, d))


def ogrn(rnd):
    body = '1' + '%02d' % rnd.randrange(2, 26) + '50' + ''.join(str(rnd.randrange(10)) for _ in range(7))
    return body + str(int(body) % 11 % 10)


def ogrnip(rnd):
    body = '3' + '%02d' % rnd.randrange(4, 26) + '50' + ''.join(str(rnd.randrange(10)) for _ in range(9))
    return body + str(int(body) % 13 % 10)


def uuid4(rnd):
    return str(uuid.UUID(int=rnd.getrandbits(128), version=4))


def subtask_uuid(appeal_uuid, index):
    """QUuid::createUuidV5(appealId, "subtask-N") — models/net/IssuePlanner.cpp."""
    return str(uuid.uuid5(uuid.UUID(appeal_uuid), 'subtask-%d' % index))


# --- reference data ------------------------------------------------------------------------------------
def load_kb(kb_dir):
    ref = os.path.join(kb_dir, 'reference')
    load = lambda name: json.load(open(os.path.join(ref, name), encoding='utf-8'))
    agencies = {a['id']: a for a in load('agencies.json')['agencies']}

    def agency_name(aid):
        a = agencies.get(aid)
        if a is None:
            return aid
        if a.get('status', 'active') != 'active' and a.get('successor') in agencies:
            return agencies[a['successor']]['name']
        return a['name']

    articles = []
    for path in sorted(glob.glob(os.path.join(kb_dir, 'articles', '*', '*.md'))):
        text = open(path, encoding='utf-8').read()
        m = re.search(r'```json\n(.*?)\n```', text, re.S)
        if not m:
            continue
        meta = json.loads(m.group(1))
        meta['agency_names'] = [agency_name(a) for a in meta.get('agency', [])]
        articles.append(meta)
    return {
        'channels': load('channels.json')['channels'],
        'municipalities': [m['name'] for m in load('municipalities.json')['municipalities']],
        'articles': articles,
    }


# --- database ------------------------------------------------------------------------------------------
def psql(sql):
    out = subprocess.run(['psql', '-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', '-F', '\t', '-c', sql],
                         check=True, capture_output=True, text=True)
    return [line.split('\t') for line in out.stdout.splitlines() if line]


def psql_script(sql):
    subprocess.run(['psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1'], input=sql, check=True, text=True,
                   stdout=subprocess.DEVNULL)


def one(sql):
    rows = psql(sql)
    if not rows:
        sys.exit('seed: no answer to ' + sql)
    return rows[0][0]


def quote(s):
    return "'" + s.replace("'", "''") + "'"


def ids_by_name(sql):
    return {name: int(i) for i, name in psql(sql)}


class Copy:
    """One `COPY table FROM STDIN` in its own psql process, fed line by line."""

    def __init__(self, table, columns):
        self.table = table
        self.proc = subprocess.Popen(['psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c',
                                      'COPY %s (%s) FROM STDIN' % (table, columns)],
                                     stdin=subprocess.PIPE, text=True, encoding='utf-8', bufsize=1 << 20)
        self.rows = 0

    def row(self, *values):
        self.proc.stdin.write('\t'.join([esc(v) for v in values]) + '\n')
        self.rows += 1

    def lines(self, text, n):
        """n rows already in COPY format."""
        self.proc.stdin.write(text)
        self.rows += n

    def close(self):
        self.proc.stdin.close()
        if self.proc.wait() != 0:
            raise RuntimeError('COPY into %s failed' % self.table)


# --- the model of the line -----------------------------------------------------------------------------
class Line:
    def __init__(self, args, kb):
        self.rnd = random.Random(args.seed)
        self.kb = kb
        self.now = args.now
        self.days = args.days
        self.articles = {k: [a for a in kb['articles'] if a['kind'] == k] for k in KIND_TRACKERS}
        channels = kb['channels']
        rest = (1 - sum(CHANNELS_WEIGHT.values())) / max(1, len(channels) - len(CHANNELS_WEIGHT))
        self.channel_mix = [((c['name'], c['id']), CHANNELS_WEIGHT.get(c['id'], rest)) for c in channels]
        # Repeat callers: organisations and phones drawn from pools, skewed (some call very often).
        n = max(50, args.appeals // 4)
        self.orgs = [self.make_org() for _ in range(min(n, 200000))]
        self.phones = ['+7%03d%07d' % (self.rnd.choice([495, 496, 498, 903, 905, 909, 910, 915, 916, 925, 926, 967,
                                                         985]), self.rnd.randrange(10 ** 7))
                       for _ in range(min(max(50, args.appeals // 3), 300000))]

    def pick(self, pairs):
        r = self.rnd.random()
        for item, w in pairs:
            r -= w
            if r <= 0:
                return item
        return pairs[-1][0]

    def skewed(self, pool):
        return pool[int(len(pool) * self.rnd.random() ** 2)]

    def person(self):
        last = self.rnd.choice(LAST_NAMES)
        first = self.rnd.choice(FIRST_NAMES)
        if first.endswith('а') or first.endswith('я'):
            last += 'а'
        return last + ' ' + first

    def make_org(self):
        form = self.rnd.choice(ORG_FORMS)
        if form == 'ИП':
            person = self.person()
            return {'name': 'ИП ' + person, 'inn': inn12(self.rnd), 'ogrn': ogrnip(self.rnd), 'contact': person}
        name = '%s «%s %s»' % (form, self.rnd.choice(ORG_WORDS), self.rnd.choice(ORG_WORDS))
        return {'name': name, 'inn': inn10(self.rnd), 'ogrn': ogrn(self.rnd), 'contact': self.person()}

    def call_start(self):
        """A moment in Moscow working hours within the last `days` days (a few on weekends)."""
        while True:
            day = self.now - dt.timedelta(days=self.rnd.random() * self.days)
            local = day.astimezone(MSK)
            if local.weekday() >= 5 and self.rnd.random() > 0.05:
                continue
            start = local.replace(hour=9, minute=0, second=0, microsecond=0) + dt.timedelta(
                seconds=self.rnd.randrange(9 * 3600))
            if start < self.now - dt.timedelta(minutes=10):
                return start

    @staticmethod
    def add_working_days(d, n):
        """The n-th working day counting d as day 1 (weekends only: close enough for load data)."""
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
        while n > 1:
            d += dt.timedelta(days=1)
            if d.weekday() < 5:
                n -= 1
        return d

    def registration_day(self, start):
        d = start.date()
        if start.hour >= 16:
            d += dt.timedelta(days=1)
        return self.add_working_days(d, 1)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--appeals', type=int, required=True, help='top-level issues to add (appeals and calls)')
    ap.add_argument('--days', type=int, default=365, help='spread the calls over this many days before now')
    ap.add_argument('--seed', type=int, default=150)
    ap.add_argument('--now', default=None, help='ISO time the data ends at (default: now)')
    ap.add_argument('--kb-data', default=os.path.join(os.path.dirname(__file__), '..', '..', 'kb_data'))
    ap.add_argument('--operators', type=int, default=60, help='seed operator users (authors)')
    ap.add_argument('--supervisors', type=int, default=3)
    ap.add_argument('--users-out', default=None, help='write the seed users and their API keys here (JSON)')
    ap.add_argument('--copies', type=int, default=0,
                    help='instead of generating: copy the appeals already in the database this many times, '
                    'inside PostgreSQL (see replicate())')
    args = ap.parse_args()
    if args.copies > 0:
        return replicate(args.copies)
    args.now = (dt.datetime.fromisoformat(args.now) if args.now else dt.datetime.now(dt.timezone.utc))
    if args.now.tzinfo is None:
        args.now = args.now.replace(tzinfo=dt.timezone.utc)

    t0 = time.monotonic()
    kb = load_kb(os.path.abspath(args.kb_data))
    line = Line(args, kb)
    rnd = line.rnd

    project = int(one("SELECT id FROM projects WHERE identifier = 'hotline0150'"))
    kb_project = int(one("SELECT id FROM projects WHERE identifier = 'kb0150'"))
    trackers = ids_by_name('SELECT id, name FROM trackers')
    statuses = ids_by_name('SELECT id, name FROM issue_statuses')
    fields = ids_by_name("SELECT id, name FROM custom_fields WHERE type = 'IssueCustomField'")
    roles = ids_by_name('SELECT id, name FROM roles')
    groups = ids_by_name("SELECT id, lastname FROM users WHERE type = 'Group'")
    priority = int(one("SELECT id FROM enumerations WHERE type = 'IssuePriority' ORDER BY is_default DESC, "
                       "position LIMIT 1"))
    tracker_fields = {}
    for tid, fid in psql('SELECT tracker_id, custom_field_id FROM custom_fields_trackers'):
        tracker_fields.setdefault(int(tid), []).append(int(fid))
    missing = [n for n in BASE_FIELDS + CALL_FIELDS if n not in fields]
    if missing or any(t not in trackers for t in list(KIND_TRACKERS.values()) + ['Звонок', 'Шаг дорожной карты']):
        sys.exit('seed: the database is not provisioned (missing %s); run provision.rb first' % missing)
    # Every field of the tracker gets a row, in id order, as Redmine creates them.
    fields_of = {t: sorted(f for f in tracker_fields.get(t, []) if f in fields.values()) for t in trackers.values()}

    users = make_users(args, project, kb_project, roles, groups)
    operators = [u for u in users if u['role'] == 'operator']
    executors = [u for u in users if u['role'] == 'executor']

    next_id = {t: int(one('SELECT COALESCE(MAX(id), 0) + 1 FROM %s' % t)) for t in TABLES}
    dropped = drop_indexes()
    print('seed: %d appeals over %d days into issue ids from %d; %d indexes dropped for the load' %
          (args.appeals, args.days, next_id['issues'], len(dropped)), file=sys.stderr)
    ok = False
    try:
        counts = load(args, line, rnd, project, trackers, statuses, fields, fields_of, groups, priority, operators,
                      executors, next_id)
        ok = True
    finally:
        t1 = time.monotonic()
        rebuild(dropped)
        t2 = time.monotonic()
        if ok:
            psql_script(''.join("SELECT setval('%s_id_seq', (SELECT MAX(id) FROM %s));\n" % (t, t) for t in TABLES) +
                        ''.join('VACUUM ANALYZE %s;\n' % t for t in TABLES))
    t3 = time.monotonic()
    print('seed: %(issues)d issues (%(appeals)d appeals and calls, %(subtasks)d subtasks), %(custom_values)d custom '
          'values, %(journals)d journals, %(details)d journal details' % counts, file=sys.stderr)
    print('seed: load %.1f s, index rebuild %.1f s, vacuum analyze %.1f s, total %.1f s' %
          (t1 - t0, t2 - t1, t3 - t2, t3 - t0), file=sys.stderr)
    print(json.dumps(dict(counts, seconds=round(t3 - t0, 1))))


REPLICATE_SQL = r"""
SET work_mem = '256MB';
-- A version-4 UUID derived from a text (md5), so a value maps the same way wherever it occurs.
CREATE FUNCTION pg_temp.v4(t text) RETURNS text IMMUTABLE LANGUAGE sql AS $$
  SELECT substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-' ||
         substr('89ab', get_byte(decode(substr(h, 17, 2), 'hex'), 0) % 4 + 1, 1) || substr(h, 18, 3) || '-' ||
         substr(h, 21, 12) FROM md5(t) AS h $$;
-- ИНН check digits (the weights of inn10()/inn12() above).
CREATE FUNCTION pg_temp.chk(d text, w int[]) RETURNS text IMMUTABLE LANGUAGE sql AS $$
  SELECT ((SELECT sum(substr(d, i, 1)::int * w[i]) FROM generate_subscripts(w, 1) AS i) % 11 % 10)::text $$;
-- Copy k of an organisation: another valid ИНН of the region (the body permuted by k, check digits recomputed),
-- so each repeat caller of the template is a different repeat caller in every copy.
CREATE FUNCTION pg_temp.inn(v text, k int) RETURNS text IMMUTABLE LANGUAGE sql AS $$
  SELECT CASE length(v)
    WHEN 10 THEN (SELECT b || pg_temp.chk(b, '{2,4,10,3,5,9,4,6,8}') FROM
      (SELECT '50' || lpad(((substr(v, 3, 7)::bigint * 7919 + k * 104729) % 10000000)::text, 7, '0') AS b) x)
    WHEN 12 THEN (SELECT b || pg_temp.chk(b, '{3,7,2,4,10,3,5,9,4,6,8}') FROM
      (SELECT b || pg_temp.chk(b, '{7,2,4,10,3,5,9,4,6,8}') AS b FROM
        (SELECT '50' || lpad(((substr(v, 3, 8)::bigint * 7919 + k * 104729) % 100000000)::text, 8, '0') AS b) y) x)
    ELSE v END $$;
CREATE FUNCTION pg_temp.phone(v text, k int) RETURNS text IMMUTABLE LANGUAGE sql AS $$
  SELECT CASE WHEN v ~ '^\+7[0-9]{10}$' THEN substr(v, 1, 5) ||
    lpad(((substr(v, 6, 7)::bigint * 7919 + k * 104729) % 10000000)::text, 7, '0') ELSE v END $$;
BEGIN;
CREATE TEMP TABLE tmpl AS
  SELECT i.id, i.parent_id, i.lft, r.value AS root_uuid FROM issues i
  LEFT JOIN custom_values r ON r.customized_type = 'Issue' AND r.customized_id = i.root_id
    AND r.custom_field_id = :cf_uuid
  WHERE i.project_id = :project AND i.id <= :s_issues;
INSERT INTO issues (id, tracker_id, project_id, subject, description, due_date, status_id, assigned_to_id,
    priority_id, author_id, lock_version, created_on, updated_on, start_date, done_ratio, parent_id, root_id, lft,
    rgt, is_private, closed_on)
  SELECT i.id + k * :s_issues, i.tracker_id, i.project_id, i.subject, i.description, i.due_date, i.status_id,
    i.assigned_to_id, i.priority_id, i.author_id, i.lock_version, i.created_on - k * interval '7 min',
    i.updated_on - k * interval '7 min', i.start_date, i.done_ratio, i.parent_id + k * :s_issues,
    i.root_id + k * :s_issues, i.lft, i.rgt, i.is_private, i.closed_on - k * interval '7 min'
  FROM issues i JOIN tmpl t ON t.id = i.id, unnest(:ks::int[]) AS k;
INSERT INTO custom_values (id, customized_type, customized_id, custom_field_id, value)
  SELECT cv.id + k * :s_cv, 'Issue', cv.customized_id + k * :s_issues, cv.custom_field_id,
    CASE WHEN cv.value IS NULL OR cv.value = '' THEN cv.value
      WHEN cv.custom_field_id = :cf_uuid AND t.parent_id IS NULL THEN pg_temp.v4(cv.value || ':' || k)
      WHEN cv.custom_field_id = :cf_uuid THEN
        uuid_generate_v5(pg_temp.v4(t.root_uuid || ':' || k)::uuid, 'subtask-' || (t.lft / 2))::text
      WHEN cv.custom_field_id = :cf_call THEN pg_temp.v4(cv.value || ':' || k)
      WHEN cv.custom_field_id = :cf_inn THEN pg_temp.inn(cv.value, k)
      WHEN cv.custom_field_id = :cf_phone THEN pg_temp.phone(cv.value, k)
      ELSE cv.value END
  FROM custom_values cv JOIN tmpl t ON t.id = cv.customized_id, unnest(:ks::int[]) AS k
  WHERE cv.customized_type = 'Issue' AND cv.id <= :s_cv;
INSERT INTO journals (id, journalized_id, journalized_type, user_id, notes, created_on, private_notes)
  SELECT j.id + k * :s_journals, j.journalized_id + k * :s_issues, 'Issue', user_id, notes,
    created_on - k * interval '7 min', private_notes
  FROM journals j JOIN tmpl t ON t.id = j.journalized_id, unnest(:ks::int[]) AS k
  WHERE j.journalized_type = 'Issue' AND j.id <= :s_journals;
INSERT INTO journal_details (id, journal_id, property, prop_key, old_value, value)
  SELECT d.id + k * :s_details, d.journal_id + k * :s_journals, d.property, d.prop_key, d.old_value,
    CASE WHEN d.property = 'cf' AND d.prop_key = ':cf_call' THEN pg_temp.v4(d.value || ':' || k) ELSE d.value END
  FROM journal_details d JOIN journals j ON j.id = d.journal_id JOIN tmpl t ON t.id = j.journalized_id,
    unnest(:ks::int[]) AS k
  WHERE j.journalized_type = 'Issue' AND d.id <= :s_details;
COMMIT;
"""


def replicate(copies):
    """Copies the appeals already in the database COPIES times, inside PostgreSQL (INSERT … SELECT over
    the copies, two sessions of one transaction each, Redmine's non-unique indexes dropped meanwhile): ≈ 1.7 M issues and 38 M
    custom values in minutes instead of the generator's hours. Each copy is the same kind of data the generator
    writes (the template is its output): its own ids (offset per copy), its own client UUIDs (version 4; subtasks'
    derived from their appeal's as the outbox derives them), its own «UUID звонка», other valid ИНН (body permuted,
    check digits recomputed) and phones, so repeat callers stay as skewed as in the template but are different
    callers in each copy; times 7 minutes earlier per copy; kinds, trackers, statuses, subtasks, journals, texts
    and dates across the year as in the template."""
    t0 = time.monotonic()
    project = int(one("SELECT id FROM projects WHERE identifier = 'hotline0150'"))
    fields = ids_by_name("SELECT id, name FROM custom_fields WHERE type = 'IssueCustomField'")
    spans = {t: int(one('SELECT COALESCE(MAX(id), 0) FROM %s' % t)) for t in TABLES}
    have = int(one('SELECT count(*) FROM issues WHERE parent_id IS NULL AND project_id = %d' % project))
    psql_script('CREATE EXTENSION IF NOT EXISTS "uuid-ossp";\n')
    dropped = drop_indexes()
    if os.environ.get('SEED_REBUILD_INDEXES'):  # definitions of indexes an interrupted run left dropped
        dropped += [line.strip() for line in open(os.environ['SEED_REBUILD_INDEXES'], encoding='utf-8') if line.strip()]
    print('seed: copying %d appeals (%d issues) %d times inside PostgreSQL; %d indexes dropped for the load' %
          (have, spans['issues'], copies, len(dropped)), file=sys.stderr)
    variables = {'copies': copies, 'project': project, 's_issues': spans['issues'], 's_cv': spans['custom_values'],
                 's_journals': spans['journals'], 's_details': spans['journal_details'], 'cf_uuid': fields['UUID клиента'],
                 'cf_call': fields['UUID звонка'], 'cf_inn': fields['ИНН'], 'cf_phone': fields['Телефон']}
    # Two sessions (the machine's two cores), each copying every other copy in its own transaction.
    scripts = []
    for part in range(2):
        ks = list(range(1 + part, copies + 1, 2))
        if not ks:
            continue
        sql = REPLICATE_SQL.replace(':ks', "'{%s}'" % ','.join(map(str, ks)))
        for k in sorted(variables, key=len, reverse=True):
            sql = sql.replace(':' + k, str(variables[k]))
        scripts.append(sql)
    errors = []

    def run(sql):
        try:
            psql_script(sql)
        except subprocess.CalledProcessError as e:
            errors.append(e)

    ok = False
    try:
        threads = [threading.Thread(target=run, args=(sql,)) for sql in scripts]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if errors:
            raise errors[0]
        ok = True
    finally:
        t1 = time.monotonic()
        rebuild(dropped)
        t2 = time.monotonic()
        if ok:
            psql_script(''.join("SELECT setval('%s_id_seq', (SELECT MAX(id) FROM %s));\n" % (t, t) for t in TABLES) +
                        ''.join('VACUUM ANALYZE %s;\n' % t for t in TABLES))
    t3 = time.monotonic()
    counts = {t: int(one('SELECT count(*) FROM %s' % t)) for t in TABLES}
    counts['appeals'] = int(one('SELECT count(*) FROM issues WHERE parent_id IS NULL AND project_id = %d' % project))
    print('seed: now %(appeals)d appeals and calls, %(issues)d issues, %(custom_values)d custom values, '
          '%(journals)d journals, %(journal_details)d journal details' % counts, file=sys.stderr)
    print('seed: copy %.1f s, index rebuild %.1f s, vacuum analyze %.1f s, total %.1f s' %
          (t1 - t0, t2 - t1, t3 - t2, t3 - t0), file=sys.stderr)
    print(json.dumps(dict(counts, seconds=round(t3 - t0, 1))))


def drop_indexes():
    """Redmine's own non-unique indexes of the tables we fill (their exact definitions, to rebuild)."""
    rows = psql("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename IN (%s) "
                "AND indexdef NOT LIKE 'CREATE UNIQUE%%'" % ', '.join(quote(t) for t in TABLES))
    psql_script(''.join('DROP INDEX %s;\n' % name for name, _ in rows))
    return [d for _, d in rows]


def rebuild(definitions):
    # Two sessions (the machine's two cores), the big custom_values indexes spread over both.
    halves = [definitions[0::2], definitions[1::2]]
    errors = []

    def run(defs):
        try:
            if defs:
                psql_script('SET maintenance_work_mem = \'512MB\';\n' + ''.join(d + ';\n' for d in defs))
        except subprocess.CalledProcessError as e:
            errors.append(e)

    threads = [threading.Thread(target=run, args=(h,)) for h in halves]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]


def make_users(args, project, kb_project, roles, groups):
    """Seed users (login seed-operatorNNN, seed-supervisorN, seed-executorNN) with API keys; reused if present."""
    wanted = [('seed-operator%03d' % i, 'operator') for i in range(1, args.operators + 1)]
    wanted += [('seed-supervisor%d' % i, 'supervisor') for i in range(1, args.supervisors + 1)]
    wanted += [('seed-executor%02d' % i, 'executor') for i in range(1, 31)]
    existing = {login: int(i) for i, login in psql("SELECT id, login FROM users WHERE login LIKE 'seed-%'")}
    rnd = random.Random(args.seed + 1)
    now = ts(dt.datetime.now(dt.timezone.utc))
    sql = []
    new = [(login, role) for login, role in wanted if login not in existing]
    for login, role in new:
        first, last = rnd.choice(FIRST_NAMES), rnd.choice(LAST_NAMES)
        # Executors get Redmine's default notifications (mails about what is assigned to their group, rendered by
        # every request that assigns them); operators and supervisors none.
        notify = 'only_my_events' if role == 'executor' else 'none'
        sql.append("INSERT INTO users (login, hashed_password, firstname, lastname, admin, status, language, "
                   "created_on, updated_on, type, mail_notification, salt) VALUES (%s, '', %s, %s, false, 1, 'ru', "
                   "'%s', '%s', 'User', '%s', '');" % (quote(login), quote(first), quote(last), now, now, notify))
        sql.append("INSERT INTO email_addresses (user_id, address, is_default, notify, created_on, updated_on) "
                   "VALUES (currval('users_id_seq'), %s, true, true, '%s', '%s');" %
                   (quote(login + '@seed.example.test'), now, now))
        sql.append("INSERT INTO tokens (user_id, action, value, created_on, updated_on) VALUES "
                   "(currval('users_id_seq'), 'api', %s, '%s', '%s');" %
                   (quote('%040x' % rnd.getrandbits(160)), now, now))
        role_name = {'operator': 'Оператор 0150', 'supervisor': 'Супервизор'}.get(role)
        if role_name:
            for p in (project, kb_project):
                sql.append("INSERT INTO members (user_id, project_id, created_on, mail_notification) VALUES "
                           "(currval('users_id_seq'), %d, '%s', false);" % (p, now))
                sql.append("INSERT INTO member_roles (member_id, role_id) VALUES (currval('members_id_seq'), %d);" %
                           roles[role_name])
    # As provision.rb does for every operator's membership: the companion role that lets an operator file and
    # see their own «Звонок» records (without it the workstation's call records wait for a person). Also for
    # operators seeded before the role existed.
    calls_role = roles.get('Оператор 0150 (свои звонки)')
    if calls_role:
        sql.append("INSERT INTO member_roles (member_id, role_id) SELECT m.id, %d FROM members m JOIN users u ON "
                   "u.id = m.user_id WHERE u.login LIKE 'seed-operator%%' AND m.project_id = %d AND NOT EXISTS "
                   "(SELECT 1 FROM member_roles x WHERE x.member_id = m.id AND x.role_id = %d);" %
                   (calls_role, project, calls_role))
    if sql:
        psql_script('BEGIN;\n' + '\n'.join(sql) + '\nCOMMIT;\n')
    rows = psql("SELECT u.id, u.login, t.value FROM users u JOIN tokens t ON t.user_id = u.id AND t.action = 'api' "
                "WHERE u.login LIKE 'seed-%' ORDER BY u.login")
    role_of = dict(wanted)
    users = [{'id': int(i), 'login': login, 'key': key, 'role': role_of.get(login, 'operator')}
             for i, login, key in rows if login in role_of]
    # Executors are members of the agencies' groups and, as Redmine does for a group's users, members of the
    # appeals project through the group (inherited role), so they can see and are notified of what is assigned
    # to their group.
    group_ids = sorted(groups.values())
    links = []
    for i, u in enumerate(x for x in users if x['role'] == 'executor'):
        g = group_ids[i % len(group_ids)]
        links.append("INSERT INTO groups_users (group_id, user_id) VALUES (%d, %d) ON CONFLICT DO NOTHING;" %
                     (g, u['id']))
        links.append("INSERT INTO members (user_id, project_id, created_on, mail_notification) SELECT %d, %d, '%s', "
                     "false WHERE NOT EXISTS (SELECT 1 FROM members WHERE user_id = %d AND project_id = %d);" %
                     (u['id'], project, now, u['id'], project))
        links.append("INSERT INTO member_roles (member_id, role_id, inherited_from) SELECT m.id, gr.role_id, gr.id "
                     "FROM members m, (SELECT mr.id, mr.role_id FROM member_roles mr JOIN members gm ON gm.id = "
                     "mr.member_id WHERE gm.user_id = %d AND gm.project_id = %d) gr WHERE m.user_id = %d AND "
                     "m.project_id = %d AND NOT EXISTS (SELECT 1 FROM member_roles x WHERE x.member_id = m.id AND "
                     "x.inherited_from = gr.id);" % (g, project, u['id'], project))
    if links and new:
        psql_script('BEGIN;\n' + '\n'.join(links) + '\nCOMMIT;\n')
    if args.users_out:
        with open(args.users_out, 'w', encoding='utf-8') as f:
            json.dump(users, f, ensure_ascii=False, indent=1)
        os.chmod(args.users_out, 0o600)
    return users


def load(args, line, rnd, project, trackers, statuses, fields, fields_of, groups, priority, operators, executors,
         next_id):
    copies = {'issues': Copy('issues', ISSUE_COLUMNS), 'custom_values': Copy('custom_values', CV_COLUMNS),
              'journals': Copy('journals', JOURNAL_COLUMNS), 'journal_details': Copy('journal_details', DETAIL_COLUMNS)}
    ids = dict(next_id)
    counts = {'appeals': 0, 'subtasks': 0}
    f = fields
    st = statuses
    closed_statuses = {st['Закрыта'], st['Отклонена']}
    step_tracker = trackers['Шаг дорожной карты']
    call_tracker = trackers['Звонок']

    def new_id(table):
        i = ids[table]
        ids[table] += 1
        return i

    def custom_values(issue_id, tracker_id, values):
        out = []
        head = '\tIssue\t%d\t' % issue_id
        for fid in fields_of[tracker_id]:
            v = values.get(fid)
            if not v:
                out.append('%d%s%d\t\\N\n' % (new_id('custom_values'), head, fid))
            elif isinstance(v, list):
                for item in v:
                    out.append('%d%s%d\t%s\n' % (new_id('custom_values'), head, fid, esc(item)))
            else:
                out.append('%d%s%d\t%s\n' % (new_id('custom_values'), head, fid, esc(v)))
        copies['custom_values'].lines(''.join(out), len(out))

    def journal(issue_id, user_id, at, notes, details):
        jid = new_id('journals')
        copies['journals'].row(jid, issue_id, 'Issue', user_id, notes, ts(at), False)
        for prop, key, old, new in details:
            copies['journal_details'].row(new_id('journal_details'), jid, prop, key, old, new)

    def lifecycle(created, due, closed_on_call):
        """Status, closing time and the status changes (time, old, new) of an issue by its age."""
        if closed_on_call:
            return st['Закрыта'], created, []
        age = (line.now - created).total_seconds() / 86400
        overdue = due is not None and line.now.date() > due
        changes = []
        t = created + dt.timedelta(minutes=rnd.randrange(20, 600))
        path = [st['Новая'], st['В работе']]
        if overdue or age > 6:
            r = rnd.random()
            if r < 0.03 and overdue:
                final = rnd.choice([st['В работе'], st['На контроле']])  # overdue, still open
            elif r < 0.05:
                final = st['Отклонена']
            elif r < 0.12:
                final = st['Решена']
            else:
                final = st['Закрыта']
        else:
            final = rnd.choice([st['Новая'], st['На модерации'], st['В работе'], st['В работе'], st['На контроле'],
                                st['Решена']])
        if final in (st['Новая'], st['На модерации']):
            path = [st['Новая'], final] if final != st['Новая'] else [st['Новая']]
        elif final in (st['Решена'], st['Закрыта']):
            path += [st['Решена']] + ([st['Закрыта']] if final == st['Закрыта'] else [])
        elif final == st['На контроле']:
            path += [st['На контроле']]
        elif final == st['Отклонена']:
            path = [st['Новая'], st['Отклонена']]
        limit = min(line.now, created + dt.timedelta(days=max(1.0, min(age, 12))))
        for old, new in zip(path, path[1:]):
            if t >= limit:
                break
            changes.append((t, old, new))
            t += dt.timedelta(hours=rnd.random() * 30)
        final = changes[-1][2] if changes else st['Новая']
        closed_at = changes[-1][0] if final in closed_statuses else None
        return final, closed_at, changes

    def issue_row(iid, tracker, subject, description, due, status, assignee, author, created, updated, start,
                  parent, root, lft, rgt, closed):
        copies['issues'].row(iid, tracker, project, subject[:255], description, due, status, assignee, priority, author,
                             0, ts(created), ts(updated), start, 0, parent, root, lft, rgt, False,
                             ts(closed) if closed else None)

    def history(iid, author, created, changes, figures, note_user):
        """Journals as Redmine writes them; returns the last update time."""
        last = created
        if figures:
            at = created + dt.timedelta(seconds=rnd.randrange(5, 90))
            journal(iid, author, at, '', [('cf', str(fid), None, v) for fid, v in figures if v])
            last = at
        for at, old, new in changes:
            notes = rnd.choice(NOTES) if new in (st['Решена'], st['Отклонена']) else ''
            journal(iid, note_user, at, notes, [('attr', 'status_id', str(old), str(new))])
            last = max(last, at)
        return last

    for n in range(args.appeals):
        kind = line.pick(MIX)
        operator = rnd.choice(operators)
        start = line.call_start()
        seconds = rnd.randrange(40, 900)
        created = start + dt.timedelta(seconds=seconds + rnd.randrange(5, 120))
        channel, channel_id = line.pick(line.channel_mix)
        on_call = channel_id == 'hotline_0150'
        call_id = uuid4(rnd)
        searches = ''.join('%s\t%d\n' % (rnd.choice(SEARCH_WORDS), rnd.randrange(0, 12))
                           for _ in range(rnd.randrange(1, 4)))
        counts['appeals'] += 1
        if kind == 'call':
            article = rnd.choice(line.kb['articles'])
            result = line.pick(CALL_RESULTS_NO_APPEAL)
            iid = new_id('issues')
            subject = 'Звонок %s (%d:%02d) — %s' % (start.strftime('%d.%m.%Y %H:%M'), seconds // 60, seconds % 60,
                                                   result)
            values = {f['Канал']: 'Горячая линия 0150', f['Категория']: article['category'],
                      f['Статья БЗ']: article['id'], f['Начало звонка']: iso_msk(start),
                      f['Длительность звонка, с']: str(seconds), f['Оператор']: operator['login'],
                      f['Поисковые запросы']: searches, f['Открытые статьи']: article['id'],
                      f['Результат звонка']: result, f['UUID звонка']: call_id, f['UUID клиента']: call_id}
            issue_row(iid, call_tracker, subject, None, None, st['Закрыта'], None, operator['id'], created, created,
                      start.date(), None, iid, 1, 2, created)
            custom_values(iid, call_tracker, values)
            continue

        article = rnd.choice(line.articles[kind])
        org = line.skewed(line.orgs)
        phone = line.skewed(line.phones)
        municipality = rnd.choice(line.kb['municipalities'])
        agencies = article['agency_names']
        algorithm = article['algorithm']
        d0 = line.registration_day(start.astimezone(MSK))
        days = {'simple': 1, 'complex': 2}.get(kind, article.get('days', 3))
        steps = article.get('roadmap', []) if kind == 'complaint' else []
        if steps:
            days = max(s['days'] for s in steps)
        due = line.add_working_days(d0, days)
        due_at = dt.datetime.combine(due, dt.time(18, 0), MSK)
        appeal_uuid = uuid4(rnd)
        description = ' '.join(rnd.sample(DESCRIPTION_PARTS, rnd.randrange(2, 5)))
        email = 'info%d@%s.example.ru' % (rnd.randrange(1000), rnd.choice(ORG_WORDS).lower().encode('ascii', 'ignore')
                                          .decode() or 'firma')
        common = {f['Канал']: channel, f['Категория']: article['category'], f['ИНН']: org['inn'],
                  f['ОГРН/ОГРНИП']: org['ogrn'], f['Организация']: org['name'], f['Контактное лицо']: org['contact'],
                  f['Телефон']: phone, f['E-mail']: email, f['Муниципалитет']: municipality,
                  f['Алгоритм']: ALGORITHMS[algorithm], f['Статья БЗ']: article['id']}
        if on_call:
            common[f['Начало звонка']] = iso_msk(start)
            common[f['Длительность звонка, с']] = str(seconds)

        # Subtasks in the order IssuePlanner makes them: roadmap steps, then agencies, then the municipality.
        subs = []
        for s in steps:
            subs.append((step_tracker, s['step'], line.add_working_days(d0, s['days']), [], None))
        if algorithm in ('multi', 'omsu'):
            tracker = trackers[KIND_TRACKERS[kind]]
            for a in agencies:
                subs.append((tracker, article['title'] + ' — ' + a, due, [a], groups.get(a)))
            if algorithm == 'omsu':
                subs.append((tracker, article['title'] + ' — ' + municipality, due, [], groups.get(municipality)))

        root = new_id('issues')
        closed_on_call = kind == 'simple' and on_call and rnd.random() < 0.85
        status, closed_at, changes = lifecycle(created, due, closed_on_call)
        executor = rnd.choice(executors)
        figures = [(f['Оператор'], operator['login']), (f['Поисковые запросы'], searches),
                   (f['Открытые статьи'], article['id']), (f['Результат звонка'], 'Обращение зарегистрировано'),
                   (f['UUID звонка'], call_id)] if on_call else []
        values = dict(common)
        values[f['Ведомства']] = agencies
        values[f['Крайний срок (точный)']] = iso_msk(due_at)
        values[f['UUID клиента']] = appeal_uuid
        values.update(figures)
        assignee = groups.get(agencies[0]) if algorithm == 'single' and len(agencies) == 1 else None
        updated = history(root, operator['id'], created, changes, figures, executor['id'])
        tracker = trackers[KIND_TRACKERS[kind]]
        issue_row(root, tracker, article['title'], description, due, status, assignee, operator['id'], created,
                  updated, d0, None, root, 1, 2 * len(subs) + 2, closed_at)
        custom_values(root, tracker, values)
        for i, (sub_tracker, subject, sub_due, bodies, sub_assignee) in enumerate(subs, start=1):
            sid = new_id('issues')
            counts['subtasks'] += 1
            sub_status, sub_closed, sub_changes = lifecycle(created, sub_due, closed_on_call)
            sub_values = dict(common)
            sub_values[f['Ведомства']] = bodies
            sub_values[f['Крайний срок (точный)']] = iso_msk(dt.datetime.combine(sub_due, dt.time(18, 0), MSK))
            sub_values[f['UUID клиента']] = subtask_uuid(appeal_uuid, i)
            sub_updated = history(sid, operator['id'], created, sub_changes, [], executor['id'])
            issue_row(sid, sub_tracker, subject, description, sub_due, sub_status, sub_assignee, operator['id'],
                      created, sub_updated, d0, root, root, 2 * i, 2 * i + 1, sub_closed)
            custom_values(sid, sub_tracker, sub_values)
        if (n + 1) % 100000 == 0:
            print('seed: %d appeals…' % (n + 1), file=sys.stderr)

    for c in copies.values():
        c.close()
    counts['issues'] = copies['issues'].rows
    counts['custom_values'] = copies['custom_values'].rows
    counts['journals'] = copies['journals'].rows
    counts['details'] = copies['journal_details'].rows
    return counts


if __name__ == '__main__':
    main()
