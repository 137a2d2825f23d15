//! Paragraph properties of a .doc ([MS-DOC] 2.8.26 PlcBtePapx, 2.9.174 PapxFkp), read
//! only for what tables need: whether a paragraph is in a table, whether its mark ends
//! a row, and the row's cell boundaries (sprmTDefTable), so that cells merged across
//! columns can be lined up on the table's grid. Hand-written with `doc.rs` (see there).
//!
//! Character properties ([MS-DOC] 2.8.25 PlcBteChpx, 2.9.35 ChpxFkp) are read for one
//! thing: hidden text (sprmCFVanish), which Word does not show or print — a
//! template's instructions, a note the author hid — so it is not text of the filing.

use super::doc::{u16_at, u32_at};

/// sprmPFInTable, sprmPFTtp, sprmPFInnerTtp, sprmPItap, sprmTDefTable.
const IN_TABLE: u16 = 0x2416;
const TTP: u16 = 0x2417;
const INNER_TTP: u16 = 0x244C;
const ITAP: u16 = 0x6649;
const DEF_TABLE: u16 = 0xD608;
/// sprmPHugePapx: the paragraph's modifiers are too many for the page (a table row
/// of seven or more cells, each with its borders), and stand in the Data stream.
const HUGE_PAPX: u16 = 0x6646;
/// sprmCFVanish: hidden text.
const VANISH: u16 = 0x0835;

/// Where a paragraph's properties are, and the two flags read from them.
#[derive(Debug, Clone, Copy)]
pub struct Para {
    pub in_table: bool,
    /// The mark ends a row of the outermost table.
    pub row_end: bool,
    /// Where the modifiers are: (in the Data stream, start, length).
    grpprl: (bool, usize, usize),
}

#[derive(Default)]
pub struct Props<'a> {
    word: &'a [u8],
    /// The Data stream (empty when the file has none).
    data: &'a [u8],
    /// The bin table: byte positions (n + 1) and the FKP page of each of the n runs.
    fcs: Vec<u32>,
    pages: Vec<u32>,
}

impl<'a> Props<'a> {
    pub fn new(word: &'a [u8], data: &'a [u8], table: &'a [u8], at: (u32, u32)) -> Props<'a> {
        let (fcs, pages) = bin_table(table, at);
        Props { word, data, fcs, pages }
    }

    /// The properties of the paragraph holding the byte at `fc`; None when the file
    /// does not say (no bin table, or a page out of range).
    pub fn at(&self, fc: u32) -> Option<Para> {
        let FkpRun { page_no, page, crun, j, .. } = fkp_run(self.word, &self.fcs, &self.pages, fc)?;
        // BxPap: one byte, the PAPX's offset in words; 0 = default properties.
        let b_offset = *page.get(4 * (crun + 1) + 13 * j)? as usize;
        if b_offset == 0 {
            return Some(Para { in_table: false, row_end: false, grpprl: (false, 0, 0) });
        }
        let o = 2 * b_offset;
        let (start, len) = match *page.get(o)? as usize {
            0 => (o + 2, 2 * *page.get(o + 1)? as usize),
            cb => (o + 1, 2 * cb - 1),
        };
        // The PAPX: a style index (2 bytes), then the property modifiers.
        let mut grpprl = (false, page_no * 512 + start + 2, len.checked_sub(2)?);
        page.get(start..start + len)?;
        // [MS-DOC] 2.6.2: the operand is the offset of a PrcData in the Data stream, its
        // size (2 bytes) and then the modifiers that replace these.
        if let Some((_, arg)) = sprms(self.grpprl(grpprl)).find(|(s, _)| *s == HUGE_PAPX) {
            let at = u32_at(arg, 0)? as usize;
            grpprl = (true, at + 2, u16_at(self.data, at)? as usize);
        }
        let (mut in_table, mut row_end, mut depth) = (false, false, 1u32);
        for (sprm, arg) in sprms(self.grpprl(grpprl)) {
            match sprm {
                IN_TABLE => in_table |= arg.first() == Some(&1),
                TTP => row_end |= arg.first() == Some(&1),
                INNER_TTP => row_end |= arg.first() == Some(&1),
                ITAP => depth = u32_at(arg, 0).unwrap_or(1),
                _ => {}
            }
        }
        // A nested table's row end is a line of the outer cell, not an outer row end.
        Some(Para { in_table: in_table || row_end, row_end: row_end && depth <= 1, grpprl })
    }

    fn grpprl(&self, (huge, at, len): (bool, usize, usize)) -> &[u8] {
        let stream = if huge { self.data } else { self.word };
        stream.get(at..at.saturating_add(len)).unwrap_or(&[])
    }

    /// The cell boundaries (twips) of the row a row-end paragraph closes.
    pub fn bounds(&self, p: Para) -> Option<Vec<i16>> {
        let (_, arg) = sprms(self.grpprl(p.grpprl)).find(|(s, _)| *s == DEF_TABLE)?;
        // TDefTableOperand after its size: itcMac, then itcMac + 1 boundaries.
        let n = *arg.get(2)? as usize;
        (0..=n).map(|i| u16_at(arg, 3 + 2 * i).map(|v| v as i16)).collect()
    }
}

/// A bin table (PlcBtePapx or PlcBteChpx): byte positions (n + 1) and the FKP page
/// of each of the n runs; empty when the table is not in the stream.
/// The run of a formatted-disk page (FKP, 512 bytes) that holds byte `fc`: its page,
/// the page's run count and the run's index, and the run's bounds as this page and the
/// bin table both give them. The PAPX and CHPX pages share this layout.
struct FkpRun<'a> {
    page_no: usize,
    page: &'a [u8],
    crun: usize,
    j: usize,
    from: u32,
    to: u32,
}

fn fkp_run<'a>(word: &'a [u8], fcs: &[u32], pages: &[u32], fc: u32) -> Option<FkpRun<'a>> {
    let run = fcs.partition_point(|&f| f <= fc).checked_sub(1)?;
    let page_no = *pages.get(run)? as usize;
    let page = word.get(page_no * 512..page_no * 512 + 512)?;
    let crun = page[511] as usize;
    let rgfc: Vec<u32> = (0..=crun).filter_map(|i| u32_at(page, 4 * i)).collect();
    let j = rgfc.partition_point(|&f| f <= fc).checked_sub(1)?;
    if j >= crun {
        return None;
    }
    let (from, to) = (rgfc[j].max(fcs[run]), (*rgfc.get(j + 1)?).min(*fcs.get(run + 1)?));
    Some(FkpRun { page_no, page, crun, j, from, to })
}

fn bin_table(table: &[u8], (fc, lcb): (u32, u32)) -> (Vec<u32>, Vec<u32>) {
    let plc = table.get(fc as usize..(fc as usize).saturating_add(lcb as usize)).unwrap_or(&[]);
    if plc.len() < 4 {
        return (Vec::new(), Vec::new());
    }
    let n = (plc.len() - 4) / 8;
    let fcs = (0..=n).filter_map(|i| u32_at(plc, 4 * i)).collect();
    let pages = (0..n).filter_map(|i| u32_at(plc, 4 * (n + 1) + 4 * i).map(|p| p & 0x3F_FFFF)).collect();
    (fcs, pages)
}

/// Which characters are hidden. Asked for every character in order, so the run
/// last looked up is kept: a page is parsed once per run, not once per character.
#[derive(Default)]
pub struct Chars<'a> {
    word: &'a [u8],
    fcs: Vec<u32>,
    pages: Vec<u32>,
    /// Byte positions `from..to` and whether they are hidden.
    last: Option<(u32, u32, bool)>,
}

impl<'a> Chars<'a> {
    pub fn new(word: &'a [u8], table: &'a [u8], at: (u32, u32)) -> Chars<'a> {
        let (fcs, pages) = bin_table(table, at);
        Chars { word, fcs, pages, last: None }
    }

    /// Whether the character at byte `fc` is hidden. Shown when the file does not say
    /// (no bin table, a page out of range): dropping text needs the file to ask for it.
    pub fn hidden(&mut self, fc: u32) -> bool {
        if self.fcs.is_empty() {
            return false;
        }
        if let Some((_, _, hidden)) = self.last.filter(|&(from, to, _)| from <= fc && fc < to) {
            return hidden;
        }
        let found = self.look_up(fc).filter(|&(from, to, _)| from <= fc && fc < to);
        let run = found.unwrap_or((fc, fc.saturating_add(1), false));
        self.last = Some(run);
        run.2
    }

    fn look_up(&self, fc: u32) -> Option<(u32, u32, bool)> {
        let FkpRun { page, crun, j, from, to, .. } = fkp_run(self.word, &self.fcs, &self.pages, fc)?;
        // One byte per run: the CHPX's offset in words; 0 = default properties.
        let b_offset = *page.get(4 * (crun + 1) + j)? as usize;
        if b_offset == 0 {
            return Some((from, to, false));
        }
        // The CHPX: a size byte, then the property modifiers. The last VANISH wins.
        // Only 1 (on) hides: 0x80/0x81 say "as / opposite of the style", which is not
        // read, and Word's own DDE sample marks a field result it shows with 0x81;
        // text shown by mistake is better than text dropped by mistake.
        let cb = *page.get(2 * b_offset)? as usize;
        let grpprl = page.get(2 * b_offset + 1..2 * b_offset + 1 + cb)?;
        let hidden = sprms(grpprl).filter(|(s, _)| *s == VANISH).last().is_some_and(|(_, arg)| arg.first() == Some(&1));
        Some((from, to, hidden))
    }
}

/// The property modifiers of a grpprl with their operands; stops at anything malformed.
fn sprms(mut g: &[u8]) -> impl Iterator<Item = (u16, &[u8])> {
    std::iter::from_fn(move || {
        let sprm = u16_at(g, 0)?;
        let size = match sprm >> 13 {
            0 | 1 => 1,
            2 | 4 | 5 => 2,
            3 => 4,
            7 => 3,
            // Variable: the size comes first; sprmTDefTable's is two bytes, counting
            // itself less one.
            _ if sprm == DEF_TABLE => u16_at(g, 2)? as usize + 1,
            _ => 1 + *g.get(2)? as usize,
        };
        let arg = g.get(2..2 + size)?;
        g = &g[2 + size..];
        Some((sprm, arg))
    })
}

/// Rows of one table with cells lined up: a cell as wide as several columns of the
/// table's grid (the union of every row's boundaries) is followed by empty cells, as
/// the DOCX reader does for `w:gridSpan`. Rows without boundaries stay as they are.
pub fn line_up(rows: Vec<(Vec<String>, Option<Vec<i16>>)>) -> Vec<Vec<String>> {
    /// Boundaries this close (twips, 1/20 pt) are one: rows drawn by hand differ by a few.
    const SAME: i32 = 30;
    let mut grid: Vec<i32> = rows.iter().flat_map(|(_, b)| b.iter().flatten().map(|&x| x as i32)).collect();
    grid.sort_unstable();
    grid.dedup_by(|a, b| *a - *b <= SAME);
    let column = |x: i16| grid.partition_point(|&g| g + SAME < x as i32);
    rows.into_iter()
        .map(|(cells, bounds)| match bounds {
            Some(b) if b.len() == cells.len() + 1 && b.windows(2).all(|w| w[0] <= w[1]) => {
                let mut out = vec![String::new(); column(b[0])];
                for (k, cell) in cells.into_iter().enumerate() {
                    let span = column(b[k + 1]).saturating_sub(column(b[k])).max(1);
                    out.push(cell);
                    out.extend(std::iter::repeat_n(String::new(), span - 1));
                }
                out
            }
            _ => cells,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Character-property pages of noise (sizes, offsets and run counts that point
    /// anywhere) never panic; a bin table that claims more than the stream holds reads
    /// as shown.
    #[test]
    fn damaged_character_pages_never_panic() {
        let mut x = 0x9E37_79B9u32;
        let word: Vec<u8> = (0..4 * 512)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                x as u8
            })
            .collect();
        let table: Vec<u8> = [0u32, 700, 1500, 9000, 0, 2, 3].iter().flat_map(|v| v.to_le_bytes()).collect();
        let mut chars = Chars::new(&word, &table, (0, table.len() as u32));
        for fc in (0..10_000).chain([u32::MAX - 1, u32::MAX]) {
            chars.hidden(fc);
        }
        assert!(!Chars::new(&word, &table, (4, 1000)).hidden(800));
    }
}
