"""Long 部门预算 documents for the round-11 probe: dozens of project target tables one
after another, with the furniture a published document puts between and inside them
(running heads, page numbers, table numbers, 第X部分 headings, prose, a header row
repeated after a page break) and a 部门整体 table first.

The tables come from the seeds in ../shared/corpus/seeds (001: four-column tab rows;
002: five columns with 绩效指标描述; 000: side-by-side midterm/annual, text forms only),
renamed per copy so that every project has its own name. Writes, into OUT (default
/tmp/probe11):

  long.tab.txt      tab-separated cells (pdftotext-like)
  long.lines.txt    one cell per line, blank cells dropped (pdftotext without -layout)
  long.space.txt    cells padded to columns with spaces (pdftotext -layout)
  long.docx         one Word table per project, headings and prose between
  long_one.docx     every project in ONE Word table, a title row between projects
  long.xlsx         every project stacked on one sheet
  long.pdf          long.docx through `soffice --headless --convert-to pdf`
  seven_columns.doc the first seven-column (seed 002) table alone, as Word 97
  expected.json     per project, in order: name, annual total, indicator count

Usage: python3 tools/make_probe11_fixtures.py [OUT] [COPIES] [--no-pdf]
"""

import json
import os
import subprocess
import sys
import unicodedata

SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared")
PLACES = ["城关镇", "东城区", "西城区", "南湖乡", "北山镇", "江口乡", "河西区", "新桥镇"]
HEAD = "某某县医疗保障局2023年部门预算"
PROSE = "以上项目绩效目标由项目单位自行设定，经主管部门审核后随部门预算一并公开，接受社会监督。"
DEPT = [
    ["部门名称", "某某县医疗保障局"],
    ["年度预算申请", "资金总额", "1500"],
    ["年度总体目标", "全面落实医疗保障各项政策，确保基金安全运行。"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "参保人数", "≥30万人"],
    ["产出指标", "质量指标", "基本医保参保率", "≥95%"],
    ["满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%"],
]


def seed(stem):
    with open(os.path.join(SHARED, "corpus/seeds", stem + ".txt"), encoding="utf-8") as f:
        text = f.read()
    with open(os.path.join(SHARED, "spec/truth", stem + ".json"), encoding="utf-8") as f:
        truth = json.load(f)
    return text, truth["projects"]


def tab_tables(stem, title_word):
    """Tables of a tab-text seed: the rows after each title line holding `title_word`."""
    text, projects = seed(stem)
    tables, cur = [], None
    for line in text.split("\n"):
        if title_word in line and "\t" not in line:
            cur = []
            tables.append(cur)
        elif cur is not None and "\t" in line and not line.startswith("项目负责人"):
            cur.append(line.split("\t"))
    return list(zip(tables, projects))


def line_tables(stem):
    """Tables of seed 002 (a cell a line, tab-led; rows split by blank lines)."""
    text, projects = seed(stem)
    tables, cur, row = [], None, []
    for line in text.split("\n") + [""]:
        if line.startswith("\t"):
            row.append(line[1:].strip())
            continue
        if row and cur is not None:
            cur.append(row)
        row = []
        if "绩效目标表" in line:
            cur = []
            tables.append(cur)
    # The department/unit line under the title is the table's caption, not a row.
    return [(t[1:], p) for t, p in zip(tables, projects)]


def renamed(rows, old, new):
    return [[c.replace(old, new) for c in r] for r in rows]


def header_row(rows):
    for r in rows:
        if r and r[0].strip() == "一级指标":
            return r
    for r in rows:
        if "一级指标" in r:
            return r
    return None


def build(copies):
    """[(kind, title, rows, expected)] in document order, the department table first."""
    sources = [("L1", "项目支出绩效目标表", t) for t in tab_tables("001_3c5feb4450205158", "项目支出绩效目标表")]
    sources += [("L2", "项目支出绩效目标表", t) for t in line_tables("002_f456bd2ab518867e")]
    side = [("L3", "项目支出绩效目标申报表", t) for t in tab_tables("000_745e885c1d9c7d4d", "绩效目标")]
    out = [("dept", "部门整体支出绩效目标表", DEPT, None)]
    for k in range(copies):
        for kind, title, (rows, p) in sources + side:
            name = PLACES[k % len(PLACES)] + str(k) + p["name"]
            ann = (p.get("funds") or {}).get("annual") or {}
            exp = {"name": name, "annual": ann.get("total"), "indicators": len(p["indicators"]), "kind": kind}
            out.append((kind, title, renamed(rows, p["name"], name), exp))
    return out


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def text_forms(tables):
    """The three text forms: each table's rows as lists of cells, furniture as lines."""
    page = [0]

    def furniture():
        page[0] += 1
        return [("line", f"- {page[0]} -" if page[0] % 2 else f"第{page[0]}页"), ("line", HEAD)]

    items = [("line", HEAD), ("line", "第三部分 部门整体支出绩效目标")]
    n = 0
    for kind, title, rows, _ in tables:
        if kind != "dept" and n == 0:
            items += [("line", "第四部分 项目支出绩效目标"), ("line", PROSE)]
        n += 1
        items += [("line", f"表13-{n}"), ("line", title), ("line", "（2023年度）")]
        hdr = header_row(rows)
        cut = len(rows) * 2 // 3 if kind != "dept" else None
        for i, r in enumerate(rows):
            if i == cut:
                items += furniture()
                # Every other broken table repeats its header row on the new page.
                if n % 2 and hdr and kind != "L3":
                    items.append(("row", hdr))
            items.append(("row", r))
        if n % 3 == 0:
            items.append(("line", PROSE))
        if n % 4 == 0:
            items += furniture()
    tab, lines, space = [], [], []
    for what, x in items:
        if what == "line":
            tab.append(x)
            lines.append(x)
            space.append(x)
            continue
        cells = x
        while cells and not cells[-1].strip():
            cells = cells[:-1]
        tab.append("\t".join(cells))
        lines += [c for c in cells if c.strip()]
        space.append("".join(c + " " * max(2, 24 - width(c)) for c in cells).rstrip())
    return "\n".join(tab) + "\n", "\n".join(lines) + "\n", "\n".join(space) + "\n"


def grid(rows):
    cols = max(len(r) for r in rows)
    return [r + [""] * (cols - len(r)) for r in rows], cols


def page_field(par):
    """"- N -" with N a PAGE field, as a printed document's footer."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    par.add_run("- ")
    run = par.add_run()
    for kind, text in [("begin", None), (None, "PAGE"), ("end", None)]:
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.text = text
        run._r.append(el)
    par.add_run(" -")


def docx_forms(tables, out):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from docx_setup import new_document

    flat = [t for t in tables if t[0] != "L3"]
    doc, sec = new_document({"landscape": True}, 1.5)
    # The running head and page number every page of the PDF prints.
    sec.header.paragraphs[0].text = HEAD
    page_field(sec.footer.paragraphs[0])
    doc.add_paragraph(HEAD)
    for n, (kind, title, rows, _) in enumerate(flat, 1):
        doc.add_paragraph(f"表13-{n}")
        doc.add_paragraph(title)
        g, cols = grid(rows)
        t = doc.add_table(rows=len(g), cols=cols)
        t.style = "Table Grid"
        for i, r in enumerate(g):
            for j, c in enumerate(r):
                t.cell(i, j).text = c
        if n % 3 == 0:
            doc.add_paragraph(PROSE)
    doc.save(os.path.join(out, "long.docx"))

    doc, _ = new_document({"landscape": True}, 1.5)
    doc.add_paragraph(HEAD)
    allrows = []
    for kind, title, rows, _ in flat:
        allrows.append([title])
        allrows += rows
    g, cols = grid(allrows)
    t = doc.add_table(rows=len(g), cols=cols)
    t.style = "Table Grid"
    for i, r in enumerate(g):
        if len(allrows[i]) == 1:
            t.cell(i, 0).merge(t.cell(i, cols - 1)).text = r[0]
            continue
        for j, c in enumerate(r):
            t.cell(i, j).text = c
    doc.save(os.path.join(out, "long_one.docx"))


def xlsx_form(tables, out):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append([HEAD])
    for n, (kind, title, rows, _) in enumerate([t for t in tables if t[0] != "L3"], 1):
        ws.append([])
        ws.append([f"表13-{n}"])
        ws.append([title])
        for r in rows:
            ws.append(r)
    wb.save(os.path.join(out, "long.xlsx"))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = args[0] if args else "/tmp/probe11"
    copies = int(args[1]) if len(args) > 1 else 2
    os.makedirs(out, exist_ok=True)
    tables = build(copies)
    for name, text in zip(["long.tab.txt", "long.lines.txt", "long.space.txt"], text_forms(tables)):
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(text)
    docx_forms(tables, out)
    xlsx_form(tables, out)
    if "--no-pdf" not in sys.argv:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", out, os.path.join(out, "long.docx")],
                       check=True, capture_output=True)
        # One seven-column table (seed 002's) as Word 97: its rows' properties are
        # too many for a page and stand in the Data stream (sprmPHugePapx).
        seven = os.path.join(out, "seven")
        os.makedirs(seven, exist_ok=True)
        docx_forms([t for t in tables if t[0] == "L2"][:1], seven)
        subprocess.run(["soffice", "--headless", "--convert-to", "doc", "--outdir", out, os.path.join(seven, "long.docx")],
                       check=True, capture_output=True)
        os.replace(os.path.join(out, "long.doc"), os.path.join(out, "seven_columns.doc"))
    # The 部门整体 table is the filing's one project without a name (truth real/18).
    dept = {"name": None, "annual": 1500.0, "indicators": len(DEPT) - 4, "kind": "dept"}
    exp = [e or dept for _, _, _, e in tables]
    with open(os.path.join(out, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
    print(f"{len(exp)} projects ({sum(e['kind'] != 'L3' for e in exp)} outside the side-by-side ones) in {out}")


if __name__ == "__main__":
    main()
