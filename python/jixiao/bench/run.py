"""``python -m jixiao.bench run DIR``: throughput, scaling and table-conversion figures
from one run over a corpus (make one with ``python -m jixiao.bench generate``).

Printed, all from the same run:
- the floor: reading, decoding and splitting the same bytes into lines in Python;
- ``jixiao.read`` at 1 thread and at all threads: MB/s, filings/s, their ratio, and
  the parse/floor ratio;
- the indicators table into pandas: time, rows/s and peak memory against the
  table's Arrow size;
- ``iter_read`` over the corpus: peak resident memory with a bounded batch size.

Memory figures are Linux resident-set high-water marks (``/proc/self/status``),
reset before each step; elsewhere they are left out.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

import jixiao

_STATUS = Path("/proc/self/status")
_CLEAR_REFS = Path("/proc/self/clear_refs")


def _rss_kb(field: str) -> int | None:
    try:
        for line in _STATUS.read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def _reset_peak() -> bool:
    """Reset the resident-set high-water mark (Linux ≥ 4.0)."""
    try:
        _CLEAR_REFS.write_text("5")
        return True
    except OSError:
        return False


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith("."))


def floor(files: list[Path]) -> float:
    """Seconds to read, decode and split every file into lines: the least any parser does."""
    start = time.perf_counter()
    for f in files:
        data = f.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("gb18030", errors="replace")
        text.splitlines()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m jixiao.bench run", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", type=Path)
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="the 'all threads' figure")
    ap.add_argument("--batch-size", type=int, default=5000, help="iter_read batch size")
    args = ap.parse_args(argv)

    files = _files(args.dir)
    size = sum(f.stat().st_size for f in files)
    mb = size / 1e6
    print(f"corpus: {len(files)} files, {mb:.1f} MB ({args.dir})")

    floor(files[: min(len(files), 200)])  # warm the page cache
    t_floor = floor(files)
    print(f"floor (read + decode + split lines, Python): {t_floor:.2f} s = {mb / t_floor:.1f} MB/s")

    results = {}
    for threads in (1, args.threads):
        start = time.perf_counter()
        corpus = jixiao.read(args.dir, threads=threads)
        dt = time.perf_counter() - start
        results[threads] = (dt, corpus)
        print(
            f"jixiao.read threads={threads}: {dt:.2f} s = {mb / dt:.1f} MB/s, {len(files) / dt:.0f} filings/s "
            f"({len(corpus.indicators)} indicators, {len(corpus.failures)} unreadable)"
        )
    t1, corpus = results[1]
    tn = results[args.threads][0]
    print(f"scaling: {args.threads} threads / 1 thread = {t1 / tn:.2f}x")
    print(f"parse/floor: 1 thread {t1 / t_floor:.1f}x, {args.threads} threads {tn / t_floor:.1f}x")

    try:
        import pyarrow as pa
    except ImportError:
        print("pandas conversion: skipped (pyarrow not installed)")
        pa = None
    if pa is not None:
        arrow_bytes = pa.table(corpus.indicators).nbytes
        rows = len(corpus.indicators)
        base = _rss_kb("VmRSS")
        measured = _reset_peak()
        start = time.perf_counter()
        df = corpus.indicators.to_pandas()
        dt = time.perf_counter() - start
        peak = _rss_kb("VmHWM") if measured else None
        extra = "" if peak is None or base is None else (
            f", peak memory +{(peak - base) / 1024:.0f} MB = {(peak - base) * 1024 / arrow_bytes:.2f}x the Arrow size"
        )
        print(
            f"indicators -> pandas (Arrow dtypes): {rows} rows in {dt:.3f} s; "
            f"Arrow size {arrow_bytes / 1e6:.0f} MB{extra}"
        )
        del df
        base = _rss_kb("VmRSS")
        measured = _reset_peak()
        start = time.perf_counter()
        df = corpus.indicators.to_pandas(arrow_dtypes=False)
        dt = time.perf_counter() - start
        peak = _rss_kb("VmHWM") if measured else None
        extra = "" if peak is None or base is None else (
            f", peak memory +{(peak - base) / 1024:.0f} MB = {(peak - base) * 1024 / arrow_bytes:.2f}x the Arrow size"
        )
        print(f"indicators -> pandas (NumPy/object dtypes): {rows} rows in {dt:.2f} s = {rows / dt / 1e6:.2f}M rows/s{extra}")
        del df

    # iter_read in a fresh process: this one still holds the tables read above.
    code = (
        "import sys, time, jixiao\n"
        "from jixiao.bench.run import _rss_kb\n"
        "start = time.perf_counter(); n = 0\n"
        "for part in jixiao.iter_read(sys.argv[1], batch_size=int(sys.argv[2])):\n"
        "    n += len(part.indicators)\n"
        "print(n, time.perf_counter() - start, _rss_kb('VmHWM'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(args.dir), str(args.batch_size)],
                         capture_output=True, text=True, check=True).stdout.split()
    n, dt, peak = int(out[0]), float(out[1]), out[2]
    mem = "" if peak == "None" else f", peak RSS of the whole process {int(peak) / 1024:.0f} MB"
    print(f"iter_read batch_size={args.batch_size}: {n} indicators in {dt:.2f} s{mem} ({mb:.0f} MB corpus)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
