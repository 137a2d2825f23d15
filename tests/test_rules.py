"""The checks through Python: jixiao.Rules, jixiao.rules(), and the findings the
seeds must produce (code, project, indicator, line)."""

from __future__ import annotations

import copy
import pickle
import re
from pathlib import Path

import pytest

import jixiao
from conftest import REPO, _seed_path

# The codes of spec/rules.md, with jixiao's own S007–S010, F008 and F009 (docs/rules.md).
RULES_MD_CODES = (
    [f"S{i:03}" for i in range(1, 11)]
    + [f"T00{i}" for i in range(1, 8)]
    + [f"V{i:03}" for i in range(1, 15)]
    + [f"F00{i}" for i in range(1, 10)]
    + [f"C00{i}" for i in range(1, 5)]
)


def found(f: jixiao.Filing, code: str) -> list[tuple[int | None, int | None, int | None]]:
    return [(d.project, d.indicator, d.line) for d in f.diagnostics if d.code == code]


def test_the_catalogue_lists_every_rule_of_rules_md() -> None:
    catalogue = jixiao.rules()
    assert [r["code"] for r in catalogue] == RULES_MD_CODES
    for r in catalogue:
        assert set(r) == {"code", "severity", "summary", "basis", "settings"}
        assert r["severity"] in ("error", "warning", "info") and r["summary"] and r["basis"]
    by_code = {r["code"]: r for r in catalogue}
    assert by_code["V007"]["settings"] == ["quantified_min"]
    assert by_code["V008"]["settings"] == ["satisfaction_min"]
    assert (by_code["V001"]["severity"], by_code["T005"]["severity"], by_code["F004"]["severity"]) == (
        "error",
        "info",
        "warning",
    )


def test_docs_rules_md_is_the_catalogue() -> None:
    docs = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| ([STVFC]\d{3}) \| (\w+) \|", docs, flags=re.M)
    assert rows == [(r["code"], r["severity"]) for r in jixiao.rules()]


def test_rules_defaults_and_normalisation() -> None:
    r = jixiao.Rules()
    assert (r.select, r.ignore, r.satisfaction_min, r.quantified_min, r.framework) == ((), (), 80.0, 0.5, "auto")
    assert r.codes == tuple(RULES_MD_CODES)
    r = jixiao.Rules(select="v, f004", ignore=["V004"], framework="b")
    assert (r.select, r.ignore, r.framework) == (("V", "F004"), ("V004",), "B")
    assert r.enabled("V001") and r.enabled("f004") and not r.enabled("V004") and not r.enabled("S001")
    assert repr(r) == "Rules(select=['V', 'F004'], ignore=['V004'], satisfaction_min=80.0, quantified_min=0.5, framework='B')"


def test_prefixes_work_like_ruff() -> None:
    assert jixiao.Rules(select=["V001"], ignore=["V"]).codes == ("V001",)
    assert jixiao.Rules(select=["V"], ignore=["V00"]).codes == ("V010", "V011", "V012", "V013", "V014")
    assert jixiao.Rules(ignore=["ALL"], select=["C"]).codes == ("C001", "C002", "C003", "C004")
    assert jixiao.Rules(select=["T005"], ignore=["T005"]).codes == ()


def test_rules_compare_copy_and_pickle() -> None:
    r = jixiao.Rules(select=["V"], satisfaction_min=85, framework="A")
    assert r == jixiao.Rules(select=["v"], satisfaction_min=85.0, framework="a")
    assert r != jixiao.Rules()
    assert pickle.loads(pickle.dumps(r)) == r
    assert copy.deepcopy(r) == r
    with pytest.raises(AttributeError):
        r.satisfaction_min = 90  # type: ignore[misc]


@pytest.mark.parametrize("bad", ["X001", "V999", "V0011", "", "S1"])
def test_unknown_codes_raise_a_clear_value_error(bad: str) -> None:
    with pytest.raises(jixiao.UnknownRuleError) as info:
        jixiao.Rules(select=[bad])
    assert isinstance(info.value, ValueError) and isinstance(info.value, jixiao.JixiaoError)
    assert bad in str(info.value) and "V001–V014" in str(info.value)
    with pytest.raises(jixiao.UnknownRuleError):
        jixiao.Rules(ignore=["V001", bad])


@pytest.mark.parametrize(
    "kwargs",
    [{"satisfaction_min": 120}, {"satisfaction_min": -1}, {"quantified_min": 1.5}, {"quantified_min": float("nan")}, {"framework": "C"}],
)
def test_bad_settings_raise_rule_settings_error(kwargs: dict[str, object]) -> None:
    with pytest.raises(jixiao.RuleSettingsError) as info:
        jixiao.Rules(**kwargs)  # type: ignore[arg-type]
    assert isinstance(info.value, ValueError) and not isinstance(info.value, jixiao.UnknownRuleError)


def test_non_string_codes_are_a_type_error() -> None:
    with pytest.raises(TypeError):
        jixiao.Rules(select=[1])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        jixiao.parse("a\nb", rules="V")  # type: ignore[arg-type]


def seed(n: int) -> jixiao.Filing:
    stems = {0: "000_745e885c1d9c7d4d", 1: "001_3c5feb4450205158", 2: "002_f456bd2ab518867e", 4: "004_2a810ef67890c9d0"}
    return jixiao.parse(_seed_path(stems[n]))


def test_seed_000_findings() -> None:
    f = seed(0)
    assert found(f, "V001") == [(4, 10, 174)]
    assert f.projects[4].indicators[10].name == "医保重要政策知晓率"
    growth = [i for i, ind in enumerate(f.projects[2].indicators) if ind.name == "医保费报销水平同比增幅"]
    assert found(f, "C002") == [(2, growth[1], 106)]
    assert {(2, growth[0], 106), (2, growth[1], 106)} <= set(found(f, "V011"))
    c001 = [i for i, ind in enumerate(f.projects[0].indicators) if ind.name == "全市医保业务标准化建设执行率"]
    assert (0, c001[0], 23) in found(f, "C001")
    assert [d.code for d in f.diagnostics if d.severity == "error"] == ["V001"]


def test_seed_001_findings() -> None:
    f = seed(1)
    assert found(f, "F004") == [(i, None, p.lines[0]) for i, p in enumerate(f.projects)]
    assert all("likely unit: 元" in d.message for d in f.diagnostics if d.code == "F004")
    t005 = [d for d in f.diagnostics if d.code == "T005"]
    assert len(t005) == 1 and "framework B" in t005[0].message and t005[0].severity == "info"
    assert found(f, "V008") == [(1, 5, 41), (2, 5, 61)]
    assert [(d.snippet) for d in f.diagnostics if d.code == "V008"] == ["政策知晓率 | 普遍知晓", "工作满意度 | 满意"]
    assert not [d for d in f.diagnostics if d.severity == "error"]


def test_seed_002_and_004_findings() -> None:
    f = seed(2)
    assert found(f, "F007") == [(1, 3, 121)] and f.projects[1].indicators[3].name == "设备均价"
    f = seed(4)
    assert found(f, "S004") == [(4, None, 517)]
    assert (0, 3, 123) in found(f, "V009") and f.projects[0].indicators[3].name == "各种费用拨付率"


def test_rules_choose_the_checks_and_thresholds() -> None:
    path = _seed_path("001_3c5feb4450205158")
    only = jixiao.parse(path, rules=jixiao.Rules(select=["V008"]))
    assert {d.code for d in only.diagnostics} == {"V008"}
    none = jixiao.parse(path, rules=jixiao.Rules(ignore=["ALL"]))
    assert none.diagnostics == ()
    # ≥95% passes 80 but not 96.
    strict = jixiao.parse(path, rules=jixiao.Rules(select=["V008"], satisfaction_min=96))
    assert len(strict.diagnostics) > len(only.diagnostics)
    # Forcing the 88号 framework on a 101号 table makes its 成本指标 一级 an error.
    forced = jixiao.parse(path, rules=jixiao.Rules(select=["T001"], framework="A"))
    assert len(forced.diagnostics) == 6 and all(d.severity == "error" for d in forced.diagnostics)
    lax = jixiao.parse(path, rules=jixiao.Rules(select=["V007"], quantified_min=0))
    assert lax.diagnostics == ()


def test_diagnostics_are_bilingual_and_quote_their_text(seed: Path) -> None:
    f = jixiao.parse(seed)
    for d in f.diagnostics:
        assert " / " in d.message, d
        assert re.search(r"[\u4e00-\u9fff]", d.message) and re.search(r"[a-z]{3}", d.message), d
        if d.indicator is not None:
            ind = f.projects[d.project].indicators[d.indicator]
            assert d.line == ind.line and d.snippet and ind.name in d.snippet
