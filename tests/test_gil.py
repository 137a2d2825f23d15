"""parse() releases the GIL: another Python thread keeps running during a parse."""

from __future__ import annotations

import os
import string
import threading
import time

import jixiao


def _parse_with_a_ticking_thread(size: int) -> tuple[float, float, list[float]]:
    table = (string.printable.encode() * 3)[:256]
    text = os.urandom(size).translate(table).decode("ascii")
    ticks: list[float] = []
    stop = threading.Event()

    def worker() -> None:
        while not stop.is_set():
            ticks.append(time.monotonic())
            time.sleep(0.001)

    thread = threading.Thread(target=worker)
    thread.start()
    try:
        time.sleep(0.05)
        start = time.monotonic()
        jixiao.parse(text)
        end = time.monotonic()
    finally:
        stop.set()
        thread.join()
    return start, end, ticks


def test_other_threads_run_during_a_parse() -> None:
    # Junk text keeps the core busy; the size doubles until a parse lasts long enough
    # to tell, whatever the machine's speed.
    size = 4_000_000
    start, end, ticks = _parse_with_a_ticking_thread(size)
    while end - start < 0.5 and size < 128_000_000:
        size *= 2
        start, end, ticks = _parse_with_a_ticking_thread(size)
    assert end - start >= 0.5, f"even {size} bytes parsed in {end - start:.2f} s; cannot tell"
    # Holding the GIL for the whole call would leave no ticks strictly inside it
    # (apart from the edges, where the call is still in or already back in Python).
    inside = [t for t in ticks if start + 0.1 < t < end - 0.1]
    assert len(inside) >= 10, f"only {len(inside)} ticks of another thread during a {end - start:.1f} s parse"
