"""Write a reproducible corpus of synthetic 绩效目标表 filings for benchmarks.

    python -m jixiao.bench generate N DIR [--seed S]

File i is drawn from its own generator seeded by (S, i), so a corpus of 1000 files
starts with the same files as one of 100. Layouts rotate over every text shape jixiao
reads (see LAYOUTS); about 10% of files are GB18030-encoded. DIR/.manifest.json
(hidden, so folder reads skip it) records what each file holds: layout, encoding and,
per project, the indicator names and values jixiao should read back.

Standard library only: it runs without the compiled extension, also as a plain
script (`python python/jixiao/bench/generate.py N DIR`).
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if __package__:
    from . import layouts, vocab
else:  # run as a script: this file's folder is on sys.path
    import layouts  # type: ignore[no-redef,import-not-found]
    import vocab  # type: ignore[no-redef,import-not-found]

LAYOUTS = ["tab_sidebyside", "tab_single", "docx_cells", "pipe_computesign", "paragraphs", "space_rows"]
GB18030_SHARE = 0.10


@dataclass
class Ind:
    level1: str
    level2: str
    name: str
    op: str  # comparator as printed in the standard style ("≥", "≤", "")
    number: str | None  # the number as printed, None for a date or words
    unit: str
    text: str | None = None  # date or qualitative words
    desc: str | None = None
    basis: str | None = None
    spec: vocab.Spec = ()

    def value(self, layout: str = "") -> str:
        """The 指标值 jixiao reads back: as printed, or the 计算符号, 目标值 and 度量单位
        columns joined (records.md) in the 一体化 layout."""
        if self.number is None:
            return self.text or ""
        op = self.op
        if layout == "space_rows":
            op = {"≥": ">=", "≤": "<="}.get(op, op)
        elif layout == "pipe_computesign":
            op = op or "="
        return f"{op}{self.number}{self.unit}"


@dataclass
class Proj:
    name: str
    code: str
    dept: str
    dept_code: str
    impl: str
    attribute: str
    years: int
    unit: str  # declared money unit
    annual: tuple[float, float, float]  # total, fiscal, other
    midterm: tuple[float, float, float] | None
    goal: str
    goal_mid: str
    inds: list[Ind] = field(default_factory=list)
    mid_inds: list[Ind] = field(default_factory=list)
    unit_mismatch: bool = False  # declared 万元, amounts printed in 元 (like seed 001)


def _number(rng: random.Random, spec: vocab.Spec) -> str:
    _, _, choices, _, decimals = spec
    if isinstance(choices, list):
        x: float = rng.choice(choices)
    else:
        lo, hi = choices
        x = rng.randint(lo, hi) if decimals == 0 else round(rng.uniform(lo, hi), decimals)
    return f"{x:.{decimals}f}" if decimals else str(int(x))


def _indicator(rng: random.Random, l1: str, l2: str, tmpl: str, spec: vocab.Spec, ctx: dict[str, Any]) -> Ind:
    name = tmpl.format(s=ctx["subject"], p=ctx["programme"])
    kind = spec[0]
    if kind == "num":
        ind = Ind(l1, l2, name, rng.choice(spec[1]), _number(rng, spec), spec[3])
    elif kind == "date":
        y = ctx["year"]
        text = rng.choice([f"{y}年12月", f"≤{rng.choice([6, 10, 11, 12])}月份", f"{y}年{rng.randint(6, 12)}月"])
        ind = Ind(l1, l2, name, "", None, "", text=text)
    else:
        ind = Ind(l1, l2, name, "", None, "", text=rng.choice(spec[1]))
    ind.spec = spec
    return ind


def _indicators(rng: random.Random, n: int, groups: list[tuple[str, str]], ctx: dict[str, Any], numeric: bool) -> list[Ind]:
    """n indicators with distinct names, in table order of `groups`; only numbers
    (no dates or words) when `numeric`."""
    pools = {}
    for _, l2 in groups:
        pool = [x for x in vocab.INDICATORS[l2] if x[1][0] == "num" or not numeric]
        pools[l2] = rng.sample(pool, len(pool))
    cost = next(l2 for _, l2 in groups if "成本" in l2)
    picks: list[str] = [cost if g == "成本指标" else g for g in vocab.REQUIRED][:n]
    weights = {cost if k == "成本指标" else k: w for k, w in vocab.WEIGHTS.items()}
    while len(picks) < n:
        open_ = [l2 for _, l2 in groups if picks.count(l2) < len(pools[l2])]
        picks.append(rng.choices(open_, [weights[g] for g in open_])[0])
    out = []
    for l1, l2 in groups:
        for k in range(picks.count(l2)):
            tmpl, spec = pools[l2][k]
            out.append(_indicator(rng, l1, l2, tmpl, spec, ctx))
    return out


def _project(rng: random.Random, year: int, place: str, domain: tuple[str, list[str], list[str]], layout: str, k: int) -> Proj:
    dept_name, programmes, subjects = domain
    programme = rng.choice(programmes)
    ctx = {"subject": rng.choice(subjects), "programme": programme, "year": year}
    name = rng.choice(vocab.NAME_FORMS).format(p=programme, y=year)
    if k:  # projects of one filing have different names
        name = f"{name}（{'一二三四五六七八九十'[k % 10]}期）" if rng.random() < 0.5 else f"{place}{name}"
    unit = "元" if rng.random() < (0.4 if layout == "docx_cells" else 0.2) else "万元"
    wan = round(10 ** rng.uniform(0.7, 3.5), 2)  # 5 .. 3000 万元
    if rng.random() < 0.5:
        wan = float(int(wan))
    amount = wan if unit == "万元" else wan * 10000
    other = 0.0 if rng.random() < 0.7 else round(amount * rng.uniform(0.1, 0.4), 2 if unit == "万元" else 0)
    years = rng.choice([1, 3, 3, 5]) if layout == "tab_sidebyside" else 1
    p = Proj(
        name=name,
        code=f"{rng.randint(100000, 999999)}{year % 100:02d}P{rng.randint(10**9, 10**10 - 1)}",
        dept=f"{place}{dept_name}",
        dept_code=rng.choice([f"{rng.randint(1, 999):03d}", f"{rng.randint(100000, 999999)}"]),
        impl=rng.choice([f"{place}{dept_name}", f"{place}{dept_name[:-1]}服务中心"]),
        attribute=rng.choice(vocab.ATTRIBUTES),
        years=years,
        unit=unit,
        annual=(amount, amount - other, other),
        midterm=(amount * years, (amount - other) * years, other * years) if layout == "tab_sidebyside" else None,
        goal=rng.choice(vocab.GOALS).format(p=programme, s=ctx["subject"]),
        goal_mid=f"{year - 1}年至{year + years - 2}年持续推进{programme}，建立长效工作机制。",
    )
    if layout == "tab_single" and unit == "万元" and rng.random() < 0.1:
        p.unit_mismatch = True
        t, f, o = p.annual
        p.annual = (t * 10000, f * 10000, o * 10000)
    groups = vocab.GROUPS_B if layout == "tab_single" and rng.random() < 0.4 else vocab.GROUPS_A
    if layout == "tab_sidebyside":
        n = rng.randint(3, 10)  # per period: 6–20 in all
        p.mid_inds = _indicators(rng, n, groups, ctx, numeric=False)
        # The annual set names the same indicators with this year's values.
        p.inds = [_indicator(rng, i.level1, i.level2, i.name, i.spec, ctx) for i in p.mid_inds]
    else:
        # 一体化 exports (real/20) are all numbers: 计算符号/目标值/度量单位 each filled.
        p.inds = _indicators(rng, rng.randint(6, 20), groups, ctx, numeric=layout == "pipe_computesign")
    for ind in p.inds:
        ind.desc = ind.name if rng.random() < 0.7 else f"反映{ind.name}情况"
        ind.basis = rng.choice(vocab.BASES)
    return p


def generate_one(i: int, seed: int = 0) -> tuple[str, bytes, dict[str, Any]]:
    """File i of a corpus: (file name, bytes, manifest entry)."""
    rng = random.Random(seed * 1_000_003 + i)
    layout = LAYOUTS[i % len(LAYOUTS)]
    year = rng.randint(2018, 2025)
    place = rng.choice(vocab.PLACES)
    domain = rng.choice(vocab.DOMAINS)
    projects = [_project(rng, year, place, domain, layout, k) for k in range(rng.randint(3, 8))]
    text = layouts.RENDER[layout](rng, year, projects)
    encoding = "gb18030" if rng.random() < GB18030_SHARE else "utf-8"
    entry = {
        "layout": layout,
        "encoding": encoding,
        "year": year,
        "projects": [
            {
                "name": p.name,
                "unit_mismatch": p.unit_mismatch,
                "indicators": [[x.name, x.value(layout)] for x in p.mid_inds + p.inds],
            }
            for p in projects
        ],
    }
    name = f"{i:06d}_{layout}.txt"
    return name, text.encode(encoding), entry


def generate(n: int, out: str | Path, seed: int = 0, manifest: bool = True) -> int:
    """Write n filings into `out` (created if needed), and the manifest unless told
    not to (a 2 GB corpus would need a 1.5 GB manifest). Returns the number of
    indicators written."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    files: dict[str, Any] = {}
    indicators = 0
    for i in range(n):
        name, data, entry = generate_one(i, seed)
        (out / name).write_bytes(data)
        indicators += sum(len(p["indicators"]) for p in entry["projects"])
        if manifest:
            files[name] = entry
    if manifest:
        doc = {"seed": seed, "files": files}
        (out / ".manifest.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    return indicators


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m jixiao.bench generate", description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of filings")
    ap.add_argument("dir", help="output folder")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-manifest", action="store_true", help="skip DIR/.manifest.json (for very large corpora)")
    args = ap.parse_args(argv)
    n_ind = generate(args.n, args.dir, args.seed, manifest=not args.no_manifest)
    print(f"wrote {args.n} filings ({n_ind} indicators) to {args.dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
