"""The jixiao command line: `python -m jixiao check …` as a user runs it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from conftest import SEEDS


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "jixiao", *args], capture_output=True, text=True, encoding="utf-8", cwd=cwd, env=env, timeout=300
    )


@pytest.fixture
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"../shared is not beside the repository: {SEEDS} is missing")
    return SEEDS


LINE = re.compile(r"^(?P<path>[^:]+):(?:(?P<line>\d+):)? (?P<code>[STVFC]\d{3}) (?P<sev>error|warning|info) (?P<msg>.+)$")


def test_check_prints_the_seed_findings_like_a_linter(seeds: Path) -> None:
    done = run("check", str(seeds))
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert lines and all(LINE.match(l) for l in lines), [l for l in lines if not LINE.match(l)][:3]
    got = {(Path(m["path"]).name[:3], m["line"], m["code"], m["sev"]) for m in map(LINE.match, lines) if m}
    for want in [
        ("000", "174", "V001", "error"),
        ("000", "106", "V011", "warning"),
        ("000", "106", "C002", "warning"),
        ("000", "23", "C001", "warning"),
        ("001", "3", "F004", "warning"),
        ("001", "103", "F004", "warning"),
        ("001", "41", "V008", "warning"),
        ("001", "61", "V008", "warning"),
        ("002", "121", "F007", "warning"),
        ("004", "517", "S004", "warning"),
        ("004", "123", "V009", "warning"),
    ]:
        assert want in got, want
    assert any(m and m["code"] == "T005" and "framework B" in m["msg"] and m["path"].endswith("001_3c5feb4450205158.txt") for m in map(LINE.match, lines))
    assert "4 file(s) checked" in done.stderr


def test_json_output_parses(seeds: Path) -> None:
    done = run("check", str(seeds), "--format", "json")
    assert done.returncode == 1
    data = json.loads(done.stdout)
    assert data["summary"]["files"] == 4 and data["summary"]["unreadable"] == 0 and data["errors"] == []
    keys = {"path", "code", "severity", "message", "project", "indicator", "line", "snippet"}
    assert all(set(d) == keys for d in data["diagnostics"])
    assert {"path": str(seeds / "000_745e885c1d9c7d4d.txt"), "code": "V001", "project": 4, "indicator": 10, "line": 174}.items() <= next(
        d for d in data["diagnostics"] if d["code"] == "V001"
    ).items()
    assert data["summary"]["error"] == sum(d["severity"] == "error" for d in data["diagnostics"])


def test_exit_zero_without_errors_and_select_ignore(seeds: Path) -> None:
    done = run("check", str(seeds / "001_3c5feb4450205158.txt"), "--select", "F,V008", "--ignore", "F001")
    assert done.returncode == 0, done.stdout + done.stderr
    codes = {LINE.match(l)["code"] for l in done.stdout.splitlines()}  # type: ignore[index]
    assert codes == {"F004", "V008"}
    done = run("check", str(seeds), "--min-severity", "error")
    assert done.returncode == 1 and all(" error " in l for l in done.stdout.splitlines())


def test_usage_and_unreadable_files_exit_2(tmp_path: Path, seeds: Path) -> None:
    assert run("check").returncode == 2
    bad = run("check", str(seeds), "--select", "X99")
    assert bad.returncode == 2 and "X99" in bad.stderr
    missing = run("check", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2 and "nope.txt" in missing.stderr
    (tmp_path / "empty.txt").write_text("")
    assert run("check", str(tmp_path)).returncode == 2


def test_directories_are_walked_for_filings_only(tmp_path: Path, seeds: Path) -> None:
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    (sub / "filing.txt").write_bytes((seeds / "002_f456bd2ab518867e.txt").read_bytes())
    (tmp_path / "notes.md").write_text("# not a filing\n")
    (tmp_path / ".hidden.txt").write_text("")
    done = run("check", str(tmp_path), "--format", "json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["summary"]["files"] == 1
    assert {d["path"] for d in data["diagnostics"]} == {str(sub / "filing.txt")}


def test_wps_office_names_are_walked(tmp_path: Path) -> None:
    # WPS Office saves Word- and Excel-format files as .wps and .et; they are filings.
    doc = Path(__file__).parent / "fixtures" / "doc" / "built_target_table.doc"
    (tmp_path / "目标表.wps").write_bytes(doc.read_bytes())
    (tmp_path / "notes.log").write_text("not a filing")
    done = run("check", str(tmp_path), "--format", "json")
    assert done.returncode in (0, 1), done.stderr
    assert json.loads(done.stdout)["summary"]["files"] == 1


def test_help_explains_output_and_exit_status() -> None:
    done = run("check", "--help")
    assert done.returncode == 0
    for words in ["path:line: CODE severity message", "exit status", "--select", "--ignore", "--format", "prefix"]:
        assert words in done.stdout, words
    assert run("--help").returncode == 0
    assert run("--version").stdout.startswith("jixiao ")


def test_rules_command_lists_the_catalogue() -> None:
    done = run("rules", "--format", "json")
    assert done.returncode == 0
    assert [r["code"] for r in json.loads(done.stdout)][:3] == ["S001", "S002", "S003"]
    assert "V008 warning" in run("rules").stdout


def test_the_jixiao_script_is_installed() -> None:
    script = Path(sysconfig.get_path("scripts")) / ("jixiao.exe" if os.name == "nt" else "jixiao")
    if not script.exists():
        pytest.skip(f"no console script at {script} (package not installed with pip?)")
    done = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("jixiao ")


def test_a_zip_archive_is_checked_member_by_member(tmp_path: Path, seeds: Path) -> None:
    import zipfile

    bundle = tmp_path / "bundle.zip"
    with zipfile.ZipFile(bundle, "w") as z:
        z.write(seeds / "002_f456bd2ab518867e.txt", "表.txt")
    done = run("check", str(tmp_path), "--format", "json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["summary"]["files"] == 1 and data["errors"] == []
    assert {d["path"] for d in data["diagnostics"]} == {str(bundle / "表.txt")}
