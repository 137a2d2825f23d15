"""The seeds through every kind of source, and against the hand-made truth.

Python twin of tests/golden_seeds.rs: it checks that what reaches Python (the
to_dict() built by the bindings) is what the core produced, for paths, bytes and str.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

import jixiao
from conftest import TRUTH


def without(d: Mapping[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in keys}


def test_every_kind_of_source_gives_the_same_filing(seed: Path) -> None:
    raw = seed.read_bytes()
    by_str = jixiao.parse(str(seed))
    by_path = jixiao.parse(seed)
    by_bytes = jixiao.parse(raw)
    by_bytearray = jixiao.parse(bytearray(raw))
    by_memoryview = jixiao.parse(memoryview(raw))
    by_text = jixiao.parse(raw.decode("utf-8"))

    # Filing.source is the path for paths, None for content.
    assert by_str.source == str(seed)
    assert by_path.source == str(seed)
    for content in (by_bytes, by_bytearray, by_memoryview, by_text):
        assert content.source is None
    # A str is already decoded: there is no encoding to report.
    assert by_bytes.encoding == "utf-8"
    assert by_text.encoding is None

    reference = without(by_str.to_dict(), "source")
    assert reference["projects"], "the seed should yield projects"
    assert without(by_path.to_dict(), "source") == reference
    assert without(by_bytes.to_dict(), "source") == reference
    assert without(by_bytearray.to_dict(), "source") == reference
    assert without(by_memoryview.to_dict(), "source") == reference
    assert without(by_text.to_dict(), "source", "encoding") == without(reference, "encoding")


def compare(path: str, truth: Any, got: Any, diffs: list[str]) -> None:
    """Every key of `truth` must be equal in `got` (which may have more keys).

    Truth level labels are the printed ones, so `level1`/`level2` compare with
    `level1_raw`/`level2_raw`. JSON arrays match lists and tuples (`lines`).
    """
    if isinstance(truth, dict):
        if not isinstance(got, dict):
            diffs.append(f"{path}: {got!r} is not an object (truth {truth!r})")
            return
        for key, tv in truth.items():
            if key in ("notes", "file"):
                continue
            gk = key
            if key in ("level1", "level2") and f"{key}_raw" in got:
                gk = f"{key}_raw"
            if gk not in got:
                diffs.append(f"{path}.{key}: missing (truth {tv!r})")
            else:
                compare(f"{path}.{key}", tv, got[gk], diffs)
    elif isinstance(truth, list):
        if not isinstance(got, (list, tuple)):
            diffs.append(f"{path}: {got!r} is not an array (truth {truth!r})")
            return
        if len(truth) != len(got):
            diffs.append(f"{path}: {len(got)} items, truth has {len(truth)}")
        for i, (tv, gv) in enumerate(zip(truth, got)):
            compare(f"{path}[{i}]", tv, gv, diffs)
    elif isinstance(truth, (int, float)) and not isinstance(truth, bool):
        number = isinstance(got, (int, float)) and not isinstance(got, bool)
        if not number or abs(truth - got) > 1e-9:
            diffs.append(f"{path}: {got!r} != truth {truth!r}")
    elif truth != got or type(truth) is not type(got):
        diffs.append(f"{path}: {got!r} != truth {truth!r}")


def test_seed_matches_the_truth(seed: Path) -> None:
    truth_file = TRUTH / f"{seed.stem}.json"
    if not truth_file.is_file():
        pytest.skip(f"../shared has no truth for this seed: {truth_file} is missing")
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    diffs: list[str] = []
    compare("filing", truth, jixiao.parse(seed).to_dict(), diffs)
    assert not diffs, f"{len(diffs)} differences from the truth:\n" + "\n".join(diffs)


def test_compare_catches_differences() -> None:
    # The golden check is only as good as `compare`: make sure it can fail.
    diffs: list[str] = []
    truth = {"a": 1, "lines": [1, 2], "x": [{"level1": "产出指标"}], "b": None, "notes": "ignored"}
    got = {"a": 1.5, "lines": (1, 3), "x": [{"level1_raw": "产出", "level1": "产出指标"}], "b": False}
    compare("f", truth, got, diffs)
    assert diffs == [
        "f.a: 1.5 != truth 1",
        "f.lines[1]: 3 != truth 2",
        "f.x[0].level1: '产出' != truth '产出指标'",
        "f.b: False != truth None",
    ]


HTML = (
    "<html><body><table>\n<tr><td>项目名称</td><td>测试项目</td></tr>\n"
    "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>\n"
    "<tr><td>产出指标</td><td>数量指标</td><td>培训人数</td><td>≥95%</td></tr>\n"
    "</table></body></html>\n"
)


@pytest.mark.parametrize("fmt", [None, "html"])
def test_a_str_of_html_reads_like_its_bytes(fmt: str | None) -> None:
    by_bytes = jixiao.parse(HTML.encode("utf-8"), format=fmt)
    by_str = jixiao.parse(HTML, format=fmt)
    assert by_str.format == by_bytes.format == "html"
    assert [p.name for p in by_str.projects] == ["测试项目"]
    assert by_str.to_dict() == by_bytes.to_dict()
