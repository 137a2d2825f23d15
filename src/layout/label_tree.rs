//! 批复表 printed as a tree in one column (宁夏 一体化 exports copied from web pages):
//! a header of three column names, 项目 / 指标值 / 绩效金额, then, one cell per line,
//! the budget unit, each project with its amount, and under it its 一级 and 二级 labels,
//! each 三级 name followed by its value:
//!
//! ```text
//! 项目 / 指标值 / 绩效金额
//! 某县文化馆 / 乡村文化活动补助 / 300000
//!    产出指标
//!     数量指标(必填硬性指标)
//!      送戏下乡场次 / ≥40场
//! ```
//!
//! No column says which line is a level, a name or a value: the labels are a closed
//! lexicon, and under a 二级 names and values alternate. Such a tree is recut into the
//! rows an ordinary table would have (预算单位, 项目名称 and 年度资金总额 fields, a
//! 一级/二级/三级/指标值 header, one row per indicator), so the rest of the layout reads
//! it as any other table. Each new project repeats the fields and the header, so that
//! each opens its own region.

use crate::chars::TrimWs;
use crate::extract::taxonomy::{self, LabelKind};
use crate::read::{Cell, Row};

use super::stream;

/// The tree's header, one column name per line, in this order.
const HEADER: [&str; 3] = ["项目", "指标值", "绩效金额"];

/// Recut the rows when they hold such a tree. None (the common case) when no row is the
/// header's last column name, which is the one test asked of every row.
pub fn recut(rows: &[Row]) -> Option<Vec<Row>> {
    let last = rows.iter().position(|r| r.single().is_some_and(|c| c.short && c.key() == HEADER[2]))?;
    // The two names before it, blank lines between them skipped.
    let before: Vec<usize> = (0..last).rev().filter(|&i| rows[i].single().is_some()).take(2).collect();
    let [value_row, project_row] = before[..] else { return None };
    let heads = [&rows[project_row], &rows[value_row], &rows[last]].map(|r| r.single().expect("single cell"));
    if heads[0].key() != HEADER[0] || heads[1].key() != HEADER[1] {
        return None;
    }
    let tree: Vec<&Cell> = lines_after(rows, last);
    let (out_tree, used) = walk(&tree, &heads)?;
    let mut out: Vec<Row> = rows[..project_row].to_vec();
    out.extend(out_tree);
    // Rows after the tree (page furniture, a second table) stay as they are.
    let resume = match tree.get(used) {
        Some(c) => rows.iter().position(|r| r.line == c.line),
        None => rows.iter().position(|r| r.line > tree[used - 1].line),
    };
    let resume = resume.unwrap_or(rows.len());
    out.extend(rows[resume..].iter().cloned());
    Some(out)
}

/// The single cells after the header, blank lines skipped, up to the first row that
/// is not one cell.
fn lines_after(rows: &[Row], header_end: usize) -> Vec<&Cell> {
    let mut out = Vec::new();
    for r in &rows[header_end + 1..] {
        let mut cells = r.non_empty();
        match (cells.next(), cells.next()) {
            (None, _) => continue,
            (Some(c), None) => out.push(c),
            _ => break,
        }
    }
    out
}

/// Does this line end the tree? A caption ("附件下载:") or another table's title.
fn ends_tree(c: &Cell) -> bool {
    let t = c.text.trim_ws();
    t.ends_with([':', '：']) || t.ends_with('表') && t.contains("绩效目标")
}

/// A plain amount, as 绩效金额 prints it: digits with an optional decimal point.
fn is_amount(t: &str) -> bool {
    let t = t.trim_ws().replace(',', "");
    !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '.') && t.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// A 一级 label by its canonical name, so that spellings of one 一级 compare equal.
fn level1_key(c: &Cell) -> String {
    taxonomy::canonical_level1(&c.text).map_or_else(|| c.key().to_string(), str::to_string)
}

fn row(line: usize, cells: Vec<Cell>) -> Row {
    Row { line, cells: cells.into_iter().enumerate().map(|(k, c)| c.with_text(c.text.clone(), k)).collect() }
}

/// Walk the tree; returns its recut rows and how many lines it took. None when it holds
/// no indicator (then it was no such tree).
fn walk(lines: &[&Cell], heads: &[&Cell; 3]) -> Option<(Vec<Row>, usize)> {
    // A label is followed by a label or a name, never by a value: a line that reads as
    // a label with a value after it is a name ("服务对象满意度" under 服务对象满意度指标).
    let label = |i: usize| {
        let valued = lines.get(i + 1).is_some_and(|v| stream::strong_value(&v.text));
        lines.get(i).filter(|_| !valued).and_then(|c| taxonomy::classify_cell(c))
    };
    let header = |line: usize| {
        let texts = ["一级指标", "二级指标", "三级指标", "指标值"];
        let ids = [heads[0], heads[0], heads[1], heads[2]];
        row(line, texts.iter().zip(ids).map(|(t, c)| c.with_text(t.to_string(), 0)).collect())
    };
    let mut out = Vec::new();
    let mut owner: Vec<&Cell> = Vec::new();
    let mut unit: Option<&Cell> = None;
    let (mut l1, mut l2): (Option<&Cell>, Option<&Cell>) = (None, None);
    let mut name: Option<&Cell> = None;
    // The 一级 printed so far under the current project.
    let mut seen: Vec<String> = Vec::new();
    let mut indicators = 0;
    let mut i = 0;
    while i < lines.len() {
        let c = lines[i];
        if ends_tree(c) {
            break;
        }
        // A name followed by a 一级 already seen was a project printed without its
        // amount: it opens the next project.
        if let Some(n) = name.filter(|_| label(i).is_some_and(|l| l.kind != LabelKind::Level2) && seen.contains(&level1_key(c))) {
            owner.push(n);
            name = None;
        }
        if name.is_none() {
            if let Some(lab) = label(i) {
                // The owner lines before a project's first label: the unit (printed once,
                // over all its projects), the project, its amount.
                if !owner.is_empty() {
                    let amount = owner.last().filter(|c| is_amount(&c.text)).copied();
                    let texts: Vec<&Cell> = owner.iter().copied().filter(|c| amount.is_none_or(|a| !std::ptr::eq(a, *c))).collect();
                    if let Some((project, units)) = texts.split_last() {
                        // 项目名称 first: it opens the project's region.
                        out.push(row(project.line, vec![project.with_text("项目名称".into(), 0), (*project).clone()]));
                        unit = units.last().copied().or(unit);
                        if let Some(u) = unit {
                            out.push(row(u.line, vec![u.with_text("预算单位".into(), 0), (*u).clone()]));
                        }
                    }
                    if let Some(a) = amount {
                        out.push(row(a.line, vec![a.with_text("年度资金总额".into(), 0), a.clone()]));
                    }
                    out.push(header(c.line));
                    owner.clear();
                    seen.clear();
                }
                // 成本指标 / 满意度指标 are 一级 over a 二级 label, 二级 over a name.
                let level1 = match lab.kind {
                    LabelKind::Level1 => true,
                    LabelKind::Level2 => false,
                    LabelKind::Either => label(i + 1).is_some(),
                };
                if level1 {
                    (l1, l2) = (Some(c), None);
                    seen.push(level1_key(c));
                } else {
                    l2 = Some(c);
                }
                i += 1;
                continue;
            }
            // A project's owner lines come where no name is pending: before the first
            // project's labels, or after a value when an amount and then a 一级 follow.
            // A name whose value is a bare number, last under its 一级, reads the same way;
            // but a project prints each 一级 once, so only a 一级 already seen in this
            // project starts the next one.
            let next_opens = |k: usize| {
                lines.get(k).is_some_and(|a| is_amount(&a.text))
                    && label(k + 1).is_some_and(|l| l.kind != LabelKind::Level2)
                    && lines.get(k + 1).is_some_and(|l| seen.contains(&level1_key(l)))
            };
            let opening = l1.is_none() && l2.is_none() || next_opens(i + 1) || next_opens(i + 2) && label(i + 1).is_none();
            if !owner.is_empty() || opening {
                owner.push(c);
                i += 1;
                continue;
            }
            name = Some(c);
        } else {
            let blank = |c: Option<&Cell>| c.map_or_else(|| lines[i].with_text(String::new(), 0), |c| c.clone());
            let n = name.take().expect("pending name");
            out.push(row(n.line, vec![blank(l1), blank(l2), n.clone(), c.clone()]));
            indicators += 1;
        }
        i += 1;
    }
    (indicators > 0).then_some((out, i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::text::split_cells;

    fn texts(rows: &[Row]) -> Vec<Vec<String>> {
        rows.iter().map(|r| r.non_empty().map(|c| c.text.trim_ws().to_string()).collect()).collect()
    }

    #[test]
    fn a_project_without_its_amount_still_opens() {
        let g = split_cells(
            "项目\n指标值\n绩效金额\n甲项目\n100\n产出指标\n数量指标\n演出场次\n3场\n乙项目\n产出指标\n质量指标\n合格率\n100%\n",
        );
        let out = texts(&recut(&g.rows).unwrap());
        assert_eq!(out[3], vec!["产出指标", "数量指标", "演出场次", "3场"]);
        assert_eq!(out[4], vec!["项目名称", "乙项目"]);
        assert_eq!(out[6], vec!["产出指标", "质量指标", "合格率", "100%"]);
    }

    #[test]
    fn a_tree_without_the_header_is_left_alone() {
        let g = split_cells("项目\n\n指标值\n\n产出指标\n\n数量指标\n\n场次\n\n3场\n");
        assert!(recut(&g.rows).is_none());
    }

    #[test]
    fn projects_labels_names_and_values_become_rows() {
        let g = split_cells(
            "项目\n\n指标值\n\n绩效金额\n\n甲县文化馆\n\n乡村文化活动补助\n\n300000\n\n 产出指标\n\n  数量指标\n\n   送戏场次\n\n40\n\n\
             满意度指标\n\n  服务对象满意度指标\n\n   服务对象满意度\n\n≥90%\n\n图书购置\n\n5000\n\n产出指标\n\n质量指标\n\n验收合格率\n\n100%\n\n附件:\n",
        );
        let out = recut(&g.rows).unwrap();
        let header = vec!["一级指标", "二级指标", "三级指标", "指标值"];
        assert_eq!(
            texts(&out),
            vec![
                vec!["项目名称", "乡村文化活动补助"],
                vec!["预算单位", "甲县文化馆"],
                vec!["年度资金总额", "300000"],
                header.clone(),
                vec!["产出指标", "数量指标", "送戏场次", "40"],
                vec!["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
                vec!["项目名称", "图书购置"],
                vec!["预算单位", "甲县文化馆"],
                vec!["年度资金总额", "5000"],
                header,
                vec!["产出指标", "质量指标", "验收合格率", "100%"],
                vec!["附件:"],
            ]
            .into_iter()
            .map(|r| r.into_iter().map(String::from).collect::<Vec<_>>())
            .collect::<Vec<_>>()
        );
    }
}
