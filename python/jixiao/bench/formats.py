"""Per-format throughput: jixiao's full parse against the usual Python route that
only gets the tables' cells out (python-docx, openpyxl, pandas.read_html, pdfplumber).

    python -m jixiao.bench formats [FIXTURES_DIR] [--rounds N]

FIXTURES_DIR holds docx/, xlsx/, html/ and pdf/ folders (default: ./tests/fixtures,
run from the repository). Each file is read `--rounds` times by each route, in one run, on one
thread; the figures and the ratio come from that run. Routes whose library is not
installed are reported as skipped.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import jixiao


def _docx_cells(path: Path) -> int:
    import docx  # python-docx

    doc = docx.Document(str(path))
    return sum(1 for t in doc.tables for row in t.rows for _ in row.cells)


def _xlsx_cells(path: Path) -> int:
    import openpyxl

    wb = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    n = sum(1 for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for _ in row)
    wb.close()
    return n


def _html_cells(path: Path) -> int:
    import pandas as pd

    return sum(int(df.size) for df in pd.read_html(str(path)))


def _pdf_cells(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return sum(len(row) for page in pdf.pages for table in page.extract_tables() for row in table)


ROUTES: dict[str, tuple[str, Callable[[Path], int]]] = {
    "docx": ("python-docx (cells only)", _docx_cells),
    "xlsx": ("openpyxl (cells only)", _xlsx_cells),
    "html": ("pandas.read_html (cells only)", _html_cells),
    "pdf": ("pdfplumber extract_tables (cells only)", _pdf_cells),
}


def _time(files: list[Path], rounds: int, fn: Callable[[Path], object]) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        for f in files:
            fn(f)
    return time.perf_counter() - start


def run(root: Path, rounds: int) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for fmt, (label, route) in ROUTES.items():
        files = sorted((root / fmt).glob(f"*.{fmt}"))
        if not files:
            continue
        size = sum(f.stat().st_size for f in files) * rounds
        n = len(files) * rounds
        t_jx = _time(files, rounds, jixiao.parse)
        try:
            t_py: float | None = _time(files, rounds, route)
        except ImportError as e:
            t_py = None
            label = f"{label}: skipped ({e.name} not installed)"
        rows.append(
            {
                "format": fmt,
                "files": n,
                "jixiao_files_per_s": n / t_jx,
                "jixiao_mb_per_s": size / t_jx / 1e6,
                "python_route": label,
                "python_files_per_s": None if t_py is None else n / t_py,
                "speedup": None if t_py is None else t_py / t_jx,
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("fixtures", nargs="?", type=Path, default=Path("tests/fixtures"), help="default: ./tests/fixtures")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    rows = run(args.fixtures, args.rounds)
    print(f"{'format':6} {'files':>5} {'jixiao files/s':>15} {'jixiao MB/s':>12} {'route files/s':>14} {'ratio':>7}  route")
    for r in rows:
        py = r["python_files_per_s"]
        ratio = r["speedup"]
        print(
            f"{r['format']:6} {r['files']:>5} {r['jixiao_files_per_s']:>15.1f} {r['jixiao_mb_per_s']:>12.2f} "
            f"{'-' if py is None else format(py, '.1f'):>14} {'-' if ratio is None else format(ratio, '.1f') + 'x':>7}"
            f"  {r['python_route']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
