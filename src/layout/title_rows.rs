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
                if self.title.is_none() {
                    self.title = Some(t.text.clone());
                }
                if self.title_year.is_none() {
                    self.title_year = document::title_year(&t.text);
                }
            }
            self.titles.push(t.text.clone());
            self.mark_row(row);
            return Some(Some(t));
        }
        if let Some(text) = row.single().map(|c| c.text.as_str()) {
            if let Some(y) = document::explicit_year(text) {
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
        None
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

#[cfg(test)]
mod tests {
    use super::heading_year;

    #[test]
    fn heading_years() {
        assert_eq!(heading_year("2021年"), Some(2021));
        assert_eq!(heading_year(" 2021 年度 "), Some(2021));
        assert_eq!(heading_year("2021年12月"), None);
        assert_eq!(heading_year("12年"), None);
        assert_eq!(heading_year("3000年"), None);
    }
}
