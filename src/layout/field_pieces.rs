//! The numbers that open a goal's pieces ("目标2:…", "任务二、…", "（3）…", "2、…"):
//! a piece numbered one past a piece the goal already holds, in the same style, is
//! that goal's next piece, not the next goal's text.

/// Chinese numerals 一 … 二十, as pieces count them.
const NUMERALS: [&str; 20] = [
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九",
    "二十",
];

/// The number opening `t` (ASCII digits or a Chinese numeral, at most two characters)
/// and the length of its text, whether in digits.
fn leading_number(t: &str) -> Option<(u32, usize, bool)> {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        return (digits <= 2).then(|| t[..digits].parse().ok().map(|n| (n, digits, true))).flatten();
    }
    // The longest numeral first: "十二" before "十".
    (0..NUMERALS.len()).rev().find(|&i| t.starts_with(NUMERALS[i])).map(|i| (i as u32 + 1, NUMERALS[i].len(), false))
}

fn spell(n: u32, digits: bool) -> String {
    if digits {
        n.to_string()
    } else {
        NUMERALS.get(n as usize - 1).map_or_else(String::new, |s| s.to_string())
    }
}

/// Is `t` a numbered piece following one the goal holds: "目标2:…" after "目标1:",
/// "（二）…" after "（一）", "3、…" after "2、" (the same word, brackets or mark)?
pub(super) fn next_numbered_piece(goal: &str, t: &str) -> bool {
    // Cheap first: a piece opens with its word, a bracket, a digit or a numeral.
    let Some(first) = t.chars().next() else { return false };
    if !(matches!(first, '目' | '任' | '(' | '（') || first.is_ascii_digit() || NUMERALS[..10].iter().any(|n| n.starts_with(first))) {
        return false;
    }
    let word = ["目标", "任务", "(", "（"].into_iter().find(|w| t.starts_with(w)).unwrap_or("");
    let rest = t[word.len()..].trim_start();
    let Some((n, len, digits)) = leading_number(rest) else { return false };
    let after = &rest[len..];
    let mark = match word {
        "(" | "（" => match after.chars().next() {
            Some(c @ (')' | '）')) => c,
            _ => return false,
        },
        _ => match after.trim_start().chars().next() {
            Some(c @ (':' | '：' | '、' | '.' | '．')) if !word.is_empty() || c == '、' => c,
            _ => return false,
        },
    };
    if n < 2 || after.len() <= mark.len_utf8() {
        return false;
    }
    let prev = spell(n - 1, digits);
    let needle = match word {
        "" => format!("{prev}、"),
        "(" | "（" => format!("{word}{prev}{mark}"),
        _ => format!("{word}{prev}"),
    };
    let numeral = |c: char| c.is_ascii_digit() || NUMERALS[..10].iter().any(|n| n.starts_with(c));
    // "1、" is not found in "11、", nor "目标1" in "目标12".
    goal.match_indices(&needle).any(|(i, _)| match word {
        "" => !goal[..i].ends_with(numeral),
        "(" | "（" => true,
        _ => !goal[i + needle.len()..].starts_with(numeral),
    })
}
