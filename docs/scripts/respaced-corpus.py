#!/usr/bin/env python3
# respaced-corpus.py KIND OUT: a copy of tests/corpus whose texts are saved another way (the annotations unchanged),
# for `plans eval --corpus OUT`: crlf (Windows line ends), nfd (decomposed marks), nbsp (no-break spaces for spaces),
# tabs (a tab for three spaces), escn (line breaks written out as "\\n"), indent (eight spaces before every line),
# strip (no spaces at either end of a line), hdrbar / hdrsp (the header's lines above the type heading joined into
# one line by " | " or by five spaces, as a page's header table flattened), oneline (the whole text on one line, as a
# page that lost its line breaks), ident (as they are). docs/ACCURACY.md, "Spacing and line ends".
import sys,os,shutil,unicodedata,glob,json
src=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..','tests','corpus'); kind=sys.argv[1]; out=sys.argv[2]
shutil.rmtree(out,ignore_errors=True); os.makedirs(out+'/documents'); os.makedirs(out+'/passages')
def f(t):
    if kind=='crlf': return t.replace('\r\n','\n').replace('\n','\r\n')
    if kind=='nfd': return unicodedata.normalize('NFD',t)
    if kind=='nbsp': return t.replace(' ','\u00a0')
    if kind=='tabs': return t.replace('   ','\t')
    if kind=='blank2': return t.replace('\n','\n\n')
    if kind=='escn': return t.replace('\n','\\n')
    if kind=='indent': return '\n'.join('        '+l if l.strip() else l for l in t.split('\n'))
    if kind=='strip': return '\n'.join(l.strip() for l in t.split('\n'))
    if kind in ('hdrbar','hdrsp'):
        import re
        ls=t.split('\n'); k=None
        for i,l in enumerate(ls[:40]):
            if re.match(r'\s*(KẾ HOẠCH|QUYẾT ĐỊNH|THÔNG BÁO|CHỈ THỊ|NGHỊ QUYẾT|HƯỚNG DẪN|BÁO CÁO|TỜ TRÌNH|CÔNG VĂN|THÔNG TƯ|NGHỊ ĐỊNH|CHƯƠNG TRÌNH|QUY CHẾ|QUY ĐỊNH)\b', l): k=i; break
        if not k: return t
        sep=' | ' if kind=='hdrbar' else '     '
        head=[l.strip() for l in ls[:k] if l.strip()]
        return sep.join(head)+'\n'+'\n'.join(ls[k:])
    if kind=='oneline': return ' '.join(t.split())
    if kind=='ident': return t
    raise SystemExit(kind)
for p in glob.glob(src+'/documents/*.txt'):
    b=os.path.basename(p)
    open(out+'/documents/'+b,'w',newline='').write(f(open(p,newline='').read()))
    shutil.copy(p[:-4]+'.json', out+'/documents/'+b[:-4]+'.json')
for p in glob.glob(src+'/passages/*.jsonl'):
    with open(out+'/passages/'+os.path.basename(p),'w') as o:
        for l in open(p):
            if not l.strip(): continue
            d=json.loads(l); 
            if kind in ('nfd','nbsp'):
                d['text']=f(d['text'])
                for c in d.get('citations',[]):
                    if c.get('text'): c['text']=f(c['text'])
            o.write(json.dumps(d,ensure_ascii=False)+'\n')
