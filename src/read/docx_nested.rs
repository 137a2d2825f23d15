//! Tables nested in a cell of a DOCX table (`docx`): their rows spliced into the
//! outer table in place of the row that holds them.

/// An outer row whose cells hold nested tables, as rows of the grid: each such cell is
/// replaced by its table's rows (as wide as the widest of them, at least its span),
/// the other cells stand in the first row only, as over a vertical merge. Text in a
/// holding cell beside its table comes first, on a row of its own with the other cells.
pub(super) fn splice(row: Vec<String>, nested: &[(usize, usize, Vec<Vec<String>>)]) -> Vec<Vec<String>> {
    if nested.is_empty() {
        return vec![row];
    }
    let height = nested.iter().map(|(_, _, rows)| rows.len()).max().unwrap_or(0);
    let own_text = nested.iter().any(|(col, _, _)| !row[*col].is_empty());
    let mut out = Vec::with_capacity(height + 1);
    if own_text {
        out.push(row.clone());
    }
    for k in 0..height {
        let mut line = Vec::with_capacity(row.len());
        let mut col = 0;
        while col < row.len() {
            if let Some((_, span, rows)) = nested.iter().find(|(c, _, _)| *c == col) {
                let width = rows.iter().map(Vec::len).max().unwrap_or(0).max(*span);
                let start = line.len();
                line.extend(rows.get(k).into_iter().flatten().cloned());
                line.resize(start + width, String::new());
                col += span;
            } else {
                line.push(if k == 0 && !own_text { row[col].clone() } else { String::new() });
                col += 1;
            }
        }
        out.push(line);
    }
    out
}
