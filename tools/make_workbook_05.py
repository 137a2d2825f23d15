"""Write tests/fixtures/extra/workbook_05.xlsx: a 预算一体化 budget workbook with the
budget sheet "部门项目支出预算05-1" (one row per project: 单位名称, 项目编码, 项目名称,
合计, 财政拨款, 其他资金) before the target sheet "部门项目支出绩效目标05-2", which has a
序号 column first, unit/project/goal and 一级/二级 merged down, a satisfaction value
stored as 0.9 in a percentage format beside 度量单位 "%", and a date typed as a date.

    python tools/make_workbook_05.py        (needs openpyxl)
"""
import datetime
from pathlib import Path

from openpyxl import Workbook

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "extra" / "workbook_05.xlsx"
UNIT = "[203001]某区文化和旅游局"
PROJECTS = [
    ("45010224T000001234", "公共文化服务体系建设", 86.5, 86.5, 0, "开展群众文化活动，提升公共文化服务效能。", [
        ("产出指标", "数量指标", "举办文化惠民演出场次", "≥", 30, "场", "定量", "全年演出场次"),
        (None, None, "图书馆免费开放天数", "≥", 300, "天", "定量", None),
        (None, "时效指标", "项目完成时间", "≤", datetime.datetime(2024, 12, 31), None, "定量", None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", 0.9, "%", "定量", "问卷调查"),
    ]),
    ("45010224T000001235", "文物保护修缮", 120, 100, 20, "完成2处县级文物保护单位修缮。", [
        ("产出指标", "数量指标", "修缮文物保护单位数量", "=", 2, "处", "定量", None),
        ("效益指标", "社会效益指标", "文物安全状况", None, "有效改善", None, "定性", None),
    ]),
]


def main():
    wb = Workbook()
    budget = wb.active
    budget.title = "部门项目支出预算05-1"
    budget.append(["部门项目支出预算表"])
    budget.merge_cells("A1:F1")
    budget.append(["单位：万元"])
    budget.append(["单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金"])
    for code, name, total, fiscal, other, _, _ in PROJECTS:
        budget.append([UNIT, code, name, total, fiscal, other])
    ws = wb.create_sheet("部门项目支出绩效目标05-2")
    ws.append(["部门项目支出绩效目标表"])
    ws.merge_cells("A1:L1")
    ws.append([None] * 11 + ["单位：万元"])
    ws.append(["序号", "单位名称", "项目名称", "项目年度绩效目标", "一级指标", "二级指标", "三级指标",
               "计算符号", "指标值", "度量单位", "指标属性", "指标解释"])
    r = 4
    for n, (_, name, _, _, _, goal, rows) in enumerate(PROJECTS, 1):
        first = r
        for row in rows:
            ws.cell(r, 1, n)
            for c, v in zip(range(5, 13), row):
                if v is None:
                    continue
                cell = ws.cell(r, c, v)
                if isinstance(v, datetime.datetime):
                    cell.number_format = 'yyyy"年"m"月"d"日"'
                elif v == 0.9:
                    cell.number_format = "0%"
            r += 1
        ws.cell(first, 2, UNIT)
        ws.cell(first, 3, name)
        ws.cell(first, 4, goal)
        for c in (2, 3, 4):
            ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    ws.merge_cells("E4:E6")
    ws.merge_cells("F4:F5")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    wb.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
