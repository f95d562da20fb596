#!/usr/bin/env python3
"""Redmine's own timings of /issues.json requests, from its production.log: where the time goes.

    log_timings.py production.log [--from BYTE_OFFSET] [--fields uuid=16,inn=3,phone=7]

Rails logs every request as "Started GET …" and "Completed 200 OK in 35ms (Views: 20.1ms | ActiveRecord:
10.2ms …)" under the same request id. The requests are grouped by the lookup they are (the cf_N filter, the
sync's updated_on filter, the plain first page, an issue's POST/PUT) and the median and p95 of the total, the
view rendering (Ruby building the JSON) and ActiveRecord (SQL) printed per group.
"""

import argparse
import re
import statistics
import sys
from urllib.parse import parse_qs, urlsplit

STARTED = re.compile(r'\[([0-9a-f-]{36})\] Started (\w+) "([^"]+)"')
COMPLETED = re.compile(r'\[([0-9a-f-]{36})\] Completed (\d+) .*? in (\d+)ms \((?:Views: ([\d.]+)ms \| )?'
                       r'ActiveRecord: ([\d.]+)ms')


def kind(method, url, fields):
    parts = urlsplit(url)
    q = parse_qs(parts.query)
    if method != 'GET':
        return '%s %s' % (method, re.sub(r'/\d+', '/N', parts.path))
    if parts.path != '/issues.json':
        return 'GET ' + re.sub(r'/\d+', '/N', parts.path)
    for name, cf in fields.items():
        if 'cf_%s' % cf in q:
            return name
    if 'updated_on' in q:
        return 'sync'
    return 'first_page' if set(q) <= {'project_id', 'key'} else 'GET /issues.json (other)'


def pct(values, p):
    v = sorted(values)
    return v[max(0, min(len(v) - 1, int(round(p * len(v) + 0.5)) - 1))] if v else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('log')
    ap.add_argument('--from', dest='offset', type=int, default=0)
    ap.add_argument('--fields', default='')
    args = ap.parse_args()
    fields = dict(f.split('=') for f in args.fields.split(',') if f)
    started = {}
    groups = {}
    with open(args.log, 'rb') as f:
        f.seek(args.offset)
        for raw in f:
            line = raw.decode('utf-8', 'replace')
            m = STARTED.search(line)
            if m:
                started[m.group(1)] = kind(m.group(2), m.group(3), fields)
                continue
            m = COMPLETED.search(line)
            if m and m.group(1) in started:
                g = groups.setdefault(started.pop(m.group(1)), {'total': [], 'views': [], 'db': []})
                g['total'].append(float(m.group(3)))
                g['views'].append(float(m.group(4) or 0))
                g['db'].append(float(m.group(5)))
    print('%-28s %6s  %15s  %15s  %15s' % ('Redmine log: request', 'n', 'total med/p95', 'views med/p95',
                                           'SQL med/p95'))
    for name in sorted(groups):
        g = groups[name]
        print('%-28s %6d  %6.0f / %5.0f ms  %6.1f / %5.1f ms  %6.1f / %5.1f ms' % (
            name, len(g['total']), statistics.median(g['total']), pct(g['total'], 0.95),
            statistics.median(g['views']), pct(g['views'], 0.95), statistics.median(g['db']), pct(g['db'], 0.95)))


if __name__ == '__main__':
    sys.exit(main())
