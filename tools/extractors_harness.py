#!/usr/bin/env python3
"""How well jixiao reads the text other tools pull out of its PDF and DOCX fixtures.

For each fixture, the indicators jixiao reads from the file itself are matched
against those it reads from the text of pdftotext (reading order and -raw),
pdfplumber (extract_text, plain and layout=True), PyMuPDF (get_text, plain and
sort=True), docx2txt and python-docx: matched / total (level1, level2, name, value)
with all occurrences counted, and junk rows (read from the text, not the file).

    cargo build --release --no-default-features --example dump
    pip install pdfplumber pymupdf docx2txt python-docx   # and poppler-utils
    python3 tools/extractors_harness.py target/release/examples/dump [EXTRACTOR] [-v]

Texts are cached in $JIXIAO_EXTRACTS (default /tmp/jixiao-extracts).
"""
import json, subprocess, sys, os, glob
from collections import Counter
dump = sys.argv[1]
only = sys.argv[2] if len(sys.argv) > 2 and not sys.argv[2].startswith('-') else None
verbose = '-v' in sys.argv
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'fixtures')
cache = os.environ.get('JIXIAO_EXTRACTS', '/tmp/jixiao-extracts')
os.makedirs(cache, exist_ok=True)
docs = sorted(glob.glob(root + '/pdf/*.pdf') + glob.glob(root + '/pdf_probe/*.pdf') + glob.glob(root + '/pdf_probe/*.docx'))
def ext_pdftotext(p, o): subprocess.run(['pdftotext', p, o], check=True)
def ext_pdftotext_raw(p, o): subprocess.run(['pdftotext', '-raw', p, o], check=True)
def ext_plumber(p, o):
    import pdfplumber
    with pdfplumber.open(p) as pdf: open(o, 'w').write('\n'.join(pg.extract_text() or '' for pg in pdf.pages))
def ext_plumber_layout(p, o):
    import pdfplumber
    with pdfplumber.open(p) as pdf: open(o, 'w').write('\n'.join(pg.extract_text(layout=True) or '' for pg in pdf.pages))
def ext_fitz(p, o):
    import fitz
    d = fitz.open(p); open(o, 'w').write(''.join(pg.get_text() for pg in d))
def ext_fitz_sort(p, o):
    import fitz
    d = fitz.open(p); open(o, 'w').write(''.join(pg.get_text(sort=True) for pg in d))
def ext_docx2txt(p, o):
    import docx2txt; open(o, 'w').write(docx2txt.process(p))
def ext_pydocx(p, o):
    import docx
    d = docx.Document(p); out = [x.text for x in d.paragraphs]
    for t in d.tables:
        for r in t.rows: out.append('\t'.join(c.text for c in r.cells))
    open(o, 'w').write('\n'.join(out))
PDF = {'pdftotext': ext_pdftotext, 'pdftotext-raw': ext_pdftotext_raw, 'plumber': ext_plumber, 'plumber-layout': ext_plumber_layout, 'fitz': ext_fitz, 'fitz-sort': ext_fitz_sort}
DOCX = {'docx2txt': ext_docx2txt, 'python-docx': ext_pydocx}
def read(path):
    out = subprocess.run([dump, path], capture_output=True, text=True).stdout
    try: return json.loads(out)
    except Exception: return {'projects': []}
def inds(f):
    c = Counter()
    for p in f.get('projects', []):
        for i in p.get('indicators', []):
            c[(i.get('level1'), i.get('level2'), i.get('name'), i.get('value'))] += 1
    return c
tot = {}
for doc in docs:
    base = os.path.basename(doc)
    a = read(doc); ia = inds(a)
    for name, fn in (PDF if doc.endswith('.pdf') else DOCX).items():
        if only and name != only: continue
        txt = f'{cache}/{base}.{name}.txt'
        if not os.path.exists(txt):
            try: fn(doc, txt)
            except Exception as e: print(base, name, 'extract failed', e); continue
        b = read(txt); ib = inds(b)
        m = sum((ia & ib).values()); junk = sum((ib - ia).values())
        t = tot.setdefault(name, [0, 0, 0]); t[0] += m; t[1] += sum(ia.values()); t[2] += junk
        print(f'{base:28s} {name:15s} ind {m}/{sum(ia.values())}  junk {junk}  proj {len(b.get("projects", []))}/{len(a.get("projects", []))}')
        if verbose:
            for k in (ia - ib): print('   miss', k)
            for k in (ib - ia): print('   junk', k)
for k, v in tot.items(): print(f'TOTAL {k:15s} {v[0]}/{v[1]} junk {v[2]}')
