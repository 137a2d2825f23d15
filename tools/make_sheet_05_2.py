"""Write tests/fixtures/extra/sheet_05_2.xlsx: an Excel 05-2 sheet (部门项目支出绩效目标表)
as 预算一体化 systems export it — a merged title, the header on the third row, unit,
project and goal merged down each project's rows, values as numbers with the unit in
a column of its own. The same content as SHEET_05_2 in tests/layout_families_more.rs,
so that the workbook and the text copy can be checked against one expectation.

    python tools/make_sheet_05_2.py        (needs openpyxl)
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "extra" / "sheet_05_2.xlsx"
HEADER = ["单位名称", "项目名称", "项目年度绩效目标", "一级指标", "二级指标", "三级指标",
          "指标性质", "指标值", "度量单位", "指标属性", "指标解释"]
UNIT = "[101001]某县农业农村局"
PROJECTS = [
    ("高标准农田建设", "建成高标准农田1万亩", [
        ("产出指标", "数量指标", "新建高标准农田面积", "≥", 1, "万亩", "定量", "当年建成面积"),
        ("产出指标", "质量指标", "工程验收合格率", "=", 100, "%", "定量", None),
        ("效益指标", "经济效益指标", "亩均增产", "≥", 50, "公斤", "定量", None),
    ]),
    ("动物防疫补助", "重大动物疫病免疫密度达标", [
        ("产出指标", "数量指标", "免疫畜禽数量", "≥", 20, "万头(只)", "定量", None),
        # 一级 merged with the row above in the export: left blank here.
        (None, "质量指标", "免疫密度", "≥", 90, "%", "定量", None),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "定性", "满意", None, "定性", None),
    ]),
]


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = "部门项目支出绩效目标05-2"
    ws.cell(1, 1, "部门项目支出绩效目标表")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    ws.cell(2, 1, "单位：万元")
    for c, name in enumerate(HEADER, 1):
        ws.cell(3, c, name)
    r = 4
    first_of_unit = r
    for name, goal, rows in PROJECTS:
        first = r
        for l1, l2, l3, nature, value, unit, kind, note in rows:
            for c, v in zip(range(4, 12), (l1, l2, l3, nature, value, unit, kind, note)):
                if v is not None:
                    ws.cell(r, c, v)
            r += 1
        ws.cell(first, 2, name)
        ws.cell(first, 3, goal)
        for c in (2, 3):
            ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
            ws.cell(first, c).alignment = Alignment(vertical="center", wrap_text=True)
    ws.cell(first_of_unit, 1, UNIT)
    ws.merge_cells(start_row=first_of_unit, start_column=1, end_row=r - 1, end_column=1)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    wb.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
