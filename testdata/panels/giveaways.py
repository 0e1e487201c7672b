#!/usr/bin/env python3
"""Items judged answerable without AWS, by design: all wrong options variants
(or figures), mixed, or none. Usage: giveaways.py PANELDIR..."""
import json,glob,sys,collections
for D in sys.argv[1:]:
    key=json.load(open(f'{D}/key.json')); a=json.load(open(f'{D}/a.json'))['questions']
    bystem={}
    for q in a: bystem.setdefault(q['stem'],[]).append(q)
    c=collections.Counter()
    for vf in sorted(glob.glob(f'{D}/verdict-*.json')):
        for v in json.load(open(vf)):
            k=key[v['item']]
            if k['src']!='A': continue
            q=[x for x in bystem[k['stem']] if x['options']==k['options']]
            q=(q or bystem[k['stem']])[0]
            nv=sum(1 for s in q['option_sources'] if s.get('variant') or s.get('mistake'))
            kind='all-var' if nv==len(q['options'])-len(q['answers']) else 'no-var' if nv==0 else 'mixed'
            c[(kind,'items')]+=1
            c[(kind,'give')]+=bool(v.get('giveaway'))
    print(D.split('/')[-1], {k:f"{c[(k,'give')]}/{c[(k,'items')]}" for k in ['all-var','mixed','no-var']})
