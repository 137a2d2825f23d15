"""Benchmarks for jixiao: a synthetic corpus generator (``generate``).

    python -m jixiao.bench generate N DIR [--seed S]

The generator uses the standard library only, so it runs before the extension is
built; see :mod:`jixiao.bench.generate`.
"""
