//! Document-level facts: the budget year, the 部门整体绩效目标 section, the kind of
//! filing.

use std::sync::LazyLock;

use regex::Regex;

use crate::chars::TrimWs;
use crate::extract::normalize::label_key;
use crate::read::{Cell, Row};

use super::page_labels::is_page_label;
use super::segment::clean_title;

/// "(2023 年度)", "（2,023年度）", "(2021年)", "(2022年度)".
static YEAR_PAREN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[(（]\s*(\d[,，]?\d{3})\s*年度?\s*[)）]").unwrap());
/// "(2020)年度".
static YEAR_PAREN_BEFORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[(（]\s*(\d{4})\s*[)）]\s*年度").unwrap());
/// "2019年度)" with its opening bracket lost, alone on a line.
static YEAR_LINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(\d{4})\s*年度\s*[)）]?\s*$").unwrap());
/// A year in a document title: "2023年项目支出绩效目标表".
static YEAR_TITLE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(\d{4})\s*年").unwrap());
static YEAR_RANGE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\d{4}\s*年?\s*[-—–~～至]\s*\d{4}").unwrap());
static YEAR_ANY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"((?:19|20)\d{2})\s*年").unwrap());
/// 一体化 project codes carry the budget year after the 6-digit region code: 13022524P….
static CODE_YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d{6}(\d{2})[A-Z]").unwrap());
/// A signature date alone on a line ("2023年3月27日"): the last clue to the year.
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$").unwrap());

pub fn date_line_year(text: &str) -> Option<i32> {
    // Every pattern here needs a 年: a substring search rules out most rows cheaply.
    if !crate::chars::has(text, "年") {
        return None;
    }
    DATE_LINE.captures(text).and_then(|c| digits_year(&c[1]))
}

static PART: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^第[一二三四五六七八九十]+部分").unwrap());

fn plausible(y: i32) -> Option<i32> {
    (1990..=2100).contains(&y).then_some(y)
}

fn digits_year(s: &str) -> Option<i32> {
    plausible(s.replace([',', '，'], "").parse().ok()?)
}

/// Endings of a notice that publishes targets in prose rather than as a table:
/// "…项目支出绩效目标公示", "关于…绩效目标设定的公示", "…绩效目标情况说明".
const NOTICE_ENDS: [&str; 6] = ["公示", "公告", "公开", "情况说明", "说明", "的通知"];

/// The title of such a notice: one short line naming 绩效目标 and ending like a
/// notice, with no sentence punctuation and no section numbering ("三、绩效目标说明"
/// heads a section of a budget explanation, not the document). A document-sharing
/// site's page caption ("2019年预算项目绩效目标_第1页", real 21) names the document
/// too: there a bare "…绩效目标" ending counts when a year opens the name. Read in
/// key form, so Traditional text with pinyin glosses reads alike.
pub fn notice_title(text: &str) -> Option<&str> {
    let t = text.trim_ws();
    // Asked of every one-cell row: the last character, cheapest to ask, first.
    if t.len() > 240 || !t.ends_with(['示', '告', '开', '明', '知', '标', '標', ')', '页', '頁']) {
        return None;
    }
    let key = label_key(t);
    let (name, caption) = match CAPTION.find(&key) {
        Some(m) => (&key[..m.start()], true),
        None => (key.as_str(), false),
    };
    let ends = NOTICE_ENDS.iter().any(|e| name.ends_with(e))
        || (name.ends_with("绩效目标") && (caption || name.starts_with(|c: char| c.is_ascii_digit())) && title_year(name).is_some());
    let title = ends
        && name.contains("绩效目标")
        && name.chars().count() <= 60
        && !name.contains(['，', '。', '；', ',', ';', '：', ':'])
        && !is_numbered(name);
    // The title as printed, without its page caption.
    title.then(|| CAPTION.find(t).map_or(t, |m| t[..m.start()].trim_ws()))
}

/// A budget document's own name ("某某县农业农村局2023年部门预算公开"): the issuing
/// unit it names before the year, and the year. Asked of every one-cell row: its last
/// character first.
pub fn budget_document_title(text: &str) -> Option<(Option<String>, Option<i32>)> {
    let t = text.trim_ws();
    if t.len() > 180 || !t.ends_with(['算', '开', '明']) {
        return None;
    }
    let name = ["部门预算", "单位预算"].iter().find_map(|s| {
        let rest = t.strip_suffix("公开").or_else(|| t.strip_suffix("说明")).unwrap_or(t);
        rest.strip_suffix(s)
    })?;
    // A sentence ("…单位预算。"), a numbered section or a part heading is no name.
    if name.contains(['，', '。', '：', ':', ' ', '\u{3000}']) || is_numbered(name) || name.starts_with('第') {
        return None;
    }
    let year = YEAR_TITLE.find(name);
    let unit = year.map_or(name, |m| &name[..m.start()]).trim_ws();
    let unit = (unit.chars().count() >= 2).then(|| unit.to_string());
    Some((unit, year.and_then(|m| digits_year(m.as_str().trim_end_matches(|c: char| !c.is_ascii_digit())))))
}

/// "_第1页" after a document's name: a page caption of a document-sharing site (页
/// may stay Traditional in key form).
static CAPTION: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[_＿\-—]?\s*第\s*\d+\s*[页頁]$").unwrap());

/// "三、…", "（二）…", "2.…": section numbering, which a document title never has
/// ("2023年…" is a year).
pub(super) fn is_numbered(t: &str) -> bool {
    if t.starts_with(['（', '(']) {
        return true;
    }
    let head = t.trim_start_matches(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c));
    head.len() < t.len() && head.starts_with(['、', '.', '．'])
}

/// A line that only numbers an annex of a notice ("附件2", "附件 3：", "附件二"), a
/// web page's empty attachment list ("附件:"), or a table of a budget document
/// ("表13", "附表2", "表13-1" over the table's title).
pub fn is_annex_number(text: &str) -> bool {
    let t = text.trim_ws();
    if !t.starts_with(['附', '表']) {
        return false;
    }
    let (rest, min) = if let Some(r) = t.strip_prefix("附件") {
        (r, 0)
    } else if let Some(r) = t.strip_prefix("附表").or_else(|| t.strip_prefix('表')) {
        (r, 1)
    } else {
        return false;
    };
    let rest = rest.trim_ws().trim_end_matches([':', '：']).trim_end();
    // "表13-1": the first of table 13's parts.
    let part = |c: char| min > 0 && matches!(c, '-' | '－' | '—');
    (min..=5).contains(&rest.chars().count()) && rest.chars().all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c) || part(c))
}

/// A heading of a budget document's parts ("第四部分 名词解释", "第三章 …"): the
/// document goes on with other matter, so a table above it has ended.
pub fn is_part_heading(text: &str) -> bool {
    let Some(rest) = text.trim_ws().strip_prefix('第') else { return false };
    let numeral = rest.chars().take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(*c)).count();
    let rest = &rest[rest.char_indices().nth(numeral).map_or(rest.len(), |(i, _)| i)..];
    numeral > 0 && (rest.starts_with("部分") || rest.starts_with('章'))
}

/// The page furniture of a government website a table was copied from: "发布时间:
/// 2022年09月12日 作者: 来源: 浏览次数:". Website metadata, not the filing's: the row
/// is set aside whole. Every filled cell must open with one of these labels and its
/// colon, so a row of text that merely starts with 来源 or 作者 is not taken.
pub fn is_page_furniture(row: &Row) -> bool {
    let mut cells = row.non_empty();
    let Some(first) = cells.next() else { return false };
    if is_page_label(&first.text) {
        // "|" left over from a flattened HTML table is no cell of its own here.
        return cells
            .all(|c| is_page_label(&c.text) || is_clock_time(&c.text) || c.text.trim_ws().chars().all(|ch| matches!(ch, '|' | '｜')));
    }
    // Most rows open with no character the checks below take (`furniture_gate`).
    if !super::furniture_gate::may_open(first) {
        return super::web_furniture::is_footer_marked(row) || super::web_furniture::is_site_line(row, is_page_label, is_clock_time);
    }
    super::web_furniture::is_time_line(row, is_page_label, is_clock_time)
        || super::web_furniture::is_site_controls(row)
        || super::web_furniture::is_doc_site_chrome(row)
        || super::web_furniture::is_site_chrome(row)
        || super::web_furniture::is_site_line(row, is_page_label, is_clock_time)
        || is_catalogue_row(first, row)
        // A page number between the parts of a whole document, outside any table
        // ("- 21 -", "第2页 共5页", "Page 2 of 5"): asked of rows that open like one.
        || (first.key().starts_with(super::segment::PAGE_NUMBER_FIRST) || first.key().starts_with(['P', 'p'])) && super::segment::is_page_break_row(row, false)
}

/// The 政府信息公开 catalogue box over a page of a government website: "索 引 号
/// 733569413/2021-00944 发布日期 2021-01-05", "发布机构 区教育局 有 效 性 有效", "标 题
/// 绩效目标表 文 号" — labels (often letter-spaced) and values with no colon. A row is
/// one when it opens with such a label and holds another: one label alone could open
/// a line of the filing ("标题…"), two of the catalogue's in one row do not.
fn is_catalogue_row(first: &Cell, row: &Row) -> bool {
    // Asked of every row outside the matrix: the first cell must begin a label or
    // begin with one (letter-spaced, "索" / "引" / "号", it holds a piece of it).
    // The first character first: it rules out most rows without a string compare.
    let head = first.key();
    if !head.chars().next().is_some_and(|c| CATALOGUE_FIRST.contains(&c))
        || !CATALOGUE_LABELS.iter().any(|l| l.starts_with(head) || head.starts_with(l))
    {
        return false;
    }
    let key: String = row.non_empty().map(|c| c.key()).collect();
    CATALOGUE_LABELS.iter().any(|l| key.starts_with(l)) && CATALOGUE_LABELS.iter().filter(|l| key.contains(*l)).count() >= 2
}

/// The first characters of the catalogue labels, for the gate on every row.
pub(super) static CATALOGUE_FIRST: LazyLock<Vec<char>> = LazyLock::new(|| {
    let mut v: Vec<char> = CATALOGUE_LABELS.iter().filter_map(|l| l.chars().next()).collect();
    v.sort_unstable();
    v.dedup();
    v
});

const CATALOGUE_LABELS: [&str; 16] = [
    "索引号",
    "发布机构",
    "发布日期",
    "成文日期",
    "生成日期",
    "有效性",
    "文号",
    "发文字号",
    "标题",
    "主题分类",
    "公开方式",
    "公开范围",
    "发文机关",
    "主题词",
    "体裁分类",
    "组配分类",
];

/// "15:40", "15:38:36": the time of a publication date that space-separated text cut
/// into a cell of its own.
fn is_clock_time(text: &str) -> bool {
    let mut parts = text.trim_ws().split(':');
    let ok = |p: Option<&str>, max: u32, len: std::ops::RangeInclusive<usize>| {
        p.is_some_and(|p| len.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()) && p.parse::<u32>().is_ok_and(|n| n <= max))
    };
    ok(parts.next(), 23, 1..=2)
        && ok(parts.next(), 59, 2..=2)
        && parts.next().is_none_or(|s| ok(Some(s), 59, 2..=2))
        && parts.next().is_none()
}

/// Rows set aside before the tables are looked for: running heads, and the value lines
/// of a page's publication block copied one cell per line ("來源:" then "區發改局",
/// "發布時間:" then "2023-04-26 10:57"), whose label rows are furniture themselves.
pub fn set_aside_rows(rows: &[Row], fractions: bool) -> Vec<usize> {
    let mut out = running_heads(rows, fractions);
    let before = out.len();
    for (i, pair) in rows.windows(2).enumerate() {
        // Asked of every row: a last cell ending in a colon first (one byte compare).
        let label_ends = pair[0].cells.iter().rev().find(|c| !c.is_empty()).is_some_and(|c| c.text.trim_end().ends_with([':', '：']));
        if label_ends && is_page_furniture(&pair[0]) && is_furniture_value(&pair[1]) {
            out.push(i + 1);
        }
    }
    if out.len() > before {
        out.sort_unstable();
        out.dedup();
    }
    out
}

/// The value line under a page label (see [`set_aside_rows`]): short (a unit's name,
/// a date and its time, a count), no field name and no title.
fn is_furniture_value(row: &Row) -> bool {
    let mut n = (0, 0);
    for c in row.non_empty() {
        if super::keys::key_kind(c).is_some() {
            return false;
        }
        n = (n.0 + 1, n.1 + c.text.trim_ws().chars().count());
    }
    (1..=2).contains(&n.0) && n.1 <= 24 && super::segment::title_of(row).is_none()
}

/// Running heads and feet: a line printed on every page next to its page number (the
/// unit's name, the document's title), which PDF text keeps between the rows of the
/// tables. A one-cell row is one when its text stands next to a page number at least
/// twice, or once and again as the document's first line; only those places are
/// taken, so the same text as a field's value elsewhere stays. Returns row indices.
pub fn running_heads(rows: &[Row], fractions: bool) -> Vec<usize> {
    // Each row asked once: the loops below ask about rows near a marker many times.
    let is_marker: Vec<bool> = rows.iter().map(|r| super::segment::is_page_break_row(r, fractions)).collect();
    let marker = |i: usize| is_marker.get(i).copied().unwrap_or(false);
    let markers: Vec<usize> = (0..rows.len()).filter(|&i| marker(i)).collect();
    if markers.is_empty() {
        return Vec::new();
    }
    let candidate = |i: usize| -> Option<&str> {
        let row = rows.get(i)?;
        let c = row.single()?;
        let t = c.text.trim_ws();
        let plain = t.chars().count() <= 40
            && super::segment::title_of(row).is_none()
            && super::keys::key_kind(c).is_none()
            && crate::extract::taxonomy::classify_cell(c).is_none()
            // (A value that happens to stand by a page number twice is not a head.)
            && !super::stream::strong_value(t);
        (plain && !marker(i)).then_some(t)
    };
    // Rows next to a page number, over the other page numbers of the same break.
    let mut near: Vec<usize> = Vec::new();
    for &m in &markers {
        let mut lo = m;
        while lo > 0 && marker(lo - 1) {
            lo -= 1;
        }
        let mut hi = m;
        while marker(hi + 1) {
            hi += 1;
        }
        near.extend(lo.checked_sub(1));
        near.push(hi + 1);
    }
    near.sort_unstable();
    near.dedup();
    let first = rows.iter().position(|r| r.non_empty().next().is_some());
    // The candidate text of each place, worked out once, then counted.
    let places: Vec<(usize, &str)> = near.iter().copied().chain(first).filter_map(|i| candidate(i).map(|t| (i, t))).collect();
    let count = |t: &str| places.iter().filter(|p| p.1 == t).count();
    let mut out: Vec<usize> = places.iter().filter(|p| count(p.1) >= 2).map(|p| p.0).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// A year stated as the table's 年度 in a row of text.
pub fn explicit_year(text: &str) -> Option<i32> {
    // Each pattern needs a 年 and either a bracket or a leading digit: asked of every
    // one-cell row, most of which have neither.
    if !crate::chars::has(text, "年") || !(text.contains(['(', '（']) || text.trim_start().starts_with(|c: char| c.is_ascii_digit())) {
        return None;
    }
    if let Some(c) = YEAR_PAREN.captures(text) {
        return digits_year(&c[1]);
    }
    if let Some(c) = YEAR_PAREN_BEFORE.captures(text) {
        return digits_year(&c[1]);
    }
    YEAR_LINE.captures(text).and_then(|c| digits_year(&c[1]))
}

/// The year in a document title, unless it names a span of years.
pub fn title_year(title: &str) -> Option<i32> {
    if YEAR_RANGE.is_match(title) {
        return None;
    }
    YEAR_TITLE.captures(title).and_then(|c| digits_year(&c[1]))
}

/// Years mentioned in target values ("2024年12月") and project codes — evidence of the
/// budget year when the table does not state it.
pub fn evidence_years<'a>(values: impl Iterator<Item = &'a str>, codes: impl Iterator<Item = &'a str>) -> Vec<i32> {
    let mut out: Vec<i32> = values.flat_map(|v| YEAR_ANY.captures_iter(v).filter_map(|c| digits_year(&c[1])).collect::<Vec<_>>()).collect();
    out.extend(codes.filter_map(|c| CODE_YEAR.captures(c).and_then(|m| digits_year(&format!("20{}", &m[1])))));
    out
}

pub fn any_years(text: &str) -> Vec<i32> {
    YEAR_ANY.captures_iter(text).filter_map(|c| digits_year(&c[1])).collect()
}

/// The 部门整体绩效目标 section of the preamble, one printed line per `\n`, the part
/// title itself left out. Returns the text and the rows it used.
pub fn department_goals(rows: &[Row]) -> Option<(String, Vec<usize>)> {
    let start = rows.iter().position(|r| {
        let t: String = r.non_empty().map(|c| c.text.as_str()).collect();
        if t.len() > 120 {
            return false;
        }
        let k = label_key(&clean_title(&t));
        k == "部门整体绩效目标" || k == "部门整体支出绩效目标"
    })?;
    let mut lines = Vec::new();
    let mut used = vec![start];
    for (i, row) in rows.iter().enumerate().skip(start + 1) {
        let text = row.non_empty().map(|c| clean_title(&c.text)).collect::<Vec<_>>().join("\t");
        if PART.is_match(text.trim_ws()) {
            break;
        }
        used.push(i);
        if !text.trim_ws().is_empty() {
            lines.push(text.trim_ws().to_string());
        }
    }
    (!lines.is_empty()).then(|| (lines.join("\n"), used))
}

/// "department" for 部门整体支出绩效目标表, "regional" for 区域绩效目标表, else "project".
pub fn filing_kind(titles: &[String]) -> &'static str {
    let joined: String = titles.iter().map(|t| label_key(t)).collect();
    // "部门（单位）整体支出…" (88号 附件2 as provinces print it): the bracketed
    // qualifier sits inside the words.
    if joined.contains("区域绩效目标") {
        "regional"
    } else if joined.contains("部门整体")
        || joined.contains("部门(单位)整体")
        || joined.contains("单位整体支出")
        // 湖南: "某中心2023年度整体绩效目标表", the unit's name before the year. A
        // transfer payment's 整体绩效目标 (163号) names its 专项 or 转移支付.
        || joined.contains("整体绩效目标表") && !joined.contains("转移支付") && !joined.contains("专项")
    {
        "department"
    } else {
        "project"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years() {
        assert_eq!(explicit_year("(2,023年度)"), Some(2023));
        assert_eq!(explicit_year("（2023 年度）"), Some(2023));
        assert_eq!(explicit_year("(2020)年度"), Some(2020));
        assert_eq!(explicit_year("2019年度)"), Some(2019));
        assert_eq!(explicit_year("(2021年)"), Some(2021));
        assert_eq!(explicit_year("中期目标（2022年—2024年）"), None);
        assert_eq!(title_year("表十四、2023年项目支出绩效目标表"), Some(2023));
        assert_eq!(title_year("1.2022-2024年滨海新区补充医疗保险费绩效目标表"), None);
        assert_eq!(evidence_years(["2024年12月"].into_iter(), ["13022524P00CGB110004W"].into_iter()), vec![2024, 2024]);
    }

    #[test]
    fn budget_document_titles() {
        let unit = budget_document_title;
        assert_eq!(unit("某某县农业农村局2023年部门预算公开"), Some((Some("某某县农业农村局".into()), Some(2023))));
        assert_eq!(unit("某某市教育局部门预算"), Some((Some("某某市教育局".into()), None)));
        assert_eq!(unit("2024年部门预算"), Some((None, Some(2024))));
        for not in ["第三部分 2023年部门预算情况说明", "二、2023年部门预算", "本部门预算包括局机关和2个二级单位。", "2023年项目支出预算"]
        {
            assert_eq!(unit(not), None, "{not}");
        }
    }

    #[test]
    fn notice_titles() {
        assert_eq!(notice_title("2023年某镇人民政府项目支出绩效目标公示"), Some("2023年某镇人民政府项目支出绩效目标公示"));
        assert!(notice_title("关于下马关镇设施农业种植项目绩效目标设定的公示").is_some());
        assert_eq!(notice_title("2019年預(yù)算項(xiàng)目績(jī)效目標(biāo)_第1頁"), Some("2019年預(yù)算項(xiàng)目績(jī)效目標(biāo)"));
        for not in [
            "三、绩效目标说明",
            "（二）绩效目标情况说明",
            "绩效目标：完成道路建设，并进行公示",
            "2023年项目支出绩效目标表",
            "年度绩效目标",
            "项目绩效目标_第2页",
        ] {
            assert_eq!(notice_title(not), None, "{not}");
        }
    }

    #[test]
    fn department_titles_with_a_bracketed_qualifier() {
        assert_eq!(filing_kind(&["部门（单位）整体支出绩效目标申报表".into()]), "department");
        assert_eq!(filing_kind(&["单位整体支出绩效目标表".into()]), "department");
        assert_eq!(filing_kind(&["2024年项目支出绩效目标表".into()]), "project");
    }
}
