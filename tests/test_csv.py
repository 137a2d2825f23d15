"""CSV text, as Excel's "save as CSV" writes it, read through the text reader."""

from __future__ import annotations

import jixiao

SHEET = (
    "部门项目支出绩效目标表\r\n"
    "单位名称,项目名称,项目金额,项目年度绩效目标,一级指标,二级指标,三级指标,指标值\r\n"
    "某某局,道路维护,40,完成道路维护,产出指标,数量指标,维护里程,≥50公里\r\n"
    ",,,,效益指标,社会效益指标,通行条件,改善\r\n"
    "某某局,路灯维修,12.5,保障照明,产出指标,质量指标,完好率,≥95%\r\n"
)


def projects(f: jixiao.Filing) -> list[dict[str, object]]:
    return f.to_dict()["projects"]  # type: ignore[return-value]


def test_gbk_csv_bytes_give_each_project() -> None:
    f = jixiao.parse(SHEET.encode("gbk"))
    assert f.format == "text"
    assert [p.name for p in f.projects] == ["道路维护", "路灯维修"]
    assert [len(p.indicators) for p in f.projects] == [2, 1]


def test_csv_str_reads_like_its_bytes() -> None:
    by_str = jixiao.parse(SHEET)
    by_bytes = jixiao.parse(("\ufeff" + SHEET).encode("utf-8"))
    assert projects(by_str) == projects(by_bytes) != []
