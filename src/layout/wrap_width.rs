//! The width a name column wraps at, read off the lines themselves. A side-by-side
//! matrix (one group's columns, then another's, narrower or wider) or a page whose
//! longest name was never wrapped makes the widest line a poor guess at where a
//! column wraps: "医保基金异地飞" (7 characters) is a full line of a narrow column even
//! where another column prints names of 12. A wrapped cell's first line has the
//! column's exact width and runs on into more text (not its value), and a column
//! wraps many names: a width that several such lines share is one a column wraps at.
//! Only the line lengths and their shapes are looked at, never the words.

use super::wrapped::Shape;

/// Shortest line trusted as a full line by its recurring width alone (labels and
/// short values are shorter).
const MIN_CHARS: usize = 5;
/// How many lines must share the width: once or twice may be chance.
pub(super) const MIN_LINES: usize = 3;
/// Widths counted (in characters); longer lines are no narrow column's.
pub(super) const MAX_CHARS: usize = 32;

/// Lines counted per width, `0..=MAX_CHARS`.
pub(super) type PerWidth = [usize; MAX_CHARS + 1];

/// A line that may be a wrapped name's first: it reads as neither a whole name nor a
/// value, and is long enough to be trusted by its width.
pub(super) fn may_be_first_line(s: &Shape) -> bool {
    !s.name && !s.value && (MIN_CHARS..=MAX_CHARS).contains(&s.chars)
}

/// The width counted most often (the wider on a tie) and its count, if at least
/// `MIN_LINES` lines share it.
pub(super) fn commonest(counts: &PerWidth) -> Option<(usize, usize)> {
    let (width, &n) = counts.iter().enumerate().max_by_key(|&(w, n)| (*n, w))?;
    (n >= MIN_LINES).then_some((width, n))
}

/// The width most lines share that may be a wrapped name's first and run on into a
/// line that is no value, if at least `MIN_LINES` do. `lines`: the shapes of a stream
/// run's lines (None for a line that is no data: a label, a column name).
pub(super) fn recurring(lines: &[Option<Shape>]) -> Option<usize> {
    let mut counts: PerWidth = [0; MAX_CHARS + 1];
    for w in lines.windows(2) {
        if let [Some(head), Some(next)] = w {
            // A piece may read as graded wording ("次数覆盖率完成"): only a value with a
            // number in it opens no wrap and ends one.
            let piece = |s: &Shape| Shape { value: s.value && !s.bare, ..*s };
            if may_be_first_line(&piece(head)) && !piece(next).value {
                counts[head.chars] += 1;
            }
        }
    }
    commonest(&counts).map(|(width, _)| width)
}

/// How much wider than the pieces after it a wrapped name's first line may print: a
/// row number and a space ("合格率13 检查次") take a character or three of their own.
const FIRST_LINE_SLACK: usize = 3;

/// The lines before a name's last (`heads`, widths in characters) are a wrap at the
/// recurring width beyond doubt: at least two of them, every one after the first of
/// exactly that width, the first as wide or a little wider. Such a run is one name
/// however many lines it takes (four or five in a narrow column).
pub(super) fn sure_wrap(heads: impl Iterator<Item = usize>, recurring: Option<usize>) -> bool {
    let Some(w) = recurring else { return false };
    let mut n = 0;
    for (k, chars) in heads.enumerate() {
        let fits = if k == 0 { (w..=w + FIRST_LINE_SLACK).contains(&chars) } else { chars == w };
        if !fits {
            return false;
        }
        n += 1;
    }
    n >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_width_three_wraps_share_is_found() {
        // Three 7-character heads run on into a tail.
        let shape = |chars, name, value| Some(Shape { chars, name, value, bare: false });
        let piece = shape(7, false, false);
        let tail = shape(3, false, false);
        let value = shape(4, false, true);
        let lines = [piece, tail, value, piece, tail, value, piece, shape(4, true, false), value];
        assert_eq!(recurring(&lines), Some(7));
        // Twice is not enough.
        assert_eq!(recurring(&lines[..6]), None);
    }
}
