//! Text kept in its page layout (`pdftotext -layout` of a ruled PDF table): cells sit
//! at character columns, a blank line falls between table rows, and the lines of one
//! row are its wrapped cells and its single-line cells printed on the middle line.
//!
//! ```text
//!               城镇职工困难企业和城乡居民医保参保
//!        数量指标                         ≥12000 人
//!               人数
//! ```
//!
//! is one row (数量指标 | 城镇职工困难企业和城乡居民医保参保人数 | ≥12000 人). Cut line by
//! line at spaces, as the space reader does, such text gives a row per printed line,
//! every wrapped name split in two. Here the lines between blank lines are joined
//! again: a piece of text belongs to the cell above it in the same column when that
//! cell's last line is full (it runs into the next piece on its line, or is as wide
//! as the widest text of its column in the block), and starts a new row when it
//! lands under a cell that had room left. A label printed between two rows (a merged 一级 centred in its span) has
//! nothing above it in its column and joins the row above.
//!
//! Hand-written: table extractors for PDF work on glyph geometry, which text no longer
//! has; the character columns are all that is left of it.

use crate::chars::TrimWs;

use super::grid::GridBuilder;
use super::laid_out_columns::cut_at_columns;
use super::laid_out_fullness::{fullness, is_bare_number, is_ideographs, printed_width};
use super::laid_out_pushed::pushed_run;
use super::pdf_table::join_wrapped;

pub use super::laid_out_detect::is_laid_out;

/// One printed piece of a line: its text and its character columns.
#[derive(Debug, Clone)]
pub(super) struct Piece {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) text: String,
    pub(super) line: usize,
    /// Its text runs up to the next piece on its line (within two columns).
    pub(super) runs_on: bool,
    /// Single spaces kept inside the piece: (column of the character after the
    /// space, byte offset in `text`). One is cut where another line has a column
    /// starting ([`cut_at_columns`]).
    pub(super) soft: Vec<(usize, usize)>,
}

pub(super) fn is_ideograph(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

/// A target's comparator: it starts a value, never continues the text before it.
pub(super) fn is_comparator(c: char) -> bool {
    matches!(c, '≥' | '≤' | '＞' | '＜' | '>' | '<' | '=' | '≧' | '≦')
}

/// Cut a line at runs of two or more spaces, and at a single space between two
/// ideographs or before a comparator (columns of CJK text that pdftotext prints one
/// column apart). A single space between an ideograph and a digit or Latin letter
/// is pdftotext's, not the document's ("12 月", "≥530 元"), and is dropped.
fn pieces(line: &str, n: usize) -> Vec<Piece> {
    // pdftotext's form feed opens a page's first line and takes no column: the lines
    // below it are printed as if it were not there. Tabs and ideographic spaces are gaps.
    let line = line.strip_prefix('\u{c}').unwrap_or(line);
    let chars: Vec<char> = line.chars().map(|c| if c.is_whitespace() { ' ' } else { c }).collect();
    let mut out: Vec<Piece> = Vec::new();
    let mut i = 0usize;
    while i < chars.len() {
        if chars[i] == ' ' {
            i += 1;
            continue;
        }
        let start = i;
        let mut text = String::new();
        let mut soft = Vec::new();
        while i < chars.len() {
            let c = chars[i];
            if c == ' ' {
                let next = chars.get(i + 1).copied();
                let prev = chars[i - 1];
                match next {
                    Some(nc)
                        if nc != ' '
                            && !(is_ideograph(prev) && (is_ideograph(nc) || is_comparator(nc)))
                            && !fund_key_after_amount(&text, &chars[i + 1..]) =>
                    {
                        // After a number ("2024 年", "530 元") the space is inside a cell.
                        if !prev.is_ascii_alphanumeric() {
                            soft.push((i + 1, text.len()));
                        }
                        if !(is_ideograph(prev) && nc.is_ascii_alphanumeric() || prev.is_ascii_alphanumeric() && is_ideograph(nc)) {
                            text.push(' ');
                        }
                        i += 1;
                        continue;
                    }
                    _ => break,
                }
            }
            text.push(c);
            i += 1;
        }
        out.push(Piece { start, end: i, text, line: n, runs_on: false, soft });
    }
    mark_runs(&mut out);
    out
}

/// Where a fund key opens a cell: "其中：财政资金", "财政拨款", "其他资金", "上级补助",
/// "本级财政".
const FUND_KEY_STARTS: [[char; 2]; 5] = [['其', '中'], ['财', '政'], ['其', '他'], ['上', '级'], ['本', '级']];

/// A funds row printed with the next key one space after an amount ("5800000.00
/// 其中：财政资"): the space is a column gap, not pdftotext's space before a unit
/// ("530 元"). Only an amount (digits, a point, commas) before a fund key's start;
/// asked at a single space after a digit, the next character's lead first.
fn fund_key_after_amount(text: &str, rest: &[char]) -> bool {
    text.ends_with(|c: char| c.is_ascii_digit())
        && rest.len() >= 2
        && FUND_KEY_STARTS.iter().any(|k| k[0] == rest[0] && k[1] == rest[1])
        && text.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
}

pub(super) fn mark_runs(line: &mut [Piece]) {
    for k in 1..line.len() {
        line[k - 1].runs_on = line[k].start <= line[k - 1].end + 2;
    }
}

pub(super) fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// A column of the row being built: its extent and its pieces top to bottom.
pub(super) struct Column {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) pieces: Vec<usize>,
}

/// Cut laid-out text into rows: blocks between blank lines, each block's lines
/// joined into as many rows as its columns show.
pub fn rows(lines: &[&str], b: &mut GridBuilder) {
    // Without blank lines between rows (a table printed with tight cell padding) a
    // block is a whole table, and a row cut by a page break has the page's foot and
    // head between its halves: those are dropped so the halves meet again.
    // Blank-line rows average two or three lines a run; tables printed tight run on
    // for many more.
    let is_blank = |i: usize| lines[i].trim_ws().is_empty();
    let runs = (0..lines.len()).filter(|&i| is_blank(i) && (i == 0 || !is_blank(i - 1))).count();
    let non_blank = (0..lines.len()).filter(|&i| !is_blank(i)).count();
    // (Only pdftotext's own output, with its form feeds, is read so: that is what
    // lets such text be taken for laid-out text at all, see `is_laid_out`.)
    let paged = lines.iter().any(|l| l.contains('\u{c}'));
    let dense = non_blank > 4 * runs && paged;
    let skip = if dense { super::laid_out_pages::furniture(lines) } else { vec![false; lines.len()] };
    let mut cut: Vec<Vec<Piece>> =
        lines.iter().zip(&skip).enumerate().map(|(i, (line, &s))| if s { Vec::new() } else { pieces(line, i + 1) }).collect();
    cut_at_columns(&mut cut);
    // The first line of each page after the first (its number, as pieces count lines).
    let page_tops: Vec<usize> =
        (1..lines.len()).filter(|&i| !skip[i] && (skip[i - 1] || lines[i].starts_with('\u{c}'))).map(|i| i + 1).collect();
    let mut block: Vec<Piece> = Vec::new();
    for (line, s) in cut.into_iter().zip(skip) {
        if s {
            continue;
        }
        if line.is_empty() {
            flush(&mut block, dense, &page_tops, b);
        } else {
            block.extend(line);
        }
    }
    flush(&mut block, dense, &page_tops, b);
}

/// More lines than a row between blank lines takes (a name wrapped over a few lines):
/// a block this long is a table printed tight, in pdftotext's output or in a PDF
/// library's text sorted into lines with no form feeds (PyMuPDF `sort=True`).
const TIGHT_BLOCK: usize = 12;

fn flush(block: &mut Vec<Piece>, dense: bool, page_tops: &[usize], b: &mut GridBuilder) {
    if block.is_empty() {
        return;
    }
    // A report whose prose has blank lines between paragraphs may print its tables
    // tight: such a table, one long block, is read as in a tight report. So is such a
    // block in text with no form feeds: rows between blank lines are never this long.
    let dense = dense || block[block.len() - 1].line - block[0].line >= TIGHT_BLOCK;
    let full = fullness(block, dense, page_tops);
    let mut cols: Vec<Column> = Vec::new();
    let mut row_line = block[0].line;
    let mut k = 0usize;
    while k < block.len() {
        let line = block[k].line;
        let end = block[k..].iter().position(|p| p.line != line).map_or(block.len(), |e| k + e);
        // Wrapped lines of cells printed left of their columns (see `pushed_run`).
        let pushed = pushed_run(&cols, block, &full, k, end);
        let col_of = |cols: &[Column], p: usize| match &pushed {
            Some((from, cells)) if p >= *from => Some(cells[p - from]),
            _ => column_of(cols, &block[p]),
        };
        let mut under = (k..end).map(|p| col_of(&cols, p));
        // A piece under a cell that still had room starts the next row. So does, where
        // rows follow without blank lines, a line under none of the row's cells (a
        // title or paragraph after the table); between blank-line rows such a line is
        // a label printed mid-span and joins the row above.
        // And, there too, a piece reaching past the cell above it: a wrapped line is
        // never wider than the line it continues.
        // And a line of cells that opens at the left edge of a text alone on its line
        // (a title, a paragraph) is the next row, not that text's last line.
        let opens_row = dense && end - k > 1;
        let at_top = dense && page_tops.binary_search(&line).is_ok();
        let alone = |q: usize| (q == 0 || block[q - 1].line != block[q].line) && block.get(q + 1).is_none_or(|n| n.line != block[q].line);
        // A cell printed one space after a full cell of ideographs stands left of its
        // column (pdftotext gives an ideograph one column though it is two wide): its
        // short last line, printed at the true column, starts right of it.
        let pushed_left = |q: usize| q > 0 && block[q - 1].line == block[q].line && block[q - 1].end + 1 == block[q].start;
        let continues = |p: usize, c: usize| {
            cols[c].pieces.last().is_some_and(|&q| {
                let wrapped = if dense {
                    // A line of ideographs only is measured in printed widths (see
                    // `fullness`); a wrapped line is never wider than the line it
                    // continues, which it fills unless an open bracket goes on below:
                    // under a full line of ideographs, a line one column wider (a
                    // key with its unit, "项目资金 (万元)") is the next row's.
                    // (A page's first line stands at that page's columns, which
                    // pdftotext may set a little off the page before's: its edge says
                    // nothing, its width still does.)
                    let (a, b) = (&block[p], &block[q]);
                    let narrower = a.end <= b.end + 1
                        || is_ideographs(&b.text)
                            && (a.start.abs_diff(b.start) <= 1 || at_top || a.start > b.start && pushed_left(q))
                            && printed_width(&a.text) <= printed_width(&b.text);
                    // The lines of a wrapped cell are printed one under the other: a
                    // cell whose last line is not on the line just above has ended (a
                    // label under a row whose name wrapped beside it), and a whole value
                    // is not continued by another one (the next row's, under it).
                    let adjacent = k > 0 && b.line == block[k - 1].line;
                    // (A line opening with a bracket group the room above could not
                    // take goes on in the cell though wider: see `Room::refuses`.)
                    let fits =
                        (full[q].full() || closes_bracket(block, &cols[c].pieces, p)) && narrower || full[q].refuses(&b.text, &a.text);
                    fits && adjacent && !starts_another_value(&b.text, &a.text)
                } else {
                    full[q].full() || full[q].refuses(&block[q].text, &block[p].text)
                };
                wrapped && !(opens_row && p == k && alone(q) && block[p].start.abs_diff(block[q].start) <= 1)
            })
        };
        let new_row = (k..end).zip(under.clone()).any(|(p, c)| c.is_some_and(|c| !continues(p, c)))
            || dense && !cols.is_empty() && under.all(|c| c.is_none());
        // pdftotext sets each page's columns afresh, so the rest of a row cut by a page
        // break may stand at other columns than its first half: a first line of a page
        // with one piece for each wrapped cell of the row (past its label) goes on in
        // those cells, from the left.
        if at_top {
            // (An amount never wraps into words: a bare number's cell is not one of them.)
            let wrapped: Vec<usize> = (1..cols.len())
                .filter(|&c| cols[c].pieces.last().is_some_and(|&q| full[q].full() && !is_bare_number(&block[q].text)))
                .collect();
            // (Fewer pieces than the cells past the label: a new row fills them all.)
            let n = end - k;
            let in_place = (k..end).map(|p| column_of(&cols, &block[p])).eq(wrapped.iter().take(n).map(|&c| Some(c)));
            if !in_place && wrapped.len() >= n && n + 1 < cols.len() {
                for (p, &c) in (k..end).zip(&wrapped) {
                    cols[c].pieces.push(p);
                }
                k = end;
                continue;
            }
        }
        if new_row {
            emit(&mut cols, block, row_line, b);
            row_line = line;
        }
        for (p, piece) in block.iter().enumerate().take(end).skip(k) {
            // A pushed run goes on in the cells above; once a new row has begun, those
            // cells are gone (`emit`), and the pieces take their own columns.
            match if new_row { column_of(&cols, &block[p]) } else { col_of(&cols, p) } {
                Some(c) => {
                    let col = &mut cols[c];
                    col.start = col.start.min(piece.start);
                    col.end = col.end.max(piece.end);
                    col.pieces.push(p);
                }
                None => {
                    let at = cols.iter().position(|c| c.start > piece.start).unwrap_or(cols.len());
                    cols.insert(at, Column { start: piece.start, end: piece.end, pieces: vec![p] });
                }
            }
        }
        k = end;
    }
    emit(&mut cols, block, row_line, b);
    block.clear();
}

/// The column a piece falls under: the one its left edge is in, else the one it
/// overlaps most. (Cells are left-aligned; pdftotext prints a cell after a full line
/// of ideographs left of its true column, so a short last line of that cell, printed
/// at the true column, can reach more into the next column than into its own.)
pub(super) fn column_of(cols: &[Column], p: &Piece) -> Option<usize> {
    if let Some(c) = cols.iter().position(|c| c.start <= p.start && p.start < c.end) {
        return Some(c);
    }
    cols.iter()
        .enumerate()
        .filter(|(_, c)| overlaps((c.start, c.end), (p.start, p.end)))
        .max_by_key(|(_, c)| p.end.min(c.end) - p.start.max(c.start))
        .map(|(i, _)| i)
}

/// Whether `below` opens a target value of its own, with its comparator, under the
/// whole value `above` ("15000元" over "≤46300元"): a value wrapped inside its cell
/// goes on from a comparator left open ("65% ≤ 指标值" over "≤ 75%"), from a number cut
/// short ("≥12" over "00人次"), with its unit ("≥12000" over "人次") or its month
/// ("2025年" over "12月"). An amount with its cents ("120.00") is whole too: a line
/// opening with a digit under it is the next row's amount (a fund row whose key
/// wrapped, "其中：财政拨" over "款", has its amount beside the key's first line).
fn starts_another_value(above: &str, below: &str) -> bool {
    // (The first character below is asked first: most lines open with no comparator.)
    if below.starts_with(|c: char| c.is_ascii_digit()) {
        return is_bare_number(above) && above.rfind('.').is_some_and(|d| above.len() - d == 3);
    }
    below.starts_with(is_comparator)
        && above.starts_with(|c: char| c.is_ascii_digit() || is_comparator(c))
        && !above.ends_with(|c: char| c.is_ascii_digit() || c == '.')
        && !above.chars().skip(1).any(is_comparator)
}

/// Whether a cell's text so far leaves a round bracket open that the piece below
/// closes before it opens another: a name wrapped before its document number
/// ("…（津财社指" / "[2023]156号）"), which the line's width cannot tell when the
/// number was too long to fit on it.
fn closes_bracket(block: &[Piece], cell: &[usize], p: usize) -> bool {
    let depth: i32 = cell
        .iter()
        .flat_map(|&q| block[q].text.chars())
        .map(|c| match c {
            '（' | '(' => 1,
            '）' | ')' => -1,
            _ => 0,
        })
        .sum();
    depth > 0 && block[p].text.chars().find(|c| matches!(c, '（' | '(' | '）' | ')')).is_some_and(|c| matches!(c, '）' | ')'))
}

/// A comparator with a space on each side ("65% ≤ 指标值").
fn has_spaced_comparator(text: &str) -> bool {
    text.char_indices().any(|(i, c)| is_comparator(c) && text[..i].ends_with(' ') && text[i + c.len_utf8()..].starts_with(' '))
}

fn emit(cols: &mut Vec<Column>, block: &[Piece], row_line: usize, b: &mut GridBuilder) {
    if cols.is_empty() {
        return;
    }
    let cells = cols.drain(..).map(|c| {
        let mut text = String::new();
        for &p in &c.pieces {
            let piece = &block[p].text;
            // A range wrapped at its second comparator ("65% ≤ 指标值" over "≤ 75%") keeps
            // the spaces the first one was set off with. (Asked only of a line opening
            // with a comparator and a space.)
            if piece.starts_with(is_comparator) && piece.chars().nth(1) == Some(' ') && has_spaced_comparator(&text) {
                text.push(' ');
            }
            join_wrapped(&mut text, piece);
        }
        (text, block[c.pieces[0]].line)
    });
    b.push_row(row_line, cells.collect::<Vec<_>>());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(line: &str) -> Vec<(usize, String)> {
        pieces(line, 1).into_iter().map(|p| (p.start, p.text)).collect()
    }

    #[test]
    fn pieces_cut_at_gaps_between_ideographs_and_before_comparators() {
        let want = |v: &[(usize, &str)]| v.iter().map(|(a, b)| (*a, b.to_string())).collect::<Vec<_>>();
        assert_eq!(
            texts("       社会效益指 缓解城乡居民问题   ≥530 元/人·月"),
            want(&[(7, "社会效益指"), (13, "缓解城乡居民问题"), (24, "≥530元/人·月")])
        );
        assert_eq!(texts("群众生态质量 ≤3%"), want(&[(0, "群众生态质量"), (7, "≤3%")]));
        // pdftotext's space between an ideograph and a digit is dropped, a word space kept.
        assert_eq!(texts("\u{c}资金拨付（当年 12 月底前）  Project A"), want(&[(0, "资金拨付（当年12月底前）"), (17, "Project A")]));
        // An amount one space before a fund key: two cells; a number inside a name, one.
        assert_eq!(texts("总额：   5800000.00 其中：财政资"), want(&[(0, "总额："), (6, "5800000.00"), (17, "其中：财政资")]));
        assert_eq!(texts("完成 12 其他工作"), want(&[(0, "完成12其他工作")]));
    }

    fn rows_of(text: &str) -> Vec<Vec<String>> {
        let lines: Vec<&str> = text.lines().collect();
        let mut b = GridBuilder::default();
        rows(&lines, &mut b);
        b.finish(super::super::grid::CellStyle::LaidOut).rows.into_iter().map(|r| r.cells.into_iter().map(|c| c.text).collect()).collect()
    }

    #[test]
    fn a_single_space_is_a_column_gap_where_other_lines_start_a_column_there() {
        // Rows between blank lines; the value column starts at column 11.
        let text =
            ["a   甲甲甲甲甲甲 1次", "a   乙乙乙乙   ≥2", "a   丙丙丙丙   ≥3", "a   丁丁丁丁   ≥4", "a   当年 12月底前"].join("\n\n");
        let got = rows_of(&text);
        assert_eq!(got[0], vec!["a", "甲甲甲甲甲甲", "1次"]);
        // No column starts under "12": the space stays inside the cell (and is pdftotext's).
        assert_eq!(got[4], vec!["a", "当年12月底前"]);
    }

    #[test]
    fn a_column_far_below_or_prose_after_the_space_does_not_cut_a_cell() {
        // The value column (column 10, under "12") of rows far below the goal text.
        let goal = "总体目标   完成 12处供水工程改造";
        let far: Vec<String> = ["甲", "乙", "丙"].iter().map(|c| format!("a   {}   12处", c.repeat(3))).collect();
        let text = [vec![goal.to_string()], vec![String::new(); 14], far.clone()].concat().join("\n");
        assert_eq!(rows_of(&text)[0], vec!["总体目标", "完成12处供水工程改造"]);
        // Near, but the text after the space is a sentence.
        let goal = "总体目标   完成 12处工程改造，受益两万人";
        let text = [vec![goal.to_string(), String::new()], far].concat().join("\n");
        assert_eq!(rows_of(&text)[0], vec!["总体目标", "完成12处工程改造，受益两万人"]);
    }

    #[test]
    fn a_wrapped_cell_joins_its_row_and_a_cell_with_room_left_starts_the_next() {
        let text = [
            "              城镇职工困难企业和城乡居民参保",
            "       数量指标                          ≥12000 人",
            "              人数",
            "",
            "",
            "       质量指标   参保率                 ≥98%",
            "产出指标",
            "              资金拨付及时率（当年 12 月底前",
            "       时效指标                          100%",
            "              完成）",
        ]
        .join("\n");
        let text = text.as_str();
        assert_eq!(
            rows_of(text),
            vec![
                vec!["数量指标", "城镇职工困难企业和城乡居民参保人数", "≥12000人"],
                vec!["产出指标", "质量指标", "参保率", "≥98%"],
                vec!["时效指标", "资金拨付及时率（当年12月底前完成）", "100%"],
            ]
        );
    }

    #[test]
    fn laid_out_text_needs_column_gaps_and_blank_lines_between_rows() {
        let rows =
            "一级指标   二级指标   指标值\n\n产出指标   数量指标   5人\n\n           质量指标   ≥98%\n\n效益指标   社会效益   提高\n";
        assert!(is_laid_out(rows, &rows.lines().collect::<Vec<_>>()));
        let no_blank = rows.replace("\n\n", "\n");
        assert!(!is_laid_out(&no_blank, &no_blank.lines().collect::<Vec<_>>()));
        let indented = "    一级指标\n\n    二级指标\n\n    指标值 5人\n\n    产出指标\n\n    数量指标\n";
        assert!(!is_laid_out(indented, &indented.lines().collect::<Vec<_>>()));
    }
}
