//! Text cut into cells at single spaces (a PDF copied as text): the reader cannot tell
//! a space between two cells from a space inside one, so a name, a field value or a
//! value's unit printed with spaces in it arrives in pieces:
//!
//! ```text
//! 项目名称 2024年 高标准农田 建设项目
//! 产出指标 数量指标 新建 高标准农田面积 ≥1.2万亩
//! 效益指标 经济效益指标 粮食亩产提高 ≥100 公斤/亩
//! ```
//!
//! The pieces are put back together with what the lexicons know, never with words of
//! one table: a unit right after a number the target grammar reads without one is that
//! number's unit; between the level labels (the taxonomy) and the value the grammar
//! reads, all pieces are one name, when the matrix header puts the value column right
//! after the name column; after a text field's key (the key lexicon), all pieces up to
//! the next key are its value.

use crate::chars::TrimWs;
use crate::extract::target::{is_unit, parse_target_memo, TargetContext};
use crate::extract::taxonomy;
use crate::model::TargetKind;
use crate::read::{Cell, Row};

use super::header::{role_of_cell, Role};
use super::keys::{key_kind, key_match, key_of_cell, Key};
use super::spaced_pieces::{leftover_number, value_tail_end};
use super::stream::{is_label_fragment, looks_like_name, strong_value};

/// What the matrix header above a row allows to be joined.
#[derive(Clone, Copy, Default)]
pub(super) struct Header {
    pub(super) seen: bool,
    /// The value column comes right after the name column: no description or
    /// standard column that a piece between name and value could be.
    pub(super) name_then_value: bool,
    /// A unit column of its own: a unit piece is its cell, not the value's.
    unit_col: bool,
    /// A comparator column of its own (计算符号, 指标性质): a comparator piece is its
    /// cell, not the value's.
    cmp_col: bool,
    /// Columns from the (first) name column to the end: a row with more cells after
    /// its level labels has pieces to join, and only that many.
    from_name: usize,
}

impl Header {
    /// A row of column names: the indicator name and value columns among them.
    pub(super) fn of(row: &Row) -> Option<Header> {
        // Asked of every row of a space-cut text: most name no value column.
        if !row.cells.iter().any(super::header::may_name_value) {
            return None;
        }
        let roles: Vec<Option<Role>> = row.non_empty().map(role_of_cell).collect();
        let known: Vec<Role> = roles.iter().flatten().copied().collect();
        if known.len() < 3 || !known.contains(&Role::Value) {
            return None;
        }
        let name_at = roles.iter().position(|r| *r == Some(Role::Name))?;
        let name_then_value = known.windows(2).filter(|w| w[0] == Role::Name).all(|w| w[1] == Role::Value);
        Some(Header {
            seen: true,
            name_then_value,
            unit_col: known.contains(&Role::Unit),
            cmp_col: known.contains(&Role::Cmp),
            from_name: roles.len() - name_at,
        })
    }
}

/// Rejoin the pieces of every row; None when no row changes (most space-cut texts).
/// Returns the rows and the ids of the cells folded into another.
pub fn rejoin(rows: &[Row]) -> Option<(Vec<Row>, Vec<usize>)> {
    let mut header = Header::default();
    let mut out: Option<Vec<Row>> = None;
    let mut folded = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let column_names = Header::of(row);
        if let Some(h) = column_names {
            header = h;
        }
        // A row opening with a field key is a field row (this text's fields begin their
        // rows, "项目名称 … 项目负责人及电话 …"); any other may be an indicator row. A
        // header row is neither, though a multi-project sheet's opens with 单位名称 or
        // 项目名称 (its column names would be joined into that field's value).
        // A project list's column names (项目名称 类型 支出功能分类 预算金额, one project a
        // row under them) are no 项目名称 field: joined, they named a phantom project.
        let field = row.cells.first().and_then(key_kind).is_some_and(|k| k != Key::Name || !super::budget_list::opens_list(rows, i));
        let joined = if column_names.is_some() {
            // A 一级 label may open the header row too ("产出 指标 一级指标 …").
            split_labels(row).map(|g| build(row, &g, &mut folded))
        } else if field {
            field_row(row).map(|g| build(row, &g, &mut folded))
        } else if header.seen {
            // Labels first ("数量 | 指标"): the pieces left over are then counted
            // against the header's columns.
            let labels = split_labels(row).map(|g| build(row, &g, &mut folded));
            let base = labels.as_ref().unwrap_or(row);
            indicator_row(base, header).map(|g| build(base, &g, &mut folded)).or(labels)
        } else {
            None
        };
        match joined {
            Some(joined) => {
                let o = out.get_or_insert_with(|| rows[..i].to_vec());
                o.push(joined);
            }
            None => {
                if let Some(o) = out.as_mut() {
                    o.push(row.clone());
                }
            }
        }
    }
    out.map(|rows| (rows, folded))
}

/// Runs of cell indices, each one cell of the rebuilt row.
type Groups = Vec<Vec<usize>>;

fn build(row: &Row, groups: &Groups, folded: &mut Vec<usize>) -> Row {
    let cells = groups
        .iter()
        .enumerate()
        .map(|(col, g)| {
            let first = &row.cells[g[0]];
            if g.len() == 1 {
                let mut c = first.clone();
                c.col = col;
                return c;
            }
            let mut text = String::new();
            // A range printed with its comparators apart ("65% ≤ 指标值 ≤ 75%") keeps
            // its spaces, as printed; a comparator, number and unit printed apart
            // ("≥ 95 %") join with none (records.md: "=8人").
            let spaced = g.get(1).is_some_and(|&k| is_comparator(row.cells[k].text.trim_ws()));
            for &k in g {
                if spaced && !text.is_empty() {
                    text.push(' ');
                    text.push_str(row.cells[k].text.trim_ws());
                } else {
                    glue(&mut text, row.cells[k].text.trim_ws());
                }
            }
            folded.extend(g[1..].iter().map(|&k| row.cells[k].id));
            first.with_text(text, col)
        })
        .collect();
    Row { line: row.line, cells }
}

/// Pieces of CJK text join directly (the space was the copy's); two Latin words or
/// numbers keep one space between them.
pub(super) fn glue(text: &mut String, piece: &str) {
    let ascii_word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    if ascii_word(text.chars().next_back()) && ascii_word(piece.chars().next()) {
        text.push(' ');
    }
    text.push_str(piece);
}

/// A comparator printed alone ("≥", "≤", ">="): never a cell of its own, but the start
/// of the value after it or the middle of a range.
fn is_comparator(t: &str) -> bool {
    !t.is_empty() && t.len() <= 6 && t.chars().all(|c| matches!(c, '≥' | '≤' | '<' | '>' | '=' | '＜' | '＞' | '＝' | '≧' | '≦'))
}

/// A level label cut at its space ("数量 | 指标", "经济效益 | 指标") is one label, as
/// the lexicon reads labels with their spaces removed.
fn split_labels(row: &Row) -> Option<Groups> {
    // Only a row with a bare "指标" piece can hold one.
    if !row.cells.iter().any(|c| c.key() == "指标") {
        return None;
    }
    let mut groups: Groups = Vec::new();
    let mut k = 0;
    while k < row.cells.len() {
        if row.cells.get(k + 1).is_some_and(|n| super::stream::joins_split_label(&row.cells[k], n)) {
            groups.push(vec![k, k + 1]);
            k += 2;
        } else {
            groups.push(vec![k]);
            k += 1;
        }
    }
    (groups.len() < row.cells.len()).then_some(groups)
}

/// Whether `head`, a name piece before the value `value`, is the first word of that
/// value ("逐步" of "逐步 推开"): alone it reads as neither a name nor a value, and the
/// two read as graded wording where `value` alone is wording too (not a number).
fn graded_head(head: &str, value: &str) -> bool {
    // Asked of every value with name pieces before it: the head's length first.
    head.chars().count() <= 4
        && !looks_like_name(head)
        && !strong_value(head)
        && parse_target_memo(value, &TargetContext::default()).0.kind == TargetKind::Qualitative
        && strong_value(&format!("{head}{value}"))
}

/// A number the target grammar reads without a unit.
fn bare_number(t: &str) -> bool {
    let (target, _) = parse_target_memo(t, &TargetContext::default());
    matches!(target.kind, TargetKind::Number | TargetKind::Range) && target.unit.is_none()
}

/// An indicator row: level labels, then name pieces, then the value, maybe again (side
/// by side periods). Only as many pieces are joined as the row has cells more than
/// the header has columns after its labels, and only pieces before a value: what
/// follows the last value (a remark, a scoring rule) is left as cut.
fn indicator_row(row: &Row, header: Header) -> Option<Groups> {
    if row.cells.len() < 3 {
        return None;
    }
    // Most rows have no more cells than the header has columns: nothing to join.
    let lead = row.cells.iter().take_while(|c| taxonomy::classify_cell(c).is_some()).count();
    let mut excess = (row.cells.len() - lead).checked_sub(header.from_name).filter(|&e| e > 0)?;
    if row.cells.iter().any(Cell::is_empty) || super::segment::is_page_break_row(row, true) {
        return None;
    }
    let text = |k: usize| row.cells[k].text.trim_ws();
    let mut groups: Groups = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    let mut k = 0;
    while k < row.cells.len() {
        let c = &row.cells[k];
        if taxonomy::classify_cell(c).is_some() || key_kind(c).is_some() {
            groups.extend(run.drain(..).map(|r| vec![r]));
            groups.push(vec![k]);
            k += 1;
            continue;
        }
        // "巡河里程 | 3 | ≥96%": a number between the name and the value is the name's.
        if excess > 0 && !run.is_empty() && header.name_then_value && leftover_number(text(k), row.cells.get(k + 1)) {
            run.push(k);
            k += 1;
            continue;
        }
        // "≥ | 95": a comparator alone opens the value after it.
        let comparator = !header.cmp_col && is_comparator(text(k)) && k + 1 < row.cells.len() && excess > 0;
        if comparator || strong_value(text(k)) {
            // "逐步 | 推开": graded wording cut at its space; its head is the value's.
            let mut start = k;
            if !comparator && excess > 0 && run.len() > 1 && header.name_then_value && graded_head(text(k - 1), text(k)) {
                run.pop();
                start = k - 1;
                excess -= 1;
            }
            // A label cut short ("服务对象满意" + a tail line "度指标") is no name piece.
            let label_piece = run.iter().any(|&r| is_label_fragment(&row.cells[r]));
            if run.len() > 1 && run.len() - 1 <= excess && header.name_then_value && !label_piece {
                excess -= run.len() - 1;
                groups.push(std::mem::take(&mut run));
            } else {
                groups.extend(run.drain(..).map(|r| vec![r]));
            }
            // The name's pieces may have taken the pieces the row had to join.
            let mut end = if comparator && excess > 0 { k + 2 } else { k + 1 };
            excess -= end - k - 1;
            // "65% | ≤ | 指标值 | ≤ | 75%": a comparator after the value is a range's,
            // up to its other bound.
            if let Some(bound) = range_end(row, end, excess).filter(|_| !header.cmp_col) {
                excess -= bound + 1 - end;
                end = bound + 1;
            }
            // "≥100 | 公斤/亩", "≥ | 95 | %": the unit piece is the value's — even when the
            // row has no piece left to join by the header's count: a side-by-side table's
            // continuation line (PyMuPDF's sorted text) lacks the level columns the count
            // expects, and a unit after a number that reads without one is no column's
            // cell where the header has no unit column.
            let number =
                || if end == k + 1 { bare_number(text(k)) } else { bare_number(&(k..end).map(text).collect::<Vec<_>>().join(" ")) };
            if !header.unit_col && end < row.cells.len() && is_unit(text(end)) && number() {
                end += 1;
                excess = excess.saturating_sub(1);
            }
            // "2026 | 年 | 10 | 月": a date's pieces are the value's.
            // Not where a unit column holds the unit, or other columns follow the value.
            let tails = if header.name_then_value && !header.unit_col { excess } else { 0 };
            let (end, taken) = value_tail_end(&row.cells, k, end, tails);
            excess -= taken;
            groups.push((start..end).collect());
            k = end;
            continue;
        }
        run.push(k);
        k += 1;
    }
    groups.extend(run.into_iter().map(|r| vec![r]));
    (groups.len() < row.cells.len()).then_some(groups)
}

/// The range's last piece when a comparator alone at `at` continues the value before
/// it: a comparator, at most one word (指标值, x), a comparator and a bound — all
/// within the `excess` pieces the row has to join.
fn range_end(row: &Row, at: usize, excess: usize) -> Option<usize> {
    let text = |k: usize| row.cells[k].text.trim_ws();
    if at >= row.cells.len() || !is_comparator(text(at)) {
        return None;
    }
    let bound = (at + 1..row.cells.len().min(at + 4)).find(|&j| strong_value(text(j)))?;
    let closed = bound == at + 1 || is_comparator(text(bound - 1));
    (closed && bound + 1 - at <= excess).then_some(bound)
}

/// Keys whose value is one text: a name or a unit's name, cut only by the copy.
fn text_key(key: Key) -> bool {
    matches!(key, Key::Name | Key::Department | Key::ImplementingUnit)
}

/// A field row: after a text key, the pieces up to the next key are its value (joined
/// to the key's own cell when the value starts there, "项目名称：2024年 …").
fn field_row(row: &Row) -> Option<Groups> {
    if row.cells.len() < 3 || row.cells.iter().any(Cell::is_empty) {
        return None;
    }
    // Which key each cell opens with, without copying the text after it.
    let keys: Vec<Option<Key>> = row.cells.iter().map(key_kind).collect();
    // A key cut at its space ("绩效目标 总体描述"): a key and a short piece after it
    // that make a longer key of the lexicon are one cell.
    let cut_key = |k: usize| {
        keys[k].is_some()
            && row.cells.get(k + 1).is_some_and(|n| n.short && keys[k + 1].is_none())
            && key_match(&format!("{}{}", row.cells[k].key(), row.cells[k + 1].key()))
                .is_some_and(|(_, l)| l.len() > row.cells[k].key().len())
    };
    if !keys.iter().any(|k| k.is_some_and(text_key)) && !(0..keys.len()).any(cut_key) {
        return None;
    }
    let mut groups: Groups = Vec::new();
    let mut changed = false;
    let mut k = 0;
    while k < row.cells.len() {
        if cut_key(k) {
            groups.push(vec![k, k + 1]);
            changed = true;
            k += 2;
            continue;
        }
        if !keys[k].is_some_and(text_key) {
            groups.push(vec![k]);
            k += 1;
            continue;
        }
        let end = (k + 1..row.cells.len()).find(|&j| keys[j].is_some()).unwrap_or(row.cells.len());
        let glued = key_of_cell(&row.cells[k]).is_some_and(|(_, _, rest)| rest.is_some());
        if glued && end > k + 1 {
            groups.push((k..end).collect());
            changed = true;
        } else {
            groups.push(vec![k]);
            if end > k + 2 {
                groups.push((k + 1..end).collect());
                changed = true;
            } else {
                groups.extend((k + 1..end).map(|j| vec![j]));
            }
        }
        k = end;
    }
    changed.then_some(groups)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::text::split_cells;

    fn texts(text: &str) -> Vec<Vec<String>> {
        let grid = split_cells(text);
        let (rows, _) = rejoin(&grid.rows).unwrap_or((grid.rows.clone(), Vec::new()));
        rows.into_iter().map(|r| r.cells.into_iter().map(|c| c.text).collect()).collect()
    }

    #[test]
    fn pieces_of_names_values_and_units_are_joined() {
        let got = texts(
            "项目名称 2024年 高标准农田 建设项目\n一级指标 二级指标 三级指标 指标值\n产出指标 数量指标 新建 高标准农田面积 ≥1.2万亩\n效益指标 经济效益指标 粮食亩产提高 ≥100 公斤/亩\n",
        );
        assert_eq!(got[0], ["项目名称", "2024年高标准农田建设项目"]);
        assert_eq!(got[2], ["产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩"]);
        assert_eq!(got[3], ["效益指标", "经济效益指标", "粮食亩产提高", "≥100公斤/亩"]);
    }

    #[test]
    fn a_description_column_or_a_unit_column_keeps_the_pieces_apart() {
        let got = texts("一级指标 二级指标 三级指标 指标内容 指标值\n产出指标 数量指标 面积 新建农田 ≥1.2万亩\n");
        assert_eq!(got[1].len(), 5);
        let got = texts("一级指标 二级指标 三级指标 指标值 度量单位\n产出指标 数量指标 面积 ≥100 公斤/亩\n");
        assert_eq!(got[1].len(), 5);
        // As many cells as columns: "逐步建立" is the value, "10" its score.
        let got = texts("一级指标 二级指标 三级指标 指标值 分值\n效益指标 可持续影响指标 长效机制 逐步建立 10\n");
        assert_eq!(got[1].len(), 5);
    }
}
