#!/usr/bin/env python3
"""Verdicts on awsexam's wrong options by where they came from (variant,
other card, decoy — another card's answer varied —, pool, mistake). Usage: bysource.py PANELDIR"""
import json,glob,sys,collections
D=sys.argv[1]
key=json.load(open(f'{D}/key.json')); a=json.load(open(f'{D}/a.json'))['questions']
bystem={}
for q in a: bystem.setdefault(q['stem'],[]).append(q)
cnt=collections.defaultdict(collections.Counter)
broken=[]
for vf in sorted(glob.glob(f'{D}/verdict-*.json')):
    for v in json.load(open(vf)):
        k=key[v['item']]
        if k['src']!='A': continue
        q=[x for x in bystem[k['stem']] if x['options']==k['options']]
        if not q: q=bystem[k['stem']]
        q=q[0]
        for L,lab in v['distractors'].items():
            i=ord(L)-65
            if i>=len(q['options']): continue
            s=q['option_sources'][i]
            kind='decoy' if s.get('variant') and s.get('card') else 'variant' if s.get('variant') else 'pool' if s.get('pool') else 'card' if s.get('card') else 'mistake' if s.get('mistake') else 'written' if s.get('written') else 'other'
            cnt[kind][lab]+=1
            if lab=='broken': broken.append((q['options'][i], kind))
for k,c in cnt.items():
    n=sum(c.values()); print(f"{k:8} n={n:4} "+' '.join(f"{l}={c[l]/n:.0%}" for l in ['plausible','off_topic','also_right','broken']))
print(broken[:30])
