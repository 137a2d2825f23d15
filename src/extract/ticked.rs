//! A field printed as a form's check boxes ("项目属性：新增项目□延续项目√",
//! "持续性项目□、新增性项目☑", "1、常年性项目 □ √ 2、延续性项目 □"): the value is the
//! option ticked, not the row of boxes. Marks stand after their options, or before
//! them when the text opens with one ("☑新增项目 □延续项目").

/// Marks that tick an option (a Wingdings ☑ comes through as √ or ☑).
const TICKED: [char; 6] = ['☑', '√', '✓', '✔', '☒', '■'];
const EMPTY: [char; 2] = ['□', '☐'];

enum Token {
    Text(String),
    Mark(bool),
}

/// The option a field's check boxes tick; the text as printed when it has no boxes;
/// None when every box is empty (the form names no option).
pub fn chosen(text: &str) -> Option<String> {
    // Nearly no value holds a box: the walk is for those that do.
    if !text.contains(|c: char| TICKED.contains(&c) || EMPTY.contains(&c)) {
        return Some(text.to_string());
    }
    let mut tokens = Vec::new();
    let mut cur = String::new();
    let flush = |cur: &mut String, tokens: &mut Vec<Token>| {
        // "1、" before an option is its numbering.
        let t = cur.trim().trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '、' | '.' | '．')).trim();
        if !t.is_empty() {
            tokens.push(Token::Text(t.to_string()));
        }
        cur.clear();
    };
    for c in text.chars() {
        if TICKED.contains(&c) || EMPTY.contains(&c) {
            flush(&mut cur, &mut tokens);
            tokens.push(Token::Mark(TICKED.contains(&c)));
        } else if matches!(c, '、' | '，' | ',' | '；' | ';' | ' ' | '\u{3000}') && !cur.trim().chars().all(|d| d.is_ascii_digit()) {
            flush(&mut cur, &mut tokens);
        } else {
            cur.push(c);
        }
    }
    flush(&mut cur, &mut tokens);
    let marks_lead = matches!(tokens.first(), Some(Token::Mark(_)));
    let at = tokens.iter().position(|t| matches!(t, Token::Mark(true)))?;
    let text_of = |t: &Token| match t {
        Token::Text(s) => Some(s.clone()),
        Token::Mark(_) => None,
    };
    if marks_lead {
        tokens[at + 1..].iter().find_map(text_of)
    } else {
        tokens[..at].iter().rev().find_map(text_of)
    }
}

#[cfg(test)]
mod tests {
    use super::chosen;

    #[test]
    fn the_ticked_box_is_the_value() {
        assert_eq!(chosen("新增项目□延续项目√").as_deref(), Some("延续项目"));
        assert_eq!(chosen("持续性项目□、新增性项目☑").as_deref(), Some("新增性项目"));
        assert_eq!(chosen("1、常年性项目 □ √ 2、延续性项目 □").as_deref(), Some("常年性项目"));
        assert_eq!(chosen("☑新增项目 □延续项目").as_deref(), Some("新增项目"));
        assert_eq!(chosen("□新增项目 ☑延续项目").as_deref(), Some("延续项目"));
    }

    #[test]
    fn no_box_ticked_names_no_option_and_text_without_boxes_stays() {
        assert_eq!(chosen("1、持续性项目 □ 2、新增性项目 □"), None);
        assert_eq!(chosen("常年项目").as_deref(), Some("常年项目"));
        assert_eq!(chosen("延续性项目(阶段开展)").as_deref(), Some("延续性项目(阶段开展)"));
    }
}
