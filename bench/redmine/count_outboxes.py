#!/usr/bin/env python3
"""Counts a load run's appeals from the other side: every workstation's outbox against the server's database.

    count_outboxes.py WORK_DIR        (libpq environment of the harness cluster: PGHOST, PGPORT, PGUSER, PGDATABASE)

For every outbox entry (appeals and call records, each workstation's outbox.sqlite read-only) it looks its client
UUID up among the server's «UUID клиента» values (one query, PostgreSQL): once = filed, more = duplicated, never
while the outbox holds Redmine's id = lost, never while it still waits = waiting (not lost). Also any client UUID
(appeals' subtasks included) that Redmine holds more than once. A cross-check of redmine_load_run's own count that
needs no running Redmine.
"""
import collections
import glob
import json
import os
import sqlite3
import subprocess
import sys

work = sys.argv[1]
out = subprocess.run(['psql', '-X', '-q', '-At', '-F', '\t', '-c',
                      "SELECT cv.value, count(*) FROM custom_values cv JOIN custom_fields f ON f.id = cv.custom_field_id "
                      "WHERE f.name = 'UUID клиента' AND cv.customized_type = 'Issue' AND cv.value <> '' "
                      "GROUP BY cv.value"], check=True, capture_output=True, text=True).stdout
on_server = {}
for line in out.splitlines():
    v, n = line.split('\t')
    on_server[v] = int(n)
counts = collections.Counter()
for db in sorted(glob.glob(os.path.join(work, 'ws-*', 'outbox.sqlite'))):
    con = sqlite3.connect('file:%s?mode=ro' % db, uri=True)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        cols = [r[1] for r in con.execute('PRAGMA table_info(%s)' % table)]
        if 'client_id' not in cols or 'state' not in cols or 'kind' not in cols:
            continue
        for client_id, state, kind, payload in con.execute('SELECT client_id, state, kind, payload FROM %s' % table):
            if kind == 'call' and json.loads(payload).get('appeals'):
                # A call with appeals: its figures go onto its first appeal (a PUT), it has no issue of its own.
                counts['call figures onto an appeal', 'delivered' if state == 'sent' else 'waiting (' + state + ')'] += 1
                continue
            kind = 'call («Звонок»)' if kind == 'call' else kind
            n = on_server.get(client_id, 0)
            if n > 1:
                counts[kind, 'duplicated'] += 1
            elif n == 1:
                counts[kind, 'filed'] += 1
            elif state == 'sent':
                counts[kind, 'lost'] += 1
            else:
                counts[kind, 'refused, waits for a person' if state == 'failed' else 'waiting (' + state + ')'] += 1
for (kind, what), n in sorted(counts.items()):
    print('%-30s %-20s %d' % (kind, what, n))
print('client UUIDs on the server more than once: %d' % sum(1 for n in on_server.values() if n > 1))
