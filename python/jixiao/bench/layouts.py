"""The text shapes of published 绩效目标表, one renderer each.

Each renderer takes (rng, year, projects) and returns the whole document's text. The
shapes copy ../shared/corpus: seeds/000 (tab rows, 中期 and 年度 side by side),
seeds/001 (tab rows, one year), seeds/002 and 004 (DOCX text, one cell per line with
描述/依据 columns and numbered headings), real/20 (`|` rows with 计算符号/目标值/度量单位
columns), real/08 (one cell per paragraph) and real/07 (space-separated rows).
"""

from __future__ import annotations

import random
from typing import Any

Proj = Any  # generate.Proj (not imported: generate imports this module)


def _money(x: float, unit: str, style: str = "plain") -> str:
    if unit == "万元":
        return f"{x:.2f}"
    if style == "commas":
        return f"{int(round(x)):,}"
    if style == "decimals":
        return f"{x:.2f}"
    return str(int(round(x)))


def _firsts(inds: list[Any]) -> list[tuple[bool, bool, Any]]:
    """(first of its 一级 group, first of its 二级 group, indicator) in order."""
    out, prev1, prev2 = [], None, None
    for ind in inds:
        out.append((ind.level1 != prev1, (ind.level1, ind.level2) != prev2, ind))
        prev1, prev2 = ind.level1, (ind.level1, ind.level2)
    return out


def tab_sidebyside(rng: random.Random, year: int, projects: list[Proj]) -> str:
    out = []
    for k, p in enumerate(projects):
        title = f"表{k + 1}、{year}年项目支出绩效目标表" if rng.random() < 0.5 else "项目支出绩效目标申报表"
        out += ["", "", title, "", f"（{year} 年度）", "", "项目负责人（签字）：", "", "单位（盖章）：", ""]
        mt, mf, mo = p.midterm
        at, af, ao = p.annual
        out += [
            f"项目名称\t\t{p.name}\t\t\t\t\t\t",
            f"主管部门及代码\t\t[{p.dept_code}]{p.dept}\t\t\t实施单位\t\t{p.impl}\t",
            f"项目属性\t\t{p.attribute}\t\t\t项目期\t\t{p.years}年\t",
            f"项目资金 ({p.unit})\t\t中期资金总额：\t\t{_money(mt, p.unit)}\t年度资金总额：\t\t{_money(at, p.unit)}\t",
            f"\t\t其中：财政拨款\t\t{_money(mf, p.unit)}\t其中：财政拨款\t\t{_money(af, p.unit)}\t",
            f"\t\t其他资金\t\t{_money(mo, p.unit)}\t其他资金\t\t{_money(ao, p.unit)}\t",
            f"总体目标\t中期目标（{year - 1}年—{year + p.years - 2}年）\t\t\t\t年度目标\t\t\t",
            f"\t{p.goal_mid}\t\t\t\t{p.goal}\t\t\t",
            "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值\t",
        ]
        for (f1, f2, m), a in zip(_firsts(p.mid_inds), p.inds):
            l1 = m.level1 if f1 else ""
            l2 = m.level2 if f2 else ""
            out.append(f"\t{l1}\t{l2}\t{m.name}\t{m.value()}\t{l2}\t{a.name}\t{a.value()}\t")
        out += ["", "项目负责人：", ""]
    return "\n".join(out)


def tab_single(rng: random.Random, year: int, projects: list[Proj]) -> str:
    out = []
    year_s = f"{year // 1000},{year % 1000:03d}" if rng.random() < 0.5 else str(year)
    for p in projects:
        style = "commas" if rng.random() < 0.5 else "plain"
        unit = "元" if p.unit_mismatch else p.unit
        t, f, o = (_money(x, unit, style) for x in p.annual)
        out += ["", "", "项目支出绩效目标表", "", f"({year_s}年度)", ""]
        out += [
            f"项目名称\t{p.name}\t\t",
            f"主管部门及代码\t{p.dept_code}-{p.dept}\t实施单位\t{p.impl}",
            f"项目资金 ({p.unit})\t年度资金总额\t{t}\t",
            f"\t其中：财政拨款\t{f}\t",
            f"\t其他资金\t{o}\t",
            "\t上年结转\t0\t",
            "年度绩效目标\t\t\t",
            f"{p.goal}\t\t\t",
            "一级指标\t二级指标\t三级指标\t指标值",
        ]
        for f1, f2, ind in _firsts(p.inds):
            out.append(f"{ind.level1 if f1 else ''}\t{ind.level2 if f2 else ''}\t{ind.name}\t{ind.value()}")
    return "\n".join(out) + "\n"


def docx_cells(rng: random.Random, year: int, projects: list[Proj]) -> str:
    out = [" "]
    with_basis = rng.random() < 0.5
    if rng.random() < 0.4:  # a 部门整体 preface, like seeds/004
        out += ["第一部分", "部门整体绩效目标", " ", "一、总体绩效目标",
                f"{year}年，{projects[0].dept}将认真落实各项工作要求，围绕群众急难愁盼问题，推进各项重点工作。",
                "第二部分", " ", "预算项目绩效目标", " "]
    for k, p in enumerate(projects, 1):
        mark = f"[bookmark: _Toc_4_4_{k:010d}]" if rng.random() < 0.5 else ""
        t, f, o = p.annual
        out += [f"{mark}{k}.{p.name}绩效目标表", f"\t{p.dept_code}{p.dept}", f"\t单位：{p.unit}", ""]
        if rng.random() < 0.6:
            out += ["\t项目编码", f"\t{p.code}"]
        out += ["\t项目名称", f"\t{p.name}", "", "\t预算规模及资金用途", "\t预算数", f"\t{_money(t, p.unit, 'decimals')}",
                "\t其中：财政    资金", f"\t{_money(f, p.unit, 'decimals')}", "\t其他资金",
                f"\t{_money(o, p.unit, 'decimals') if o else ' '}", "", "\t", f"\t{p.goal}", ""]
        if rng.random() < 0.5:
            out += ["\t资金支出计划（%）", "\t3月底", "\t6月底", "\t10月底", "\t12月底", "", "\t",
                    "\t25%", "\t50%", "\t75%", "\t100%", ""]
        out += ["\t绩效目标", f"\t1.{p.goal}", "", "", " ",
                "\t一级指标", "\t二级指标", "\t三级指标", "\t绩效指标描述", "\t指标值"]
        out += ["\t指标值确定依据"] if with_basis else []
        out.append("")
        for f1, _f2, ind in _firsts(p.inds):
            out += [f"\t{ind.level1 if f1 else ''}", f"\t{ind.level2}", f"\t{ind.name}", f"\t{ind.desc}", f"\t{ind.value()}"]
            out += [f"\t{ind.basis}"] if with_basis else []
            out.append("")
        out += ["", ""]
    return "\n".join(out)


def _computesign(ind: Any) -> tuple[str, str, str]:
    """(计算符号, 目标值, 度量单位); this layout draws numbers only."""
    return ind.op or "=", ind.number, ind.unit


def pipe_computesign(rng: random.Random, year: int, projects: list[Proj]) -> str:
    # 预算管理一体化 exports flattened from HTML: a row's leading cells that are
    # covered by a rowspan vanish and the row is padded with "|" at the end.
    out = ["Overview", "项目支出绩效目标表"] + [p.name for p in projects]
    for p in projects:
        t, f, o = p.annual
        out += [
            "| 项目支出绩效目标表 | |||||||",
            f"| 项目名称 | {p.name} | 项目编码 | {p.code} | ||",
            f"| 主管部门 | {p.dept} | 实施单位 | {p.impl} | ||",
            f"| 年度资金总额({p.unit}) | {_money(t, p.unit)} | 财政拨款 | {_money(f, p.unit)} | 其他资金 | {_money(o, p.unit)} |",
            "| 年度绩效目标 | |||||||",
            f"| *年度绩效总目标 | {p.goal} | ||||||",
            "| 一级指标 | 二级指标 | 三级指标 | 计算符号 | 目标值 | 度量单位 | 指标值说明 | |",
        ]
        for f1, f2, ind in _firsts(p.inds):
            cmp, val, unit = _computesign(ind)
            cells = ([ind.level1] if f1 else []) + ([ind.level2] if f2 else []) + [ind.name, cmp, val, unit, "该指标值数据合理"]
            pad = "|" * (8 - len(cells))
            out.append("| " + " | ".join(cells) + " |" + (" " + pad if pad else ""))
    return "\n".join(out) + "\n"


def paragraphs(rng: random.Random, year: int, projects: list[Proj]) -> str:
    out = [f"{projects[0].dept}{year}年项目支出绩效目标申报表", f"来源:{projects[0].dept}   {year}-05-16"]
    for p in projects:
        t, f, o = p.annual
        out += ["绩效目标申报表", f"({year}年度)", "项目名称", p.name, "项目负责人及电话", rng.choice(["彭兵", "李明", "张丽"]),
                "主管部门", p.dept, "实施单位", p.impl, f"资金情况 ({p.unit})", "年度资金总额:", _money(t, p.unit),
                "其中:财政拨款", _money(f, p.unit), "其他资金", _money(o, p.unit), "总体目标", "年度目标", p.goal,
                "绩效指标", "一级指标", "二级指标", "三级指标", "指标值"]
        for f1, f2, ind in _firsts(p.inds):
            if f1:
                out.append(ind.level1)
            if f2:
                if ind.level1 == "效益指标" and rng.random() < 0.5:
                    out += [ind.level2[:-2], "指标"]  # "经济效益\n\n指标", as real/08 prints it
                else:
                    out.append(ind.level2)
            out += [ind.name, ind.value()]
    return "\n\n".join(out) + "\n"


def space_rows(rng: random.Random, year: int, projects: list[Proj]) -> str:
    out = [f"归档时间:{year + 1}-09-06", "", f"{year}年{projects[0].dept}项目支出绩效目标申报表", "",
           f"发布时间:{year}年05月20日 来源:{projects[0].dept}"]
    for p in projects:
        t, f, o = p.annual
        out += [
            "            绩效目标申报表",
            f"项目名称 {p.name} 项目负责人及电话 {rng.choice(['郭铁梅', '王媛'])}189{rng.randint(10**7, 10**8 - 1)}",
            f"主管部门 {p.dept} 实施单位 [{p.dept_code}]{p.impl}",
            f"资金情况({p.unit}) 年度资金总额: {_money(t, p.unit)}",
            f"其中:财政拨款 {_money(f, p.unit)}",
            f"其他资金 {_money(o, p.unit)}",
            "总体目标 年度目标 年度总体目标完成情况",
            f"{p.goal}  ",
            "绩效指标 一级指标 二级指标 三级指标 指标值 备注",
        ]
        for f1, f2, ind in _firsts(p.inds):
            cells = ([ind.level1] if f1 else []) + ([ind.level2] if f2 else []) + [ind.name, ind.value("space_rows")]
            out.append(" ".join(cells) + "  ")
        out += ["财政部门支出股室初审意见 (盖章)", "      ", ""]
    return "\n".join(out)


RENDER = {
    "tab_sidebyside": tab_sidebyside,
    "tab_single": tab_single,
    "docx_cells": docx_cells,
    "pipe_computesign": pipe_computesign,
    "paragraphs": paragraphs,
    "space_rows": space_rows,
}
