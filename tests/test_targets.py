"""jixiao.parse_target / parse_targets: the target grammar on its own gives what a
parse gives the same values, one at a time or as a table, with clear errors."""

from __future__ import annotations

from typing import Any

import pytest

import jixiao
from jixiao import examples

TARGET_KEYS = ("kind", "op", "value", "max", "unit", "std_value", "std_unit", "date", "direction")


def seed_indicators() -> list[tuple[int | None, jixiao.Indicator]]:
    """The bundled examples' indicators a parse reads without the date hint."""
    out = []
    for path in examples.paths():
        f = jixiao.parse(path)
        for p in f.projects:
            for ind in p.indicators:
                if ind.level2 != "时效指标" and "时间" not in ind.name and "日期" not in ind.name:
                    out.append((f.year, ind))
    return out


def test_parse_target_reads_as_a_parse_does() -> None:
    pairs = seed_indicators()
    assert len(pairs) > 100
    for year, ind in pairs:
        assert jixiao.parse_target(ind.value, year=year).to_dict() == ind.target.to_dict(), ind.value


def test_parse_target_fields() -> None:
    t = jixiao.parse_target("≤530元/天")
    assert (t.kind, t.op, t.value, t.unit) == ("number", "<=", 530.0, "元/天")
    r = jixiao.parse_target("95%-100%")
    assert (r.kind, r.op, r.value, r.max) == ("range", "between", 95.0, 100.0)
    assert jixiao.parse_target("逐步提高").direction == "increase"
    assert jixiao.parse_target("").kind == "empty"


def test_context_reads_dates() -> None:
    assert jixiao.parse_target("20241231", expect_date=True).date == "2024-12-31"
    assert jixiao.parse_target("20241231").kind != "date"
    month = jixiao.parse_target("12月底前", year=2024)
    assert month.date is not None and month.date.startswith("2024-12")


def test_parse_targets_table_matches_parse_target() -> None:
    pa = pytest.importorskip("pyarrow", reason="pyarrow reads the table back")
    values: list[str | float | None] = ["≥95%", None, "2次/年", float("nan"), "逐步提高", "≤530元/天", "**"]
    table = jixiao.parse_targets(values, year=2024)
    assert table.name == "targets" and len(table) == len(values)
    assert table.columns == ["value"] + [f"target_{k}" for k in TARGET_KEYS]
    rows: list[dict[str, Any]] = pa.table(table).to_pylist()
    for v, row in zip(values, rows):
        text = v if isinstance(v, str) else None
        assert row["value"] == text
        want = jixiao.parse_target(text or "", year=2024).to_dict()
        assert {k: row[f"target_{k}"] for k in TARGET_KEYS} == {k: want.get(k) for k in TARGET_KEYS}


def test_parse_targets_same_columns_as_the_indicators_table() -> None:
    pa = pytest.importorskip("pyarrow", reason="pyarrow reads the schemas")
    corpus = jixiao.read([str(p) for p in examples.paths()])
    ind = pa.table(corpus.indicators)
    values = ind.column("value").to_pylist()
    targets = pa.table(jixiao.parse_targets(values, threads=2))
    for k in TARGET_KEYS:
        assert targets.schema.field(f"target_{k}").type == ind.schema.field(f"target_{k}").type
    # Rows whose target needs no context (the filing's year, the date hint) agree.
    kinds = ind.column("target_kind").to_pylist()
    same = sum(1 for a, b in zip(kinds, targets.column("target_kind").to_pylist()) if a == b)
    assert same >= 0.9 * len(kinds)


def test_parse_targets_takes_a_pandas_column() -> None:
    pd = pytest.importorskip("pandas", reason="pandas is optional")
    s = pd.Series(["≥95%", None, "100%"], dtype=object)
    s2 = pd.Series(["≥95%", pd.NA], dtype="string")
    df = jixiao.parse_targets(s).to_pandas()
    assert list(df["target_value"][[0, 2]]) == [95.0, 100.0]
    assert df["target_kind"][1] == "empty"
    assert len(jixiao.parse_targets(s2)) == 2


def test_parse_targets_takes_a_pyarrow_column() -> None:
    pa = pytest.importorskip("pyarrow", reason="pyarrow is optional")
    column = pa.chunked_array([["≥95%", None], ["2次/年"]])
    got = pa.table(jixiao.parse_targets(column)).to_pylist()
    assert [r["value"] for r in got] == ["≥95%", None, "2次/年"]
    assert [r["target_value"] for r in got] == [95.0, None, 2.0]


def test_parse_targets_large_keeps_order() -> None:
    pa = pytest.importorskip("pyarrow", reason="pyarrow reads the table back")
    values = [f"≥{i}次" for i in range(40_000)]
    col = pa.table(jixiao.parse_targets(values, threads=2)).column("target_value").to_pylist()
    assert col == [float(i) for i in range(40_000)]


def test_parse_targets_errors() -> None:
    with pytest.raises(TypeError, match="parse_target"):
        jixiao.parse_targets("≥95%")
    with pytest.raises(TypeError, match="value 1 is a int"):
        jixiao.parse_targets(["≥95%", 3])
    with pytest.raises(TypeError):
        jixiao.parse_target(None)  # type: ignore[arg-type]
    empty = jixiao.parse_targets([])
    assert len(empty) == 0 and empty.columns[0] == "value"
