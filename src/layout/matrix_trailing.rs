//! One cell per line, with text columns after the value (指标解释, 评分标准, 分值,
//! 备注 …): blank cells vanish, so once a record has its value the next cells may be
//! its trailing columns or the next record's name. They are held until a cell says
//! which: a target value after them means the last one held is the next name; a
//! label, or more cells than the trailing columns take, closes the record with them.

use crate::chars::TrimWs;
use crate::read::Cell;

use super::super::cell_fit::{accepts, cmp_or_kind};
use super::super::header::Role;
use super::super::stream;
use super::Assembler;

/// Roles that may follow the value of a record (all but name and value).
fn trailing(r: Role) -> bool {
    matches!(
        r,
        Role::Unit
            | Role::Desc
            | Role::Basis
            | Role::Scoring
            | Role::Remark
            | Role::Score
            | Role::Direction
            | Role::ValueKind
            | Role::Actual
            | Role::Gained
    )
}

/// Roles that only text columns after the value have (not a unit, which a stream
/// already waits for): the schema needs one for the cells to be held at all.
fn text_after_value(r: Role) -> bool {
    matches!(r, Role::Desc | Role::Basis | Role::Scoring | Role::Remark | Role::Score | Role::Actual)
}

impl Assembler<'_> {
    /// The open record's remaining roles, when all of them may trail its value and one
    /// is a text column.
    fn trailing_roles(&self, g: usize) -> Option<&[(Role, usize)]> {
        // (Side-by-side groups pass records on to each other: not held.)
        if self.groups.len() != 1 {
            return None;
        }
        let rest = &self.schema.groups[g].roles[self.groups[g].pending.next..];
        (rest.iter().all(|(r, _)| trailing(*r)) && rest.iter().any(|(r, _)| text_after_value(*r))).then_some(rest)
    }

    /// Do the held cells and then `c` fit the remaining roles in order, as
    /// `push_data` would place them?
    fn fits_after_held(&self, g: usize, rest: &[(Role, usize)], c: &Cell) -> bool {
        let rec = &self.groups[g].pending.rec;
        let mut pos = 0;
        for cell in self.held.iter().map(|(_, h)| h).chain(std::iter::once(c)) {
            match rest[pos..].iter().position(|(r, _)| accepts(*r, &cell.text, rec)) {
                Some(i) => pos += i + 1,
                None => return false,
            }
        }
        true
    }

    /// A data cell of a stream after the record in group `g` has its value: true when
    /// it is held. Otherwise the caller reads it as usual — the start of the next
    /// record, or (after the name taken from the held cells here) its value.
    pub(super) fn hold_trailing(&mut self, g: usize, c: &Cell) -> bool {
        let Some(rest) = self.trailing_roles(g) else { return false };
        if self.fits_after_held(g, rest, c) {
            self.held.push((g, c.clone()));
            return true;
        }
        // A target value, or the 定量/定性 (comparator) column a header puts between
        // name and value: the last cell held is the next record's name.
        if stream::strong_value(&c.text)
            || self.precedes_value(g, c)
            || self.held.last().is_some_and(|(_, h)| self.no_deviation(g, &h.text))
        {
            if let Some((_, name)) = self.held.pop() {
                self.emit(g);
                self.push_data(g, &name);
            }
        }
        false
    }

    /// A 自评表 row that scored full marks (得分 = 分值) has no deviation to explain: a
    /// text after it is the next indicator's name, not its 偏差原因分析 — unless it is
    /// a one-character placeholder ("无", "/") for the empty column.
    fn no_deviation(&self, g: usize, text: &str) -> bool {
        if text.trim_ws().chars().nth(1).is_none() {
            return false;
        }
        let rec = &self.groups[g].pending.rec;
        let num = |s: Option<&str>| s.and_then(|t| t.trim_ws().parse::<f64>().ok());
        let (mut score, mut gained) = (num(rec.score.as_deref()), num(rec.gained.as_deref()));
        // The scores may still be among the held cells: placed as `push_data` would.
        if let Some(rest) = self.trailing_roles(g) {
            let mut pos = 0;
            for (_, h) in &self.held {
                let Some(i) = rest[pos..].iter().position(|(r, _)| accepts(*r, &h.text, rec)) else { break };
                match rest[pos + i].0 {
                    Role::Score => score = num(Some(&h.text)),
                    Role::Gained => gained = num(Some(&h.text)),
                    _ => {}
                }
                pos += i + 1;
            }
        }
        matches!((score, gained), (Some(a), Some(b)) if (a - b).abs() < 1e-9)
    }

    /// A 定量/定性 or comparator cell where the group's column for it comes before the
    /// value column (湖南 指标值类型): it opens the next record's data.
    fn precedes_value(&self, g: usize, c: &Cell) -> bool {
        let Some(role) = cmp_or_kind(&c.text) else { return false };
        let roles = &self.schema.groups[g].roles;
        let at = |r: Role| roles.iter().position(|(x, _)| *x == r);
        matches!((at(role), at(Role::Value)), (Some(k), Some(v)) if k < v)
    }

    /// The held cells join the record they trail (before it is emitted).
    pub(super) fn flush_held(&mut self, g: usize) {
        if self.held.first().is_some_and(|(hg, _)| *hg == g) {
            for (_, c) in std::mem::take(&mut self.held) {
                self.push_data(g, &c);
            }
        }
    }
}
