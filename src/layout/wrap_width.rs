//! The width a name column wraps at, read off the lines themselves. A side-by-side
//! matrix (one group's columns, then another's, narrower or wider) or a page whose
//! longest name was never wrapped makes the widest line a poor guess at where a
//! column wraps: "医保基金异地飞" (7 characters) is a full line of a narrow column even
//! where another column prints names of 12. A wrapped cell's first line has the
//! column's exact width and runs on into more text (not its value), and a column
//! wraps many names: a width that several such lines share is one a column wraps at.
//! Only the line lengths and their shapes are looked at, never the words.

/// Shortest line trusted as a full line by its recurring width alone (labels and
/// short values are shorter).
const MIN_CHARS: usize = 5;
/// How many lines must share the width: once or twice may be chance.
const MIN_LINES: u16 = 3;
/// Widths counted (in characters); longer lines are no narrow column's.
const MAX_CHARS: usize = 32;

/// One data line of a stream run: its length in characters and whether it reads as a
/// name or as a value (None for a line that is no data: a label, a column name).
pub(super) type LineShape = Option<(usize, bool, bool)>;

/// The width most lines share that read as neither a name nor a value and run on into
/// a line that is no value, if at least `MIN_LINES` do.
pub(super) fn recurring(lines: &[LineShape]) -> Option<usize> {
    let mut counts = [0u16; MAX_CHARS + 1];
    for w in lines.windows(2) {
        if let [Some((chars, false, false)), Some((_, _, false))] = w {
            if (MIN_CHARS..=MAX_CHARS).contains(chars) {
                counts[*chars] += 1;
            }
        }
    }
    let (width, &n) = counts.iter().enumerate().max_by_key(|&(w, n)| (*n, w))?;
    (n >= MIN_LINES).then_some(width)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_width_three_wraps_share_is_found() {
        // (chars, name, value): three 7-character heads run on into a tail.
        let piece = Some((7, false, false));
        let tail = Some((3, false, false));
        let value = Some((4, false, true));
        let lines = [piece, tail, value, piece, tail, value, piece, Some((4, true, false)), value];
        assert_eq!(recurring(&lines), Some(7));
        // Twice is not enough.
        assert_eq!(recurring(&lines[..6]), None);
    }
}
