//! Tables without rules (a spreadsheet printed without borders, a list laid out with
//! spaces): consecutive lines that each break into three or more pieces at wide gaps
//! are one table block, and its columns are the x ranges no glyph of the block covers.
//! A line alone cannot tell a column edge from a word gap: a right-aligned number
//! ("95") sits a padding's width from the unit in the next column ("%"), much closer
//! than the wide gap that cuts a lone line; but in no line of the block does ink cross
//! that edge. Every line of a block is then cut at the same edges, empty columns kept,
//! so its cells line up under the header as a sheet's do.

use super::pdf_table::Glyph;

/// Lines a block needs, and pieces each of its lines has (wide gaps + 1).
const MIN_LINES: usize = 3;
const MIN_PIECES: usize = 3;
/// A gap through the whole block this wide (in font sizes) can be a column edge: a
/// spreadsheet's cell padding is ~0.19 of the font size; glyphs of one text touch
/// (their advances, ±0.02), spaces count as ink.
const MIN_EDGE: f64 = 0.12;

/// The gaps (from, to) in a line wider than `cut` font sizes (where it would be cut
/// anyway). Cheap: no text is built.
fn wide_gaps(line: &[&Glyph], cut: f64) -> Vec<(f64, f64)> {
    line.windows(2).filter(|w| w[1].x - (w[0].x + w[0].w) > cut * w[1].size).map(|w| (w[0].x + w[0].w, w[1].x)).collect()
}

/// For each line, the column edges of the block it belongs to (None outside blocks).
/// A block whose lines have a wide gap not at one of its edges (a text spilling over an
/// empty neighbour, as spreadsheets print it) is left as it was.
pub(super) fn block_edges(lines: &[Vec<&Glyph>], cut: f64) -> Vec<Option<Vec<f64>>> {
    let mut out = vec![None; lines.len()];
    let gaps: Vec<Vec<(f64, f64)>> = lines.iter().map(|l| if l.len() >= MIN_PIECES { wide_gaps(l, cut) } else { Vec::new() }).collect();
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        while j < lines.len() && gaps[j].len() + 1 >= MIN_PIECES {
            j += 1;
        }
        if j - i >= MIN_LINES {
            // An edge some line has a wide gap at: two words set apart the same way in
            // every line (a repeated unit name) are not columns; a column's header is
            // mostly shorter than the column and leaves that gap.
            let mut edges = edges(&lines[i..j]);
            let wide = || gaps[i..j].iter().flatten();
            edges.retain(|(a, b)| wide().any(|(p, q)| p < b && a < q));
            let refines = wide().all(|(p, q)| edges.iter().any(|(a, b)| p < b && a < q));
            if refines {
                let mids: Vec<f64> = edges.iter().map(|(a, b)| (a + b) / 2.0).collect();
                for slot in &mut out[i..j] {
                    *slot = Some(mids.clone());
                }
            }
        }
        i = j.max(i + 1);
    }
    out
}

/// The gaps (from, to) that no glyph of these lines covers, left to right.
fn edges(lines: &[Vec<&Glyph>]) -> Vec<(f64, f64)> {
    let mut ink: Vec<(f64, f64)> = lines.iter().flatten().map(|g| (g.x, g.x + g.w.max(0.0))).collect();
    ink.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut sizes: Vec<f64> = lines.iter().flatten().map(|g| g.size).collect();
    sizes.sort_by(f64::total_cmp);
    let size = sizes[sizes.len() / 2];
    let mut out = Vec::new();
    let mut reach = f64::MIN;
    for (a, b) in ink {
        if reach > f64::MIN && a - reach >= MIN_EDGE * size {
            out.push((reach, a));
        }
        reach = reach.max(b);
    }
    out
}

/// One line's glyphs cut at the block's column edges, one piece per column.
pub(super) fn split_at<'g>(line: &[&'g Glyph], edges: &[f64]) -> Vec<Vec<&'g Glyph>> {
    let mut cols: Vec<Vec<&Glyph>> = vec![Vec::new(); edges.len() + 1];
    for g in line {
        let mid = g.x + g.w / 2.0;
        cols[edges.partition_point(|e| *e < mid)].push(g);
    }
    cols
}
