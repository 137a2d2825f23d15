//! The notes printed under a form's matrix ("注: 1.“其他资金”是指… / 2.各单位可…"):
//! the template's footnotes, no field. Read as fields, their words were quoted as
//! unplaced cells (S005) or taken for a field's value; they are kept whole in the
//! project's `extra` under their label, as other labelled blocks are.

use crate::chars::TrimWs;
use crate::read::Row;

/// Labels that open a note block, each with its colon (a bare 注 opens prose too).
const OPENERS: &[(&str, &str)] = &[("注:", "注"), ("注：", "注"), ("说明:", "说明"), ("说明：", "说明"), ("填报说明", "填报说明")];

/// Where a note block begins among the rows after the matrix, and its label. Only a
/// row whose first cell opens with a note label: the first byte compare gates it.
pub fn start(footer: &[Row]) -> Option<(usize, &'static str)> {
    footer.iter().enumerate().find_map(|(k, r)| {
        let t = r.non_empty().next()?.text.trim_ws();
        if !t.starts_with(['注', '说', '填']) {
            return None;
        }
        OPENERS.iter().find(|(o, _)| t.starts_with(o)).map(|&(_, label)| (k, label))
    })
}

/// The block's text: its rows from `label` on, up to a signature or a title, one
/// line per row (the label itself left out). Returns the text and the rows used.
pub fn text(rows: &[Row], label: &str) -> (String, usize) {
    let mut lines: Vec<String> = Vec::new();
    let mut used = 0;
    for (k, r) in rows.iter().enumerate() {
        if k > 0 && (super::signer::ends_with_signer(&rows[k..]) || super::segment::title_of(r).is_some()) {
            break;
        }
        let line: Vec<&str> = r.non_empty().map(|c| c.text.trim_ws()).collect();
        let mut line = line.join(" ");
        if k == 0 {
            line = line[label.len()..].trim_start_matches([':', '：']).trim_ws().to_string();
        }
        if !line.is_empty() {
            lines.push(line);
        }
        used = k + 1;
    }
    (lines.join("\n"), used)
}
