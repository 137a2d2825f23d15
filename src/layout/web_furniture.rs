//! More page furniture of a government website (beside `document::is_page_furniture`):
//! its navigation and footer, the page's controls ("【字体：大 中 小】", "打印本页
//! 关闭窗口", "分享到：", "扫一扫在手机打开当前页") and a publication line that opens
//! with a bare 时间 ("时间:2019-12-31 15:38:36 来源::", real 18). Each is set aside whole.
//!
//! 时间 is also a field's word ("实施时间: 2023年", "时间：2023年1月-12月" inside a
//! table), so a 时间 line is furniture only when it holds a date-time and a website
//! label (来源, 浏览次数, 发布时间 …) beside it on the same line.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::chars::TrimWs;
use crate::read::{Cell, Row};

/// The words of a page's controls, longest first (matched greedily from the left).
#[rustfmt::skip]
const CONTROLS: &[&str] = &[
    "扫一扫在手机打开当前页", "扫一扫在手机上打开当前页", "扫一扫",
    "打印本页", "打印此页", "关闭窗口", "关闭本页", "保存本页", "收藏本页", "加入收藏", "返回顶部", "分享到",
    "字体", "字号", "打印", "关闭", "收藏", "分享", "返回", "QQ空间", "微信", "微博", "默认", "大", "中", "小",
];

/// Controls that name the page's controls on their own; 大/中/小, 打印, 关闭 … are only
/// taken beside one of these or beside each other.
const STRONG: &[&str] = &[
    "扫一扫在手机打开当前页",
    "扫一扫在手机上打开当前页",
    "扫一扫",
    "打印本页",
    "打印此页",
    "关闭窗口",
    "关闭本页",
    "保存本页",
    "收藏本页",
    "加入收藏",
    "返回顶部",
    "分享到",
    "字体",
];

/// The brackets a row of controls may open with before its first word ("【字体：…】").
const CONTROL_OPEN_BRACKETS: [char; 6] = ['【', '[', '(', '（', '|', '｜'];

/// Brackets, separators and colons between the controls.
fn is_debris(c: char) -> bool {
    c.is_whitespace() || "【】[]()（）|｜:：/、·".contains(c)
}

/// "【字体：大 中 小】", "打印本页 关闭窗口", "分享到：", "【打印】【关闭】": a row made of
/// nothing but control words, with one that names a control or two of the others.
pub fn is_site_controls(row: &Row) -> bool {
    let mut cells = row.non_empty();
    let Some(first) = cells.next() else { return false };
    // Asked of every row of a document: the first character of the cell's key (no
    // white space in it) rules out most, with no trimming.
    let opens = |c: char| matches!(c, '打' | '关' | '保' | '收' | '加' | '返' | '分' | '字' | '扫');
    let key = first.key();
    match key.chars().next() {
        Some(c) if opens(c) => {}
        Some(c) if CONTROL_OPEN_BRACKETS.contains(&c) && key.trim_start_matches(is_debris).chars().next().is_some_and(opens) => {}
        _ => return false,
    }
    let (mut strong, mut weak) = (0, 0);
    for cell in row.non_empty() {
        let mut s = cell.text.as_str();
        loop {
            s = s.trim_start_matches(is_debris);
            if s.is_empty() {
                break;
            }
            let Some(w) = CONTROLS.iter().find(|w| s.starts_with(**w)) else { return false };
            if STRONG.contains(w) {
                strong += 1;
            } else if !matches!(*w, "大" | "中" | "小" | "默认" | "QQ空间" | "微信" | "微博") {
                weak += 1;
            }
            s = &s[w.len()..];
        }
    }
    strong > 0 || weak >= 2
}

/// "时间:2019-12-31 15:38:36 来源::": a bare 时间 or 日期 with a date (and maybe a clock
/// time), and a website label among the rest of the line; or "日期:2022-12-30" alone;
/// or a line opening with the bare date (`is_dated_publication_line`).
/// Cells or, in a one-cell row, the whitespace-separated parts of its text are what is
/// looked at.
pub fn is_time_line(row: &Row, is_label: impl Fn(&str) -> bool, is_clock: impl Fn(&str) -> bool) -> bool {
    let mut cells = row.non_empty();
    let Some(first) = cells.next() else { return false };
    let t = first.text.trim_ws();
    // Asked of every row: two byte compares rule out nearly all (`opens_time_line`).
    let word = if t.starts_with("时间") {
        "时间"
    } else if t.starts_with("日期") {
        "日期"
    } else {
        // A line opening with the bare date: one byte test before the call.
        return t.as_bytes().first().is_some_and(u8::is_ascii_digit) && is_dated_publication_line(row, is_label, is_clock);
    };
    let parts: Vec<&str> =
        if row.single().is_some() { t.split_whitespace().collect() } else { row.non_empty().map(|c| c.text.trim_ws()).collect() };
    let Some(date) = parts[0].strip_prefix(word).map(|r| r.trim_start().trim_start_matches([':', '：']).trim_start()) else {
        return false;
    };
    // The date may stand in the next part when a space follows the colon.
    let (date, rest) =
        if date.is_empty() { (parts.get(1).copied().unwrap_or(""), &parts[2.min(parts.len())..]) } else { (date, &parts[1..]) };
    if !is_date(date) {
        return false;
    }
    // "日期:2022-12-30" alone under a page's title: the date as a website prints it,
    // with dashes or slashes (a filing writes 2022年12月30日).
    if word == "日期" && rest.is_empty() && date.split(['-', '/']).count() == 3 {
        return true;
    }
    let mut companion = false;
    for p in rest {
        if is_label(p) {
            companion = true;
        } else if !(is_clock(p) || p.chars().all(|c| matches!(c, '|' | '｜'))) {
            return false;
        }
    }
    companion
}

/// "2021-09-18 17:32来源:某县开发区文字大小:[ ] 背景色:": a publication line that opens
/// with a bare date (no 时间 label), its clock time glued to a page label and the
/// page's text controls after it. Taken when a date in website form (dashes or
/// slashes) opens the line, a page label follows, and every other part is a clock
/// time, a text control or bracket debris.
fn is_dated_publication_line(row: &Row, is_label: impl Fn(&str) -> bool, is_clock: impl Fn(&str) -> bool) -> bool {
    let mut cells = row.non_empty();
    let Some(first) = cells.next() else { return false };
    // Asked of every row outside the matrix: four digits and a dash or slash open it.
    let b = first.text.trim_start().as_bytes();
    if b.len() < 10 || !b[..4].iter().all(u8::is_ascii_digit) || !matches!(b[4], b'-' | b'/') {
        return false;
    }
    let mut parts = row.non_empty().flat_map(|c| c.text.split_whitespace());
    let date = parts.next().unwrap_or("");
    if !is_date(date) || date.split(['-', '/']).count() != 3 {
        return false;
    }
    let mut label = false;
    for p in parts {
        // A clock time may stand glued to the label after it ("17:32来源:…").
        let clock_len = p.bytes().take_while(|b| b.is_ascii_digit() || *b == b':').count();
        let rest = if clock_len > 0 && is_clock(&p[..clock_len]) { &p[clock_len..] } else { p };
        if rest.is_empty() || rest.chars().all(is_debris) {
            continue;
        }
        if is_label(rest) {
            label = true;
        } else if !TEXT_CONTROLS.iter().any(|w| rest.starts_with(w) && rest[w.len()..].chars().all(is_debris)) {
            return false;
        }
    }
    label
}

/// The text controls a page prints beside its publication line.
const TEXT_CONTROLS: [&str; 5] = ["文字大小", "背景色", "字体", "字号", "打印"];

/// "2019-12-31", "2019/12/31", "2019年12月31日", "2019-12-31 15:38" cut before the time.
fn is_date(s: &str) -> bool {
    let digits: Vec<&str> = s.split(['-', '/', '.', '年', '月', '日']).filter(|p| !p.is_empty()).collect();
    (2..=3).contains(&digits.len()) && digits[0].len() == 4 && digits.iter().all(|p| p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Marks that only a website's footer prints: an ICP licence number, a public-security
/// filing number, the site's identifier, a copyright line. One automaton for all: the
/// test runs on every row outside the matrix.
static FOOTER_MARKS: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(["ICP备", "公网安备", "网站标识码", "版权所有", "Copyright"]).expect("fixed patterns"));

/// Words that open a website's navigation trail or menu.
const NAV_OPENERS: [&str; 6] = ["当前位置", "您的位置", "您当前的位置", "您现在的位置", "网站首页", "首页"];

/// The site's footer ("主办单位：…  ICP备案号：皖ICP备12345678号") or its navigation
/// ("首页 | 信息公开 | 政务公开", "当前位置：首页 > 信息公开 > 预算公开"): a row holding a
/// footer mark, or opening with a navigation word and going on in links (`>`, `|`, `»`).
pub fn is_site_chrome(row: &Row) -> bool {
    // Asked of every row of a document, matrix rows included: one pass over the
    // cells, the first character before any compare, and the automaton only on a long
    // cell of a row of one or two (a footer is a line of text, not a table row).
    let mut cells = row.cells.iter().filter(|c| !c.is_empty());
    let Some(first) = cells.next() else { return false };
    if first.key().starts_with(['当', '您', '网', '首']) && NAV_OPENERS.iter().any(|w| first.key().starts_with(w)) {
        // Links joined by arrows or bars, or a menu cut into short cells.
        let links = row.non_empty().any(|c| c.text.contains(['>', '|', '»', '＞', '｜', '›']));
        let menu = row.non_empty().nth(2).is_some() && row.non_empty().all(|c| c.short && c.key().chars().count() <= 10);
        return links || menu;
    }
    if first.key().starts_with(FOOTER_FIRST) && is_footer_label_line(row, first.key()) {
        return true;
    }
    is_footer_marked(row)
}

/// The part of [`is_site_chrome`] not decided by its first cell's first character: a
/// row of one or two cells with a long one holding a footer mark.
pub(super) fn is_footer_marked(row: &Row) -> bool {
    let mut cells = row.non_empty();
    let Some(first) = cells.next() else { return false };
    let second = cells.next();
    if cells.next().is_some() {
        return false;
    }
    let footer = |c: &Cell| c.text.len() >= 12 && might_be_footer(&c.text) && FOOTER_MARKS.is_match(&c.text);
    footer(first) || second.is_some_and(footer)
}

/// Before the automaton, on every long cell of a one- or two-cell row (every line of
/// paragraph-style text): an ICP number has an upper-case I, which Chinese text rarely
/// holds (one SIMD byte search), and a copyright line opens with its label (主办单位 …
/// lines carry the ICP number: 主 opens too many of a filing's own fields to ask).
fn might_be_footer(text: &str) -> bool {
    memchr::memchr(b'I', text.as_bytes()).is_some() || text.trim_ws().starts_with(['版', 'C', '©'])
}

/// The first characters of [`FOOTER_LABELS`] and of the address lines: most rows are
/// ruled out by the first character of their first cell's key, before any compare.
const FOOTER_FIRST: [char; 8] = ['主', '承', '协', '技', '网', '联', '地', '邮'];

/// Labels that open a line of a website's footer on their own, with their colon
/// ("主办单位：某某市财政局", "技术支持：…"), or with none (网站标识码 is no field of a
/// filing). 主管部门 opens the same way, so 主办 is looked for whole, colon included.
const FOOTER_LABELS: &[&str] =
    &["主办单位:", "主办:", "承办单位:", "承办:", "协办单位:", "协办:", "技术支持:", "技术支持单位:", "网站标识码", "网站地图", "联系我们"];

/// A footer line that carries no ICP number: one of [`FOOTER_LABELS`] opening it, or a
/// contact line ("联系电话：… 邮编：…", "地址：… 邮编：…") with a postcode on it — a
/// filing's own 联系电话 has no postcode beside it, and stays a field.
fn is_footer_label_line(row: &Row, key: &str) -> bool {
    if FOOTER_LABELS.iter().any(|l| key.starts_with(l)) {
        return true;
    }
    let contact = ["联系电话", "地址", "联系地址", "邮编", "邮政编码"].iter().any(|l| key.starts_with(l));
    contact && row.non_empty().any(|c| c.text.contains("邮编") || c.text.contains("邮政编码"))
}

/// "湘潭市城市管理和综合执法局 | xtcg.xiangtan.gov.cn | 发布时间:2023-10-13 | 19:49": a
/// page's publication line cut into cells, the site's owner and domain beside a page
/// label. Taken when it holds a page label and a domain name, and at most one other
/// cell (the owner); a lone domain name on its line is the site's too.
pub fn is_site_line(row: &Row, is_label: impl Fn(&str) -> bool, is_clock: impl Fn(&str) -> bool) -> bool {
    // Asked of every row outside the matrix: a domain (`is_domain`) has an ASCII dot and
    // an ASCII letter, both in the one cell it is a part of (one byte search per cell),
    // before anything else is looked at. A filing's decimals ("95.5%") have no letter.
    let domain_bytes = |t: &[u8]| memchr::memchr(b'.', t).is_some() && t.iter().any(u8::is_ascii_alphabetic);
    if !row.non_empty().any(|c| domain_bytes(c.text.as_bytes())) {
        return false;
    }
    // Cells, or in a one-cell row the whitespace-separated parts of its text.
    let parts: Vec<&str> = match row.single() {
        Some(c) => c.text.split_whitespace().collect(),
        None => row.non_empty().map(|c| c.text.trim_ws()).collect(),
    };
    if !parts.iter().any(|p| is_domain(p)) {
        return false;
    }
    let (mut label, mut free) = (false, 0);
    for &t in &parts {
        if is_label(t) {
            label = true;
        } else if !(is_clock(t) || is_domain(t)) {
            free += 1;
        }
    }
    parts.len() == 1 || label && free <= 1
}

/// "xtcg.xiangtan.gov.cn", "www.example.gov.cn", "http://…": ASCII letters, digits and
/// URL punctuation, a dot between two letters or digits, and a letter somewhere (a
/// decimal "2023.07" has none).
fn is_domain(text: &str) -> bool {
    let t = text.trim_ws();
    t.len() >= 4
        && t.bytes().all(|b| b.is_ascii_alphanumeric() || b"./:-_".contains(&b))
        && t.bytes().any(|b| b.is_ascii_alphabetic())
        && t.as_bytes().windows(3).any(|w| w[1] == b'.' && w[0].is_ascii_alphanumeric() && w[2].is_ascii_alphanumeric())
}

/// The first characters of a document-sharing site's own lines (their keys), for the
/// gate on every row outside the matrix.
const DOC_SITE_FIRST: [char; 11] = ['已', '付', '下', '版', '文', '资', '全', '上', '亲', '《', '点'];

/// Lines a document-sharing site prints around a filing it shows ("已阅读5页,还剩53页未读,
/// 继续免费阅读", "付费下载", "下载本文档", "版权说明:本文档由用户提供并上传…", "文档简介",
/// "资源描述", "上传人:… 文档编号:…", "亲,该文档总共4页…", "《…》由会员分享,可在线阅读…"),
/// in Simplified or in a Traditional mirror (read through the cell's key). Short lines
/// only: a filing's text glued after them is not to be set aside with them.
pub fn is_doc_site_chrome(row: &Row) -> bool {
    let mut cells = row.non_empty();
    let Some(first) = cells.next() else { return false };
    let key = first.key();
    if !key.chars().next().is_some_and(|c| DOC_SITE_FIRST.contains(&c)) || cells.nth(3).is_some() {
        return false;
    }
    if row.non_empty().map(|c| c.text.len()).sum::<usize>() > 480 {
        return false;
    }
    // One cell is the usual case: its key as it is, no joined copy.
    let joined: std::borrow::Cow<str> =
        if row.non_empty().nth(1).is_none() { key.into() } else { row.non_empty().map(|c| c.key()).collect::<String>().into() };
    let k: &str = &joined;
    matches!(k, "付费下载" | "文档简介" | "资源描述" | "下载相关举报")
        || k.starts_with("已阅读") && k.contains("未读")
        || ["下载本文档", "全文预览已结束", "文本预览下载声明", "点击查看更多", "亲,该文档总共", "亲，该文档总共"]
            .iter()
            .any(|p| k.starts_with(p))
        || k.starts_with("版权说明") && k.contains("本文档由用户提供")
        || k.starts_with("上传人") && k.contains("文档编号")
        || k.starts_with('《') && (first.text.contains("由会员分享") || first.text.contains("由會員分享"))
}

/// Whether a first cell's text could open a line [`is_time_line`] takes: 时间 or 日期,
/// or a digit (a bare date). Nothing else gets past that function's first test.
pub(super) fn opens_time_line(text: &str) -> bool {
    let t = text.trim_ws();
    t.starts_with("时间") || t.starts_with("日期") || t.as_bytes().first().is_some_and(u8::is_ascii_digit)
}

/// The first characters of a first cell's key that the key-gated checks here may
/// take (controls, document-sharing lines, navigation, footer labels), for the
/// combined gate of `furniture_gate`. A superset is safe: it only lets a row through.
pub(super) fn key_openers() -> impl Iterator<Item = char> {
    let words = CONTROLS.iter().chain(NAV_OPENERS.iter()).filter_map(|w| w.chars().next());
    words.chain(CONTROL_OPEN_BRACKETS).chain(DOC_SITE_FIRST).chain(FOOTER_FIRST)
}
