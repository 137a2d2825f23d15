"""The typed records: every field readable as an attribute, equal to to_dict(),
read-only, with a readable repr."""

from __future__ import annotations

import types
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

import jixiao

CLASSES = [jixiao.Filing, jixiao.Project, jixiao.Indicator, jixiao.Target, jixiao.Diagnostic]

# to_dict() keys whose attribute is a tuple of records rather than a list of dicts.
CHILDREN = {"projects", "indicators", "diagnostics", "target"}

# A small table: one project, one indicator.
SMALL = "项目名称\t测试项目\n主管部门\t[001]某局\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人数\t≥95%\n"


def attributes(cls: type) -> set[str]:
    """The read-only attributes a native class defines."""
    return {n for n, v in vars(cls).items() if isinstance(v, types.GetSetDescriptorType)}


def check_equal(record: Any, d: Mapping[str, Any], where: str) -> int:
    """Every dict entry equals the attribute; recurse into child records. Returns the
    number of records checked."""
    assert set(d) == attributes(type(record)), f"{where}: attributes differ from to_dict() keys"
    assert record.to_dict() == d, f"{where}: the record's own to_dict() differs"
    checked = 1
    for key, value in d.items():
        attr = getattr(record, key)
        if key == "target":
            checked += check_equal(attr, value, f"{where}.target")
        elif key in CHILDREN:
            assert isinstance(attr, tuple) and len(attr) == len(value), f"{where}.{key}"
            for i, (child, cd) in enumerate(zip(attr, value)):
                checked += check_equal(child, cd, f"{where}.{key}[{i}]")
        else:
            assert attr == value, f"{where}.{key}: {attr!r} != {value!r}"
            assert type(attr) is type(value), f"{where}.{key}: {type(attr)} vs {type(value)}"
    return checked


def test_every_attribute_equals_to_dict(seed: Path) -> None:
    f = jixiao.parse(seed)
    n_indicators = sum(len(p.indicators) for p in f.projects)
    checked = check_equal(f, f.to_dict(), "filing")
    # filing + projects + indicators and their targets + diagnostics
    assert checked == 1 + len(f.projects) + 2 * n_indicators + len(f.diagnostics)
    assert n_indicators > 0


def test_diagnostic_attributes_equal_to_dict() -> None:
    f = jixiao.parse("会议纪要\n今天天气很好。\n")
    assert f.diagnostics, "a text without a table should raise S001"
    check_equal(f, f.to_dict(), "filing")
    s001 = f.diagnostics[0]
    assert (s001.code, s001.severity, s001.project, s001.indicator) == ("S001", "error", None, None)
    assert s001.line == 1 and s001.snippet == "会议纪要"


def test_the_example_from_the_issue(seed000: Path) -> None:
    f = jixiao.parse(str(seed000))
    d = f.to_dict()
    first = f.projects[0].indicators[0]
    assert first.name == d["projects"][0]["indicators"][0]["name"] == "医保基金异地飞检工作"
    assert f.projects[0].name == "专项业务费-医疗保障专项业务费"
    assert first.period == "midterm"
    assert first.value == "≥2次/年"
    assert (first.target.kind, first.target.op, first.target.value, first.target.unit) == ("number", ">=", 2.0, "次/年")
    assert first.target.to_dict() == d["projects"][0]["indicators"][0]["target"]
    assert f.year == 2023
    assert list(d) == [
        "source", "format", "encoding", "title", "agency", "agency_code", "year", "kind",
        "department_goals", "projects", "diagnostics",
    ]


def test_plain_data_fields_have_their_documented_shape(seed000: Path) -> None:
    p = jixiao.parse(seed000).projects[0]
    assert set(p.funds) == {"midterm", "annual"}
    assert p.funds["midterm"] == {"total": 263.0, "fiscal": 263.0, "other": 0.0, "carryover": None}
    assert set(p.goals) == {"midterm", "annual"} and isinstance(p.goals["annual"], str)
    assert isinstance(p.lines, tuple) and len(p.lines) == 2 and p.lines[0] <= p.lines[1]
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in p.extra.items())
    assert p.spend_plan is None or all(set(s) == {"by", "pct"} for s in p.spend_plan)


def test_reprs_are_readable(seed000: Path) -> None:
    f = jixiao.parse(seed000)
    n_ind = sum(len(p.indicators) for p in f.projects)
    assert repr(f) == (
        f"<Filing source={str(seed000)!r} year=2023 projects={len(f.projects)} "
        f"indicators={n_ind} diagnostics={len(f.diagnostics)}>"
    )
    p = f.projects[0]
    assert repr(p) == f"<Project '专项业务费-医疗保障专项业务费' indicators={len(p.indicators)} lines={p.lines[0]}-{p.lines[1]}>"
    assert repr(p.indicators[0]) == "<Indicator 产出指标/数量指标 '医保基金异地飞检工作' = '≥2次/年'>"
    assert repr(p.indicators[0].target) == "<Target kind='number' op='>=' value=2.0 unit='次/年'>"
    assert repr(jixiao.parse(b"x\ny")) .startswith("<Filing source=None year=None projects=0 ")
    d = jixiao.parse("no table here\nat all").diagnostics[0]
    assert repr(d).startswith("<Diagnostic S001 error ")


def test_long_names_are_shortened_in_repr() -> None:
    f = jixiao.parse(SMALL.replace("培训人数", "很长的指标名称" * 20))
    r = repr(f.projects[0].indicators[0])
    assert "…" in r and len(r) < 120


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_records_are_frozen(seed000: Path, cls: type) -> None:
    f = jixiao.parse(seed000)
    examples: dict[type, Any] = {
        jixiao.Filing: f,
        jixiao.Project: f.projects[0],
        jixiao.Indicator: f.projects[0].indicators[0],
        jixiao.Target: f.projects[0].indicators[0].target,
        jixiao.Diagnostic: jixiao.parse("nothing\nhere").diagnostics[0],
    }
    record = examples[cls]
    assert type(record) is cls
    for name in attributes(cls):
        before = getattr(record, name)
        with pytest.raises(AttributeError):
            setattr(record, name, before)
        with pytest.raises(AttributeError):
            delattr(record, name)
    with pytest.raises(AttributeError):
        record.something_new = 1  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        cls()


def test_records_are_built_once_and_to_dict_is_a_copy(seed000: Path) -> None:
    f = jixiao.parse(seed000)
    assert f.projects is f.projects
    assert f.projects[0].indicators[0].target is f.projects[0].indicators[0].target
    d = f.to_dict()
    d["projects"].clear()
    f.projects[0].funds["midterm"] = None
    assert f.to_dict()["projects"] and f.projects[0].funds["midterm"] is not None


def test_classes_present_as_jixiao() -> None:
    for cls in CLASSES:
        assert cls.__module__ == "jixiao"
        assert getattr(jixiao, cls.__name__) is cls
        assert cls.__doc__, f"{cls.__name__} has no docstring"


GRADES = (
    "某资金绩效目标表\n项目名称\t某资金\n"
    "绩效指标分类\t绩效指标\t绩效指标描述\t评价标准\t\t\t\t评价标准确定依据\n"
    "\t\t\t优\t良\t中\t差\t\n"
    "产出指标\t救助覆盖率\t是否应救尽救\t100%\t90%\t85%\t85%\t按标准评价\n"
)


def test_value_columns_name_each_of_the_values() -> None:
    # A grade-standard table: four value columns, named by the project.
    p = jixiao.parse(GRADES).projects[0]
    assert p.value_columns == ["优", "良", "中", "差"]
    assert list(p.indicators[0].values) == ["100%", "90%", "85%", "85%"]
    assert p.to_dict()["value_columns"] == p.value_columns
    # One value column: nothing to name.
    assert jixiao.parse(SMALL).projects[0].value_columns is None
