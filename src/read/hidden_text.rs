//! Hidden text of word-processing files (DOCX `w:vanish` runs, .doc sprmCFVanish):
//! left out as the document prints, but said (rule S010), as a spreadsheet's hidden
//! rows are: a template's note is noise, a hidden indicator or amount is data the user
//! should be able to see was there. One note per paragraph or table cell that lost
//! text, gathered here while the reader walks it.

use super::Unread;
use crate::chars::TrimWs;

/// Characters of hidden text kept in a note's snippet.
const SNIPPET_CHARS: usize = 60;

const MESSAGE: &str = "隐藏的文字未读 / hidden text (a hidden font), left out as the document prints";

/// The hidden text of the paragraph or cell being read.
#[derive(Default)]
pub(super) struct HiddenText {
    text: String,
}

impl HiddenText {
    pub fn push_str(&mut self, s: &str) {
        self.text.push_str(s);
    }

    pub fn push(&mut self, c: char) {
        self.text.push(c);
    }

    /// Between paragraphs of one cell: the hidden parts of each stay apart.
    pub fn separate(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with(' ') {
            self.text.push(' ');
        }
    }

    /// The note for what was gathered, if it held more than spaces, at grid `line`
    /// (the row where the paragraph or cell stands, or the row after the text before
    /// it); gathering starts again.
    pub fn take(&mut self, line: usize) -> Option<Unread> {
        if self.text.is_empty() {
            return None;
        }
        let text = std::mem::take(&mut self.text);
        let text = text.trim_ws();
        if text.is_empty() {
            return None;
        }
        let n = text.chars().count();
        let mut snippet: String = text.chars().take(SNIPPET_CHARS).collect();
        if n > SNIPPET_CHARS {
            snippet.push_str(" …");
        }
        Some(Unread { line, message: format!("{MESSAGE} ({n} characters)"), snippet, hidden: true })
    }
}
