//! Indicator matrices printed sideways (广东 专项资金 绩效目标表): the level labels head
//! rows, not columns, and each indicator is a column —
//! "二级指标 | 数量指标 | 质量指标" over "三级指标 | 新建校区数 | 验收合格率" over
//! "年度目标值 | 3 | 100%". The block is turned back into the usual rows
//! (一级 | 二级 | 三级 | 值 …) before the layout reads it, so the matrix reader, the
//! level lexicon and the target grammar need nothing of their own.

use crate::read::{Cell, Row};

/// The level label a row opens with (1, 2, 3), and where that label stands.
fn level_label(row: &Row) -> Option<(u8, usize)> {
    let (i, c) = row.cells.iter().enumerate().find(|(_, c)| !c.is_empty())?;
    let level = match c.key() {
        "一级指标" => 1,
        "二级指标" => 2,
        "三级指标" => 3,
        _ => return None,
    };
    Some((level, i))
}

/// A row of target values opening with its label ("年度目标值", "实施周期目标值",
/// "指标值"): a short label ending in 值.
fn value_label(row: &Row) -> Option<usize> {
    let (i, c) = row.cells.iter().enumerate().find(|(_, c)| !c.is_empty())?;
    (c.short && c.key().ends_with('值') && c.key().chars().count() <= 8).then_some(i)
}

/// The cells after a row's label, trailing empty ones dropped.
fn after_label(row: &Row, at: usize) -> &[Cell] {
    let cells = &row.cells[at + 1..];
    let n = cells.iter().rposition(|c| !c.is_empty()).map_or(0, |i| i + 1);
    &cells[..n]
}

/// The rows with every sideways block turned upright, or None when there is none.
pub fn untranspose(rows: &[Row]) -> Option<Vec<Row>> {
    // Cheap gate: a row that opens with "三级指标" and names two indicators or more,
    // none of them a column name (a usual header that happens to start with 三级指标,
    // "三级指标 | 指标值 | 度量单位", is not a row of names).
    let is_names = |r: &Row| {
        r.cells.len() >= 3
            && level_label(r).is_some_and(|(l, at)| {
                let names = after_label(r, at);
                l == 3 && names.len() >= 2 && names.iter().all(|c| super::header::role_of_cell(c).is_none())
            })
    };
    let first = rows.iter().position(is_names)?;
    let mut out: Vec<Row> = rows[..first].to_vec();
    let mut i = first;
    let mut turned = false;
    while i < rows.len() {
        if !is_names(&rows[i]) {
            out.push(rows[i].clone());
            i += 1;
            continue;
        }
        let values_end = (i + 1..rows.len()).find(|&k| value_label(&rows[k]).is_none()).unwrap_or(rows.len());
        if values_end == i + 1 {
            // Level labels down a column of a usual matrix: nothing to turn.
            out.push(rows[i].clone());
            i += 1;
            continue;
        }
        // The 一级 / 二级 rows right above the names, as printed (upward, in order).
        let mut above: Vec<Row> = Vec::new();
        while let Some(l) = out.last().and_then(level_label).map(|(l, _)| l) {
            if l == 3 || !above.iter().all(|a| level_label(a).is_some_and(|(m, _)| m > l)) {
                break;
            }
            above.extend(out.pop());
        }
        above.reverse();
        let (_, at) = level_label(&rows[i])?;
        let names = after_label(&rows[i], at);
        let mut levels: Vec<Vec<Option<Cell>>> = Vec::new();
        let mut heads: Vec<Cell> = Vec::new();
        for r in &above {
            let (_, a) = level_label(r)?;
            heads.push(r.cells[a].clone());
            levels.push(spread(after_label(r, a), names.len()));
        }
        heads.push(rows[i].cells[at].clone());
        let value_rows: Vec<(&Cell, &[Cell])> =
            rows[i + 1..values_end].iter().filter_map(|r| value_label(r).map(|a| (&r.cells[a], after_label(r, a)))).collect();
        // "实施周期目标值" beside "年度目标值": the whole period's targets and the
        // year's, for the same indicators. Each becomes a matrix of its own under the
        // caption of its period, as 申报表 forms print them (matrix_title.rs).
        let periods: Vec<Option<&str>> = value_rows.iter().map(|(h, _)| period_caption(h.key())).collect();
        let split = periods.contains(&Some(MIDTERM)) && periods.contains(&Some(ANNUAL));
        let blocks: Vec<Vec<usize>> =
            if split { value_rows.iter().enumerate().map(|(k, _)| vec![k]).collect() } else { vec![(0..value_rows.len()).collect()] };
        for block in blocks {
            let mut heads = heads.clone();
            if split {
                let (h, _) = value_rows[block[0]];
                let caption = h.with_text(periods[block[0]].unwrap_or(ANNUAL).to_string(), 0);
                out.push(Row { line: h.line, cells: vec![caption] });
                heads.push(h.with_text("指标值".to_string(), 0));
            } else {
                heads.extend(block.iter().map(|&k| value_rows[k].0.clone()));
            }
            out.push(Row { line: rows[i].line, cells: recol(heads) });
            for (j, name) in names.iter().enumerate() {
                let blank = || name.with_text(String::new(), 0);
                let mut cells: Vec<Cell> = levels.iter().map(|l| l[j].clone().unwrap_or_else(blank)).collect();
                cells.push(name.clone());
                cells.extend(block.iter().map(|&k| value_rows[k].1.get(j).cloned().unwrap_or_else(blank)));
                out.push(Row { line: name.line, cells: recol(cells) });
            }
        }
        turned = true;
        i = values_end;
    }
    turned.then_some(out)
}

/// The captions (matrix_title.rs) of the whole period's matrix and of the year's.
const MIDTERM: &str = "中期绩效指标";
const ANNUAL: &str = "年度绩效指标";

/// The period caption a value row's label names: the whole 实施周期 (中期, 长期) or
/// the year.
fn period_caption(label: &str) -> Option<&'static str> {
    if ["实施周期", "实施期", "中期", "长期"].iter().any(|w| label.contains(w)) {
        Some(MIDTERM)
    } else if label.contains("年度") || label.contains("当年") {
        Some(ANNUAL)
    } else {
        None
    }
}

/// A level row's cells spread over `n` indicator columns. Printed one per column, an
/// empty cell continues the merged cell to its left. With fewer cells than columns
/// (a merged cell's span lost in a text copy) the columns cannot be told: none.
fn spread(cells: &[Cell], n: usize) -> Vec<Option<Cell>> {
    if cells.len() != n {
        return vec![None; n];
    }
    let mut last: Option<Cell> = None;
    cells
        .iter()
        .map(|c| {
            if !c.is_empty() {
                last = Some(c.clone());
            }
            last.clone()
        })
        .collect()
}

fn recol(mut cells: Vec<Cell>) -> Vec<Cell> {
    for (col, c) in cells.iter_mut().enumerate() {
        c.col = col;
    }
    cells
}
