//! Whole tables run together into one line with no separators, as a DOC or DOCX
//! converted to text without its cell breaks ("…项目名称滨湖大楼运行保障项目类别…绩效目标
//! 以…一级指标二级指标绩效标准当年预期实现值数量指标办公大楼日常维修维护次数反映…2280次…").
//!
//! Such a line is recut into the rows a table would have had, so the rest of the
//! layout reads it as any other table: the glued column names (a run of header words,
//! found with the header lexicon) split the line into the block before the matrix
//! and its body; the block is cut at titles and field names, the body into indicator
//! rows by `glued_indicators`. The rows get one fixed column order (labels, name,
//! description, 依据, values last), so that the matrix reads them by position.
//!
//! Only a long cell that holds such a run of column names is recut; other grids are
//! handed back untouched after one cheap test per long cell.

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;

use crate::extract::normalize::{label_key, KeyedText};
use crate::read::{Cell, Row};

use super::glued_indicators::{self, Columns, GluedIndicator, Level};
use super::header::{column_words, role_of_key, Role};
use super::keys;
use super::run_together_columns;

/// Cells shorter than this (in bytes) are never a whole run-together table.
const MIN_BYTES: usize = 120 * 3;

/// Column names that must stand together for a glued header.
const MIN_HEADER_WORDS: usize = 3;

/// Grade columns under 评价标准 (grade-standard tables): each is a value column.
const GRADES: &[&str] = &["不合格", "优秀", "良好", "合格", "较差", "优", "良", "中", "差"];

static HEADER_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    // Two-character names (分值, 得分) only extend a run: run_together_columns::short_words.
    let words: Vec<String> = column_words().map(label_key).filter(|w| w.chars().count() >= 3).collect();
    AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(words).expect("static patterns")
});

/// Where a table title ends ("…绩效目标表"): the block is cut after it.
static TITLE_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"绩效目标表|绩效目标申报表|目标申报表|绩效目标审批表|绩效目标设定表").unwrap());

/// The glued header found in a key: its range, its column roles in order, and the
/// grade words after it.
#[derive(Debug, Clone, PartialEq)]
struct GluedHeader {
    range: Range<usize>,
    roles: Vec<Role>,
    grades: Vec<String>,
}

impl GluedHeader {
    /// The columns that take a row's values, in the header's order, from those after
    /// the name: the target alone, or a 自评表's 分值 | 年度指标值 | 全年实际值 | 得分
    /// (`run_together_columns::value_columns`).
    fn value_columns(&self) -> Vec<&'static str> {
        let after_name = self.roles.iter().position(|r| *r == Role::Name).map_or(0, |i| i + 1);
        run_together_columns::value_columns(&self.roles[after_name..])
    }

    fn columns(&self) -> Columns {
        let value_at = self.roles.iter().position(|r| *r == Role::Value).unwrap_or(self.roles.len());
        let text = |r: &Role| matches!(r, Role::Desc | Role::Basis | Role::Remark | Role::Scoring);
        Columns {
            desc_before_value: self.roles[..value_at].iter().any(text),
            text_after_value: self.roles[value_at..].iter().any(text) || !self.grades.is_empty() && self.roles.contains(&Role::Basis),
        }
    }
}

/// The first run of at least three column names printed back to back, with a value
/// or a name column among them, in `key[from..]`.
fn find_header(key: &str, from: usize) -> Option<GluedHeader> {
    let mut run: Vec<(Range<usize>, Option<Role>)> = Vec::new();
    let done = |run: &[(Range<usize>, Option<Role>)]| {
        run.len() >= MIN_HEADER_WORDS && run.iter().any(|(_, r)| matches!(r, Some(Role::Value | Role::Name)))
    };
    // Short column names (分值, 得分) carry a run on between long ones and end it.
    let absorb = |run: &mut Vec<(Range<usize>, Option<Role>)>, gap: Range<usize>| {
        let (roles, len) = run_together_columns::short_words(&key[gap.clone()]);
        let at = gap.start;
        run.extend(roles.into_iter().map(|r| (at..at + len, Some(r))));
        at + len
    };
    for m in HEADER_WORDS.find_iter(&key[from..]) {
        let r = from + m.start()..from + m.end();
        if let Some(prev) = run.last().map(|(p, _)| p.end).filter(|&e| e != r.start) {
            if absorb(&mut run, prev..r.start) != r.start {
                if done(&run) {
                    break;
                }
                run.clear();
            }
        }
        run.push((r.clone(), role_of_key(&key[r])));
    }
    if !done(&run) {
        return None;
    }
    let (start, mut end) = (run[0].0.start, run[run.len() - 1].0.end);
    end = absorb(&mut run, end..key.len());
    let mut grades = Vec::new();
    while let Some(g) = GRADES.iter().find(|g| key[end..].starts_with(*g)) {
        grades.push(g.to_string());
        end += g.len();
    }
    if grades.len() < 2 {
        end -= grades.iter().map(String::len).sum::<usize>();
        grades.clear();
    }
    Some(GluedHeader { range: start..end, roles: run.into_iter().filter_map(|(_, r)| r).collect(), grades })
}

/// Is this cell worth the search? Long, and with several 指标 in it.
fn may_hold_a_table(c: &Cell) -> bool {
    !c.short && c.text.len() >= MIN_BYTES && c.text.matches('指').take(4).count() == 4
}

/// Runs of one-word rows cut from source lines of several words each (a flattened
/// page: the reader gives each word its row), joined back into one cell with their
/// spaces where the run holds a table's column names back to back. A line of one word
/// (a copy of one cell a line) never joins. None when no run does; else the rows and
/// the ids of the words folded into the run's first.
///
/// A table run together whose cells wrapped at spaces ("绩 效 指 标一级 指标") is read so:
/// the reader took its line for words; joined again, `recut` finds the table.
pub fn rejoin_flattened(rows: &[Row]) -> Option<(Vec<Row>, Vec<usize>)> {
    // The rows of one source line cut into words: [start, end).
    let line_end = |i: usize| {
        let mut j = i + 1;
        while j < rows.len() && rows[j].cells.len() == 1 && rows[j].line == rows[i].line {
            j += 1;
        }
        j
    };
    // A word that is a whole column name ("一级指标") says the spaces were the cell
    // breaks: such a line is read as words, as before.
    let whole = |r: &Row| {
        let k = label_key(&r.cells[0].text);
        HEADER_WORDS.find(&k).is_some_and(|m| m.start() == 0 && m.end() == k.len())
    };
    // The runs to join, found first: most pages have none, and then no row is copied.
    let mut runs: Vec<(Range<usize>, Cell)> = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        let mut j = if rows[i].cells.len() == 1 { line_end(i) } else { i + 1 };
        // The run goes on through the next lines cut into words as well (a page's
        // table printed over a few long lines).
        while j - i >= 2 && j < rows.len() && rows[j].cells.len() == 1 && rows[j].line == rows[j - 1].line + 1 && line_end(j) - j >= 2 {
            j = line_end(j);
        }
        if j - i >= MIN_HEADER_WORDS * 2 {
            let text = rows[i..j].iter().map(|r| r.cells[0].text.as_str()).collect::<Vec<_>>().join(" ");
            let cell = rows[i].cells[0].with_text(text, 0);
            // Only a run with column names back to back is rejoined: the rest stay words.
            if may_hold_a_table(&cell) && !rows[i..j].iter().any(whole) && find_header(&KeyedText::new(&cell.text).key, 0).is_some() {
                runs.push((i..j, cell));
            }
        }
        i = j;
    }
    if runs.is_empty() {
        return None;
    }
    let (mut out, mut folded, mut from) = (Vec::new(), Vec::new(), 0);
    for (run, cell) in runs {
        out.extend(rows[from..run.start].iter().cloned());
        folded.extend(rows[run.start + 1..run.end].iter().map(|r| r.cells[0].id));
        out.push(Row { line: rows[run.start].line, cells: vec![cell] });
        from = run.end;
    }
    out.extend(rows[from..].iter().cloned());
    Some((out, folded))
}

/// Recut the rows when one of them holds a whole table run together. None (the common
/// case) when no cell does.
pub fn recut(rows: &[Row]) -> Option<Vec<Row>> {
    if !rows.iter().any(|r| r.cells.iter().any(may_hold_a_table)) {
        return None;
    }
    let mut out = Vec::with_capacity(rows.len() + 32);
    let mut any = false;
    for row in rows {
        let mut cut_any = false;
        let mut pieces: Vec<Row> = Vec::new();
        for c in row.cells.iter().filter(|c| !c.is_empty()) {
            match may_hold_a_table(c).then(|| recut_cell(c)).flatten() {
                Some(rows) => {
                    cut_any = true;
                    pieces.extend(rows);
                }
                None => pieces.push(Row { line: c.line, cells: vec![c.with_text(c.text.clone(), 0)] }),
            }
        }
        if cut_any {
            any = true;
            out.extend(pieces);
        } else {
            out.push(row.clone());
        }
    }
    any.then_some(out)
}

/// The rows of one run-together cell, or None when it holds no glued header.
fn recut_cell(c: &Cell) -> Option<Vec<Row>> {
    let kt = KeyedText::new(&c.text);
    let key = kt.key.as_str();
    let mut rows = Vec::new();
    let mut at = 0;
    let mut found = false;
    while let Some(h) = find_header(key, at) {
        found = true;
        // "绩效指标" printed just before the column names is the matrix's title
        // (and anything between them a column the body does not fill).
        let title_at = key[at..h.range.start].rfind("绩效指标").map(|i| at + i).filter(|&i| h.range.start - i <= 24 * 3);
        // A title naming the matrix's period ("长期绩效指标 | 一级指标 …", a 申报表's
        // two matrices) is kept whole in the rebuilt header: the assembler reads the
        // period from it. It stands just before the title word, or heads the run.
        let period_word = |p: &str| PERIOD_WORDS.iter().find(|w| p.ends_with(*w)).copied();
        let before = title_at.and_then(|t| period_word(&key[at..t]).map(|w| (t - w.len(), w)));
        let heading = PERIOD_WORDS.iter().find(|w| key[h.range.start..].starts_with(&format!("{w}绩效指标")));
        let caption = before.map(|b| b.1).or(heading.copied()).map(|w| format!("{w}绩效指标"));
        let block_end = before.map_or(title_at.unwrap_or(h.range.start), |b| b.0);
        block_rows(c, &kt, at..block_end, &mut rows);
        // The name of a column the rows leave empty ("保障措施") stays in the rebuilt
        // header, beside the title, where it heads no cell of the rows (left of the
        // indicator columns, so the rows still end under the value column): on a row
        // of its own, the field before the matrix (its 绩效目标) took it for its own
        // continuation.
        let extra = title_at.map(|t| t + "绩效指标".len()..h.range.start).filter(|r| !r.is_empty());
        let extra = extra.map(|r| kt.printed(&c.text, r.start, r.end)).filter(|t| !t.is_empty());
        let body_end = body_end(key, h.range.end);
        let titled = title_at.is_some() || caption.is_some();
        let mut header = header_row(c, &h, titled.then(|| caption.as_deref().unwrap_or("绩效指标")));
        if let Some(extra) = extra {
            widen(&mut header, c.with_text(extra.to_string(), 1));
        }
        rows.push(header);
        for ind in glued_indicators::indicators(key, h.range.end..body_end, h.columns()) {
            let mut row = indicator_row(c, &kt, &h, &ind, titled);
            if extra.is_some() {
                widen(&mut row, c.with_text(String::new(), 1));
            }
            rows.push(row);
        }
        at = body_end;
        // The matrix's total score ("总分100100", 分值 and 得分 run together) on a row
        // of its own, where it closes the matrix.
        if key[at..].starts_with("总分") {
            let end = at + "总分".len() + key[at + "总分".len()..].bytes().take_while(u8::is_ascii_digit).count();
            rows.push(Row {
                line: c.line,
                cells: vec![c.with_text("总分".into(), 0), c.with_text(kt.printed(&c.text, at + "总分".len(), end).into(), 1)],
            });
            at = end;
        }
    }
    if !found {
        return None;
    }
    block_rows(c, &kt, at..key.len(), &mut rows);
    Some(rows)
}

/// Where the matrix body that starts at `from` ends: at a signature or approval line,
/// or where the block of the next table begins (its first field name before its own
/// column names).
fn body_end(key: &str, from: usize) -> usize {
    let next_header = find_header(key, from).map_or(key.len(), |h| h.range.start);
    // "总分100" closes a 自评表's matrix: its total score, no indicator.
    let total = key[from..next_header]
        .match_indices("总分")
        .map(|(i, _)| from + i)
        .find(|&i| key[i + "总分".len()..].starts_with(|c: char| c.is_ascii_digit()));
    let footer = keys::footer_start(&key[from..next_header]).map(|i| from + i).into_iter().chain(total).min();
    let next_block = (next_header < key.len()).then(|| keys::glued_key_starts(&key[from..next_header]).next().map(|i| from + i)).flatten();
    footer.into_iter().chain(next_block).min().unwrap_or(next_header)
}

/// `cell` put at its column (after the title), the cells from there on one column on.
fn widen(row: &mut Row, cell: Cell) {
    let at = cell.col.min(row.cells.len());
    for c in &mut row.cells[at..] {
        c.col += 1;
    }
    row.cells.insert(at, cell);
}

fn one_cell(c: &Cell, text: &str) -> Row {
    Row { line: c.line, cells: vec![c.with_text(text.to_string(), 0)] }
}

/// The block before a matrix (or after the last one): one row per title, per field
/// and per run of text separated by white space.
fn block_rows(c: &Cell, kt: &KeyedText, range: Range<usize>, rows: &mut Vec<Row>) {
    if range.is_empty() {
        return;
    }
    let key = &kt.key[range.clone()];
    let mut cuts: Vec<usize> = TITLE_END.find_iter(key).map(|m| range.start + m.end()).collect();
    cuts.extend(keys::glued_key_starts(key).map(|i| range.start + i));
    cuts.extend(keys::glued_section_starts(key).into_iter().map(|i| range.start + i));
    // White space in the printed text separated cells.
    cuts.extend(key.char_indices().map(|(i, _)| range.start + i).filter(|&at| kt.space_before(&c.text, at)));
    cuts.retain(|&i| i > range.start && i < range.end);
    cuts.sort_unstable();
    cuts.dedup();
    let mut from = range.start;
    for to in cuts.into_iter().chain(std::iter::once(range.end)) {
        let text = kt.printed(&c.text, from, to);
        let text = if to < range.end { super::numbered_fund::without_next_number(text) } else { text };
        if !text.is_empty() {
            rows.push(one_cell(c, text));
        }
        from = to;
    }
}

/// Column words of the rebuilt header, and where each kind of cell goes in a row.
const LEVEL1_COL: usize = 0;
const LEVEL2_COL: usize = 1;
const NAME_COL: usize = 2;
const DESC_COL: usize = 3;
const BASIS_COL: usize = 4;
const VALUE_COL: usize = 5;

/// What a matrix title may say of its period, longest first ("本年度" before "年度").
const PERIOD_WORDS: &[&str] = &["实施期", "本年度", "长期", "中期", "年度"];

fn header_row(c: &Cell, h: &GluedHeader, title: Option<&str>) -> Row {
    // The text after the values is a 自评表's 偏差原因 (a remark) where the header has
    // no 依据 column.
    let after = if h.roles.contains(&Role::Remark) && !h.roles.contains(&Role::Basis) { "备注" } else { "指标值确定依据" };
    let mut words = vec!["一级指标", "二级指标", "三级指标", "指标解释", after];
    if h.grades.is_empty() {
        words.extend(h.value_columns());
    } else {
        words.extend(h.grades.iter().map(String::as_str));
    }
    let shift = usize::from(title.is_some());
    let mut cells: Vec<Cell> = Vec::with_capacity(words.len() + shift);
    if let Some(title) = title {
        cells.push(c.with_text(title.into(), 0));
    }
    cells.extend(words.iter().enumerate().map(|(i, w)| c.with_text(w.to_string(), i + shift)));
    Row { line: c.line, cells }
}

fn indicator_row(c: &Cell, kt: &KeyedText, h: &GluedHeader, ind: &GluedIndicator, titled: bool) -> Row {
    let shift = usize::from(titled);
    let columns = if h.grades.is_empty() { h.value_columns() } else { Vec::new() };
    let n_values = h.grades.len().max(columns.len()).max(1);
    let mut texts: Vec<String> = vec![String::new(); VALUE_COL + n_values];
    let printed = |r: &Range<usize>| kt.printed(&c.text, r.start, r.end).to_string();
    let values = if n_values >= 3 && ind.values.len() + 1 == n_values { unglue_score(&kt.key, &ind.values) } else { ind.values.clone() };
    for (level, r) in &ind.labels {
        texts[if *level == Level::One { LEVEL1_COL } else { LEVEL2_COL }] = printed(r);
    }
    for (col, r) in [(NAME_COL, &ind.name), (DESC_COL, &ind.desc), (BASIS_COL, &ind.basis)] {
        // A template's "……" (its row left for more indicators) fills no column.
        if let Some(r) = r.as_ref().filter(|r| !kt.key[(*r).clone()].chars().all(|ch| matches!(ch, '…' | '.' | '。'))) {
            texts[col] = printed(r);
        }
    }
    let mut values: Vec<String> = values.iter().map(printed).collect();
    // One value short of columns ending 分值 | 得分: the two scores were glued into one
    // number ("2018"), cut where only one cut fits.
    if values.len() + 1 == n_values && columns.ends_with(&["分值", "得分"]) {
        if let Some(at) = values.last().and_then(|v| run_together_columns::score_split(v)) {
            let gained = values.last_mut().map(|v| v.split_off(at)).unwrap_or_default();
            values.push(gained);
        }
    }
    // More values than value columns: the rest stay with the last one, to be reported.
    for (i, v) in values.iter().enumerate() {
        texts[VALUE_COL + i.min(n_values - 1)].push_str(v);
    }
    let mut cells: Vec<Cell> = Vec::with_capacity(texts.len() + shift);
    if titled {
        cells.push(c.with_text(String::new(), 0));
    }
    cells.extend(texts.into_iter().enumerate().map(|(i, t)| c.with_text(t, i + shift)));
    Row { line: c.line, cells }
}

/// A 自评表 row one value short: a score glued to the target after it ("20" + "100%"
/// read as "20100%") where the target equals what was achieved beside it ("100%").
/// The first value that ends with the next one's text, a bare number before it, is
/// cut in two.
fn unglue_score(key: &str, values: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = values.to_vec();
    for i in 0..values.len().saturating_sub(1) {
        let (v, next) = (&key[values[i].clone()], &key[values[i + 1].clone()]);
        let head = v.len().saturating_sub(next.len());
        if head > 0 && v.ends_with(next) && v[..head].bytes().all(|b| b.is_ascii_digit()) {
            let cut = values[i].start + head;
            out.splice(i..=i, [values[i].start..cut, cut..values[i].end]);
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::text::split_cells;

    #[test]
    fn a_run_together_table_is_recut_into_rows() {
        let line = "鄂州市2022年市直部门预算项目支出绩效目标表项目名称滨湖大楼运行保障项目类别本级支出项目\
                    绩效目标以办公大楼服务对象满意为目标。绩效指标保障措施一级指标二级指标绩效标准当年预期实现值\
                    数量指标办公大楼日常维修维护次数反映办公大楼全年维修维护情况2280次大楼安检巡察次数反映大楼保卫巡检情况200次\
                    质量指标办公大楼日常维修维护验收合格率反映办公大楼全年维修维护质量情况>92%";
        let g = split_cells(&format!("{line}\n"));
        let rows = recut(&g.rows).expect("recut");
        let texts: Vec<Vec<&str>> = rows.iter().map(|r| r.non_empty().map(|c| c.text.as_str()).collect()).collect();
        assert_eq!(texts[0], ["鄂州市2022年市直部门预算项目支出绩效目标表"]);
        assert_eq!(texts[1], ["项目名称滨湖大楼运行保障"]);
        // The column the rows leave empty stays in the header row, after its title.
        assert!(texts.iter().any(|r| r.starts_with(&["绩效指标", "保障措施"])), "{texts:?}");
        assert!(texts.contains(&vec!["数量指标", "办公大楼日常维修维护次数", "反映办公大楼全年维修维护情况", "2280次"]));
        assert!(texts.contains(&vec!["大楼安检巡察次数", "反映大楼保卫巡检情况", "200次"]));
        assert_eq!(texts.last().unwrap().last(), Some(&">92%"));
    }

    #[test]
    fn odd_run_together_text_does_not_panic() {
        let filler = "全面改善办学条件指标指标指标指标,".repeat(30);
        for tail in [
            "一级指标二级指标三级指标指标值",
            "一级指标二级指标三级指标指标值产出指标",
            "绩效指标分类绩效指标绩效指标描述评价标准评价标准确定依据优良中差產(chǎn出指標(biāo)救助率(100%90%",
            "一级指标二级指标指标值数量指标人数≥",
            "一级指标二级指标三级指标指标值数量指标人数5人質(zhì)量指标率(%)≥",
            "一级指标二级指标三级指标指标值填报人张三一级指标二级指标三级指标指标值项目名称乙",
        ] {
            let g = split_cells(&format!("{filler}{tail}\n"));
            let _ = recut(&g.rows);
            let _ = crate::layout::lay_out(&g);
        }
    }

    #[test]
    fn ordinary_rows_are_left_alone() {
        let long = "全面改善农村义务教育薄弱学校办学条件,扩大基础教育资源,进一步提高义务教育均衡发展水平。".repeat(4);
        let g = split_cells(&format!(
            "项目名称\t医保\n年度目标\t{long}\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t人数\t5人\n"
        ));
        assert!(recut(&g.rows).is_none());
        // A long cell that mentions column names without a header run is no table either.
        let prose = format!("{long}一级指标和二级指标按规定设置,三级指标值另行说明");
        assert!(recut(&split_cells(&format!("{prose}\n")).rows).is_none());
    }
}
