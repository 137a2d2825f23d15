//! The columns after the value in a run-together table's header ("年度指标值实际完成值分值
//! 得分偏差原因分析及改进措施", a 绩效自评表's): which of them hold numbers printed back to
//! back with the target, and how two scores glued into one number ("2018": 分值 20, 得分
//! 18) are told apart. Split from `run_together.rs`, which recuts the table.

use super::header::{role_of_key, Role};

/// Column names of two characters that only extend a run of longer ones (alone they
/// are too common in text to start one): the score and remark columns.
const SHORT_WORDS: [&str; 4] = ["分值", "得分", "权重", "备注"];

/// The short column names printed back to back at the start of `s`: their roles and
/// the bytes they take.
pub(super) fn short_words(s: &str) -> (Vec<Role>, usize) {
    let (mut roles, mut at) = (Vec::new(), 0);
    while let Some(w) = SHORT_WORDS.iter().find(|w| s[at..].starts_with(*w)) {
        roles.extend(role_of_key(w));
        at += w.len();
    }
    (roles, at)
}

/// The columns that take the values of a row, in the header's order: the target, then
/// what was achieved and the scores where the header has them ("指标值" alone else).
pub(super) fn value_columns(roles: &[Role]) -> Vec<&'static str> {
    let mut cols: Vec<&'static str> = Vec::new();
    for r in roles {
        let word = match r {
            Role::Value => "指标值",
            Role::Actual => "实际完成值",
            Role::Score => "分值",
            Role::Gained => "得分",
            _ => continue,
        };
        if !cols.contains(&word) {
            cols.push(word);
        }
    }
    if !cols.contains(&"指标值") {
        cols.insert(0, "指标值");
    }
    cols
}

/// Where a number that is two scores glued together splits ("2018" → 20 | 18): the one
/// cut where both halves are numbers without a leading zero, the first (分值) at most
/// 100 and the second (得分) no more than the first. None when no cut, or more than
/// one, fits.
pub(super) fn score_split(text: &str) -> Option<usize> {
    if !text.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    let number = |t: &str| -> Option<f64> {
        let ok = !t.is_empty() && !t.starts_with('.') && !t.ends_with('.') && (t == "0" || !t.starts_with('0') || t.starts_with("0."));
        ok.then(|| t.parse().ok()).flatten()
    };
    let mut fits =
        (1..text.len()).filter(|&i| matches!((number(&text[..i]), number(&text[i..])), (Some(a), Some(b)) if a <= 100.0 && b <= a));
    let cut = fits.next()?;
    fits.next().is_none().then_some(cut)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glued_scores_split_where_only_one_cut_fits() {
        assert_eq!(score_split("2020"), Some(2));
        assert_eq!(score_split("109"), Some(2));
        assert_eq!(score_split("1005"), Some(3));
        assert_eq!(score_split("2018.5"), Some(2));
        // 5 | 5 and nothing else; "8" has no cut; "11" is 1 | 1 only.
        assert_eq!(score_split("55"), Some(1));
        assert_eq!(score_split("8"), None);
        assert_eq!(score_split("52公里"), None);
    }

    #[test]
    fn value_columns_follow_the_header() {
        assert_eq!(
            value_columns(&[Role::Level1, Role::Value, Role::Actual, Role::Score, Role::Gained]),
            ["指标值", "实际完成值", "分值", "得分"]
        );
        assert_eq!(value_columns(&[Role::Name]), ["指标值"]);
        assert_eq!(short_words("分值得分偏差"), (vec![Role::Score, Role::Gained], "分值得分".len()));
    }
}
