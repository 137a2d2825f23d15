//! The labels of a web page's publication block (发布时间:, 来源:, 浏览次数: …), in
//! Simplified or Traditional characters: page furniture around a filing copied from
//! a web page (layout/document.rs sets such rows aside).

use std::sync::LazyLock;

use crate::chars::{CharBits, TrimWs};
use crate::extract::normalize;

const PAGE_LABELS: [&str; 16] = [
    "发布时间",
    "发布日期",
    "发文日期",
    "归档时间",
    "作者",
    "来源",
    "信息来源",
    "文章来源",
    "浏览次数",
    "点击次数",
    "阅读次数",
    "访问量",
    "浏览量",
    "发布单位",
    "发布机构",
    "字号",
];

/// The labels' first characters.
static FIRST: LazyLock<CharBits> = LazyLock::new(|| CharBits::new(PAGE_LABELS.iter().filter_map(|l| l.chars().next())));

/// The labels' first characters and every Traditional character that simplifies to
/// one ("來", "發", "瀏"): found once by simplifying the whole BMP, so that the gate
/// asked of every row is one bit whichever script the page is in.
static OPENS: LazyLock<CharBits> = LazyLock::new(|| {
    CharBits::new((0..0x1_0000u32).filter_map(char::from_u32).filter(|&c| FIRST.contains(c) || FIRST.contains(normalize::simplify(c))))
});

/// `text` opens with a page label and its colon ("发布时间：", "來源:").
pub(super) fn is_page_label(text: &str) -> bool {
    let t = text.trim_ws();
    // Asked of every row outside the matrix: the first character rules out most.
    let Some(first) = t.chars().next() else { return false };
    if !OPENS.contains(first) {
        return false;
    }
    let labelled = |s: &str| PAGE_LABELS.iter().any(|l| s.strip_prefix(l).is_some_and(|rest| rest.trim_start().starts_with([':', '：'])));
    if FIRST.contains(first) {
        return labelled(t);
    }
    // A Traditional mirror ("來源:", "發(fā)布時(shí)間:", "瀏覽次數:"): the label read in
    // Simplified, without pinyin glosses. Only a short text is converted.
    t.len() <= 120 && labelled(&normalize::to_simplified(&normalize::strip_pinyin(t)))
}

#[cfg(test)]
mod tests {
    use super::is_page_label;

    #[test]
    fn labels_in_either_script_and_nothing_else() {
        for t in ["发布时间：2023-04-26", "来源: 区发改局", "來源:區發改局", "發(fā)布時(shí)間:2023", "瀏覽次數：12"]
        {
            assert!(is_page_label(t), "{t}");
        }
        for t in ["", "项目名称：某项目", "来源", "发布时间不详", "來自某處：x"] {
            assert!(!is_page_label(t), "{t}");
        }
    }
}
