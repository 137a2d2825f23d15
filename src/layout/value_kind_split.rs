//! One cell per line, but a record's value printed on one line with the columns after
//! it (湖南 lists: "1200 定量 平方米 反映维修校舍的面积" under 指标值 | 指标值类型 | 计量单位
//! | 指标解释): the 定量 / 定性 word, which only a 指标值类型 column holds, says where
//! the value ends. Such a line is cut there into the one-cell lines the stream reads
//! elsewhere — the value, its type, a unit, the text after — and the stream's own
//! reading of trailing columns places them.

use crate::extract::target::is_unit;
use crate::read::Row;

use super::header::{Role, Schema};
use super::stream::strong_value;

/// The body rows with such lines cut apart; None when no line is one (or the header
/// has no 指标值类型 column right after the value).
pub(super) fn split(rows: &[Row], schema: &Schema) -> Option<Vec<Row>> {
    let kind_after_value = schema.groups.iter().any(|g| g.roles.windows(2).any(|w| w[0].0 == Role::Value && w[1].0 == Role::ValueKind));
    if !kind_after_value {
        return None;
    }
    let mut out: Option<Vec<Row>> = None;
    for (i, row) in rows.iter().enumerate() {
        match (row.single().and_then(|c| pieces(&c.text).map(|p| (c, p))), out.as_mut()) {
            (Some((cell, pieces)), o) => {
                let o = match o {
                    Some(o) => o,
                    None => out.insert(rows[..i].to_vec()),
                };
                o.extend(pieces.into_iter().map(|t| Row { line: row.line, cells: vec![cell.with_text(t, cell.col)] }));
            }
            (None, Some(o)) => o.push(row.clone()),
            (None, None) => {}
        }
    }
    out
}

/// "value 定量 [unit] [text]" → its pieces; None for any other line.
fn pieces(t: &str) -> Option<Vec<String>> {
    // A byte search first: most lines hold neither word.
    if !(crate::chars::has(t, "定量") || crate::chars::has(t, "定性")) {
        return None;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    let k = words.iter().position(|w| matches!(*w, "定量" | "定性")).filter(|&k| k > 0)?;
    let value = words[..k].join(" ");
    // A sentence that uses the word ("采用 定量 方法评价") is no value and its type.
    if !strong_value(&value) {
        return None;
    }
    let mut out = vec![value, words[k].to_string()];
    match &words[k + 1..] {
        [] => {}
        [unit, text @ ..] if !text.is_empty() && is_unit(unit) => out.extend([unit.to_string(), text.join(" ")]),
        rest => out.push(rest.join(" ")),
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_then_its_columns() {
        assert_eq!(pieces("1200 定量 平方米 反映维修校舍的面积").unwrap(), ["1200", "定量", "平方米", "反映维修校舍的面积"]);
        assert_eq!(pieces("2024年8月底前 定性 反映维修完成时间").unwrap(), ["2024年8月底前", "定性", "反映维修完成时间"]);
        assert_eq!(pieces("≥90% 定量").unwrap(), ["≥90%", "定量"]);
        for t in ["定量", "采用 定量 方法评价", "1200平方米", "反映定量指标的完成"] {
            assert_eq!(pieces(t), None, "{t}");
        }
    }
}
