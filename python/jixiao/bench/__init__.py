"""Benchmarks for jixiao: a synthetic corpus generator and the measurements.

    python -m jixiao.bench generate N DIR [--seed S]   # write a seeded corpus
    python -m jixiao.bench run DIR                     # throughput, scaling, pandas, memory
    python -m jixiao.bench formats [FIXTURES_DIR]      # DOCX/XLSX/HTML/PDF vs the Python route
    python -m jixiao.bench memory DIR                  # iter_read's resident memory, batch by batch

The generator uses the standard library only, so it runs before the extension is
built; see :mod:`jixiao.bench.generate`.
"""
