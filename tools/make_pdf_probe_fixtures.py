#!/usr/bin/env python3
"""Probe the PDF reader with tables laid out the way published filings are.

Each probe is one document model (see make_fixtures.py) rendered as a DOCX (python-docx)
or an XLSX (openpyxl) and printed to PDF by LibreOffice, as Word/WPS/Excel "save as
PDF" does. The DOCX/XLSX readers are trusted: the PDF must read as the same records.
Some probes are then rewritten at the PDF level (a page /Rotate, rules drawn as thin
filled rectangles) to imitate other writers. Needs python-docx, openpyxl, soffice
(libreoffice-writer-nogui, libreoffice-calc-nogui) and fonts-noto-cjk.

    python3 tools/make_pdf_probe_fixtures.py [--out DIR] [--all] [--compare DUMP] [--no-build]

Without --all only the probes kept as fixtures (tests/fixtures/pdf_probe, asserted in
tests/pdf_probe.rs) are written. --compare runs the dump example
(target/release/examples/dump) on each pair and prints which PDFs read as their source.
"""

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_setup import new_document  # noqa: E402
from make_fixtures import C, grid_of, merged_l1_body, typed  # noqa: E402
from pdf_rewrite import filled_rules, rotated_pages  # noqa: E402

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm
import openpyxl
from openpyxl.styles import Border, Side, Alignment, PatternFill

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "pdf_probe"

# A small vocabulary keeps the embedded font subsets (and so the PDFs) small.
L2 = {
    "产出指标": ["数量指标", "质量指标", "时效指标", "成本指标"],
    "效益指标": ["社会效益指标", "可持续影响指标"],
    "满意度指标": ["服务对象满意度指标"],
}
NAMES = ["培训人数", "检查次数", "覆盖率", "完成时间", "合格率", "资金支出", "服务人次", "达标率"]
VALUES = ["≥95%", "100%", "≤50万元", "≥1200人次", "2025年12月", "≥90%", "12次", "≥85%"]


def indicators(n, seed=0):
    """n indicators spread over the levels, 产出指标 taking most rows."""
    out = []
    shares = [("产出指标", max(1, n - 4)), ("效益指标", min(3, n - 1)), ("满意度指标", 1)]
    k = seed
    for l1, cnt in shares:
        subs = L2[l1]
        for i in range(cnt):
            l2 = subs[min(len(subs) - 1, i * len(subs) // max(cnt, 1))]
            out.append({"level1": l1, "level2": l2, "name": f"{NAMES[k % len(NAMES)]}{k + 1}",
                        "value": VALUES[k % len(VALUES)]})
            k += 1
    return out[:n]


def merged_rows(inds):
    """Indicator rows with 一级 and 二级 merged down their runs (rowspans)."""
    return merged_l1_body({"indicators": inds}, lambda ind: [ind["name"], ind["value"]], True)


def fields_rows(name, total):
    return [
        [C("项目名称"), C(name, 3)],
        [C("主管部门"), C("市民政局"), C("实施单位"), C("市社会福利院")],
        [C("项目资金（万元）", rs=2), C("年度资金总额"), C(total, 2)],
        [C("其中：财政拨款"), C(total, 2)],
        [C("年度绩效目标", 4)],
        [C("完成年度培训与检查任务，服务对象满意度不低于90%。", 4)],
    ]


HEAD = [C("一级指标"), C("二级指标"), C("三级指标"), C("指标值")]


# ---------------------------------------------------------------- DOCX rendering

def field(run_parent, instr):
    """A PAGE / NUMPAGES field inside a paragraph."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    run_parent._p.append(fld)


def borders(table, which):
    """Table borders: "grid" (all), "three" (三线表: top, under the header, bottom)."""
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        e = OxmlElement(f"w:{side}")
        on = which == "grid" or (which == "three" and side in ("top", "bottom"))
        e.set(qn("w:val"), "single" if on else "nil")
        if on:
            e.set(qn("w:sz"), "8" if which == "three" else "4")
        b.append(e)
    tblPr.append(b)


def shade(cell, fill="D9D9D9"):
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def rule_under(cell):
    tcb = OxmlElement("w:tcBorders")
    e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), "4")
    tcb.append(e)
    cell._tc.get_or_add_tcPr().append(tcb)


def docx_table(doc, rows, opts, widths=None):
    placed, width = grid_of(rows)
    height = max(r + rs for r, _, _, _, rs in placed)
    table = doc.add_table(rows=height, cols=width)
    if opts.get("borders", "grid") == "grid":
        table.style = "Table Grid"
    else:
        borders(table, opts["borders"])
    head_rows = opts.get("repeat_header", 0)
    for n, tr in enumerate(table.rows):
        trPr = tr._tr.get_or_add_trPr()
        if not opts.get("split_rows"):
            trPr.append(OxmlElement("w:cantSplit"))
        if n < head_rows:
            trPr.append(OxmlElement("w:tblHeader"))
    for r, c, text, cs, rs in placed:
        cell = table.cell(r, c)
        if cs > 1 or rs > 1:
            cell = cell.merge(table.cell(r + rs - 1, c + cs - 1))
        cell.paragraphs[0].text = str(text)
        if opts.get("centred"):
            # Labels of merged cells in the middle of their span, as many filings set them.
            v = OxmlElement("w:vAlign")
            v.set(qn("w:val"), "center")
            cell._tc.get_or_add_tcPr().append(v)
        if r in opts.get("shaded_rows", ()):
            shade(cell)
        if opts.get("borders") == "three" and r == opts.get("head_row", 0):
            rule_under(cell)
    if widths:
        # LibreOffice takes the widths from the grid columns, Word from the cells.
        table.autofit = False
        for col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            col.set(qn("w:w"), str(int(w * 567)))
        for row in table.rows:
            for cell, w in zip(row.cells, widths):
                cell.width = Cm(w)
    return table


def render_docx(blocks, opts, path):
    doc, sec = new_document(opts, 2)
    if opts.get("running"):
        sec.header.paragraphs[0].text = opts["running"]
        foot = sec.footer.paragraphs[0]
        foot.add_run("第 ")
        field(foot, "PAGE")
        foot.add_run(" 页 共 ")
        field(foot, "NUMPAGES")
        foot.add_run(" 页")
    for kind, body, *rest in blocks:
        if kind == "p":
            doc.add_paragraph(body)
        else:
            docx_table(doc, body, rest[0] if rest else opts, rest[1] if len(rest) > 1 else None)
            doc.add_paragraph("")
    doc.save(path)


# ---------------------------------------------------------------- XLSX rendering

def render_sheet(rows, path, ruled, landscape=True):
    """A 05-2 style sheet: one row per indicator, the project columns repeated."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门项目支出绩效目标05-2"
    ws.append(["部门项目支出绩效目标表"])
    ws.append(["单位：万元"])
    side = Side(style="thin")
    for r, row in enumerate(rows, start=3):
        for c, text in enumerate(row, start=1):
            if isinstance(text, str):
                typed(ws, r, c, text)
            else:
                ws.cell(row=r, column=c, value=text)
            cell = ws.cell(row=r, column=c)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            if ruled:
                cell.border = Border(left=side, right=side, top=side, bottom=side)
            if r == 3:
                cell.fill = PatternFill("solid", fgColor="DDEBF7")
    for col, w in zip("ABCDEFGHI", [16, 14, 18, 10, 18, 10, 8, 12, 8]):
        ws.column_dimensions[col].width = w
    if landscape:
        ws.page_setup.orientation = "landscape"
    # Fit all columns on the page width, as budget sheets are printed.
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.print_options.gridLines = False
    wb.save(path)


SHEET_HEAD = ["单位名称", "项目名称", "项目年度绩效目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
              "度量单位"]


def split_value(v):
    """"≥1200人次" → ("≥", 1200, "人次"): the sheet types the number."""
    m = re.match(r"^([≥≤=]?)(\d+(?:\.\d+)?)(.*)$", v)
    if not m or "年" in v:
        return "定性", v, ""
    num = float(m.group(2))
    return m.group(1) or "=", int(num) if num.is_integer() else num, m.group(3)


def sheet_rows(projects):
    rows = [SHEET_HEAD]
    for name, goal, inds in projects:
        for i in inds:
            op, num, unit = split_value(i["value"])
            rows.append(["[101001]市民政局", name, goal, i["level1"], i["level2"], i["name"], op, num, unit])
    return rows


# ---------------------------------------------------------------- probes

def soffice_pdf(src, dst):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=300)
        shutil.move(Path(tmp) / (Path(src).stem + ".pdf"), dst)


def one_project(n, running=None, repeat=False, landscape=False, borders="grid", shaded=False, widths=None,
                long_names=False, split=False, centred=False):
    """Title, fields table, then the indicator table (header row first)."""
    inds = indicators(n)
    if long_names:
        for k, i in enumerate(inds):
            i["name"] += "检查次数覆盖率完成时间合格率资金支出服务人次" if k % 3 == 0 else ""
    rows = [HEAD] + merged_rows(inds)
    opts = {"borders": borders, "repeat_header": 1 if repeat else 0, "head_row": 0,
            "shaded_rows": (0,) if shaded else (), "split_rows": split, "centred": centred}
    blocks = [("p", "项目支出绩效目标表"), ("p", "（2025年度）"),
              ("table", fields_rows("社区养老服务补助", "120.00"), {"borders": borders}),
              ("table", rows, opts, widths)]
    return blocks, {"running": running, "landscape": landscape}


def one_table(n):
    """Fields and indicators in one ruled table: the header row sits mid-table, so it
    cannot repeat; the 一级 and 二级 cells are cut by the page break."""
    inds = indicators(n)
    rows = fields_rows("社区养老服务补助", "120.00") + [HEAD] + merged_rows(inds)
    return [("p", "项目支出绩效目标表"), ("table", rows, {})], {"running": "2025年部门预算公开"}


def split_rows(n):
    """Long wrapped names and rows allowed to break across the page (Word's default):
    a row's lines are printed partly on each page."""
    inds = indicators(n)
    for k, i in enumerate(inds):
        i["name"] = (i["name"] + "检查次数覆盖率完成时间合格率资金支出服务人次") if k % 3 == 0 else i["name"]
    rows = fields_rows("社区养老服务补助", "120.00") + [HEAD] + merged_rows(inds)
    return [("p", "项目支出绩效目标表"), ("table", rows, {"split_rows": True}, [2.2, 2.6, 3.0, 1.6])], {"running": "2025年部门预算公开"}


def projects(k, n):
    blocks = []
    for p in range(k):
        inds = indicators(n, seed=p * 3)
        blocks += [("p", f"{p + 1}．项目支出绩效目标表"), ("p", "单位：万元")]
        blocks.append(("table", fields_rows(f"养老服务项目{p + 1}", f"{(p + 1) * 40}.00") + [HEAD] + merged_rows(inds), {}))
    return blocks, {}


def wrapped():
    """Long names wrap in their cells; a narrow value column breaks "≥1200人次"."""
    inds = indicators(8)
    inds[0]["name"] = "培训人数检查次数覆盖率完成时间合格率资金支出服务人次达标率"
    rows = [HEAD] + merged_rows(inds)
    return [("p", "项目支出绩效目标表"), ("table", fields_rows("社区养老服务补助", "120.00"), {}),
            ("table", rows, {}, [2.2, 2.6, 3.0, 1.2])], {}


DOCX_PROBES = {
    # name: (builder, kept as a fixture)
    "pages_repeat_header": (lambda: one_project(70, running="2025年部门预算公开", repeat=True), False),
    "pages_no_repeat": (lambda: one_project(70, running="2025年部门预算公开"), False),
    "pages_one_table": (lambda: one_table(60), True),
    "pages_split_rows": (lambda: split_rows(45), True),
    "pages_split_rows_repeat": (lambda: one_project(45, running="2025年部门预算公开", repeat=True, long_names=True,
                                                    split=True, widths=[2.2, 2.6, 3.0, 1.6]), False),
    "pages_centred_labels": (lambda: one_project(70, running="2025年部门预算公开", centred=True), False),
    "three_line": (lambda: one_project(10, borders="three"), False),
    "shaded_header": (lambda: one_project(10, shaded=True), True),
    "landscape": (lambda: one_project(12, landscape=True), False),
    "projects_3": (lambda: projects(3, 6), False),
    "wrapped": (wrapped, False),
}

SHEET_PROBES = {
    "sheet_ruled": (True, False),
    "sheet_bare": (False, True),
}

# PDF-level variants: (source probe, rewrite, kept)
REWRITES = {
    "filled_rules": ("three_line", filled_rules, False),
    "filled_grid_even_odd": ("projects_3", lambda a, b: filled_rules(a, b, b"f*"), False),
    "wrapped_even_odd": ("wrapped", lambda a, b: filled_rules(a, b, b"f*"), True),
    "rotate90": ("landscape", rotated_pages, True),
}


def build(out, everything):
    """Write the probes (all, or those kept as fixtures and their sources); a source
    PDF that is only rewritten is removed again."""
    out.mkdir(parents=True, exist_ok=True)
    sources = {src for src, _, keep in REWRITES.values() if keep}
    made = []
    for name, (fn, keep) in DOCX_PROBES.items():
        if not (keep or everything or name in sources):
            continue
        blocks, opts = fn()
        render_docx(blocks, opts, out / f"{name}.docx")
        soffice_pdf(out / f"{name}.docx", out / f"{name}.pdf")
        made.append((name, "docx"))
    sheet_projects = [(f"养老服务项目{p + 1}", "完成年度培训任务", indicators(6, seed=p * 3)) for p in range(2)]
    for name, (ruled, keep) in SHEET_PROBES.items():
        if not (keep or everything):
            continue
        render_sheet(sheet_rows(sheet_projects), out / f"{name}.xlsx", ruled)
        soffice_pdf(out / f"{name}.xlsx", out / f"{name}.pdf")
        made.append((name, "xlsx"))
    for name, (src, fn, keep) in REWRITES.items():
        if not (keep or everything) or not (out / f"{src}.pdf").exists():
            continue
        fn(out / f"{src}.pdf", out / f"{name}.pdf")
        made.append((name, src))
    if not everything:
        for src in sources:
            if not DOCX_PROBES[src][1]:
                (out / f"{src}.pdf").unlink()
                made = [m for m in made if m[0] != src]
    return made


def records(dump, path):
    r = subprocess.run([str(dump), str(path)], capture_output=True, text=True, timeout=120)
    f = json.loads(r.stdout) if r.stdout.strip() else {}
    out = []
    for p in f.get("projects", []):
        a = (p.get("funds") or {}).get("annual") or {}
        out.append(f"P {p.get('name')} {a.get('total')}")
        for i in p.get("indicators", []):
            out.append(f"  {i['level1']}|{i['level2']}|{i['name']}|{i['value']}")
    return out


def compare(out, made, dump):
    same = 0
    for name, src in made:
        src_path = out / (f"{name}.{src}" if src in ("docx", "xlsx") else f"{src}.docx")
        a, b = records(dump, src_path), records(dump, out / f"{name}.pdf")
        ok = a == b and len(a) > 0
        same += ok
        print(f"{'SAME' if ok else 'DIFF'} {name}: source {len(a)} lines, pdf {len(b)} lines")
        if not ok:
            for x in sorted(set(a) ^ set(b))[:12]:
                print(f"    {'-' if x in a else '+'} {x}")
    print(f"{same} of {len(made)} PDFs read as their source")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--compare", metavar="DUMP")
    ap.add_argument("--no-build", action="store_true")
    args = ap.parse_args()
    out = Path(args.out)
    if args.no_build:
        made = [(n, "docx") for n, (_, k) in DOCX_PROBES.items() if (out / f"{n}.pdf").exists()]
        made += [(n, "xlsx") for n in SHEET_PROBES if (out / f"{n}.pdf").exists()]
        made += [(n, s) for n, (s, _, _) in REWRITES.items() if (out / f"{n}.pdf").exists()]
    else:
        made = build(out, args.all)
    if args.compare:
        compare(out, made, Path(args.compare))
    for p in sorted(out.glob("*.*")):
        print(f"{p.name}\t{p.stat().st_size}")


if __name__ == "__main__":
    main()
