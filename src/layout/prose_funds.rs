//! The funds sentence of a prose (L12) explanation: "项目资金：45万元。", "项目总投资500
//! 万元，其中财政拨款450万元，自筹资金50万元，用于城区道路修复。" — the total, its
//! parts and the purpose clause, and whether the sentence is all the cell holds.

use std::sync::LazyLock;

use regex::Regex;

use crate::chars::TrimWs;
use crate::model::Funds;

/// "资金50万元", "项目资金：45万元", "资金总额为120000元", "项目总投资500万元",
/// "预算安排30万元": the total and its unit.
const TOTAL_PATTERN: &str =
    r"(?:资金|投资|预算(?:安排)?)(?:总额|总计|合计|共计|规模|金额)?(?:为|是|共)?\s*[:：]?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元)";
static TOTAL: LazyLock<Regex> = LazyLock::new(|| Regex::new(TOTAL_PATTERN).unwrap());
/// An amount anywhere in a clause.
static AMOUNT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(\d[\d,]*(?:\.\d+)?)\s*(万元|元)").unwrap());

/// A funds sentence read from a cell.
#[derive(Debug, Clone, PartialEq)]
pub struct ProseFunds {
    pub funds: Funds,
    /// "万元" or "元", as the total prints it.
    pub unit: &'static str,
    /// The purpose clause ("用于…"), as printed without its 用于.
    pub purpose: Option<String>,
    /// Every clause of the cell was funds or purpose: nothing else to keep.
    pub whole: bool,
}

/// What part of the funds an amount clause gives, by the words before its amount.
fn part_of(words: &str) -> Option<fn(&mut Funds) -> &mut Option<f64>> {
    if words.contains("结转") {
        Some(|f| &mut f.carryover)
    } else if words.contains("财政") || words.contains("上级") || words.contains("本级") {
        Some(|f| &mut f.fiscal)
    } else if words.contains("其他") || words.contains("自筹") || words.contains("社会") || words.contains("单位") {
        Some(|f| &mut f.other)
    } else {
        None
    }
}

/// "用于…", "主要用于…": the purpose clause, from its verb to the sentence's end.
fn purpose_start(clause: &str) -> Option<usize> {
    let c = clause.trim_start_matches(['主', '要', '专', '项', '全', '部', '均', '将']);
    c.starts_with("用于").then(|| clause.len() - c.len() + "用于".len())
}

/// Read the funds sentence a cell holds. Cheap for other cells: one search for the
/// total, which needs "资金", "投资" or "预算" right before its amount. A total after a
/// level label ("数量指标：完成投资500万元") is a target, not the funds.
pub fn read(text: &str) -> Option<ProseFunds> {
    let total = TOTAL.captures(text)?;
    let at = total.get(0)?.start();
    if super::narrative::label_before(text, at) {
        return None;
    }
    let unit = if &total[2] == "元" { "元" } else { "万元" };
    let mut funds = Funds { total: total[1].replace(',', "").parse().ok(), ..Default::default() };
    let mut purpose = None;
    // The cell is whole when every clause is funds or purpose; the total's clause may
    // open with its subject ("本项目", "该项目总", "2024年城区道路维修项目总").
    let subject = text[..at].trim_ws();
    let mut whole = subject.chars().count() <= 24 && !subject.contains(['，', ',', '。', '；', ';', ':', '：']);
    let mut rest = &text[total.get(0)?.end()..];
    while let Some(sep) = rest.find(['，', ',', '；', ';', '。']).or((!rest.is_empty()).then_some(rest.len())) {
        let clause = rest[..sep].trim_ws();
        let after = rest[sep..].chars().next().map_or(sep, |c| sep + c.len_utf8());
        if let Some(p) = purpose_start(clause) {
            // The purpose runs to the end of its sentence, commas and all.
            let end = rest.find('。').unwrap_or(rest.len());
            let text = rest[p.min(end)..end].trim_ws().trim_end_matches(['，', ',', '；', ';']);
            if !text.is_empty() {
                purpose.get_or_insert_with(|| text.to_string());
            }
            rest = rest.get(end..).map_or("", |r| r.trim_start_matches('。'));
            continue;
        }
        let clause = clause.trim_start_matches("其中").trim_start_matches([':', '：']).trim_ws();
        match AMOUNT.captures(clause) {
            Some(c) if !clause.is_empty() => {
                let words = &clause[..c.get(0).map_or(0, |m| m.start())];
                match part_of(words) {
                    Some(slot) => {
                        let v = c[1].replace(',', "").parse().ok();
                        slot(&mut funds).get_or_insert_with(|| v.unwrap_or_default());
                    }
                    None => whole = false,
                }
            }
            _ if clause.is_empty() => {}
            _ => whole = false,
        }
        rest = &rest[after..];
    }
    Some(ProseFunds { funds, unit, purpose, whole })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn total_parts_and_purpose() {
        let f = read("项目总投资500万元，其中财政拨款450万元，自筹资金50万元，用于城区主次干道修复、人行道改造。").unwrap();
        assert_eq!((f.funds.total, f.funds.fiscal, f.funds.other, f.unit), (Some(500.0), Some(450.0), Some(50.0), "万元"));
        assert_eq!(f.purpose.as_deref(), Some("城区主次干道修复、人行道改造"));
        assert!(f.whole);
        let f = read("项目资金：45万元。").unwrap();
        assert_eq!((f.funds.total, f.whole), (Some(45.0), true));
        // Text that is no funds clause keeps the cell for S005 to quote.
        let f = read("项目资金120000元，由县财政局负责监督。").unwrap();
        assert_eq!((f.funds.total, f.unit, f.whole), (Some(120000.0), "元", false));
        assert!(read("数量指标：完成投资500万元").is_none());
        assert!(read("修复路面面积≥20000平方米").is_none());
    }
}
