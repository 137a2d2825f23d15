#!/usr/bin/env python3
"""Make the file-format edge-case fixtures in tests/fixtures/edge/ (tests/readers_edges.rs).

Each package is written part by part here (no openpyxl or python-docx), because each
carries something those libraries would not write: a broken part, a style-level
hidden font, a table in a text box.

  XLSX:
    broken_helper_sheet.xlsx  a visible helper sheet (收支总表) whose part is cut
                              short, before the sheet holding the target table
    broken_only_sheet.xlsx    the target sheet alone, its part cut short

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


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    xlsx_broken()
