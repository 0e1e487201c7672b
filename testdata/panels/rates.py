#!/usr/bin/env python3
"""Rates of a blind panel, as score.py counts them, and again without the
items whose key the judges called wrong (the notes' own errors, counted
apart). Usage: rates.py PANELDIR [PANELDIR...]  (pools the panels given)"""
import json, sys, glob, collections
st = collections.defaultdict(collections.Counter)
for out in sys.argv[1:]:
    key = json.load(open(f"{out}/key.json"))
    for f in sorted(glob.glob(f"{out}/verdict-*.json")):
        for v in json.load(open(f)):
            k = key.get(v['item'])
            if not k:
                continue
            for subset in ('all', 'valid'):
                if subset == 'valid' and v.get('key') == 'wrong':
                    continue
                s = st[(k['src'], subset)]
                s['items'] += 1
                s['key_wrong'] += v.get('key') == 'wrong'
                s['giveaway'] += bool(v.get('giveaway'))
                lab = v.get('distractors', {})
                s['ambiguous'] += any(x == 'also_right' for x in lab.values())
                for x in lab.values():
                    s['d_' + x] += 1
                    s['d_all'] += 1
cols = sorted(st)
print(f"{'':26}" + "".join(f"{src+' '+sub:>16}" for src, sub in cols))
for name, k, den in [('items', 'items', None), ('key wrong', 'key_wrong', 'items'), ('wrong options', 'd_all', None),
                     ('  plausible', 'd_plausible', 'd_all'), ('  off-topic', 'd_off_topic', 'd_all'),
                     ('  also right', 'd_also_right', 'd_all'), ('  broken', 'd_broken', 'd_all'),
                     ('answerable w/o AWS', 'giveaway', 'items'), ('second right answer', 'ambiguous', 'items')]:
    cells = []
    for c in cols:
        s = st[c]
        cells.append(f"{s[k]:>16}" if den is None else f"{s[k]:>6} {100*s[k]/max(1,s[den]):6.1f}%  ")
    print(f"{name:26}" + "".join(cells))
