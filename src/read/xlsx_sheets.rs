//! Hidden sheets that hold a target table. A workbook hides many sheets (lookup
//! lists, 基本支出 helpers, last year's copy), and those stay unsaid; a hidden sheet
//! with a target table of its own (a third project, a template filled in) is left out
//! as the workbook prints, but said (S010), as hidden rows and columns are.
//! Visible sheets are read one at a time (`isolated`): one that cannot be read is
//! left out and said (S008), and the others are read.

use super::xlsx::{is_target_header, Sheet, SAID_MARK, UNREAD_MARK};
use super::xlsx_hidden::note;
use super::{malformed, Format};
use crate::error::{Error, Result};

/// The column of a hidden sheet's note: the one cell of its part, beyond the note
/// cells of hidden rows and columns (`xlsx_hidden::NOTE_COL` and after), so that a
/// visible sheet whose every row is hidden is not taken for one.
const SHEET_NOTE_COL: u32 = u32::MAX;

/// Cells of the hidden sheet quoted in its note (the note shortens them further).
const QUOTED: usize = 8;

/// What is read of one hidden sheet, its texts in reading order.
#[derive(Default)]
pub(super) struct HiddenSheet {
    quoted: Vec<String>,
    targets: bool,
}

impl HiddenSheet {
    /// The next text of the sheet; false once enough is known to stop reading (it
    /// holds a target table, and the texts to quote are in).
    pub fn take(&mut self, text: &str) -> bool {
        if text.is_empty() {
            return true;
        }
        if self.quoted.len() < QUOTED {
            self.quoted.push(text.to_string());
        }
        self.targets = self.targets || is_target_header(text);
        !(self.targets && self.quoted.len() >= QUOTED)
    }

    /// A part standing for hidden sheet `name`, holding only its note, if it holds a
    /// target table.
    pub fn note(self, name: &str) -> Option<(String, Sheet)> {
        if !self.targets {
            return None;
        }
        let message = format!("隐藏的工作表未读 / a hidden sheet '{name}' holding a target table was left out");
        let text = note(&message, "as the workbook prints", name, &self.quoted);
        Some((name.to_string(), Sheet::from([(0, [(SHEET_NOTE_COL, text)].into())])))
    }
}

/// A part made by [`HiddenSheet::note`] or [`isolated`]: no table, no caption, only
/// its note.
pub(super) fn is_hidden_sheet(sheet: &Sheet) -> bool {
    sheet.first_key_value().is_some_and(|(_, row)| row.contains_key(&SHEET_NOTE_COL))
}

/// What reading one visible sheet on its own came to: its cells, a part holding only
/// a note that it could not be read (S008), or an error for the whole workbook.
pub(super) enum SheetRead<T> {
    Read(T),
    Failed { part: (String, Sheet), error: Error },
}

/// One visible sheet read apart from the others (`read` is run inside `contained`):
/// calamine failing on a broken helper sheet (a part missing from the package, cut
/// short, a string index past the table) must not take the workbook's target sheet
/// down with it. The failure stays said, as a note where the sheet stood; a cap on
/// the cells stays an error of the whole workbook, as it was.
pub(super) fn isolated<T>(read: std::thread::Result<Result<T>>, name: &str, format: Format) -> Result<SheetRead<T>> {
    let error = match read {
        Ok(Ok(sheet)) => return Ok(SheetRead::Read(sheet)),
        Ok(Err(e @ (Error::Limit { .. } | Error::ZipBomb { .. }))) => return Err(e),
        Ok(Err(e)) => e,
        Err(_) => malformed(format, format!("the workbook reader failed on sheet '{name}'")),
    };
    let detail = match &error {
        Error::Malformed { detail, .. } => detail.clone(),
        other => other.to_string(),
    };
    let text = format!(
        "{UNREAD_MARK}{SAID_MARK}工作表无法读取，已略过 / a sheet the workbook reader could not read was left out \
         (the other sheets were read){SAID_MARK}{name}: {detail}"
    );
    let part = (name.to_string(), Sheet::from([(0, [(SHEET_NOTE_COL, text)].into())]));
    Ok(SheetRead::Failed { part, error })
}
