#!/usr/bin/env python3
"""Make the round-10 probe fixtures in tests/fixtures/probe10/ (tests/readers_probe10.rs).

Real excerpts (corpus/real 05, 08, 24; truth in spec/truth/real/) written as the office
and web files local governments actually post, rather than as flattened text:

  cms.html        a 湘潭 CMS article page (05): site navigation, breadcrumbs, the table
                  inside <div class="TRS_Editor">, a title row (one colspan cell) and a
                  "单位：万元" row, Word's MsoNormal markup, a
                  <![if !supportMisalignedColumns]> row of empty width=0 cells, footer
                  "打印本页 关闭窗口"
  word.html       the 岳阳 filing (08) saved from Word as a web page (gb2312): cells of
                  several <p>, "经济效益<br>指标", &nbsp;, <o:p>, a display:none cell,
                  conditional comments, the 指标 header over two rows (rowspan/colspan)
  stacked.xlsx    05 and 08 stacked on one sheet with blank rows between them, as a WPS
                  export: amounts as numbers in #,##0.00, 100% stored as 1 in a 0% format
  per_sheet.xlsx  the 乌海 filing (24) as a finance-system export, one project per sheet
                  with the project named only by the sheet, the header over two merged
                  rows, dates as Excel serials in a date format, a hidden 分值 column
  two_sheets.xlsx two such sheets, each project named only by its tab; two_sheets.xls
                  the same converted by LibreOffice (soffice), when it is installed;
                  untitled_sheets.xlsx the two sheets with no title row;
                  split_project.xlsx one project's fields on one sheet, its matrix on the next
  headings.docx   05 and 08 as one Word file: each table preceded by a paragraph
                  "项目名称：…" outside it, the indicator table split across a page
                  with its header row repeated (w:tblHeader), cells of several
                  paragraphs, "854.00万元" in the 年度资金总额 cell

Needs: pip install openpyxl python-docx.   python3 tools/make_probe10_fixtures.py
"""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import openpyxl
from docx.oxml import OxmlElement
from openpyxl.styles import Alignment

sys.path.insert(0, str(Path(__file__).resolve().parent))
from zip_parts import saved_parts, write_zip  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "probe10"

# ---------------------------------------------------------------- the filings

XT_NAME = "雾炮车降尘抑尘服务"
XT_DEPT = "湘潭市环境卫生管理处"
XT_GOAL = "通过采购雾炮车降尘抑尘服务,服务周期2023.07-2024.01,全市空气质量达到优良"
XT = [  # (一级, 二级, 三级, 指标值, 绩效标准); empty 三级 = a placeholder row
    ("产出指标", "数量指标", "雾炮车降尘抑尘服务配备车辆数", "10辆", "计划标准"),
    ("产出指标", "数量指标", "雾炮车风炮射程", "≥80M", "计划标准"),
    ("产出指标", "质量指标", "服务周期内空气质量", "优良", "计划标准"),
    ("产出指标", "时效指标", "服务周期", "2023.07-2024.01", "计划标准"),
    ("产出指标", "成本指标", "控制在预算成本内", "250万", "计划标准"),
    ("效益指标", "经济效益指标", "", "", ""),
    ("效益指标", "社会效益指标", "服务周期内,市民对空气质量改善的满意程度", "≥85%", "计划标准"),
    ("效益指标", "生态效益指标", "", "", ""),
    ("效益指标", "可持续影响指标", "", "", ""),
    ("效益指标", "社会公众或服务对象满意度指标", "市民满意度", "≥90%", "计划标准"),
]

YY_NAME = "岳阳县2022年高标准农田建设项目"
YY_DEPT = "岳阳县农业农村局"
YY_UNIT = "农田建设服务中心"
YY_FUND = "854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)"
YY = [
    ("产出指标", "数量指标", "脱贫村村内道路硬化里程", "≥100公里"),
    ("产出指标", "数量指标", "脱贫户供水设施数量", "≥20座"),
    ("产出指标", "质量指标", "项目(工程)验收合格率", "100%"),
    ("产出指标", "时效指标", "项目(工程)完成及时率", "≥100%"),
    ("产出指标", "成本指标", "财政资金补助", "1600元/亩"),
    ("效益指标", "经济效益指标", "年增粮食", "3500公斤"),
    ("效益指标", "社会效益指标", "受益脱贫(监测)人口数", "≥500人"),
    ("效益指标", "社会效益指标", "解决脱贫(监测)饮水安全问题人数", "≥1000人"),
    ("效益指标", "生态效益指标", "新增和改善灌溉达标面积", "≥500亩"),
    ("效益指标", "生态效益指标", "新增和改善排水达标面积", "≥200亩"),
    ("效益指标", "可持续影响指标", "工程设计使用年限", "≥20年"),
    ("满意度指标", "服务对象满意度指标", "受益脱贫(监测)户满意度", "≥95%"),
]

WH_NAME = "再生资源回收市场管理经费"
WH_DEPT = "(433)乌海市供销合作社联合社(部门)"
WH = [  # (一级, 二级, 三级, 指标方向, 计算符号, 目标值, 计量单位, 分值); a date target is an int serial
    ("产出指标", "数量指标", "出差人数", "正向", "=", 8, "", 4),
    ("产出指标", "数量指标", "出差人次", "正向", "=", 24, "人/次", 4),
    ("产出指标", "质量指标", "工作任务完成率", "正向", "=", 100, "%", 4),
    ("产出指标", "时效指标", "项目财政资金到位时间", "正向", "=", 44561, "", 10),
    ("产出指标", "时效指标", "财政资金到位及时支付率", "正向", "=", 100, "%", 4),
    ("产出指标", "成本指标", "年度预算总成本", "反向", "=", 3, "万元", 4),
]


def spans(rows, key):
    """For each row, how many rows its key(row) spans from there (0 when covered)."""
    out = []
    for k, r in enumerate(rows):
        if k and key(rows[k - 1]) == key(r):
            out.append(0)
            continue
        n = 1
        while k + n < len(rows) and key(rows[k + n]) == key(r):
            n += 1
        out.append(n)
    return out


# ---------------------------------------------------------------- HTML

def mso_p(text):
    return (f"<p class=MsoNormal align=center style='text-align:center;mso-pagination:widow-orphan'>"
            f"<span style='font-size:10.0pt;font-family:宋体;mso-bidi-font-family:宋体'>{text}<o:p></o:p></span></p>")


def mso_td(text, attrs=""):
    body = "".join(mso_p(t) for t in text) if isinstance(text, list) else mso_p(text or "&nbsp;")
    return (f"<td width=96 {attrs} style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;"
            f"padding:0cm 5.4pt 0cm 5.4pt'>{body}</td>")


def html_cms():
    r1, r2 = spans(XT, lambda r: r[0]), spans(XT, lambda r: r[:2])
    rows = [
        "<tr style='height:30.0pt'>" + mso_td(f"<b>2023年项目支出绩效目标申报表</b>", "colspan=6") + "</tr>",
        "<tr>" + mso_td("填报单位:(盖章)", "colspan=3 style='border:none'") + mso_td("单位:万元", "colspan=3") + "</tr>",
        "<tr>" + mso_td("项目支出名称") + mso_td(XT_NAME, "colspan=2") + mso_td("预算部门") + mso_td(XT_DEPT, "colspan=2") + "</tr>",
        "<tr>" + mso_td(["年度本级", "预算金额"]) + mso_td("250万", "colspan=2") + mso_td("该项目支出上级资金") + mso_td("0", "colspan=2") + "</tr>",
        "<tr>" + mso_td("项目支出实施期") + mso_td("2023.07-2024.01", "colspan=5") + "</tr>",
        "<tr>" + mso_td("实施期绩效目标") + mso_td(XT_GOAL, "colspan=5") + "</tr>",
        "<tr>" + mso_td("本年度绩效目标") + mso_td(XT_GOAL, "colspan=5") + "</tr>",
        f"<tr>" + mso_td(["本年度", "绩效指标"], f"rowspan={len(XT) + 1}")
        + "".join(mso_td(h) for h in ["一级指标", "二级指标", "三级指标", "指标值及单位", "绩效标准"]) + "</tr>",
    ]
    for k, (l1, l2, l3, v, b) in enumerate(XT):
        cells = ""
        if r1[k]:
            cells += mso_td(l1, f"rowspan={r1[k]}")
        if r2[k]:
            cells += mso_td(l2, f"rowspan={r2[k]}")
        rows.append("<tr>" + cells + mso_td(l3) + mso_td(v) + mso_td(b) + "</tr>")
    rows.append("<tr>" + mso_td("财政部门审核意见") + mso_td("", "colspan=5") + "</tr>")
    rows.append("<![if !supportMisalignedColumns]><tr height=0>" + "<td width=96 style='border:none'></td>" * 6
                + "</tr><![endif]>")
    table = ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=576 "
             "style='width:432.0pt;border-collapse:collapse;mso-yfti-tbllook:1184'>\n" + "\n".join(rows) + "\n</table>")
    nav = "".join(f"<li><a href='/{k}/'>{t}</a></li>" for k, t in enumerate(
        ["首页", "机构概况", "政务公开", "政策法规", "办事服务", "互动交流"]))
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{XT_DEPT}2023年雾炮车降尘抑尘服务项目支出绩效目标申报表_湘潭市城市管理和综合执法局</title>
<script>var _hmt = _hmt || []; (function(){{ var hm = document.createElement("script"); }})();</script>
<link rel="stylesheet" href="/css/style.css"></head>
<body>
<div class="header"><div class="logo">湘潭市城市管理和综合执法局</div><ul class="nav">{nav}</ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/15068/">政务公开</a> &gt; <a href="/15068/15075/">财政资金</a></div>
<div class="article">
<h1 class="title">{XT_DEPT}2023年雾炮车降尘抑尘服务项目支出绩效目标申报表</h1>
<div class="info">来源：湘潭市城市管理和综合执法局 发布时间：2023-10-13 19:49 字号：<a>大</a> <a>中</a> <a>小</a></div>
<div id="zoom"><div class="TRS_Editor"><style type="text/css">.TRS_Editor P{{line-height:2;font-size:12pt;}}</style>
<div align=center>
{table}
</div>
<p class=MsoNormal><span>填表人: 宋云花 联系电话:16607326331 填报日期: 单位负责人签字:</span></p>
</div></div>
<div class="print"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="footer"><p>主办：湘潭市城市管理和综合执法局 承办：湘潭市城市管理和综合执法局办公室</p>
<p>网站标识码：4303000017 湘ICP备05003262号 湘公网安备 43030202000123号</p></div>
</body></html>
"""
    (OUT / "cms.html").write_text(page, encoding="utf-8")


def html_word():
    r1, r2 = spans(YY, lambda r: r[0]), spans(YY, lambda r: r[:2])
    split2 = lambda l2: [l2[:-2], l2[-2:]] if l2.endswith("效益指标") or l2 == "可持续影响指标" else l2
    rows = [
        "<tr>" + mso_td("项目名称") + mso_td(YY_NAME, "colspan=2") + mso_td("项目负责人及电话") + mso_td("彭兵") + "</tr>",
        "<tr>" + mso_td("主管部门") + mso_td(YY_DEPT, "colspan=2") + mso_td("实施单位") + mso_td(YY_UNIT) + "</tr>",
        "<tr>" + mso_td(["资金情况", "(万元)"], "rowspan=3") + mso_td("年度资金总额:", "colspan=2")
        + mso_td(YY_FUND, "colspan=2") + "</tr>",
        "<tr>" + mso_td("其中:财政拨款", "colspan=2") + mso_td(YY_FUND, "colspan=2")
        + "<td style='display:none'>854</td></tr>",
        "<tr>" + mso_td("其他资金", "colspan=2") + mso_td("&nbsp;", "colspan=2") + "</tr>",
        "<tr>" + mso_td("总体目标") + mso_td("年度目标", "colspan=4") + "</tr>",
        "<tr>" + mso_td("") + mso_td("完成项目主体工程70%", "colspan=4") + "</tr>",
        "<tr>" + mso_td("绩效指标", f"rowspan={len(YY) + 2}") + mso_td("一级指标", "rowspan=2")
        + mso_td("二级指标", "rowspan=2") + mso_td("三级指标", "rowspan=2") + mso_td("指标值") + "</tr>",
        "<tr>" + mso_td("(包含数字及文字描述)") + "</tr>",
    ]
    for k, (l1, l2, l3, v) in enumerate(YY):
        cells = ""
        if r1[k]:
            cells += mso_td(l1, f"rowspan={r1[k]}")
        if r2[k]:
            two = split2(l2)
            cells += mso_td(two if isinstance(two, str) else "<br>".join(two), f"rowspan={r2[k]}")
        rows.append("<tr>" + cells + mso_td(l3) + mso_td(v.replace("≥", "&ge;")) + "</tr>")
    table = ("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
             "border:none;mso-border-alt:solid windowtext .5pt;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n"
             + "\n".join(rows) + "\n<![if !supportMisalignedColumns]><tr height=0>"
             + "<td width=96 style='border:none'></td>" * 5 + "</tr><![endif]>\n</table>")
    page = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
            "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">\n<meta name=ProgId content=Word.Document>\n"
            "<meta name=Generator content=\"Microsoft Word 15\">\n<title>乡村振兴衔接资金绩效目标申报表</title>\n"
            "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->\n"
            "<style>\n<!--\n p.MsoNormal {margin:0cm;text-align:justify;font-size:10.5pt;}\n@page WordSection1 {size:595.3pt 841.9pt;}\n-->\n</style>\n"
            "<!--[if gte mso 10]><style>table.MsoNormalTable {mso-style-name:普通表格;}</style><![endif]-->\n"
            "</head>\n<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\n<div class=WordSection1 style='layout-grid:15.6pt'>\n"
            + "<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt'>绩效目标申报表(基础设施建设类)<o:p></o:p></span></b></p>\n"
            + "<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US>(2022</span>年度<span lang=EN-US>)<o:p></o:p></span></p>\n"
            + table
            + "\n<p class=MsoNormal><span>注:各地请根据实际情况,从上述绩效指标中选择适合的填报。</span></p>\n"
              "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n</div>\n</body>\n</html>\n")
    (OUT / "word.html").write_bytes(page.encode("gbk"))


# ---------------------------------------------------------------- XLSX





def put_value(cell, v):
    """A value as a finance export types it: "100%" as the number 1 in a 0% format."""
    if m := re.fullmatch(r"(\d+)%", v):
        cell.value = int(m.group(1)) / 100
        cell.number_format = "0%"
    else:
        cell.value = v


def sheet_block(ws, top, title, head, indicators):
    """One project at row `top`: a merged title, label/value rows, the 一级/二级/三级 matrix."""
    ws.cell(row=top, column=1).value = title
    ws.merge_cells(start_row=top, start_column=1, end_row=top, end_column=5)
    ws.cell(row=top, column=1).alignment = Alignment(horizontal="center")
    r = top + 1
    for cells in head:
        for k, v in enumerate(cells):
            if v is None:
                continue
            c = ws.cell(row=r, column=1 + k)
            if isinstance(v, float):
                c.value, c.number_format = v, "#,##0.00"
            else:
                c.value = v
        r += 1
    for k, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"]):
        ws.cell(row=r, column=1 + k).value = h
    r += 1
    starts = spans(indicators, lambda x: x[0])
    for k, ind in enumerate(indicators):
        l1, l2, l3, v = ind[:4]
        if starts[k]:
            ws.cell(row=r, column=1).value = l1
            if starts[k] > 1:
                ws.merge_cells(start_row=r, start_column=1, end_row=r + starts[k] - 1, end_column=1)
        ws.cell(row=r, column=2).value, ws.cell(row=r, column=3).value = l2, l3 or None
        put_value(ws.cell(row=r, column=4), v)
        r += 1
    return r


def xlsx_stacked():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    end = sheet_block(ws, 1, "2023年项目支出绩效目标申报表", [
        ("项目支出名称", XT_NAME, "预算部门", XT_DEPT),
        (None, None, None, "单位:万元"),
        ("年度资金总额", 250.0, "其中:财政拨款", 250.0),
        ("本年度绩效目标", XT_GOAL),
    ], [x for x in XT if x[2]])
    # Two blank rows, then the next project.
    sheet_block(ws, end + 2, "绩效目标申报表(基础设施建设类)", [
        ("项目名称", YY_NAME, "项目负责人及电话", "彭兵"),
        ("主管部门", YY_DEPT, "实施单位", YY_UNIT),
        ("资金情况(万元)", "年度资金总额", 854.0),
        (None, "其中:财政拨款", 854.0),
        ("年度目标", "完成项目主体工程70%"),
    ], YY)
    write_zip(OUT / "stacked.xlsx", saved_parts(wb))


def xlsx_per_sheet():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = WH_NAME
    ws["A1"] = "项目支出绩效目标表"
    ws.merge_cells("A1:H1")
    ws["A2"], ws["B2"], ws["D2"], ws["E2"] = "主管部门", WH_DEPT, "实施单位", "(433001)乌海市供销合作社联合社"
    ws["A3"], ws["B3"], ws["D3"] = "资金总额(万元)", 3, "其中:财政拨款数"
    ws["E3"] = 3
    ws["A4"], ws["B4"] = "年度目标", "目标1:聘用人员1人,出差8人 目标2:聘用人员在岗率100%"
    # The header over two rows: 一级/二级/三级/指标方向 merged down, 目标值 over 计算符号|目标值|计量单位.
    for col, h in zip("ABCD", ["一级指标", "二级指标", "三级指标", "指标方向"]):
        ws[f"{col}5"] = h
        ws.merge_cells(f"{col}5:{col}6")
    ws["E5"] = "目标值"
    ws.merge_cells("E5:G5")
    ws["E6"], ws["F6"], ws["G6"] = "计算符号", "目标值", "计量单位"
    ws["H5"] = "分值"
    ws.merge_cells("H5:H6")
    for k, (l1, l2, l3, d, op, v, u, score) in enumerate(WH):
        r = 7 + k
        for col, x in zip("ABCDEFGH", [l1, l2, l3, d, op, v, u or None, score]):
            ws[f"{col}{r}"] = x
        if v == 44561:
            ws[f"F{r}"].number_format = "yyyy/m/d"
    ws.column_dimensions["H"].hidden = True
    write_zip(OUT / "per_sheet.xlsx", saved_parts(wb))
    # Two projects, one per sheet, each named only by its tab; and the same saved as
    # .xls, as older finance systems post it.
    second = wb.copy_worksheet(ws)
    second.title = "出差管理经费"
    write_zip(OUT / "two_sheets.xlsx", saved_parts(wb))
    # The same with no title row on either sheet: nothing in the cells says where one
    # project ends and the next begins.
    for sheet in wb.worksheets:
        sheet.unmerge_cells("A1:H1")
        sheet["A1"] = None
    write_zip(OUT / "untitled_sheets.xlsx", saved_parts(wb))
    # One project over two sheets: its fields on the first, its matrix on the second.
    wb = openpyxl.Workbook()
    info = wb.active
    info.title = "基本信息"
    for r, (k, v) in enumerate([("项目名称", YY_NAME), ("主管部门", YY_DEPT), ("年度资金总额(万元)", 854.0)], 1):
        info.cell(row=r, column=1).value, info.cell(row=r, column=2).value = k, v
    ws = wb.create_sheet("绩效指标")
    for k, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"], 1):
        ws.cell(row=1, column=k).value = h
    for r, row in enumerate(YY, 2):
        for k, v in enumerate(row, 1):
            ws.cell(row=r, column=k).value = v
    write_zip(OUT / "split_project.xlsx", saved_parts(wb))
    soffice = shutil.which("soffice")
    if soffice:
        subprocess.run([soffice, "--headless", "--convert-to", "xls", "--outdir", str(OUT), str(OUT / "two_sheets.xlsx")],
                       check=True, capture_output=True)


# ---------------------------------------------------------------- DOCX

def repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    tr_pr.append(el)


def fill(cell, text):
    """A cell's text; a list is one paragraph each."""
    parts = text if isinstance(text, list) else [text]
    cell.text = parts[0]
    for t in parts[1:]:
        cell.add_paragraph(t)


def docx_table(doc, rows, cols):
    t = doc.add_table(rows=0, cols=cols)
    t.style = "Table Grid"
    for cells in rows:
        row = t.add_row()
        k = 0
        for text, span in cells:
            c = row.cells[k]
            if span > 1:
                c = c.merge(row.cells[k + span - 1])
            fill(c, text)
            k += span
    return t


def matrix(doc, indicators, header_repeat):
    head = [("一级指标", 1), ("二级指标", 1), ("三级指标", 1), (["指标值", "(含单位)"], 1)]
    rows = [head] + [[(l1, 1), (l2, 1), (l3, 1), (v, 1)] for l1, l2, l3, v in indicators]
    t = docx_table(doc, rows, 4)
    if header_repeat:
        repeat_header(t.rows[0])
    return t


def docx_headings():
    doc = docx.Document()
    doc.add_paragraph("2023年项目支出绩效目标申报表").alignment = 1
    doc.add_paragraph(f"项目名称：{XT_NAME}")
    docx_table(doc, [
        [("预算部门", 1), (XT_DEPT, 3)],
        [(["年度本级", "预算金额(万元)"], 1), ("250.00万元", 1), ("该项目支出上级资金", 1), ("0", 1)],
        [("本年度绩效目标", 1), (XT_GOAL, 3)],
    ], 4)
    doc.add_paragraph("")
    matrix(doc, [x[:4] for x in XT if x[2]], True)
    doc.add_page_break()
    doc.add_paragraph(f"项目名称：{YY_NAME}")
    docx_table(doc, [
        [("主管部门", 1), (YY_DEPT, 1), ("实施单位", 1), (YY_UNIT, 1)],
        [(["资金情况", "(万元)"], 1), ("年度资金总额", 1), ("854.00万元", 2)],
        [("", 1), ("其中:财政拨款", 1), ("854.00万元", 2)],
        [("年度目标", 1), ("完成项目主体工程70%", 3)],
    ], 4)
    # The matrix split over a page: the second part repeats the header row, as Word
    # prints it and as a PDF-to-Word conversion writes it back.
    matrix(doc, YY[:7], True)
    doc.add_page_break()
    matrix(doc, YY[7:], True)
    parts = saved_parts(doc)
    write_zip(OUT / "headings.docx", parts)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    html_cms()
    html_word()
    xlsx_stacked()
    xlsx_per_sheet()
    docx_headings()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
