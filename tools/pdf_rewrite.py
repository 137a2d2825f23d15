#!/usr/bin/env python3
"""Rewrite a LibreOffice PDF the way other writers draw the same page, for the PDF
reader probes (make_pdf_probe_fixtures.py): rules as thin filled rectangles, landscape
content on portrait pages shown with /Rotate 90. Handles the plain PDFs LibreOffice
writes (no object streams); the file is written again with a fresh xref table.
"""

import re
import zlib
from pathlib import Path

OBJ = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)


def pdf_objects(data):
    return {int(m.group(1)): m.group(2) for m in OBJ.finditer(data)}


def write_pdf(objs, trailer_root, path):
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n in sorted(objs):
        offsets[n] = len(out)
        out += b"%d 0 obj" % n + objs[n] + b"endobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for n in range(1, size):
        out += (b"%010d 00000 n \n" % offsets[n]) if n in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, trailer_root, xref)
    Path(path).write_bytes(bytes(out))


def map_streams(objs, fn):
    """Apply fn to every page's decompressed content stream."""
    ids = {int(i) for body in objs.values() if re.search(rb"/Type\s*/Page\b", body)
           for i in re.findall(rb"/Contents\s*(\d+) 0 R", body)}
    for n in ids:
        m = re.match(rb"(\s*<<.*?>>\s*stream\r?\n)(.*)(\r?\nendstream\s*)$", objs[n], re.S)
        head, raw = m.group(1), m.group(2)
        flate = b"/FlateDecode" in head
        new = fn(zlib.decompress(raw) if flate else raw)
        if new is None:
            continue
        body2 = zlib.compress(new) if flate else new
        head = re.sub(rb"/Length \d+", b"/Length %d" % len(body2), head)
        objs[n] = head + body2 + b"\nendstream\n"


def root_of(data):
    return int(re.search(rb"/Root (\d+) 0 R", data).group(1))


def inline_lengths(objs):
    """Resolve indirect /Length references so streams can be rewritten freely."""
    for n, body in list(objs.items()):
        m = re.search(rb"/Length (\d+) 0 R", body)
        if m:
            ln = objs[int(m.group(1))].strip()
            objs[n] = body.replace(m.group(0), b"/Length " + ln, 1)


def filled_rules(src, dst, op=b"f"):
    """Redraw every stroked line as a thin filled rectangle, as some writers do (Word
    fills them even-odd: op "f*")."""
    data = Path(src).read_bytes()
    objs = pdf_objects(data)
    inline_lengths(objs)
    num = rb"(-?\d+(?:\.\d+)?)"
    line = re.compile(num + rb" " + num + rb" m\s+" + num + rb" " + num + rb" l\s+S")

    def fix(text):
        if b" l" not in text:
            return None

        def rect(m):
            x0, y0, x1, y1 = (float(g) for g in m.groups())
            w = 0.6
            if abs(y1 - y0) < abs(x1 - x0):
                return b"%.2f %.2f %.2f %.2f re " % (min(x0, x1), y0 - w / 2, abs(x1 - x0), w) + op
            return b"%.2f %.2f %.2f %.2f re " % (x0 - w / 2, min(y0, y1), w, abs(y1 - y0)) + op
        return line.sub(rect, text)
    map_streams(objs, fix)
    write_pdf(objs, root_of(data), dst)


def rotated_pages(src, dst):
    """Landscape content on portrait pages shown with /Rotate 90: the page space is
    portrait, the content is drawn turned by a cm, and the viewer turns it back."""
    data = Path(src).read_bytes()
    objs = pdf_objects(data)
    inline_lengths(objs)
    for n, body in list(objs.items()):
        if re.search(rb"/Type\s*/Page\b", body):
            m = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", body)
            w, h = float(m.group(1)), float(m.group(2))
            body = body.replace(m.group(0), b"/MediaBox [0 0 %g %g] /Rotate 90" % (h, w))
            objs[n] = body
    # The landscape page (w × h, w > h) drawn into portrait space (h × w): turned a
    # quarter anticlockwise, so /Rotate 90 (clockwise) shows it upright.
    turn = b"0 1 -1 0 %g 0 cm\n"

    def fix(text):
        return b"q " + turn % page_h + text + b"\nQ"
    page_h = float(re.search(rb"/MediaBox\s*\[\s*0 0 [\d.]+ ([\d.]+)", data).group(1))
    map_streams(objs, fix)
    write_pdf(objs, root_of(data), dst)
