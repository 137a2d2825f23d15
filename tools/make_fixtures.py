#!/usr/bin/env python3
"""Make the reader fixtures in tests/fixtures/ from the seed truth.

Each seed filing (../shared/spec/truth/*.json) is rebuilt as one document model —
paragraphs and ruled tables with merged cells, laid out like the original — and
rendered four ways: DOCX (python-docx), XLSX (openpyxl), HTML (written here, with
rowspan/colspan) and PDF (LibreOffice converting the DOCX); extra fixtures cover the
readers' edge cases. Needs python-docx, openpyxl, and for the PDFs soffice
(libreoffice-writer-nogui, -calc-nogui) and fonts-noto-cjk.

    python3 tools/make_fixtures.py [--shared ../shared] [--no-pdf]
"""

import argparse
import datetime
import html
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path

from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.shared import Pt
import openpyxl

from docx_setup import new_document

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures"


# ---------------------------------------------------------------- document model
# A document is a list of blocks: ("p", text) or ("table", rows). A row is a list
# of cells (text, colspan, rowspan); cells covered by a rowspan from above are left
# out of the row, as in HTML. A "\t" in a paragraph lays out two fields on a line.

def C(text="", cs=1, rs=1):
    return (text, cs, rs)


def grid_of(rows):
    """Place HTML-style rows on a grid: [(r, c, text, cs, rs)] and the width."""
    taken = set()
    placed = []
    width = 0
    for r, row in enumerate(rows):
        c = 0
        for text, cs, rs in row:
            while (r, c) in taken:
                c += 1
            placed.append((r, c, text, cs, rs))
            for dr in range(rs):
                for dc in range(cs):
                    taken.add((r + dr, c + dc))
            c += cs
            width = max(width, c)
    return placed, width


def money(x, style):
    if style == "2f":
        return f"{x:.2f}"
    if style == "comma":
        return f"{int(x):,}"
    return str(x)


# ---------------------------------------------------------------- seed layouts

def side_by_side_body(p):
    """Seed 000: 一级 | mid 二级 三级 值 | annual 二级 三级 值, 一级/二级 merged."""
    order = []  # [(l1, [l2...])]
    for ind in p["indicators"]:
        l1, l2 = ind["level1"], ind["level2"]
        for k, (a, l2s) in enumerate(order):
            if a == l1:
                if l2 not in l2s:
                    l2s.append(l2)
                break
        else:
            order.append((l1, [l2]))
    # The template prints every 效益 sub-level, empty ones included.
    for k, (l1, l2s) in enumerate(order):
        if l1 == "效益指标":
            std = ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]
            order[k] = (l1, [x for x in std] + [x for x in l2s if x not in std])
    rows = []
    for l1, l2s in order:
        groups = []
        for l2 in l2s:
            mid = [i for i in p["indicators"] if i["period"] == "midterm" and (i["level1"], i["level2"]) == (l1, l2)]
            ann = [i for i in p["indicators"] if i["period"] == "annual" and (i["level1"], i["level2"]) == (l1, l2)]
            groups.append((l2, mid, ann, max(len(mid), len(ann), 1)))
        total = sum(g[3] for g in groups)
        first_l1 = True
        for l2, mid, ann, n in groups:
            for i in range(n):
                row = []
                if first_l1:
                    row.append(C(l1, rs=total))
                    first_l1 = False
                m = mid[i] if i < len(mid) else None
                a = ann[i] if i < len(ann) else None
                if i == 0:
                    row.append(C(l2, rs=n))
                row += [C(m["name"] if m else ""), C(m["value"] if m else "")]
                if i == 0:
                    row.append(C(l2, rs=n))
                row += [C(a["name"] if a else ""), C(a["value"] if a else "")]
                rows.append(row)
    return rows


def seed_000(t):
    blocks = []
    for k, p in enumerate(t["projects"]):
        if k == 0:
            blocks += [("p", "表十四、2023年项目支出绩效目标表"), ("p", "（2023 年度）"),
                       ("p", "项目负责人（签字）：\t单位（盖章）：")]
        else:
            blocks += [("p", "项目支出绩效目标申报表"), ("p", "(2023 年度)"),
                       ("p", "项目负责人(签字):\t单位(盖章):")]
        f = p["funds"]
        dept = f"[{p['department_code']}]{p['department']}"
        rows = [
            [C("项目名称", 2), C(p["name"], 6)],
            [C("主管部门及代码", 2), C(dept, 3), C("实施单位"), C(p["implementing_unit"], 2)],
            [C("项目属性", 2), C(p["attribute"], 3), C("项目期"), C(f"{p['period_years']}年", 2)],
            [C("项目资金 (万元)", 2, 3), C("中期资金总额：", 2), C(money(f["midterm"]["total"], "2f")),
             C("年度资金总额：", 2), C(money(f["annual"]["total"], "2f"))],
            [C("其中：财政拨款", 2), C(money(f["midterm"]["fiscal"], "2f")), C("其中：财政拨款", 2),
             C(money(f["annual"]["fiscal"], "2f"))],
            [C("其他资金", 2), C(money(f["midterm"]["other"], "2f")), C("其他资金", 2),
             C(money(f["annual"]["other"], "2f"))],
            [C("总体目标", 1, 2), C("中期目标（2022年—2024年）", 4), C("年度目标", 3)],
            [C(p["goals"]["midterm"] or "", 4), C(p["goals"]["annual"] or "", 3)],
        ]
        body = side_by_side_body(p)
        rows.append([C("绩效指标", 1, 1 + len(body)), C("一级指标"), C("二级指标"), C("三级指标"), C("指标值"),
                     C("二级指标"), C("三级指标"), C("指标值")])
        rows += body
        blocks.append(("table", rows))
        blocks.append(("p", "项目负责人：" if k == 0 else "项目负责人:"))
    return blocks, {"landscape": True}


def merged_l1_body(p, cols, l2_merged):
    """Single-period indicator rows; 一级 merged down its rows (and 二级 if asked)."""
    inds = p["indicators"]
    rows = []
    i = 0
    while i < len(inds):
        j = i
        while j < len(inds) and inds[j]["level1"] == inds[i]["level1"]:
            j += 1
        k = i
        while k < j:
            m = k
            while l2_merged and m < j and inds[m]["level2"] == inds[k]["level2"]:
                m += 1
            m = max(m, k + 1)
            for n in range(k, m):
                row = []
                if n == i:
                    row.append(C(inds[i]["level1"], rs=j - i))
                if n == k:
                    row.append(C(inds[k]["level2"], rs=m - k))
                row += [C(x) for x in cols(inds[n])]
                rows.append(row)
            k = m
        i = j
    return rows


def seed_001(t):
    blocks = []
    for p in t["projects"]:
        a = p["funds"]["annual"]
        blocks += [("p", "项目支出绩效目标表"), ("p", "(2,023年度)")]
        rows = [
            [C("项目名称"), C(p["name"], 3)],
            [C("主管部门及代码"), C(f"{p['department_code']}-{p['department']}"), C("实施单位"),
             C(p["implementing_unit"])],
            [C("项目资金 (万元)", 1, 4), C("年度资金总额"), C(money(a["total"], "comma"), 2)],
            [C("其中：财政拨款"), C(money(a["fiscal"], "comma"), 2)],
            [C("其他资金"), C(money(a["other"], "comma"), 2)],
            [C("上年结转"), C(money(a["carryover"], "comma"), 2)],
            [C("年度绩效目标", 4)],
            [C(p["goals"]["annual"], 4)],
            [C("一级指标"), C("二级指标"), C("三级指标"), C("指标值")],
        ]
        rows += merged_l1_body(p, lambda i: [i["name"], i["value"]], True)
        blocks.append(("table", rows))
    return blocks, {}


def budget_block(p, unit_total_style, spend_plan):
    a = p["funds"]["annual"]
    rows = []
    if p.get("code"):
        rows.append([C("项目编码"), C(p["code"], 2), C("项目名称"), C(p["name"], 3)])
    else:
        rows.append([C("项目名称"), C(p["name"], 6)])
    rows.append([C("预算规模及资金用途", 1, 2), C("预算数"), C(money(a["total"], "2f")), C("其中：财政资金"),
                 C(money(a["fiscal"], "2f")), C("其他资金"), C("")])
    rows.append([C(p["purpose"], 6)])
    if spend_plan:
        rows.append([C("资金支出计划（%）", 1, 2)] + [C(s["by"]) for s in spend_plan[:3]] + [C(spend_plan[3]["by"], 3)])
        rows.append([C(f"{s['pct']}%") for s in spend_plan[:3]] + [C(f"{spend_plan[3]['pct']}%", 3)])
    rows.append([C("绩效目标"), C(p["goals"]["annual"], 6)])
    return rows


def seed_002(t):
    blocks = []
    for p in t["projects"]:
        blocks += [("p", p["heading"]), ("p", f"{p['department_code']}{p['department']}\t单位：{p['money_unit']}")]
        rows = budget_block(p, "2f", None)
        rows.append([C("一级指标"), C("二级指标"), C("三级指标"), C("绩效指标描述"), C("指标值", 3)])
        body = merged_l1_body(p, lambda i: [i["name"], i["description"], i["value"]], False)
        rows += [r[:-1] + [C(r[-1][0], 3)] for r in body]
        blocks.append(("table", rows))
    return blocks, {}


def seed_004(t):
    blocks = [("p", "第一部分"), ("p", "部门整体绩效目标")]
    # Body text with the customary two-character first-line indent (首行缩进).
    blocks += [("pi", line) for line in t["department_goals"].split("\n")]
    blocks += [("p", "第二部分"), ("p", "预算项目绩效目标")]
    for n, p in enumerate(t["projects"]):
        blocks += [("p", p["heading"]), ("p", f"{p['department_code']}{p['department']}\t单位：{p['money_unit']}")]
        rows = budget_block(p, "2f", p["spend_plan"])
        rows.append([C("一级指标"), C("二级指标"), C("三级指标"), C("绩效指标描述"), C("指标值"), C("指标值确定依据", 2)])
        body = merged_l1_body(p, lambda i: [i["name"], i["description"], i["value"], i["basis"]], False)
        body = [r[:-1] + [C(r[-1][0], 2)] for r in body]
        if not p["complete"]:
            # The filing is cut off here: a last row with only the 二级 label, under the
            # 一级 cell of the rows above.
            body.append([C(""), C("质量指标"), C(""), C(""), C(""), C("", 2)])
        rows += body
        blocks.append(("table", rows))
    return blocks, {}


SEEDS = {"000": seed_000, "001": seed_001, "002": seed_002, "004": seed_004}


def extra_vmerge8():
    """一级 产出指标 merged over 8 rows."""
    names = ["参保人数", "慢性病评审次数", "飞检次数", "审核人次", "资金发放率", "结算准确率", "项目完成时间", "费用拨付率"]
    l2 = ["数量指标"] * 4 + ["质量指标"] * 2 + ["时效指标", "成本指标"]
    vals = ["≥31万人", "12次/年", "≥2次", "≥2400人次", "≥95%", "100%", "2024年12月", "≥95%"]
    rows = [[C("项目名称"), C("医保专项业务费", 3)],
            [C("一级指标"), C("二级指标"), C("三级指标"), C("指标值")]]
    for k in range(8):
        rows.append(([C("产出指标", 1, 8)] if k == 0 else []) + [C(l2[k]), C(names[k]), C(vals[k])])
    rows.append([C("效益指标"), C("社会效益指标"), C("群众满意度"), C("≥95%")])
    return [("p", "项目支出绩效目标表"), ("p", "（2024年度）"), ("table", rows)], {}


# ---------------------------------------------------------------- renderers

def docx_table(doc, rows):
    placed, width = grid_of(rows)
    height = max(r + rs for r, _, _, _, rs in placed)
    table = doc.add_table(rows=height, cols=width)
    table.style = "Table Grid"
    for tr in table.rows:
        # Keep a row on one page, so a PDF made from it has whole cells.
        trPr = tr._tr.get_or_add_trPr()
        trPr.append(OxmlElement("w:cantSplit"))
    for r, c, text, cs, rs in placed:
        cell = table.cell(r, c)
        if cs > 1 or rs > 1:
            cell = cell.merge(table.cell(r + rs - 1, c + cs - 1))
        lines = str(text).split("\n")
        cell.paragraphs[0].text = lines[0]
        for extra in cell.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
        for line in lines[1:]:
            cell.add_paragraph(line)


def render_docx(blocks, opts, path):
    doc, sec = new_document(opts, 1.8)
    for kind, body in blocks:
        if kind in ("p", "pi"):
            para = doc.add_paragraph(body)
            if "\t" in body:
                # The second field sits at a right-aligned tab stop on the margin
                # ("单位：万元" flush right), as these filings are typeset.
                width = sec.page_width - sec.left_margin - sec.right_margin
                para.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
            if kind == "pi":
                para.paragraph_format.first_line_indent = Pt(20)
        else:
            docx_table(doc, body)
            doc.add_paragraph("")
    doc.save(path)


def render_html(blocks, opts, path, charset="utf-8", nested=False):
    out = ["<!DOCTYPE html>", "<html><head>"]
    if charset == "utf-8":
        out.append('<meta charset="utf-8">')
    else:
        out.append(f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">')
    out.append("<title>项目支出绩效目标表</title><style>td{border:1px solid #000}</style></head><body>")
    if nested:
        # A page-layout table around the content, as many CMS pages have.
        out.append('<table width="100%"><tr><td class="nav">首页 &gt; 信息公开</td></tr><tr><td>')
    for kind, body in blocks:
        if kind in ("p", "pi"):
            # Two fields on a line (unit code and name, 单位：元) are two paragraphs,
            # the second right-aligned, as CMS editors lay them out.
            for k, part in enumerate(body.split("\t")):
                tag = "h3" if part.endswith("表") else "p"
                align = ' align="right"' if k else ""
                out.append(f"<{tag}{align}>{html.escape(part)}</{tag}>")
        else:
            out.append('<table border="1" cellspacing="0">')
            for row in body:
                out.append("<tr>" + "".join(
                    "<td{}{}>{}</td>".format(f' colspan="{cs}"' if cs > 1 else "", f' rowspan="{rs}"' if rs > 1 else "",
                                            "<br>".join(html.escape(x) for x in str(text).split("\n")))
                    for text, cs, rs in row) + "</tr>")
            out.append("</table>")
    if nested:
        out.append("</td></tr></table>")
    out.append("</body></html>")
    data = "\n".join(out)
    Path(path).write_bytes(data.encode("gbk" if charset != "utf-8" else "utf-8"))


PCT = re.compile(r"^(\d+(?:\.\d+)?)%$")
NUM2F = re.compile(r"^\d+\.\d\d$")
COMMA = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+$")
YM = re.compile(r"^(\d{4})年(\d{1,2})月$")


def typed(ws, r, c, text):
    """Write a cell the way a budget workbook stores it: numbers, percentages and
    dates typed, with a number format that prints them as the document does."""
    cell = ws.cell(row=r, column=c)
    s = str(text)
    if m := PCT.match(s):
        cell.value = float(m.group(1)) / 100
        cell.number_format = "0%"
    elif NUM2F.match(s):
        cell.value = float(s)
        cell.number_format = "0.00"
    elif COMMA.match(s):
        cell.value = int(s.replace(",", ""))
        cell.number_format = "#,##0"
    elif m := YM.match(s):
        cell.value = datetime.datetime(int(m.group(1)), int(m.group(2)), 1)
        cell.number_format = 'yyyy"年"m"月"'
    else:
        cell.value = s if s else None
        if s.startswith("="):
            cell.data_type = "s"  # "=100%" is printed text, not a formula


def render_xlsx(blocks, opts, path, before=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    if before:
        ws.title = before
        ws.append(["2024年部门收支总表"])
        ws.append(["收入", "金额", "支出", "金额"])
        ws.append(["一般公共预算拨款", 1234.5, "社会保障和就业支出", 1234.5])
        ws = wb.create_sheet()
    ws.title = "部门项目支出绩效目标05-2"
    r = 1
    for kind, body in blocks:
        if kind in ("p", "pi"):
            parts = body.split("\t")
            ws.cell(row=r, column=1, value=parts[0])
            if len(parts) > 1:
                ws.cell(row=r, column=5, value=parts[1])
            r += 1
        else:
            placed, width = grid_of(body)
            for dr, c, text, cs, rs in placed:
                typed(ws, r + dr, c + 1, text)
                if cs > 1 or rs > 1:
                    ws.merge_cells(start_row=r + dr, start_column=c + 1, end_row=r + dr + rs - 1, end_column=c + cs)
            r += max(dr + rs for dr, _, _, _, rs in placed) + 1
    wb.save(path)


def soffice(src, dst, to):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "--convert-to", to, "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=300)
        shutil.move(Path(tmp) / (Path(src).stem + "." + to), dst)


def soffice_pdf(docx_path, pdf_path):
    soffice(docx_path, pdf_path, "pdf")


def scanned_pdf(path):
    """One A4 page that is only an image (grey noise standing in for a scan)."""
    w, h = 200, 280
    pixels = bytes((x * 7 + y * 13) % 256 for y in range(h) for x in range(w))
    img = zlib.compress(pixels)
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(img)) + img + b"\nendstream",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    Path(path).write_bytes(bytes(out))


def zip_bomb(path, inflated=8 * 1024 * 1024):
    """A DOCX whose document.xml inflates to `inflated` bytes (tests lower the cap)."""
    body = b"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
    tail = b"</w:body></w:document>"
    pad = b" " * (inflated - len(body) - len(tail))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", body + pad + tail)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--no-pdf", action="store_true")
    args = ap.parse_args()
    truth_dir = Path(args.shared) / "spec" / "truth"
    for sub in ["docx", "xlsx", "html", "pdf", "extra"]:
        (OUT / sub).mkdir(parents=True, exist_ok=True)
    for f in sorted(truth_dir.glob("*.json")):
        stem = f.stem
        t = json.loads(f.read_text())
        blocks, opts = SEEDS[stem[:3]](t)
        render_docx(blocks, opts, OUT / "docx" / f"{stem}.docx")
        render_xlsx(blocks, opts, OUT / "xlsx" / f"{stem}.xlsx")
        render_html(blocks, opts, OUT / "html" / f"{stem}.html", nested=stem.startswith("002"))
        if not args.no_pdf:
            soffice_pdf(OUT / "docx" / f"{stem}.docx", OUT / "pdf" / f"{stem}.pdf")
        if stem.startswith("001"):
            render_html(blocks, opts, OUT / "extra" / "gbk_001.html", charset="gb2312")
            render_xlsx(blocks, opts, OUT / "extra" / "other_sheet_first_001.xlsx", before="收支总表")
            if not args.no_pdf:
                # Excel 97-2003, as LibreOffice Calc saves it.
                soffice(OUT / "xlsx" / f"{stem}.xlsx", OUT / "extra" / f"{stem}.xls", "xls")
    blocks, opts = extra_vmerge8()
    render_docx(blocks, opts, OUT / "extra" / "vmerge8.docx")
    render_html(blocks, opts, OUT / "extra" / "vmerge8.html")
    render_xlsx(blocks, opts, OUT / "extra" / "vmerge8.xlsx")
    if not args.no_pdf:
        soffice_pdf(OUT / "extra" / "vmerge8.docx", OUT / "extra" / "vmerge8.pdf")
    scanned_pdf(OUT / "extra" / "scanned.pdf")
    zip_bomb(OUT / "extra" / "bomb.docx")
    for p in sorted(OUT.rglob("*.*")):
        print(f"{p.relative_to(ROOT)}\t{p.stat().st_size}")


if __name__ == "__main__":
    main()
