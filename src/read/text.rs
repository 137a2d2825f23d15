//! Text → cells. Text pulled out of PDF, DOCX and HTML comes in a handful of shapes
//! (see [`CellStyle`]); we pick the one the document uses by counting line shapes,
//! then cut every line the same way. Hand-written because the shapes are
//! line-oriented and no CSV/TSV crate tolerates the ragged, mixed rows seen here —
//! except real CSV, whose quoting the `csv` crate reads (read/csv_text.rs).

use super::csv_text::Dialect;
use super::grid::{CellStyle, Grid, GridBuilder};
use super::line_stream::{is_mostly_blank, mostly_blank, one_cell_per_line};
use crate::chars::{split_ascii, TrimWs};

/// Lines that belong to a table title: they never continue the cell above them.
fn is_title_like(line: &str) -> bool {
    let t = line.trim_ws();
    t.starts_with("[bookmark") || t.ends_with("绩效目标表") || t.ends_with("申报表") || t.ends_with("目标表")
}

pub(super) fn is_blank(line: &str) -> bool {
    TrimWs::is_blank(line)
}

pub(super) fn is_pipe_only(line: &str) -> bool {
    let t = line.trim_ws();
    !t.is_empty() && t.chars().all(|c| c == '|' || c.is_whitespace())
}

pub(super) fn pipe_parts(line: &str) -> Vec<&str> {
    split_ascii(line, b'|').map(TrimWs::trim_ws).collect()
}

/// The style of `text`, cut into `lines`. CSV needs the whole text: a quoted field
/// may span lines.
pub fn detect_style(text: &str, lines: &[&str]) -> CellStyle {
    detect(text, lines).0
}

/// [`detect_style`], with the CSV dialect when the style is Commas.
fn detect(text: &str, lines: &[&str]) -> (CellStyle, Option<Dialect>) {
    let mut non_blank = 0usize;
    let mut blank = 0usize;
    let mut tab_lines = 0usize;
    let mut tab_single = 0usize;
    let mut pipe_multi = 0usize;
    let mut pipe_single = 0usize;
    for line in lines {
        if is_blank(line) && !line.contains('\t') {
            blank += 1;
            continue;
        }
        non_blank += 1;
        if line.contains('\t') {
            tab_lines += 1;
            let rest = line.trim_start_matches([' ', '\u{3000}']);
            if rest.starts_with('\t') && !rest[1..].contains('\t') {
                tab_single += 1;
            }
        } else if line.contains('|') {
            let filled = split_ascii(line, b'|').filter(|p| !p.trim_ws().is_empty()).take(2).count();
            if filled >= 2 {
                pipe_multi += 1;
            } else {
                pipe_single += 1;
            }
        }
    }
    if non_blank == 0 {
        return (CellStyle::Spaces, None);
    }
    if tab_lines * 5 >= non_blank {
        return (if tab_single * 10 >= tab_lines * 7 { CellStyle::CellPerLine } else { CellStyle::Tabs }, None);
    }
    if (pipe_multi + pipe_single) * 10 >= non_blank * 3 {
        return (if pipe_single > pipe_multi { CellStyle::PipeCellPerLine } else { CellStyle::Pipes }, None);
    }
    // CSV only without any tab (a tab-cut copy may hold commas inside its cells); the
    // check starts with a byte search per line and stops at the first lines it fails.
    if let Some(d) = (tab_lines == 0).then(|| super::csv_text::dialect(text, lines, non_blank)).flatten() {
        return (CellStyle::Commas, Some(d));
    }
    if is_mostly_blank(blank, non_blank) || one_cell_per_line(lines, non_blank) {
        return (CellStyle::Paragraphs, None);
    }
    (CellStyle::Spaces, None)
}

/// The full-width pipe some pages flattened from HTML print between cells
/// ("项目名称｜某某项目｜主管部门｜某局").
const WIDE_PIPE: &str = "｜";

/// `text` with its full-width pipes made "|" where they cut its lines into cells as
/// a pipe copy's do: as many lines cut by them as the pipe styles need (see
/// [`detect`]), and more than lines with a "|" (a copy cut by "|" whose text holds a
/// "｜" keeps it). A stray "｜" in prose stays as it is.
fn wide_pipes_as_pipes(text: &str) -> Option<String> {
    // Most texts have none: one substring search before any line is looked at.
    if !crate::chars::has(text, WIDE_PIPE) {
        return None;
    }
    let (mut non_blank, mut cut, mut narrow) = (0usize, 0usize, 0usize);
    for line in crate::chars::lines(text).filter(|l| !is_blank(l)) {
        non_blank += 1;
        narrow += usize::from(line.contains('|'));
        cut += usize::from(line.split(WIDE_PIPE).filter(|p| !p.trim_ws().is_empty()).nth(1).is_some());
    }
    (cut * 10 >= non_blank * 3 && narrow < cut).then(|| text.replace(WIDE_PIPE, "|"))
}

/// Cut decoded text into a grid of cells.
pub fn split_cells(text: &str) -> Grid {
    let piped = wide_pipes_as_pipes(text);
    let text = piped.as_deref().unwrap_or(text);
    let lines: Vec<&str> = crate::chars::lines(text).collect();
    let (mut style, dialect) = detect(text, &lines);
    // Lines padded to the page's width (pdfplumber's layout text): its blank lines are
    // vertical space, not row breaks, so it is cut at spaces line by line (page_grid.rs).
    let loose = matches!(style, CellStyle::Paragraphs | CellStyle::Spaces);
    let page_grid = loose && super::page_grid::is_page_grid(&lines);
    if page_grid {
        style = CellStyle::Spaces;
    } else if loose && super::laid_out::is_laid_out(text, &lines) {
        // Column gaps and blank lines between rows: `pdftotext -layout` (read/laid_out.rs).
        style = CellStyle::LaidOut;
    } else if style == CellStyle::Spaces && is_flattened(&lines) {
        style = CellStyle::Paragraphs;
        let mut b = GridBuilder::default();
        flattened(&lines, &mut b);
        return b.finish(style);
    }
    let mut b = GridBuilder::default();
    match style {
        CellStyle::Tabs => tabs(&lines, &mut b),
        CellStyle::CellPerLine => cell_per_line(&lines, &mut b),
        CellStyle::Commas => super::csv_text::rows(text, dialect.unwrap_or_default(), &mut b),
        CellStyle::Pipes => pipes(&lines, &mut b),
        // Rows padded on their last cell's line mark no break after a full row: the
        // cells in order, as a stream, the lines of bare pipes only padding.
        CellStyle::PipeCellPerLine if pads_rows_in_line(&lines) => {
            style = CellStyle::Paragraphs;
            pipe_stream(&lines, BarePipes::Padding, &mut b);
        }
        CellStyle::PipeCellPerLine if pipes_close_cells(&lines) => {
            style = CellStyle::Paragraphs;
            pipe_stream(&lines, BarePipes::BlankCell, &mut b);
        }
        CellStyle::PipeCellPerLine if super::pipe_lines::pipes_close_on_own_line(&lines) => {
            style = CellStyle::Paragraphs;
            pipe_stream(&lines, BarePipes::ClosesCell, &mut b);
        }
        CellStyle::PipeCellPerLine => pipe_cell_per_line(&lines, &mut b),
        CellStyle::Paragraphs => paragraphs(&lines, &mut b),
        CellStyle::Spaces => spaces(&lines, &mut b),
        CellStyle::LaidOut => super::laid_out::rows(&lines, &mut b),
        // Only the structured readers build Table grids; text is never detected as one.
        CellStyle::Table => tabs(&lines, &mut b),
    }
    let mut grid = b.finish(style);
    grid.blank_lines_are_space = page_grid;
    grid
}

fn tabs(lines: &[&str], b: &mut GridBuilder) {
    for (i, line) in lines.iter().enumerate() {
        let n = i + 1;
        if is_blank(line) && !line.contains('\t') {
            continue;
        }
        b.push_row(n, split_ascii(line, b'\t').map(|c| (c.trim_ws().to_string(), n)));
    }
}

fn cell_per_line(lines: &[&str], b: &mut GridBuilder) {
    // A row is a run of tab-prefixed lines; a line without the tab directly under a
    // cell continues that cell (a paragraph break inside a Word cell).
    let mut row: Vec<(String, usize)> = Vec::new();
    let mut row_line = 0usize;
    let mut prev_was_cell = false;
    let flush = |row: &mut Vec<(String, usize)>, row_line: usize, b: &mut GridBuilder| {
        if !row.is_empty() {
            b.push_row(row_line, std::mem::take(row));
        }
    };
    for (i, line) in lines.iter().enumerate() {
        let n = i + 1;
        if line.contains('\t') {
            let after_tab = line.trim_start_matches([' ', '\u{3000}']).strip_prefix('\t');
            // Most lines are one tab then the cell: nothing to join.
            let text = match after_tab {
                Some(rest) if !rest.contains('\t') => rest.trim_ws().to_string(),
                _ => line.split('\t').map(str::trim).collect::<Vec<_>>().join(" ").trim_ws().to_string(),
            };
            if row.is_empty() {
                row_line = n;
            }
            row.push((text, n));
            prev_was_cell = true;
        } else if is_blank(line) {
            flush(&mut row, row_line, b);
            prev_was_cell = false;
        } else if prev_was_cell && !is_title_like(line) {
            if let Some(last) = row.last_mut() {
                last.0.push('\n');
                last.0.push_str(line.trim_ws());
            }
        } else {
            flush(&mut row, row_line, b);
            b.push_row(n, vec![(line.trim_ws().to_string(), n)]);
            prev_was_cell = false;
        }
    }
    flush(&mut row, row_line, b);
}

fn pipes(lines: &[&str], b: &mut GridBuilder) {
    // A markdown copy (its header ruled off by "|---|") may break a cell over lines.
    if lines.iter().any(|l| super::markdown::is_rule(l)) {
        return super::markdown::rows(lines, b);
    }
    let cells: super::pipe_rows::LineCells = lines
        .iter()
        .map(|line| {
            (!is_blank(line) && !is_pipe_only(line)).then(|| {
                let mut parts = pipe_parts(line);
                if line.trim_start().starts_with('|') {
                    parts.remove(0);
                }
                parts
            })
        })
        .collect();
    let mut runs = super::pipe_rows::broken_rows(lines, &cells).into_iter().peekable();
    let mut i = 0;
    while i < lines.len() {
        let n = i + 1;
        let Some(parts) = &cells[i] else {
            i += 1;
            continue;
        };
        let mut row: Vec<(String, usize)> = parts.iter().map(|p| (p.to_string(), n)).collect();
        if let Some((_, last)) = runs.next_if(|&(first, _)| first == i) {
            for (j, more) in cells.iter().enumerate().take(last + 1).skip(i + 1) {
                let more = more.as_deref().unwrap_or_default();
                // The empty cell the line closed with is the next line's first cell.
                row.pop();
                row.extend(more.iter().map(|p| (p.to_string(), j + 1)));
            }
            i = last;
        }
        b.push_row(n, row);
        i += 1;
    }
}

fn pipe_cell_per_line(lines: &[&str], b: &mut GridBuilder) {
    let mut row: Vec<(String, usize)> = Vec::new();
    let mut row_line = 0usize;
    for (i, line) in lines.iter().enumerate() {
        let n = i + 1;
        if is_blank(line) || is_pipe_only(line) {
            if !row.is_empty() {
                b.push_row(row_line, std::mem::take(&mut row));
            }
            continue;
        }
        // A line without any pipe is page text (a title, a date line), a row of its own.
        if !line.contains('|') {
            if !row.is_empty() {
                b.push_row(row_line, std::mem::take(&mut row));
            }
            b.push_row(n, vec![(line.trim_ws().to_string(), n)]);
            continue;
        }
        if row.is_empty() {
            row_line = n;
        }
        let text = piped_text(line);
        row.push((text, n));
    }
    if !row.is_empty() {
        b.push_row(row_line, row);
    }
}

/// One cell per line, each closed by its own "|", and no line marking rows: no
/// padding line of several bare pipes ("||", "|||") ends a row, and the text does
/// not open with a bare "|" (a row's opening pipe). A bare "|" is then a cell printed
/// empty, not a row break. Only the reader sees the pipes, so it decides here: the
/// rows are gone, so the cells are read as a paragraph stream whose empty cells keep
/// their columns' places (see `Grid::blank_cells`), as blank paragraphs do.
fn pipes_close_cells(lines: &[&str]) -> bool {
    let mut piped = lines.iter().filter(|l| l.contains('|'));
    if piped.clone().next().is_none_or(|l| is_pipe_only(l)) {
        return false;
    }
    !piped.any(|l| is_pipe_only(l) && l.bytes().filter(|&b| b == b'|').nth(1).is_some())
}

/// A one-cell-per-line copy that pads a row with its empty cells on the line of its
/// last filled cell ("397 | |||") rather than on a line of their own: a row that
/// fills the table's width gets no padding, so nothing marks where it ends, and the
/// next row's cells run into it. Two such lines tell this converter apart.
fn pads_rows_in_line(lines: &[&str]) -> bool {
    lines
        .iter()
        .filter(|l| {
            let t = l.trim_ws();
            !t.starts_with('|')
                && t.ends_with('|')
                && pipe_parts(t).iter().filter(|p| !p.is_empty()).count() == 1
                && t.matches('|').count() >= 2
        })
        .nth(1)
        .is_some()
}

/// What a line of bare pipes is in a one-cell-per-line copy read as a stream.
#[derive(Clone, Copy, PartialEq)]
enum BarePipes {
    /// Only row padding ([`pads_rows_in_line`]).
    Padding,
    /// A cell printed empty ([`pipes_close_cells`]).
    BlankCell,
    /// The closing pipe of the cell above; a second one in a row closes a cell
    /// printed empty (`pipe_lines::pipes_close_on_own_line`).
    ClosesCell,
}

/// Each cell of a one-cell-per-line copy as a row of its own (the layout reads them
/// as a stream, as paragraphs), lines of bare pipes read as `bare` says.
fn pipe_stream(lines: &[&str], bare: BarePipes, b: &mut GridBuilder) {
    // The line before closed a cell (or nothing was read yet).
    let mut closed = true;
    for (i, line) in lines.iter().enumerate() {
        let n = i + 1;
        if is_pipe_only(line) {
            let blank = match bare {
                BarePipes::Padding => false,
                BarePipes::BlankCell => true,
                BarePipes::ClosesCell => closed && super::pipe_lines::is_lone_pipe(line),
            };
            if blank {
                b.blank_cell(n);
            }
            closed = true;
        } else if !is_blank(line) {
            b.push_row(n, vec![(piped_text(line), n)]);
            closed = false;
        }
    }
}

/// The text of a line of a one-cell-per-line copy, its pipes taken out.
fn piped_text(line: &str) -> String {
    pipe_parts(line).into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" ")
}

fn paragraphs(lines: &[&str], b: &mut GridBuilder) {
    // Cells one per line (not paragraphs between blank lines) lose their font gaps
    // (read/font_gaps.rs); the blank lines are counted at the first such gap only.
    let mut per_line: Option<bool> = None;
    for (i, line) in lines.iter().enumerate() {
        if !is_blank(line) {
            let t = line.trim_ws();
            let gaps = super::font_gaps::only_font_gaps(t) && *per_line.get_or_insert_with(|| !mostly_blank(lines));
            b.push_row(i + 1, vec![(if gaps { t.replace(' ', "") } else { t.to_string() }, i + 1)]);
        } else if !line.is_empty() {
            b.blank_cell(i + 1);
        }
    }
}

/// A table flattened into one or two very long lines of space-separated words (a DOC
/// converted to text) has no rows left to keep: each word becomes its own row and the
/// layout reads the words as a stream, as it does paragraphs.
fn is_flattened(lines: &[&str]) -> bool {
    let non_blank: Vec<&&str> = lines.iter().filter(|l| !is_blank(l)).collect();
    non_blank.len() <= 5 && non_blank.iter().any(|l| l.split_whitespace().count() > 24)
}

fn space_cells(line: &str, n: usize) -> Vec<(String, usize)> {
    // A space inside brackets ("数量( ≥**个 )") does not end a cell — when the bracket
    // closes on the line: one left open is a cell wrapped inside its brackets
    // ("保障在职职工人数(人" / ")"), the rest of the line other cells ...
    let mut cells: Vec<(String, usize)> = Vec::new();
    let mut depth = 0i32;
    // Where the line's last closing bracket is, looked for once and only inside one.
    let mut last_close: Option<Option<usize>> = None;
    for tok in line.split_whitespace() {
        let inside = depth > 0 && {
            let at = tok.as_ptr() as usize - line.as_ptr() as usize;
            last_close.get_or_insert_with(|| line.rfind([')', '）'])).is_some_and(|c| c >= at)
        };
        match cells.last_mut() {
            // ... a colon opening a token still belongs to the key before it, and so
            // does a score band after a 审批表 label ("产出指标 (50分)").
            Some(last) if inside || tok.starts_with([':', '：']) || crate::extract::taxonomy::is_bare_score_band(tok) => {
                last.0.push(' ');
                last.0.push_str(tok);
            }
            _ => cells.push((tok.to_string(), n)),
        }
        depth += tok.matches(['(', '（']).count() as i32 - tok.matches([')', '）']).count() as i32;
        depth = depth.max(0);
    }
    cells
}

fn flattened(lines: &[&str], b: &mut GridBuilder) {
    for (i, line) in lines.iter().enumerate() {
        for cell in space_cells(line, i + 1) {
            b.push_row(i + 1, vec![cell]);
        }
    }
}

fn spaces(lines: &[&str], b: &mut GridBuilder) {
    for (i, line) in lines.iter().enumerate() {
        let n = i + 1;
        if is_blank(line) {
            continue;
        }
        b.push_row(n, space_cells(line, n));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tab_rows_keep_empty_cells_in_place() {
        let g = split_cells("项目名称\t\t医保\n一级指标\t二级指标\t三级指标\t指标值\n\t数量指标\t人数\t5人\n");
        assert_eq!(g.style, CellStyle::Tabs);
        assert_eq!(g.rows[2].cells[0].text, "");
        assert_eq!(g.rows[2].cells[3].text, "5人");
        assert_eq!(g.rows[2].cells[3].line, 3);
    }

    #[test]
    fn cell_per_line_joins_continuations_and_breaks_on_blank() {
        let text = "\t绩效目标\n\t1.第一\n2.第二\n\n\t一级指标\n\t二级指标\n";
        let g = split_cells(text);
        assert_eq!(g.style, CellStyle::CellPerLine);
        assert_eq!(g.rows.len(), 2);
        assert_eq!(g.rows[0].cells[1].text, "1.第一\n2.第二");
        assert_eq!(g.rows[1].cells[1].line, 6);
    }

    #[test]
    fn pipe_rows_and_pipe_cells() {
        let g = split_cells("| a | b | c |\n| d | e | f |\n");
        assert_eq!(g.style, CellStyle::Pipes);
        assert_eq!(g.rows[0].cells[0].text, "a");
        let g = split_cells("|\n一级指标 |\n二级指标 |\n|||\n|\n产出指标 |\n数量指标 |\n");
        assert_eq!(g.style, CellStyle::PipeCellPerLine);
        assert_eq!(g.rows.len(), 2);
        assert_eq!(g.rows[1].cells[1].text, "数量指标");
    }

    #[test]
    fn pipe_cells_padded_on_their_own_line_are_a_stream() {
        // The full-width row (产出指标 … 5人) had no break after it, so the next row's
        // cells (人次, 3次) ran into it as extra columns.
        let text = "一级指标 |\n二级指标 |\n三级指标 |\n指标值 | |\n产出指标 |\n数量指标 |\n人数 |\n5人 |\n人次 |\n3次 | ||\n";
        let g = split_cells(text);
        assert_eq!(g.style, CellStyle::Paragraphs);
        let cells: Vec<&str> = g.rows.iter().map(|r| r.cells[0].text.as_str()).collect();
        assert_eq!(cells, ["一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标", "人数", "5人", "人次", "3次"]);
        assert!(g.rows.iter().all(|r| r.cells.len() == 1));
    }

    #[test]
    fn paragraphs_and_spaces() {
        let g = split_cells("一级指标\n\n二级指标\n\n指标值\n\n");
        assert_eq!(g.style, CellStyle::Paragraphs);
        assert_eq!(g.rows.len(), 3);
        let g = split_cells("产出指标 数量指标 人数 >=5人\n流转土地 >=60亩\n开发数量( ≥**个 ) >=4个\n");
        assert_eq!(g.style, CellStyle::Spaces);
        assert_eq!(g.rows[1].cells.len(), 2);
        assert_eq!(g.rows[2].cells[0].text, "开发数量( ≥**个 )");
    }
}
