//! The 一级 and 二级 a matrix's rows carry down: set by the level labels a row
//! prints, cleared when a new 一级 opens another branch. Kept apart from the record
//! building (matrix.rs).

use crate::extract::taxonomy::{self, Label};
use crate::read::Cell;

use super::super::header::Role;
use super::Assembler;

impl Assembler<'_> {
    pub(super) fn set_level1(&mut self, label: &Label, cell: &Cell) {
        self.enter_level1(&label.raw);
        self.consumed.push(cell.id);
    }

    /// A new 一级: the 二级 carried under another one do not run on under it — unless
    /// the 二级 is one of the new 一级's own: then both were merged cells printed
    /// mid-span, the 二级 above the 一级 it belongs to.
    pub(super) fn enter_level1(&mut self, raw: &str) {
        if self.level1 != raw {
            // Most 一级 arrive with no 二级 carried: no lookup then.
            if self.groups.iter().any(|st| !st.level2.is_empty()) {
                let new = taxonomy::canonical_level1(raw);
                for st in &mut self.groups {
                    if new.is_none() || taxonomy::level2_parent(&st.level2) != new {
                        st.level2.clear();
                    }
                }
            }
            raw.clone_into(&mut self.level1);
        }
    }

    pub(super) fn set_level2(&mut self, g: usize, label: &Label, cell: &Cell) {
        self.groups[g].level2 = label.raw.clone();
        self.consumed.push(cell.id);
        if !self.groups[g].pending.has_data {
            self.groups[g].pending.after_level2 = true;
        }
        // Without a 二级 column (浙江 申报表) the 二级 name doubles as the indicator name.
        let g_schema = &self.schema.groups[g];
        if g_schema.level2_col.is_none() && g_schema.roles.iter().any(|(r, _)| *r == Role::Name) {
            let p = &mut self.groups[g].pending;
            if !p.has_data {
                p.rec.name = label.raw.clone();
                p.rec.line = cell.line;
                p.has_data = true;
                p.name_is_label = true;
                p.next = g_schema.roles.iter().position(|(r, _)| *r == Role::Name).map_or(0, |i| i + 1);
            }
        }
    }
}
