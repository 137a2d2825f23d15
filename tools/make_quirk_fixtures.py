#!/usr/bin/env python3
"""Make the reader-quirk fixtures in tests/fixtures/quirks/ (tests/readers_quirks.rs).

Real disclosures come out of many tools, each with its own way of writing the same
table. Every fixture here is one small 项目支出绩效目标表 (the same project, so the
tests can compare what is read) written with one family of quirks:

  DOCX (document.xml written here, in a minimal package, as Word/WPS write it):
    sdt.docx          content controls around runs, paragraphs, cells and rows; one
                      still showing its placeholder text
    tracked.docx      tracked changes: w:ins, w:del, w:moveFrom/w:moveTo, a deleted row
    wrappers.docx     w:hyperlink, w:smartTag, w:customXml, w:fldSimple, a complex field,
                      w:br, w:tab, w:sym (≥ from the Symbol font)
    grid.docx         w:gridBefore / w:gridAfter rows, w:vMerge with w:gridSpan
    nested.docx       the indicator matrix as a table nested in the outer table's cell
    two_projects.docx two tables; the second title in a text box (mc:AlternateContent)
  XLSX (openpyxl, then the sheet XML patched where openpyxl cannot write the quirk):
    sheets.xlsx       one sheet per project, merged titles, 0.95 in % formats, amounts
                      in a 万元 number format, a formula with its cached value, a date
                      serial, rich-text shared strings, a hidden sheet, a hidden
                      row and a hidden column
    side_by_side.xlsx two projects side by side on one sheet
  HTML:
    word.html         Word "save as web page" in gb2312: MsoNormal <p>/<span>, &nbsp;,
                      <br>, <o:p>, conditional comments, <th>, rowspan with colspan,
                      <script>/<style> inside the table
    nested.html       several tables on a page; the matrix nested in a cell

Needs: pip install openpyxl.   python3 tools/make_quirk_fixtures.py
"""

import re
import sys
from pathlib import Path

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment

sys.path.insert(0, str(Path(__file__).resolve().parent))
from zip_parts import saved_parts, write_zip  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "quirks"

# The project every fixture holds (the second project of the two-project fixtures
# is PROJECT2).
NAME = "社区居家养老服务补助"
DEPT = "某市民政局"
UNIT = "某市养老服务中心"
GOAL = "为全市1200名居家老人提供助餐、助洁服务。"
INDICATORS = [
    ("产出指标", "数量指标", "服务老人数", "≥1200人"),
    ("产出指标", "质量指标", "服务满意率", "≥95%"),
    ("效益指标", "社会效益指标", "独居老人覆盖率", "100%"),
]
NAME2 = "城乡低保资金"
INDICATORS2 = [
    ("产出指标", "数量指标", "保障人数", "≥3000人"),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
]

# ---------------------------------------------------------------- DOCX

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"')
AUTHOR = 'w:author="审核人" w:date="2024-03-01T10:00:00Z"'


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(text):
    return f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def para(*runs):
    """A paragraph of runs; a str is one plain run."""
    return "<w:p>" + "".join(run(r) if isinstance(r, str) else r[0] for r in runs) + "</w:p>"


def raw(xml):
    """Markup to put among a paragraph's runs as is."""
    return (xml,)


def tc(content="", span=1, vmerge=None):
    """A cell; content is a str (one paragraph) or a list of block XML strings."""
    pr = ""
    if span > 1:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge:
        pr += "<w:vMerge/>"
    body = para(content) if isinstance(content, str) else "".join(content)
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{body}</w:tc>"


def tr(*cells, pr=""):
    return f"<w:tr>{f'<w:trPr>{pr}</w:trPr>' if pr else ''}{''.join(cells)}</w:tr>"


def tbl(*rows, cols=4):
    grid = "".join('<w:gridCol w:w="2000"/>' for _ in range(cols))
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
            + "".join(rows) + "</w:tbl>")


def head_rows(name=NAME):
    return [
        tr(tc("项目名称"), tc(name, 3)),
        tr(tc("主管部门"), tc(DEPT), tc("实施单位"), tc(UNIT)),
        tr(tc("项目资金（万元）", vmerge="restart"), tc("年度资金总额"), tc("120.50", 2)),
        tr(tc(vmerge=True), tc("其中：财政拨款"), tc("100.50", 2)),
        tr(tc(vmerge=True), tc("其他资金"), tc("20.00", 2)),
        tr(tc("年度绩效目标"), tc(GOAL, 3)),
    ]


def matrix_rows(indicators=INDICATORS):
    rows = [tr(tc("一级指标"), tc("二级指标"), tc("三级指标"), tc("指标值"))]
    for k, (l1, l2, l3, v) in enumerate(indicators):
        first = k == 0 or indicators[k - 1][0] != l1
        rows.append(tr(tc(l1 if first else "", vmerge="restart" if first else True), tc(l2), tc(l3), tc(v)))
    return rows


def docx(path, body):
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}<w:sectPr/></w:body></w:document>'
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": doc,
    }
    write_zip(path, parts)




TITLE = para("项目支出绩效目标表") + para("（2024年度）")


def docx_sdt():
    def sdt_pr(tag, extra=""):
        return f'<w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>{extra}</w:sdtPr>'

    placeholder = ('<w:sdt>' + sdt_pr("unit", '<w:placeholder><w:docPart w:val="DefaultPlaceholder"/></w:placeholder>'
                                      '<w:showingPlcHdr/><w:text/>')
                   + '<w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
                   '<w:t>单击或点击此处输入文字。</w:t></w:r></w:sdtContent></w:sdt>')
    dropdown = ('<w:sdt>' + sdt_pr("value", '<w:dropDownList><w:listItem w:displayText="≥90%" w:value="90"/>'
                                   '<w:listItem w:displayText="≥95%" w:value="95"/></w:dropDownList>')
                + '<w:sdtContent><w:r><w:t>≥95%</w:t></w:r></w:sdtContent></w:sdt>')
    rows = [
        # A block-level control holding the cell's paragraph.
        tr(tc("项目名称"), f'<w:tc><w:tcPr><w:gridSpan w:val="3"/></w:tcPr><w:sdt>{sdt_pr("name")}'
           f'<w:sdtContent>{para(NAME)}</w:sdtContent></w:sdt></w:tc>'),
        # A run-level control, and one still showing its placeholder (nothing typed).
        tr(tc("主管部门"), tc([para(raw(f'<w:sdt>{sdt_pr("dept")}<w:sdtContent>{run(DEPT)}</w:sdtContent></w:sdt>'))]),
           tc("实施单位"), tc([para(raw(placeholder))])),
    ] + head_rows()[2:] + matrix_rows()[:2]
    # A cell-level control (around w:tc) and a row-level one (around w:tr: a repeating section).
    l1, l2, l3, v = INDICATORS[1]
    rows.append(tr(tc(vmerge=True), tc(l2), f'<w:sdt>{sdt_pr("l3")}<w:sdtContent>{tc(l3)}</w:sdtContent></w:sdt>',
                   tc([para(raw(dropdown))])))
    l1, l2, l3, v = INDICATORS[2]
    rows.append(f'<w:sdt>{sdt_pr("row")}<w:sdtContent>'
                + tr(tc(l1, vmerge="restart"), tc(l2), tc(l3), tc(v)) + '</w:sdtContent></w:sdt>')
    docx(OUT / "sdt.docx", TITLE + tbl(*rows))


def docx_tracked():
    ins = lambda t: raw(f'<w:ins w:id="1" {AUTHOR}>{run(t)}</w:ins>')
    dele = lambda t: raw(f'<w:del w:id="2" {AUTHOR}><w:r><w:delText xml:space="preserve">{esc(t)}</w:delText></w:r></w:del>')
    move_from = lambda t: raw(f'<w:moveFromRangeStart w:id="3" {AUTHOR} w:name="move1"/><w:moveFrom w:id="4" {AUTHOR}>'
                              f'{run(t)}</w:moveFrom><w:moveFromRangeEnd w:id="3"/>')
    move_to = lambda t: raw(f'<w:moveToRangeStart w:id="5" {AUTHOR} w:name="move1"/><w:moveTo w:id="6" {AUTHOR}>'
                            f'{run(t)}</w:moveTo><w:moveToRangeEnd w:id="5"/>')
    head = head_rows()
    # The name retyped: "补贴" deleted, "补助" inserted.
    head[0] = tr(tc("项目名称"), tc([para("社区居家养老服务", dele("补贴"), ins("补助"))], 3))
    # The total corrected from 100.50 to 120.50.
    head[2] = tr(tc("项目资金（万元）", vmerge="restart"), tc("年度资金总额"), tc([para(dele("100.50"), ins("120.50"))], 2))
    # A phrase of the goal moved to the front (Word records it as a move, not a deletion).
    head[5] = tr(tc("年度绩效目标"), tc([para(move_to("为全市1200名居家老人"), "提供助餐、助洁服务", move_from("为全市1200名居家老人"),
                                            "。")], 3))
    m = matrix_rows()
    m[1] = tr(tc("产出指标", vmerge="restart"), tc("数量指标"), tc("服务老人数"), tc([para("≥", dele("1000"), ins("1200"), "人")]))
    # A whole row deleted: its row mark and all its text are deletions.
    deleted = tr(*[tc([para(dele(t))]) for t in ("", "数量指标", "助浴次数", "≥500次")],
                 pr=f'<w:del w:id="7" {AUTHOR}/>').replace(tc([para(dele(""))]), tc(vmerge=True), 1)
    m.insert(2, deleted)
    # An inserted row (its row mark an insertion): it stays.
    m[3] = m[3].replace("<w:tr>", f'<w:tr><w:trPr><w:ins w:id="8" {AUTHOR}/></w:trPr>', 1)
    docx(OUT / "tracked.docx", TITLE + tbl(*(head + m)))


def docx_wrappers():
    sym = lambda char: raw(f'<w:r><w:sym w:font="Symbol" w:char="{char}"/></w:r>')
    head = head_rows()
    head[0] = tr(tc("项目名称"), tc([para(raw(f'<w:hyperlink r:id="rId9" w:history="1">{run(NAME)}</w:hyperlink>'))], 3))
    head[1] = tr(tc("主管部门"), tc([para(raw(f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName">'
                                             f'{run("某市")}</w:smartTag>'), raw(f'<w:customXml w:element="dept">{run("民政局")}</w:customXml>'))]),
                 tc("实施单位"), tc(UNIT))
    # The total as a formula field (Word's =SUM in a table): the instruction is not text,
    # the cached result is.
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> =SUM(BELOW) \\# "0.00" </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("120.50") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    head[2] = tr(tc("项目资金（万元）", vmerge="restart"), tc("年度资金总额"), tc([para(raw(field))], 2))
    head[3] = tr(tc(vmerge=True), tc("其中：财政拨款"),
                 tc([para(raw(f'<w:fldSimple w:instr=" DOCPROPERTY fiscal ">{run("100.50")}</w:fldSimple>'))], 2))
    # Line breaks and a tab typed inside cells.
    head[5] = tr(tc("年度绩效目标"), tc([para("为全市1200名居家老人", raw('<w:r><w:br/></w:r>'), "提供助餐、助洁服务。")], 3))
    m = matrix_rows()
    m[1] = tr(tc("产出指标", vmerge="restart"), tc("数量指标"), tc([para("服务", raw("<w:r><w:tab/></w:r>"), "老人数")]),
              tc([para(sym("F0B3"), "1200人")]))
    m[2] = tr(tc(vmerge=True), tc("质量指标"), tc("服务满意率"), tc([para(sym("F0B3"), "95", raw('<w:r><w:cr/></w:r>'))]))
    docx(OUT / "wrappers.docx", TITLE + tbl(*(head + m)))


def docx_grid():
    before = lambda n: f'<w:gridBefore w:val="{n}"/><w:wBefore w:w="2000" w:type="dxa"/>'
    after = lambda n: f'<w:gridAfter w:val="{n}"/><w:wAfter w:w="2000" w:type="dxa"/>'
    rows = [
        # A title row that ends early (gridAfter) and a note row that starts late.
        tr(tc("项目支出绩效目标表", 4), pr=""),
        tr(tc("单位：万元"), pr=before(3)),
        tr(tc("项目名称"), tc(NAME, 3)),
        tr(tc("主管部门"), tc(DEPT), tc("实施单位"), pr=after(1)),
        # 项目资金 spans two columns and three rows at once.
        tr(tc("项目资金（万元）", 2, "restart"), tc("年度资金总额"), tc("120.50")),
        tr(tc("", 2, True), tc("其中：财政拨款"), tc("100.50")),
        tr(tc("", 2, True), tc("其他资金"), tc("20.00")),
        tr(tc("年度绩效目标"), tc(GOAL, 3)),
    ] + matrix_rows()
    docx(OUT / "grid.docx", tbl(*rows))


def docx_nested():
    inner = tbl(*matrix_rows())
    rows = head_rows() + [tr(tc("绩效指标"), tc([inner, para("")], 3))]
    docx(OUT / "nested.docx", TITLE + tbl(*rows))


def docx_two_projects():
    textbox = ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
               '<wps:wsp><wps:txbx><w:txbxContent>' + para("项目支出绩效目标表") + '</w:txbxContent></wps:txbx></wps:wsp>'
               '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>'
               '<w:txbxContent>' + para("项目支出绩效目标表") + '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
               '</mc:AlternateContent></w:r></w:p>')
    rows2 = [tr(tc("项目名称"), tc(NAME2, 3)), tr(tc("主管部门"), tc(DEPT), tc("实施单位"), tc("某市社会救助中心")),
             tr(tc("项目资金（万元）"), tc("年度资金总额"), tc("300.00", 2)), tr(tc("年度绩效目标"), tc("保障城乡低保对象基本生活。", 3))]
    body = (TITLE + tbl(*(head_rows() + matrix_rows())) + '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
            + textbox + para("（2024年度）") + tbl(*(rows2 + matrix_rows(INDICATORS2))))
    docx(OUT / "two_projects.docx", body)


# ---------------------------------------------------------------- XLSX

def sheet_project(ws, name, indicators, left=1, top=1, total=120.5, fiscal=100.5, other=20.0):
    """One project table at (top, left), typed as budget workbooks type it."""
    c = lambda r, k: ws.cell(row=top + r, column=left + k)
    c(0, 0).value = "项目支出绩效目标表"
    ws.merge_cells(start_row=top, start_column=left, end_row=top, end_column=left + 3)
    c(0, 0).alignment = Alignment(horizontal="center")
    c(1, 0).value = "项目名称"
    c(1, 1).value = name
    ws.merge_cells(start_row=top + 1, start_column=left + 1, end_row=top + 1, end_column=left + 3)
    c(2, 0).value, c(2, 1).value, c(2, 2).value, c(2, 3).value = "主管部门", DEPT, "实施单位", UNIT
    c(3, 0).value = "项目资金（万元）"
    ws.merge_cells(start_row=top + 3, start_column=left, end_row=top + 5, end_column=left)
    for k, (label, x) in enumerate([("年度资金总额", total), ("其中：财政拨款", fiscal), ("其他资金", other)]):
        c(3 + k, 1).value = label
        c(3 + k, 2).value = x
        c(3 + k, 2).number_format = '#,##0.00"万元"'
    c(6, 0).value = "年度绩效目标"
    c(6, 1).value = GOAL
    ws.merge_cells(start_row=top + 6, start_column=left + 1, end_row=top + 6, end_column=left + 3)
    for k, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"]):
        c(7, k).value = h
    for n, (l1, l2, l3, v) in enumerate(indicators):
        r = 8 + n
        if n == 0 or indicators[n - 1][0] != l1:
            c(r, 0).value = l1
            span = sum(1 for x in indicators[n:] if x[0] == l1)
            if span > 1:
                ws.merge_cells(start_row=top + r, start_column=left, end_row=top + r + span - 1, end_column=left)
        c(r, 1).value, c(r, 2).value = l2, l3
        if m := re.fullmatch(r"(≥?)(\d+)%", v):
            if m.group(1):
                c(r, 3).value = v  # "≥95%" is text
            else:
                c(r, 3).value = int(m.group(2)) / 100
                c(r, 3).number_format = "0.0%" if int(m.group(2)) != 100 else "0%"
        else:
            c(r, 3).value = v
    return top + 8 + len(indicators)


def xlsx_sheets():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目1"
    end = sheet_project(ws, "__RICH__", INDICATORS)
    # A rate stored as a fraction in a percent format, and a completion date as a serial.
    ws.cell(row=end + 1, column=2).value = "质量指标"
    ws.cell(row=end + 1, column=3).value = "资金拨付率"
    ws.cell(row=end + 1, column=4).value = 0.95
    ws.cell(row=end + 1, column=4).number_format = "0.00%"
    ws.cell(row=end + 2, column=2).value = "时效指标"
    ws.cell(row=end + 2, column=3).value = "完成时间"
    ws.cell(row=end + 2, column=4).value = 45657  # 2024-12-31
    ws.cell(row=end + 2, column=4).number_format = 'yyyy"年"m"月"d"日"'
    # A template row the author hid, and a hidden helper column of the amounts in 元.
    for k, text in enumerate(["", "数量指标", "示例指标（模板）", "≥X"]):
        ws.cell(row=end + 3, column=1 + k).value = text or None
    ws.row_dimensions[end + 3].hidden = True
    for r, x in [(4, 1205000), (5, 1005000), (6, 200000)]:
        ws.cell(row=r, column=5).value = x
    ws.column_dimensions["E"].hidden = True
    # The name as rich text (two runs in sharedStrings).
    ws.cell(row=2, column=2).value = CellRichText(["社区居家", TextBlock(InlineFont(b=True), "养老"), "服务补助"])
    # The total a formula: patched below with the value Excel caches.
    ws.cell(row=4, column=3).value = "=C5+C6"
    ws2 = wb.create_sheet("项目2")
    sheet_project(ws2, NAME2, INDICATORS2, total=300, fiscal=300, other=0)
    hidden = wb.create_sheet("模板（隐藏）")
    sheet_project(hidden, "模板项目", INDICATORS2)
    hidden.sheet_state = "hidden"
    parts = saved_parts(wb)
    s1 = parts["xl/worksheets/sheet1.xml"].decode()
    s1, n = re.subn(r"<f>C5\+C6</f><v\s*/>|<f>C5\+C6</f><v></v>|<f>C5\+C6</f>", "<f>C5+C6</f><v>120.5</v>", s1)
    assert n == 1, "formula cell not found"
    parts["xl/worksheets/sheet1.xml"] = s1.encode()
    write_zip(OUT / "sheets.xlsx", parts)




def xlsx_side_by_side():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标"
    sheet_project(ws, NAME, INDICATORS, left=1)
    sheet_project(ws, NAME2, INDICATORS2, left=6, total=300, fiscal=300, other=0)
    write_zip(OUT / "side_by_side.xlsx", saved_parts(wb))


# ---------------------------------------------------------------- HTML

def html_word():
    p = lambda t: f"<p class=MsoNormal align=center style='text-align:center'><span style='font-size:10.5pt;font-family:仿宋_GB2312'>{t}<o:p></o:p></span></p>"
    td = lambda t, extra="": f"<td width=142 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'{extra}>{p(t)}</td>"
    rows = [
        "<tr><th colspan=4 style='border:none'>" + p("项目支出绩效目标表") + "</th></tr>",
        "<tr>" + td("项目名称") + td(f"<span lang=EN-US>社区居家</span><span>养老服务补助</span><span style='display:none;mso-hide:all'>（草稿）</span>", " colspan=3") + "</tr>",
        "<tr>" + td("主管部门") + td(DEPT) + td("实施单位") + td(UNIT) + "</tr>",
        # 项目资金 over two columns and three rows at once; the amounts in the last column.
        "<tr>" + td("项目资金<br>（万元）", " rowspan=3 colspan=2") + td("年度资金总额") + td("120.50") + "</tr>",
        "<tr>" + td("其中：财政拨款") + td("100.50<script>document.write('&nbsp;万元')</script>") + "</tr>",
        "<tr>" + td("其他资金") + td("20.00<style>.x{color:red}</style>") + "</tr>",
        "<tr>" + td("年度绩效目标") + td("为全市1200名居家老人<br>提供助餐、助洁服务。", " colspan=3") + "</tr>",
        "<tr>" + "".join(f"<th>{p(h)}</th>" for h in ["一级指标", "二级指标", "三级指标", "指标值"]) + "</tr>",
        "<tr>" + td("产出指标", " rowspan=2") + td("数量指标") + td("服务老人数") + td("&ge;1200<span lang=EN-US>人</span>") + "</tr>",
        "<tr>" + td("质量指标") + td("服务满意率") + td("<span lang=EN-US>&ge;95</span><span lang=EN-US>%</span>") + "</tr>",
        "<tr>" + td("效益指标") + td("社会效益指标") + td("独居老人<span style='mso-spacerun:yes'>&nbsp; </span>覆盖率") + td("100%") + "</tr>",
        "<tr>" + td("&nbsp;") + td("&nbsp;") + td("&nbsp;") + td("<o:p>&nbsp;</o:p>") + "</tr>",
    ]
    page = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
            "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">\n<meta name=Generator content=\"Microsoft Word 15\">\n"
            "<title>项目支出绩效目标表</title>\n<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>财政局</o:Author>"
            "</o:DocumentProperties></xml><![endif]-->\n<style>\n<!--\n p.MsoNormal {margin:0cm;font-size:10.5pt;}\n-->\n</style>\n"
            "</head>\n<body lang=ZH-CN style='text-justify-trim:punctuation'>\n<div class=WordSection1>\n"
            "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n"
            + "\n".join(rows) + "\n</table>\n<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n</div>\n</body>\n</html>\n")
    (OUT / "word.html").write_bytes(page.encode("gbk"))


def html_nested():
    def table(name, inds, total):
        head = (f"<tr><td>项目名称</td><td colspan=3>{name}</td></tr>"
                f"<tr><td>主管部门</td><td>{DEPT}</td><td>实施单位</td><td>{UNIT}</td></tr>"
                f"<tr><td>项目资金（万元）</td><td>年度资金总额</td><td colspan=2>{total}</td></tr>"
                f"<tr><td>年度绩效目标</td><td colspan=3>{GOAL}</td></tr>")
        m = "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>"
        for k, (l1, l2, l3, v) in enumerate(inds):
            first = k == 0 or inds[k - 1][0] != l1
            span = sum(1 for x in inds[k:] if x[0] == l1)
            m += "<tr>" + (f"<td rowspan={span}>{l1}</td>" if first else "") + f"<td>{l2}</td><td>{l3}</td><td>{v}</td></tr>"
        return head, m

    h1, m1 = table(NAME, INDICATORS, "120.50")
    h2, m2 = table(NAME2, INDICATORS2, "300.00")
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>绩效目标公开</title>'
            "<script>var t = '<table><tr><td>项目名称</td></tr></table>';</script></head><body>"
            "<h3>项目支出绩效目标表</h3>"
            # The matrix nested in a cell of the outer table, beside the label 绩效指标.
            f'<table border="1">{h1}<tr><td>绩效指标</td><td colspan=3><table border="1">{m1}</table></td></tr></table>'
            "<script>console.log('项目名称 不应读入');</script><style>td{border:1px solid}</style>"
            f'<h3>项目支出绩效目标表</h3><table border="1">{h2}{m2}</table>'
            "</body></html>")
    (OUT / "nested.html").write_text(page, encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    docx_sdt()
    docx_tracked()
    docx_wrappers()
    docx_grid()
    docx_nested()
    docx_two_projects()
    xlsx_sheets()
    xlsx_side_by_side()
    html_word()
    html_nested()
    for f in sorted(OUT.iterdir()):
        print(f"{f.relative_to(ROOT)}: {f.stat().st_size} bytes")


if __name__ == "__main__":
    main()
