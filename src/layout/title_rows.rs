//! Rows that name the document rather than hold a field: titles, year lines, a
//! notice's or a budget document's name, an annex number. Split from `mod.rs`.

use crate::chars::TrimWs;
use crate::read::Row;

use super::{document, segment, Layout};

impl Layout {
    /// Title and year rows: consumed wherever they are. Returns None for other rows.
    /// `whole_rows`: the row is a whole printed line, not one cell of a stream (where
    /// a bare "2021年" may be the value of the key before it). Such a year counts in
    /// the row's first cell only: elsewhere it is a value in its column.
    pub(super) fn title_or_year(&mut self, row: &Row, whole_rows: bool) -> Option<Option<segment::Title>> {
        if document::is_page_furniture(row) {
            self.mark_row(row);
            return Some(None);
        }
        if let Some(t) = segment::title_of(row) {
            if !t.numbered {
                let head = self.wrapped_title_head(row, &t.text);
                let text = head.as_deref().unwrap_or(&t.text);
                if self.title.is_none() {
                    self.title = Some(text.to_string());
                }
                if self.title_year.is_none() {
                    self.title_year = document::title_year(text);
                }
            }
            self.title_head.clear();
            self.titles.push(t.text.clone());
            self.mark_row(row);
            return Some(Some(t));
        }
        if let Some(text) = row.single().map(|c| c.text.as_str()) {
            // A list's or table's title printed without 表 ("某县2024年重点支出项目绩效
            // 目标"): the document's title when none came before.
            if self.title.is_none() {
                if let Some(year) = titled_without_form(row.cells[0].key(), text) {
                    self.title = Some(text.trim_ws().to_string());
                    self.title_year.get_or_insert(year);
                    self.mark_row(row);
                    return Some(None);
                }
            }
            if let Some(y) = document::explicit_year(text) {
                self.title_head.clear();
                self.explicit_year.get_or_insert(y);
                self.mark_row(row);
                return Some(None);
            }
            // "2021年" alone on a line: a page heading naming the budget year, read
            // where nothing else gives the year (see `pipeline::budget_year`).
            if let Some(y) = heading_year(text).filter(|_| whole_rows && !row.cells[0].is_empty()) {
                self.heading_year.get_or_insert(y);
                self.mark_row(row);
                return Some(None);
            }
            // A notice publishing targets in prose names the document as a title does.
            if let Some(title) = document::notice_title(text) {
                if self.title.is_none() {
                    self.title = Some(title.to_string());
                }
                if self.title_year.is_none() {
                    self.title_year = document::title_year(title);
                }
                self.mark_row(row);
                return Some(None);
            }
            // A whole budget document's name: its unit and year; the title only where no
            // table prints one (the records' title is the target table's).
            if let Some((agency, year)) = document::budget_document_title(text) {
                self.document_agency = self.document_agency.take().or(agency);
                self.title_year = self.title_year.or(year);
                self.document_name.get_or_insert_with(|| text.trim().to_string());
                self.mark_row(row);
                return Some(None);
            }
            // "附件2" over a table: which annex of a notice the table is, nothing of it.
            if document::is_annex_number(text) {
                self.mark_row(row);
                return Some(None);
            }
        }
        self.note_title_head(row);
        None
    }

    /// A line left unread just above where a title may begin: kept (a few at most)
    /// while they run on line after line, so that a title wrapped over lines is read
    /// whole. Only short lines of one cell with no sentence punctuation or field name.
    fn note_title_head(&mut self, row: &Row) {
        // Only before the first title: after it no title is begun.
        if !self.titles.is_empty() {
            return;
        }
        let fits = row.single().filter(|c| {
            let t = c.text.trim_ws();
            t.len() <= 40 * 3 && !t.contains(['。', '，', '；', '：', ':', ',', ';', '|']) && super::keys::key_of_cell(c).is_none()
        });
        let follows = self.title_head.last().is_none_or(|h| h.0 + 1 == row.line);
        match fits {
            Some(c) if follows && self.title_head.len() < 3 => self.title_head.push((row.line, c.id, c.text.trim_ws().to_string())),
            Some(c) => {
                self.title_head.clear();
                self.title_head.push((row.line, c.id, c.text.trim_ws().to_string()));
            }
            None => self.title_head.clear(),
        }
    }

    /// The whole title when the lines just above the title line `row` begin it: only
    /// where they give the year the title line lacks ("某省某专项(某某" / "工程)2022年" /
    /// "中央预算内投资计划绩效目标表"), so that a heading of other words is left alone.
    /// Those lines are then the title's, not cells left unplaced.
    fn wrapped_title_head(&mut self, row: &Row, title: &str) -> Option<String> {
        if self.title_head.is_empty() || self.title_head.last()?.0 + 1 != row.line || document::title_year(title).is_some() {
            return None;
        }
        let mut whole: String = self.title_head.iter().map(|h| h.2.as_str()).collect();
        whole.push_str(title);
        document::title_year(&whole)?;
        let ids: Vec<usize> = self.title_head.iter().map(|h| h.1).collect();
        self.mark(ids);
        Some(whole)
    }
}

/// "2021年" or "2021年度" alone: a heading naming the year, nothing else on its line.
/// Asked of every one-cell row: the first byte (a digit) and the length gate first.
pub(super) fn heading_year(text: &str) -> Option<i32> {
    let t = text.trim_ws();
    if !t.starts_with(|c: char| c.is_ascii_digit()) || t.len() > 16 {
        return None;
    }
    let digits = t.strip_suffix("年度").or_else(|| t.strip_suffix('年'))?.trim_ws();
    let y: i32 = (digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit())).then(|| digits.parse().ok()).flatten()?;
    (1990..=2100).contains(&y).then_some(y)
}

/// The year of a title that names a year and what it lists but no form (no 表): one
/// short line ending in 绩效目标 or 绩效指标, naming 项目 or 支出, no field name.
fn titled_without_form(key: &str, text: &str) -> Option<i32> {
    // The ending first: a byte compare per one-cell row.
    let t = text.trim_ws();
    if !(t.ends_with("绩效目标") || t.ends_with("绩效指标")) || t.chars().count() > 60 {
        return None;
    }
    if !(t.contains("项目") || t.contains("支出")) || super::keys::key_match(key).is_some() {
        return None;
    }
    document::title_year(t)
}

#[cfg(test)]
mod tests {
    use super::{heading_year, titled_without_form};

    #[test]
    fn titles_without_a_form_name() {
        assert_eq!(titled_without_form("", "某县2024年重点支出项目绩效目标"), Some(2024));
        assert_eq!(titled_without_form("", "2024年部门项目支出绩效指标"), Some(2024));
        // No year, or no 项目/支出: a field's name or a heading of prose.
        assert_eq!(titled_without_form("", "部门项目支出绩效目标"), None);
        assert_eq!(titled_without_form("", "2024年度绩效目标"), None);
    }

    #[test]
    fn heading_years() {
        assert_eq!(heading_year("2021年"), Some(2021));
        assert_eq!(heading_year(" 2021 年度 "), Some(2021));
        assert_eq!(heading_year("2021年12月"), None);
        assert_eq!(heading_year("12年"), None);
        assert_eq!(heading_year("3000年"), None);
    }
}
