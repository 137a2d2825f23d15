//! Page geometry → rows of cells. Hand-written: no crate turns positioned glyphs and
//! rules into a table grid with merged cells.
//!
//! Ruled tables: the distinct y of horizontal rules and x of vertical rules cut the
//! table into slots; two neighbouring slots belong to one (merged) cell when no rule
//! separates them. A merged cell prints at its top-left slot and leaves the others
//! empty, as DOCX and HTML spans do, so positions line up with the header row.
//! Text outside tables becomes one-cell rows in reading order (top to bottom); lines
//! that wrap (the line before reaches the right edge) are joined again.

use crate::chars::TrimWs;
/// One glyph in page space (PDF units, y up).
#[derive(Debug, Clone)]
pub struct Glyph {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub size: f64,
    pub ch: String,
}

/// An axis-aligned rule: `pos` is y for a horizontal rule, x for a vertical one;
/// `a..b` its extent along the other axis.
#[derive(Debug, Clone, Copy)]
pub struct Seg {
    pub horizontal: bool,
    pub pos: f64,
    pub a: f64,
    pub b: f64,
}

impl Seg {
    pub fn axis_aligned(x0: f64, y0: f64, x1: f64, y1: f64) -> Option<Seg> {
        if ![x0, y0, x1, y1].iter().all(|v| v.is_finite()) {
            return None;
        }
        let (dx, dy) = ((x1 - x0).abs(), (y1 - y0).abs());
        if dy < 0.8 && dx >= 2.0 {
            Some(Seg { horizontal: true, pos: (y0 + y1) / 2.0, a: x0.min(x1), b: x0.max(x1) })
        } else if dx < 0.8 && dy >= 2.0 {
            Some(Seg { horizontal: false, pos: (x0 + x1) / 2.0, a: y0.min(y1), b: y0.max(y1) })
        } else {
            None
        }
    }

    fn covers(&self, pos: f64, along: f64) -> bool {
        (self.pos - pos).abs() <= TOL && self.a - TOL <= along && along <= self.b + TOL
    }
}

#[derive(Debug, Default)]
pub struct Page {
    pub glyphs: Vec<Glyph>,
    pub segs: Vec<Seg>,
}

const TOL: f64 = 2.0;
/// Beyond this many rules on a page (a hatched drawing, a hostile file) the page is
/// read without them: table finding is quadratic in the rules.
const MAX_SEGS: usize = 4000;
const MAX_SLOTS: usize = 200_000;

/// Rows of one page, top to bottom.
pub fn page_rows(page: &Page) -> Vec<Vec<String>> {
    page_table_rows(page).0.into_iter().map(|r| r.cells).collect()
}

/// A row of a page, and for a row of a ruled table, which table (an index into the
/// page's column edges) and which of its cells end in a wrapped line (the text goes on,
/// below a page break).
pub(super) struct PageRow {
    pub cells: Vec<String>,
    pub open: Vec<bool>,
    pub table: Option<usize>,
}

/// Rows of one page, top to bottom, and the column edges of each of its tables.
pub(super) fn page_table_rows(page: &Page) -> (Vec<PageRow>, Vec<Vec<f64>>) {
    let segs = if page.segs.len() <= MAX_SEGS { merge_segs(&page.segs) } else { Vec::new() };
    let tables = find_tables(&segs);
    let mut items: Vec<(f64, PageRow)> = Vec::new();
    let mut free: Vec<&Glyph> = Vec::new();
    let mut per_table: Vec<Vec<&Glyph>> = vec![Vec::new(); tables.len()];
    for g in page.glyphs.iter().filter(|g| !g.ch.is_empty()) {
        let (cx, cy) = (g.x + g.w / 2.0, g.y + g.size * 0.3);
        match tables.iter().position(|t| t.contains(cx, cy)) {
            Some(k) => per_table[k].push(g),
            None => free.push(g),
        }
    }
    for (k, (t, glyphs)) in tables.iter().zip(per_table).enumerate() {
        items.extend(t.rows(&segs, &glyphs).into_iter().map(|(y, cells, open)| (y, PageRow { cells, open, table: Some(k) })));
    }
    items.extend(free_rows(&free).into_iter().map(|(y, cells)| (y, PageRow { cells, open: Vec::new(), table: None })));
    // Stable: rows of one table keep their order when their tops tie.
    items.sort_by(|a, b| b.0.total_cmp(&a.0));
    (items.into_iter().map(|(_, r)| r).collect(), tables.into_iter().map(|t| t.xs).collect())
}

fn merge_segs(segs: &[Seg]) -> Vec<Seg> {
    let mut out: Vec<Seg> = Vec::new();
    for horizontal in [true, false] {
        let mut s: Vec<Seg> = segs.iter().copied().filter(|s| s.horizontal == horizontal).collect();
        s.sort_by(|p, q| p.pos.total_cmp(&q.pos).then(p.a.total_cmp(&q.a)));
        let mut merged: Vec<Seg> = Vec::new();
        for seg in s {
            // Rules a cell border apart (touching or overlapping, same line) are one rule.
            // Sorted by position first, a rule a hair to the right of another may start
            // below it (cell borders drawn one by one, a shading edge beside a border).
            if let Some(last) =
                merged.iter_mut().rev().take(8).find(|m| (m.pos - seg.pos).abs() <= 1.0 && seg.a <= m.b + TOL && m.a <= seg.b + TOL)
            {
                last.a = last.a.min(seg.a);
                last.b = last.b.max(seg.b);
                continue;
            }
            merged.push(seg);
        }
        out.extend(merged);
    }
    out
}

struct Table {
    /// Row boundaries, top to bottom (y descending); column boundaries left to right.
    ys: Vec<f64>,
    xs: Vec<f64>,
}

impl Table {
    fn contains(&self, x: f64, y: f64) -> bool {
        let (x0, x1) = (self.xs[0], self.xs[self.xs.len() - 1]);
        let (y1, y0) = (self.ys[0], self.ys[self.ys.len() - 1]);
        x0 - 0.5 <= x && x <= x1 + 0.5 && y0 - 0.5 <= y && y <= y1 + 0.5
    }

    fn rows(&self, segs: &[Seg], glyphs: &[&Glyph]) -> Vec<(f64, Vec<String>, Vec<bool>)> {
        let (nr, nc) = (self.ys.len() - 1, self.xs.len() - 1);
        let slot = |i: usize, j: usize| i * nc + j;
        let mut parent: Vec<usize> = (0..nr * nc).collect();
        let has = |horizontal: bool, pos: f64, along: f64| segs.iter().any(|s| s.horizontal == horizontal && s.covers(pos, along));
        for i in 0..nr {
            let ymid = (self.ys[i] + self.ys[i + 1]) / 2.0;
            for j in 0..nc {
                let xmid = (self.xs[j] + self.xs[j + 1]) / 2.0;
                if j + 1 < nc && !has(false, self.xs[j + 1], ymid) {
                    union(&mut parent, slot(i, j), slot(i, j + 1));
                }
                if i + 1 < nr && !has(true, self.ys[i + 1], xmid) {
                    union(&mut parent, slot(i, j), slot(i + 1, j));
                }
            }
        }
        // Each cell: its glyphs and right edge (for telling wrapped lines).
        let mut cell_glyphs: Vec<Vec<&Glyph>> = vec![Vec::new(); nr * nc];
        let mut right = vec![f64::MIN; nr * nc];
        for i in 0..nr {
            for j in 0..nc {
                let r = find(&mut parent, slot(i, j));
                right[r] = right[r].max(self.xs[j + 1]);
            }
        }
        for g in glyphs {
            let (cx, cy) = (g.x + g.w / 2.0, g.y + g.size * 0.3);
            let j = self.xs.windows(2).position(|w| w[0] <= cx && cx < w[1]).unwrap_or(nc - 1);
            let i = self.ys.windows(2).position(|w| w[0] >= cy && cy > w[1]).unwrap_or(nr - 1);
            let r = find(&mut parent, slot(i, j));
            cell_glyphs[r].push(g);
        }
        let mut out = Vec::new();
        for i in 0..nr {
            let (mut row, mut open) = (Vec::with_capacity(nc), Vec::with_capacity(nc));
            for j in 0..nc {
                let s = slot(i, j);
                let r = find(&mut parent, s);
                let (text, wrapped) = if r == s { cell_text(&cell_glyphs[r], right[r]) } else { (String::new(), false) };
                row.push(text);
                open.push(wrapped);
            }
            if row.iter().any(|c| !c.is_empty()) {
                out.push((self.ys[i], row, open));
            }
        }
        out
    }
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// Union keeping the smaller slot (top-left in reading order) as the root.
fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        let (lo, hi) = (ra.min(rb), ra.max(rb));
        parent[hi] = lo;
    }
}

/// Connected groups of rules with at least two of each direction are tables.
fn find_tables(segs: &[Seg]) -> Vec<Table> {
    let n = segs.len();
    let mut parent: Vec<usize> = (0..n).collect();
    for i in 0..n {
        for j in i + 1..n {
            let (h, v) = match (segs[i].horizontal, segs[j].horizontal) {
                (true, false) => (&segs[i], &segs[j]),
                (false, true) => (&segs[j], &segs[i]),
                _ => continue,
            };
            if h.a - TOL <= v.pos && v.pos <= h.b + TOL && v.a - TOL <= h.pos && h.pos <= v.b + TOL {
                union(&mut parent, i, j);
            }
        }
    }
    let mut groups: std::collections::BTreeMap<usize, Vec<Seg>> = Default::default();
    for (i, seg) in segs.iter().enumerate() {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(*seg);
    }
    let mut out = Vec::new();
    for g in groups.into_values() {
        let mut ys = cluster(g.iter().filter(|s| s.horizontal).map(|s| s.pos));
        let xs = cluster(g.iter().filter(|s| !s.horizontal).map(|s| s.pos));
        ys.reverse();
        if ys.len() >= 2 && xs.len() >= 2 && (ys.len() - 1) * (xs.len() - 1) <= MAX_SLOTS {
            out.push(Table { ys, xs });
        }
    }
    out
}

/// Distinct positions, ascending, near ones merged.
fn cluster(vals: impl Iterator<Item = f64>) -> Vec<f64> {
    let mut v: Vec<f64> = vals.collect();
    v.sort_by(f64::total_cmp);
    let mut out: Vec<f64> = Vec::new();
    for x in v {
        if out.last().is_none_or(|l| x - l > 1.5) {
            out.push(x);
        }
    }
    out
}

/// Glyphs → visual lines, top to bottom, each sorted left to right.
fn lines<'g>(glyphs: &[&'g Glyph]) -> Vec<Vec<&'g Glyph>> {
    let mut gs: Vec<&Glyph> = glyphs.to_vec();
    gs.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
    let mut out: Vec<Vec<&Glyph>> = Vec::new();
    let mut line_y = f64::NAN;
    for g in gs {
        match out.last_mut() {
            Some(line) if (line_y - g.y).abs() <= 0.5 * g.size.max(1.0) => line.push(g),
            _ => {
                line_y = g.y;
                out.push(vec![g]);
            }
        }
    }
    for l in &mut out {
        l.sort_by(|a, b| a.x.total_cmp(&b.x));
    }
    out
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_ascii_alphanumeric())
}

/// The text of one visual line, cut where a gap is wider than `cut` (in font sizes).
fn line_text(line: &[&Glyph], cut: f64) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut last: Option<&Glyph> = None;
    for g in line {
        if let Some(p) = last {
            let gap = g.x - (p.x + p.w);
            // Fake bold draws each glyph twice, a hair apart.
            if g.ch == p.ch && (g.x - p.x).abs() < 0.15 * g.size {
                continue;
            }
            let cur = cells.last_mut().expect("never empty");
            if gap > cut * g.size {
                cells.push(String::new());
            } else if gap > 0.3 * g.size
                && !cur.ends_with(' ')
                && g.ch != " "
                && (is_word_char(cur.chars().last()) || is_word_char(g.ch.chars().next()))
            {
                cur.push(' ');
            }
        }
        cells.last_mut().expect("never empty").push_str(&g.ch);
        last = Some(g);
    }
    cells.into_iter().map(|c| c.trim_ws().to_string()).filter(|c| !c.is_empty()).collect()
}

fn line_right(line: &[&Glyph]) -> f64 {
    line.iter().map(|g| g.x + g.w).fold(f64::MIN, f64::max)
}

fn line_size(line: &[&Glyph]) -> f64 {
    line.iter().map(|g| g.size).fold(0.0, f64::max)
}

/// Join two pieces of one paragraph: nothing between CJK, a space between words. A
/// number cut by the line end of a CJK cell ("2024年1" / "2月") is one number: CJK
/// text wraps at any character, digits included.
pub(super) fn join_wrapped(acc: &mut String, next: &str) {
    let (last, first) = (acc.chars().last(), next.chars().next());
    let cut_number = last.is_some_and(|c| c.is_ascii_digit()) && first.is_some_and(|c| c.is_ascii_digit()) && !acc.is_ascii();
    if is_word_char(last) && is_word_char(first) && !cut_number {
        acc.push(' ');
    }
    acc.push_str(next);
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end().ends_with(['。', '；', '：', '！', '？', ';', ':', '!', '?'])
}

/// "1.", "2、", "（一）", "①", "一、": the start of an enumerated item.
fn starts_item(text: &str) -> bool {
    let mut chars = text.chars();
    let Some(first) = chars.next() else { return false };
    if ('①'..='⑳').contains(&first) || first == '（' || first == '(' {
        return true;
    }
    let digits: String = text.chars().take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(*c)).collect();
    !digits.is_empty() && text[digits.len()..].starts_with(['.', '、', '．'])
}

/// Does `next` continue the paragraph of the line before it? A line that reaches
/// the right edge wrapped; so did a nearly full one that stopped mid-sentence (an
/// unbreakable number or word pushed to the next line). A new item or a line after
/// a finished sentence that is not full starts a paragraph.
fn continues(prev: &str, prev_right: f64, next: &str, right: f64, size: f64) -> bool {
    // A table title ends its paragraph whatever its length.
    if ends_sentence(prev) && starts_item(next) || prev.ends_with('表') {
        return false;
    }
    prev_right >= right - 3.2 * size || (prev_right >= right - 8.0 * size && !ends_sentence(prev) && prev.chars().count() > 10)
}

/// A cell's lines: wrapped lines are joined again, paragraphs keep their "\n". And
/// whether its last line reaches the right edge mid-sentence (it wrapped: the text goes
/// on, in a row a page break cut).
fn cell_text(glyphs: &[&Glyph], right: f64) -> (String, bool) {
    let mut out = String::new();
    let mut prev: Option<(String, f64)> = None;
    let mut size = 0.0;
    let mut ends_with_space = false;
    for line in lines(glyphs) {
        let text = line_text(&line, f64::INFINITY).join(" ");
        if text.is_empty() {
            continue;
        }
        // The cell's padding keeps text ~1 size from the rule.
        size = line_size(&line);
        match &prev {
            Some((p, r)) if continues(p, *r, &text, right - 0.5 * size, size) => {
                // A line broken at a space ("65% ≤ 指标值 ≤ 75%") keeps it.
                if ends_with_space && !out.ends_with(' ') {
                    out.push(' ');
                }
                join_wrapped(&mut out, &text)
            }
            Some(_) => {
                out.push('\n');
                out.push_str(&text);
            }
            None => out.push_str(&text),
        }
        ends_with_space = line.last().is_some_and(|g| g.ch.trim_ws().is_empty());
        prev = Some((text, line_right(&line)));
    }
    // Within a character of the edge (after the padding): CJK text wraps at any
    // character. Looser would take a short text in a narrow column for a wrapped one.
    let open = prev.is_some_and(|(p, r)| !ends_sentence(&p) && r >= right - 1.7 * size);
    (out, open)
}

/// Text outside tables: one row per paragraph, wrapped lines joined; a line with wide
/// gaps ("单位名称    单位：万元") is cut into cells there, lines of a table without
/// rules at its columns ([`super::pdf_columns`]). The margins are those of
/// the page's text lines: an indented line starts a paragraph, and only a line at
/// least 20 characters wide can have wrapped (titles and dates never did).
fn free_rows(glyphs: &[&Glyph]) -> Vec<(f64, Vec<String>)> {
    let lines = lines(glyphs);
    let right = lines.iter().map(|l| line_right(l)).fold(f64::MIN, f64::max);
    let left = lines.iter().map(|l| l[0].x).fold(f64::MAX, f64::min);
    let blocks = super::pdf_columns::block_edges(&lines, 1.5);
    let mut out: Vec<(f64, Vec<String>)> = Vec::new();
    let mut prev: Option<(String, f64, f64)> = None;
    for (line, edges) in lines.iter().zip(&blocks) {
        let size = line_size(line);
        let cells = match edges {
            // A line of a table without rules: a cell per column of its block.
            Some(e) => super::pdf_columns::split_at(line, e).iter().map(|c| line_text(c, f64::INFINITY).join(" ")).collect(),
            None => line_text(line, 1.5),
        };
        if cells.is_empty() {
            continue;
        }
        let joined = match (&prev, out.last_mut()) {
            (Some((p, p_right, p_y)), Some((_, row)))
                if cells.len() == 1
                    && row.len() == 1
                    && line[0].x <= left + 0.5 * size
                    && p_y - line[0].y <= 2.2 * size
                    && p_right - left >= 20.0 * size
                    && continues(p, *p_right, &cells[0], right, size) =>
            {
                join_wrapped(&mut row[0], &cells[0]);
                true
            }
            _ => false,
        };
        if !joined {
            out.push((line[0].y + size, cells.clone()));
        }
        prev = (cells.len() == 1).then(|| (cells[0].clone(), line_right(line), line[0].y));
    }
    out
}
