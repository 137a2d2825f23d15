#!/usr/bin/env python3
"""Make the file-format edge-case fixtures in tests/fixtures/edge/ (tests/readers_edges.rs).

Each package is written part by part here (no openpyxl or python-docx), because each
carries something those libraries would not write: a broken part, a style-level
hidden font, a table in a text box.

  XLSX:
    broken_helper_sheet.xlsx  a visible helper sheet (收支总表) whose part is cut
                              short, before the sheet holding the target table
    broken_only_sheet.xlsx    the target sheet alone, its part cut short
  DOCX:
    style_hidden.docx         text hidden by styles (styles.xml w:vanish): a character
                              style on a run, a paragraph style through a basedOn
                              chain, and styles based on each other in a loop
    text_box_table.docx       the target table in a text box, written as Word does:
                              mc:AlternateContent, the table in mc:Choice and again
                              in the VML mc:Fallback, a unit line above it

Needs nothing beyond the standard library.   python3 tools/make_edge_fixtures.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from zip_parts import write_zip  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "edge"

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
TYPES = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>')

NAME = "乡村道路养护补助"
TABLE = [
    ["项目名称", NAME, "", ""],
    ["主管部门", "某县交通运输局", "实施单位", "某县公路养护站"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "养护里程", "≥120公里"],
    ["效益指标", "社会效益指标", "道路通畅率", "≥98%"],
]


# ---------------------------------------------------------------- XLSX

def sheet_xml(rows):
    def cell(ref, text):
        return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'

    out = []
    for i, row in enumerate(rows, 1):
        cells = "".join(cell(f"{chr(65 + j)}{i}", t) for j, t in enumerate(row) if t)
        out.append(f'<row r="{i}">{cells}</row>')
    return f'<worksheet xmlns="{MAIN}"><sheetData>{"".join(out)}</sheetData></worksheet>'


def workbook(sheets):
    """A package of (name, sheet XML) sheets, all visible."""
    listed = "".join(f'<sheet name="{n}" sheetId="{i}" r:id="r{i}"/>' for i, (n, _) in enumerate(sheets, 1))
    rels = "".join(f'<Relationship Id="r{i}" Type="{DOC}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                   for i in range(1, len(sheets) + 1))
    parts = {
        "[Content_Types].xml": TYPES,
        "_rels/.rels": f'<Relationships xmlns="{RELS}"><Relationship Id="r1" Type="{DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{MAIN}" xmlns:r="{DOC}"><sheets>{listed}</sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{RELS}">{rels}</Relationships>',
    }
    for i, (_, xml) in enumerate(sheets, 1):
        parts[f"xl/worksheets/sheet{i}.xml"] = xml
    return {k: v.encode() for k, v in parts.items()}


def cut_short(xml):
    """The part as a writer that died half-way leaves it: inside an attribute value."""
    return xml[: xml.index('t="inlineStr"', len(xml) // 2) + 4]


def xlsx_broken():
    helper = sheet_xml([["科目", "金额（万元）"], ["公路养护", "320"], ["合计", "320"]])
    write_zip(OUT / "broken_helper_sheet.xlsx", workbook([("收支总表", cut_short(helper)), ("绩效目标", sheet_xml(TABLE))]))
    write_zip(OUT / "broken_only_sheet.xlsx", workbook([("绩效目标", cut_short(sheet_xml(TABLE)))]))


# ---------------------------------------------------------------- DOCX

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx(body, styles=None):
    parts = {
        "[Content_Types].xml": TYPES,
        "_rels/.rels": f'<Relationships xmlns="{RELS}"><Relationship Id="r1" Type="{DOC}/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": (
            f'<w:document xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
            'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml">'
            f"<w:body>{body}</w:body></w:document>"
        ),
    }
    if styles is not None:
        parts["word/styles.xml"] = f'<w:styles xmlns:w="{W}">{styles}</w:styles>'
    return {k: v.encode() for k, v in parts.items()}


def run(text, props=""):
    return f"<w:r>{f'<w:rPr>{props}</w:rPr>' if props else ''}<w:t>{text}</w:t></w:r>"


def para(runs, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{runs}</w:p>"


def table(rows):
    """Rows of cells, each cell a string of runs (or plain text)."""
    def cell(c):
        return f"<w:tc>{para(c if c.startswith('<w:r>') else run(c) if c else '')}</w:tc>"

    return "<w:tbl>" + "".join("<w:tr>" + "".join(cell(c) for c in r) + "</w:tr>" for r in rows) + "</w:tbl>"


def docx_style_hidden():
    styles = (
        '<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
        # 填表说明: a paragraph style based on a hidden one, with a font of its own.
        '<w:style w:type="paragraph" w:styleId="TemplateBase"><w:basedOn w:val="Normal"/><w:rPr><w:vanish/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="FillNote"><w:basedOn w:val="TemplateBase"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="DraftChar"><w:rPr><w:vanish/><w:color w:val="FF0000"/></w:rPr></w:style>'
        # Based on each other: says nothing of vanish, and must not loop.
        '<w:style w:type="character" w:styleId="LoopA"><w:basedOn w:val="LoopB"/></w:style>'
        '<w:style w:type="character" w:styleId="LoopB"><w:basedOn w:val="LoopA"/></w:style>'
    )
    rows = [list(r) for r in TABLE]
    rows[3][3] = run("≥120公里") + run("（原120公里）", '<w:rStyle w:val="DraftChar"/>')
    rows[4][3] = run("≥98%", '<w:rStyle w:val="LoopA"/>')
    body = (
        para(run("项目支出绩效目标表"))
        + para(run("填表说明：金额单位为万元，指标值须量化。"), style="FillNote")
        + table(rows)
        + para(run("填报人：钱某"))
    )
    write_zip(OUT / "style_hidden.docx", docx(body, styles))


def docx_text_box_table():
    box = table(TABLE)
    choice = (
        '<w:drawing><wp:anchor><wp:extent cx="5000000" cy="3000000"/><a:graphic><a:graphicData>'
        f"<wps:wsp><wps:txbx><w:txbxContent>{para(run('金额单位：万元'))}{box}</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing>"
    )
    fallback = f'<w:pict><v:shape><v:textbox><w:txbxContent>{para(run("金额单位：万元"))}{box}</w:txbxContent></v:textbox></v:shape></w:pict>'
    alternate = f"<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">{choice}</mc:Choice><mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>"
    body = para(run("项目支出绩效目标表")) + para(alternate) + para(run("填报人：钱某"))
    write_zip(OUT / "text_box_table.docx", docx(body))


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    xlsx_broken()
    docx_style_hidden()
    docx_text_box_table()
