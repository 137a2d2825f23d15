//! The funds block of a 项目支出绩效自评表: money rows (年度资金总额, 其中：财政拨款,
//! 上年结转资金, 其他资金) under column names 年初预算数 | 全年预算数 | 全年执行数 | 分值 |
//! 执行率 | 得分. A target table prints one amount per money key; here each key has a
//! row of them, and the first (年初预算数) is not the year's budget once it was
//! adjusted. The funds are the year's budget: 全年预算数 (the adjusted full-year
//! budget), 年初预算数 where no 全年 column is printed — never 全年执行数, which is
//! what was spent (an outcome, like 实际完成值, not the plan). The other columns'
//! cells are consumed and dropped.

use std::borrow::Cow;

use crate::read::{Cell, Row};

use super::keys::CellKey;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    /// 年初预算数: the budget as first set.
    Start,
    /// 全年预算数: the budget as adjusted over the year.
    Whole,
    /// 全年执行数: what was spent.
    Spent,
    /// 分值, 执行率, 得分: the score of budget execution.
    Other,
}

/// The column a fund header cell names, from its lexicon key (a bracketed unit after
/// the name, "全年预算数(万元)", is the money unit, not part of the name).
fn col_of(c: &Cell) -> Option<Col> {
    if !c.short {
        return None;
    }
    let k = c.key();
    let k = k.find('(').filter(|&at| at > 0 && k.ends_with(')')).map_or(k, |at| &k[..at]);
    match k {
        "年初预算数" | "年初预算" | "年初预算金额" | "年初预算安排" => Some(Col::Start),
        "全年预算数" | "全年预算" | "调整后预算数" | "调整后预算" | "全年预算金额" => Some(Col::Whole),
        "全年执行数" | "全年执行" | "实际执行数" | "执行数" | "预算执行数" | "全年实际支出" => Some(Col::Spent),
        "分值" | "执行率" | "得分" | "预算执行率" | "权重" | "原因" => Some(Col::Other),
        _ => None,
    }
}

/// The fund header: its column names in order, and where the amounts go.
#[derive(Debug, Default)]
pub struct FundColumns {
    cols: Vec<Col>,
    /// A stream's header is one name per row: the last row read was one of them.
    in_header: bool,
    /// In a stream, the cells read since the last money key (None before one).
    after_key: Option<usize>,
    /// The money unit a header's label column declares ("年度预算数(万元)"), for the
    /// field reader to take.
    pub unit: Option<&'static str>,
    /// A stream's money row has a label no key knows: none of its cells are kept.
    unknown_row: bool,
}

impl FundColumns {
    /// Which of a money row's amounts is the year's budget.
    fn pick(&self) -> Option<usize> {
        let at = |want: Col| self.cols.iter().position(|&c| c == want);
        at(Col::Whole).or_else(|| at(Col::Start))
    }

    /// The row as the field reader should see it: the fund header's column names and,
    /// on a money row under it, every amount but the year's budget blanked (their cells
    /// consumed). Most rows pass through untouched, told by a first-character test.
    pub fn filter<'r>(&mut self, row: &'r Row, keys: &[CellKey], stream: bool, consumed: &mut Vec<usize>) -> Cow<'r, Row> {
        let money = |k: &CellKey| k.as_ref().is_some_and(|k| k.0.is_money());
        let named: Vec<(usize, Col)> = row
            .cells
            .iter()
            .enumerate()
            .filter(|(_, c)| matches!(c.key().chars().next(), Some('年' | '全' | '调' | '实' | '执' | '分' | '得' | '预' | '权' | '原')))
            .filter_map(|(i, c)| col_of(c).map(|col| (i, col)))
            .collect();
        let opens = named.iter().any(|(_, c)| *c != Col::Other);
        let header = if stream { !named.is_empty() && (opens || self.in_header) } else { named.len() >= 2 && opens };
        if header {
            if !self.in_header || !stream {
                self.cols.clear();
            }
            self.cols.extend(named.iter().map(|n| n.1));
            self.in_header = stream;
            self.after_key = None;
            // A money key before the column names ("年度预算数(万元)" over the row labels
            // 总额, 其中：财政资金) names the label column: no field of its own.
            let (first, last) = (named[0].0, named[named.len() - 1].0);
            let labels: Vec<usize> = (0..first).filter(|&i| keys.get(i).is_some_and(&money)).collect();
            self.unit = labels.iter().find_map(|&i| super::unit_line::declared_unit(&row.cells[i].text));
            // A money row run on after the names (a copy that lost the row break).
            let after =
                if stream { Vec::new() } else { self.pick().and_then(|p| self.money_row(row, keys, last + 1, p)).unwrap_or_default() };
            return blank(row, named.iter().map(|n| n.0).chain(labels).chain(after), consumed);
        }
        self.in_header = false;
        let Some(pick) = self.pick() else { return Cow::Borrowed(row) };
        if keys.iter().any(|k| k.is_some() && !money(k)) {
            // Another field: the funds block is over.
            self.cols.clear();
            self.after_key = None;
            return Cow::Borrowed(row);
        }
        if stream {
            if !keys.iter().any(money) {
                return self.stream_cells(row, pick, consumed);
            }
            self.after_key = Some(0);
            self.unknown_row = false;
            return Cow::Borrowed(row);
        }
        match self.money_row(row, keys, 0, pick) {
            Some(drop) => blank(row, drop.into_iter(), consumed),
            None => Cow::Borrowed(row),
        }
    }

    /// The cells to drop of the money row from cell `from` on: its amounts, one per
    /// column up to the next key, all but the `pick`-th. None without a money key.
    fn money_row(&self, row: &Row, keys: &[CellKey], from: usize, pick: usize) -> Option<Vec<usize>> {
        let at = from + keys.get(from..)?.iter().position(|k| k.as_ref().is_some_and(|k| k.0.is_money()))?;
        let drop = row.cells[at + 1..]
            .iter()
            .zip(&keys[at + 1..])
            .take_while(|(_, k)| k.is_none())
            .enumerate()
            .filter(|(_, (c, _))| !c.is_empty())
            .map(|(i, _)| at + 1 + i)
            .enumerate()
            .filter(|&(n, _)| n != pick && n < self.cols.len())
            .map(|(_, i)| i)
            .collect();
        Some(drop)
    }

    /// One cell per row: the n-th cell after a money key is its n-th column.
    fn stream_cells<'r>(&mut self, row: &'r Row, pick: usize, consumed: &mut Vec<usize>) -> Cow<'r, Row> {
        let Some(n) = self.after_key.filter(|&n| n < self.cols.len()) else { return Cow::Borrowed(row) };
        let filled: Vec<usize> = row.cells.iter().enumerate().filter(|(_, c)| !c.is_empty()).map(|(i, _)| i).collect();
        if filled.len() != 1 {
            return Cow::Borrowed(row);
        }
        // A row label no key knows (财政专户管理资金, 单位资金): its amounts are none of
        // the fields', and the row before it has ended.
        let c = &row.cells[filled[0]];
        if c.short && !c.text.bytes().any(|b| b.is_ascii_digit()) && c.text.trim().chars().nth(1).is_some() {
            self.after_key = Some(0);
            self.unknown_row = true;
            return blank(row, filled.into_iter(), consumed);
        }
        self.after_key = Some(n + 1);
        if n == pick && !self.unknown_row {
            Cow::Borrowed(row)
        } else {
            blank(row, filled.into_iter(), consumed)
        }
    }
}

fn blank<'r>(row: &'r Row, at: impl Iterator<Item = usize>, consumed: &mut Vec<usize>) -> Cow<'r, Row> {
    let mut out = row.clone();
    for i in at {
        let c = &mut out.cells[i];
        consumed.push(c.id);
        *c = c.with_text(String::new(), c.col);
    }
    Cow::Owned(out)
}
