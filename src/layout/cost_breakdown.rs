//! A cost breakdown printed in the field block ("项目预算成本构成 | 金额 | 测算(公式)依据 |
//! 2020年实际执行数 | …", one row per cost item, then 合计), read for its total. Some
//! forms have no funds field (资金总额, 预算数 …) and state the year's budget only
//! there, as the 合计 of the 金额 column.
//!
//! The total is taken only when the items above it add up to it: a block read wrong
//! gives no total rather than a wrong one. Two printings are read:
//! - a table, one row per item: the 金额 cells are added up and compared with the
//!   合计 row's 金额 cell;
//! - a run-together block (a DOC converted to text without its cell breaks:
//!   "…保安服务费191依据招标文件191191…合计814662.98794.55"), where the numbers of
//!   neighbouring numeric cells are glued into one run of digits. The header's column
//!   names tell which runs are 金额 cells; the 合计's run is split only where the sum of
//!   those items says, and what follows must still read as the later columns' numbers.
//!
//! Only the 金额 column is checked. The other numeric columns (prior years' actuals)
//! are not the budget, and real filings do not always add them up (the Ezhou 2022
//! filing prints a 2020 合计 of 662.98 over items of 662.88).

use std::sync::LazyLock;

use regex::Regex;

use crate::chars::TrimWs;
use crate::extract::money::parse_amount;
use crate::extract::normalize::label_key;
use crate::read::Row;

use super::keys::{key_kind, key_of_cell, Key};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    /// The 金额 column: the items' budget amounts.
    Amount,
    /// Another numeric column: a past year's actuals, a unit price, a quantity.
    Number,
    /// Item names, 测算依据, remarks.
    Text,
}

/// Column names of a cost breakdown header, in key form (see `label_key`), each with
/// an optional bracketed money unit. Year-prefixed amounts are other years' figures,
/// so they are tried before 金额.
static COLUMN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:(?P<num>(?:(?:\d{4}年度?|上年度?)(?:实际)?(?:执行数|执行金额|决算数|支出数|预算数|金额))|实际执行数|单价|数量)",
        r"|(?P<amount>(?:预算|申报|测算|本年度?|年度)?金额)",
        r"|(?P<text>(?:测算|计算)?(?:\(公式\)|公式)?依据|(?:测算|计算)(?:公式|过程|方法|说明)|说明|备注|内容|明细|计量单位))",
        r"(?:\((?:单位:)?万?元\))?",
    ))
    .unwrap()
});

/// A money unit printed right after the block's label: "项目预算成本构成(万元)".
static UNIT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:\((?:单位:)?万?元\))?").unwrap());

/// How much of the text after a label is read to tell a header: the longest header
/// seen is well under this.
const HEAD_CHARS: usize = 80;

/// The column name at the start of `key` and its length in bytes.
fn column_at(key: &str) -> Option<(Column, usize)> {
    let c = COLUMN.captures(key)?;
    let kind = if c.name("num").is_some() {
        Column::Number
    } else if c.name("amount").is_some() {
        Column::Amount
    } else {
        Column::Text
    };
    Some((kind, c.get(0)?.end()))
}

/// The column names glued after a block's label ("金额测算(公式)依据2020年实际执行数…"),
/// the label's own item column first, and where they end. None unless exactly one
/// of them is the 金额 column.
fn glued_header(key: &str) -> Option<(Vec<Column>, usize)> {
    let mut at = UNIT.find(key).map_or(0, |m| m.end());
    let mut columns = vec![Column::Text];
    while let Some((c, n)) = column_at(&key[at..]) {
        columns.push(c);
        at += n;
    }
    (columns.iter().filter(|c| **c == Column::Amount).count() == 1).then_some((columns, at))
}

/// Does the text after a cost block's label (printed or in key form) start with its
/// column names? Only then is the label a field: 成本构成 and 成本测算 also occur in
/// prose ("成本构成包括人员经费…").
pub fn header_follows(after_label: &str) -> bool {
    let head = after_label.char_indices().nth(HEAD_CHARS).map_or(after_label, |(i, _)| &after_label[..i]);
    let key = label_key(head);
    glued_header(&key).is_some_and(|(columns, _)| columns.len() > 1)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// One number as a cell would print it: "191", "372.88", "0.5" (no sign, no leading
/// zero, at most one point).
fn number(s: &str) -> Option<f64> {
    let (int, frac) = s.split_once('.').map_or((s, None), |(i, f)| (i, Some(f)));
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || int.len() > 1 && int.starts_with('0') || frac.is_some_and(|f| !digits(f)) {
        return None;
    }
    s.parse().ok()
}

/// No amount in a cell is longer than this (in bytes), and no run of glued cells
/// longer than `MAX_RUN`: the cuts below are tried only within these bounds, so a
/// hostile run of digits costs little.
const MAX_NUMBER: usize = 20;
const MAX_RUN: usize = 160;

/// Can a run of digits be cut into at least `min` and at most `max` numbers?
fn splits_into(run: &str, min: usize, max: usize) -> bool {
    let n = run.len();
    if n > MAX_RUN {
        return false;
    }
    // reach[i]: the counts of numbers `run[..i]` can be cut into (bit n = n numbers).
    let mut reach = vec![0u64; n + 1];
    reach[0] = 1;
    for end in 1..=n {
        for start in end.saturating_sub(MAX_NUMBER)..end {
            if reach[start] != 0 && run.is_char_boundary(start) && number(&run[start..end]).is_some() {
                reach[end] |= reach[start] << 1;
            }
        }
    }
    (min..=max.min(63)).any(|k| reach[n] >> k & 1 == 1)
}

/// The glued 合计 run cut as the items' sum says: it must begin with a number equal
/// to `sum`, and the rest must read as at most `later` numbers (the numeric columns
/// after 金额, glued on when the 合计 row leaves the text cells between them empty).
fn split_total(run: &str, sum: f64, later: usize) -> Option<f64> {
    if run.len() > MAX_RUN {
        return None;
    }
    (1..=run.len().min(MAX_NUMBER)).filter(|&i| run.is_char_boundary(i)).find_map(|i| {
        let v = number(&run[..i])?;
        (close(v, sum) && (i == run.len() || splits_into(&run[i..], 1, later))).then_some(v)
    })
}

fn is_total_label(key: &str) -> bool {
    let k = key.trim_end_matches(':');
    k.ends_with("合计") || k.ends_with("总计")
}

/// A run-together text cut into runs of digits and points, each starting with a
/// digit, and runs of anything else: (is digits, run).
fn runs(key: &str) -> Vec<(bool, &str)> {
    let mut out: Vec<(bool, &str)> = Vec::new();
    let (mut from, mut numeric) = (0, false);
    for (i, c) in key.char_indices() {
        let here = c.is_ascii_digit() || numeric && c == '.';
        if i == 0 {
            numeric = here;
        } else if here != numeric {
            out.push((numeric, &key[from..i]));
            (from, numeric) = (i, here);
        }
    }
    if from < key.len() {
        out.push((numeric, &key[from..]));
    }
    out
}

/// The checked total of a run-together block: the text after its label
/// ("金额测算(公式)依据2020年实际执行数…合计814662.98794.55").
pub fn glued_total(after_label: &str) -> Option<f64> {
    let key = label_key(after_label);
    let (columns, at) = glued_header(&key)?;
    // Neighbouring numeric columns print as one run; text columns separate them.
    let mut groups: Vec<(usize, bool)> = Vec::new(); // (numbers in the run, holds 金额)
    let mut text_before = true;
    for c in &columns {
        match c {
            Column::Text => text_before = true,
            c if text_before => {
                groups.push((1, *c == Column::Amount));
                text_before = false;
            }
            c => {
                let g = groups.last_mut()?;
                g.0 += 1;
                g.1 |= *c == Column::Amount;
            }
        }
    }
    // 金额 glued to another numeric column in every row: which digits are its own
    // could only be guessed.
    if groups.iter().any(|&(n, amount)| amount && n > 1) {
        return None;
    }
    let later = columns.iter().skip_while(|c| **c != Column::Amount).skip(1).filter(|c| **c != Column::Text).count();
    let runs = runs(&key[at..]);
    if runs.first().is_none_or(|r| r.0) {
        return None;
    }
    let t = (1..runs.len()).find(|&i| runs[i].0 && is_total_label(runs[i - 1].1))?;
    let items: Vec<&str> = runs[..t].iter().filter(|r| r.0).map(|r| r.1).collect();
    // At least two items: with one, the check is only that the 合计 starts with it.
    if items.len() < 2 * groups.len() || !items.len().is_multiple_of(groups.len()) {
        return None;
    }
    let mut sum = 0.0;
    for row in items.chunks(groups.len()) {
        for (&(n, amount), run) in groups.iter().zip(row) {
            if amount {
                sum += number(run)?;
            } else if !splits_into(run, 1, n) {
                return None;
            }
        }
    }
    split_total(runs[t].1, sum, later)
}

/// A cost breakdown printed as a table, read row by row: its header row first, then
/// items until the 合计 row.
#[derive(Debug)]
pub struct Table {
    pub label: &'static str,
    name_col: usize,
    amount_col: usize,
    items: Vec<f64>,
    total: Option<f64>,
    /// The rows as printed (cells joined by tabs), kept in the project's `extra`.
    lines: Vec<String>,
}

impl Table {
    /// A header row: the block's label alone in its cell, then column names only,
    /// one of them 金额.
    pub fn start(row: &Row) -> Option<Table> {
        let mut cells = row.non_empty();
        let first = cells.next()?;
        // Asked of every row of the field block: every cost block label holds 成本,
        // and the lexicon lookup is only made for those.
        if !crate::chars::has(first.key(), "成本") {
            return None;
        }
        let (Key::CostBreakdown, label, None) = key_of_cell(first)? else { return None };
        let mut amount_col = None;
        let mut names = Vec::new();
        for c in cells {
            let key = label_key(&c.text);
            let (kind, len) = column_at(&key)?;
            if len != key.len() || kind == Column::Amount && amount_col.replace(c.col).is_some() {
                return None;
            }
            names.push(c.text.trim_ws());
        }
        Some(Table { label, name_col: first.col, amount_col: amount_col?, items: Vec::new(), total: None, lines: vec![names.join("\t")] })
    }

    /// The next row: Some(true) for the 合计 (the table ends there), Some(false) for an
    /// item, None for a row that is not the table's (it ends before it).
    pub fn row(&mut self, row: &Row) -> Option<bool> {
        let name = row.non_empty().next().filter(|c| c.col == self.name_col && key_kind(c).is_none())?;
        let amount = row.cells.iter().find(|c| c.col == self.amount_col).and_then(|c| parse_amount(&c.text)).map(|a| a.0);
        let total = is_total_label(name.key());
        if !total && amount.is_none() {
            return None;
        }
        self.lines.push(row.non_empty().map(|c| c.text.trim_ws()).collect::<Vec<_>>().join("\t"));
        if total {
            self.total = amount;
        } else {
            self.items.extend(amount);
        }
        Some(total)
    }

    /// The 合计 of the 金额 column, when the items add up to it.
    pub fn total(&self) -> Option<f64> {
        let total = self.total?;
        (!self.items.is_empty() && close(self.items.iter().sum(), total)).then_some(total)
    }

    pub fn text(&self) -> String {
        self.lines.join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "金额测算(公式)依据2020年实际执行数2021年实际执行数";

    #[test]
    fn a_glued_total_is_split_where_the_items_sum_says() {
        let block = format!(
            "{HEADER}保安服务费191依据招标文件191191保洁服务费99依据招标文件9999\
             水电气、维修维护费524根据三定方案,各项费用据实结算372.88504.55合计814662.98794.55"
        );
        assert_eq!(glued_total(&block), Some(814.0));
        // Full-width brackets and a unit after the 金额 column are the same header.
        let wide = block.replace("金额测算(公式)", "金额（万元）测算（公式）");
        assert_eq!(glued_total(&wide), Some(814.0));
        // The 合计 row's own 测算依据 printed: the run holds the 金额 alone.
        let own = block.replace("合计814662.98794.55", "合计814合计数662.98794.55");
        assert_eq!(glued_total(&own), Some(814.0));
    }

    #[test]
    fn a_glued_total_that_the_items_do_not_give_is_left_alone() {
        let items = "保安服务费191依据招标文件191191保洁服务费99依据招标文件9999";
        // The items add up to 290, the 合计 starts with 291.
        assert_eq!(glued_total(&format!("{HEADER}{items}合计291382191")), None);
        // The sum is a prefix, but the rest holds three numbers for two later columns.
        assert_eq!(glued_total(&format!("{HEADER}{items}合计290382.5290.512.5")), None);
        // Digits in a 测算依据 shift the runs: the sum no longer matches.
        let counted = "保安服务费191按5人12个月191191保洁服务费99依据招标文件9999";
        assert_eq!(glued_total(&format!("{HEADER}{counted}合计290382290")), None);
        // One item: the 合计 merely starting with it is no evidence.
        assert_eq!(glued_total(&format!("{HEADER}保安服务费191依据招标文件191191合计191191191")), None);
        // No 合计 row.
        assert_eq!(glued_total(&format!("{HEADER}{items}")), None);
    }

    #[test]
    fn an_amount_glued_to_another_number_column_is_not_guessed() {
        // 金额 printed beside a year's actuals: every row's run holds both.
        let block = "金额2021年实际执行数测算依据保安服务费191180依据招标文件保洁服务费9990依据招标文件合计290270";
        assert_eq!(glued_total(block), None);
    }

    #[test]
    fn a_header_needs_one_amount_column() {
        assert!(header_follows("金额测算(公式)依据2020年实际执行数"));
        assert!(header_follows("（万元） 金额 测算依据"));
        assert!(!header_follows("包括人员经费、公用经费等"));
        assert!(!header_follows("测算依据2020年实际执行数"));
        assert!(!header_follows("金额预算金额测算依据"));
    }

    #[test]
    fn digit_runs_are_cut_into_numbers() {
        assert!(splits_into("662.98794.55", 2, 2));
        assert!(splits_into("191191", 1, 2));
        assert!(!splits_into("1.2.3", 1, 2));
        assert!(!splits_into("0662", 1, 1));
        assert_eq!(split_total("814662.98794.55", 814.0, 2), Some(814.0));
        assert_eq!(split_total("814662.98794.55", 81.0, 0), None);
        // A hostile run of digits is refused at once.
        let long = "9".repeat(100_000);
        assert!(!splits_into(&long, 1, 2));
        assert_eq!(split_total(&long, 9.0, 2), None);
        assert_eq!(runs("费191依据1.5合计"), vec![(false, "费"), (true, "191"), (false, "依据"), (true, "1.5"), (false, "合计")]);
    }
}
