"""The benchmark tools: the generator writes what its manifest says, in every layout,
and jixiao reads it back; `memory` reports an iter_read loop."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import jixiao
from jixiao.bench import generate, memory

pa = pytest.importorskip("pyarrow", reason="pyarrow is needed to read the tables back in these tests")


def test_generated_filings_read_back_as_the_manifest_says(tmp_path: Path) -> None:
    total = generate.generate(12, tmp_path, seed=3)
    manifest = json.loads((tmp_path / ".manifest.json").read_text(encoding="utf-8"))
    assert len(list(tmp_path.glob("*.txt"))) == 12 and len(manifest["files"]) == 12
    assert len({f["layout"] for f in manifest["files"].values()}) == len(generate.LAYOUTS)
    corpus = jixiao.read(sorted(str(p) for p in tmp_path.glob("*.txt")))
    filings = pa.table(corpus.filings).to_pylist()
    assert all(f["error"] is None for f in filings)
    counts = pa.table(corpus.indicators).group_by("filing_id").aggregate([("indicator_id", "count")]).sort_by("filing_id")
    want = [sum(len(p["indicators"]) for p in manifest["files"][name]["projects"]) for name in sorted(manifest["files"])]
    assert counts["indicator_id_count"].to_pylist() == want
    assert sum(want) == total


def test_no_manifest_and_the_memory_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    generate.generate(7, tmp_path, manifest=False)
    assert not (tmp_path / ".manifest.json").exists()
    assert memory.main([str(tmp_path), "--batch-size", "3", "--every", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in out[:-1]] == ["batch 1", "batch 2", "batch 3"]
    assert out[-1].startswith("iter_read batch_size=3: 7 files")
