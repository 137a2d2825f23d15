//! A table row cut by a page break. Word and WPS let a row break across pages (their
//! default), so a long cell's first lines end one page and its last lines open the
//! next, in a row of their own. That row is joined back to the row above the break
//! when nothing says it is a row of its own: the table goes on with the same columns
//! (after a repeated header row, if any), and every cell it has text in ended the page
//! before on a wrapped line (mid-sentence at the cell's right edge).

use super::pdf_table::{join_wrapped, PageRow};

/// The last table row of the pages read so far, if nothing but loose text (a footer)
/// follows it.
pub(super) struct Tail {
    /// Its index among the rows read so far.
    row: usize,
    xs: Vec<f64>,
    open: Vec<bool>,
    /// The first row of its table on its page (a repeated header row looks the same).
    head: Vec<String>,
}

fn same_columns(a: &[f64], b: &[f64]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| (x - y).abs() <= 1.5)
}

/// Append one page's rows to `out`, joining its first table row to the tail of the
/// pages before when that row is the rest of a row cut by the break; returns the new
/// tail.
pub(super) fn append_page(out: &mut Vec<Vec<String>>, tail: Option<Tail>, rows: Vec<PageRow>, xs: &[Vec<f64>]) -> Option<Tail> {
    let first = rows.iter().position(|r| r.table.is_some());
    let mut skip = None;
    if let (Some(t), Some(f)) = (&tail, first) {
        let table = rows[f].table;
        // A repeated header row comes first: the cut row's rest is under it.
        let k = if rows[f].cells == t.head && rows.get(f + 1).is_some_and(|r| r.table == table) { f + 1 } else { f };
        let r = &rows[k];
        let rest = r.cells.iter().zip(&t.open).all(|(c, open)| c.is_empty() || *open);
        if same_columns(&t.xs, &xs[table.unwrap_or(0)]) && r.cells.len() == t.open.len() && rest {
            for (cell, more) in out[t.row].iter_mut().zip(&r.cells) {
                if !more.is_empty() {
                    join_wrapped(cell, more);
                }
            }
            skip = Some(k);
        }
    }
    let last = rows.iter().rposition(|r| r.table.is_some());
    let head = last.and_then(|l| {
        let table = rows[l].table;
        rows.iter().enumerate().find(|(k, r)| r.table == table && Some(*k) != skip).map(|(_, r)| r.cells.clone())
    });
    let mut new_tail = None;
    for (k, row) in rows.into_iter().enumerate() {
        if Some(k) == skip {
            continue;
        }
        if Some(k) == last {
            let table = row.table.unwrap_or(0);
            new_tail = Some(Tail { row: out.len(), xs: xs[table].clone(), open: row.open.clone(), head: head.clone().unwrap_or_default() });
        }
        out.push(row.cells);
    }
    new_tail
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table_row(cells: &[&str], open: &[bool]) -> PageRow {
        PageRow { cells: cells.iter().map(|c| c.to_string()).collect(), open: open.to_vec(), table: Some(0) }
    }

    fn free_row(text: &str) -> PageRow {
        PageRow { cells: vec![text.to_string()], open: Vec::new(), table: None }
    }

    fn pages(second: PageRow) -> Vec<Vec<String>> {
        let xs = vec![vec![0.0, 50.0, 150.0, 200.0]];
        let no = [false; 3];
        let mut out = Vec::new();
        let page1 = vec![
            free_row("项目支出绩效目标表"),
            table_row(&["一级指标", "三级指标", "指标值"], &no),
            table_row(&["产出指标", "培训人数检查次", "≥95%"], &[false, true, false]),
            free_row("第 1 页"),
        ];
        let tail = append_page(&mut out, None, page1, &xs);
        // Page 2: the running header, the repeated header row, then the table goes on.
        let page2 = vec![free_row("2025年部门预算公开"), table_row(&["一级指标", "三级指标", "指标值"], &no), second];
        append_page(&mut out, tail, page2, &xs);
        out
    }

    #[test]
    fn rest_of_a_wrapped_cell_under_a_repeated_header_joins_the_row_above_the_break() {
        let out = pages(table_row(&["", "数覆盖率", ""], &[false; 3]));
        assert_eq!(out[2], vec!["产出指标", "培训人数检查次数覆盖率", "≥95%"]);
        assert_eq!(out.len(), 6, "{out:?}");
    }

    #[test]
    fn a_row_with_text_where_the_row_above_was_complete_is_a_row_of_its_own() {
        let out = pages(table_row(&["", "覆盖率", "100%"], &[false; 3]));
        assert_eq!(out[2], vec!["产出指标", "培训人数检查次", "≥95%"]);
        assert_eq!(out[6], vec!["", "覆盖率", "100%"]);
    }
}
