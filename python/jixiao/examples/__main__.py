"""`python -m jixiao.examples`: parse the bundled filings and show what came out."""

from __future__ import annotations

import jixiao
from jixiao import examples


def main() -> None:
    for p in examples.paths():
        f = jixiao.parse(p)
        n_ind = sum(len(pr.indicators) for pr in f.projects)
        print(f"{p.name}: {f.agency} {f.year}, {len(f.projects)} projects, {n_ind} indicators, "
              f"{len(f.diagnostics)} findings")
        pr = f.projects[0]
        print(f"  project 0: {pr.name!r} ({pr.money_unit}) funds={pr.funds}")
        for ind in pr.indicators[:3]:
            t = ind.target
            print(f"    {ind.level1}/{ind.level2} {ind.name!r} = {ind.value!r} -> "
                  f"{t.kind} {t.op} {t.value} {t.unit}")
        for d in f.diagnostics[:3]:
            print(f"  {d.code} {d.severity} line {d.line}: {d.message}")


if __name__ == "__main__":
    main()
