//! Cut a document's rows into project regions. A region starts at a table title
//! ("1.医保鉴定评审费绩效目标表", "项目支出绩效目标表") or at a 项目名称 that follows a
//! project already named; whatever lies before the first region is the preamble.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use crate::chars::TrimWs;
use crate::extract::taxonomy;
use crate::read::Row;

use super::header::parse_header;

static BOOKMARK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\[bookmark:[^\]]*\]").unwrap());
static NUMBERED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d{1,3}\s*[.．、]\s*\S").unwrap());
static TITLE: LazyLock<Regex> = LazyLock::new(|| {
    // 绩效自评表: the 决算's self-evaluation of a project, the same form with what was
    // achieved beside each target. 广西 publishes "预算项目绩效目标公开表"; 天津 names the
    // kind of project after the form ("…绩效目标表(打捆项目)"); 绩效目标批复表 is the
    // finance bureau's approved copy of the same form (宁夏, 东莞).
    Regex::new(r"(绩效目标表|绩效目标申报表|目标申报表|绩效目标审批表|绩效目标批复表|绩效目标设定表|绩效目标公开表|绩效目标申报表\(.*\)|绩效目标表\(.*\)|绩效自评表|绩效自评表\(.*\))$").unwrap()
});

/// Remove extraction artefacts such as "[bookmark: _Toc_…]" from a title.
pub fn clean_title(text: &str) -> String {
    // The regex only where its literal is (a search per title row otherwise).
    if !crate::chars::has(text, "[bookmark:") {
        return text.trim_ws().to_string();
    }
    BOOKMARK.replace_all(text, "").trim_ws().to_string()
}

/// What a title row is.
#[derive(Debug, Clone, PartialEq)]
pub struct Title {
    pub text: String,
    /// A numbered per-project heading ("1.医保鉴定评审费绩效目标表").
    pub numbered: bool,
}

/// A row is a title when it is one short cell ending like a table title.
pub fn title_of(row: &Row) -> Option<Title> {
    let mut cells = row.non_empty();
    let (Some(cell), None) = (cells.next(), cells.next()) else { return None };
    let raw = cell.text.trim_end();
    // Every title pattern holds a 标 (標) or 评 (評), which cleaning and squeezing never add.
    let marked = |t: &str| ["标", "標", "评", "評"].iter().any(|m| crate::chars::has(t, m));
    if !(raw.ends_with('表') || raw.ends_with(')') || raw.ends_with('）')) || raw.len() > 600 || !marked(raw) {
        return None;
    }
    let text = clean_title(raw);
    let squeezed: String = text.split_whitespace().collect();
    // A title in Traditional characters (項目支出績效目標表, Hong Kong- or Taiwan-style
    // documents and document-sharing sites) is matched in Simplified.
    let squeezed = if crate::chars::has(&squeezed, "標") || crate::chars::has(&squeezed, "評") {
        crate::extract::normalize::to_simplified(&squeezed)
    } else {
        squeezed
    };
    // A mirror that glosses its Traditional characters in pinyin ("目標(biāo)表") is
    // matched without the glosses; the title is kept as printed.
    let squeezed =
        if crate::chars::has(&squeezed, ")表") { crate::extract::normalize::strip_pinyin(&squeezed).into_owned() } else { squeezed };
    // Full-width brackets are dropped before the match; most titles have none, and
    // `replace` with a set of chars walks and copies the text even then.
    let bare = if crate::chars::has(&squeezed, "（") || crate::chars::has(&squeezed, "）") {
        Cow::Owned(squeezed.replace(['（', '）'], ""))
    } else {
        Cow::Borrowed(squeezed.as_str())
    };
    if squeezed.chars().count() > 120 || !TITLE.is_match(&bare) {
        return None;
    }
    Some(Title { numbered: NUMBERED.is_match(&text), text })
}

/// The first characters of a page number printed in words or between dashes ("第 2 页",
/// "共5页", "- 3 -", "—3—"), the cheap gate before a row is read as one.
pub const PAGE_NUMBER_FIRST: [char; 7] = ['第', '共', '-', '—', '－', '–', '─'];

/// A row that only marks a page break inside a table: a page number, which space-
/// separated text cuts into cells ("第 2 页 共 5 页"), or "续表" (table continued).
pub fn is_page_break_row(row: &Row, fractions: bool) -> bool {
    let mut cells = row.non_empty();
    let Some(first) = cells.next() else { return false };
    let Some(second) = cells.next() else {
        return matches!(first.key(), "续表" | "(续表)" | "续上表" | "(续上表)") || is_page_marker(&first.text, fractions);
    };
    // Asked of every row: only one opening like a page number is joined to be asked.
    if !first.key().starts_with(PAGE_NUMBER_FIRST) {
        return false;
    }
    let mut text = format!("{} {}", first.text, second.text);
    for c in cells.take(5) {
        text.push(' ');
        text.push_str(&c.text);
    }
    is_page_marker(&text, fractions)
}

/// A page number printed in the running footer and left among the table rows by the
/// text extraction: "第 2 页 共 5 页", "共5页 第2页", "- 3 -", "—3—", "Page 2 of 5", and
/// with `fractions` also "2/5" (not in a one-cell-per-line stream, where "2/5" may
/// be a value of its own).
pub fn is_page_marker(text: &str, fractions: bool) -> bool {
    let t = text.trim_ws();
    // Every marker below opens with a digit, 第/共, a dash or p/P (the squeezed text
    // opens as `t` does, trim_ws trimming what is_whitespace drops): one character
    // before any scan, most single cells stop here.
    if !t.chars().next().is_some_and(|c| c.is_ascii_digit() || PAGE_NUMBER_FIRST.contains(&c) || matches!(c, 'p' | 'P')) {
        return false;
    }
    // The cheap gate: short, with a digit.
    if t.len() > 48 || !t.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    // Every marker has 页, "page", a dash or a slash: values ("95%") stop here.
    if !(t.contains(['页', '-', '—', '－', '–', '─', '/']) || t.starts_with(['p', 'P'])) {
        return false;
    }
    let squeezed: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if squeezed.contains('页') {
        let rest: String = squeezed.chars().filter(|c| !c.is_ascii_digit()).collect();
        return rest.starts_with(['第', '共'])
            && rest.chars().all(|c| matches!(c, '第' | '页' | '共' | '/' | ',' | '，' | '、' | '(' | ')' | '（' | '）'));
    }
    let lower = squeezed.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("page") {
        return match rest.split_once("of") {
            Some((a, b)) => digits(a) && digits(b),
            None => digits(rest),
        };
    }
    const DASHES: &[char] = &['-', '—', '－', '–', '─'];
    if squeezed.starts_with(DASHES) && squeezed.ends_with(DASHES) {
        return digits(squeezed.trim_matches(DASHES));
    }
    if fractions {
        if let Some((a, b)) = squeezed.split_once('/') {
            return digits(a) && digits(b) && a.len() <= 4 && a.parse::<u32>().ok() <= b.parse::<u32>().ok() && a != "0";
        }
    }
    false
}

#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    /// Row indices [start, end).
    pub start: usize,
    pub end: usize,
}

/// Split rows into the preamble (rows before the first region) and project regions.
pub fn regions(rows: &[Row]) -> (usize, Vec<Region>) {
    regions_in_parts(rows, &[])
}

/// [`regions`], where `parts` are the first lines of the file's parts (a workbook's
/// sheets, `Grid::captions`): a sheet that holds a matrix of its own opens a new
/// table after one that held a matrix, though neither prints a title or a 项目名称
/// (one project per sheet, named on its tab). A sheet with no matrix (the project's
/// fields on one sheet, its indicators on the next) stays with its neighbour.
pub fn regions_in_parts(rows: &[Row], parts: &[usize]) -> (usize, Vec<Region>) {
    let mut starts: Vec<usize> = Vec::new();
    let mut has_name = false;
    let mut has_body = false;
    let mut last_title_run = false;
    let mut next_part = parts.iter().position(|&l| l > rows.first().map_or(0, |r| r.line)).unwrap_or(parts.len());
    for (i, row) in rows.iter().enumerate() {
        if next_part < parts.len() && row.line >= parts[next_part] {
            next_part = parts.iter().position(|&l| l > row.line).unwrap_or(parts.len());
            if let Some(&open) = starts.last().filter(|_| has_body || has_name) {
                let end = parts.get(next_part).map_or(rows.len(), |&l| rows.partition_point(|r| r.line < l));
                let find = super::header::find_header;
                if find(&rows[open..i]).is_some() && find(&rows[i..end]).is_some() {
                    starts.push(i);
                    has_name = false;
                    has_body = false;
                }
            }
        }
        if title_of(row).is_some() {
            // Consecutive titles ("表十四…", "项目支出绩效目标申报表") open one region.
            if starts.is_empty() || (has_body || has_name) && !last_title_run {
                starts.push(i);
                has_name = false;
                has_body = false;
            }
            last_title_run = true;
            continue;
        }
        // A title row is never read as a name: asked only here, after the title test.
        let is_name = row.non_empty().next().is_some_and(super::name_gate::is_name_key)
            && !in_header(rows, i)
            && !super::budget_list::opens_list(rows, i);
        if is_name {
            if starts.is_empty() || has_name {
                starts.push(i);
                has_body = false;
            }
            has_name = true;
        } else if (starts.is_empty() || !(has_body || has_name)) && parse_header(row).is_some() {
            // (Once a region has a body or a name, a header row changes nothing here:
            // the header test, the costliest of this loop, is skipped then.)
            // A table with neither title nor 项目名称 (a whole-department table) starts at
            // the top: its labelled fields come before the header.
            if starts.is_empty() {
                starts.push(0);
            }
            has_body = true;
        } else if has_name {
            has_body = true;
        } else if !has_body && !starts.is_empty() && row.single().is_some_and(|c| c.short && taxonomy::classify_cell(c).is_some()) {
            // A table printed one cell per line has no header row to find, and a
            // 部门整体 table no 项目名称: its level labels ("产出指标") say it has a
            // body, so the next title opens the next table's region.
            has_body = true;
        }
        last_title_run = false;
    }
    // A table with neither title nor 项目名称 printed one cell per line (`pdftotext`)
    // has no header row either: its column names stand one per line. Asked once, of a
    // document where nothing above opened a table.
    if starts.is_empty() && super::header::find_header(rows).is_none() {
        return (rows.len(), Vec::new());
    }
    if starts.is_empty() {
        starts.push(0);
    }
    let preamble = starts[0];
    let regions =
        starts.iter().enumerate().map(|(k, &s)| Region { start: s, end: starts.get(k + 1).copied().unwrap_or(rows.len()) }).collect();
    (preamble, regions)
}

/// A bare 项目名称 line that is a column name of a matrix header printed one cell per
/// line (a multi-project sheet's 单位名称 / 项目名称 / … / 一级指标), not a field: asked
/// only of such a line, the header searched for in the few lines around it.
fn in_header(rows: &[Row], i: usize) -> bool {
    let bare = rows[i].single().is_some_and(|c| c.short && super::header::row_owner_role(c.key()).is_some());
    // In such a header the line before or after is a column name too; after a 项目名称
    // field comes its value. Asked first: the search below reads some 27 lines.
    let column_name = |k: usize| rows.get(k).and_then(Row::single).is_some_and(super::header::names_column);
    let from = i.saturating_sub(3);
    bare && (column_name(i + 1) || i > 0 && column_name(i - 1))
        && super::header::find_header(&rows[from..rows.len().min(i + 24)]).is_some_and(|(s, e, _)| s + from <= i && i < e + from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::text::split_cells;

    #[test]
    fn titles() {
        let g = split_cells("[bookmark: _Toc_4]1.医保鉴定评审费绩效目标表\n项目名称\tA\n");
        let t = title_of(&g.rows[0]).unwrap();
        assert_eq!(t, Title { text: "1.医保鉴定评审费绩效目标表".into(), numbered: true });
        assert!(title_of(&g.rows[1]).is_none());
    }

    #[test]
    fn page_markers() {
        for t in ["第 2 页 共 5 页", "共5页 第2页", "第2页/共5页", "- 3 -", "—12—", "Page 2 of 5", "2/5"] {
            assert!(is_page_marker(t, true), "{t}");
        }
        for t in ["≥2页", "2/5", "100%", "第2次", "5/2", "-3", "印制3页", "2023-12"] {
            assert!(!is_page_marker(t, t != "2/5"), "{t}");
        }
    }

    #[test]
    fn each_title_or_new_name_opens_a_region() {
        let text = "前言\n项目支出绩效目标表\n(2023年度)\n项目名称\tA\n一级指标\t二级指标\t三级指标\t指标值\n\
                    项目支出绩效目标表\n项目名称\tB\n项目名称\tC\n";
        let g = split_cells(text);
        let (pre, rs) = regions(&g.rows);
        assert_eq!(pre, 1);
        assert_eq!(rs.iter().map(|r| (r.start, r.end)).collect::<Vec<_>>(), vec![(1, 5), (5, 7), (7, 8)]);
    }
}
