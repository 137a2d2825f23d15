"""jixiao.read / iter_read: the four tables agree with Filing records, keep input order
at any thread count, survive broken files, stop on Ctrl-C, and load into pyarrow,
pandas and polars."""

from __future__ import annotations

import _thread
import shutil
import threading
import time
from pathlib import Path
from typing import Any

import pytest

import jixiao
from jixiao import examples

pa = pytest.importorskip("pyarrow", reason="pyarrow is needed to read the tables back in these tests")


def rows(table: jixiao.Table) -> list[dict[str, Any]]:
    return pa.table(table).to_pylist()  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def seeds() -> list[Path]:
    return examples.paths()


def copies(seeds: list[Path], folder: Path, n: int) -> list[str]:
    """`n` distinct files cycling over the seeds (a read takes each path once)."""
    out = []
    for k in range(n):
        dst = folder / f"{k:04}_{seeds[k % len(seeds)].name}"
        shutil.copy(seeds[k % len(seeds)], dst)
        out.append(str(dst))
    return out


def test_tables_agree_with_the_records_row_by_row(seeds: list[Path]) -> None:
    corpus = jixiao.read([str(p) for p in seeds])
    filings = rows(corpus.filings)
    projects = rows(corpus.projects)
    indicators = rows(corpus.indicators)
    diagnostics = rows(corpus.diagnostics)
    assert [f["source"] for f in filings] == [str(p) for p in seeds]
    n_ind = 0
    for fid, path in enumerate(seeds):
        d = jixiao.parse(path).to_dict()
        f = filings[fid]
        assert (f["filing_id"], f["year"], f["agency"], f["error"]) == (fid, d["year"], d["agency"], None)
        assert f["n_projects"] == len(d["projects"])
        mine = [p for p in projects if p["filing_id"] == fid]
        assert [p["project_id"] for p in mine] == list(range(len(d["projects"])))
        for p, dp in zip(mine, d["projects"]):
            assert (p["name"], p["department"], p["money_unit"]) == (dp["name"], dp["department"], dp["money_unit"])
            annual = dp["funds"]["annual"] or {}
            assert p["annual_total"] == annual.get("total")
            inds = [i for i in indicators if i["filing_id"] == fid and i["project_id"] == p["project_id"]]
            assert [i["indicator_id"] for i in inds] == list(range(len(dp["indicators"])))
            for i, di in zip(inds, dp["indicators"]):
                n_ind += 1
                for key in ("period", "level1", "level2", "level1_raw", "level2_raw", "name", "description", "value", "basis", "line"):
                    assert i[key] == di[key], (key, i, di)
                for key, value in di["target"].items():
                    assert i[f"target_{key}"] == value, (key, i, di)
        diags = [x for x in diagnostics if x["filing_id"] == fid]
        assert [(x["code"], x["line"], x["snippet"]) for x in diags] == [
            (x["code"], x["line"], x["snippet"]) for x in d["diagnostics"]
        ]
    assert n_ind == len(indicators)


def test_same_tables_at_one_and_two_threads(tmp_path: Path, seeds: list[Path]) -> None:
    inputs = copies(seeds, tmp_path, 20)
    one = jixiao.read(inputs, threads=1)
    two = jixiao.read(inputs, threads=2)
    for name in ("filings", "projects", "indicators", "diagnostics"):
        assert pa.table(getattr(one, name)).equals(pa.table(getattr(two, name))), name


def test_broken_files_get_a_row_each_and_no_exception(tmp_path: Path, seeds: list[Path]) -> None:
    text = seeds[1].read_text(encoding="utf-8")
    (tmp_path / "a_binary.bin").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "b_empty.txt").write_bytes(b"")
    (tmp_path / "c_gb18030.txt").write_bytes(text.encode("gb18030"))
    (tmp_path / "d_truncated.txt").write_text(text[: len(text) // 2], encoding="utf-8")
    (tmp_path / "e_undecodable.txt").write_bytes(b"\xff" * 500)
    corpus = jixiao.read(tmp_path)
    filings = rows(corpus.filings)
    assert [Path(f["source"]).name for f in filings] == sorted(p.name for p in tmp_path.iterdir())
    by_name = {Path(f["source"]).name: f for f in filings}
    assert by_name["a_binary.bin"]["error_kind"] in {"binary", "decode"}
    assert by_name["b_empty.txt"]["error_kind"] == "empty"
    assert by_name["c_gb18030.txt"]["encoding"] == "gb18030"
    assert by_name["c_gb18030.txt"]["n_projects"] == 6
    assert by_name["d_truncated.txt"]["error"] is None and by_name["d_truncated.txt"]["n_projects"] >= 2
    assert by_name["e_undecodable.txt"]["error_kind"] == "decode"
    assert len(corpus.failures) == 3
    assert {f.kind for f in corpus.failures} >= {"empty", "decode"}
    with pytest.raises(jixiao.JixiaoError):
        jixiao.read(tmp_path, strict=True)


def test_iter_read_chunks_add_up_to_one_read(tmp_path: Path, seeds: list[Path]) -> None:
    inputs = copies(seeds, tmp_path, 12)
    whole = rows(jixiao.read(inputs).indicators)
    parts = list(jixiao.iter_read(inputs, batch_size=5))
    assert [len(p.filings) for p in parts] == [5, 5, 2]
    assert [r for p in parts for r in rows(p.indicators)] == whole


def test_reads_longer_than_a_group_keep_ids_and_rows(tmp_path: Path, seeds: list[Path]) -> None:
    # A read turns every `_READ_GROUP` inputs into Arrow batches, on the thread that
    # parsed them; the tables must not show where the groups fell.
    from jixiao import _native

    step = _native._READ_GROUP
    n = 2 * step + 52
    inputs = copies(seeds, tmp_path, n)
    corpus = jixiao.read(inputs, threads=2)
    filings = rows(corpus.filings)
    assert [f["filing_id"] for f in filings] == list(range(n))
    per_seed = [sum(len(p.indicators) for p in jixiao.parse(s).projects) for s in seeds]
    indicators = pa.table(corpus.indicators)
    counts = indicators.group_by("filing_id").aggregate([("indicator_id", "count")]).sort_by("filing_id")
    assert counts["indicator_id_count"].to_pylist() == [per_seed[k % len(seeds)] for k in range(n)]
    # iter_read batches that cut across groups give the same rows.
    size = step + 100
    parts = list(jixiao.iter_read(inputs, batch_size=size))
    assert [len(p.filings) for p in parts] == [min(size, n - i) for i in range(0, n, size)]
    assert pa.concat_tables([pa.table(p.indicators) for p in parts]).equals(indicators)


def test_progress_callback_sees_every_file(tmp_path: Path, seeds: list[Path]) -> None:
    seen: list[tuple[int, int]] = []
    jixiao.read(copies(seeds, tmp_path, 16), progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1] == (16, 16)
    assert all(total == 16 for _, total in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_ctrl_c_stops_a_long_read(tmp_path: Path, seeds: list[Path]) -> None:
    copies(seeds, tmp_path, 3000)
    timer = threading.Timer(0.3, _thread.interrupt_main)
    start = time.monotonic()
    timer.start()
    with pytest.raises(KeyboardInterrupt):
        jixiao.read(tmp_path, threads=1)
    stopped = time.monotonic() - start
    timer.cancel()
    assert stopped < 0.3 + 1.0, f"the read went on {stopped - 0.3:.2f} s after Ctrl-C"


@pytest.mark.parametrize("consumer", ["pandas", "polars", "pyarrow"])
def test_any_arrow_consumer_loads_the_tables(consumer: str, seeds: list[Path]) -> None:
    pytest.importorskip(consumer)
    corpus = jixiao.read([str(p) for p in seeds])
    n = len(corpus.indicators)
    if consumer == "pandas":
        df = corpus.indicators.to_pandas()
        assert df.shape == (n, len(corpus.indicators.columns))
        assert list(df.columns) == corpus.indicators.columns
    elif consumer == "polars":
        import polars as pl

        assert pl.DataFrame(corpus.indicators).height == n
        assert corpus.projects.to_polars().height == len(corpus.projects)
    else:
        assert corpus.filings.to_arrow().num_rows == 4


def test_expand_walks_folders_and_globs(seeds: list[Path]) -> None:
    folder = seeds[0].parent
    assert jixiao.expand(folder) == [str(p) for p in seeds]
    assert jixiao.expand(str(folder / "00[12]*.txt")) == [str(seeds[1]), str(seeds[2])]


def test_a_folder_mixing_every_format_gives_one_row_per_file(tmp_path: Path, seeds: list[Path]) -> None:
    fixtures = Path(__file__).parent / "fixtures"
    for fmt in ("docx", "xlsx", "html", "pdf"):
        shutil.copy(fixtures / fmt / f"001_3c5feb4450205158.{fmt}", tmp_path / f"001.{fmt}")
    shutil.copy(fixtures / "extra" / "001_3c5feb4450205158.xls", tmp_path / "001.xls")
    shutil.copy(seeds[1], tmp_path / "001.txt")
    shutil.copy(fixtures / "doc" / "built_target_table.doc", tmp_path / "table.doc")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    filings = rows(jixiao.read(tmp_path).filings)
    by_name = {Path(f["source"]).name: f for f in filings}
    assert len(filings) == 8
    assert (by_name["table.doc"]["format"], by_name["table.doc"]["n_projects"], by_name["table.doc"]["n_indicators"]) == ("doc", 1, 4)
    for name, fmt in [("001.docx", "docx"), ("001.xlsx", "xlsx"), ("001.html", "html"), ("001.pdf", "pdf"),
                      ("001.xls", "xls"), ("001.txt", "text")]:
        assert (by_name[name]["format"], by_name[name]["n_projects"], by_name[name]["error"]) == (fmt, 6, None), name
    assert by_name["broken.docx"]["error"] is not None


def test_projects_table_names_the_value_columns(tmp_path: Path) -> None:
    # A grade-standard table's four value columns, as a list column; null for a table
    # with one value column.
    grades = tmp_path / "grades.txt"
    grades.write_text(
        "某资金绩效目标表\n项目名称\t某资金\n"
        "绩效指标分类\t绩效指标\t绩效指标描述\t评价标准\t\t\t\t评价标准确定依据\n"
        "\t\t\t优\t良\t中\t差\t\n"
        "产出指标\t救助覆盖率\t是否应救尽救\t100%\t90%\t85%\t85%\t按标准评价\n",
        encoding="utf-8",
    )
    single = tmp_path / "single.txt"
    single.write_text("项目名称\t测试项目\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人数\t≥95%\n", encoding="utf-8")
    corpus = jixiao.read([str(grades), str(single)], threads=1)
    assert [r["value_columns"] for r in rows(corpus.projects)] == [["优", "良", "中", "差"], None]


def test_a_zip_of_attachments_is_read_member_by_member(tmp_path: Path, seeds: list[Path]) -> None:
    # Departments post their disclosures as one .zip of attachments.
    import zipfile

    fixtures = Path(__file__).parent / "fixtures"
    bundle = tmp_path / "预算公开.zip"
    with zipfile.ZipFile(bundle, "w") as z:
        z.write(fixtures / "pdf" / "001_3c5feb4450205158.pdf", "附件1/项目支出绩效目标表.pdf")
        z.write(seeds[1], "附件2.txt")
        z.writestr("__MACOSX/._附件2.txt", b"resource fork")
    filings = rows(jixiao.read(tmp_path).filings)
    assert [f["source"] for f in filings] == [str(bundle / "附件1/项目支出绩效目标表.pdf"), str(bundle / "附件2.txt")]
    assert [(f["format"], f["n_projects"], f["error"]) for f in filings] == [("pdf", 6, None), ("text", 6, None)]
    # One member alone, by its path inside the archive; the archive itself is not a filing.
    assert len(jixiao.parse(bundle / "附件2.txt").projects) == 6
    with pytest.raises(jixiao.ArchiveInputError, match="2 files"):
        jixiao.parse(bundle.read_bytes())
