#!/usr/bin/env python3
"""Picks the values redmine_query_bench looks up, from a seeded Redmine database (PostgreSQL, libpq env).

    sample_lookups.py [--count 200] > lookups.json

- operator: the seed operator with the most appeals (the workstation asks with its key), and its API key;
- uuids: client UUIDs of that operator's appeals, each with its subtasks' (OutboxSender asks for all of an
  entry's UUIDs at once), plus one in ten that does not exist (a POST that never reached the server);
- inns, phones: values of random appeals (so repeat callers come up as often as they call);
- supervisor: a supervisor and its key; since: the moment after which about 300 issues were updated (what a
  supervisor's sync every few minutes finds on a busy line).
"""

import argparse
import json
import random
import subprocess
import sys
import uuid


def rows(sql):
    out = subprocess.run(['psql', '-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', '-F', '\t', '-c', sql], check=True,
                         capture_output=True, text=True).stdout
    return [line.split('\t') for line in out.splitlines() if line]


def field(name):
    return int(rows("SELECT id FROM custom_fields WHERE name = '%s'" % name)[0][0])


def user(sql):
    r = rows(sql)
    if not r:
        sys.exit('sample_lookups: no user for ' + sql)
    uid, login = r[0]
    key = rows("SELECT value FROM tokens WHERE user_id = %s AND action = 'api'" % uid)
    if not key:
        sys.exit('sample_lookups: %s has no API key' % login)
    return {'id': int(uid), 'login': login, 'key': key[0][0]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--count', type=int, default=200)
    args = ap.parse_args()
    rnd = random.Random(7)
    uuid_cf, inn_cf, phone_cf = field('UUID клиента'), field('ИНН'), field('Телефон')
    project = rows("SELECT id FROM projects WHERE identifier = 'hotline0150'")[0][0]
    operator = user("SELECT u.id, u.login FROM issues i JOIN users u ON u.id = i.author_id "
                    "WHERE i.project_id = %s AND u.login LIKE 'seed-operator%%' GROUP BY u.id, u.login "
                    "ORDER BY count(*) DESC LIMIT 1" % project)
    supervisor = user("SELECT id, login FROM users WHERE login IN ('seed-supervisor1', 'supervisor1') "
                      "ORDER BY login DESC LIMIT 1")
    roots = rows("SELECT id FROM issues WHERE author_id = %d AND parent_id IS NULL ORDER BY random() LIMIT %d" %
                 (operator['id'], args.count))
    by_root = {}
    for root, value in rows("SELECT i.root_id, cv.value FROM issues i JOIN custom_values cv ON cv.customized_type = "
                            "'Issue' AND cv.customized_id = i.id AND cv.custom_field_id = %d WHERE i.root_id IN (%s) "
                            "ORDER BY i.root_id, i.lft" % (uuid_cf, ','.join(r[0] for r in roots) or '0')):
        by_root.setdefault(root, []).append(value)
    uuids = ['|'.join(v) for v in by_root.values()]
    for i in range(0, len(uuids), 10):
        uuids[i] = str(uuid.UUID(int=rnd.getrandbits(128), version=4))

    def values(cf):
        sample = rows("SELECT value FROM custom_values TABLESAMPLE SYSTEM (2) REPEATABLE (7) WHERE custom_field_id = "
                      "%d AND value <> '' LIMIT %d" % (cf, args.count * 4))
        if len(sample) < args.count:
            sample = rows("SELECT value FROM custom_values WHERE custom_field_id = %d AND value <> '' "
                          "ORDER BY random() LIMIT %d" % (cf, args.count))
        rnd.shuffle(sample)
        return [r[0] for r in sample[:args.count]]

    since = rows("SELECT to_char(updated_on, 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM issues WHERE project_id = %s "
                 "ORDER BY updated_on DESC LIMIT 1 OFFSET 300" % project)
    json.dump({'operator': operator, 'supervisor': supervisor, 'uuids': uuids, 'inns': values(inn_cf),
               'phones': values(phone_cf), 'since': since[0][0] if since else '2000-01-01T00:00:00Z',
               'fields': {'uuid': uuid_cf, 'inn': inn_cf, 'phone': phone_cf},
               'issues': int(rows('SELECT count(*) FROM issues')[0][0])}, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
